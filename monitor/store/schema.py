"""The state database itself: its schema and migrations, and the connection every part shares.

:class:`Database` is what the parts of the store (feeds, articles, outbox, queries) talk to:
transactions handing out a :class:`Tx` (``execute`` and ``query`` with ``?`` placeholders),
and the few SQL fragments that differ between engines. Two engines implement it:
:class:`SqliteDatabase` here and :class:`monitor.store.postgres.PostgresDatabase`.

:class:`SqliteDatabase` opens the SQLite file (WAL mode, so a reader never waits for the writer;
read-only for commands that only look), runs the missing migrations, and hands out
transactions: :meth:`Database.write` (one ``BEGIN IMMEDIATE`` transaction, all or nothing) and
:meth:`Database.read`. One lock per connection makes it safe to share between threads.

Schema changes are migrations: functions in :data:`MIGRATIONS`, applied in order; the file
records how many ran (``meta.schema_version``), so an existing file is upgraded in place.
The same migrations build a PostgreSQL database (its engine translates the DDL's types).
Season "none" (a fact naming a show but no season) is stored as season ``-1`` so that UNIQUE
constraints hold (SQLite treats NULLs as distinct); callers only ever see ``None``.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, closing, contextmanager
from pathlib import Path
from typing import Any, Protocol

from ..errors import StateError

log = logging.getLogger(__name__)

#: Stored in place of "no season", "no date" and "no value" so UNIQUE constraints see them.
NO_SEASON = -1
NO_DATE = ""
NO_VALUE = -1
BUSY_TIMEOUT_MS = 5000


class Tx(Protocol):
    """One transaction's handle, as both engines give it: SQL with ``?`` placeholders.

    ``execute`` returns a DB-API cursor (``fetchone``, ``fetchall``, ``rowcount``); ``query``
    yields each row as a dict. SQLite's is a :class:`SqliteTx`."""

    def execute(self, sql: str, parameters: Any = None, /) -> Any: ...

    def query(self, sql: str, params: Any = None, /) -> Iterable[dict[str, Any]]: ...


# --- schema ---------------------------------------------------------------------------------------

def _schema_v1(db: Tx) -> None:
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


def _schema_v2(db: Tx) -> None:
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


def _schema_v3(db: Tx) -> None:
    """Feed backoff (next poll time, failure streak start); seen items' content hashes."""
    for sql in (
        "ALTER TABLE feeds ADD COLUMN next_poll_at TEXT",
        "ALTER TABLE feeds ADD COLUMN failing_since TEXT",
        "ALTER TABLE seen_items ADD COLUMN content_hash TEXT NOT NULL DEFAULT ''",
    ):
        db.execute(sql)


def _schema_v4(db: Tx) -> None:
    """Articles that could not be read or extracted, with the reason (one row per item)."""
    db.execute("""CREATE TABLE failed_items (
        feed_url TEXT NOT NULL, guid TEXT NOT NULL, link TEXT NOT NULL, reason TEXT NOT NULL,
        failed_at TEXT NOT NULL, PRIMARY KEY (feed_url, guid))""")
    db.execute("CREATE INDEX failed_items_by_time ON failed_items (failed_at)")


def _schema_v5(db: Tx) -> None:
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


def _schema_v6(db: Tx) -> None:
    """Mutes and snoozes (a show, or one season: season NULL is every season; until NULL is
    until unmuted); show names the user fixed (aliases from merges and renames, title
    overrides, hidden shows); alerts recorded but never sent (suppressed: why)."""
    for sql in (
        """CREATE TABLE mutes (
            id INTEGER PRIMARY KEY, show_key TEXT NOT NULL, show TEXT NOT NULL,
            season INTEGER, mode TEXT NOT NULL CHECK (mode IN ('hold', 'drop')),
            until TEXT, created_at TEXT NOT NULL)""",
        "CREATE INDEX mutes_by_show ON mutes (show_key, season)",
        """CREATE TABLE show_aliases (
            alias_key TEXT PRIMARY KEY, show_key TEXT NOT NULL, alias TEXT NOT NULL,
            created_at TEXT NOT NULL)""",
        "CREATE INDEX show_aliases_by_show ON show_aliases (show_key)",
        """CREATE TABLE show_settings (
            show_key TEXT PRIMARY KEY, title TEXT, hidden INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL)""",
        "ALTER TABLE alerts ADD COLUMN suppressed TEXT",
        "CREATE INDEX alerts_by_show ON alerts (show_key, season, created_at)",
    ):
        db.execute(sql)


def _schema_v7(db: Tx) -> None:
    """Indexes that page the status pages in SQL (keyset pagination, issue 14): seasons by
    name (``lower(show)``, an order every engine can index), by status then name, by last
    update, and by premiere (upcoming premieres, the calendar); alerts by show (a show's and a
    season's alerts, the per-show Atom feed). The status index is replaced by the status+name
    one, which starts with it."""
    for sql in (
        "CREATE INDEX seasons_by_name ON seasons (lower(show), show_key, season)",
        "CREATE INDEX seasons_by_status_name ON seasons (status, lower(show), show_key, season)",
        "CREATE INDEX seasons_by_updated ON seasons (updated_at, show_key, season)",
        "CREATE INDEX seasons_by_premiere ON seasons (premiere, lower(show), show_key, season)",
        "CREATE INDEX alerts_by_show_time ON alerts (show_key, created_at)",
        "DROP INDEX seasons_by_status",
    ):
        db.execute(sql)


def _schema_v8(db: Tx) -> None:
    """Several instances on one database: deliveries and polls claimed with a lease (who holds
    them, until when), the queue of polls the leader found due, and each instance's heartbeat
    (its role: leader or follower). SQLite's single daemon uses the delivery claims only."""
    for sql in (
        "ALTER TABLE deliveries ADD COLUMN claimed_by TEXT",
        "ALTER TABLE deliveries ADD COLUMN claimed_until TEXT",
        """CREATE TABLE poll_queue (
            feed_url TEXT PRIMARY KEY, due_at TEXT NOT NULL, claimed_by TEXT,
            claimed_until TEXT, claims INTEGER NOT NULL DEFAULT 0)""",
        "CREATE INDEX poll_queue_due ON poll_queue (due_at, feed_url)",
        "CREATE INDEX poll_queue_claimed ON poll_queue (claimed_by)",
        "CREATE INDEX deliveries_claimed ON deliveries (claimed_by) WHERE claimed_by IS NOT NULL",
        """CREATE TABLE instances (
            instance_id TEXT PRIMARY KEY, host TEXT NOT NULL, pid INTEGER NOT NULL,
            role TEXT NOT NULL, started_at TEXT NOT NULL, beat_at TEXT NOT NULL,
            stopped_at TEXT)""",
    ):
        db.execute(sql)


def _schema_v9(db: Tx) -> None:
    """Feeds by their next poll time: the leader of several instances reads the feeds that are
    due at every tick (a few rows), not the whole feeds table (issue 15's leftover)."""
    db.execute("CREATE INDEX feeds_by_next_poll ON feeds (next_poll_at)")


def _schema_v10(db: Tx) -> None:
    """A change counter for what every article is read with (the confirmed titles and each
    show's latest season: :mod:`monitor.store.known`): bumped in the same transaction as every
    write to ``seasons``, ``show_settings`` and ``show_aliases`` (by triggers, which each
    engine adds after this migration), so a process that keeps those reads across polls knows
    from one row read whether anyone else changed them."""
    db.execute("CREATE TABLE state_changes (name TEXT PRIMARY KEY, counter INTEGER NOT NULL)")
    db.execute("INSERT INTO state_changes (name, counter) VALUES ('known', 0)")


#: Migration N+1 turns a version-N file into version N+1. Append; never edit a released one.
#: Plain DDL only (``db.execute``): PostgreSQL runs the same functions, its types translated.
MIGRATIONS: tuple[Callable[[Tx], None], ...] = (
    _schema_v1, _schema_v2, _schema_v3, _schema_v4, _schema_v5, _schema_v6, _schema_v7,
    _schema_v8, _schema_v9, _schema_v10)
SCHEMA_VERSION = len(MIGRATIONS)


# --- the connection -----------------------------------------------------------------------------

class Database:
    """An open state database, whichever the engine: its transactions and SQL dialect."""

    #: ``sqlite`` or ``postgresql``.
    engine: str = ""
    #: Where it is, for messages (a file path, or a URL without its password).
    path: str = ""

    def write(self, *, serial: bool = False) -> AbstractContextManager[Tx]:
        """One write transaction, all or nothing. ``serial``: no other serial write runs at
        the same time, anywhere (a read-modify-write of seasons; SQLite's are all serial)."""
        raise NotImplementedError

    def read(self) -> AbstractContextManager[Tx]:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    @property
    def schema_version(self) -> int:
        raise NotImplementedError

    def has_table(self, name: str) -> bool:
        """Whether the database has table ``name`` (one opened read-only may be older)."""
        raise NotImplementedError

    def insertion_order(self, alias: str) -> str:
        """An expression ordering alerts as they were inserted (alerts of one transaction share
        their ``created_at``): ``rowid``, SQLite's own and an identity column of that name on
        PostgreSQL, so SQL that says ``a.rowid`` runs on both."""
        return f"{alias}.rowid"


    def skip_locked(self, table: str) -> str:
        """The clause that claims rows no one else is claiming (nothing in SQLite, whose write
        transactions run one at a time)."""
        return ""

    def table_names(self) -> list[str]:
        raise NotImplementedError

    def _migrate(self, target: int) -> None:
        """Run the missing migrations, each in its own serial transaction, re-reading the
        version inside it so two processes opening a fresh database at once do not both
        migrate. The engines differ only in how they read the version and what they add
        after a migration (:meth:`_version_in`, :meth:`_after_migration`)."""
        while True:
            with self.write(serial=True) as db:
                version = self._version_in(db)
                if version > SCHEMA_VERSION:
                    raise StateError(
                        f"{self.path}: schema version {version} is newer than this monitor "
                        f"supports ({SCHEMA_VERSION}); upgrade the monitor")
                if version >= target:
                    return
                MIGRATIONS[version](db)
                self._after_migration(db, version + 1)
                db.execute("INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                           [str(version + 1)])
                log.info("%s: migrated state schema to version %d", self.path, version + 1)

    def _version_in(self, db: Tx) -> int:
        """The schema version the database records (0 before any migration), read in ``db``."""
        raise NotImplementedError

    def _after_migration(self, db: Tx, version: int) -> None:
        """What this engine adds right after migration ``version`` ran (nothing by default)."""


#: The tables whose writes bump ``state_changes`` (migration 10): what the reads of
#: :mod:`monitor.store.known` depend on.
KNOWN_TABLES = ("seasons", "show_settings", "show_aliases")

#: Statements run only on SQLite right after migration N: its triggers (row triggers; one
#: per table and kind of write).
SQLITE_AFTER_MIGRATION: dict[int, tuple[str, ...]] = {
    10: tuple(f"CREATE TRIGGER {table}_{op.lower()}_counted AFTER {op} ON {table} BEGIN "
              "UPDATE state_changes SET counter = counter + 1 WHERE name = 'known'; END"
              for table in KNOWN_TABLES for op in ("INSERT", "UPDATE", "DELETE")),
}


class SqliteTx:
    """The :class:`Tx` of an SQLite connection in autocommit mode (``isolation_level=None``):
    the two calls the store makes, on the standard library alone (``sqlite_utils`` costs
    ~100 ms of imports, numpy included, which every ``monitor status`` would pay)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, parameters: Any = None, /) -> sqlite3.Cursor:
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    def query(self, sql: str, params: Any = None, /) -> Iterator[dict[str, Any]]:
        """Run ``sql`` now; its rows as dicts, fetched as they are iterated."""
        cursor = self.execute(sql, params)
        if cursor.description is None:
            raise ValueError(f"query() needs SQL that returns rows, not {sql.split()[0]!r}")
        keys = [d[0] for d in cursor.description]
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    def has_table(self, name: str) -> bool:
        return self.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                 "AND name = ?", [name]).fetchone() is not None


class SqliteDatabase(Database):
    """The open state file: one SQLite connection, its lock, its transactions."""

    engine = "sqlite"

    def __init__(self, path: str | Path, *, migrate_to: int = SCHEMA_VERSION,
                 read_only: bool = False) -> None:
        self.path = str(path)
        self._lock = threading.RLock()
        self._tables_seen: set[str] = set()
        if read_only:
            self._open_read_only()
            return
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000,
                                        isolation_level=None, check_same_thread=False)
        except (OSError, sqlite3.Error) as exc:
            raise StateError(f"{self.path}: cannot open the state database: {exc}") from exc
        try:
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.db = SqliteTx(self.conn)
            self._migrate(migrate_to)
        except sqlite3.Error as exc:
            self.conn.close()
            raise StateError(f"{self.path}: not a usable state database: {exc}") from exc
        except StateError:
            self.conn.close()
            raise

    def _open_read_only(self) -> None:
        """Open for reading only (status, history, health): nothing is created, migrated or
        written, so a read-only state directory or file works. Without the daemon's -shm file
        in a directory we cannot write, SQLite needs ``immutable`` to read a WAL database."""
        uri = Path(self.path).resolve().as_uri()
        last: sqlite3.Error | None = None
        for mode in ("mode=ro", "mode=ro&immutable=1"):
            try:
                self.conn = sqlite3.connect(f"{uri}?{mode}", uri=True, isolation_level=None,
                                            timeout=BUSY_TIMEOUT_MS / 1000,
                                            check_same_thread=False)
                self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                self.db = SqliteTx(self.conn)
                version = self._read_version()
            except sqlite3.Error as exc:
                last = exc
                continue
            if version > SCHEMA_VERSION:
                self.conn.close()
                raise StateError(f"{self.path}: schema version {version} is newer than this "
                                 f"monitor supports ({SCHEMA_VERSION}); upgrade the monitor")
            return
        raise StateError(f"{self.path}: cannot open the state database to read: {last}")

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    @property
    def schema_version(self) -> int:
        with self._lock:
            return self._read_version()

    @contextmanager
    def write(self, *, serial: bool = False) -> Iterator[Tx]:
        """One write transaction, taken at once (BEGIN IMMEDIATE) so it cannot deadlock later."""
        with self._lock:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise StateError(f"{self.path}: cannot start a transaction: {exc}") from exc
            try:
                yield self.db
                self.conn.execute("COMMIT")
            except sqlite3.Error as exc:
                self._rollback()
                raise StateError(f"{self.path}: write failed: {exc}") from exc
            except BaseException:
                self._rollback()
                raise

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def table_names(self) -> list[str]:
        with self.read() as db:
            return [r["name"] for r in db.query(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name")]

    @contextmanager
    def read(self) -> Iterator[Tx]:
        """Reads under the connection's lock; an SQLite error becomes a StateError."""
        with self._lock:
            try:
                yield self.db
            except sqlite3.Error as exc:
                raise StateError(f"{self.path}: read failed: {exc}") from exc

    def has_table(self, name: str) -> bool:
        """Whether the file has table ``name`` (a file opened read-only may be older). A table
        once seen is remembered: migrations only add tables, and hot reads ask on every page."""
        with self._lock:
            if name in self._tables_seen:
                return True
            found = self.db.has_table(name)
            if found:
                self._tables_seen.add(name)
            return found

    def _read_version(self) -> int:
        if not self.db.has_table("meta"):
            return 0
        rows = list(self.db.query("SELECT value FROM meta WHERE key = 'schema_version'"))
        return int(rows[0]["value"]) if rows else 0

    def _version_in(self, db: Tx) -> int:
        return self._read_version()

    def _after_migration(self, db: Tx, version: int) -> None:
        for sql in SQLITE_AFTER_MIGRATION.get(version, ()):
            db.execute(sql)


def stored_schema_version(path: Path) -> int:
    """The schema version an existing state file records (0 before any), read without
    creating, migrating or writing anything; StateError when it is no state database."""
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                     timeout=BUSY_TIMEOUT_MS / 1000)) as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except sqlite3.Error as exc:
        raise StateError(f"{path}: not a usable state database: {exc}") from exc
    return int(row[0]) if row else 0


# --- how values are stored ------------------------------------------------------------------------

def season_in(season: int | None) -> int:
    return NO_SEASON if season is None else season


def season_out(season: int) -> int | None:
    return None if season == NO_SEASON else season


def to_iso(moment: dt.datetime | None) -> str | None:
    """UTC ISO text with microseconds, so stored times compare correctly as strings.

    A naive datetime is taken to be UTC already.
    """
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


def from_iso(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None
