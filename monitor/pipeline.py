"""The pipeline that ties the stages together: poll -> fetch -> text -> facts -> state -> outbox.

One feed poll or one replayed item runs through here. Each stage is called with plain data; this
module only decides the order, what counts as new, and what to do with each failure: a bad item
is logged and skipped (or retried next poll when the failure may pass), and never stops the other
items or feeds. Delivery of the outbox is separate (``monitor.delivery``).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

import requests

from .config import Config, FeedConfig, WatchList
from .errors import FetchError, ParseError
from .facts import extract_facts
from .feeds import parse_feed
from .fetch import check_public_url, fetch_url, make_session
from .models import Alert, Article, FeedItem
from .state import FeedState, StateStore
from .text import extract_page_text

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]

#: HTTP answers that will not change on the next poll: the item is given up, not retried.
PERMANENT_STATUSES = frozenset({400, 401, 403, 404, 405, 410, 451})
#: A feed date further ahead than this is a publisher's mistake, not a scheduled article.
MAX_FUTURE_SKEW = dt.timedelta(days=2)
EARLIEST_PLAUSIBLE_YEAR = 1990


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class Context:
    """What the stages need from the outside: config, a store, an HTTP session and a clock."""

    config: Config
    store: StateStore
    session: requests.Session
    now: Clock = utc_now
    #: Channel names alerts are queued for; replay without channels queues for none.
    channel_names: tuple[str, ...] = ()
    #: Directories from which file:// article links may be read (local fixture feeds only).
    file_roots: tuple[Path, ...] = ()


@dataclass
class PollOutcome:
    """What one poll of one feed did, classified once (see ``classify_poll``)."""

    feed: str
    result: str = "unchanged"  # new | unchanged | error
    items_seen: int = 0
    items_new: int = 0
    items_failed: int = 0
    alerts: list[Alert] = field(default_factory=list)
    error: str | None = None


def make_context(config: Config, store: StateStore, *, now: Clock = utc_now,
                 channel_names: Sequence[str] | None = None) -> Context:
    """A context for polling the configured feeds, alerts queued for every configured channel."""
    roots = tuple(_local_dir(f.url) for f in config.feeds if f.is_local)
    return Context(
        config=config, store=store, session=make_session(config.user_agent), now=now,
        channel_names=tuple(config.channels if channel_names is None else channel_names),
        file_roots=roots,
    )


# --- polling ------------------------------------------------------------------------------------

def poll_feed(feed: FeedConfig, ctx: Context) -> PollOutcome:
    """Fetch one feed (conditionally), process its new items oldest first, record the outcome."""
    outcome = PollOutcome(feed=feed.name)
    store = ctx.store
    state = store.get_feed_state(feed.url)
    started = ctx.now()
    try:
        result = fetch_url(
            ctx.session, feed.url, etag=state.etag, last_modified=state.last_modified,
            timeout=_timeout(ctx.config), max_bytes=ctx.config.fetch.max_bytes,
            allow_file=feed.is_local,
        )
        items = [] if result.not_modified else parse_feed(result.body, feed.url)
    except (FetchError, ParseError) as exc:
        outcome.result, outcome.error = "error", str(exc)
        store.save_feed_state(_failed(state, str(exc), started))
        log.warning("feed %s: poll failed: %s", feed.name, exc)
        return outcome

    outcome.items_seen = len(items)
    for item in sort_by_publication(items):
        if store.is_item_seen(feed.url, item.guid, item.link):
            continue
        try:
            alerts = process_item(item, ctx)
        except (FetchError, ParseError) as exc:
            outcome.items_failed += 1
            if _worth_retrying(exc):
                log.warning("feed %s: item %s failed, will retry next poll: %s",
                            feed.name, item.link, exc)
                continue
            log.warning("feed %s: item %s skipped: %s", feed.name, item.link, exc)
            store.mark_item_seen(feed.url, item.guid, item.link, now=ctx.now())
            continue
        outcome.items_new += 1
        outcome.alerts.extend(alerts)

    store.save_feed_state(replace(
        state,
        etag=result.etag or (state.etag if result.not_modified else None),
        last_modified=result.last_modified or (
            state.last_modified if result.not_modified else None),
        consecutive_failures=0, last_success_at=started, last_error=None,
        last_polled_at=started,
    ))
    outcome.result = classify_poll(outcome)
    log.info("feed %s: %s (%d items, %d new, %d failed, %d alerts)", feed.name, outcome.result,
             outcome.items_seen, outcome.items_new, outcome.items_failed, len(outcome.alerts))
    return outcome


def classify_poll(outcome: PollOutcome) -> str:
    """The one place that names a poll's result: error, new or unchanged."""
    if outcome.error is not None:
        return "error"
    return "new" if outcome.items_new else "unchanged"


def poll_all(feeds: Sequence[FeedConfig], ctx: Context) -> list[PollOutcome]:
    """Poll each feed once; a failing feed is recorded and the others go on."""
    return [poll_feed(feed, ctx) for feed in feeds]


# --- one item -----------------------------------------------------------------------------------

def process_item(item: FeedItem, ctx: Context) -> list[Alert]:
    """Fetch the item's article, extract its facts and reconcile them; return the new alerts."""
    article = fetch_article(item, ctx)
    return ingest_article(article, ctx, item=item)


def fetch_article(item: FeedItem, ctx: Context) -> Article:
    """The article an item links to, with its text and a plausible publication date."""
    allow_file = is_allowed_file(item.link, ctx.file_roots)
    guard = None
    if not allow_file:
        allow = ctx.config.allow_hosts

        def guard(url: str) -> None:
            check_public_url(url, allow)

    try:
        page = fetch_url(ctx.session, item.link, timeout=_timeout(ctx.config),
                         max_bytes=ctx.config.fetch.max_bytes, allow_file=allow_file, guard=guard)
        text = extract_page_text(page.body, url=page.final_url, content_type=page.content_type)
    except ParseError:
        if not item.summary.strip():
            raise
        log.info("item %s: page has no readable text, using the feed's summary", item.link)
        text = extract_page_text(item.summary, url=item.link, content_type="text/html")
    published = plausible_publication_date(
        item.published.date() if item.published else text.published, ctx.now(), item.link)
    return Article(url=item.link, title=item.title or text.title, text=text.text,
                   published=published, feed_url=item.feed_url, guid=item.guid)


def ingest_article(article: Article, ctx: Context, *, item: FeedItem | None = None) -> list[Alert]:
    """Extract the article's facts and store them with the alerts they cause, in one go."""
    watch: WatchList = ctx.config.watch
    facts = extract_facts(article, watch.shows)
    now = ctx.now()
    alerts = ctx.store.ingest(
        article, facts, watched=watch.watches, channels=ctx.channel_names, now=now,
        window_alerts=ctx.config.premiere_window_alerts,
    )
    if item is not None:
        ctx.store.mark_item_seen(item.feed_url, item.guid, item.link, now=now)
    return alerts


def plausible_publication_date(date: dt.date | None, now: dt.datetime, where: str) -> dt.date:
    """The given date, or today when it is missing or absurd (far future, before TV news online)."""
    today = now.date()
    if date is None:
        log.info("item %s: no publication date, using first-seen date %s", where, today)
        return today
    if date > (now + MAX_FUTURE_SKEW).date() or date.year < EARLIEST_PLAUSIBLE_YEAR:
        log.warning("item %s: implausible publication date %s, using first-seen date %s",
                    where, date, today)
        return today
    return date


def sort_by_publication(items: Sequence[FeedItem]) -> list[FeedItem]:
    """Oldest first, so a replayed feed unfolds in the order the news did; undated items last."""
    far = dt.datetime.max.replace(tzinfo=dt.UTC)
    return sorted(items, key=lambda i: i.published or far)


# --- replay -------------------------------------------------------------------------------------

FEED_FILE_NAMES = ("feed.xml", "feed.atom", "atom.xml", "rss.xml")


def find_feed_file(directory: Path) -> Path:
    """The feed file of a replay directory, or a ParseError saying what was looked for."""
    for name in FEED_FILE_NAMES:
        candidate = directory / name
        if candidate.is_file():
            return candidate
    raise ParseError(f"{directory}: no feed file found (looked for {', '.join(FEED_FILE_NAMES)})")


def replay_directory(directory: Path, ctx: Context) -> list[Alert]:
    """Run every item of a directory's feed through the pipeline, oldest first."""
    feed_file = find_feed_file(directory)
    feed_uri = feed_file.resolve().as_uri()
    items = parse_feed(feed_file.read_bytes(), feed_uri)
    ctx = replace(ctx, file_roots=(*ctx.file_roots, directory.resolve()))
    alerts: list[Alert] = []
    for item in sort_by_publication(items):
        try:
            alerts.extend(process_item(item, ctx))
        except (FetchError, ParseError) as exc:
            log.warning("replay %s: item %s skipped: %s", directory, item.link, exc)
    return alerts


# --- helpers ------------------------------------------------------------------------------------

def _timeout(config: Config) -> tuple[float, float]:
    return (config.fetch.connect_timeout, config.fetch.read_timeout)


def _failed(state: FeedState, error: str, at: dt.datetime) -> FeedState:
    return replace(state, consecutive_failures=state.consecutive_failures + 1,
                   last_error=error, last_polled_at=at)


def _worth_retrying(exc: Exception) -> bool:
    if isinstance(exc, FetchError):
        return exc.status not in PERMANENT_STATUSES and "not allowed" not in exc.reason
    return False


def _local_dir(url: str) -> Path:
    return Path(url2pathname(urlsplit(url).path)).resolve().parent


def is_allowed_file(url: str, roots: Sequence[Path]) -> bool:
    """A file:// link is read only when it lies inside a local feed's own directory."""
    parts = urlsplit(url)
    if parts.scheme != "file" or not roots:
        return False
    path = Path(url2pathname(parts.path)).resolve()
    return any(path.is_relative_to(root) for root in roots)
