"""The state store on real SQLite files: ingest, idempotency, outbox, queries, migrations, WAL."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import sqlite3
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest

from monitor.errors import StateError
from monitor.models import STATUS_RANK, Alert, Article, Fact
from monitor.names import show_key
from monitor.store.state import (
    SCHEMA_VERSION,
    FeedState,
    SeasonRow,
    SeenItem,
    StateStore,
    normalize_link,
)

SEEDS = Path(__file__).parent / "fixtures" / "seeds"
LABELS = json.loads((SEEDS / "labels.json").read_text(encoding="utf-8"))
BY_PREFIX = {label["file"][:3]: label for label in LABELS}
IN_ORDER = ["004", "001", "002", "003", "000"]
NOW = dt.datetime(2024, 6, 1, 12, 0, tzinfo=dt.UTC)


def seed_article(prefix: str) -> tuple[Article, list[Fact]]:
    """A seed article (text from the fixture file) and its labelled facts, with evidence
    sentences of our own."""
    label = BY_PREFIX[prefix]
    url = label["url"] or f"https://seeds.example/{Path(label['file']).stem}.html"
    article = Article(url=url, title=label["title"],
                      text=(SEEDS / label["file"]).read_text(encoding="utf-8"),
                      published=dt.date.fromisoformat(label["published"]))
    facts = [Fact(show=f["show"], season=f["season"], kind=f["kind"], date=f["date"],
                  certainty=f["certainty"], value=f.get("value"), source_url=url,
                  evidence=f"{f['show']} {f['kind']} {f['date'] or f.get('value') or ''} "
                           f"(seed {prefix})")
             for f in label["facts"]]
    return article, facts


def watch_jj(title: str) -> bool:
    return show_key(title) == "jessica jones"


def watch_all(title: str) -> bool:
    return True




def ingest(store: StateStore, prefix: str, *, channels: tuple[str, ...] = (),
           watched=watch_jj, now: dt.datetime = NOW, window_alerts: bool = False) -> list[Alert]:
    article, facts = seed_article(prefix)
    return store.articles.ingest(article, facts, watched=watched, channels=channels, now=now,
                        window_alerts=window_alerts)


def row(store: StateStore, show: str, season: int | None) -> SeasonRow:
    return next(r for r in store.queries.status_rows() if r.show == show and r.season == season)


def jj2(alerts: list[Alert]) -> list[tuple[str | None, str, str | None]]:
    return [(a.from_status, a.to_status, a.date) for a in alerts
            if a.show == "Jessica Jones" and a.season == 2]


def comparable(rows: list[SeasonRow]) -> list[tuple[object, ...]]:
    return [(r.show, r.season, r.status, r.since, r.premiere, r.premiere_certainty,
             r.speculative_premiere, r.episode_count, r.sources) for r in rows]


# --- the seed time line -------------------------------------------------------------------------

def test_in_order_replay_gives_the_seed_time_line(store: StateStore) -> None:
    per_article = {p: jj2(ingest(store, p)) for p in IN_ORDER}
    assert per_article == {
        "004": [(None, "renewed", None)],
        "001": [("renewed", "filming", "2017-04-03")],
        "002": [],
        "003": [],
        "000": [("filming", "wrapped", "2017-09-15")],
    }
    jj = row(store, "Jessica Jones", 2)
    assert (jj.status, jj.since, jj.premiere, jj.premiere_certainty) == (
        "wrapped", "2017-09-15", "2018", "expected")
    assert (jj.speculative_premiere, jj.episode_count, jj.sources) == ("2018-03", 13, 5)


def test_alerts_carry_evidence_sources_and_certainty(store: StateStore) -> None:
    [first] = ingest(store, "004")
    assert first.published == dt.date(2016, 5, 10)
    assert first.sources == (BY_PREFIX["004"]["url"],)
    assert first.evidence == "Jessica Jones renewed  (seed 004)"
    [filming] = ingest(store, "001")
    assert (filming.certainty, filming.sources) == (
        "confirmed", ("https://seeds.example/001_f48608595cd94a19.html",))
    assert filming.evidence.startswith("Jessica Jones filming_started 2017-04-03")


def test_other_shows_never_land_on_jessica_jones(store: StateStore) -> None:
    for prefix in IN_ORDER:
        ingest(store, prefix, watched=watch_all)
    rows = {(r.show, r.season): r for r in store.queries.status_rows()}
    assert rows[("The Defenders", 1)].status == "wrapped"
    assert rows[("Iron Fist", 1)].status == "premiere_scheduled"
    assert rows[("The Punisher", 1)].status == "filming"
    assert rows[("Jessica Jones", 2)].status == "wrapped"
    assert rows[("Jessica Jones", 1)].status == "premiere_scheduled"


def test_season_null_facts_stay_on_the_show_row(store: StateStore) -> None:
    for prefix in IN_ORDER:
        ingest(store, prefix, watched=watch_all)
    luke = {r.season: r for r in store.queries.status_rows() if r.show == "Luke Cage"}
    assert set(luke) == {None, 1}
    assert (luke[None].status, luke[None].premiere) == ("renewed", "2018")
    assert (luke[1].status, luke[1].since) == ("premiere_scheduled", "2016-09-30")
    assert all(f.season is None for f in store.queries.history("Luke Cage") if f.kind == "renewed")


@pytest.mark.parametrize("order", list(itertools.permutations(IN_ORDER)),
                         ids=lambda o: "-".join(o))
def test_every_arrival_order_ends_in_the_same_state(tmp_path: Path, order: tuple[str]) -> None:
    with StateStore(tmp_path / "in-order.db") as reference:
        for prefix in IN_ORDER:
            ingest(reference, prefix, watched=watch_all)
        expected = comparable(reference.queries.status_rows(include_unknown=True))
    with StateStore(tmp_path / "shuffled.db") as store:
        alerts = [a for p in order for a in ingest(store, p, watched=watch_all)]
        assert comparable(store.queries.status_rows(include_unknown=True)) == expected
        jj = row(store, "Jessica Jones", 2)
        assert (jj.status, jj.since) == ("wrapped", "2017-09-15")
    # Only forward alerts, each season's climbing, each status announced once.
    key = lambda a: (a.show, -1 if a.season is None else a.season)  # noqa: E731
    for _, group in itertools.groupby(sorted(alerts, key=key), key=key):
        seq = list(group)
        ranks = [STATUS_RANK[a.to_status] for a in seq]
        assert ranks == sorted(set(ranks))
        for alert in seq:
            if alert.from_status is not None:
                assert STATUS_RANK[alert.to_status] > STATUS_RANK[alert.from_status]


# --- idempotency and sources --------------------------------------------------------------------

def test_reingesting_an_article_adds_nothing(store: StateStore) -> None:
    assert ingest(store, "004", channels=("hook",))
    before = store.queries.history("Jessica Jones", 2)
    assert ingest(store, "004", channels=("hook",), now=NOW + dt.timedelta(hours=1)) == []
    assert store.queries.history("Jessica Jones", 2) == before
    assert all(len(h.sources) == 1 for h in before)
    assert row(store, "Jessica Jones", 2).sources == 1
    assert len(store.outbox.alerts()) == 1
    assert len(store.outbox.due(NOW + dt.timedelta(hours=2))) == 1


def test_same_url_again_updates_the_article(store: StateStore, tmp_path: Path) -> None:
    article, facts = seed_article("004")
    store.articles.ingest(article, facts, watched=watch_jj, channels=(), now=NOW)
    edited = Article(url=article.url, title="Updated title", text="new text",
                     published=article.published)
    store.articles.ingest(edited, facts, watched=watch_jj, channels=(),
                          now=NOW + dt.timedelta(days=1))
    with store.db.read() as conn:
        rows = conn.execute("SELECT title, first_seen_at, updated_at FROM articles").fetchall()
        n_sources = conn.execute("SELECT COUNT(*) FROM fact_sources").fetchone()[0]
    assert len(rows) == 1 and rows[0][0] == "Updated title" and rows[0][1] < rows[0][2]
    assert n_sources == len(facts)


def test_a_fact_in_several_articles_is_one_fact_with_several_sources(store: StateStore) -> None:
    for prefix in IN_ORDER:
        ingest(store, prefix)
    history = store.queries.history("Jessica Jones", 2)
    start = next(h for h in history if h.kind == "filming_started" and h.date == "2017-04-03")
    assert start.sources == ("https://seeds.example/001_f48608595cd94a19.html",
                             "https://seeds.example/002_f518ed39443787dc.html")
    window = [h for h in history if h.kind == "premiere" and h.date == "2018"]
    assert len(window) == 1 and len(window[0].sources) == 3
    assert window[0].source_published == (dt.date(2017, 4, 3), dt.date(2017, 4, 4),
                                          dt.date(2017, 9, 16))


def test_fact_certainty_is_the_strongest_over_its_sources(store: StateStore) -> None:
    def fact(certainty: str) -> Fact:
        return Fact(show="Example", season=1, kind="premiere", date="2025",
                    certainty=certainty, evidence=f"It {certainty} premieres in 2025.")  # type: ignore[arg-type]

    a = Article(url="https://n/1", title="a", text="a", published=dt.date(2024, 1, 1))
    b = Article(url="https://n/2", title="b", text="b", published=dt.date(2024, 2, 1))
    store.articles.ingest(a, [fact("speculative")], watched=watch_all, channels=(), now=NOW)
    assert store.queries.status_rows() == []  # only speculative: not on the board yet
    assert store.queries.status_rows(include_unknown=True)[0].speculative_premiere == "2025"
    [alert] = store.articles.ingest(b, [fact("expected")], watched=watch_all, channels=(), now=NOW)
    assert (alert.from_status, alert.to_status) == (None, "renewed")
    [h] = store.queries.history("example")
    assert h.certainty == "expected" and h.evidence == "It expected premieres in 2025."
    assert h.sources == ("https://n/1", "https://n/2")


def test_unwatched_shows_are_tracked_without_alerts(store: StateStore) -> None:
    assert ingest(store, "002", watched=lambda t: False, channels=("hook",)) == []
    assert row(store, "Iron Fist", 1).status == "premiere_scheduled"
    assert store.outbox.alerts() == []


def test_watch_list_matches_the_titles_articles_use(store: StateStore) -> None:
    article = Article(url="https://n/1", title="t", text="x", published=dt.date(2024, 1, 1))
    fact = Fact(show="Love & Death", season=2, kind="renewed", date=None,
                certainty="confirmed", evidence="Love & Death was renewed.")
    [alert] = store.articles.ingest(article, [fact], watched=lambda t: t == "Love & Death",
                           channels=(), now=NOW)
    assert alert.show == "Love & Death"


def test_display_title_is_the_most_common_spelling(store: StateStore) -> None:
    def art(n: int) -> Article:
        return Article(url=f"https://n/{n}", title="t", text="x", published=dt.date(2024, 1, n))

    def fact(show: str, kind: str = "renewed") -> Fact:
        return Fact(show=show, season=1, kind=kind, date=None, certainty="confirmed",  # type: ignore[arg-type]
                    evidence=f"{show}.")

    store.articles.ingest(art(1), [fact("the boys")], watched=watch_all, channels=(), now=NOW)
    store.articles.ingest(art(2), [fact("The Boys")], watched=watch_all, channels=(), now=NOW)
    store.articles.ingest(art(3), [fact("The Boys", "filming_started")], watched=watch_all,
                 channels=(), now=NOW)
    [r] = store.queries.status_rows()
    assert (r.show, r.status) == ("The Boys", "filming")
    assert store.queries.history("BOYS")[0].show == "The Boys"


def test_empty_channel_list_still_stores_the_alert(store: StateStore) -> None:
    [alert] = ingest(store, "004")
    [record] = store.outbox.alerts()
    assert record.alert == alert and record.deliveries == ()
    assert store.outbox.due(NOW) == []


def test_malformed_facts_are_skipped(store: StateStore) -> None:
    article = Article(url="https://n/1", title="t", text="x", published=dt.date(2024, 1, 1))
    bad = [Fact(show="  ", season=1, kind="renewed", date=None, certainty="confirmed",
                evidence=""),
           Fact(show="X", season=1, kind="rebooted", date=None, certainty="confirmed",  # type: ignore[arg-type]
                evidence="")]
    assert store.articles.ingest(article, bad, watched=watch_all, channels=(), now=NOW) == []
    assert store.queries.status_rows(include_unknown=True) == []


def test_ingest_is_one_transaction(store: StateStore) -> None:
    def broken(title: str) -> bool:
        raise RuntimeError("watch list exploded")

    with pytest.raises(RuntimeError):
        ingest(store, "004", watched=broken)
    assert store.queries.status_rows(include_unknown=True) == []
    assert store.queries.history("Jessica Jones") == []
    assert ingest(store, "004")  # the store is still usable and nothing half-written remains


def refuse_seen_items(store: StateStore) -> None:
    """A trigger that makes marking any item seen fail: a crash at that very statement."""
    with store.db.write() as db:
        if store.db.engine == "sqlite":
            db.execute("CREATE TRIGGER refuse_seen BEFORE INSERT ON seen_items "
                       "BEGIN SELECT RAISE(ABORT, 'the disk went away'); END")
        else:
            db.execute("CREATE FUNCTION refuse_seen() RETURNS trigger LANGUAGE plpgsql AS "
                       "$$ BEGIN RAISE EXCEPTION 'the disk went away'; END $$")
            db.execute("CREATE TRIGGER refuse_seen BEFORE INSERT ON seen_items "
                       "FOR EACH ROW EXECUTE FUNCTION refuse_seen()")


def allow_seen_items(store: StateStore) -> None:
    with store.db.write() as db:
        db.execute("DROP TRIGGER refuse_seen" if store.db.engine == "sqlite"
                   else "DROP TRIGGER refuse_seen ON seen_items")


ITEM = SeenItem.of("https://feed.example/rss", "guid-004", "https://seeds.example/004", "h1")


def test_ingest_marks_its_item_seen_in_the_same_transaction(store: StateStore) -> None:
    article, facts = seed_article("004")
    alerts = store.articles.ingest(article, facts, watched=watch_jj, channels=("hook",),
                                   now=NOW, seen=ITEM)
    assert alerts
    assert store.feeds.is_seen(ITEM.feed_url, ITEM.guid, "https://seeds.example/004")
    assert store.feeds.matching(ITEM.feed_url, ITEM.guid, "https://seeds.example/004") == [ITEM]


def test_a_crash_before_the_item_is_marked_keeps_neither_facts_nor_alerts(
        store: StateStore) -> None:
    """Marking the item fails inside ingest (a crash there): the article, its facts, seasons
    and alerts are rolled back with it; processing the item again alerts exactly once."""
    article, facts = seed_article("004")
    refuse_seen_items(store)
    with pytest.raises(StateError, match="the disk went away"):
        store.articles.ingest(article, facts, watched=watch_jj, channels=("hook",), now=NOW,
                              seen=ITEM)
    assert store.queries.status_rows(include_unknown=True) == []
    assert store.outbox.alerts() == []
    assert not store.feeds.is_seen(ITEM.feed_url, ITEM.guid, "https://seeds.example/004")
    allow_seen_items(store)
    alerts = store.articles.ingest(article, facts, watched=watch_jj, channels=("hook",),
                                   now=NOW, seen=ITEM)
    assert alerts
    assert sorted(a.alert.id for a in store.outbox.alerts()) == sorted(a.id for a in alerts)
    assert store.feeds.is_seen(ITEM.feed_url, ITEM.guid, "https://seeds.example/004")
    # Seen now: the poll would skip it; ingested again anyway, nothing is alerted twice.
    assert store.articles.ingest(article, facts, watched=watch_jj, channels=("hook",),
                                 now=NOW, seen=ITEM) == []


def test_premiere_window_alerts_when_enabled(store: StateStore) -> None:
    ingest(store, "004")
    ingest(store, "001", window_alerts=True)  # status alert; it carries the window
    article, facts = seed_article("000")
    alerts = store.articles.ingest(article, facts, watched=watch_jj, channels=(), now=NOW,
                          window_alerts=True)
    assert [a.kind for a in alerts if a.season == 2] == ["status_change"]
    moved = Article(url="https://n/moved", title="t", text="x", published=dt.date(2017, 10, 1))
    fact = Fact(show="Jessica Jones", season=2, kind="premiere", date="2018-03",
                certainty="expected", evidence="Season 2 arrives in March 2018.")
    [window] = store.articles.ingest(moved, [fact], watched=watch_jj, channels=("hook",), now=NOW,
                            window_alerts=True)
    assert (window.kind, window.date, window.extra) == (
        "premiere_window", "2018-03", {"premiere": "2018-03", "previous_premiere": "2018"})
    assert store.outbox.alerts()[-1].alert == window
    assert store.outbox.alerts()[-1].alert.extra == window.extra


# --- outbox -------------------------------------------------------------------------------------

def test_outbox_lifecycle(store: StateStore, tmp_path: Path) -> None:
    [alert] = ingest(store, "004", channels=("hook", "mail"))
    due = store.outbox.due(NOW)
    assert [(d.alert.id, d.channel, d.attempts) for d in due] == [
        (alert.id, "hook", 0), (alert.id, "mail", 0)]
    assert due[0].alert == alert
    assert [d.channel for d in store.outbox.due(NOW, channels=["mail"])] == ["mail"]
    assert store.outbox.due(NOW, channels=[]) == []
    assert store.outbox.due(NOW - dt.timedelta(seconds=1)) == []

    # hook: fails, retried later, then delivered and never due again.
    retry = NOW + dt.timedelta(minutes=1)
    store.outbox.record_attempt(alert.id, "hook", now=NOW, ok=False, error="HTTP 503",
                                retry_at=retry)
    assert [d.channel for d in store.outbox.due(NOW)] == ["mail"]
    [again] = store.outbox.due(retry, channels=["hook"])
    assert again.attempts == 1
    store.outbox.record_attempt(alert.id, "hook", now=retry, ok=True, error=None, retry_at=None)
    assert store.outbox.due(retry + dt.timedelta(days=1), channels=["hook"]) == []

    # mail: fails for good.
    store.outbox.record_attempt(alert.id, "mail", now=NOW, ok=False, error="550 no such user",
                         retry_at=None)
    assert store.outbox.due(NOW + dt.timedelta(days=1)) == []
    [record] = store.outbox.alerts(failed_only=True)
    states = {d.channel: d for d in record.deliveries}
    assert states["hook"].state == "delivered" and states["hook"].attempts == 2
    assert states["hook"].delivered_at == retry and states["hook"].last_error is None
    assert states["mail"].state == "failed" and states["mail"].last_error == "550 no such user"
    assert record.failed

    # requeue: due again at once, with a fresh count; delivered channels stay delivered.
    assert store.outbox.requeue(all_failed=True) == 1
    assert store.outbox.alerts(failed_only=True) == []
    [d] = store.outbox.due(NOW)
    assert (d.channel, d.attempts) == ("mail", 0)
    assert store.outbox.requeue(alert.id) == 1
    assert store.outbox.requeue("no-such-alert") == 0
    with pytest.raises(ValueError):
        store.outbox.requeue()

    with store.db.read() as conn:
        attempts = [tuple(r) for r in conn.execute("SELECT channel, ok, error "
                                                   "FROM delivery_attempts ORDER BY id")
                    .fetchall()]
    assert attempts == [("hook", 0, "HTTP 503"), ("hook", 1, None),
                        ("mail", 0, "550 no such user")]


def test_due_deliveries_oldest_first_and_limited(store: StateStore) -> None:
    for i, prefix in enumerate(IN_ORDER):
        ingest(store, prefix, channels=("hook",), now=NOW + dt.timedelta(minutes=i))
    due = store.outbox.due(NOW + dt.timedelta(hours=1))
    assert [d.alert.to_status for d in due if d.alert.season == 2] == [
        "renewed", "filming", "wrapped"]
    assert [d.alert.created_at for d in due] == sorted(d.alert.created_at for d in due)
    assert len(store.outbox.due(NOW + dt.timedelta(hours=1), limit=2)) == 2


def test_record_attempt_for_an_unknown_delivery(store: StateStore) -> None:
    with pytest.raises(StateError, match="no delivery"):
        store.outbox.record_attempt("nope", "hook", now=NOW, ok=True, error=None, retry_at=None)


def test_enqueue_alert_for_operator_notices(store: StateStore) -> None:
    notice = Alert(id="op-1", kind="operator", show="", season=None, from_status=None,
                   to_status="unhealthy", date=None, certainty=None,
                   evidence="Feed X failed 5 times.", sources=(), created_at=NOW)
    assert store.outbox.enqueue(notice, ["hook"]) is True
    assert store.outbox.enqueue(notice, ["hook"]) is False
    [d] = store.outbox.due(NOW)
    assert d.alert == notice


# --- feeds and seen items -----------------------------------------------------------------------

def test_feed_state_round_trip(store: StateStore) -> None:
    assert store.feeds.state("https://f/1") == FeedState(feed_url="https://f/1")
    state = FeedState(feed_url="https://f/1", etag='"abc"', last_modified="Mon, 01 Jan 2024",
                      consecutive_failures=3, last_success_at=NOW, last_error="HTTP 500",
                      last_polled_at=NOW + dt.timedelta(minutes=5), unhealthy=True)
    store.feeds.save(state)
    assert store.feeds.state("https://f/1") == state
    store.feeds.save(FeedState(feed_url="https://f/1"))
    assert store.feeds.state("https://f/1") == FeedState(feed_url="https://f/1")


def test_naive_times_are_taken_as_utc(store: StateStore) -> None:
    store.feeds.save(FeedState(feed_url="f", last_polled_at=dt.datetime(2024, 1, 1, 8)))
    assert store.feeds.state("f").last_polled_at == dt.datetime(2024, 1, 1, 8, tzinfo=dt.UTC)


def test_seen_items_by_guid_and_by_link(store: StateStore) -> None:
    assert not store.feeds.is_seen("feed-a", "g1", "https://n.example/a?utm_source=rss")
    store.feeds.mark_seen("feed-a", "g1", "https://n.example/a?utm_source=rss", now=NOW)
    store.feeds.mark_seen("feed-a", "g1", "https://n.example/a", now=NOW)  # repeat: no error
    assert store.feeds.is_seen("feed-a", "g1", "https://other.example/changed-link")
    assert store.feeds.is_seen("feed-b", "other-guid", "https://N.example/a/#comments")
    assert not store.feeds.is_seen("feed-b", "g1", "https://n.example/b")


def test_items_without_guid_are_keyed_by_link(store: StateStore) -> None:
    store.feeds.mark_seen("feed-a", "", "https://n.example/a", now=NOW)
    assert not store.feeds.is_seen("feed-a", "", "https://n.example/b")
    assert store.feeds.is_seen("feed-a", "", "https://n.example/a")


@pytest.mark.parametrize(("link", "norm"), [
    ("https://N.example/a/?utm_source=x&id=3#top", "https://n.example/a?id=3"),
    ("https://n.example/", "https://n.example"),
    ("", ""),
])
def test_normalize_link(link: str, norm: str) -> None:
    assert normalize_link(link) == norm


# --- history ------------------------------------------------------------------------------------

def test_history_in_reporting_order(store: StateStore) -> None:
    for prefix in ["000", "003", "004", "002", "001"]:
        ingest(store, prefix)
    history = store.queries.history("the JESSICA jones", 2)
    assert [h.published for h in history] == sorted(h.published for h in history)
    assert (history[0].kind, history[0].published) == ("renewed", dt.date(2016, 5, 10))
    assert (history[-1].kind, history[-1].date) == ("filming_wrapped", "2017-09-15")
    assert all(h.season == 2 and h.show == "Jessica Jones" for h in history)
    episodes = next(h for h in history if h.kind == "episode_count")
    assert (episodes.value, episodes.date) == (13, None)
    everything = store.queries.history("Jessica Jones")
    assert {h.season for h in everything} == {1, 2}
    assert store.queries.history("No Such Show") == []


# --- the file: reopening, migrations, concurrency -----------------------------------------------

def test_reopening_keeps_everything(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "state.db"
    with StateStore(path) as store:
        ingest(store, "004", channels=("hook",))
        store.feeds.save(FeedState(feed_url="f", etag="e"))
        rows = store.queries.status_rows()
    with StateStore(path) as store:
        assert store.queries.status_rows() == rows
        assert store.feeds.state("f").etag == "e"
        assert len(store.outbox.due(NOW)) == 1
        assert store.schema_version == SCHEMA_VERSION
        assert ingest(store, "004") == []


def test_migrates_an_older_file_in_place(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    StateStore(path, migrate_to=1).close()
    with closing(sqlite3.connect(path)) as conn:  # data as version 1 wrote it
        conn.execute("INSERT INTO feeds (feed_url, etag, consecutive_failures) "
                     "VALUES ('f', 'e1', 2)")
        conn.execute("INSERT INTO alerts (id, kind, show_key, show, season, to_status, "
                     "evidence, sources, created_at) VALUES ('a1', 'status_change', 'x', "
                     "'X', 1, 'renewed', 'X is back.', '[]', '2024-01-01T00:00:00+00:00')")
        conn.execute("INSERT INTO deliveries (alert_id, channel, state) "
                     "VALUES ('a1', 'hook', 'pending')")
        conn.commit()
        assert conn.execute("SELECT value FROM meta").fetchone() == ("1",)
    with StateStore(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.feeds.state("f") == FeedState(feed_url="f", etag="e1",
                                                      consecutive_failures=2, unhealthy=False)
        [d] = store.outbox.due(NOW)
        assert (d.alert.id, d.alert.extra, d.channel) == ("a1", {}, "hook")
    with closing(sqlite3.connect(path)) as conn:
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master "
                                              "WHERE type = 'index'")}
    assert {"seasons_by_status_name", "seasons_by_name", "deliveries_due",
            "facts_by_season", "alerts_by_show"} <= indexes


def test_a_file_from_a_newer_monitor_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    StateStore(path).close()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
        conn.commit()
    with pytest.raises(StateError, match="newer"):
        StateStore(path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StateError, match=str(path)):
        StateStore(path)


def test_in_memory_store(tmp_path: Path) -> None:
    with StateStore(":memory:") as store:
        assert ingest(store, "004")
        assert store.queries.status_rows()[0].status == "renewed"


def test_wal_reader_sees_committed_data_while_a_writer_is_open(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    with StateStore(path) as writer, StateStore(path) as reader:
        ingest(writer, "004")
        with closing(sqlite3.connect(path)) as conn:
            assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
            # A write transaction held open by the writer (as during a long ingest) ...
        writer.db.conn.execute("BEGIN IMMEDIATE")
        writer.db.conn.execute("INSERT INTO feeds (feed_url, etag) VALUES ('f', 'uncommitted')")
        try:
            # ... does not block the reader, which sees the committed state only.
            assert row(reader, "Jessica Jones", 2).status == "renewed"
            assert reader.feeds.state("f").etag is None
        finally:
            writer.db.conn.execute("COMMIT")
        assert reader.feeds.state("f").etag == "uncommitted"
        ingest(writer, "001")
        assert row(reader, "Jessica Jones", 2).status == "filming"


# --- a season's whole story: disagreements, moved dates, late news ------------------------------

def story_fact(kind: str, date: str | None, certainty: str = "expected",
               value: int | None = None) -> Fact:
    return Fact(show="Example Show", season=2, kind=kind, date=date,  # type: ignore[arg-type]
                certainty=certainty, value=value,  # type: ignore[arg-type]
                evidence=f"Example Show season 2: {kind} {date or value}.")


def tell(store: StateStore, url: str, published: str, *facts: Fact) -> list[Alert]:
    article = Article(url=url, title=url, text=url, published=dt.date.fromisoformat(published))
    return store.articles.ingest(article, list(facts), watched=watch_all, channels=("hook",),
                                 now=NOW)


def test_disagreeing_sources_are_stored_and_shown_with_the_season(store: StateStore) -> None:
    tell(store, "https://n/a", "2025-02-01", story_fact("premiere", "2025-04-14"))
    tell(store, "https://n/b", "2025-02-01", story_fact("premiere", "2025-04-14", "confirmed"))
    tell(store, "https://n/c", "2025-02-01", story_fact("premiere", "2025-04-07"))
    season = store.queries.season_row("example show", 2)
    assert season is not None and season.premiere == "2025-04-14"
    [d] = season.disagreements
    assert [(c.date, c.sources) for c in d.claims] == [
        ("2025-04-14", ("https://n/a", "https://n/b")), ("2025-04-07", ("https://n/c",))]
    assert store.queries.status_rows(disagreements=True) == [season]
    assert store.queries.status_rows() == [replace(season, disagreements=())]  # a plain read
    history = store.queries.season_history("example show", 2)
    assert {h.date: h.disagreement for h in history} == {"2025-04-14": d, "2025-04-07": d}


def test_moved_premiere_and_changed_episode_order_alerts_are_stored_once(
        store: StateStore, tmp_path: Path) -> None:
    [scheduled] = tell(store, "https://n/1", "2025-01-10", story_fact("premiere", "2025-03-08"),
                       story_fact("episode_count", None, "confirmed", value=8))
    assert scheduled.to_status == "premiere_scheduled"
    moved, episodes = tell(store, "https://n/2", "2025-02-01",
                           story_fact("premiere", "2025-04-14"),
                           story_fact("episode_count", None, "confirmed", value=10))
    assert (moved.kind, moved.previous_date, moved.date) == ("premiere_moved", "2025-03-08",
                                                             "2025-04-14")
    assert (episodes.kind, episodes.previous_episode_count, episodes.episode_count) == (
        "episodes_changed", 8, 10)
    # A recap repeating the old date and count, and the same news again: nothing.
    assert tell(store, "https://n/3", "2025-02-20", story_fact("premiere", "2025-03-08"),
                story_fact("episode_count", None, "confirmed", value=8)) == []
    assert tell(store, "https://n/2", "2025-02-01", story_fact("premiere", "2025-04-14")) == []
    with StateStore(store.location) as reopened:
        stored = [r.alert for r in reopened.outbox.alerts()]
    assert stored == [scheduled, moved, episodes]
    assert [a.payload() for a in stored] == [a.payload() for a in (scheduled, moved, episodes)]
    assert stored[1].previous_sources == ("https://n/1",)


def test_a_late_wrap_alerts_with_reported_late(store: StateStore) -> None:
    tell(store, "https://n/1", "2017-04-03", story_fact("filming_started", "2017-04-03",
                                                       "confirmed"))
    [wrapped] = tell(store, "https://n/2", "2017-09-16",
                     story_fact("filming_wrapped", "2017-07-10", "confirmed"))
    assert (wrapped.to_status, wrapped.reported_late) == ("wrapped", True)
    assert store.outbox.alerts()[-1].alert.reported_late is True


def test_a_version_3_file_gains_the_story_columns(tmp_path: Path) -> None:
    path = tmp_path / "v3.db"
    StateStore(path, migrate_to=3).close()
    with closing(sqlite3.connect(path)) as conn:  # rows as a version-3 monitor wrote them
        conn.execute("INSERT INTO seasons (show_key, season, show, status, sources, "
                     "source_count, updated_at) VALUES ('example show', 2, 'Example Show', "
                     "'renewed', '[]', 0, '2025-01-01T00:00:00+00:00')")
        conn.execute("INSERT INTO alerts (id, kind, show_key, show, season, to_status, "
                     "evidence, sources, created_at) VALUES ('a1', 'status_change', "
                     "'example show', 'Example Show', 2, 'renewed', 'Back.', '[]', "
                     "'2025-01-01T00:00:00+00:00')")
        conn.commit()
    with StateStore(path) as store:
        assert store.schema_version == SCHEMA_VERSION >= 4
        assert store.queries.season_row("example show", 2).disagreements == ()  # type: ignore[union-attr]
        [record] = store.outbox.alerts()
        assert (record.alert.reported_late, record.alert.previous_date,
                record.alert.previous_sources) == (False, None, ())
        tell(store, "https://n/a", "2025-02-01", story_fact("premiere", "2025-04-14"))
        tell(store, "https://n/b", "2025-02-01", story_fact("premiere", "2025-04-07"))
        assert len(store.queries.season_row("example show", 2).disagreements) == 1  # type: ignore[union-attr]


# --- a franchise prefix before a known show's title ------------------------------------------


def _tell(store: StateStore, url: str, show: str, season: int, kind: str,
          date: str | None) -> list[tuple[str, int | None, str | None]]:
    article = Article(url=url, title=url, text=url, published=dt.date(2025, 2, 20))
    fact = Fact(show=show, season=season, kind=kind, date=date,  # type: ignore[arg-type]
                certainty="expected" if kind == "premiere" else "confirmed", evidence=url)
    return [(a.show, a.season, a.to_status) for a in store.articles.ingest(
        article, [fact], watched=lambda _t: True, channels=(), now=NOW)
            if a.kind == "status_change"]


def test_a_prefixed_title_of_a_known_show_is_that_show(tmp_path: Path) -> None:
    """"Space Saga: Harbor Lights" once "Harbor Lights" is known: a franchise before a colon
    is no other show; the season moves on under its own title, and later news of it under
    the short title alerts nothing twice."""
    with StateStore(tmp_path / "s.db") as store:
        assert _tell(store, "https://a/1", "Harbor Lights", 2, "premiere", "2025") == [
            ("Harbor Lights", 2, "renewed")]
        assert _tell(store, "https://a/2", "Space Saga: Harbor Lights", 2, "premiere",
                     "2025-04-22") == [("Harbor Lights", 2, "premiere_scheduled")]
        assert _tell(store, "https://a/3", "Harbor Lights", 2, "premiere", "2025-04-22") == []
        row = store.queries.season_row(show_key("Harbor Lights"), 2)
        assert row is not None and row.status == "premiere_scheduled"
        assert store.queries.season_row(show_key("Space Saga: Harbor Lights"), 2) is None


def test_a_spin_off_or_a_prefixed_show_with_a_story_of_its_own_stays_apart(
        tmp_path: Path) -> None:
    with StateStore(tmp_path / "s.db") as store:
        _tell(store, "https://a/1", "Harbor Lights", 2, "renewed", None)
        # the parent's title before the colon: a spin-off, its own show
        assert _tell(store, "https://a/2", "Harbor Lights: Dockside", 1, "renewed", None) == [
            ("Harbor Lights: Dockside", 1, "renewed")]
        # a prefixed title the state already follows keeps its story
        _tell(store, "https://a/3", "Space Saga: Night Ferry", 1, "renewed", None)
        _tell(store, "https://a/4", "Night Ferry", 3, "renewed", None)
        assert _tell(store, "https://a/5", "Space Saga: Night Ferry", 1, "filming_started",
                     "2025-02") == [("Space Saga: Night Ferry", 1, "filming")]
        assert store.queries.season_row(show_key("Night Ferry"), 1) is None
