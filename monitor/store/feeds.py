"""The feeds ledger: how each feed's polling goes, and which of its items were seen or failed.

Conditional-GET validators, failure streaks and backoff per feed (:class:`FeedState`); the items
processed already, recognised by GUID, normalised link and content hash (:class:`SeenItem`);
the items whose article could not be read, with the reason (:class:`FailedItem`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import cast
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .schema import Database, Tx, from_iso, to_iso

#: Query parameters that only track the reader; two links differing in them are one article.
TRACKING_PARAMS = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ref", "cmpid")


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

    @classmethod
    def of(cls, feed_url: str, guid: str, link: str, content_hash: str = "") -> SeenItem:
        """The row a feed item is remembered by: its link normalised, its GUID (or, without
        one, that link)."""
        link_norm = normalize_link(link)
        return cls(feed_url, guid or link_norm, link_norm, content_hash)


@dataclass(frozen=True)
class FailedItem:
    """A feed item whose article could not be read or extracted, and why (it is skipped)."""

    feed_url: str
    guid: str
    link: str
    reason: str
    failed_at: dt.datetime


class FeedLedger:
    """The feeds, seen items and failed items tables of one state file."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def state(self, feed_url: str) -> FeedState:
        with self._db.read() as db:
            rows = list(db.query("SELECT * FROM feeds WHERE feed_url = ?", [feed_url]))
        if not rows:
            return FeedState(feed_url=feed_url)
        r = rows[0]
        return FeedState(
            feed_url=feed_url, etag=r["etag"], last_modified=r["last_modified"],
            consecutive_failures=r["consecutive_failures"],
            last_success_at=from_iso(r["last_success_at"]), last_error=r["last_error"],
            last_polled_at=from_iso(r["last_polled_at"]), unhealthy=bool(r["unhealthy"]),
            next_poll_at=from_iso(r["next_poll_at"]), failing_since=from_iso(r["failing_since"]),
        )

    def all_states(self) -> list[FeedState]:
        """Every feed polled so far, by URL (for the status page's feed health)."""
        with self._db.read() as db:
            urls = [r["feed_url"] for r in db.query("SELECT feed_url FROM feeds ORDER BY feed_url")]
        return [self.state(url) for url in urls]

    def save(self, state: FeedState) -> None:
        # Plain SQL, not sqlite-utils' upsert: that one re-reads the table's schema on every
        # call, which made this write ~4x slower on a poll cycle's hot path (bench/poll_cycle).
        with self._db.write() as db:
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
                 to_iso(state.last_success_at), state.last_error,
                 to_iso(state.last_polled_at), int(state.unhealthy),
                 to_iso(state.next_poll_at), to_iso(state.failing_since)])


    def is_seen(self, feed_url: str, guid: str, link: str) -> bool:
        """Whether this feed item (same guid in this feed, or same article link in any feed)
        was processed already."""
        link_norm = normalize_link(link)
        with self._db.read() as db:
            rows = list(db.query(
                "SELECT 1 FROM seen_items WHERE (feed_url = ? AND guid = ?) "
                "OR (link_norm != '' AND link_norm = ?) LIMIT 1",
                [feed_url, guid or link_norm, link_norm]))
        return bool(rows)

    def mark_seen(self, feed_url: str, guid: str, link: str, *, now: dt.datetime,
                       content_hash: str = "") -> None:
        """Remember a processed item. With ``content_hash``, this feed's rows for the same
        GUID or link take it, so the next edit is measured against this version."""
        with self._db.write() as db:
            mark_seen_in(db, SeenItem.of(feed_url, guid, link, content_hash), now=now)

    def record_failed(self, feed_url: str, guid: str, link: str, reason: str, *,
                           now: dt.datetime) -> None:
        """Remember that an item's article could not be read or extracted, and mark the item
        seen in the same transaction, so it is skipped from now on and newer items go on."""
        link_norm = normalize_link(link)
        with self._db.write() as db:
            db.execute(
                "INSERT INTO failed_items (feed_url, guid, link, reason, failed_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (feed_url, guid) DO UPDATE SET "
                "link = excluded.link, reason = excluded.reason, failed_at = excluded.failed_at",
                [feed_url, guid or link_norm, link, reason[:1000], to_iso(now)])
            db.execute(
                "INSERT INTO seen_items (feed_url, guid, link_norm, first_seen_at, content_hash) "
                "VALUES (?, ?, ?, ?, '') ON CONFLICT (feed_url, guid) DO NOTHING",
                [feed_url, guid or link_norm, link_norm, to_iso(now)])

    def failed_items(self, feed_url: str | None = None, *, limit: int = 100) -> list[FailedItem]:
        """The items recorded as failed, newest first (of one feed, or of all)."""
        where, params = ("WHERE feed_url = ?", [feed_url]) if feed_url else ("", [])
        with self._db.read() as db:
            rows = list(db.query(f"SELECT * FROM failed_items {where} "
                                 "ORDER BY failed_at DESC LIMIT ?", [*params, limit]))
        return [FailedItem(r["feed_url"], r["guid"], r["link"], r["reason"],
                           cast(dt.datetime, from_iso(r["failed_at"]))) for r in rows]

    def matching(self, feed_url: str, guid: str, link: str) -> list[SeenItem]:
        """Items seen before with this GUID in this feed, or this article link in any feed."""
        link_norm = normalize_link(link)
        with self._db.read() as db:
            rows = list(db.query(
                "SELECT feed_url, guid, link_norm, content_hash FROM seen_items "
                "WHERE (feed_url = ? AND guid = ?) OR (link_norm != '' AND link_norm = ?) "
                "LIMIT 50", [feed_url, guid or link_norm, link_norm]))
        return [SeenItem(r["feed_url"], r["guid"], r["link_norm"], r["content_hash"])
                for r in rows]


def mark_seen_in(db: Tx, item: SeenItem, *, now: dt.datetime) -> None:
    """Remember a processed item inside the caller's transaction (an article's ingest marks
    its item in the same one: stored facts and "seen" are one commit). With a content hash,
    this feed's rows for the same link take it too."""
    db.execute(
        "INSERT INTO seen_items (feed_url, guid, link_norm, first_seen_at, content_hash) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (feed_url, guid) DO UPDATE SET "
        "content_hash = CASE WHEN excluded.content_hash != '' "
        "THEN excluded.content_hash ELSE seen_items.content_hash END",
        [item.feed_url, item.guid, item.link_norm, to_iso(now), item.content_hash])
    if item.content_hash and item.link_norm:
        db.execute("UPDATE seen_items SET content_hash = ? "
                   "WHERE feed_url = ? AND link_norm = ? AND content_hash != ?",
                   [item.content_hash, item.feed_url, item.link_norm, item.content_hash])


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


