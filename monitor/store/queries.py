"""What the state says, for people: status rows, a show's history, a season's page.

Read-only queries over what :mod:`monitor.store.articles` wrote: one row per season
(``monitor status``, the status page), the time line of a show or season with every source
(``monitor history``, the season page), and where sources disagree.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, cast

from ..models import CERTAINTY_RANK, FACT_KINDS, FactKind
from ..names import show_key
from ..partial_date import sort_key
from .reconcile import Claim, Disagreement
from .schema import NO_VALUE, Database, from_iso, season_in, season_out


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
        where = "" if include_unknown else "WHERE status IS NOT NULL"
        with self._db.read() as db:
            rows = [_season_row(r) for r in db.query(
                f"SELECT {SEASON_ROW_COLUMNS} FROM seasons {where} "
                f"ORDER BY {self._db.nocase('show')}, show_key, season")]
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

    def history(self, show: str, season: int | None = None) -> list[HistoryRow]:
        """Every fact stored about a show (any spelling of its title), in the order the news
        reported them, each with its evidence and the articles that reported it."""
        key = show_key(show)
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
                "fs.evidence, fs.certainty, a.url, a.published, "
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
        disagreement=(_disagreement_in(first["kind"], first["disputed"])
                      if first["disputed"] else None),
    )


