"""The store's read methods behind the status page, on a real SQLite file: every feed's state,
one season's row, time line and alerts (including the "no season" form)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from monitor.models import Article, Fact
from monitor.store.state import FeedState, StateLocation, StateStore

NOW = dt.datetime(2024, 6, 1, 12, 0, tzinfo=dt.UTC)


def ingest(store: StateStore, url: str, published: str, *facts: Fact,
           channels: tuple[str, ...] = ("mail",)) -> None:
    article = Article(url=url, title="t", text=url, published=dt.date.fromisoformat(published))
    store.articles.ingest(article, list(facts), watched=lambda _t: True, channels=channels, now=NOW)


def fact(show: str, season: int | None, kind: str, date: str | None,
         certainty: str = "confirmed", url: str = "") -> Fact:
    return Fact(show=show, season=season, kind=kind, date=date,  # type: ignore[arg-type]
                certainty=certainty, evidence=f"{show} {season} {kind}",  # type: ignore[arg-type]
                source_url=url)


@pytest.fixture
def store(state_location: StateLocation) -> Iterator[StateStore]:
    with StateStore(state_location) as s:
        ingest(s, "https://a.example/1", "2017-01-01",
               fact("Jessica Jones", 2, "renewed", None),
               fact("Jessica Jones", None, "renewed", None, "expected"),
               fact("Daredevil", 3, "premiere", "2018", "speculative"))
        ingest(s, "https://a.example/2", "2017-04-03",
               fact("jessica jones", 2, "filming_started", "2017-04-03"),
               fact("Jessica Jones", 1, "premiere", "2015-11-20"))
        yield s


def test_feed_states_lists_every_feed_by_url(store: StateStore) -> None:
    assert store.feeds.all_states() == []
    b = FeedState(feed_url="https://b.example/rss", consecutive_failures=2, last_error="HTTP 500",
                  last_polled_at=NOW, unhealthy=True)
    a = FeedState(feed_url="https://a.example/rss", etag='"x"', last_success_at=NOW,
                  last_polled_at=NOW)
    store.feeds.save(b)
    store.feeds.save(a)
    assert store.feeds.all_states() == [a, b]


def test_season_row(store: StateStore) -> None:
    row = store.queries.season_row("jessica jones", 2)
    assert row is not None and (row.show, row.season, row.status, row.since) == \
        ("Jessica Jones", 2, "filming", "2017-04-03")
    assert row in store.queries.status_rows()
    none = store.queries.season_row("jessica jones", None)
    assert none is not None and none.season is None and none.status == "renewed"
    # Known only from a speculative fact: no status, yet the season page can show it.
    dd = store.queries.season_row("daredevil", 3)
    assert dd is not None and dd.status is None and dd.speculative_premiere == "2018"
    assert store.queries.season_row("jessica jones", 7) is None
    assert store.queries.season_row("nobody", 1) is None


def test_season_history_is_one_season_only(store: StateStore) -> None:
    two = store.queries.season_history("jessica jones", 2)
    assert [(h.season, h.kind, h.date) for h in two] == \
        [(2, "renewed", None), (2, "filming_started", "2017-04-03")]
    assert two == store.queries.history("Jessica Jones", 2)
    none = store.queries.season_history("jessica jones", None)
    assert [(h.season, h.kind, h.certainty) for h in none] == [(None, "renewed", "expected")]
    assert store.queries.season_history("jessica jones", 9) == []


def test_season_alerts(store: StateStore) -> None:
    two = store.outbox.season_alerts("jessica jones", 2)
    assert [(r.alert.from_status, r.alert.to_status) for r in two] == \
        [(None, "renewed"), ("renewed", "filming")]
    assert all([d.channel for d in r.deliveries] == ["mail"] for r in two)
    none = store.outbox.season_alerts("jessica jones", None)
    assert [(r.alert.season, r.alert.to_status) for r in none] == [(None, "renewed")]
    every = {r.alert.id for r in store.outbox.alerts()}
    assert {r.alert.id for r in two + none} <= every
    assert store.outbox.season_alerts("daredevil", 3) == []
