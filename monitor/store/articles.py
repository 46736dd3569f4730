"""Articles in, season states out: an article, its facts, and the seasons they touch.

:meth:`Articles.ingest` writes an article, its facts (one fact, several sources), the re-derived
state of every season they touch, where sources disagree, and the alerts the change causes, in
ONE transaction: a crash leaves either all of it or none. The status rules themselves are
:mod:`monitor.store.reconcile` (pure); this module only reads and writes what they need.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from collections.abc import Callable, Sequence

from ..models import CERTAINTIES, CERTAINTY_RANK, FACT_KINDS, Alert, Article, Fact
from ..names import show_key
from .outbox import queue_alert
from .reconcile import (
    Claim,
    SeasonState,
    SourcedFact,
    derive_season,
    keep_forward,
    plan_alerts,
)
from .schema import (
    NO_DATE,
    NO_SEASON,
    NO_VALUE,
    Database,
    Tx,
    season_in,
    season_out,
    to_iso,
)

log = logging.getLogger(__name__)


class Articles:
    """The articles, facts, fact sources, seasons and disagreements tables of one state file."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def ingest(self, article: Article, facts: Sequence[Fact], *, watched: Callable[[str], bool],
               channels: Sequence[str], now: dt.datetime,
               window_alerts: bool = False) -> list[Alert]:
        """Store an article and its facts, re-derive the seasons they touch, queue the alerts.

        All in one transaction. Ingesting the same article again updates it and adds nothing
        twice: facts, sources and alerts are keyed so repeats are no-ops. Alerts are made only
        for shows ``watched`` accepts, with one pending delivery per name in ``channels``
        (none is fine: the alert is still stored and returned).
        """
        alerts: list[Alert] = []
        # serial: the seasons are read, re-derived and written back; two instances doing so
        # at once would both plan the alerts of one change.
        with self._db.write(serial=True) as db:
            article_id = self._upsert_article(db, article, now)
            touched: dict[tuple[str, int], set[str]] = {}
            for fact in facts:
                where = self._add_fact(db, article_id, fact)
                if where is not None:
                    touched.setdefault(where, set()).add(fact.show)
            titles = {k: self._display_title(db, k) for k in {k for k, _ in touched}}
            for (key, season), raw_titles in sorted(touched.items()):
                old = self._load_season(db, key, season)
                new = derive_season(self._sourced_facts(db, key, season), show_key=key,
                                    season=season_out(season), show=titles[key])
                new = keep_forward(old, new)
                self._save_season(db, new, now)
                if not any(watched(t) for t in (titles[key], *sorted(raw_titles))):
                    continue
                for alert in plan_alerts(old, new, now=now, window_alerts=window_alerts):
                    if queue_alert(db, alert, key, channels):
                        alerts.append(alert)
            for key, title in titles.items():
                db.execute("UPDATE seasons SET show = ? WHERE show_key = ? AND show != ?",
                           [title, key, title])
        return alerts

    def _upsert_article(self, db: Tx, article: Article,
                        now: dt.datetime) -> int:
        digest = hashlib.sha256(article.text.encode("utf-8")).hexdigest()
        db.execute(
            """INSERT INTO articles (url, title, published, feed_url, guid, content_hash,
                                     first_seen_at, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (url) DO UPDATE SET
                 title = excluded.title, published = excluded.published,
                 feed_url = COALESCE(excluded.feed_url, articles.feed_url),
                 guid = COALESCE(excluded.guid, articles.guid),
                 content_hash = excluded.content_hash,
                 updated_at = excluded.updated_at""",
            [article.url, article.title, article.published.isoformat(), article.feed_url,
             article.guid, digest, to_iso(now), to_iso(now)])
        row = db.execute("SELECT id FROM articles WHERE url = ?", [article.url]).fetchone()
        return int(row[0])

    def _add_fact(self, db: Tx, article_id: int,
                  fact: Fact) -> tuple[str, int] | None:
        """Insert a fact (or find it) and this article as a source of it; return its season."""
        key = show_key(fact.show)
        if not key or fact.kind not in FACT_KINDS or fact.certainty not in CERTAINTIES:
            log.warning("skipping malformed fact %r", fact)
            return None
        season = NO_SEASON if fact.season is None else int(fact.season)
        value = NO_VALUE if fact.value is None else int(fact.value)
        date = fact.date or NO_DATE
        db.execute(
            "INSERT INTO facts (show_key, show, season, kind, date, value, certainty) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (show_key, season, kind, date, value) DO NOTHING",
            [key, fact.show, season, fact.kind, date, value, fact.certainty])
        fact_id, stored = db.execute(
            "SELECT id, certainty FROM facts WHERE show_key = ? AND season = ? AND kind = ? "
            "AND date = ? AND value = ?", [key, season, fact.kind, date, value]).fetchone()
        if CERTAINTY_RANK[fact.certainty] > CERTAINTY_RANK[stored]:
            db.execute("UPDATE facts SET certainty = ? WHERE id = ?", [fact.certainty, fact_id])
        source = db.execute(
            "SELECT certainty FROM fact_sources WHERE fact_id = ? AND article_id = ?",
            [fact_id, article_id]).fetchone()
        if source is None:
            db.execute("INSERT INTO fact_sources (fact_id, article_id, show, evidence, certainty)"
                       " VALUES (?, ?, ?, ?, ?)",
                       [fact_id, article_id, fact.show, fact.evidence, fact.certainty])
        elif CERTAINTY_RANK[fact.certainty] > CERTAINTY_RANK[source[0]]:
            # The same article stating the fact twice: keep its surest sentence.
            db.execute("UPDATE fact_sources SET certainty = ?, evidence = ? "
                       "WHERE fact_id = ? AND article_id = ?",
                       [fact.certainty, fact.evidence, fact_id, article_id])
        return key, season

    def _display_title(self, db: Tx, key: str) -> str:
        """The title most sources use for the show; ties go to the earliest, then A-Z.

        Chosen from all stored sources, not the first arrival, so replay order cannot change it.
        """
        rows = list(db.query(
            "SELECT fs.show AS title, COUNT(*) AS n, MIN(a.published) AS first "
            "FROM fact_sources fs JOIN facts f ON f.id = fs.fact_id "
            "JOIN articles a ON a.id = fs.article_id WHERE f.show_key = ? GROUP BY fs.show",
            [key]))
        best = min(rows, key=lambda r: (-r["n"], r["first"], r["title"]))
        return str(best["title"])

    def _sourced_facts(self, db: Tx, key: str,
                       season: int) -> list[SourcedFact]:
        rows = db.query(
            "SELECT f.kind, f.date, f.value, fs.certainty, fs.evidence, fs.show, a.url, "
            "a.published FROM facts f JOIN fact_sources fs ON fs.fact_id = f.id "
            "JOIN articles a ON a.id = fs.article_id WHERE f.show_key = ? AND f.season = ?",
            [key, season])
        return [SourcedFact(
            kind=r["kind"], date=r["date"] or None, certainty=r["certainty"], url=r["url"],
            published=dt.date.fromisoformat(r["published"]), evidence=r["evidence"],
            value=None if r["value"] == NO_VALUE else r["value"], show=r["show"],
        ) for r in rows]

    def _load_season(self, db: Tx, key: str,
                     season: int) -> SeasonState | None:
        rows = list(db.query("SELECT * FROM seasons WHERE show_key = ? AND season = ?",
                             [key, season]))
        if not rows:
            return None
        r = rows[0]
        return SeasonState(
            show_key=key, season=season_out(season), show=r["show"], status=r["status"],
            since=r["since"], premiere=r["premiere"],
            premiere_certainty=r["premiere_certainty"],
            speculative_premiere=r["speculative_premiere"], episode_count=r["episode_count"],
            sources=tuple(json.loads(r["sources"])),
        )

    def _save_season(self, db: Tx, state: SeasonState,
                     now: dt.datetime) -> None:
        db.execute(
            """INSERT INTO seasons (show_key, season, show, status, since, premiere,
                 premiere_certainty, speculative_premiere, episode_count, sources, source_count,
                 updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (show_key, season) DO UPDATE SET
                 show = excluded.show, status = excluded.status, since = excluded.since,
                 premiere = excluded.premiere, premiere_certainty = excluded.premiere_certainty,
                 speculative_premiere = excluded.speculative_premiere,
                 episode_count = excluded.episode_count, sources = excluded.sources,
                 source_count = excluded.source_count, updated_at = excluded.updated_at""",
            [state.show_key, season_in(state.season), state.show, state.status, state.since,
             state.premiere, state.premiere_certainty, state.speculative_premiere,
             state.episode_count, json.dumps(list(state.sources)), len(state.sources),
             to_iso(now)])
        db.execute("DELETE FROM disagreements WHERE show_key = ? AND season = ?",
                   [state.show_key, season_in(state.season)])
        for disagreement in state.disagreements:
            db.execute("INSERT INTO disagreements (show_key, season, kind, claims) "
                       "VALUES (?, ?, ?, ?)",
                       [state.show_key, season_in(state.season), disagreement.kind,
                        _claims_out(disagreement.claims)])


def _claims_out(claims: Sequence[Claim]) -> str:
    """The claims of one disagreement as stored: each value, its certainty, sources and first
    and last report (the evidence stays with the facts)."""
    return json.dumps([
        {"date": c.date, "value": c.value, "certainty": c.certainty, "sources": list(c.sources),
         "first_published": c.first_published.isoformat(),
         "last_published": c.last_published.isoformat()} for c in claims])


