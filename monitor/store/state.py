"""The state store: one SQLite file or PostgreSQL database, its parts by concern over one
shared connection.

All SQL of the monitor lives in :mod:`monitor.store`, behind :class:`StateStore`:

===================  ===========================  ==============================================
``store.feeds``      :mod:`~monitor.store.feeds`     feed state, seen items, failed items
``store.articles``   :mod:`~monitor.store.articles`  articles, facts, seasons, disagreements;
                                                     ``ingest`` writes them and queues alerts;
                                                     ``known()``: titles and seasons every
                                                     article is read with (``store.known``)
``store.outbox``     :mod:`~monitor.store.outbox`    alerts and their deliveries per channel
``store.queries``    :mod:`~monitor.store.queries`   status rows, history, season pages
``store.mutes``      :mod:`~monitor.store.mutes`     mutes and snoozes of shows and seasons
``store.shows``      :mod:`~monitor.store.shows`     aliases, title overrides, hidden shows
``store.cluster``    :mod:`~monitor.store.cluster`   several instances: poll queue, heartbeats
===================  ===========================  ==============================================

:mod:`~monitor.store.schema` holds the tables, their migrations and the connection.
What the store must never do: decide a status itself (that is :mod:`monitor.store.reconcile`),
read the clock (``now`` is passed in), or send anything (that is :mod:`monitor.alerts.delivery`).
"""

from __future__ import annotations

from pathlib import Path

from .articles import Articles
from .cluster import Cluster
from .feeds import FailedItem, FeedLedger, FeedState, SeenItem, normalize_link
from .known import KnownState
from .location import StateLocation
from .mutes import Mute, Mutes
from .outbox import AlertRecord, Delivery, DeliveryStatus, Outbox, OutboxBacklog
from .queries import HistoryRow, Queries, SeasonRow
from .schema import MIGRATIONS, SCHEMA_VERSION, Database, SqliteDatabase
from .shows import ShowEntry, Shows


class StateStore:
    """The monitor's state file, opened: ``feeds``, ``articles``, ``outbox``, ``queries``,
    ``mutes`` and ``shows``.

    Safe to share between threads (the connection has one lock). ``read_only`` opens it for
    looking only (status, history, health): nothing is created, migrated or written.
    ``known``: the confirmed titles and latest seasons kept by a long-lived caller (the
    daemon) across the stores it opens (:mod:`monitor.store.known`); by default this store
    keeps its own.
    """

    def __init__(self, where: str | Path | StateLocation, *,
                 migrate_to: int = SCHEMA_VERSION, read_only: bool = False,
                 known: KnownState | None = None) -> None:
        self.location = StateLocation.of(where)
        self.db: Database
        if self.location.url is not None:
            from .postgres import PostgresDatabase

            self.db = PostgresDatabase(self.location.url, password=self.location.password(),
                                       migrate_to=migrate_to, read_only=read_only)
        else:
            assert self.location.path is not None
            self.db = SqliteDatabase(self.location.path, migrate_to=migrate_to,
                                     read_only=read_only)
        self.path = self.db.path
        self.feeds = FeedLedger(self.db)
        self.articles = Articles(self.db, known)
        self.outbox = Outbox(self.db)
        self.queries = Queries(self.db)
        self.mutes = Mutes(self.db)
        self.shows = Shows(self.db)
        self.cluster = Cluster(self.db)

    @property
    def schema_version(self) -> int:
        return self.db.schema_version

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> StateStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = [
    "MIGRATIONS", "SCHEMA_VERSION", "AlertRecord", "Delivery", "DeliveryStatus", "FailedItem",
    "FeedState", "HistoryRow", "Mute", "OutboxBacklog", "SeasonRow", "SeenItem", "ShowEntry",
    "StateLocation",
    "StateStore", "normalize_link",
]
