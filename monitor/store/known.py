"""What every article is read with, kept for the life of the process: the confirmed titles
(the gazetteer: shows with a status two articles back, with the names merged into them) and
each show's latest numbered season with a status (what "another season" follows).

Read from the whole state these cost time and memory in proportion to the shows known (at
1,730 shows 7-11 ms of CPU per article, growing for as long as the service runs), so
:class:`KnownState` keeps them:

- **one full read**, the first time, and again whenever someone else changed them;
- **updated in place by this process's own ingests**: the ingest reads back the rows of the
  shows it touched, inside its transaction, and hands them over after its commit;
- **someone else** (another instance on PostgreSQL, a second ``monitor`` process on SQLite, a
  merge, a rename, a hidden show) is told apart by ``state_changes``: a counter that triggers
  bump in the same transaction as every write to ``seasons``, ``show_settings`` and
  ``show_aliases`` (migration 10). One row read per article compares it with the counter the
  kept copy is as of; a difference means a full read.

An ingest bumps the counter itself as its first statement (which also makes it wait for any
other writer of the counter) and reads it again at its end: the copy is updated in place only
when it was as of the counter just before the ingest, so no one else's write slipped in
between; otherwise it is read again at the next article. The result is always what a full
read at that moment returns, in the same order.
"""

from __future__ import annotations

import bisect
import itertools
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar

from ..models import ShowName
from .schema import Database, Tx

#: (show, season, premiere date) of each show's latest numbered season with a status.
KnownSeasons = tuple[tuple[str, int, "str | None"], ...]
Season = tuple[str, int, "str | None"]
T = TypeVar("T")

#: A show's title is confirmed once a season of it has a status this many articles back.
MIN_SOURCES = 2

_CONFIRMED = (
    "SELECT s.show_key AS key, MAX(COALESCE(ss.title, s.show)) AS title "
    "FROM seasons s LEFT JOIN show_settings ss ON ss.show_key = s.show_key "
    "WHERE s.status IS NOT NULL AND COALESCE(ss.hidden, 0) = 0{where} "
    "GROUP BY s.show_key HAVING MAX(s.source_count) >= ? ORDER BY s.show_key")
_SEASONS = (
    "SELECT s.show_key, s.show, s.season, s.premiere FROM seasons s "
    "WHERE s.season >= 0 AND s.status IS NOT NULL{where} AND NOT EXISTS ("
    "SELECT 1 FROM show_settings h WHERE h.show_key = s.show_key AND h.hidden = 1) "
    "ORDER BY s.show_key, s.season")


def confirmed_titles(db: Tx, min_sources: int = MIN_SOURCES,
                     keys: Iterable[str] | None = None) -> dict[str, ShowName]:
    """Show key -> its confirmed title with its aliases, in key order: of every show, or of
    ``keys`` only (the same rows a full read gives for them)."""
    if keys is None:
        rows = list(db.query(_CONFIRMED.format(where=""), [min_sources]))
        merged: dict[str, list[str]] = {}
        for alias in db.query("SELECT show_key, alias FROM show_aliases ORDER BY alias"):
            merged.setdefault(alias["show_key"], []).append(alias["alias"])
    else:
        rows, merged = [], {}
        for key in keys:
            rows += db.query(_CONFIRMED.format(where=" AND s.show_key = ?"), [key, min_sources])
            merged[key] = [a["alias"] for a in db.query(
                "SELECT alias FROM show_aliases WHERE show_key = ? ORDER BY alias", [key])]
    return {r["key"]: ShowName(r["title"], tuple(a for a in merged.get(r["key"], ())
                                                 if a != r["title"])) for r in rows}


def latest_seasons(db: Tx, keys: Iterable[str] | None = None) -> dict[str, Season]:
    """Show key -> (show, season, premiere) of its latest numbered season with a status, of
    every show not hidden (or of ``keys`` only), in key order."""
    found: dict[str, Season] = {}
    for where, params in ([("", [])] if keys is None
                          else [(" AND s.show_key = ?", [k]) for k in keys]):
        for r in db.query(_SEASONS.format(where=where), params):
            found[r["show_key"]] = (r["show"], r["season"], r["premiere"])
    return found


@dataclass(frozen=True)
class Known:
    """The confirmed titles and the latest seasons, as of ``counter`` (None: a state without
    the counter, read in full each time). The same tuples come back while nothing changes."""

    titles: tuple[ShowName, ...]
    seasons: KnownSeasons
    counter: int | None
    #: Unique in the process for each new pair of tuples (a worker process keeps the pair it
    #: was sent under it: ``WorkerPool.run``'s ``kept``).
    generation: int = 0


@dataclass(frozen=True)
class KnownChanges:
    """What one ingest changed, read inside its transaction: the counter before it and after
    it, and the touched shows' rows (None: the show has none now)."""

    before: int
    after: int
    titles: dict[str, ShowName | None]
    seasons: dict[str, Season | None]


_GENERATIONS = itertools.count(1)


def read_counter(db: Tx) -> int:
    return int(db.execute("SELECT counter FROM state_changes WHERE name = 'known'"
                          ).fetchone()[0])


class KnownState:
    """The kept copy; one per process and state (the daemon holds it across polls; a
    :class:`~monitor.store.state.StateStore` opened without one makes its own). Thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counter: int | None = None
        #: Every key either dict had since the last full read, sorted (the tuples' order).
        self._keys: list[str] = []
        self._key_set: set[str] = set()
        self._titles: dict[str, ShowName] = {}
        self._seasons: dict[str, Season] = {}
        self._known: Known | None = None
        self._gazetteer: tuple[tuple[ShowName, ...], tuple[ShowName, ...],
                               tuple[ShowName, ...]] | None = None
        #: Full reads so far (for tests and benchmarks).
        self.full_reads = 0

    def read(self, db: Database, *, fresh: bool = False) -> Known:
        """The titles and seasons as the state holds them now: one counter read, and a full
        read only when someone else changed them since (or ``fresh``)."""
        counted = db.has_table("state_changes")
        with db.read() as tx:
            counter = read_counter(tx) if counted else None
        with self._lock:
            if (not fresh and self._known is not None and counter is not None
                    and counter == self._counter):
                return self._known
        with db.read() as tx:  # after the counter: the rows are as new as it, or newer
            titles = confirmed_titles(tx)
            seasons = latest_seasons(tx)
        with self._lock:
            self._titles, self._seasons, self._counter = titles, seasons, counter
            self._key_set = titles.keys() | seasons.keys()
            self._keys = sorted(self._key_set)
            self._known = Known(tuple(titles.values()), tuple(seasons.values()), counter,
                                next(_GENERATIONS))
            self.full_reads += 1
            return self._known

    def gazetteer(self, watched: tuple[ShowName, ...], known: Known) -> tuple[ShowName, ...]:
        """The watch list's shows then the confirmed titles: the same tuple object while
        neither changes (the extractor files a gazetteer once per tuple it is given)."""
        with self._lock:
            kept = self._gazetteer
            if kept is not None and kept[0] is watched and kept[1] is known.titles:
                return kept[2]
            joined = (*watched, *known.titles)
            self._gazetteer = (watched, known.titles, joined)
            return joined

    @staticmethod
    def bump(tx: Tx) -> int:
        """Count a write about to happen in ``tx``; the counter before it. The first statement
        of an ingest: it waits for every other writer of the counter to commit."""
        row = tx.execute("UPDATE state_changes SET counter = counter + 1 WHERE name = 'known' "
                         "RETURNING counter").fetchone()
        return int(row[0]) - 1

    @staticmethod
    def changes(tx: Tx, before: int, keys: Iterable[str]) -> KnownChanges:
        """The touched shows' rows, read in the ingest's transaction after its writes."""
        keys = sorted(set(keys))
        titles = confirmed_titles(tx, keys=keys)
        seasons = latest_seasons(tx, keys=keys)
        return KnownChanges(before, read_counter(tx), {k: titles.get(k) for k in keys},
                            {k: seasons.get(k) for k in keys})

    def apply(self, changes: KnownChanges) -> None:
        """After the ingest's commit: update the copy in place when it was as of the counter
        just before the ingest; otherwise leave it (the next read sees the counter moved)."""
        with self._lock:
            if self._known is None or self._counter != changes.before:
                return
            titles_changed = self._put(self._titles, changes.titles)
            seasons_changed = self._put(self._seasons, changes.seasons)
            self._counter = changes.after
            self._known = Known(
                tuple(self._titles[k] for k in self._keys if k in self._titles)
                if titles_changed else self._known.titles,
                tuple(self._seasons[k] for k in self._keys if k in self._seasons)
                if seasons_changed else self._known.seasons,
                changes.after,
                next(_GENERATIONS) if titles_changed or seasons_changed
                else self._known.generation)

    def _put(self, into: dict[str, T], rows: dict[str, T | None]) -> bool:
        """Put the touched shows' rows into one dict; whether anything in it changed."""
        changed = False
        for key, row in rows.items():
            if row is None:
                changed |= into.pop(key, None) is not None
                continue
            if into.get(key) != row:
                if key not in self._key_set:
                    self._key_set.add(key)
                    bisect.insort(self._keys, key)
                into[key] = row
                changed = True
        return changed
