"""Show names the user fixed: aliases (merges, renames), title overrides and hidden shows.

The extractor sometimes names one show two ways ("Star Wars: Andor" and "Andor") or takes
something for a show that is none. ``monitor shows merge|rename|hide`` record the fix here:
an alias maps a show key to the key it belongs to (consulted at ingest, so future facts land
on the right show), a title override fixes the name shown, and a hidden show is left out of
lists and alerts no one (its facts are still recorded). Re-deriving past seasons on a merge is
:meth:`monitor.store.articles.Articles.merge`; this module only keeps the names.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..errors import StateError
from ..names import show_key
from .mutes import suppress_pending
from .schema import Database, Tx, to_iso

#: An alias chain is followed this far at most (a merge always points at a final key).
MAX_ALIAS_HOPS = 8


@dataclass(frozen=True)
class ShowEntry:
    """One show as ``monitor shows list`` shows it."""

    show_key: str
    title: str
    seasons: int
    #: Names merged into it (as the user gave them).
    aliases: tuple[str, ...]
    hidden: bool
    #: The title the user set (rename), None when the name comes from the sources.
    title_override: str | None = None


class Shows:
    """The show_aliases and show_settings tables of one state file."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def resolve(self, name: str) -> str:
        """The key a show name stands for, through the aliases a merge or rename made."""
        with self._db.read() as db:
            return resolve_key(db, show_key(name))

    def known(self, key: str) -> bool:
        """Whether the store has facts or seasons about ``key``."""
        with self._db.read() as db:
            return db.execute("SELECT 1 FROM facts WHERE show_key = ? LIMIT 1",
                              [key]).fetchone() is not None

    def hide(self, name: str, *, now: dt.datetime) -> tuple[str, int]:
        """Hide a show: out of status lists and pages, alerting no one; the alerts waiting to
        go are dropped. Returns its key and how many alerts were dropped."""
        with self._db.write() as db:
            key = self._existing(db, name)
            _set(db, key, now, hidden=True)
            return key, suppress_pending(db, key, None, "dropped: the show was hidden")

    def unhide(self, name: str, *, now: dt.datetime) -> str:
        with self._db.write() as db:
            key = self._existing(db, name)
            _set(db, key, now, hidden=False)
            return key

    def entries(self, *, include_hidden: bool = True) -> list[ShowEntry]:
        """Every show the store has seasons of, by title, with its aliases and flags."""
        with self._db.read() as db:
            rows = list(db.query(
                "SELECT s.show_key, MAX(s.show) AS title, COUNT(*) AS seasons, "
                "MAX(COALESCE(ss.hidden, 0)) AS hidden, MAX(ss.title) AS override "
                "FROM seasons s LEFT JOIN show_settings ss ON ss.show_key = s.show_key "
                "GROUP BY s.show_key"))
            aliases: dict[str, list[str]] = {}
            for r in db.query("SELECT show_key, alias FROM show_aliases ORDER BY alias"):
                aliases.setdefault(r["show_key"], []).append(r["alias"])
        entries = [ShowEntry(show_key=r["show_key"], title=r["override"] or r["title"],
                             seasons=r["seasons"], aliases=tuple(aliases.get(r["show_key"], ())),
                             hidden=bool(r["hidden"]), title_override=r["override"])
                   for r in rows]
        entries.sort(key=lambda e: (e.title.casefold(), e.show_key))
        return [e for e in entries if include_hidden or not e.hidden]

    def _existing(self, db: Tx, name: str) -> str:
        key = resolve_key(db, show_key(name))
        if not key or db.execute("SELECT 1 FROM facts WHERE show_key = ? LIMIT 1",
                                 [key]).fetchone() is None:
            raise StateError(f"no show named {name!r} is stored (see `monitor shows list`)")
        return key


# --- inside a transaction (the ingest and the merge use these) ------------------------------------

def resolve_key(db: Tx, key: str) -> str:
    """``key``, or the key it is an alias of."""
    for _ in range(MAX_ALIAS_HOPS):
        row = db.execute("SELECT show_key FROM show_aliases WHERE alias_key = ?",
                         [key]).fetchone()
        if row is None or row[0] == key:
            return key
        key = str(row[0])
    return key


def title_override(db: Tx, key: str) -> str | None:
    row = db.execute("SELECT title FROM show_settings WHERE show_key = ?", [key]).fetchone()
    return str(row[0]) if row and row[0] else None


def is_hidden(db: Tx, key: str) -> bool:
    row = db.execute("SELECT hidden FROM show_settings WHERE show_key = ?", [key]).fetchone()
    return bool(row and row[0])


def add_alias(db: Tx, alias: str, alias_key: str, key: str,
              now: dt.datetime) -> None:
    """``alias_key`` is now ``key``; so is everything that was an alias of ``alias_key``."""
    db.execute("INSERT INTO show_aliases (alias_key, show_key, alias, created_at) "
               "VALUES (?, ?, ?, ?) ON CONFLICT (alias_key) DO UPDATE SET "
               "show_key = excluded.show_key, alias = excluded.alias",
               [alias_key, key, alias, to_iso(now)])
    db.execute("UPDATE show_aliases SET show_key = ? WHERE show_key = ?", [key, alias_key])
    db.execute("DELETE FROM show_aliases WHERE alias_key = ?", [key])  # never its own alias


def set_title(db: Tx, key: str, title: str, now: dt.datetime) -> None:
    _set(db, key, now, title=title)


def _set(db: Tx, key: str, now: dt.datetime, *, title: str | None = None,
         hidden: bool | None = None) -> None:
    db.execute("INSERT INTO show_settings (show_key, title, hidden, updated_at) "
               "VALUES (?, ?, ?, ?) ON CONFLICT (show_key) DO UPDATE SET "
               "title = COALESCE(excluded.title, show_settings.title), "
               # CAST: PostgreSQL needs a parameter's type where nothing else gives it.
               "hidden = CASE WHEN CAST(? AS INTEGER) IS NULL THEN show_settings.hidden "
               "ELSE excluded.hidden END, updated_at = excluded.updated_at",
               [key, title, int(bool(hidden)), to_iso(now),
                None if hidden is None else int(hidden)])
