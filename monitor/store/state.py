"""The state store: feeds, seen items, articles, facts, season states and the alert outbox.

All SQL of the monitor lives here, behind :class:`StateStore`. One SQLite file (WAL mode, so a
reader never waits for the writer), opened through sqlite-utils over a connection we configure
ourselves. ``ingest`` writes an article, its facts, the re-derived season states and the alerts
they cause in ONE transaction: a crash leaves either all of it or none.

What this module must never do: decide a status itself (that is :mod:`monitor.reconcile`), read
the clock (``now`` is passed in), or send anything (that is :mod:`monitor.delivery`).

Schema changes are migrations: functions in :data:`MIGRATIONS`, applied in order; the file
records how many ran (``meta.schema_version``), so an existing file is upgraded in place.
Season "none" (a fact naming a show but no season) is stored as season ``-1`` so that UNIQUE
constraints hold (SQLite treats NULLs as distinct); callers only ever see ``None``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal, cast
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import sqlite_utils

from ..errors import StateError
from ..models import (
    CERTAINTIES,
    CERTAINTY_RANK,
    FACT_KINDS,
    Alert,
    Article,
    Fact,
    FactKind,
    ShowName,
)
from ..names import show_key
from .reconcile import (
    Claim,
    Disagreement,
    SeasonState,
    SourcedFact,
    date_sort_key,
    derive_season,
    keep_forward,
    plan_alerts,
)

log = logging.getLogger(__name__)

#: Stored in place of "no season", "no date" and "no value" so UNIQUE constraints see them.
NO_SEASON = -1
NO_DATE = ""
NO_VALUE = -1
BUSY_TIMEOUT_MS = 5000
#: Query parameters that only track the reader; two links differing in them are one article.
TRACKING_PARAMS = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ref", "cmpid")

DeliveryState = Literal["pending", "delivered", "failed"]


# --- data returned by the store -----------------------------------------------------------------

@dataclass(frozen=True)
class FeedState:
    """What we remember about polling one feed (conditional-GET validators, health)."""

    feed_url: str
    etag: str | None = None
    last_modified: str | None = None
    consecutive_failures: int = 0
    last_success_at: dt.datetime | None = None
    last_error: str | None = None
    last_polled_at: dt.datetime | None = None
    unhealthy: bool = False
    #: Not before this time (backoff after failures, Retry-After, or simply the next interval).
    next_poll_at: dt.datetime | None = None
    #: When the current run of failures began (None while healthy); names the failure streak.
    failing_since: dt.datetime | None = None


@dataclass(frozen=True)
class SeenItem:
    """A feed item processed before: which feed, its GUID and link, and its content hash."""

    feed_url: str
    guid: str
    link_norm: str
    content_hash: str


@dataclass(frozen=True)
class FailedItem:
    """A feed item whose article could not be read or extracted, and why (it is skipped)."""

    feed_url: str
    guid: str
    link: str
    reason: str
    failed_at: dt.datetime


@dataclass(frozen=True)
class OutboxBacklog:
    """How much the outbox holds: undelivered deliveries, failed ones, the oldest pending."""

    pending: int
    failed: int
    oldest_pending_at: dt.datetime | None


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

    @property
    def failed(self) -> bool:
        return any(d.state == "failed" for d in self.deliveries)


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


# --- schema -------------------------------------------------------------------------------------

def _schema_v1(db: sqlite_utils.Database) -> None:
    """Tables of the first release."""
    for sql in (
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """CREATE TABLE feeds (
            feed_url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT,
            consecutive_failures INTEGER NOT NULL DEFAULT 0, last_success_at TEXT,
            last_error TEXT, last_polled_at TEXT)""",
        """CREATE TABLE seen_items (
            feed_url TEXT NOT NULL, guid TEXT NOT NULL, link_norm TEXT NOT NULL,
            first_seen_at TEXT NOT NULL, UNIQUE (feed_url, guid))""",
        """CREATE TABLE articles (
            id INTEGER PRIMARY KEY, url TEXT NOT NULL UNIQUE, title TEXT NOT NULL,
            published TEXT NOT NULL, feed_url TEXT, guid TEXT, content_hash TEXT NOT NULL,
            first_seen_at TEXT NOT NULL, updated_at TEXT NOT NULL)""",
        """CREATE TABLE facts (
            id INTEGER PRIMARY KEY, show_key TEXT NOT NULL, show TEXT NOT NULL,
            season INTEGER NOT NULL, kind TEXT NOT NULL, date TEXT NOT NULL,
            value INTEGER NOT NULL, certainty TEXT NOT NULL,
            UNIQUE (show_key, season, kind, date, value))""",
        """CREATE TABLE fact_sources (
            fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            show TEXT NOT NULL, evidence TEXT NOT NULL, certainty TEXT NOT NULL,
            UNIQUE (fact_id, article_id))""",
        """CREATE TABLE seasons (
            show_key TEXT NOT NULL, season INTEGER NOT NULL, show TEXT NOT NULL, status TEXT,
            since TEXT, premiere TEXT, premiere_certainty TEXT, speculative_premiere TEXT,
            episode_count INTEGER, sources TEXT NOT NULL, source_count INTEGER NOT NULL,
            updated_at TEXT NOT NULL, PRIMARY KEY (show_key, season))""",
        """CREATE TABLE alerts (
            id TEXT PRIMARY KEY, kind TEXT NOT NULL, show_key TEXT NOT NULL, show TEXT NOT NULL,
            season INTEGER, from_status TEXT, to_status TEXT NOT NULL, date TEXT,
            certainty TEXT, evidence TEXT NOT NULL, sources TEXT NOT NULL, published TEXT,
            created_at TEXT NOT NULL)""",
        """CREATE TABLE deliveries (
            alert_id TEXT NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
            channel TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('pending', 'delivered', 'failed')),
            attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at TEXT, last_error TEXT,
            delivered_at TEXT, PRIMARY KEY (alert_id, channel))""",
        """CREATE TABLE delivery_attempts (
            id INTEGER PRIMARY KEY, alert_id TEXT NOT NULL, channel TEXT NOT NULL,
            at TEXT NOT NULL, ok INTEGER NOT NULL, error TEXT,
            FOREIGN KEY (alert_id, channel) REFERENCES deliveries(alert_id, channel)
                ON DELETE CASCADE)""",
    ):
        db.execute(sql)


def _schema_v2(db: sqlite_utils.Database) -> None:
    """Indexes for the hot paths; feed health; alert extras (premiere details)."""
    db.execute("ALTER TABLE feeds ADD COLUMN unhealthy INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE alerts ADD COLUMN extra TEXT NOT NULL DEFAULT '{}'")
    for sql in (
        "CREATE INDEX seasons_by_status ON seasons (status)",
        "CREATE INDEX deliveries_due ON deliveries (state, next_attempt_at)",
        "CREATE INDEX facts_by_season ON facts (show_key, season)",
        "CREATE INDEX fact_sources_by_article ON fact_sources (article_id)",
        "CREATE INDEX seen_items_by_link ON seen_items (link_norm)",
        "CREATE INDEX alerts_by_created ON alerts (created_at)",
    ):
        db.execute(sql)


def _schema_v3(db: sqlite_utils.Database) -> None:
    """Feed backoff (next poll time, failure streak start); seen items' content hashes."""
    for sql in (
        "ALTER TABLE feeds ADD COLUMN next_poll_at TEXT",
        "ALTER TABLE feeds ADD COLUMN failing_since TEXT",
        "ALTER TABLE seen_items ADD COLUMN content_hash TEXT NOT NULL DEFAULT ''",
    ):
        db.execute(sql)


def _schema_v4(db: sqlite_utils.Database) -> None:
    """Articles that could not be read or extracted, with the reason (one row per item)."""
    db.execute("""CREATE TABLE failed_items (
        feed_url TEXT NOT NULL, guid TEXT NOT NULL, link TEXT NOT NULL, reason TEXT NOT NULL,
        failed_at TEXT NOT NULL, PRIMARY KEY (feed_url, guid))""")
    db.execute("CREATE INDEX failed_items_by_time ON failed_items (failed_at)")


def _schema_v5(db: sqlite_utils.Database) -> None:
    """Where sources disagree (a table of its own, read only when asked for, so listing every
    season stays a plain read); alerts that say a change was reported late, a premiere that
    moved (its previous date and sources) or an episode count that changed.

    Seasons stored before show no disagreement until their next fact re-derives them."""
    for sql in (
        """CREATE TABLE disagreements (
            show_key TEXT NOT NULL, season INTEGER NOT NULL, kind TEXT NOT NULL,
            claims TEXT NOT NULL, PRIMARY KEY (show_key, season, kind))""",
        "ALTER TABLE alerts ADD COLUMN reported_late INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE alerts ADD COLUMN previous_date TEXT",
        "ALTER TABLE alerts ADD COLUMN previous_sources TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE alerts ADD COLUMN episode_count INTEGER",
        "ALTER TABLE alerts ADD COLUMN previous_episode_count INTEGER",
    ):
        db.execute(sql)


#: Migration N+1 turns a version-N file into version N+1. Append; never edit a released one.
MIGRATIONS: tuple[Callable[[sqlite_utils.Database], None], ...] = (
    _schema_v1, _schema_v2, _schema_v3, _schema_v4, _schema_v5)
SCHEMA_VERSION = len(MIGRATIONS)


#: confirmed_titles is read again after this many ingests (a cache: one query per article
#: would cost more than the extraction at 10,000 seasons).
CONFIRMED_REFRESH = 20


# --- the store ----------------------------------------------------------------------------------

class StateStore:
    """The monitor's SQLite state. Safe to share between threads (one lock per store)."""

    def __init__(self, path: str | Path, *, migrate_to: int = SCHEMA_VERSION,
                 read_only: bool = False) -> None:
        self.path = str(path)
        self._lock = threading.RLock()
        self._confirmed: dict[int, tuple[ShowName, ...]] = {}  # cache of confirmed_titles
        self._ingested = 0  # ingests so far, and at the last read of confirmed_titles
        self._confirmed_at = 0
        if read_only:
            self._open_read_only()
            return
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000,
                                         isolation_level=None, check_same_thread=False)
        except (OSError, sqlite3.Error) as exc:
            raise StateError(f"{self.path}: cannot open the state database: {exc}") from exc
        try:
            self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = NORMAL")
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._db = sqlite_utils.Database(self._conn, execute_plugins=False)
            self._migrate(migrate_to)
        except sqlite3.Error as exc:
            self._conn.close()
            raise StateError(f"{self.path}: not a usable state database: {exc}") from exc
        except StateError:
            self._conn.close()
            raise

    def _open_read_only(self) -> None:
        """Open for reading only (status, history, health): nothing is created, migrated or
        written, so a read-only state directory or file works. Without the daemon's -shm file
        in a directory we cannot write, SQLite needs ``immutable`` to read a WAL database."""
        uri = Path(self.path).resolve().as_uri()
        last: sqlite3.Error | None = None
        for mode in ("mode=ro", "mode=ro&immutable=1"):
            try:
                self._conn = sqlite3.connect(f"{uri}?{mode}", uri=True, isolation_level=None,
                                             timeout=BUSY_TIMEOUT_MS / 1000,
                                             check_same_thread=False)
                self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                self._db = sqlite_utils.Database(self._conn, execute_plugins=False)
                version = self._read_version()
            except sqlite3.Error as exc:
                last = exc
                continue
            if version > SCHEMA_VERSION:
                self._conn.close()
                raise StateError(f"{self.path}: schema version {version} is newer than this "
                                 f"monitor supports ({SCHEMA_VERSION}); upgrade the monitor")
            return
        raise StateError(f"{self.path}: cannot open the state database to read: {last}")

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> StateStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        with self._lock:
            return self._read_version()

    # --- transactions and migrations ---

    @contextmanager
    def _write(self) -> Iterator[sqlite_utils.Database]:
        """One write transaction, taken at once (BEGIN IMMEDIATE) so it cannot deadlock later."""
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise StateError(f"{self.path}: cannot start a transaction: {exc}") from exc
            try:
                yield self._db
                self._conn.execute("COMMIT")
            except sqlite3.Error as exc:
                self._rollback()
                raise StateError(f"{self.path}: write failed: {exc}") from exc
            except BaseException:
                self._rollback()
                raise

    def _rollback(self) -> None:
        if self._conn.in_transaction:
            self._conn.execute("ROLLBACK")

    @contextmanager
    def _read(self) -> Iterator[sqlite_utils.Database]:
        with self._lock:
            try:
                yield self._db
            except sqlite3.Error as exc:
                raise StateError(f"{self.path}: read failed: {exc}") from exc

    def _read_version(self) -> int:
        if not self._db["meta"].exists():
            return 0
        rows = list(self._db.query("SELECT value FROM meta WHERE key = 'schema_version'"))
        return int(rows[0]["value"]) if rows else 0

    def _migrate(self, target: int) -> None:
        """Run the missing migrations, each in its own transaction, re-reading the version
        inside it so two processes opening a fresh file at once do not both migrate."""
        while True:
            with self._write() as db:
                version = self._read_version()
                if version > SCHEMA_VERSION:
                    raise StateError(
                        f"{self.path}: schema version {version} is newer than this monitor "
                        f"supports ({SCHEMA_VERSION}); upgrade the monitor")
                if version >= target:
                    return
                MIGRATIONS[version](db)
                db.execute("INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                           [str(version + 1)])
                log.info("%s: migrated state schema to version %d", self.path, version + 1)

    # --- feeds ---

    def get_feed_state(self, feed_url: str) -> FeedState:
        with self._read() as db:
            rows = list(db.query("SELECT * FROM feeds WHERE feed_url = ?", [feed_url]))
        if not rows:
            return FeedState(feed_url=feed_url)
        r = rows[0]
        return FeedState(
            feed_url=feed_url, etag=r["etag"], last_modified=r["last_modified"],
            consecutive_failures=r["consecutive_failures"],
            last_success_at=_from_iso(r["last_success_at"]), last_error=r["last_error"],
            last_polled_at=_from_iso(r["last_polled_at"]), unhealthy=bool(r["unhealthy"]),
            next_poll_at=_from_iso(r["next_poll_at"]), failing_since=_from_iso(r["failing_since"]),
        )

    def feed_states(self) -> list[FeedState]:
        """Every feed polled so far, by URL (for the status page's feed health)."""
        with self._read() as db:
            urls = [r["feed_url"] for r in db.query("SELECT feed_url FROM feeds ORDER BY feed_url")]
        return [self.get_feed_state(url) for url in urls]

    def save_feed_state(self, state: FeedState) -> None:
        # Plain SQL, not sqlite-utils' upsert: that one re-reads the table's schema on every
        # call, which made this write ~4x slower on a poll cycle's hot path (bench/poll_cycle).
        with self._write() as db:
            db.execute(
                """INSERT INTO feeds (feed_url, etag, last_modified, consecutive_failures,
                     last_success_at, last_error, last_polled_at, unhealthy, next_poll_at,
                     failing_since)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT (feed_url) DO UPDATE SET
                     etag = excluded.etag, last_modified = excluded.last_modified,
                     consecutive_failures = excluded.consecutive_failures,
                     last_success_at = excluded.last_success_at,
                     last_error = excluded.last_error, last_polled_at = excluded.last_polled_at,
                     unhealthy = excluded.unhealthy, next_poll_at = excluded.next_poll_at,
                     failing_since = excluded.failing_since""",
                [state.feed_url, state.etag, state.last_modified, state.consecutive_failures,
                 _to_iso(state.last_success_at), state.last_error,
                 _to_iso(state.last_polled_at), int(state.unhealthy),
                 _to_iso(state.next_poll_at), _to_iso(state.failing_since)])

    # --- seen items ---

    def is_item_seen(self, feed_url: str, guid: str, link: str) -> bool:
        """Whether this feed item (same guid in this feed, or same article link in any feed)
        was processed already."""
        link_norm = normalize_link(link)
        with self._read() as db:
            rows = list(db.query(
                "SELECT 1 FROM seen_items WHERE (feed_url = ? AND guid = ?) "
                "OR (link_norm != '' AND link_norm = ?) LIMIT 1",
                [feed_url, guid or link_norm, link_norm]))
        return bool(rows)

    def mark_item_seen(self, feed_url: str, guid: str, link: str, *, now: dt.datetime,
                       content_hash: str = "") -> None:
        """Remember a processed item. With ``content_hash``, this feed's rows for the same
        GUID or link take it, so the next edit is measured against this version."""
        link_norm = normalize_link(link)
        with self._write() as db:
            db.execute(
                "INSERT INTO seen_items (feed_url, guid, link_norm, first_seen_at, content_hash) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (feed_url, guid) DO UPDATE SET "
                "content_hash = CASE WHEN excluded.content_hash != '' "
                "THEN excluded.content_hash ELSE content_hash END",
                [feed_url, guid or link_norm, link_norm, _to_iso(now), content_hash])
            if content_hash and link_norm:
                db.execute("UPDATE seen_items SET content_hash = ? "
                           "WHERE feed_url = ? AND link_norm = ?",
                           [content_hash, feed_url, link_norm])

    def record_failed_item(self, feed_url: str, guid: str, link: str, reason: str, *,
                           now: dt.datetime) -> None:
        """Remember that an item's article could not be read or extracted, and mark the item
        seen in the same transaction, so it is skipped from now on and newer items go on."""
        link_norm = normalize_link(link)
        with self._write() as db:
            db.execute(
                "INSERT INTO failed_items (feed_url, guid, link, reason, failed_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (feed_url, guid) DO UPDATE SET "
                "link = excluded.link, reason = excluded.reason, failed_at = excluded.failed_at",
                [feed_url, guid or link_norm, link, reason[:1000], _to_iso(now)])
            db.execute(
                "INSERT INTO seen_items (feed_url, guid, link_norm, first_seen_at, content_hash) "
                "VALUES (?, ?, ?, ?, '') ON CONFLICT (feed_url, guid) DO NOTHING",
                [feed_url, guid or link_norm, link_norm, _to_iso(now)])

    def failed_items(self, feed_url: str | None = None, *, limit: int = 100) -> list[FailedItem]:
        """The items recorded as failed, newest first (of one feed, or of all)."""
        where, params = ("WHERE feed_url = ?", [feed_url]) if feed_url else ("", [])
        with self._read() as db:
            rows = list(db.query(f"SELECT * FROM failed_items {where} "
                                 "ORDER BY failed_at DESC LIMIT ?", [*params, limit]))
        return [FailedItem(r["feed_url"], r["guid"], r["link"], r["reason"],
                           cast(dt.datetime, _from_iso(r["failed_at"]))) for r in rows]

    def seen_items_matching(self, feed_url: str, guid: str, link: str) -> list[SeenItem]:
        """Items seen before with this GUID in this feed, or this article link in any feed."""
        link_norm = normalize_link(link)
        with self._read() as db:
            rows = list(db.query(
                "SELECT feed_url, guid, link_norm, content_hash FROM seen_items "
                "WHERE (feed_url = ? AND guid = ?) OR (link_norm != '' AND link_norm = ?) "
                "LIMIT 50", [feed_url, guid or link_norm, link_norm]))
        return [SeenItem(r["feed_url"], r["guid"], r["link_norm"], r["content_hash"])
                for r in rows]

    # --- ingest ---

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
        with self._write() as db:
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
                                    season=_season_out(season), show=titles[key])
                new = keep_forward(old, new)
                self._save_season(db, new, now)
                if not any(watched(t) for t in (titles[key], *sorted(raw_titles))):
                    continue
                for alert in plan_alerts(old, new, now=now, window_alerts=window_alerts):
                    if self._queue_alert(db, alert, key, channels):
                        alerts.append(alert)
            for key, title in titles.items():
                db.execute("UPDATE seasons SET show = ? WHERE show_key = ? AND show != ?",
                           [title, key, title])
        self._ingested += 1
        return alerts

    def confirmed_titles(self, min_sources: int = 2) -> tuple[ShowName, ...]:
        """Shows with a season whose status ``min_sources`` articles or more back: the titles
        later articles are read with (the extractor recognises them without a cue). Read
        again after every ``CONFIRMED_REFRESH`` ingests: a title confirmed a few articles ago
        can wait, a query per article cannot (12 ms at 10,000 seasons)."""
        if self._ingested - self._confirmed_at >= CONFIRMED_REFRESH:
            self._confirmed.clear()
            self._confirmed_at = self._ingested
        cached = self._confirmed.get(min_sources)
        if cached is None:
            with self._read() as db:
                cached = tuple(ShowName(r["show"]) for r in db.query(
                    "SELECT show FROM seasons WHERE status IS NOT NULL GROUP BY show_key "
                    "HAVING MAX(source_count) >= ? ORDER BY show_key", [min_sources]))
            self._confirmed[min_sources] = cached
        return cached

    def _upsert_article(self, db: sqlite_utils.Database, article: Article,
                        now: dt.datetime) -> int:
        digest = hashlib.sha256(article.text.encode("utf-8")).hexdigest()
        db.execute(
            """INSERT INTO articles (url, title, published, feed_url, guid, content_hash,
                                     first_seen_at, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (url) DO UPDATE SET
                 title = excluded.title, published = excluded.published,
                 feed_url = COALESCE(excluded.feed_url, feed_url),
                 guid = COALESCE(excluded.guid, guid), content_hash = excluded.content_hash,
                 updated_at = excluded.updated_at""",
            [article.url, article.title, article.published.isoformat(), article.feed_url,
             article.guid, digest, _to_iso(now), _to_iso(now)])
        row = db.execute("SELECT id FROM articles WHERE url = ?", [article.url]).fetchone()
        return int(row[0])

    def _add_fact(self, db: sqlite_utils.Database, article_id: int,
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

    def _display_title(self, db: sqlite_utils.Database, key: str) -> str:
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

    def _sourced_facts(self, db: sqlite_utils.Database, key: str,
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

    def _load_season(self, db: sqlite_utils.Database, key: str,
                     season: int) -> SeasonState | None:
        rows = list(db.query("SELECT * FROM seasons WHERE show_key = ? AND season = ?",
                             [key, season]))
        if not rows:
            return None
        r = rows[0]
        return SeasonState(
            show_key=key, season=_season_out(season), show=r["show"], status=r["status"],
            since=r["since"], premiere=r["premiere"],
            premiere_certainty=r["premiere_certainty"],
            speculative_premiere=r["speculative_premiere"], episode_count=r["episode_count"],
            sources=tuple(json.loads(r["sources"])),
        )

    def _save_season(self, db: sqlite_utils.Database, state: SeasonState,
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
            [state.show_key, _season_in(state.season), state.show, state.status, state.since,
             state.premiere, state.premiere_certainty, state.speculative_premiere,
             state.episode_count, json.dumps(list(state.sources)), len(state.sources),
             _to_iso(now)])
        db.execute("DELETE FROM disagreements WHERE show_key = ? AND season = ?",
                   [state.show_key, _season_in(state.season)])
        for disagreement in state.disagreements:
            db.execute("INSERT INTO disagreements (show_key, season, kind, claims) "
                       "VALUES (?, ?, ?, ?)",
                       [state.show_key, _season_in(state.season), disagreement.kind,
                        _claims_out(disagreement.claims)])

    def _queue_alert(self, db: sqlite_utils.Database, alert: Alert, key: str,
                     channels: Sequence[str]) -> bool:
        """Store the alert and its deliveries unless an alert with its id exists already."""
        cursor = db.execute(
            """INSERT INTO alerts (id, kind, show_key, show, season, from_status, to_status,
                 date, certainty, evidence, sources, published, created_at, extra,
                 reported_late, previous_date, previous_sources, episode_count,
                 previous_episode_count)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (id) DO NOTHING""",
            [alert.id, alert.kind, key, alert.show, alert.season, alert.from_status,
             alert.to_status, alert.date, alert.certainty, alert.evidence,
             json.dumps(list(alert.sources)),
             alert.published.isoformat() if alert.published else None,
             _to_iso(alert.created_at), json.dumps(alert.extra, default=str),
             int(alert.reported_late), alert.previous_date,
             json.dumps(list(alert.previous_sources)), alert.episode_count,
             alert.previous_episode_count])
        if cursor.rowcount != 1:
            return False
        for channel in dict.fromkeys(channels):
            db.execute("INSERT INTO deliveries (alert_id, channel, state, attempts, "
                       "next_attempt_at) VALUES (?, ?, 'pending', 0, ?)",
                       [alert.id, channel, _to_iso(alert.created_at)])
        return True

    def outbox_backlog(self) -> OutboxBacklog:
        """Counts for health checks: pending and failed deliveries, the oldest pending alert."""
        with self._read() as db:
            row = db.execute(
                "SELECT SUM(d.state = 'pending'), SUM(d.state = 'failed'), "
                "MIN(CASE WHEN d.state = 'pending' THEN a.created_at END) "
                "FROM deliveries d JOIN alerts a ON a.id = d.alert_id").fetchone()
        return OutboxBacklog(pending=int(row[0] or 0), failed=int(row[1] or 0),
                             oldest_pending_at=_from_iso(row[2]))

    def enqueue_alert(self, alert: Alert, channels: Sequence[str]) -> bool:
        """Queue an alert made elsewhere (operator notice, test); False if its id exists."""
        with self._write() as db:
            return self._queue_alert(db, alert, show_key(alert.show), channels)

    # --- outbox ---

    def due_deliveries(self, now: dt.datetime, channels: Sequence[str] | None = None,
                       limit: int = 100) -> list[Delivery]:
        """Pending deliveries whose time has come, oldest alert first."""
        if channels is not None and not channels:
            return []
        where, params = "", [_to_iso(now)]
        if channels is not None:
            where = f" AND d.channel IN ({', '.join('?' for _ in channels)})"
            params += list(channels)
        with self._read() as db:
            rows = list(db.query(
                "SELECT a.*, d.channel AS d_channel, d.attempts AS d_attempts "
                "FROM deliveries d JOIN alerts a ON a.id = d.alert_id "
                "WHERE d.state = 'pending' "
                "AND (d.next_attempt_at IS NULL OR d.next_attempt_at <= ?)" + where +
                " ORDER BY a.created_at, a.rowid, d.channel LIMIT ?", [*params, limit]))
        return [Delivery(_alert_from_row(r), r["d_channel"], r["d_attempts"]) for r in rows]

    def record_attempt(self, alert_id: str, channel: str, *, now: dt.datetime, ok: bool,
                       error: str | None, retry_at: dt.datetime | None) -> None:
        """Log one delivery attempt and move the delivery on.

        ok: delivered, never sent again. Not ok with ``retry_at``: pending until then.
        Not ok without: failed (until requeued).
        """
        with self._write() as db:
            row = db.execute("SELECT state FROM deliveries WHERE alert_id = ? AND channel = ?",
                             [alert_id, channel]).fetchone()
            if row is None:
                raise StateError(f"{self.path}: no delivery of alert {alert_id} on {channel}")
            db.execute("INSERT INTO delivery_attempts (alert_id, channel, at, ok, error) "
                       "VALUES (?, ?, ?, ?, ?)", [alert_id, channel, _to_iso(now), int(ok), error])
            if row[0] == "delivered":
                return
            if ok:
                update = ("state = 'delivered', delivered_at = ?, next_attempt_at = NULL, "
                          "last_error = NULL", [_to_iso(now)])
            elif retry_at is not None:
                update = ("state = 'pending', next_attempt_at = ?, last_error = ?",
                          [_to_iso(retry_at), error])
            else:
                update = ("state = 'failed', next_attempt_at = NULL, last_error = ?", [error])
            db.execute(f"UPDATE deliveries SET attempts = attempts + 1, {update[0]} "
                       "WHERE alert_id = ? AND channel = ?", [*update[1], alert_id, channel])

    def list_alerts(self, *, failed_only: bool = False) -> list[AlertRecord]:
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
        with self._read() as db:
            alerts = list(db.query(f"SELECT a.* FROM alerts a {where} "
                                   "ORDER BY a.created_at, a.rowid", params))
            deliveries: dict[str, list[DeliveryStatus]] = {}
            for d in db.query("SELECT * FROM deliveries ORDER BY alert_id, channel"):
                deliveries.setdefault(d["alert_id"], []).append(DeliveryStatus(
                    channel=d["channel"], state=d["state"], attempts=d["attempts"],
                    next_attempt_at=_from_iso(d["next_attempt_at"]), last_error=d["last_error"],
                    delivered_at=_from_iso(d["delivered_at"])))
        return [AlertRecord(_alert_from_row(a), tuple(deliveries.get(a["id"], ())))
                for a in alerts]

    def requeue(self, alert_id: str | None = None, *, all_failed: bool = False) -> int:
        """Make deliveries due again at once, with a fresh attempt count; return how many.

        With ``alert_id``: every undelivered delivery of that alert. With ``all_failed``: every
        failed delivery. The attempt log keeps the earlier attempts.
        """
        if alert_id is None and not all_failed:
            raise ValueError("requeue needs an alert id or all_failed=True")
        sql = ("UPDATE deliveries SET state = 'pending', attempts = 0, next_attempt_at = NULL "
               "WHERE ")
        with self._write() as db:
            if alert_id is not None:
                cursor = db.execute(sql + "alert_id = ? AND state != 'delivered'", [alert_id])
            else:
                cursor = db.execute(sql + "state = 'failed'")
            return int(cursor.rowcount)

    # --- queries ---

    def status_rows(self, *, include_unknown: bool = False,
                    disagreements: bool = False) -> list[SeasonRow]:
        """One row per show and season, by show then season (season "none" first).

        Seasons known only from speculative facts have no status and are left out unless
        ``include_unknown``. With ``disagreements``, each row carries where its sources
        disagree (one more query, over the disputed seasons only).
        """
        where = "" if include_unknown else "WHERE status IS NOT NULL"
        with self._read() as db:
            rows = [_season_row(r) for r in db.query(
                f"SELECT {SEASON_ROW_COLUMNS} FROM seasons {where} "
                "ORDER BY show COLLATE NOCASE, show_key, season")]
            if not disagreements:
                return rows
            disputed: dict[tuple[str, int], list[Disagreement]] = {}
            for r in db.query("SELECT show_key, season, kind, claims FROM disagreements "
                              "ORDER BY show_key, season, kind"):
                disputed.setdefault((r["show_key"], r["season"]), []).append(
                    _disagreement_in(r["kind"], r["claims"]))
        result = []
        for row in rows:
            found = disputed.get((row.show_key, _season_in(row.season)))
            result.append(replace(row, disagreements=_in_kind_order(found)) if found else row)
        return result

    def season_row(self, key: str, season: int | None) -> SeasonRow | None:
        """One season as it stands (``key`` as :func:`monitor.names.show_key` gives it), even
        one known only from speculative facts, with its disagreements; None if the store has
        never seen it."""
        with self._read() as db:
            rows = list(db.query("SELECT * FROM seasons WHERE show_key = ? AND season = ?",
                                 [key, _season_in(season)]))
            found = [_disagreement_in(r["kind"], r["claims"]) for r in db.query(
                "SELECT kind, claims FROM disagreements WHERE show_key = ? AND season = ?",
                [key, _season_in(season)])]
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
        return self._history("f.show_key = ? AND f.season = ?", [key, _season_in(season)])

    def _history(self, where: str, params: list[Any]) -> list[HistoryRow]:
        with self._read() as db:
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
        history.sort(key=lambda h: (h.published, date_sort_key(h.date), kinds.get(h.kind, 99),
                                    -1 if h.season is None else h.season, h.value or 0))
        return history


# --- helpers ------------------------------------------------------------------------------------

def normalize_link(link: str) -> str:
    """A link reduced to what identifies the article: no fragment, no tracking parameters,
    lower-case scheme and host, no trailing slash."""
    link = link.strip()
    if not link:
        return ""
    parts = urlsplit(link)
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if not k.lower().startswith(TRACKING_PARAMS)])
    path = parts.path.rstrip("/") if parts.path not in ("", "/") else ""
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, query, ""))


#: What a SeasonRow needs: not ``sources``, the JSON list of every source URL, which is most of a
#: season row's bytes (reading it made status_rows 3x a plain table read; bench/state_scale).
SEASON_ROW_COLUMNS = ("show, season, status, since, premiere, premiere_certainty, "
                      "speculative_premiere, episode_count, source_count, updated_at, show_key")


def _season_row(r: dict[str, Any]) -> SeasonRow:
    return SeasonRow(
        show=r["show"], season=_season_out(r["season"]), status=r["status"],
        since=r["since"], premiere=r["premiere"], premiere_certainty=r["premiere_certainty"],
        speculative_premiere=r["speculative_premiere"], episode_count=r["episode_count"],
        sources=r["source_count"], updated_at=cast(dt.datetime, _from_iso(r["updated_at"])),
        show_key=r["show_key"],
    )


def _claims_out(claims: Sequence[Claim]) -> str:
    """The claims of one disagreement as stored: each value, its certainty, sources and first
    and last report (the evidence stays with the facts)."""
    return json.dumps([
        {"date": c.date, "value": c.value, "certainty": c.certainty, "sources": list(c.sources),
         "first_published": c.first_published.isoformat(),
         "last_published": c.last_published.isoformat()} for c in claims])


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
        season=_season_out(first["season"]), kind=first["kind"], date=first["date"] or None,
        value=None if first["value"] == NO_VALUE else first["value"],
        certainty=first["fact_certainty"], evidence=lead["evidence"],
        sources=tuple(dict.fromkeys(r["url"] for r in sources)),
        source_published=tuple(dt.date.fromisoformat(r["published"]) for r in
                               {r["url"]: r for r in sources}.values()),
        disagreement=(_disagreement_in(first["kind"], first["disputed"])
                      if first["disputed"] else None),
    )


def _alert_from_row(r: dict[str, Any]) -> Alert:
    return Alert(
        id=r["id"], kind=r["kind"], show=r["show"], season=r["season"],
        from_status=r["from_status"], to_status=r["to_status"], date=r["date"],
        certainty=r["certainty"], evidence=r["evidence"], sources=tuple(json.loads(r["sources"])),
        created_at=cast(dt.datetime, _from_iso(r["created_at"])),
        published=dt.date.fromisoformat(r["published"]) if r["published"] else None,
        extra=json.loads(r.get("extra") or "{}"),
        reported_late=bool(r.get("reported_late")), previous_date=r.get("previous_date"),
        previous_sources=tuple(json.loads(r.get("previous_sources") or "[]")),
        episode_count=r.get("episode_count"),
        previous_episode_count=r.get("previous_episode_count"),
    )


def _season_in(season: int | None) -> int:
    return NO_SEASON if season is None else season


def _season_out(season: int) -> int | None:
    return None if season == NO_SEASON else season


def _to_iso(moment: dt.datetime | None) -> str | None:
    """UTC ISO text with microseconds, so stored times compare correctly as strings.

    A naive datetime is taken to be UTC already.
    """
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


def _from_iso(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


__all__ = [
    "AlertRecord", "Delivery", "DeliveryStatus", "FailedItem", "FeedState", "HistoryRow",
    "MIGRATIONS", "OutboxBacklog", "SCHEMA_VERSION", "SeasonRow", "SeenItem", "StateStore",
    "normalize_link",
]
