"""Failing feeds: backoff, Retry-After, one unhealthy notice per failure streak, recovery.

Polls run in-process against a real HTTP server on 127.0.0.1 and a real SQLite file; the clock
is injected, so the backoff is read from the stored ``next_poll_at`` instead of being waited out.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from httpserver import LocalHTTPServer, Response
from service_setup import write_config

from monitor.config import FeedConfig, load_config
from monitor.pipeline import feed_backoff, make_context, poll_feed
from monitor.store.state import StateStore

NOW = dt.datetime(2026, 1, 5, 12, 0, tzinfo=dt.UTC)
EMPTY_FEED = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
              b"</channel></rss>")


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> dt.datetime:
        return self.now

    def to(self, moment: dt.datetime | None) -> None:
        assert moment is not None
        self.now = moment


def setup(tmp_path: Path, url: str, extra: str = "") -> tuple[FeedConfig, StateStore, Clock,
                                                              object]:
    config_path = write_config(tmp_path, [url])
    config_path.write_text(config_path.read_text().replace(
        "[monitor]\n", '[monitor]\ndefault_interval = "1m"\nunhealthy_after = 3\n'
                       f'max_backoff = "3m"\n{extra}'))
    config = load_config(config_path)
    store = StateStore(config.state_path)
    clock = Clock()
    ctx = make_context(config, store, now=clock, channel_names=["ops"])
    return config.feeds[0], store, clock, ctx


def operator_alerts(store: StateStore) -> list[tuple[str, str]]:
    return [(r.alert.to_status, r.alert.id) for r in store.outbox.alerts()
            if r.alert.kind == "operator"]


def test_backoff_doubles_up_to_the_cap() -> None:
    assert [feed_backoff(60, n, 180) for n in range(1, 6)] == [60, 120, 180, 180, 180]
    assert feed_backoff(60, 1, 180, retry_after=600) == 600
    assert feed_backoff(60, 3, 180, retry_after=30) == 180
    assert feed_backoff(3600, 4, 60) == 3600  # never more often than the feed's interval
    assert feed_backoff(60, 1, 180, retry_after=10**9) == 7 * 86400


def test_failing_feed_backs_off_alerts_once_and_recovers_with_a_notice(
        tmp_path: Path, http_server: LocalHTTPServer, caplog: pytest.LogCaptureFixture) -> None:
    answers = {"ok": False}
    http_server.route("/feed.xml", lambda req: Response(200, EMPTY_FEED) if answers["ok"]
                      else Response(500, "down"))
    feed, store, clock, ctx = setup(tmp_path, http_server.url("/feed.xml"))

    waits = []
    for _ in range(6):
        outcome = poll_feed(feed, ctx)  # type: ignore[arg-type]
        assert outcome.result == "error" and "HTTP 500" in (outcome.error or "")
        state = store.feeds.state(feed.url)
        assert state.next_poll_at is not None
        waits.append((state.next_poll_at - clock.now).total_seconds())
        clock.to(state.next_poll_at)
    assert waits == [60, 120, 180, 180, 180, 180]
    state = store.feeds.state(feed.url)
    assert state.unhealthy and state.consecutive_failures == 6 and state.failing_since == NOW

    [(kind, first_id)] = operator_alerts(store)  # one notice for the streak, not one per poll
    assert kind == "feed_unhealthy"
    [record] = [r for r in store.outbox.alerts() if r.alert.id == first_id]
    assert "feed 0" in record.alert.evidence and "3 failed polls in a row" in record.alert.evidence
    assert [d.channel for d in record.deliveries] == ["ops"]
    logged = [r.getMessage() for r in caplog.records]
    assert sum("unhealthy" in m for m in logged) == 1
    assert all(m.startswith("feed feed 0:") for m in logged if "poll failed" in m)

    answers["ok"] = True
    outcome = poll_feed(feed, ctx)  # type: ignore[arg-type]
    assert outcome.result == "unchanged" and len(outcome.alerts) == 1
    state = store.feeds.state(feed.url)
    assert not state.unhealthy and state.consecutive_failures == 0
    assert state.failing_since is None and state.last_success_at == clock.now
    assert [k for k, _ in operator_alerts(store)] == ["feed_unhealthy", "feed_recovered"]
    assert "recovered after 6 failed polls" in outcome.alerts[0].evidence

    # A new streak is a new notice (a different id), again only once.
    answers["ok"] = False
    for _ in range(4):
        clock.to(clock.now + dt.timedelta(minutes=5))
        poll_feed(feed, ctx)  # type: ignore[arg-type]
    kinds = [k for k, _ in operator_alerts(store)]
    assert kinds == ["feed_unhealthy", "feed_recovered", "feed_unhealthy"]
    assert len({i for _, i in operator_alerts(store)}) == 3


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_is_honoured(tmp_path: Path, http_server: LocalHTTPServer,
                                 status: int) -> None:
    http_server.route("/feed.xml", Response(status, "slow down", {"Retry-After": "900"}))
    feed, store, clock, ctx = setup(tmp_path, http_server.url("/feed.xml"))
    outcome = poll_feed(feed, ctx)  # type: ignore[arg-type]
    assert f"HTTP {status}" in (outcome.error or "") and "retry after 900 s" in outcome.error
    assert store.feeds.state(feed.url).next_poll_at == NOW + dt.timedelta(seconds=900)


def test_retry_after_as_a_date(tmp_path: Path, http_server: LocalHTTPServer) -> None:
    http_server.route("/feed.xml", Response(503, "", {
        "Retry-After": "Mon, 05 Jan 2026 12:30:00 GMT"}))
    feed, store, clock, ctx = setup(tmp_path, http_server.url("/feed.xml"))
    poll_feed(feed, ctx)  # type: ignore[arg-type]
    # fetch.py turns the date into seconds with the real clock; a date in the past means
    # "now", so the feed's ordinary backoff applies.
    due = store.feeds.state(feed.url).next_poll_at
    assert due is not None and due >= NOW + dt.timedelta(seconds=60)


def test_healthy_feed_is_due_again_after_its_interval(tmp_path: Path,
                                                       http_server: LocalHTTPServer) -> None:
    http_server.route("/feed.xml", Response(200, EMPTY_FEED))
    feed, store, clock, ctx = setup(tmp_path, http_server.url("/feed.xml"))
    assert poll_feed(feed, ctx).result == "unchanged"  # type: ignore[arg-type]
    state = store.feeds.state(feed.url)
    assert state.next_poll_at == NOW + dt.timedelta(minutes=1)
    assert operator_alerts(store) == []
