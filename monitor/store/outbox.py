"""The alert outbox: alerts and their deliveries, one per channel, until each is delivered.

An alert is queued in the same transaction as the change that caused it (:func:`queue_alert`),
with one pending delivery per channel; the delivery worker takes what is :meth:`Outbox.due`,
sends it and records each attempt. Nothing here sends anything (that is
:mod:`monitor.alerts.delivery`).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, cast

from ..errors import StateError
from ..models import Alert
from ..names import show_key
from .mutes import MUTED_ALERT
from .schema import Database, Tx, from_iso, to_iso

DeliveryState = Literal["pending", "delivered", "failed"]


@dataclass(frozen=True)
class OutboxBacklog:
    """How much the outbox holds: undelivered deliveries, failed ones, the oldest pending
    (deliveries a mute holds back are counted in ``held``, not as pending)."""

    pending: int
    failed: int
    oldest_pending_at: dt.datetime | None
    held: int = 0


@dataclass(frozen=True)
class Delivery:
    """One alert due on one channel; ``attempts`` is how many were made before."""

    alert: Alert
    channel: str
    attempts: int


@dataclass(frozen=True)
class DeliveryStatus:
    """Where an alert stands on one channel."""

    channel: str
    state: DeliveryState
    attempts: int
    next_attempt_at: dt.datetime | None
    last_error: str | None
    delivered_at: dt.datetime | None


@dataclass(frozen=True)
class AlertRecord:
    """A stored alert and its delivery state on every channel it was queued for."""

    alert: Alert
    deliveries: tuple[DeliveryStatus, ...]
    #: Why the alert was recorded but never sent (a drop mute, a hidden show), else None.
    suppressed: str | None = None

    @property
    def failed(self) -> bool:
        return any(d.state == "failed" for d in self.deliveries)


class Outbox:
    """The alerts, deliveries and delivery attempts tables of one state file."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def backlog(self, now: dt.datetime | None = None) -> OutboxBacklog:
        """Counts for health checks: pending and failed deliveries, the oldest pending alert;
        with ``now``, deliveries a mute holds back are ``held``, not pending."""
        held_sql, params = "0", []
        if now is not None and self._db.has_table("mutes"):
            held_sql, params = MUTED_ALERT, [to_iso(now)]
        with self._db.read() as db:
            row = db.execute(
                f"SELECT SUM(CASE WHEN d.state = 'pending' AND NOT ({held_sql}) THEN 1 ELSE 0 "
                "END), SUM(CASE WHEN d.state = 'failed' THEN 1 ELSE 0 END), "
                f"MIN(CASE WHEN d.state = 'pending' AND NOT ({held_sql}) THEN a.created_at END),"
                f" SUM(CASE WHEN d.state = 'pending' AND ({held_sql}) THEN 1 ELSE 0 END) "
                "FROM deliveries d JOIN alerts a ON a.id = d.alert_id",
                params * 3).fetchone()
        return OutboxBacklog(pending=int(row[0] or 0), failed=int(row[1] or 0),
                             oldest_pending_at=from_iso(row[2]), held=int(row[3] or 0))

    def enqueue(self, alert: Alert, channels: Sequence[str]) -> bool:
        """Queue an alert made elsewhere (operator notice, test); False if its id exists."""
        with self._db.write() as db:
            return queue_alert(db, alert, show_key(alert.show), channels)

    def due(self, now: dt.datetime, channels: Sequence[str] | None = None,
                       limit: int = 100) -> list[Delivery]:
        """Pending deliveries whose time has come, oldest alert first (a look: nothing is
        claimed; deliveries another sender holds are left out); those of a muted show or
        season wait (they are due again when the mute ends)."""
        if channels is not None and not channels:
            return []
        with self._db.read() as db:
            rows = list(db.query(*self._due_sql(now, channels, limit, "")))
        return [Delivery(_alert_from_row(r), r["d_channel"], r["d_attempts"]) for r in rows]

    def claim(self, now: dt.datetime, channels: Sequence[str] | None = None, limit: int = 100,
              *, claimant: str, lease: dt.timedelta) -> list[Delivery]:
        """Take the pending deliveries whose time has come, oldest alert first, for
        ``claimant`` until ``now + lease``: no other sender takes them meanwhile (rows another
        transaction is claiming are skipped, not waited for). Recording an attempt ends the
        claim; a claim whose sender died lapses with its lease and the delivery is due again."""
        if channels is not None and not channels:
            return []
        with self._db.write() as db:
            rows = list(db.query(*self._due_sql(now, channels, limit,
                                                self._db.skip_locked("d"))))
            for r in rows:
                db.execute("UPDATE deliveries SET claimed_by = ?, claimed_until = ? "
                           "WHERE alert_id = ? AND channel = ?",
                           [claimant, to_iso(now + lease), r["id"], r["d_channel"]])
        return [Delivery(_alert_from_row(r), r["d_channel"], r["d_attempts"]) for r in rows]

    def release(self, keys: Iterable[tuple[str, str]], *, claimant: str) -> None:
        """Give back claimed deliveries (alert id, channel) that were not attempted (a digest
        holding them), so another pass or instance may take them at once."""
        keys = list(keys)
        if not keys:
            return
        with self._db.write() as db:
            for alert_id, channel in keys:
                db.execute("UPDATE deliveries SET claimed_by = NULL, claimed_until = NULL "
                           "WHERE alert_id = ? AND channel = ? AND claimed_by = ?",
                           [alert_id, channel, claimant])

    def release_all(self) -> int:
        """End every claim (a single daemon starting on its locked SQLite file: whoever held
        them is gone)."""
        with self._db.write() as db:
            return int(db.execute("UPDATE deliveries SET claimed_by = NULL, "
                                  "claimed_until = NULL WHERE claimed_by IS NOT NULL").rowcount)

    def _due_sql(self, now: dt.datetime, channels: Sequence[str] | None, limit: int,
                 lock: str) -> tuple[str, list[Any]]:
        where, params = f" AND NOT {MUTED_ALERT}", [to_iso(now), to_iso(now), to_iso(now)]
        if channels is not None:
            where += f" AND d.channel IN ({', '.join('?' for _ in channels)})"
            params += list(channels)
        return ("SELECT a.*, d.channel AS d_channel, d.attempts AS d_attempts "
                "FROM deliveries d JOIN alerts a ON a.id = d.alert_id "
                "WHERE d.state = 'pending' "
                "AND (d.next_attempt_at IS NULL OR d.next_attempt_at <= ?) "
                "AND (d.claimed_until IS NULL OR d.claimed_until <= ?)" + where +
                f" ORDER BY a.created_at, {self._db.insertion_order('a')}, d.channel LIMIT ?"
                + lock, [*params, limit])

    def record_attempt(self, alert_id: str, channel: str, *, now: dt.datetime, ok: bool,
                       error: str | None, retry_at: dt.datetime | None) -> None:
        """Log one delivery attempt and move the delivery on.

        ok: delivered, never sent again. Not ok with ``retry_at``: pending until then.
        Not ok without: failed (until requeued).
        """
        with self._db.write() as db:
            row = db.execute("SELECT state FROM deliveries WHERE alert_id = ? AND channel = ?",
                             [alert_id, channel]).fetchone()
            if row is None:
                raise StateError(f"{self._db.path}: no delivery of alert {alert_id} on {channel}")
            db.execute("INSERT INTO delivery_attempts (alert_id, channel, at, ok, error) "
                       "VALUES (?, ?, ?, ?, ?)", [alert_id, channel, to_iso(now), int(ok), error])
            if row[0] == "delivered":
                return
            if ok:
                update = ("state = 'delivered', delivered_at = ?, next_attempt_at = NULL, "
                          "last_error = NULL", [to_iso(now)])
            elif retry_at is not None:
                update = ("state = 'pending', next_attempt_at = ?, last_error = ?",
                          [to_iso(retry_at), error])
            else:
                update = ("state = 'failed', next_attempt_at = NULL, last_error = ?", [error])
            db.execute(f"UPDATE deliveries SET attempts = attempts + 1, claimed_by = NULL, "
                       f"claimed_until = NULL, {update[0]} "
                       "WHERE alert_id = ? AND channel = ?", [*update[1], alert_id, channel])

    def alerts(self, *, failed_only: bool = False) -> list[AlertRecord]:
        """Stored alerts, oldest first, each with its delivery state per channel."""
        where = ("WHERE a.id IN (SELECT alert_id FROM deliveries WHERE state = 'failed')"
                 if failed_only else "")
        return self._alert_records(where, [])

    def season_alerts(self, key: str, season: int | None) -> list[AlertRecord]:
        """The stored alerts about one season (``key`` as :func:`monitor.names.show_key` gives
        it; season None: the show-level alerts), oldest first, with their deliveries."""
        if season is None:
            return self._alert_records("WHERE a.show_key = ? AND a.season IS NULL", [key])
        return self._alert_records("WHERE a.show_key = ? AND a.season = ?", [key, season])

    def _alert_records(self, where: str, params: list[Any]) -> list[AlertRecord]:
        with self._db.read() as db:
            return alert_records(db, where, params)[0]

    def requeue(self, alert_id: str | None = None, *, all_failed: bool = False) -> int:
        """Make deliveries due again at once, with a fresh attempt count; return how many.

        With ``alert_id``: every undelivered delivery of that alert. With ``all_failed``: every
        failed delivery. The attempt log keeps the earlier attempts.
        """
        if alert_id is None and not all_failed:
            raise ValueError("requeue needs an alert id or all_failed=True")
        sql = ("UPDATE deliveries SET state = 'pending', attempts = 0, next_attempt_at = NULL "
               "WHERE ")
        with self._db.write() as db:
            if alert_id is not None:
                cursor = db.execute(sql + "alert_id = ? AND state != 'delivered'", [alert_id])
            else:
                cursor = db.execute(sql + "state = 'failed'")
            return int(cursor.rowcount)


def queue_alert(db: Tx, alert: Alert, key: str,
                channels: Sequence[str], *, suppressed: str | None = None) -> bool:
    """Store the alert and its deliveries unless an alert with its id exists already; a
    ``suppressed`` alert (why it is never sent) is stored with no delivery."""
    if suppressed is not None:
        channels = ()
    cursor = db.execute(
        """INSERT INTO alerts (id, kind, show_key, show, season, from_status, to_status,
             date, certainty, evidence, sources, published, created_at, extra,
             reported_late, previous_date, previous_sources, episode_count,
             previous_episode_count, suppressed)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO NOTHING""",
        [alert.id, alert.kind, key, alert.show, alert.season, alert.from_status,
         alert.to_status, alert.date, alert.certainty, alert.evidence,
         json.dumps(list(alert.sources)),
         alert.published.isoformat() if alert.published else None,
         to_iso(alert.created_at), json.dumps(alert.extra, default=str),
         int(alert.reported_late), alert.previous_date,
         json.dumps(list(alert.previous_sources)), alert.episode_count,
         alert.previous_episode_count, suppressed])
    if cursor.rowcount != 1:
        return False
    for channel in dict.fromkeys(channels):
        db.execute("INSERT INTO deliveries (alert_id, channel, state, attempts, "
                   "next_attempt_at) VALUES (?, ?, 'pending', 0, ?)",
                   [alert.id, channel, to_iso(alert.created_at)])
    return True


def alert_records(db: Tx, where: str, params: Sequence[Any], *,
                  order: str = "a.created_at, a.rowid",
                  limit: int | None = None) -> tuple[list[AlertRecord], list[tuple[str, int]]]:
    """The alerts ``where`` selects in ``order`` (``rowid``, SQLite's own and a column of that
    name on PostgreSQL, orders alerts made in one
    transaction), each with its deliveries (read for these alerts only), and each one's keyset
    key (created_at, rowid)."""
    sql = f"SELECT a.rowid AS seq, a.* FROM alerts a {where} ORDER BY {order}"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    alerts = list(db.query(sql, list(params)))
    deliveries: dict[str, list[DeliveryStatus]] = {}
    ids = [a["id"] for a in alerts]
    for start in range(0, len(ids), 500):  # bounded parameter lists
        part = ids[start:start + 500]
        for d in db.query("SELECT * FROM deliveries WHERE alert_id IN "
                          f"({', '.join('?' for _ in part)}) ORDER BY alert_id, channel", part):
            deliveries.setdefault(d["alert_id"], []).append(DeliveryStatus(
                channel=d["channel"], state=d["state"], attempts=d["attempts"],
                next_attempt_at=from_iso(d["next_attempt_at"]), last_error=d["last_error"],
                delivered_at=from_iso(d["delivered_at"])))
    return ([AlertRecord(_alert_from_row(a), tuple(deliveries.get(a["id"], ())),
                         a.get("suppressed"))
             for a in alerts], [(a["created_at"], a["seq"]) for a in alerts])


def _alert_from_row(r: dict[str, Any]) -> Alert:
    return Alert(
        id=r["id"], kind=r["kind"], show=r["show"], season=r["season"],
        from_status=r["from_status"], to_status=r["to_status"], date=r["date"],
        certainty=r["certainty"], evidence=r["evidence"], sources=tuple(json.loads(r["sources"])),
        created_at=cast(dt.datetime, from_iso(r["created_at"])),
        published=dt.date.fromisoformat(r["published"]) if r["published"] else None,
        extra=json.loads(r.get("extra") or "{}"),
        reported_late=bool(r.get("reported_late")), previous_date=r.get("previous_date"),
        previous_sources=tuple(json.loads(r.get("previous_sources") or "[]")),
        episode_count=r.get("episode_count"),
        previous_episode_count=r.get("previous_episode_count"),
    )


