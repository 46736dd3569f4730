"""What the state says, for people: status rows, a show's history, a season's page.

Read-only queries over what :mod:`monitor.store.articles` wrote: one row per season
(``monitor status``, the status page), the time line of a show or season with every source
(``monitor history``, the season page), where sources disagree, upcoming premieres and the
calendar, and the alerts newest first.

Lists that can grow without bound are paged in SQL by *keyset* (the key of the last row shown,
never an OFFSET): each page is one index range read, as fast on page 1,000 as on page 1
(``bench/web_scale.py`` measures it; ``tests/test_paging.py`` checks the query plans).
The SQL is portable where it costs nothing: ``lower(show)`` rather than SQLite's ``COLLATE
NOCASE`` (an expression index serves it), and keyset conditions written out
(``a >= ? AND (a > ? OR (b, c) > (?, ?))``) so the index range is found by any planner.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal, cast

from ..models import CERTAINTY_RANK, FACT_KINDS, SEASON_ALERT_KINDS, FactKind
from ..names import show_key
from ..partial_date import PartialDate, sort_key
from .outbox import AlertRecord, alert_records
from .reconcile import Claim, Disagreement
from .schema import NO_VALUE, Database, from_iso, season_in, season_out, to_iso
from .shows import resolve_key

SeasonSort = Literal["show", "updated"]
#: The key of a season row in its page order: (lower(show), show_key, season) by show,
#: (updated_at, show_key, season) by last update; season as stored (-1 for none).
SeasonKey = tuple[str, str, int]
#: The key of an alert newest first: (created_at, insertion order).
AlertKey = tuple[str, int]


@dataclass(frozen=True)
class SeasonRow:
    """One row of ``monitor status``: a show's season as it stands."""

    show: str
    season: int | None
    status: str | None
    since: str | None
    premiere: str | None
    premiere_certainty: str | None
    speculative_premiere: str | None
    episode_count: int | None
    sources: int
    updated_at: dt.datetime
    show_key: str
    #: Where sources state different values for one kind of fact (see reconcile.Disagreement).
    disagreements: tuple[Disagreement, ...] = ()


@dataclass(frozen=True)
class HistoryRow:
    """One fact of a show's time line, with every article that reported it."""

    published: dt.date
    show: str
    season: int | None
    kind: str
    date: str | None
    value: int | None
    certainty: str
    evidence: str
    sources: tuple[str, ...]
    source_published: tuple[dt.date, ...]
    #: When sources disagree on this kind of fact for this season: every value they state.
    disagreement: Disagreement | None = None
    #: The title of each article in ``sources`` ("" when the article had none).
    source_titles: tuple[str, ...] = ()


@dataclass(frozen=True)
class SeasonFilter:
    """Which seasons a page lists: a name that contains ``q``, one ``status``, one show
    (``show_key``), changed at or after ``since``; ``include_unknown`` adds the seasons known
    only from speculative facts (no status yet)."""

    q: str = ""
    status: str | None = None
    show_key: str | None = None
    since: dt.datetime | None = None
    include_unknown: bool = False


@dataclass(frozen=True)
class Page:
    """One page of a list: its rows and the key to ask the next page after (None: the last)."""

    rows: list[Any]
    next_key: tuple[Any, ...] | None = None


@dataclass(frozen=True)
class PremiereSource:
    """An article stating a season's premiere: its sentence, title and link."""

    evidence: str
    certainty: str
    url: str
    title: str
    published: dt.date


@dataclass(frozen=True)
class PremiereRow:
    """A season's premiere for the calendar: a day (an event) or a window (a note), with the
    articles that state it."""

    season: SeasonRow
    sources: tuple[PremiereSource, ...] = field(default=())

    @property
    def is_day(self) -> bool:
        date = PartialDate.parse(self.season.premiere)
        return date is not None and date.day is not None


class Queries:
    """Reads over the seasons, facts and disagreements tables of one state file."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def status_rows(self, *, include_unknown: bool = False,
                    disagreements: bool = False) -> list[SeasonRow]:
        """One row per show and season, by show then season (season "none" first).

        Seasons known only from speculative facts have no status and are left out unless
        ``include_unknown``. With ``disagreements``, each row carries where its sources
        disagree (one more query, over the disputed seasons only).
        """
        conditions = [] if include_unknown else ["status IS NOT NULL"]
        if self._db.has_table("show_settings"):  # a file not migrated yet has no hidden shows
            conditions.append(_not_hidden("seasons"))
        where = "WHERE " + " AND ".join(conditions) if conditions else ""
        with self._db.read() as db:
            rows = [_season_row(r) for r in db.query(
                f"SELECT {SEASON_ROW_COLUMNS} FROM seasons {where} "
                "ORDER BY lower(show), show_key, season")]
            if not disagreements:
                return rows
            disputed: dict[tuple[str, int], list[Disagreement]] = {}
            for r in db.query("SELECT show_key, season, kind, claims FROM disagreements "
                              "ORDER BY show_key, season, kind"):
                disputed.setdefault((r["show_key"], r["season"]), []).append(
                    _disagreement_in(r["kind"], r["claims"]))
        result = []
        for row in rows:
            found = disputed.get((row.show_key, season_in(row.season)))
            result.append(replace(row, disagreements=_in_kind_order(found)) if found else row)
        return result

    def resolve(self, show: str) -> str:
        """The key of a show named any way, through the aliases merges and renames made."""
        key = show_key(show)
        if not self._db.has_table("show_aliases"):
            return key
        with self._db.read() as db:
            return resolve_key(db, key)

    def season_row(self, key: str, season: int | None) -> SeasonRow | None:
        """One season as it stands (``key`` as :func:`monitor.names.show_key` gives it), even
        one known only from speculative facts, with its disagreements; None if the store has
        never seen it."""
        with self._db.read() as db:
            rows = list(db.query("SELECT * FROM seasons WHERE show_key = ? AND season = ?",
                                 [key, season_in(season)]))
            found = [_disagreement_in(r["kind"], r["claims"]) for r in db.query(
                "SELECT kind, claims FROM disagreements WHERE show_key = ? AND season = ?",
                [key, season_in(season)])]
        if not rows:
            return None
        return replace(_season_row(rows[0]), disagreements=_in_kind_order(found))

    def season_page(self, filters: SeasonFilter = SeasonFilter(), *, sort: SeasonSort = "show",
                    after: SeasonKey | None = None, limit: int = 100,
                    disagreements: bool = True) -> Page:
        """One page of season rows in ``sort`` order (by show name, or most recently updated
        first), starting after the row whose key is ``after``; ``Page.next_key`` asks the next.

        One index range read per page (keyset), whatever the page's depth, plus the
        disagreements of the page's own seasons.
        """
        where, params = _season_where(filters, hidden=self._db.has_table("show_settings"))
        if sort == "updated":
            columns, order = "updated_at", "updated_at DESC, show_key DESC, season DESC"
            if after is not None:
                where.append("updated_at <= ? AND (updated_at < ? OR (show_key, season) < (?, ?))")
                params += [after[0], after[0], after[1], after[2]]
        else:
            columns, order = "lower(show) AS sort_name", "lower(show), show_key, season"
            if filters.show_key is not None:
                # One show's seasons share their name: its primary key orders them, unsorted.
                order = "show_key, season"
            if after is not None:
                where.append("lower(show) >= ? AND "
                             "(lower(show) > ? OR (show_key, season) > (?, ?))")
                params += [after[0], after[0], after[1], after[2]]
        sql = (f"SELECT {SEASON_ROW_COLUMNS}, {columns} FROM seasons "
               f"{'WHERE ' + ' AND '.join(where) if where else ''} ORDER BY {order} LIMIT ?")
        with self._db.read() as db:
            found = list(db.query(sql, [*params, limit + 1]))
            rows = [_season_row(r) for r in found[:limit]]
            if disagreements:
                rows = self._with_disagreements(db, rows)
        next_key: SeasonKey | None = None
        if len(found) > limit:
            last = found[limit - 1]
            first = last["updated_at"] if sort == "updated" else last["sort_name"]
            next_key = (first, last["show_key"], last["season"])
        return Page(rows, next_key)

    def iter_status_rows(self, filters: SeasonFilter = SeasonFilter(), *,
                         chunk: int = 500) -> Iterator[SeasonRow]:
        """Every season row by show, read a page at a time (``monitor status --json`` streams
        them: memory stays one page whatever the state's size)."""
        after: SeasonKey | None = None
        while True:
            page = self.season_page(filters, after=after, limit=chunk)
            yield from page.rows
            if page.next_key is None:
                return
            after = cast(SeasonKey, page.next_key)

    def count_seasons(self, filters: SeasonFilter = SeasonFilter()) -> int:
        """How many seasons ``filters`` select (an index count without a name filter)."""
        where, params = _season_where(filters, hidden=self._db.has_table("show_settings"))
        with self._db.read() as db:
            row = db.execute(f"SELECT COUNT(*) FROM seasons "
                             f"{'WHERE ' + ' AND '.join(where) if where else ''}",
                             params).fetchone()
        return int(row[0])

    def upcoming_premieres(self, today: dt.date, *, limit: int = 20,
                           key: str | None = None) -> list[SeasonRow]:
        """Seasons whose premiere is a day from ``today`` on, soonest first (cancelled ones
        left out); ``key``: one show's only."""
        where = "premiere >= ? AND length(premiere) = 10 AND status != 'cancelled'"
        params: list[Any] = [today.isoformat()]
        order = "premiere, lower(show), show_key, season"
        if key is not None:
            where += " AND show_key = ?"
            params.append(key)
            order = "show_key, season"  # one show's few seasons: its primary key, sorted below
        with self._db.read() as db:
            found = [_season_row(r) for r in db.query(
                f"SELECT {SEASON_ROW_COLUMNS} FROM seasons WHERE {where} "
                f"ORDER BY {order} LIMIT ?", [*params, limit if key is None else 1000])]
            found.sort(key=lambda r: r.premiere or "")
            return self._with_disagreements(db, found[:limit])

    def premiere_windows(self, today: dt.date, *, limit: int = 20,
                         key: str | None = None) -> list[SeasonRow]:
        """Seasons whose premiere is a window ("2025", "Spring 2025", "Apr 2025") not over
        before ``today``, earliest first; ``key``: one show's only."""
        where = "premiere >= ? AND length(premiere) < 10 AND status != 'cancelled'"
        params: list[Any] = [str(today.year - 1)]  # a winter starts the year before it ends
        if key is not None:
            where += " AND show_key = ?"
            params.append(key)
        with self._db.read() as db:
            found = [_season_row(r) for r in db.query(
                f"SELECT {SEASON_ROW_COLUMNS} FROM seasons WHERE {where} "
                "ORDER BY premiere LIMIT ?", [*params, limit * 4 + 20])]
        current = [r for r in found if (d := PartialDate.parse(r.premiere)) and d.end() >= today]
        current.sort(key=lambda r: (cast(PartialDate, PartialDate.parse(r.premiere)).start(),
                                    r.show.lower(), r.show_key, season_in(r.season)))
        return current[:limit]

    def calendar(self, *, key: str | None = None,
                 since: dt.date | None = None) -> list[PremiereRow]:
        """Every season with a premiere (a day or a window) that is not cancelled, by premiere
        then show, each with the articles that state that premiere; ``key``: one show's,
        ``since``: premieres ending on or after that day."""
        where, params = _calendar_where(key, since,
                                        hidden=self._db.has_table("show_settings"))
        columns = ", ".join(f"s.{c.strip()}" for c in SEASON_ROW_COLUMNS.split(","))
        order = ("s.show_key, s.season" if key is not None  # one show: its primary key
                 else "s.premiere, lower(s.show), s.show_key, s.season")
        with self._db.read() as db:
            seasons = [_season_row(r) for r in db.query(
                f"SELECT {columns} FROM seasons s WHERE {where} ORDER BY {order}", params)]
            sources: dict[tuple[str, int], list[PremiereSource]] = {}
            wanted = [(s.show_key, season_in(s.season), s.premiere) for s in seasons]
            for begin in range(0, len(wanted), 250):  # each season's premiere fact, by key
                part = wanted[begin:begin + 250]
                marks = " OR ".join("(f.show_key = ? AND f.season = ? AND f.date = ?)"
                                    for _ in part)
                for r in db.query(
                        "SELECT f.show_key, f.season, fs.evidence, fs.certainty, a.url, a.title, "
                        "a.published FROM facts f JOIN fact_sources fs ON fs.fact_id = f.id "
                        "JOIN articles a ON a.id = fs.article_id "
                        f"WHERE f.kind = 'premiere' AND ({marks})",
                        [v for triple in part for v in triple]):
                    sources.setdefault((r["show_key"], r["season"]), []).append(PremiereSource(
                        evidence=r["evidence"], certainty=r["certainty"], url=r["url"],
                        title=r["title"], published=dt.date.fromisoformat(r["published"])))
        if key is not None:
            seasons.sort(key=lambda s: (s.premiere or "", season_in(s.season)))
        # Each season's sources in the order they were published (sorted here, per season,
        # rather than the whole join in SQL).
        rows = [PremiereRow(s, tuple(sorted(sources.get((s.show_key, season_in(s.season)), ()),
                                            key=lambda src: (src.published, src.url))))
                for s in seasons]
        if since is not None:
            rows = [r for r in rows
                    if (d := PartialDate.parse(r.season.premiere)) and d.end() >= since]
        return rows

    def calendar_version(self, *, key: str | None = None,
                         since: dt.date | None = None) -> tuple[int, str | None]:
        """How many seasons :meth:`calendar` would list and the last time one changed: what
        the calendar's content follows (a premiere that moves, comes or goes changes a
        season's ``updated_at`` or the count), read without building it."""
        where, params = _calendar_where(key, since,
                                        hidden=self._db.has_table("show_settings"))
        with self._db.read() as db:
            row = db.execute(f"SELECT COUNT(*), MAX(s.updated_at) FROM seasons s WHERE {where}",
                             params).fetchone()
        return int(row[0]), row[1]

    def shows(self, keys: Sequence[str]) -> dict[str, str]:
        """The display title of each show key the store knows (for pages naming shows)."""
        if not keys:
            return {}
        marks = ", ".join("?" for _ in keys)
        with self._db.read() as db:
            return {r["show_key"]: r["show"] for r in db.query(
                f"SELECT show_key, MIN(show) AS show FROM seasons WHERE show_key IN ({marks}) "
                "GROUP BY show_key", list(keys))}

    def article_titles(self, urls: Sequence[str]) -> dict[str, str]:
        """The stored title of each article URL given (sources are shown by title)."""
        wanted = list(dict.fromkeys(urls))
        titles: dict[str, str] = {}
        with self._db.read() as db:
            for start in range(0, len(wanted), 500):  # bounded parameter lists
                part = wanted[start:start + 500]
                marks = ", ".join("?" for _ in part)
                titles.update((r["url"], r["title"]) for r in db.query(
                    f"SELECT url, title FROM articles WHERE url IN ({marks})", part))
        return titles

    def alert_page(self, *, after: AlertKey | None = None, limit: int = 50,
                   failed_only: bool = False, since: dt.datetime | None = None,
                   key: str | None = None, season: int | None | Literal["any"] = "any",
                   season_kinds_only: bool = False) -> Page:
        """One page of alerts, newest first, each with its deliveries; ``after`` is the key of
        the last alert of the previous page. Filters: only those with a failed delivery, made
        at or after ``since``, about one show (``key``; ``season`` too), about seasons only
        (no operator notices or tests)."""
        where: list[str] = []
        params: list[Any] = []
        if failed_only:
            where.append("a.id IN (SELECT alert_id FROM deliveries WHERE state = 'failed')")
        if since is not None:
            where.append("a.created_at >= ?")
            params.append(to_iso(since))
        if key is not None:
            where.append("a.show_key = ?")
            params.append(key)
            if season is None:
                where.append("a.season IS NULL")
            elif season != "any":
                where.append("a.season = ?")
                params.append(season)
        if season_kinds_only:
            where.append(f"a.kind IN ({', '.join('?' for _ in SEASON_ALERT_KINDS)})")
            params += list(SEASON_ALERT_KINDS)
        if after is not None:
            # rowid is SQLite's insertion order; another engine needs a sequence column.
            where.append("a.created_at <= ? AND (a.created_at < ? OR a.rowid < ?)")
            params += [after[0], after[0], after[1]]
        with self._db.read() as db:
            records, keys = alert_records(
                db, ("WHERE " + " AND ".join(where)) if where else "", params,
                order="a.created_at DESC, a.rowid DESC", limit=limit + 1)
        next_key = keys[limit - 1] if len(records) > limit else None
        return Page(records[:limit], next_key)

    def recent_changes(self, *, limit: int = 10, key: str | None = None) -> list[AlertRecord]:
        """The newest alerts about seasons (status changes, moved premieres, episode orders)."""
        return cast(list[AlertRecord], self.alert_page(
            limit=limit, key=key, season_kinds_only=True).rows)

    def _with_disagreements(self, db: Any, rows: list[SeasonRow]) -> list[SeasonRow]:
        """``rows`` with where their sources disagree: one query over these seasons only."""
        if not rows:
            return rows
        disputed: dict[tuple[str, int], list[Disagreement]] = {}
        wanted = list({(r.show_key, season_in(r.season)) for r in rows})
        for start in range(0, len(wanted), 250):
            part = wanted[start:start + 250]
            marks = " OR ".join("(show_key = ? AND season = ?)" for _ in part)
            for r in db.query(f"SELECT show_key, season, kind, claims FROM disagreements "
                              f"WHERE {marks}", [v for pair in part for v in pair]):
                disputed.setdefault((r["show_key"], r["season"]), []).append(
                    _disagreement_in(r["kind"], r["claims"]))
        return [replace(r, disagreements=_in_kind_order(found))
                if (found := disputed.get((r.show_key, season_in(r.season)))) else r
                for r in rows]

    def history(self, show: str, season: int | None = None) -> list[HistoryRow]:
        """Every fact stored about a show (any spelling of its title), in the order the news
        reported them, each with its evidence and the articles that reported it."""
        key = self.resolve(show)
        params: list[Any] = [key]
        where = "f.show_key = ?"
        if season is not None:
            where += " AND f.season = ?"
            params.append(season)
        return self._history(where, params)

    def season_history(self, key: str, season: int | None) -> list[HistoryRow]:
        """The time line of ONE season (``key`` as :func:`monitor.names.show_key` gives it;
        season None: only the facts that name the show but no season), in :meth:`history`
        order."""
        return self._history("f.show_key = ? AND f.season = ?", [key, season_in(season)])

    def _history(self, where: str, params: list[Any]) -> list[HistoryRow]:
        with self._db.read() as db:
            rows = list(db.query(
                "SELECT f.id, f.season, f.kind, f.date, f.value, f.certainty AS fact_certainty, "
                "fs.evidence, fs.certainty, a.url, a.published, a.title AS article_title, "
                "COALESCE(s.show, f.show) AS title, dg.claims AS disputed "
                "FROM facts f JOIN fact_sources fs ON fs.fact_id = f.id "
                "JOIN articles a ON a.id = fs.article_id "
                "LEFT JOIN seasons s ON s.show_key = f.show_key AND s.season = f.season "
                "LEFT JOIN disagreements dg ON dg.show_key = f.show_key "
                "AND dg.season = f.season AND dg.kind = f.kind "
                f"WHERE {where} ORDER BY a.published, a.url", params))
        by_fact: dict[int, list[dict[str, Any]]] = {}
        for r in rows:
            by_fact.setdefault(r["id"], []).append(r)
        history = [_history_row(sources) for sources in by_fact.values()]
        kinds: dict[str, int] = {k: i for i, k in enumerate(FACT_KINDS)}
        history.sort(key=lambda h: (h.published, sort_key(h.date), kinds.get(h.kind, 99),
                                    -1 if h.season is None else h.season, h.value or 0))
        return history


#: What a SeasonRow needs: not ``sources``, the JSON list of every source URL, which is most of a
#: season row's bytes (reading it made status_rows 3x a plain table read; bench/state_scale).
SEASON_ROW_COLUMNS = ("show, season, status, since, premiere, premiere_certainty, "
                      "speculative_premiere, episode_count, source_count, updated_at, show_key")


def _not_hidden(table: str) -> str:
    """The WHERE term that leaves out the shows the user hid (``monitor shows hide``); a
    primary-key probe of show_settings per row, never a scan."""
    return (f"NOT EXISTS (SELECT 1 FROM show_settings h WHERE h.show_key = {table}.show_key "
            "AND h.hidden = 1)")


def _season_where(filters: SeasonFilter, *, hidden: bool = True
                  ) -> tuple[list[str], list[Any]]:
    """The WHERE terms (and their values) of a season filter; ``hidden``: the state has the
    show_settings table (a file not migrated yet has no hidden shows)."""
    where: list[str] = [_not_hidden("seasons")] if hidden else []
    params: list[Any] = []
    if filters.status is not None:
        where.append("status = ?")
        params.append(filters.status)
    elif not filters.include_unknown:
        where.append("status IS NOT NULL")
    if filters.show_key is not None:
        where.append("show_key = ?")
        params.append(filters.show_key)
    q = filters.q.strip()
    if q:
        where.append("(show_key LIKE ? ESCAPE '\\' OR lower(show) LIKE ? ESCAPE '\\')")
        params += [_contains(show_key(q) or q.lower()), _contains(q.lower())]
    if filters.since is not None:
        where.append("updated_at >= ?")
        params.append(to_iso(filters.since))
    return where, params


def _calendar_where(key: str | None, since: dt.date | None, *, hidden: bool = True
                    ) -> tuple[str, list[Any]]:
    """The seasons a calendar lists: a premiere, not cancelled, not hidden, one show's, not
    long over."""
    where = "s.premiere IS NOT NULL AND s.status != 'cancelled'"
    if hidden:
        where += " AND " + _not_hidden("s")
    params: list[Any] = []
    if key is not None:
        where += " AND s.show_key = ?"
        params.append(key)
    if since is not None:
        where += " AND s.premiere >= ?"
        params.append(str(since.year - 1))  # a window of that year may still be running
    return where, params


def _contains(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, its own % and _ taken literally."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _season_row(r: dict[str, Any]) -> SeasonRow:
    return SeasonRow(
        show=r["show"], season=season_out(r["season"]), status=r["status"],
        since=r["since"], premiere=r["premiere"], premiere_certainty=r["premiere_certainty"],
        speculative_premiere=r["speculative_premiere"], episode_count=r["episode_count"],
        sources=r["source_count"], updated_at=cast(dt.datetime, from_iso(r["updated_at"])),
        show_key=r["show_key"],
    )


def _disagreement_in(kind: str, text: str) -> Disagreement:
    return Disagreement(kind=cast(FactKind, kind), claims=tuple(
        Claim(kind=cast(FactKind, kind), date=c["date"], value=c["value"],
              certainty=c["certainty"], sources=tuple(c["sources"]),
              first_published=dt.date.fromisoformat(c["first_published"]),
              last_published=dt.date.fromisoformat(c["last_published"]))
        for c in json.loads(text)))


def _in_kind_order(disagreements: Sequence[Disagreement]) -> tuple[Disagreement, ...]:
    """In the order of FACT_KINDS, as reconcile lists them."""
    order = {k: i for i, k in enumerate(FACT_KINDS)}
    return tuple(sorted(disagreements, key=lambda d: order.get(d.kind, 99)))


def _history_row(sources: list[dict[str, Any]]) -> HistoryRow:
    first = sources[0]
    # The evidence shown is the surest source's sentence, the earliest among equals.
    lead = max(sources, key=lambda r: CERTAINTY_RANK[r["certainty"]])
    return HistoryRow(
        published=dt.date.fromisoformat(first["published"]), show=first["title"],
        season=season_out(first["season"]), kind=first["kind"], date=first["date"] or None,
        value=None if first["value"] == NO_VALUE else first["value"],
        certainty=first["fact_certainty"], evidence=lead["evidence"],
        sources=tuple(dict.fromkeys(r["url"] for r in sources)),
        source_published=tuple(dt.date.fromisoformat(r["published"]) for r in
                               {r["url"]: r for r in sources}.values()),
        source_titles=tuple(r["article_title"] or "" for r in
                            {r["url"]: r for r in sources}.values()),
        disagreement=(_disagreement_in(first["kind"], first["disputed"])
                      if first["disputed"] else None),
    )


