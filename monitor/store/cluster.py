"""Several instances on one database: the queue of due polls, claimed with a lease, and each
instance's heartbeat (its role, so anyone can see who leads and when it last beat).

The leader puts a feed in ``poll_queue`` when it is due (:meth:`Cluster.queue_due`); any
instance claims queued polls (:meth:`Cluster.claim_polls`, ``FOR UPDATE SKIP LOCKED`` on
PostgreSQL, so two instances never take the same row), renews its claims while it lives
(:meth:`Cluster.renew`) and removes the row when the poll is done. A claim whose instance died
lapses with its lease and the poll is claimed again. Nothing here decides who leads: that is the
advisory lock in :mod:`monitor.ops.leader`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import cast

from .schema import Database, from_iso, to_iso

#: Every feed's schedule.
SCHEDULES_SQL = "SELECT feed_url, next_poll_at, last_polled_at, consecutive_failures FROM feeds"
#: The feeds due at a moment, read by the ``feeds_by_next_poll`` index.
DUE_SQL = f"{SCHEDULES_SQL} WHERE next_poll_at <= ?"


@dataclass(frozen=True)
class FeedSchedule:
    """What the leader needs to know to tell whether a feed is due."""

    feed_url: str
    next_poll_at: dt.datetime | None
    last_polled_at: dt.datetime | None
    consecutive_failures: int


@dataclass(frozen=True)
class Instance:
    """One instance as its last heartbeat row says."""

    instance_id: str
    host: str
    pid: int
    role: str
    started_at: dt.datetime
    beat_at: dt.datetime
    stopped_at: dt.datetime | None


class Cluster:
    """The poll_queue and instances tables of one state database."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def schedules(self) -> dict[str, FeedSchedule]:
        """Every feed polled so far, with when it is due (one plain read of the feeds table)."""
        return self._schedules(SCHEDULES_SQL, [])

    def due_schedules(self, now: dt.datetime) -> dict[str, FeedSchedule]:
        """The feeds whose ``next_poll_at`` has come (by the ``feeds_by_next_poll`` index:
        the rows due, not the table)."""
        return self._schedules(DUE_SQL, [to_iso(now)])

    def _schedules(self, sql: str, params: Sequence[object]) -> dict[str, FeedSchedule]:
        with self._db.read() as db:
            rows = list(db.query(sql, params))
        return {r["feed_url"]: FeedSchedule(r["feed_url"], from_iso(r["next_poll_at"]),
                                            from_iso(r["last_polled_at"]),
                                            int(r["consecutive_failures"])) for r in rows}

    def queue_due(self, feeds: Iterable[tuple[str, dt.datetime]]) -> int:
        """Queue these (feed URL, due time) polls; one already queued stays as it is. Returns
        how many were queued now."""
        queued = 0
        with self._db.write() as db:
            for url, due in feeds:
                cursor = db.execute("INSERT INTO poll_queue (feed_url, due_at) VALUES (?, ?) "
                                    "ON CONFLICT (feed_url) DO NOTHING", [url, to_iso(due)])
                queued += max(0, int(cursor.rowcount))
        return queued

    def claim_polls(self, now: dt.datetime, limit: int, *, claimant: str,
                    lease: dt.timedelta) -> list[str]:
        """Take up to ``limit`` queued polls that are due and unclaimed (or whose claim
        lapsed), earliest first, for ``claimant`` until ``now + lease``."""
        if limit <= 0:
            return []
        with self._db.write() as db:
            rows = list(db.query(
                "SELECT feed_url FROM poll_queue WHERE due_at <= ? "
                "AND (claimed_until IS NULL OR claimed_until <= ?) "
                "ORDER BY due_at, feed_url LIMIT ?" + self._db.skip_locked("poll_queue"),
                [to_iso(now), to_iso(now), limit]))
            for r in rows:
                db.execute("UPDATE poll_queue SET claimed_by = ?, claimed_until = ?, "
                           "claims = claims + 1 WHERE feed_url = ?",
                           [claimant, to_iso(now + lease), r["feed_url"]])
        return [r["feed_url"] for r in rows]

    def finish_poll(self, feed_url: str, *, claimant: str) -> None:
        """The poll is done: its row goes (unless the claim lapsed and another took it)."""
        with self._db.write() as db:
            db.execute("DELETE FROM poll_queue WHERE feed_url = ? AND claimed_by = ?",
                       [feed_url, claimant])

    def renew(self, *, claimant: str, until: dt.datetime) -> None:
        """Extend every claim ``claimant`` holds, on polls and on pending deliveries."""
        with self._db.write() as db:
            db.execute("UPDATE poll_queue SET claimed_until = ? WHERE claimed_by = ?",
                       [to_iso(until), claimant])
            db.execute("UPDATE deliveries SET claimed_until = ? "
                       "WHERE claimed_by = ? AND state = 'pending'", [to_iso(until), claimant])

    def release(self, *, claimant: str) -> None:
        """Give back every claim ``claimant`` holds (a clean stop)."""
        with self._db.write() as db:
            db.execute("UPDATE poll_queue SET claimed_by = NULL, claimed_until = NULL "
                       "WHERE claimed_by = ?", [claimant])
            db.execute("UPDATE deliveries SET claimed_by = NULL, claimed_until = NULL "
                       "WHERE claimed_by = ?", [claimant])

    def queued_urls(self) -> set[str]:
        with self._db.read() as db:
            return {r["feed_url"] for r in db.query("SELECT feed_url FROM poll_queue")}

    def queued(self) -> int:
        with self._db.read() as db:
            return int(db.execute("SELECT COUNT(*) FROM poll_queue").fetchone()[0])

    def beat(self, instance: Instance) -> None:
        """Write an instance's heartbeat row."""
        with self._db.write() as db:
            db.execute(
                "INSERT INTO instances (instance_id, host, pid, role, started_at, beat_at, "
                "stopped_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (instance_id) DO UPDATE "
                "SET role = excluded.role, beat_at = excluded.beat_at, "
                "stopped_at = excluded.stopped_at",
                [instance.instance_id, instance.host, instance.pid, instance.role,
                 to_iso(instance.started_at), to_iso(instance.beat_at),
                 to_iso(instance.stopped_at)])

    def instances(self) -> list[Instance]:
        """Every instance that ever beat here, the latest beat first."""
        with self._db.read() as db:
            rows = list(db.query("SELECT * FROM instances ORDER BY beat_at DESC"))
        return [Instance(r["instance_id"], r["host"], int(r["pid"]), r["role"],
                         cast(dt.datetime, from_iso(r["started_at"])),
                         cast(dt.datetime, from_iso(r["beat_at"])), from_iso(r["stopped_at"]))
                for r in rows]

    def forget_before(self, moment: dt.datetime) -> None:
        """Drop the rows of instances gone since before ``moment`` (they only pile up)."""
        with self._db.write() as db:
            db.execute("DELETE FROM instances WHERE beat_at < ?", [to_iso(moment)])
