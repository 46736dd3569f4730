"""The pipeline that ties the stages together: poll -> fetch -> text -> facts -> state -> outbox.

One feed poll or one replayed item runs through here. Each stage is called with plain data; this
module only decides the order, what counts as new, and what to do with each failure: a bad item
is logged and skipped (or retried next poll when the failure may pass), and never stops the other
items or feeds. Delivery of the outbox is separate (``monitor.delivery``).

A feed that fails backs off (its ``next_poll_at`` doubles the interval per failure in a row, up
to ``monitor.max_backoff``, and never earlier than a Retry-After); after
``monitor.unhealthy_after`` failures in a row it is marked unhealthy and ONE operator alert is
queued for the streak; its first success queues one recovery notice. Items are recognised by
GUID, normalised link and a hash of their content, never by date: an item whose content changed
is processed again as an update of the same article.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from urllib.parse import urlsplit
from urllib.request import url2pathname

import requests

from .alerts.routing import Routing, route_alert
from .clock import utc_now
from .config import Config, FeedConfig, WatchList
from .errors import FetchError, MonitorError, ParseError, StateError
from .extract.dates import is_after
from .extract.facts import extract_facts
from .ingest.feeds import parse_feed
from .ingest.fetch import FetchResult, check_public_url, fetch_url, make_session
from .ingest.politeness import HostGate, Stopping
from .ingest.text import extract_page_text
from .models import Alert, Article, Fact, FeedItem, ShowName
from .store.known import Known, KnownSeasons
from .store.state import FeedState, SeenItem, StateStore, normalize_link
from .workers import WorkerPool

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]

#: HTTP answers that will not change on the next poll: the item is given up, not retried.
PERMANENT_STATUSES = frozenset({400, 401, 403, 404, 405, 410, 451})
#: A feed date further ahead than this is a publisher's mistake, not a scheduled article.
MAX_FUTURE_SKEW = dt.timedelta(days=2)
EARLIEST_PLAUSIBLE_YEAR = 1990
#: A Retry-After longer than this is taken as this (a typo or a hostile server).
MAX_RETRY_AFTER = 7 * 86400.0
#: What ``classify_item`` calls an item it need not fetch again, and the ones it must process.
ITEM_KNOWN = frozenset({"seen", "renamed", "duplicate", "moved"})


@dataclass(frozen=True)
class Context:
    """What the stages need from the outside: config, a store, an HTTP session and a clock."""

    config: Config
    store: StateStore
    session: requests.Session
    now: Clock = utc_now
    #: Channel names alerts are queued for; replay without channels queues for none.
    channel_names: tuple[str, ...] = ()
    #: Which alerts each of those channels takes (default: what the watch list alerts).
    routes: Mapping[str, Routing] = field(default_factory=dict)
    #: Directories from which file:// article links may be read (local fixture feeds only).
    file_roots: tuple[Path, ...] = ()
    #: Per-host politeness shared by every fetch of the process; None: no limits (tests, replay).
    gate: HostGate | None = None
    #: Set when the process is stopping: polls end after the current item, fetches are dropped.
    stop: threading.Event | None = None
    #: Worker processes that read and extract articles within a time budget; None: inline.
    workers: WorkerPool | None = None
    #: Told what a poll moves on to (the daemon's heartbeat tells a stuck poll by it).
    progress: Callable[[str], None] | None = None

    def stopping(self) -> bool:
        return self.stop is not None and self.stop.is_set()

    def report(self, doing: str) -> None:
        if self.progress is not None:
            self.progress(doing)

    def route(self, alert: Alert, watched: bool) -> tuple[str, ...] | None:
        """The channels ``alert`` goes to; None: not recorded (see alerts.routing)."""
        return route_alert(alert, watched=watched, routes={
            name: self.routes.get(name, Routing()) for name in self.channel_names})


@dataclass
class PollOutcome:
    """What one poll of one feed did, classified once (see ``classify_poll``)."""

    feed: str
    result: str = "unchanged"  # new | unchanged | error | stopped
    items_seen: int = 0
    items_new: int = 0
    #: Items seen before whose content changed, processed again as updates.
    items_updated: int = 0
    items_failed: int = 0
    #: Items left for the next poll (transient failures, or the daemon stopping).
    items_deferred: int = 0
    facts_found: int = 0
    alerts: list[Alert] = field(default_factory=list)
    error: str | None = None
    url: str = ""
    #: When the feed is due again (its interval, or its backoff after a failure).
    next_poll_at: dt.datetime | None = None
    #: Failures in a row after this poll, and whether the feed now counts as unhealthy.
    consecutive_failures: int = 0
    unhealthy: bool = False


def make_context(config: Config, store: StateStore, *, now: Clock = utc_now,
                 channel_names: Sequence[str] | None = None, gate: HostGate | None = None,
                 stop: threading.Event | None = None,
                 session: requests.Session | None = None,
                 workers: WorkerPool | None = None,
                 progress: Callable[[str], None] | None = None) -> Context:
    """A context for polling the configured feeds, alerts queued for every configured channel."""
    roots = tuple(_local_dir(f.url) for f in config.feeds if f.is_local)
    names = tuple(config.channels if channel_names is None else channel_names)
    return Context(
        config=config, store=store, session=session or make_session(config.user_agent), now=now,
        channel_names=names,
        routes={n: config.channels[n].routing for n in names if n in config.channels},
        file_roots=roots, gate=gate, stop=stop, workers=workers, progress=progress,
    )


# --- polling ------------------------------------------------------------------------------------

def poll_feed(feed: FeedConfig, ctx: Context) -> PollOutcome:
    """Fetch one feed (conditionally), process its new and edited items oldest first, and
    record the outcome: validators, health, backoff, and the operator notices they cause."""
    outcome = PollOutcome(feed=feed.name, url=feed.url)
    store = ctx.store
    state = store.feeds.state(feed.url)
    started = ctx.now()
    try:
        result = _fetch(ctx, feed.url, etag=state.etag, last_modified=state.last_modified,
                        allow_file=feed.is_local)
        if not result.not_modified:
            ctx.report("parsing the feed")
        items = [] if result.not_modified else _parse_feed(result.body, feed.url, ctx)
    except Stopping:
        outcome.result = "stopped"
        return outcome
    except (FetchError, ParseError) as exc:
        if ctx.stopping():  # the fetch was cut short by the shutdown: not the feed's fault
            outcome.result = "stopped"
            return outcome
        return _record_failure(feed, state, exc, started, ctx, outcome)
    except MonitorError:
        raise
    except Exception as exc:  # a library failing on this feed's bytes: this feed's failure
        log.debug("feed %s: unexpected error", feed.name, exc_info=True)
        return _record_failure(feed, state, ParseError(
            f"{feed.url}: the feed could not be read ({type(exc).__name__}: "
            f"{str(exc)[:160]})"), started, ctx, outcome)

    outcome.items_seen = len(items)
    ordered = sort_by_publication(items)
    for index, item in enumerate(ordered):
        if ctx.stopping():
            outcome.items_deferred += len(ordered) - index
            log.info("feed %s: stopping, %d items left for the next poll", feed.name,
                     len(ordered) - index)
            break
        ctx.report(f"item {index + 1} of {len(ordered)}: {item.link}")
        _poll_item(feed, item, ctx, outcome)
    ctx.report("recording the poll")

    # With items left over, keep the old validators so the next poll gets the feed again
    # rather than a 304 that would hide them until the feed changes.
    keep_new = outcome.items_deferred == 0
    _record_success(feed, replace(
        state,
        etag=(result.etag or (state.etag if result.not_modified else None)) if keep_new
        else state.etag,
        last_modified=(result.last_modified or (
            state.last_modified if result.not_modified else None)) if keep_new
        else state.last_modified,
    ), started, ctx, outcome)
    outcome.result = classify_poll(outcome)
    log.info("feed %s: %s (%d items, %d new, %d updated, %d failed, %d alerts)", feed.name,
             outcome.result, outcome.items_seen, outcome.items_new, outcome.items_updated,
             outcome.items_failed, len(outcome.alerts))
    return outcome


def _parse_feed(body: bytes, feed_url: str, ctx: Context) -> list[FeedItem]:
    """The feed's items, parsed in a worker within the budget (inline without workers): the
    feed parser is a library working on a stranger's bytes, like the article readers."""
    if ctx.workers is None:
        return parse_feed(body, feed_url)
    items: list[FeedItem] = ctx.workers.run(parse_feed, body, feed_url, what=feed_url,
                                            doing="parsing the feed")
    return items


def _poll_item(feed: FeedConfig, item: FeedItem, ctx: Context, outcome: PollOutcome) -> None:
    """Classify one feed item and process it if it is new or edited; never raises for it."""
    store = ctx.store
    digest = item_content_hash(item)
    seen = store.feeds.matching(feed.url, item.guid, item.link)
    verdict = classify_item(item, seen, digest)
    if verdict in ITEM_KNOWN:
        if verdict != "seen":
            log.info("feed %s: item %s already processed (%s), not a new article", feed.name,
                     item.link, _KNOWN_REASONS[verdict])
        if not already_marked(item, seen, digest):
            store.feeds.mark_seen(feed.url, item.guid, item.link, now=ctx.now(),
                                  content_hash=digest)
        return
    if verdict == "edited":
        log.info("feed %s: item %s changed since it was processed; processing it again as an "
                 "update of the same article", feed.name, item.link)
    try:
        alerts, facts = _process(item, ctx, digest)
    except Stopping:
        outcome.items_deferred += 1
        return
    except (FetchError, ParseError) as exc:
        outcome.items_failed += 1
        if ctx.stopping() or _worth_retrying(exc):
            outcome.items_deferred += 1
            log.warning("feed %s: item %s failed, will retry next poll: %s",
                        feed.name, item.link, exc)
            return
        _record_failed_item(feed, item, str(exc), ctx)
        return
    except StateError:
        raise  # the state file, not the article: the poll stops and is retried
    except Exception as exc:  # an article must never stop its feed, whatever it does
        outcome.items_failed += 1
        log.debug("feed %s: item %s: unexpected error", feed.name, item.link, exc_info=True)
        _record_failed_item(feed, item, f"{item.link}: the article could not be read "
                                        f"({type(exc).__name__}: {str(exc)[:160]})", ctx)
        return
    if verdict == "edited":
        outcome.items_updated += 1
    else:
        outcome.items_new += 1
    outcome.facts_found += facts
    outcome.alerts.extend(alerts)


def _record_failed_item(feed: FeedConfig, item: FeedItem, reason: str, ctx: Context) -> None:
    """Log and store why an item was given up; it is marked seen so newer items go on."""
    log.warning("feed %s: item %s skipped: %s", feed.name, item.link, reason)
    ctx.store.feeds.record_failed(feed.url, item.guid, item.link, reason, now=ctx.now())


_KNOWN_REASONS = {
    "renamed": "same link under a new GUID",
    "duplicate": "the same article came through another feed",
    "moved": "same GUID and content under a new link",
}


def classify_item(item: FeedItem, seen: Sequence[SeenItem], content_hash: str) -> str:
    """What a feed item is, given the seen items matching its GUID or link.

    - ``new``: never processed (or a GUID the publisher reused for a different article);
    - ``edited``: this feed's item for the same link, with different content: process again;
    - ``seen``: processed, unchanged; ``renamed``: the same link under a new GUID;
    - ``duplicate``: the same link was processed through another feed;
    - ``moved``: the same GUID and content under a new link.

    Dates play no part: publishers backdate, re-date and omit them.
    """
    link_norm = normalize_link(item.link)
    guid = item.guid or link_norm
    mine = [s for s in seen if s.feed_url == item.feed_url]
    same_link = [s for s in mine if link_norm and s.link_norm == link_norm]
    if same_link:
        if not any(s.content_hash in ("", content_hash) for s in same_link):
            return "edited"
        return "seen" if any(s.guid == guid for s in same_link) else "renamed"
    if link_norm and any(s.link_norm == link_norm for s in seen):
        return "duplicate"
    if any(s.guid == guid and s.content_hash in ("", content_hash) for s in mine):
        return "moved"
    return "new"


def already_marked(item: FeedItem, seen: Sequence[SeenItem], content_hash: str) -> bool:
    """Whether ``mark_seen`` of this item would change nothing in the seen items read.

    True when this feed's row for the item's GUID exists and it and every row of this feed
    for the item's link already hold ``content_hash``: an unchanged feed listing its items
    again then costs a read per item, not a write transaction. ``matching`` returns at most
    50 rows; at the limit the write is done to be sure.
    """
    if len(seen) >= 50:
        return False
    link_norm = normalize_link(item.link)
    guid = item.guid or link_norm
    mine = [s for s in seen if s.feed_url == item.feed_url]
    if not any(s.guid == guid for s in mine):
        return False
    return all(s.content_hash == content_hash for s in mine
               if s.guid == guid or (link_norm and s.link_norm == link_norm))


def item_content_hash(item: FeedItem) -> str:
    """A hash of what the feed says about an item (title and summary, whitespace-normalised)."""
    text = " ".join(item.title.split()) + "\n" + " ".join(item.summary.split())
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def feed_backoff(interval: float, failures: int, cap: float,
                 retry_after: float | None = None) -> float:
    """Seconds until a failing feed is polled again: its interval doubled per failure in a row
    after the first, at most ``cap`` (or the interval, if longer), never before a Retry-After."""
    delay = min(max(cap, interval), interval * 2.0 ** min(max(failures - 1, 0), 30))
    if retry_after is not None and retry_after > delay:
        delay = min(retry_after, MAX_RETRY_AFTER)
    return delay


def _record_failure(feed: FeedConfig, state: FeedState, exc: FetchError | ParseError,
                    started: dt.datetime, ctx: Context, outcome: PollOutcome) -> PollOutcome:
    failures = state.consecutive_failures + 1
    retry_after = exc.retry_after if isinstance(exc, FetchError) else None
    delay = feed_backoff(feed.interval, failures, ctx.config.max_backoff, retry_after)
    since = state.failing_since or started
    unhealthy = state.unhealthy or failures >= ctx.config.unhealthy_after
    new = replace(state, consecutive_failures=failures, last_error=str(exc),
                  last_polled_at=started, next_poll_at=started + dt.timedelta(seconds=delay),
                  failing_since=since, unhealthy=unhealthy)
    outcome.result, outcome.error = "error", str(exc)
    outcome.next_poll_at, outcome.consecutive_failures = new.next_poll_at, failures
    outcome.unhealthy = unhealthy
    log.warning("feed %s: poll failed (%d in a row; next try in %s): %s", feed.name, failures,
                _duration_text(delay), exc)
    if unhealthy and not state.unhealthy:
        alert = feed_notice(feed, "feed_unhealthy", since, ctx.now(), failures=failures,
                            error=str(exc))
        if ctx.store.outbox.enqueue(alert, ctx.route(alert, True) or ()):
            outcome.alerts.append(alert)
        log.error("feed %s: unhealthy: %d failed polls in a row since %s; last error: %s",
                  feed.name, failures, since.isoformat(timespec="seconds"), exc)
    # The notice first: a crash in between queues the same notice again (same id: a no-op).
    ctx.store.feeds.save(new)
    return outcome


def _record_success(feed: FeedConfig, state: FeedState, started: dt.datetime, ctx: Context,
                    outcome: PollOutcome) -> None:
    if state.unhealthy and state.failing_since is not None:
        alert = feed_notice(feed, "feed_recovered", state.failing_since, ctx.now(),
                            failures=state.consecutive_failures, error=state.last_error)
        if ctx.store.outbox.enqueue(alert, ctx.route(alert, True) or ()):
            outcome.alerts.append(alert)
        log.warning("feed %s: recovered after %d failed polls since %s", feed.name,
                    state.consecutive_failures,
                    state.failing_since.isoformat(timespec="seconds"))
    next_poll = started + dt.timedelta(seconds=feed.interval)
    outcome.next_poll_at = next_poll
    ctx.store.feeds.save(replace(
        state, consecutive_failures=0, last_success_at=started, last_error=None,
        last_polled_at=started, next_poll_at=next_poll, failing_since=None, unhealthy=False))


def feed_notice(feed: FeedConfig, what: str, since: dt.datetime, now: dt.datetime, *,
                failures: int, error: str | None) -> Alert:
    """The operator alert for a feed turning unhealthy or recovering.

    Its id is derived from the feed and the start of the failure streak, so a streak raises one
    unhealthy notice and one recovery notice however often it is polled or the daemon restarts.
    """
    stamp = since.astimezone(dt.UTC).isoformat(timespec="seconds")
    if what == "feed_unhealthy":
        text = (f"Feed {feed.name} ({feed.url}) is unhealthy: {failures} failed polls in a row "
                f"since {stamp}. Last error: {error}")
    else:
        text = (f"Feed {feed.name} ({feed.url}) has recovered after {failures} failed polls "
                f"in a row since {stamp}.")
    digest = hashlib.sha256(f"{what}|{feed.url}|{stamp}".encode()).hexdigest()[:32]
    return Alert(id=f"op-{digest}", kind="operator", show="", season=None, from_status=None,
                 to_status=what, date=None, certainty=None, evidence=text, sources=(feed.url,),
                 created_at=now, extra={"feed": feed.name, "feed_url": feed.url,
                                        "failures": failures, "failing_since": stamp,
                                        "last_error": error})


def classify_poll(outcome: PollOutcome) -> str:
    """The one place that names a poll's result: error, new or unchanged."""
    if outcome.error is not None:
        return "error"
    return "new" if outcome.items_new or outcome.items_updated else "unchanged"


def poll_all(feeds: Sequence[FeedConfig], ctx: Context) -> list[PollOutcome]:
    """Poll each feed once; a failing feed is recorded and the others go on."""
    return [poll_feed(feed, ctx) for feed in feeds]


# --- one item -----------------------------------------------------------------------------------

def process_item(item: FeedItem, ctx: Context) -> list[Alert]:
    """Fetch the item's article, extract its facts and reconcile them; return the new alerts."""
    article = fetch_article(item, ctx)
    return ingest_article(article, ctx, item=item)


def fetch_page(item: FeedItem, ctx: Context) -> FetchResult:
    """The page an item links to (its redirects vetted unless it is an allowed local file)."""
    allow_file = is_allowed_file(item.link, ctx.file_roots)
    guard = None
    if not allow_file:
        allow = ctx.config.allow_hosts

        def guard(url: str) -> None:
            check_public_url(url, allow)

    return _fetch(ctx, item.link, allow_file=allow_file, guard=guard)


def fetch_article(item: FeedItem, ctx: Context) -> Article:
    """The article an item links to, with its text and a plausible publication date."""
    page = fetch_page(item, ctx)
    return page_article(page.body, page.final_url, page.content_type, item, ctx.now())


def page_article(body: bytes, final_url: str, content_type: str | None, item: FeedItem,
                 now: dt.datetime) -> Article:
    """An item's article from its fetched page (the feed's summary if the page has no text)."""
    try:
        text = extract_page_text(body, url=final_url, content_type=content_type)
    except ParseError:
        if not item.summary.strip():
            raise
        log.info("item %s: page has no readable text, using the feed's summary", item.link)
        text = extract_page_text(item.summary, url=item.link, content_type="text/html")
    published = plausible_publication_date(
        item.published.date() if item.published else text.published, now, item.link)
    return Article(url=item.link, title=item.title or text.title, text=text.text,
                   published=published, feed_url=item.feed_url, guid=item.guid)


def read_article(body: bytes, final_url: str, content_type: str | None, item: FeedItem,
                 now: dt.datetime, shows: tuple[ShowName, ...],
                 known: KnownSeasons = ()) -> tuple[Article, list[Fact]]:
    """Page to article to facts: the CPU work on untrusted text, run in a worker process."""
    article = page_article(body, final_url, content_type, item, now)
    return article, extract_facts(article, shows, AIRED(known, article.published))


def known_seasons(store: StateStore) -> KnownSeasons:
    """Each show's latest numbered season the store knows, with its premiere date (what
    :func:`aired_seasons` needs: a later season's premiere decides, an earlier one cannot)."""
    return store.articles.known_seasons()


def aired_seasons(known: KnownSeasons, day: dt.date) -> dict[str, int]:
    """The latest season of each show aired by ``day`` (the article's date): a season known as
    renewed, filming or premiering later follows an aired one. "Another season" of a show in
    an article of that day is the one after it."""
    latest: dict[str, int] = {}
    for show, season, premiere in known:
        aired = season if premiere and not is_after(premiere, day) else season - 1
        if aired > latest.get(show, 0):
            latest[show] = aired
    return latest


class AiredByDay:
    """:func:`aired_seasons` of one tuple of known seasons, kept per day while it is the same
    tuple (the kept copy hands out the same one until a show's latest season changes; a
    worker keeps the one it was sent): the articles of one day then share one pass over
    every show. The mapping is shared, so it is handed out read-only (the extractor keeps what
    it derives from one by identity)."""

    #: Days kept at once (articles come from the last few days).
    DAYS = 16

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._of: KnownSeasons | None = None
        self._days: dict[dt.date, Mapping[str, int]] = {}

    def __call__(self, known: KnownSeasons, day: dt.date) -> Mapping[str, int]:
        with self._lock:
            if self._of is not known:
                self._of, self._days = known, {}
            found = self._days.get(day)
            if found is None:
                if len(self._days) >= self.DAYS:
                    self._days.clear()
                found = self._days[day] = MappingProxyType(aired_seasons(known, day))
            return found


#: The process's (a worker's own, in a worker).
AIRED = AiredByDay()


def ingest_article(article: Article, ctx: Context, *, item: FeedItem | None = None) -> list[Alert]:
    """Extract the article's facts and store them with the alerts they cause, in one go."""
    return _ingest(article, ctx, item, item_content_hash(item) if item else "")[0]


def _process(item: FeedItem, ctx: Context, content_hash: str) -> tuple[list[Alert], int]:
    """Fetch here; read and extract in a worker within the budget (inline without workers)."""
    page = fetch_page(item, ctx)
    known = ctx.store.articles.known()  # one counter read while the state's names stand still
    job = (page.body, page.final_url, page.content_type, item, ctx.now(),
           known_shows(ctx, known), known.seasons)
    if ctx.workers is None:
        article, facts = read_article(*job)
    else:
        # The names go to a worker only when they changed since it last had them.
        article, facts = ctx.workers.run(read_article, *job[:5], what=item.link,
                                         kept=((known.generation, ctx.config.watch.shows),
                                               job[5:]))
    return _store(article, facts, ctx, item, content_hash)


def _ingest(article: Article, ctx: Context, item: FeedItem | None,
            content_hash: str) -> tuple[list[Alert], int]:
    """The alerts and the number of facts; the item is marked seen with its content hash."""
    known = ctx.store.articles.known()
    aired = AIRED(known.seasons, article.published)
    return _store(article, extract_facts(article, known_shows(ctx, known), aired), ctx, item,
                  content_hash)


def known_shows(ctx: Context, known: Known | None = None) -> tuple[ShowName, ...]:
    """The gazetteer: the watch list, and the titles the store has confirmed (issue 10); the
    same tuple while neither changes."""
    articles = ctx.store.articles
    return articles.known_state.gazetteer(ctx.config.watch.shows,
                                          known or articles.known())


def _store(article: Article, facts: list[Fact], ctx: Context, item: FeedItem | None,
           content_hash: str) -> tuple[list[Alert], int]:
    watch: WatchList = ctx.config.watch
    now = ctx.now()
    # The item is marked seen in the ingest's own transaction: one commit per article.
    seen = (SeenItem.of(item.feed_url, item.guid, item.link, content_hash)
            if item is not None else None)
    alerts = ctx.store.articles.ingest(
        article, facts, watched=watch.watches, channels=ctx.channel_names, now=now,
        window_alerts=ctx.config.premiere_window_alerts, route=ctx.route, seen=seen,
    )
    return alerts, len(facts)


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
    """Oldest first, so a replayed feed unfolds in the order the news did; undated items last.

    Items of the same time (same-day articles of a feed that gives dates only, say) keep the
    feed's own order, read oldest first: bottom-up for a feed that lists its newest items
    first, as most do. So the outcome never depends on a tie, only on the feed.
    """
    far = dt.datetime.max.replace(tzinfo=dt.UTC)
    step = -1 if lists_newest_first(items) else 1
    order = sorted(range(len(items)),
                   key=lambda n: (items[n].published or far, step * n))
    return [items[n] for n in order]


def lists_newest_first(items: Sequence[FeedItem]) -> bool:
    """Whether a feed lists its items newest first: more of its neighbouring dated items go
    back in time than forward (ties say nothing)."""
    dates = [i.published for i in items if i.published is not None]
    back = sum(1 for a, b in zip(dates, dates[1:], strict=False) if b < a)
    forward = sum(1 for a, b in zip(dates, dates[1:], strict=False) if b > a)
    return back > forward


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


def _fetch(ctx: Context, url: str, **kwargs: object) -> FetchResult:
    """fetch_url with the config's limits, inside the host's politeness slot when there is one."""
    def go() -> FetchResult:
        return fetch_url(ctx.session, url, timeout=_timeout(ctx.config),
                         max_bytes=ctx.config.fetch.max_bytes,
                         deadline=ctx.config.fetch.deadline, **kwargs)  # type: ignore[arg-type]

    if ctx.gate is None:
        return go()
    with ctx.gate.slot(url):
        return go()


def _duration_text(seconds: float) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds / size:.3g} {unit}"
    return f"{seconds:.3g} s"


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
