"""Mutes and snoozes: a show or one season whose alerts are held, or dropped, for a while.

Facts and states are recorded as always; only alerts are affected. A *hold* mute keeps the
season's alerts in the outbox without sending them (:meth:`~monitor.store.outbox.Outbox.due`
skips them while a mute covers them) and they go out when it ends, by ``monitor unmute`` or
at its ``until`` time — nothing has to wake up for that. A *drop* mute records the alerts made
while it lasts as suppressed, with no delivery (never sent), and drops what was waiting when
it was set. Nothing here sends anything or reads the clock (``now`` is given).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from ..errors import StateError
from .schema import Database, Tx, from_iso, to_iso

MuteMode = Literal["hold", "drop"]

#: SQL (with one ``?`` for now, and ``a`` the alerts row) true when an active mute covers the
#: alert's show and season; shared by the outbox's due query and the backlog counts.
MUTED_ALERT = ("EXISTS (SELECT 1 FROM mutes m WHERE m.show_key = a.show_key "
               "AND (m.season IS NULL OR m.season = a.season) "
               "AND (m.until IS NULL OR m.until > ?))")


@dataclass(frozen=True)
class Mute:
    """One mute: a show (every season when ``season`` is None) until a time or for good."""

    show_key: str
    show: str
    season: int | None
    mode: MuteMode
    until: dt.datetime | None
    created_at: dt.datetime
    #: Deliveries it holds back right now (hold mutes).
    held: int = 0

    def active(self, now: dt.datetime) -> bool:
        return self.until is None or self.until > now

    def covers(self, season: int | None) -> bool:
        return self.season is None or self.season == season


class Mutes:
    """The mutes table of one state file."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def mute(self, key: str, show: str, season: int | None, *, mode: MuteMode,
             until: dt.datetime | None, now: dt.datetime) -> int:
        """Mute ``key`` (one season, or all when None), replacing a mute of the same scope.
        A drop mute also drops the deliveries that were waiting; return how many."""
        if until is not None and until <= now:
            raise StateError(f"a mute until {to_iso(until)} would already be over")
        with self._db.write() as db:
            self._delete(db, key, season, exact=True)
            db.execute("INSERT INTO mutes (show_key, show, season, mode, until, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)",
                       [key, show, season, mode, to_iso(until), to_iso(now)])
            if mode != "drop":
                return 0
            return suppress_pending(db, key, season, "dropped: the season was muted")

    def unmute(self, key: str, season: int | None) -> int:
        """End the mutes of ``key``: every one of the show when ``season`` is None, else that
        season's own; return how many ended."""
        with self._db.write() as db:
            return self._delete(db, key, season, exact=season is not None)

    def active(self, now: dt.datetime) -> list[Mute]:
        """The mutes in force at ``now``, by show and season, each with what it holds back."""
        with self._db.read() as db:
            rows = list(db.query(
                "SELECT m.*, (SELECT COUNT(*) FROM deliveries d JOIN alerts a "
                "ON a.id = d.alert_id WHERE d.state = 'pending' AND a.show_key = m.show_key "
                "AND (m.season IS NULL OR m.season = a.season)) AS held "
                "FROM mutes m WHERE m.until IS NULL OR m.until > ? "
                "ORDER BY m.show_key, COALESCE(m.season, -1)", [to_iso(now)]))
        return [_mute(r) for r in rows]

    def covering(self, key: str, season: int | None, now: dt.datetime) -> Mute | None:
        """The mute in force on one season (a drop mute before a hold one), or None."""
        with self._db.read() as db:
            return covering_mute(db, key, season, now)

    def _delete(self, db: Tx, key: str, season: int | None, *,
                exact: bool) -> int:
        if not exact:
            cursor = db.execute("DELETE FROM mutes WHERE show_key = ?", [key])
        elif season is None:
            cursor = db.execute("DELETE FROM mutes WHERE show_key = ? AND season IS NULL", [key])
        else:
            cursor = db.execute("DELETE FROM mutes WHERE show_key = ? AND season = ?",
                                [key, season])
        return int(cursor.rowcount)


def covering_mute(db: Tx, key: str, season: int | None, now: dt.datetime) -> Mute | None:
    """The mute in force on one season at ``now`` (inside a transaction: ``db`` as given)."""
    sql = ("SELECT *, 0 AS held FROM mutes WHERE show_key = ? "
           "AND (season IS NULL OR season = ?) AND (until IS NULL OR until > ?) "
           "ORDER BY CASE mode WHEN 'drop' THEN 0 ELSE 1 END LIMIT 1")
    rows = list(db.query(sql, [key, season, to_iso(now)]))
    return _mute(rows[0]) if rows else None


def suppress_pending(db: Tx, key: str, season: int | None,
                     reason: str) -> int:
    """Drop the waiting deliveries of a show's (or one season's) alerts: the alerts are kept,
    marked suppressed with ``reason``; delivered and failed deliveries stay as they are."""
    scope, params = ("a.show_key = ?", [key]) if season is None else (
        "a.show_key = ? AND a.season = ?", [key, season])
    ids = [r[0] for r in db.execute(
        f"SELECT DISTINCT a.id FROM alerts a JOIN deliveries d ON d.alert_id = a.id "
        f"WHERE d.state = 'pending' AND {scope}", params).fetchall()]
    for alert_id in ids:
        db.execute("DELETE FROM deliveries WHERE alert_id = ? AND state = 'pending'",
                   [alert_id])
        db.execute("UPDATE alerts SET suppressed = ? WHERE id = ?", [reason, alert_id])
    return len(ids)


def _mute(r: dict[str, Any]) -> Mute:
    created = from_iso(r["created_at"])
    assert created is not None
    return Mute(show_key=r["show_key"], show=r["show"], season=r["season"], mode=r["mode"],
                until=from_iso(r["until"]), created_at=created, held=int(r.get("held") or 0))
