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
from dataclasses import dataclass

from .. import partial_date
from ..errors import StateError
from ..models import CERTAINTIES, CERTAINTY_RANK, FACT_KINDS, Alert, Article, Fact, ShowName
from ..names import show_key
from .feeds import SeenItem, mark_seen_in
from .known import MIN_SOURCES, Known, KnownSeasons, KnownState, confirmed_titles
from .mutes import covering_mute
from .outbox import queue_alert
from .reconcile import (
    Claim,
    SeasonState,
    SourcedFact,
    derive_season,
    keep_forward,
    plan_alerts,
    plan_merged_alerts,
    status_rank,
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
from .shows import add_alias, is_hidden, resolve_key, set_title, title_override

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StoredCancellation:
    """A confirmed cancellation the store holds for a show's numbered season, with ``firm``:
    the highest season its article states anything firm (not speculative) about for the show,
    None when none (what :func:`earlier_cancellations` reads a revival by)."""

    season: int
    firm: int | None
    fact: SourcedFact
    #: Its article states nothing firm about the show but cancellations (what a season-less
    #: cancellation is read by: a round-up, not a revival).
    only_cancels: bool = False


def earlier_cancellations(stored: Sequence[StoredCancellation], season: int
                          ) -> list[SourcedFact]:
    """The cancellations of ``stored`` of seasons before ``season``, each from an article that
    states nothing firm about ``season`` or a later one; none for the season-less row. A
    season-less cancellation ("Lisbon is among Tovrel's cancellations", round 35) is read
    against every numbered season, the first too, when its article states nothing firm but
    cancellations about the show (one that also renews it is a revival)."""
    if season == NO_SEASON:
        return []
    return [c.fact for c in stored
            if (c.season == NO_SEASON and c.only_cancels)
            or (season >= 2 and NO_SEASON < c.season < season
                and (c.firm is None or c.firm < season))]


@dataclass(frozen=True)
class MergeReport:
    """What :meth:`Articles.merge` did."""

    source_key: str
    target_key: str
    #: Facts re-keyed (a fact both shows had counts once), and seasons derived again.
    facts: int
    seasons: int
    #: Alerts queued because the merged story is news to both stories.
    alerts: tuple[Alert, ...]

#: Which channels an alert goes to, given whether its show is watched; None: make no alert.
Route = Callable[[Alert, bool], "tuple[str, ...] | None"]


class Articles:
    """The articles, facts, fact sources, seasons and disagreements tables of one state file."""

    def __init__(self, db: Database, known: KnownState | None = None) -> None:
        self._db = db
        #: The confirmed titles and latest seasons, kept across stores by whoever passed it
        #: (the daemon), else for this store's life.
        self.known_state = known if known is not None else KnownState()

    def known(self, *, fresh: bool = False) -> Known:
        """The confirmed titles and each show's latest season, as the state holds them now
        (one counter read while nothing changed: :mod:`monitor.store.known`)."""
        return self.known_state.read(self._db, fresh=fresh)

    def confirmed_titles(self, min_sources: int = MIN_SOURCES, fresh: bool = False
                         ) -> tuple[ShowName, ...]:
        """Shows with a season whose status ``min_sources`` articles or more back, with the
        names the user merged into them: the titles later articles are read with (the
        extractor recognises them without a cue). A hidden show is none. Kept across
        articles and always current (:class:`~monitor.store.known.KnownState`); another
        ``min_sources`` is read from the state each time."""
        if min_sources != MIN_SOURCES:
            with self._db.read() as db:
                return tuple(confirmed_titles(db, min_sources).values())
        return self.known(fresh=fresh).titles

    def known_seasons(self) -> KnownSeasons:
        """Each show's latest numbered season that has a status, with its premiere date: what
        the extractor needs to read "another season" (the one after the latest aired)."""
        return self.known().seasons

    def ingest(self, article: Article, facts: Sequence[Fact], *, watched: Callable[[str], bool],
               channels: Sequence[str], now: dt.datetime,
               window_alerts: bool = False, route: Route | None = None,
               seen: SeenItem | None = None) -> list[Alert]:
        """Store an article and its facts, re-derive the seasons they touch, queue the alerts.

        All in one transaction, with ``seen`` (the feed item the article came from) marked
        seen in it too: a crash leaves the facts and alerts stored with their item marked,
        or neither, so the item is neither lost nor alerted twice. Ingesting the same article
        again updates it and adds nothing twice: facts, sources and alerts are keyed so
        repeats are no-ops. Without ``route``, alerts are made only for shows ``watched``
        accepts, with one pending delivery per name in ``channels`` (none is fine: the alert
        is still stored and returned). With it, ``route(alert, watched)`` names the channels
        of each alert, or None to make none.
        """
        alerts: list[Alert] = []
        # serial: the seasons are read, re-derived and written back; two instances doing so
        # at once would both plan the alerts of one change.
        with self._db.write(serial=True) as db:
            before = KnownState.bump(db)
            article_id = self._upsert_article(db, article, now)
            touched: dict[tuple[str, int], set[str]] = {}
            keys: dict[str, str] = {}  # show key -> the key it is stored under (aliases)
            # show key -> the seasons whose shoot the article tells as still to come
            shoots: dict[str, set[int]] = {}
            for learned, names in self._learn_aliases(db, facts, now).items():
                touched.setdefault(learned, set()).update(names)
            for fact in facts:
                where = self._add_fact(db, article_id, fact, keys)
                if where is not None:
                    # (a watched name the article says the show also goes by alerts too)
                    touched.setdefault(where, set()).update((fact.show, *fact.also))
                    if fact.kind == "filming_started" and fact.certainty != "confirmed" \
                            and where[1] != NO_SEASON:
                        shoots.setdefault(where[0], set()).add(where[1])
            for fact in facts:
                if fact.kind == "cancelled" and fact.certainty == "confirmed":
                    # A cancellation of an earlier season, or of the show with no season
                    # named, may end a later one on the board.
                    stored = keys.get(show_key(fact.show)) or ""
                    after = 0 if fact.season is None else int(fact.season)
                    for later in (self._later_seasons(db, stored, after)
                                  if stored else ()):
                        touched.setdefault((stored, later), set()).add(fact.show)
            titles = {k: self._display_title(db, k) for k in {k for k, _ in touched}}
            cancellations: dict[str, list[StoredCancellation]] = {}  # read once a show
            deferred: list[tuple[str, list[Alert], set[str]]] = []
            cancelled_shows: set[str] = set()  # a numbered season cancelled by this article
            for (key, season), raw_titles in sorted(touched.items()):
                old = self._load_season(db, key, season)
                new = derive_season(self._sourced_facts(db, key, season), show_key=key,
                                    season=season_out(season), show=titles[key],
                                    neighbours=self._neighbours(db, key, season),
                                    previous=self._sourced_facts(db, key, season - 1)
                                    if season > 1 else (),
                                    earlier_cancellations=self._earlier_cancellations(
                                        db, key, season, cancellations))
                new = keep_forward(old, new)
                self._save_season(db, new, now)
                planned = plan_alerts(old, new, now=now, window_alerts=window_alerts,
                                      later_season_known=old is None
                                      and self._later_season_known(db, key, season,
                                                                   article.published),
                                      later_shoot_told=season != NO_SEASON and any(
                                          later > season for later in shoots.get(key, ())))
                if season == NO_SEASON:
                    # Queued after the numbered seasons: a season-less cancellation that
                    # ended one on the board alerts as that season's (once), not twice.
                    deferred.append((key, planned, raw_titles))
                    continue
                if any(a.kind == "status_change" and a.to_status == "cancelled"
                       for a in planned):
                    cancelled_shows.add(key)
                alerts += self._queue(db, planned, key, season, (titles[key], *raw_titles),
                                      watched=watched, channels=channels, route=route, now=now)
            for key, planned, raw_titles in deferred:
                planned = [a for a in planned if key not in cancelled_shows
                           or not (a.kind == "status_change" and a.to_status == "cancelled")]
                alerts += self._queue(db, planned, key, NO_SEASON, (titles[key], *raw_titles),
                                      watched=watched, channels=channels, route=route, now=now)
            for key, title in titles.items():
                db.execute("UPDATE seasons SET show = ? WHERE show_key = ? AND show != ?",
                           [title, key, title])
            if seen is not None:
                mark_seen_in(db, seen, now=now)
            changes = KnownState.changes(db, before, titles)
        self.known_state.apply(changes)
        return alerts

    def _queue(self, db: Tx, planned: Sequence[Alert], key: str,
               season: int, titles: Sequence[str], *, watched: Callable[[str], bool],
               channels: Sequence[str], route: Route | None, now: dt.datetime) -> list[Alert]:
        """Queue the planned alerts of one season for their channels; a hidden show alerts no
        one, a season under a drop mute records them as suppressed (never sent)."""
        if not planned or is_hidden(db, key):
            return []
        is_watched = any(watched(t) for t in sorted(set(titles)))
        mute = covering_mute(db, key, season_out(season), now)
        suppressed = ("dropped: the season was muted"
                      if mute is not None and mute.mode == "drop" else None)
        queued = []
        for alert in planned:
            if route is None:
                targets = tuple(channels) if is_watched else None
            else:
                targets = route(alert, is_watched)
            if targets is not None and queue_alert(db, alert, key, targets,
                                                   suppressed=suppressed):
                queued.append(alert)
        return queued

    def merge(self, source: str, target: str, *, now: dt.datetime,
              watched: Callable[[str], bool], channels: Sequence[str] = (),
              route: Route | None = None, window_alerts: bool = False,
              title: str | None = None) -> MergeReport:
        """Make ``source`` a name of ``target``, in one transaction: its facts become
        ``target``'s, every season of either is derived again from their facts together, its
        past alerts and mutes follow, and it stays an alias (future facts go to ``target``).

        No alert storm: a merged season alerts only what is news against each story it is
        made of (:func:`~monitor.store.reconcile.plan_merged_alerts`). The show goes by
        ``title`` from now on (a rename), else by the name ``target`` had.
        """
        with self._db.write(serial=True) as db:  # seasons re-derived: one at a time
            src_key = resolve_key(db, show_key(source))
            dst_key = resolve_key(db, show_key(target))
            if not src_key or not dst_key:
                raise StateError("a show name needs letters or digits")
            if title and dst_key == src_key != show_key(target):
                # Renamed back to a name merged into it earlier: that name is the show again.
                dst_key = show_key(target)
                db.execute("DELETE FROM show_aliases WHERE alias_key = ?", [dst_key])
            if not title and src_key != dst_key:
                # The merged show keeps the target's name, whichever story had more sources.
                known = db.execute("SELECT 1 FROM facts WHERE show_key = ? LIMIT 1",
                                   [dst_key]).fetchone()
                title = self._display_title(db, dst_key) if known else target.strip()
            if title:
                set_title(db, dst_key, title, now)
            if src_key == dst_key:
                self._retitle(db, dst_key)
                return MergeReport(src_key, dst_key, 0, 0, ())
            add_alias(db, source, src_key, dst_key, now)
            seasons = sorted({int(r[0]) for r in db.execute(
                "SELECT season FROM facts WHERE show_key = ? UNION "
                "SELECT season FROM seasons WHERE show_key = ?", [src_key, src_key])})
            olds = {s: [o for o in (self._load_season(db, dst_key, s),
                                    self._load_season(db, src_key, s)) if o is not None]
                    for s in seasons}
            moved = self._move_facts(db, src_key, dst_key)
            for table in ("seasons", "disagreements"):
                db.execute(f"DELETE FROM {table} WHERE show_key = ?", [src_key])
            db.execute("UPDATE alerts SET show_key = ? WHERE show_key = ?", [dst_key, src_key])
            db.execute("UPDATE mutes SET show_key = ? WHERE show_key = ?", [dst_key, src_key])
            db.execute("DELETE FROM show_settings WHERE show_key = ?", [src_key])
            display = self._display_title(db, dst_key)
            raw = [str(r[0]) for r in db.execute(
                "SELECT DISTINCT fs.show FROM fact_sources fs JOIN facts f ON f.id = fs.fact_id "
                "WHERE f.show_key = ?", [dst_key])]
            queued: list[Alert] = []
            cancellations: dict[str, list[StoredCancellation]] = {}
            for season in seasons:
                facts = self._sourced_facts(db, dst_key, season)
                if not facts:
                    continue
                base = max(olds[season], key=lambda o: status_rank(o.status), default=None)
                new = keep_forward(base, derive_season(
                    facts, show_key=dst_key, season=season_out(season), show=display,
                    earlier_cancellations=self._earlier_cancellations(
                        db, dst_key, season, cancellations)))
                self._save_season(db, new, now)
                planned = plan_merged_alerts(olds[season], new, now=now,
                                             window_alerts=window_alerts)
                queued += self._queue(db, planned, dst_key, season, (display, *raw),
                                      watched=watched, channels=channels, route=route, now=now)
            self._retitle(db, dst_key)
            return MergeReport(src_key, dst_key, moved, len(seasons), tuple(queued))

    def _move_facts(self, db: Tx, src_key: str, dst_key: str) -> int:
        """Re-key ``src_key``'s facts to ``dst_key``; a fact both state becomes one, with
        every source (the surer certainty kept). Returns how many facts moved."""
        facts = db.execute("SELECT id, season, kind, date, value, certainty FROM facts "
                           "WHERE show_key = ?", [src_key]).fetchall()
        for fact_id, season, kind, date, value, certainty in facts:
            twin = db.execute("SELECT id, certainty FROM facts WHERE show_key = ? AND "
                              "season = ? AND kind = ? AND date = ? AND value = ?",
                              [dst_key, season, kind, date, value]).fetchone()
            if twin is None:
                db.execute("UPDATE facts SET show_key = ? WHERE id = ?", [dst_key, fact_id])
                continue
            if CERTAINTY_RANK[certainty] > CERTAINTY_RANK[twin[1]]:
                db.execute("UPDATE facts SET certainty = ? WHERE id = ?", [certainty, twin[0]])
            for article_id, show, evidence, cert in db.execute(
                    "SELECT article_id, show, evidence, certainty FROM fact_sources "
                    "WHERE fact_id = ?", [fact_id]).fetchall():
                kept = db.execute("SELECT certainty FROM fact_sources WHERE fact_id = ? AND "
                                  "article_id = ?", [twin[0], article_id]).fetchone()
                if kept is None:
                    db.execute("INSERT INTO fact_sources (fact_id, article_id, show, evidence, "
                               "certainty) VALUES (?, ?, ?, ?, ?)",
                               [twin[0], article_id, show, evidence, cert])
                elif CERTAINTY_RANK[cert] > CERTAINTY_RANK[kept[0]]:
                    db.execute("UPDATE fact_sources SET certainty = ?, evidence = ? "
                               "WHERE fact_id = ? AND article_id = ?",
                               [cert, evidence, twin[0], article_id])
            db.execute("DELETE FROM facts WHERE id = ?", [fact_id])
        return len(facts)

    def _retitle(self, db: Tx, key: str) -> None:
        if db.execute("SELECT 1 FROM facts WHERE show_key = ? LIMIT 1", [key]).fetchone():
            title = self._display_title(db, key)
            db.execute("UPDATE seasons SET show = ? WHERE show_key = ?", [title, key])

    def _upsert_article(self, db: Tx, article: Article,
                        now: dt.datetime) -> int:
        digest = hashlib.sha256(article.text.encode("utf-8")).hexdigest()
        row = db.execute(
            """INSERT INTO articles (url, title, published, feed_url, guid, content_hash,
                                     first_seen_at, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (url) DO UPDATE SET
                 title = excluded.title, published = excluded.published,
                 feed_url = COALESCE(excluded.feed_url, articles.feed_url),
                 guid = COALESCE(excluded.guid, articles.guid),
                 content_hash = excluded.content_hash,
                 updated_at = excluded.updated_at
               RETURNING id""",
            [article.url, article.title, article.published.isoformat(), article.feed_url,
             article.guid, digest, to_iso(now), to_iso(now)]).fetchone()
        return int(row[0])

    def _learn_aliases(self, db: Tx, facts: Sequence[Fact],
                       now: dt.datetime) -> dict[tuple[str, int], set[str]]:
        """Learn the other names the article says a show goes by (``Fact.also``: a rename, a
        UK/US pair, a season's subtitle; rule ``title.alias.renamed``): each becomes an alias
        of the fact's show, so later facts under it land on the same seasons. What the state
        holds under the other name moves to the show: its facts (told under the show's name
        from now on), its seasons (where the show has none of that number: the story goes on,
        no alert repeated), its alerts and mutes.
        Returns the seasons to derive again, each with the names its alerts go by. A name
        the user hid, or one already the show's, is left as it is."""
        touched: dict[tuple[str, int], set[str]] = {}
        for fact in facts:
            if not fact.also:
                continue
            key = _under_known_name(db, fact.show, resolve_key(db, show_key(fact.show)))
            for name in fact.also:
                other = resolve_key(db, show_key(name))
                if not key or not other or other == key or is_hidden(db, other):
                    continue
                add_alias(db, name, other, key, now)
                if not _holds_facts(db, other):
                    continue
                seasons = {int(r[0]) for r in db.execute(
                    "SELECT DISTINCT season FROM facts WHERE show_key = ?", [other])}
                for season in seasons:
                    if self._load_season(db, key, season) is None:
                        db.execute("UPDATE seasons SET show_key = ? WHERE show_key = ? AND "
                                   "season = ?", [key, other, season])
                told = [str(r[0]) for r in db.execute(
                    "SELECT DISTINCT fs.show FROM fact_sources fs JOIN facts f ON "
                    "f.id = fs.fact_id WHERE f.show_key = ?", [other])]
                self._move_facts(db, other, key)
                for raw in told:  # told under the show's name now: the name it goes by
                    db.execute("UPDATE fact_sources SET show = ? WHERE show = ? AND fact_id IN "
                               "(SELECT id FROM facts WHERE show_key = ?)", [fact.show, raw, key])
                for table in ("seasons", "disagreements"):
                    db.execute(f"DELETE FROM {table} WHERE show_key = ?", [other])
                db.execute("UPDATE alerts SET show_key = ? WHERE show_key = ?", [key, other])
                db.execute("UPDATE mutes SET show_key = ? WHERE show_key = ?", [key, other])
                for season in seasons:
                    touched.setdefault((key, season), set()).update((fact.show, name))
        return touched

    def _add_fact(self, db: Tx, article_id: int, fact: Fact,
                  keys: dict[str, str]) -> tuple[str, int] | None:
        """Insert a fact (or find it) and this article as a source of it; return its season.
        A show merged into another (an alias) is stored under that other one (``keys``: the
        aliases resolved so far in this transaction, one query per show, not per fact)."""
        raw_key = show_key(fact.show)
        key = keys.get(raw_key)
        if key is None:
            key = keys[raw_key] = _under_known_name(db, fact.show, resolve_key(db, raw_key))
        if not key or fact.kind not in FACT_KINDS or fact.certainty not in CERTAINTIES:
            log.warning("skipping malformed fact %r", fact)
            return None
        season = NO_SEASON if fact.season is None else int(fact.season)
        value = NO_VALUE if fact.value is None else int(fact.value)
        date = fact.date or NO_DATE
        # One statement each for the fact and its source (was up to five): the upsert keeps
        # the surer certainty and hands back the fact's id.
        fact_id = db.execute(
            "INSERT INTO facts (show_key, show, season, kind, date, value, certainty) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (show_key, season, kind, date, value) DO UPDATE SET certainty = "
            f"CASE WHEN {_rank('excluded.certainty')} > {_rank('facts.certainty')} "
            "THEN excluded.certainty ELSE facts.certainty END RETURNING id",
            [key, fact.show, season, fact.kind, date, value, fact.certainty]).fetchone()[0]
        # The same article stating the fact twice: keep its surest sentence.
        db.execute(
            "INSERT INTO fact_sources (fact_id, article_id, show, evidence, certainty) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (fact_id, article_id) DO UPDATE SET "
            "certainty = excluded.certainty, evidence = excluded.evidence "
            f"WHERE {_rank('excluded.certainty')} > {_rank('fact_sources.certainty')}",
            [fact_id, article_id, fact.show, fact.evidence, fact.certainty])
        return key, season

    def _display_title(self, db: Tx, key: str) -> str:
        """The title most sources use for the show; ties go to the earliest, then A-Z.

        Chosen from all stored sources, not the first arrival, so replay order cannot change it;
        a title the user set (``monitor shows rename``) wins.
        """
        override = title_override(db, key)
        if override:
            return override
        rows = list(db.query(
            "SELECT fs.show AS title, COUNT(*) AS n, MIN(a.published) AS first "
            "FROM fact_sources fs JOIN facts f ON f.id = fs.fact_id "
            "JOIN articles a ON a.id = fs.article_id WHERE f.show_key = ? GROUP BY fs.show",
            [key]))
        best = min(rows, key=lambda r: (-r["n"], r["first"], r["title"]))
        return str(best["title"])

    def _neighbours(self, db: Tx, key: str, season: int) -> list[SourcedFact]:
        """The facts of the seasons numbered next to ``season`` (one below, one above): what
        ``reconcile.counted_right`` compares."""
        if season == NO_SEASON:
            return []
        return [f for near in (season - 1, season + 1) if near > 0
                for f in self._sourced_facts(db, key, near)]

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

    def _later_seasons(self, db: Tx, key: str, season: int) -> list[int]:
        """The show's numbered seasons after ``season`` on the board and not cancelled: the
        ones a cancellation of ``season`` is read against (:func:`~monitor.store.reconcile.
        carried_cancellations`)."""
        return [int(r["season"]) for r in db.query(
            "SELECT season FROM seasons WHERE show_key = ? AND season > ? AND status IN "
            "('renewed', 'filming', 'wrapped', 'premiere_scheduled')", [key, season])]

    def _earlier_cancellations(self, db: Tx, key: str, season: int,
                               kept: dict[str, list[StoredCancellation]]) -> list[SourcedFact]:
        """The confirmed cancellations of the show's seasons before ``season``, each from an
        article that states nothing firm about ``season`` or a later one (an article that
        retells the old cancellation while it renews or films this season is a revival), and
        its season-less ones from articles that state only cancellations of the show. The
        show's cancellations are read once into ``kept`` (the seasons one article derives)."""
        if season == NO_SEASON:
            return []
        if key not in kept:
            kept[key] = self._cancellations(db, key)
        return earlier_cancellations(kept[key], season)

    def _cancellations(self, db: Tx, key: str) -> list[StoredCancellation]:
        """The show's confirmed cancellations (of numbered seasons, and season-less ones),
        each with the highest season its article states anything firm about for the show and
        whether it states nothing firm but cancellations of it: one query a show, which
        :func:`earlier_cancellations` reads for each season derived (round 35; it was one
        query a season)."""
        rows = db.query(
            "SELECT f.kind, f.date, f.value, f.season, fs.certainty, fs.evidence, fs.show, "
            "a.url, a.published, (SELECT MAX(lf.season) FROM fact_sources ls "
            "JOIN facts lf ON lf.id = ls.fact_id WHERE ls.article_id = fs.article_id "
            "AND lf.show_key = f.show_key AND ls.certainty != 'speculative') AS firm, "
            "NOT EXISTS (SELECT 1 FROM fact_sources os JOIN facts xf ON xf.id = os.fact_id "
            "WHERE os.article_id = fs.article_id AND xf.show_key = f.show_key "
            "AND xf.kind != 'cancelled' AND os.certainty != 'speculative') AS only_cancels "
            "FROM facts f JOIN fact_sources fs ON fs.fact_id = f.id "
            "JOIN articles a ON a.id = fs.article_id WHERE f.show_key = ? "
            "AND f.kind = 'cancelled' AND fs.certainty = 'confirmed' "
            "AND (f.season > 0 OR f.season = ?)", [key, NO_SEASON])
        return [StoredCancellation(int(r["season"]), None if r["firm"] is None
                                   else int(r["firm"]), SourcedFact(
            kind=r["kind"], date=r["date"] or None, certainty=r["certainty"], url=r["url"],
            published=dt.date.fromisoformat(r["published"]), evidence=r["evidence"],
            value=None if r["value"] == NO_VALUE else r["value"], show=r["show"],
        ), only_cancels=bool(r["only_cancels"])) for r in rows]

    def _later_season_known(self, db: Tx, key: str, season: int,
                            published: dt.date) -> bool:
        """Whether a renewal of ``season`` first seen would only restate a season already on
        the board: a later numbered season of the show (seasons are re-derived in ascending
        order, so one found here was stored before this article); for the season-less row,
        a numbered season going on that had not premiered by ``published`` ("X, renewed
        in March, may be cancelled" names the renewal the board holds; once that season has
        aired, or was cancelled, a renewal without a number is the next season's: news)."""
        if season != NO_SEASON:
            return any(db.query("SELECT 1 FROM seasons WHERE show_key = ? AND season > ? "
                                "AND status IS NOT NULL LIMIT 1", [key, season]))
        return any(
            row["premiere"] is None
            or (end := partial_date.end_day(row["premiere"])) is None or end >= published
            for row in db.query("SELECT premiere FROM seasons WHERE show_key = ? AND season "
                                "!= ? AND status IN ('renewed', 'filming', 'wrapped', "
                                "'premiere_scheduled')", [key, NO_SEASON]))

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


def _rank(column: str) -> str:
    """SQL for a certainty's rank (:data:`~monitor.models.CERTAINTY_RANK`), so an upsert can
    keep the surer one itself."""
    cases = " ".join(f"WHEN '{name}' THEN {rank}" for name, rank in CERTAINTY_RANK.items())
    return f"(CASE {column} {cases} ELSE -1 END)"


def _claims_out(claims: Sequence[Claim]) -> str:
    """The claims of one disagreement as stored: each value, its certainty, sources and first
    and last report (the evidence stays with the facts)."""
    return json.dumps([
        {"date": c.date, "value": c.value, "certainty": c.certainty, "sources": list(c.sources),
         "first_published": c.first_published.isoformat(),
         "last_published": c.last_published.isoformat()} for c in claims])


def _under_known_name(db: Tx, title: str, key: str) -> str:
    """The key a new show's facts go under: ``key``, unless the title is a prefixed form of a
    show the state already holds and ``key`` holds nothing ("Star Wars: Andor" once "Andor"
    is known): a franchise or brand before a colon is no other show. A spin-off named after
    its parent ("Harbor Lights: Dockside") keeps its own key: its part after the colon is no
    known show."""
    prefix, colon, rest = title.partition(": ")
    if not colon or not prefix.strip() or not show_key(rest) or _holds_facts(db, key):
        return key
    known = resolve_key(db, show_key(rest))
    return known if known != key and _holds_facts(db, known) else key


def _holds_facts(db: Tx, key: str) -> bool:
    return db.execute("SELECT 1 FROM facts WHERE show_key = ? LIMIT 1", [key]).fetchone() \
        is not None
