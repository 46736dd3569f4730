"""The leader's due polls (issue 15's leftover): read by an index, not the whole feeds table,
and the same feeds as ``due_at`` over the whole table finds, on both engines."""

from __future__ import annotations

import datetime as dt
import random

from test_state import NOW

from monitor.config import FeedConfig
from monitor.scheduler import DuePolls, due_at
from monitor.store.cluster import DUE_SQL
from monitor.store.state import FeedState, StateStore

HOUR = 3600.0


def feed(i: int, interval: float = HOUR) -> FeedConfig:
    return FeedConfig(url=f"https://feeds.example/{i}.xml", name=f"feed {i}", interval=interval)


def polled(store: StateStore, f: FeedConfig, at: dt.datetime, *, interval: float | None = None,
           failures: int = 0, backoff: float = 0) -> None:
    """Store what a poll at ``at`` leaves: its next time under ``interval`` (or backoff)."""
    wait = backoff if failures else (interval or f.interval)
    store.feeds.save(FeedState(feed_url=f.url, last_polled_at=at, consecutive_failures=failures,
                               next_poll_at=at + dt.timedelta(seconds=wait)))


def brute_force(store: StateStore, feeds: list[FeedConfig], now: dt.datetime) -> list[str]:
    """What the leader did before: every row read, due_at of every configured feed."""
    schedules = store.cluster.schedules()
    queued = store.cluster.queued_urls()
    return [f.url for f in feeds
            if f.url not in queued and due_at(schedules.get(f.url), f, now) <= now]


def test_due_feeds_are_read_by_an_index(store: StateStore) -> None:
    feeds = [feed(i) for i in range(6)]
    polled(store, feeds[0], NOW - dt.timedelta(hours=2))  # due an hour ago
    polled(store, feeds[1], NOW - dt.timedelta(minutes=10))  # not yet
    polled(store, feeds[2], NOW, failures=3, backoff=4 * HOUR)  # backing off
    polled(store, feeds[3], NOW - dt.timedelta(hours=1))  # due right now
    assert set(store.cluster.due_schedules(NOW)) == {feeds[0].url, feeds[3].url}
    with store.db.read() as db:
        if store.db.engine == "sqlite":
            plan = " ".join(str(r) for r in db.execute(f"EXPLAIN QUERY PLAN {DUE_SQL}",
                                                       [NOW.isoformat()]).fetchall())
        else:
            db.execute("SET LOCAL enable_seqscan = off")  # a 4-row table: make it show
            plan = " ".join(str(r) for r in db.execute(f"EXPLAIN {DUE_SQL}",
                                                       [NOW.isoformat()]).fetchall())
    assert "feeds_by_next_poll" in plan, plan


def test_the_leader_finds_what_a_full_read_finds_and_reads_the_table_once(
        store: StateStore) -> None:
    """Feeds never polled, due, backing off, polled under a longer interval than the config
    now gives, queued already: over a day of ticks and polls, the leader's due feeds are the
    brute force's, tick by tick, and only its first tick reads every row."""
    rng = random.Random(15)
    feeds = [feed(i, interval=rng.choice([600.0, HOUR, 4 * HOUR])) for i in range(40)]
    for f in feeds[:30]:
        at = NOW - dt.timedelta(seconds=rng.uniform(0, 5 * HOUR))
        if rng.random() < 0.2:
            polled(store, f, at, failures=2, backoff=rng.uniform(600, 3 * HOUR))
        else:  # some polled when the config said a day
            polled(store, f, at, interval=86400.0 if rng.random() < 0.3 else None)
    planner = DuePolls(feeds)
    full_reads = 0
    real_schedules = store.cluster.schedules

    def counted() -> dict[str, object]:
        nonlocal full_reads
        full_reads += 1
        return real_schedules()  # type: ignore[return-value]

    store.cluster.schedules = counted  # type: ignore[method-assign]
    now = NOW
    seen_due = 0
    for _tick in range(300):
        now += dt.timedelta(seconds=rng.uniform(30, 400))
        expected = brute_force(store, feeds, now)
        full_reads -= 1  # brute_force's own read
        due = planner.due(store, now)
        assert [url for url, _ in due] == expected
        seen_due += len(due)
        store.cluster.queue_due(due)
        by_url = {f.url: f for f in feeds}
        for url in store.cluster.claim_polls(now, rng.randint(0, 5), claimant="me",
                                             lease=dt.timedelta(minutes=5)):
            if rng.random() < 0.1:
                polled(store, by_url[url], now, failures=1, backoff=rng.uniform(60, HOUR))
            else:
                polled(store, by_url[url], now)
            store.cluster.finish_poll(url, claimant="me")
    assert full_reads == 1
    assert seen_due > 40
