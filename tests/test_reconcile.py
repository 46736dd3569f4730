"""The season status rules (seeds README), one table row per rule, and the alert planning."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import random
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from monitor.models import STATUS_RANK
from monitor.names import show_key
from monitor.partial_date import restates
from monitor.store.reconcile import (
    SeasonState,
    SourcedFact,
    alert_id,
    counted_right,
    derive_season,
    gather_claims,
    keep_forward,
    pick_claim,
    plan_alerts,
)

LABELS = json.loads((Path(__file__).parent / "fixtures" / "seeds" / "labels.json")
                    .read_text(encoding="utf-8"))
NOW = dt.datetime(2024, 6, 1, 12, 0, tzinfo=dt.UTC)


def sf(kind: str, date: str | None, certainty: str = "confirmed", *, url: str = "https://a/1",
       published: str = "2024-01-10", value: int | None = None) -> SourcedFact:
    return SourcedFact(kind=kind, date=date, certainty=certainty, url=url,  # type: ignore[arg-type]
                       published=dt.date.fromisoformat(published), evidence=f"{kind} {date}",
                       value=value)


def derive(facts: list[SourcedFact]) -> SeasonState:
    return derive_season(facts, show_key="show", season=1, show="Show")


# --- the rules, one row each --------------------------------------------------------------------

RULES: list[Any] = [
    pytest.param([sf("premiere", "2025", "speculative")],
                 {"status": None, "since": None, "speculative_premiere": "2025"},
                 id="speculative-only-season-is-not-on-the-board"),
    pytest.param([sf("filming_started", "2024-04", "expected", published="2023-11-22")],
                 {"status": "renewed", "since": "2023-11-22"},
                 id="planned-shoot-means-renewed-since-the-article"),
    pytest.param([sf("premiere", "2025", "expected", published="2024-08-20")],
                 {"status": "renewed", "since": "2024-08-20", "premiere": "2025",
                  "premiere_certainty": "expected"},
                 id="expected-premiere-window-means-renewed"),
    pytest.param([sf("renewed", "2023-01")], {"status": "renewed", "since": "2023-01"},
                 id="renewal-date-is-since"),
    pytest.param([sf("renewed", None, published="2016-05-10")],
                 {"status": "renewed", "since": "2016-05-10"},
                 id="undated-renewal-falls-back-to-published"),
    pytest.param([sf("renewed", None, "speculative")], {"status": None},
                 id="speculative-renewal-changes-nothing"),
    pytest.param([sf("renewed", None), sf("filming_started", "2024-02-26", "expected")],
                 {"status": "renewed"}, id="expected-start-is-not-filming"),
    pytest.param([sf("filming_started", "2024-01-08", "speculative")], {"status": None},
                 id="speculative-start-is-nothing"),
    pytest.param([sf("filming_started", "2017-04-03")],
                 {"status": "filming", "since": "2017-04-03"}, id="confirmed-start-is-filming"),
    pytest.param([sf("filming_started", "2017-04", url="https://a/3", published="2017-04-04"),
                  sf("filming_started", "2017-04-03", url="https://a/1", published="2017-04-03")],
                 {"status": "filming", "since": "2017-04-03"},
                 id="most-precise-start-date-wins"),
    pytest.param([sf("filming_started", None, published="2024-03-14")],
                 {"status": "filming", "since": "2024-03-14"},
                 id="undated-start-falls-back-to-published"),
    pytest.param([sf("filming_wrapped", "2023-10", "expected"),
                  sf("filming_started", "2023-04-11")],
                 {"status": "filming", "since": "2023-04-11"}, id="expected-wrap-is-not-wrapped"),
    pytest.param([sf("filming_wrapped", "2017-09-15"), sf("filming_started", "2017-04")],
                 {"status": "wrapped", "since": "2017-09-15"}, id="confirmed-wrap-is-wrapped"),
    pytest.param([sf("filming_wrapped", None, published="2024-12-21")],
                 {"status": "wrapped", "since": "2024-12-21"},
                 id="wrap-without-start-is-still-wrapped"),
    pytest.param([sf("filming_wrapped", "2019-11", published="2020-09-20"),
                  sf("filming_started", "2020-10", "speculative", published="2020-09-20")],
                 {"status": None}, id="wrap-before-a-rumoured-start-is-another-seasons"),
    pytest.param([sf("filming_wrapped", "2019-11", published="2020-09-20"),
                  sf("renewed", "2020-11", published="2020-11-10"),
                  sf("filming_started", "2021-02", "expected", published="2020-11-10")],
                 {"status": "renewed", "since": "2020-11"},
                 id="wrap-before-a-planned-start-moves-nothing"),
    pytest.param([sf("filming_wrapped", "2019-11", published="2020-09-20"),
                  sf("filming_started", "2021-02", published="2021-05-24"),
                  sf("filming_wrapped", "2021-08", published="2021-08-31")],
                 {"status": "wrapped", "since": "2021-08"},
                 id="the-wrap-after-the-start-is-the-seasons"),
    pytest.param([sf("filming_started", "2024-SU", "speculative", published="2024-01-10"),
                  sf("filming_started", "2024-03", url="https://a/2", published="2024-03-20"),
                  sf("filming_wrapped", "2024-05", url="https://a/3", published="2024-05-30")],
                 {"status": "wrapped", "since": "2024-05"},
                 id="an-older-plan-overtaken-by-the-shoot-does-not-hide-its-wrap"),
    pytest.param([sf("filming_started", "2024-06", published="2024-06-10"),
                  sf("filming_wrapped", "2023-11", url="https://a/2", published="2024-09-01")],
                 {"status": "filming", "since": "2024-06"},
                 id="a-confirmed-later-start-reported-first-still-counts"),
    pytest.param([sf("filming_wrapped", "2024-02"), sf("filming_started", "2024")],
                 {"status": "wrapped", "since": "2024-02"},
                 id="a-start-window-holding-the-wrap-does-not-contradict-it"),
    pytest.param([sf("premiere", "2020-07-31", published="2020-11-10"),
                  sf("filming_started", "2021-02", "expected", published="2020-11-10")],
                 {"status": "renewed", "premiere": None},
                 id="premiere-before-a-planned-start-is-another-seasons"),
    pytest.param([sf("premiere", "2023-03", published="2023-08-23"),
                  sf("filming_started", "2023-08-23", published="2023-08-23")],
                 {"status": "filming", "premiere": None},
                 id="premiere-window-before-the-start-is-not-the-seasons"),
    pytest.param([sf("filming_started", "2024-01"),
                  sf("premiere", "2024-03-01", "confirmed", published="2024-02-01")],
                 {"status": "premiere_scheduled", "premiere": "2024-03-01"},
                 id="premiere-after-the-start-schedules-while-filming-goes-on"),
    pytest.param([sf("filming_started", "2024-01"), sf("premiere", "2025", "confirmed")],
                 {"status": "filming", "premiere": "2025", "premiere_certainty": "confirmed"},
                 id="premiere-year-is-kept-but-moves-nothing"),
    pytest.param([sf("renewed", None), sf("premiere", "2025-SP", "confirmed")],
                 {"status": "renewed", "premiere": "2025-SP"},
                 id="premiere-season-code-moves-nothing"),
    pytest.param([sf("renewed", None), sf("premiere", "2025-04", "expected")],
                 {"status": "renewed", "premiere": "2025-04"},
                 id="premiere-month-moves-nothing"),
    pytest.param([sf("filming_wrapped", "2024-12"), sf("premiere", "2025-11-26", "expected")],
                 {"status": "premiere_scheduled", "since": "2025-11-26",
                  "premiere": "2025-11-26", "premiere_certainty": "expected"},
                 id="expected-premiere-day-schedules"),
    pytest.param([sf("premiere", "2024-06-26", "confirmed")],
                 {"status": "premiere_scheduled", "since": "2024-06-26"},
                 id="confirmed-premiere-day-schedules"),
    pytest.param([sf("filming_started", "2024-01"),
                  sf("premiere", "2025-03-08", "speculative")],
                 {"status": "filming", "premiere": None, "speculative_premiere": "2025-03-08"},
                 id="speculative-premiere-day-is-shown-apart-and-moves-nothing"),
    pytest.param([sf("filming_wrapped", "2024-08"), sf("cancelled", "2024-08-19")],
                 {"status": "cancelled", "since": "2024-08-19"}, id="confirmed-cancel-ends-it"),
    pytest.param([sf("cancelled", "2024-08-19"), sf("premiere", "2024-09-01", "confirmed",
                                                    published="2024-09-01")],
                 {"status": "cancelled", "since": "2024-08-19", "premiere": "2024-09-01"},
                 id="nothing-moves-a-cancelled-season"),
    pytest.param([sf("cancelled", None, "expected", published="2024-05-05")],
                 {"status": "renewed"}, id="expected-cancel-does-not-end-it"),
    pytest.param([sf("cancelled", None, "speculative")], {"status": None},
                 id="speculative-cancel-is-nothing"),
    pytest.param([sf("episode_count", None, "speculative", value=7),
                  sf("episode_count", None, "confirmed", value=8, url="https://a/2")],
                 {"episode_count": 8}, id="episode-count-from-firm-facts"),
    pytest.param([sf("episode_count", None, "speculative", value=7)],
                 {"episode_count": None, "status": None}, id="speculative-episode-count-ignored"),
    pytest.param([sf("premiere", "2025-04-13", "expected", published="2025-02-01"),
                  sf("premiere", "2025-04-20", "expected", url="https://a/2",
                     published="2025-03-01")],
                 {"status": "premiere_scheduled", "since": "2025-04-20", "premiere": "2025-04-20"},
                 id="newest-premiere-announcement-wins"),
    pytest.param([sf("premiere", "2018-03-08", "confirmed", published="2017-12-01"),
                  sf("premiere", "2018", "expected", url="https://a/2", published="2018-01-10")],
                 {"premiere": "2018-03-08", "premiere_certainty": "confirmed"},
                 id="precise-premiere-inside-a-newer-window-is-kept"),
    pytest.param([sf("premiere", "2025-04-13", "expected", published="2024-11-01"),
                  sf("premiere", "2026", "expected", url="https://a/2", published="2025-01-10")],
                 {"status": "premiere_scheduled", "premiere": "2026"},
                 id="premiere-moved-to-a-later-window-keeps-the-status"),
    pytest.param([sf("premiere", "2018", "expected", url="https://a/1"),
                  sf("premiere", "2018", "confirmed", url="https://a/2")],
                 {"premiere": "2018", "premiere_certainty": "confirmed"},
                 id="premiere-certainty-is-the-strongest-source"),
]


@pytest.mark.parametrize(("facts", "expected"), RULES)
def test_status_rule(facts: list[SourcedFact], expected: dict[str, Any]) -> None:
    state = derive(facts)
    assert {k: getattr(state, k) for k in expected} == expected
    # The same facts in reverse order give the same state.
    assert derive(list(reversed(facts))) == state


def test_sources_are_the_distinct_article_urls() -> None:
    state = derive([sf("renewed", None, url="https://a/1"),
                    sf("premiere", "2025", "speculative", url="https://a/1"),
                    sf("filming_started", "2024-02", url="https://a/2", published="2024-02-25")])
    assert state.sources == ("https://a/1", "https://a/2")


def test_supporting_facts_lead_with_the_one_setting_since() -> None:
    state = derive([sf("filming_started", "2017-04", url="https://a/3", published="2017-04-04"),
                    sf("filming_started", "2017-04-03", url="https://a/1",
                       published="2017-04-03"),
                    sf("renewed", None, url="https://a/0", published="2016-05-10")])
    assert [f.url for f in state.supporting] == ["https://a/1", "https://a/3"]


def test_pick_of_nothing() -> None:
    assert pick_claim([]) is None
    assert derive([sf("premiere", None)]).premiere is None


@pytest.mark.parametrize(("vaguer", "date", "restated"), [
    ("2018", "2018-03-08", True), ("2018-03", "2018-03-08", True), ("2018-SP", "2018-03-08", True),
    ("2018-SU", "2018-03-08", False), ("2019", "2018-03-08", False),
    ("2018-03-08", "2018", False), ("2018-03-09", "2018-03-08", False),
    ("2018", "2018", True), (None, "2018", False), ("2018", None, False),
])
def test_restatements(vaguer: str | None, date: str | None, restated: bool) -> None:
    assert restates(vaguer, date) is restated


# --- order independence on the seed facts -------------------------------------------------------

def seed_facts(key: str, season: int | None) -> dict[str, list[SourcedFact]]:
    """Per seed article, its facts about one show's season (labels.json), as SourcedFacts."""
    by_article: dict[str, list[SourcedFact]] = {}
    for label in LABELS:
        url = label["url"] or f"https://seeds.example/{label['file']}"
        by_article[label["file"][:3]] = [
            SourcedFact(kind=f["kind"], date=f["date"], certainty=f["certainty"], url=url,
                        published=dt.date.fromisoformat(label["published"]),
                        evidence=f"{f['show']} {f['kind']}", value=f.get("value"),
                        show=f["show"])
            for f in label["facts"] if show_key(f["show"]) == key and f["season"] == season]
    return by_article


def test_every_order_of_the_seed_articles_gives_the_same_state() -> None:
    by_article = seed_facts("jessica jones", 2)
    states = set()
    for order in itertools.permutations(sorted(by_article)):
        facts = [f for a in order for f in by_article[a]]
        states.add(derive_season(facts, show_key="jessica jones", season=2,
                                 show="Jessica Jones"))
    assert len(states) == 1
    state = states.pop()
    assert (state.status, state.since) == ("wrapped", "2017-09-15")
    assert (state.premiere, state.premiere_certainty) == ("2018", "expected")
    assert state.speculative_premiere == "2018-03"
    assert state.episode_count == 13
    assert len(state.sources) == 5


def test_shuffled_single_facts_give_the_same_state() -> None:
    facts = [f for fs in seed_facts("jessica jones", 2).values() for f in fs]
    expected = derive_season(facts, show_key="jessica jones", season=2)
    rng = random.Random(7)
    for _ in range(50):
        rng.shuffle(facts)
        assert derive_season(facts, show_key="jessica jones", season=2) == expected


def replay_alerts(order: list[str]) -> list[tuple[str | None, str, str | None]]:
    by_article = seed_facts("jessica jones", 2)
    old: SeasonState | None = None
    facts: list[SourcedFact] = []
    changes = []
    for article in order:
        facts += by_article[article]
        new = keep_forward(old, derive_season(facts, show_key="jessica jones", season=2,
                                              show="Jessica Jones"))
        changes += [(a.from_status, a.to_status, a.date) for a in plan_alerts(old, new, now=NOW)]
        old = new
    return changes


def test_in_order_replay_alerts_the_seed_time_line() -> None:
    assert replay_alerts(["004", "001", "002", "003", "000"]) == [
        (None, "renewed", None),
        ("renewed", "filming", "2017-04-03"),
        ("filming", "wrapped", "2017-09-15"),
    ]


def test_any_order_alerts_only_forward() -> None:
    for order in itertools.permutations(["000", "001", "002", "003", "004"]):
        changes = replay_alerts(list(order))
        ranks = [STATUS_RANK[to] for _, to, _ in changes]
        assert ranks == sorted(set(ranks)), order
        assert changes[-1][1] == "wrapped"
        for (_, prev_to, _), (from_, _, _) in itertools.pairwise(changes):
            assert from_ == prev_to


# --- alert planning -----------------------------------------------------------------------------

def state(status: str | None, **kw: Any) -> SeasonState:
    return SeasonState(show_key="show", season=1, show="Show", status=status,  # type: ignore[arg-type]
                       **kw)


def test_first_sighting_alerts_with_the_supporting_evidence() -> None:
    new = derive([sf("renewed", "2023-01", url="https://a/9", published="2023-07-13")])
    [alert] = plan_alerts(None, new, now=NOW)
    assert (alert.kind, alert.from_status, alert.to_status) == ("status_change", None, "renewed")
    assert (alert.date, alert.certainty, alert.sources) == ("2023-01", "confirmed",
                                                            ("https://a/9",))
    assert alert.evidence == "renewed 2023-01"
    assert alert.published == dt.date(2023, 7, 13)
    assert alert.created_at == NOW
    assert alert.id == alert_id("show", 1, "renewed")


def test_a_season_with_no_status_yet_is_a_first_sighting_too() -> None:
    new = derive([sf("filming_started", "2024-01-08")])
    [alert] = plan_alerts(state(None), new, now=NOW)
    assert (alert.from_status, alert.to_status) == (None, "filming")


def test_no_status_no_alert() -> None:
    assert plan_alerts(None, state(None), now=NOW) == []


def test_same_status_no_alert() -> None:
    new = derive([sf("filming_started", "2024-01-08")])
    assert plan_alerts(state("filming"), new, now=NOW) == []


def test_never_backwards() -> None:
    new = derive([sf("renewed", None)])
    assert plan_alerts(state("wrapped"), new, now=NOW) == []
    assert plan_alerts(state("cancelled"), derive([sf("premiere", "2024-06-01")]), now=NOW) == []


def test_cancelled_alerts_from_any_status() -> None:
    new = derive([sf("cancelled", "2024-08-19")])
    [alert] = plan_alerts(state("premiere_scheduled"), new, now=NOW)
    assert (alert.from_status, alert.to_status, alert.date) == ("premiere_scheduled",
                                                                "cancelled", "2024-08-19")


def test_stored_status_wins_over_a_lower_derived_one() -> None:
    old = state("wrapped", since="2017-09-15")
    kept = keep_forward(old, derive([sf("renewed", None)]))
    assert (kept.status, kept.since) == ("wrapped", "2017-09-15")
    higher = derive([sf("premiere", "2018-03-08")])
    assert keep_forward(old, higher) == higher
    assert keep_forward(None, higher) == higher


def test_premiere_window_alert_only_when_asked() -> None:
    old = derive([sf("filming_started", "2024-01")])
    new = derive([sf("filming_started", "2024-01"),
                  sf("premiere", "2025", "expected", url="https://a/2")])
    assert plan_alerts(old, new, now=NOW) == []
    [alert] = plan_alerts(old, new, now=NOW, window_alerts=True)
    assert (alert.kind, alert.date, alert.certainty) == ("premiere_window", "2025", "expected")
    assert (alert.from_status, alert.to_status) == ("filming", "filming")
    assert alert.sources == ("https://a/2",) and alert.evidence == "premiere 2025"
    assert alert.extra == {"premiere": "2025", "previous_premiere": None}
    assert alert.id == alert_id("show", 1, "premiere", "2025")
    # Same window again: nothing.
    assert plan_alerts(new, new, now=NOW, window_alerts=True) == []
    # Speculative windows never alert.
    spec = derive([sf("filming_started", "2024-01"), sf("premiere", "2025-03", "speculative")])
    assert plan_alerts(old, spec, now=NOW, window_alerts=True) == []


def test_status_alert_carries_the_window_instead_of_a_second_alert() -> None:
    new = derive([sf("renewed", None, published="2017-12-01"),
                  sf("premiere", "2018", "expected", published="2017-12-01")])
    [alert] = plan_alerts(None, new, now=NOW, window_alerts=True)
    assert alert.kind == "status_change"
    assert alert.extra == {"premiere": "2018", "premiere_certainty": "expected"}


def test_alert_ids_are_stable_and_distinct() -> None:
    assert alert_id("show", 1, "wrapped") == alert_id("show", 1, "wrapped")
    ids = {alert_id("show", 1, "wrapped"), alert_id("show", 2, "wrapped"),
           alert_id("show", None, "wrapped"), alert_id("show", 1, "filming"),
           alert_id("other", 1, "wrapped"), alert_id("show", 1, "premiere", "2025")}
    assert len(ids) == 6


# --- a season that aired is history; news reported late still alerts ---------------------------

HISTORY: list[Any] = [
    pytest.param([sf("premiere", "2015-11-20", published="2017-04-04")], "premiere_scheduled",
                 True, id="premiere-reported-as-past-is-history"),
    pytest.param([sf("premiere", "2015-FA", "confirmed", published="2017-09-16")], "renewed",
                 True, id="past-premiere-window-is-history"),
    pytest.param([sf("premiere", "2016-07", published="2024-12-20"),
                  sf("renewed", "2015-01", url="https://a/2", published="2024-12-20")],
                 "renewed", True, id="recap-of-an-aired-season-is-history"),
    pytest.param([sf("premiere", "2017-03-17", published="2017-03-17")], "premiere_scheduled",
                 False, id="premiere-today-is-news"),
    pytest.param([sf("premiere", "2020-FA", "expected", published="2020-03-16"),
                  sf("filming_started", "2021-01-18", url="https://a/2",
                     published="2021-01-18")],
                 "filming", False, id="a-planned-window-that-passed-is-not-a-premiere"),
    pytest.param([sf("premiere", "2020-09-01", "expected", published="2020-03-16"),
                  sf("renewed", None, url="https://a/2", published="2021-01-18")],
                 "premiere_scheduled", False,
                 id="a-planned-day-that-passed-unreported-is-not-a-premiere"),
    pytest.param([sf("premiere", "2023-03", published="2023-04-20"),
                  sf("renewed", "2023-04", url="https://a/2", published="2023-04-20")],
                 "renewed", False, id="renewed-after-that-premiere-so-not-this-seasons"),
    pytest.param([sf("premiere", "2021-04", published="2022-01-09"),
                  sf("filming_started", "2022-01", url="https://a/2", published="2022-01-09")],
                 "filming", False, id="filming-after-that-premiere-so-not-this-seasons"),
    # "The drama, which debuted last year, will return": one article tells the aired season's
    # premiere and a renewal; the renewal is the next season's, this one is history.
    pytest.param([sf("premiere", "2022", published="2023-05-11"),
                  sf("renewed", "2023-05", published="2023-05-11")],
                 "renewed", True, id="a-renewal-beside-the-recap-of-its-premiere-is-history"),
    pytest.param([sf("premiere", "2024-02", published="2024-05-07"),
                  sf("renewed", "2024-05", published="2024-05-07"),
                  sf("filming_started", None, "expected", published="2024-05-07")],
                 "renewed", True, id="a-shoot-planned-beside-the-recap-is-the-next-seasons"),
    pytest.param([sf("filming_started", "2016-04", published="2017-04-03")], "filming", False,
                 id="a-shoot-reported-a-year-late-is-news"),
    pytest.param([sf("renewed", None, published="2017-04-03")], "renewed", False,
                 id="undated-renewal-is-news"),
]


@pytest.mark.parametrize(("facts", "status", "premiered"), HISTORY)
def test_a_season_that_aired_changes_state_but_alerts_no_one(
        facts: list[SourcedFact], status: str, premiered: bool) -> None:
    new = derive(facts)
    assert (new.status, new.premiered) == (status, premiered)
    assert len(plan_alerts(None, new, now=NOW)) == (0 if premiered else 1)


def test_a_cancellation_alerts_even_after_the_season_aired() -> None:
    new = derive([sf("premiere", "2024-06-04", published="2024-08-20"),
                  sf("cancelled", "2024-08-19", published="2024-08-20")])
    assert new.premiered
    [alert] = plan_alerts(None, new, now=NOW)
    assert (alert.to_status, alert.date, alert.reported_late) == ("cancelled", "2024-08-19",
                                                                  False)


LATE: list[Any] = [
    pytest.param([sf("filming_wrapped", "2017-07-10", published="2017-09-16")], True,
                 id="wrap-reported-two-months-later"),
    pytest.param([sf("filming_wrapped", "2017-09-15", published="2017-09-16")], False,
                 id="wrap-reported-the-next-day"),
    pytest.param([sf("filming_started", "2024-02", published="2024-03-14")], False,
                 id="month-of-the-shoot-reported-weeks-later"),
    pytest.param([sf("filming_started", "2023-04-11", published="2023-09-03")], True,
                 id="shoot-reported-five-months-later"),
    pytest.param([sf("filming_started", "2023-04-11", published="2023-04-12"),
                  sf("filming_started", "2023-04-11", url="https://a/2",
                     published="2023-09-03")], False, id="first-report-was-on-time"),
    pytest.param([sf("renewed", "2018-06", published="2021-03-12")], True,
                 id="renewal-reported-years-later"),
    pytest.param([sf("renewed", None, published="2021-03-12")], False, id="undated-is-not-late"),
    pytest.param([sf("premiere", "2025-04-13", "expected", published="2025-02-20")], False,
                 id="a-premiere-date-is-a-plan-never-late"),
]


@pytest.mark.parametrize(("facts", "late"), LATE)
def test_a_status_reached_late_alerts_and_says_so(facts: list[SourcedFact], late: bool) -> None:
    [alert] = plan_alerts(None, derive(facts), now=NOW)
    assert alert.kind == "status_change"
    assert alert.reported_late is late
    assert alert.payload()["reported_late"] is late


def test_a_late_wrap_moves_the_season_and_alerts() -> None:
    """The issue's case: a wrap reported two months after it happened is news, not history."""
    old = derive([sf("filming_started", "2017-04-03", published="2017-04-03")])
    new = derive([sf("filming_started", "2017-04-03", published="2017-04-03"),
                  sf("filming_wrapped", "2017-07-10", url="https://a/2",
                     published="2017-09-16")])
    [alert] = plan_alerts(old, new, now=NOW)
    assert (alert.from_status, alert.to_status, alert.date) == ("filming", "wrapped",
                                                                "2017-07-10")
    assert alert.reported_late and alert.sources == ("https://a/2",)


@pytest.mark.parametrize("kind", ["renewed", "cancelled"])
def test_renewals_and_cancellations_reported_late_still_alert(kind: str) -> None:
    new = derive([sf(kind, "2015-01", published="2017-04-03")])
    [alert] = plan_alerts(None, new, now=NOW)
    assert not new.premiered and alert.reported_late


# --- sources that disagree: kept, shown, and picked by rule -------------------------------------

def premiere_of(facts: list[SourcedFact]) -> str | None:
    state = derive(facts)
    # The pick never depends on the order the facts come in.
    for seed in range(5):
        shuffled = list(facts)
        random.Random(seed).shuffle(shuffled)
        assert derive(shuffled).premiere == state.premiere
    return state.premiere


PICKS: list[Any] = [
    pytest.param([sf("premiere", "2025-03-08", "expected", url="https://a/1",
                     published="2025-01-10"),
                  sf("premiere", "2025-04-14", "expected", url="https://a/2",
                     published="2025-02-01")],
                 "2025-04-14", id="the-later-official-announcement-wins"),
    pytest.param([sf("premiere", "2025-03-08", "confirmed", url="https://a/1",
                     published="2025-01-10"),
                  sf("premiere", "2025-04-14", "speculative", url="https://a/2",
                     published="2025-02-01")],
                 "2025-03-08", id="an-official-date-wins-over-a-report"),
    pytest.param([sf("premiere", "2025-04-14", "expected", url="https://a/1",
                     published="2025-02-01"),
                  sf("premiere", "2025-04-14", "expected", url="https://a/2",
                     published="2025-02-01"),
                  sf("premiere", "2025-04-07", "expected", url="https://a/3",
                     published="2025-02-01")],
                 "2025-04-14", id="same-day-more-sources-win"),
    pytest.param([sf("premiere", "2025-04-07", "expected", url="https://a/3",
                     published="2025-02-01"),
                  sf("premiere", "2025-04-14", "expected", url="https://a/1",
                     published="2025-02-01"),
                  sf("premiere", "2025-04-14", "expected", url="https://a/2",
                     published="2025-02-05")],
                 "2025-04-14", id="same-day-more-sources-win-counting-later-ones"),
    pytest.param([sf("premiere", "2025-03-08", "expected", url="https://a/1",
                     published="2025-01-10"),
                  sf("premiere", "2025-04-14", "expected", url="https://a/2",
                     published="2025-02-01"),
                  sf("premiere", "2025-03-08", "confirmed", url="https://a/3",
                     published="2025-02-20")],
                 "2025-04-14", id="a-recap-repeating-the-old-date-changes-nothing"),
    pytest.param([sf("premiere", "2024-04-15", "confirmed", url="https://a/1",
                     published="2024-03-29"),
                  sf("premiere", "2024-04", "confirmed", url="https://a/2",
                     published="2024-04-15")],
                 "2024-04-15", id="a-vaguer-restatement-keeps-the-day"),
    pytest.param([sf("premiere", "2025", "expected", url="https://a/1", published="2024-08-20"),
                  sf("premiere", "2025-04-22", "expected", url="https://a/2",
                     published="2025-02-20")],
                 "2025-04-22", id="a-window-becomes-a-day"),
    pytest.param([sf("premiere", "2025-FA", "expected", url="https://a/1",
                     published="2024-12-21"),
                  sf("premiere", "2025-08-06", "expected", url="https://a/2",
                     published="2025-07-11")],
                 "2025-08-06", id="moved-up-out-of-its-window"),
    pytest.param([sf("premiere", "2025-04-13", "expected", url="https://a/1",
                     published="2025-01-10"),
                  sf("premiere", "2026", "expected", url="https://a/2", published="2025-03-01"),
                  sf("premiere", "2025", "confirmed", url="https://a/3", published="2025-03-20")],
                 "2026", id="delayed-to-a-window-and-the-old-year-repeated"),
]


@pytest.mark.parametrize(("facts", "premiere"), PICKS)
def test_the_premiere_a_season_goes_by(facts: list[SourcedFact], premiere: str) -> None:
    assert premiere_of(facts) == premiere


def test_a_premiere_day_schedules_whatever_vaguer_or_surer_facts_say() -> None:
    """A confirmed year does not hide an expected day (the issue's example)."""
    state = derive([sf("premiere", "2025", "confirmed", url="https://a/1",
                       published="2025-05-31"),
                    sf("premiere", "2025-11-26", "expected", url="https://a/1",
                       published="2025-05-31"),
                    sf("filming_wrapped", "2024-12", url="https://a/0",
                       published="2024-12-20")])
    assert (state.status, state.since, state.premiere) == (
        "premiere_scheduled", "2025-11-26", "2025-11-26")


def test_disagreeing_sources_are_kept_and_counted() -> None:
    state = derive([
        sf("premiere", "2025-04-14", "expected", url="https://a/1", published="2025-02-01"),
        sf("premiere", "2025-04-14", "confirmed", url="https://a/2", published="2025-02-01"),
        sf("premiere", "2025-04-07", "expected", url="https://a/3", published="2025-02-01"),
        sf("premiere", "2025-04", "expected", url="https://a/4", published="2025-02-02"),
        sf("episode_count", None, url="https://a/1", published="2025-02-01", value=8),
    ])
    [premiere] = state.disagreements
    assert premiere.kind == "premiere"
    assert [(c.date, c.sources, c.certainty) for c in premiere.claims] == [
        ("2025-04-14", ("https://a/1", "https://a/2"), "confirmed"),
        ("2025-04-07", ("https://a/3",), "expected"),
    ]  # the month agrees with both days: not a third opinion
    assert state.premiere == "2025-04-14"
    # The season's sources are every article, agreeing or not.
    assert state.sources == ("https://a/1", "https://a/2", "https://a/3", "https://a/4")


def test_agreeing_sources_are_no_disagreement() -> None:
    state = derive([sf("filming_started", "2017-04-03", url="https://a/1"),
                    sf("filming_started", "2017-04", url="https://a/2"),
                    sf("filming_started", "2017", url="https://a/3"),
                    sf("premiere", "2018-03", "speculative", url="https://a/1"),
                    sf("premiere", "2018", "expected", url="https://a/2")])
    assert state.disagreements == ()


def test_episode_counts_that_differ_are_a_disagreement() -> None:
    state = derive([sf("episode_count", None, url="https://a/1", published="2024-01-01", value=8),
                    sf("episode_count", None, url="https://a/2", published="2024-03-01",
                       value=10),
                    sf("episode_count", None, "speculative", url="https://a/3", value=12)])
    [episodes] = state.disagreements
    assert [c.value for c in episodes.claims] == [10, 8]
    assert state.episode_count == 10


def test_claims_group_sources_per_value() -> None:
    [claim] = gather_claims([sf("premiere", "2018", "expected", url="https://a/2",
                                published="2018-01-10"),
                             sf("premiere", "2018", "confirmed", url="https://a/1",
                                published="2017-12-01")])
    assert (claim.sources, claim.certainty) == (("https://a/1", "https://a/2"), "confirmed")
    assert (claim.first_published, claim.last_published) == (dt.date(2017, 12, 1),
                                                             dt.date(2018, 1, 10))


# --- a moved premiere, a changed episode order ---------------------------------------------------

MARCH = sf("premiere", "2025-03-08", "expected", url="https://a/march", published="2025-01-10")
APRIL = sf("premiere", "2025-04-14", "expected", url="https://a/april", published="2025-02-01")


def test_a_moved_premiere_alerts_with_both_dates_and_sources() -> None:
    old, new = derive([MARCH]), derive([MARCH, APRIL])
    assert old.status == new.status == "premiere_scheduled"
    [alert] = plan_alerts(old, new, now=NOW)
    assert alert.kind == "premiere_moved"
    assert (alert.from_status, alert.to_status) == ("premiere_scheduled", "premiere_scheduled")
    assert (alert.date, alert.previous_date) == ("2025-04-14", "2025-03-08")
    assert (alert.sources, alert.previous_sources) == (("https://a/april",),
                                                       ("https://a/march",))
    assert (alert.evidence, alert.published) == ("premiere 2025-04-14", dt.date(2025, 2, 1))
    assert alert.id == alert_id("show", 1, "premiere_moved", "2025-03-08", "2025-04-14")
    payload = alert.payload()
    assert (payload["previous_date"], payload["previous_sources"]) == (
        "2025-03-08", ["https://a/march"])


def test_a_move_and_a_move_back_are_two_changes_with_two_ids() -> None:
    back = sf("premiere", "2025-03-08", "expected", url="https://a/back", published="2025-03-01")
    state = derive([MARCH, APRIL])
    [there] = plan_alerts(derive([MARCH]), state, now=NOW)
    # A date announced again later counts from its first announcement: no move back ...
    assert plan_alerts(state, derive([MARCH, APRIL, back]), now=NOW) == []
    # ... unless it is a new date.
    fresh = sf("premiere", "2025-03-15", "expected", url="https://a/new", published="2025-03-01")
    [again] = plan_alerts(state, derive([MARCH, APRIL, fresh]), now=NOW)
    assert there.id != again.id and again.previous_date == "2025-04-14"


NO_MOVE: list[Any] = [
    pytest.param([sf("premiere", "2025", "confirmed", url="https://a/r", published="2025-02-10")],
                 id="a-vaguer-restatement"),
    pytest.param([sf("premiere", "2025-03-08", "confirmed", url="https://a/r",
                     published="2025-02-10")], id="the-same-date-surer"),
    pytest.param([sf("premiere", "2025-05-01", "speculative", url="https://a/r",
                     published="2025-02-10")], id="a-report-of-another-date"),
    pytest.param([sf("premiere", "2024-12-01", "expected", url="https://a/r",
                     published="2024-12-01")], id="an-older-announcement-arriving-late"),
]


@pytest.mark.parametrize("more", NO_MOVE)
def test_what_is_not_a_move(more: list[SourcedFact]) -> None:
    old = derive([MARCH])
    assert plan_alerts(old, derive([MARCH, *more]), now=NOW) == []


def test_a_premiere_delayed_to_a_window_then_set_to_a_day_alerts_each_move() -> None:
    delayed = sf("premiere", "2026", "expected", url="https://a/delay", published="2025-02-20")
    day = sf("premiere", "2026-02-02", "expected", url="https://a/day", published="2025-09-01")
    first, second, third = derive([MARCH]), derive([MARCH, delayed]), derive([MARCH, delayed, day])
    assert second.status == "premiere_scheduled" and second.premiere == "2026"
    [to_window] = plan_alerts(first, second, now=NOW)
    [to_day] = plan_alerts(second, third, now=NOW)
    assert (to_window.previous_date, to_window.date) == ("2025-03-08", "2026")
    assert (to_day.previous_date, to_day.date) == ("2026", "2026-02-02")
    assert (third.since, third.premiere) == ("2026-02-02", "2026-02-02")


def test_recaps_repeating_old_dates_never_flood() -> None:
    """Ten articles repeat old dates (and vaguer ones) after one real move: one alert."""
    facts = [MARCH]
    old = derive(facts)
    alerts = []
    news = [APRIL] + [
        sf("premiere", date, "confirmed", url=f"https://a/recap{n}",
           published=f"2025-02-{n + 2:02d}")
        for n, date in enumerate(["2025-03-08", "2025", "2025-04", "2025-SP", "2025-03-08",
                                  "2025-04-14", "2025-03-08", "2025", "2025-04", "2025-03-08"])]
    for fact in news:
        facts.append(fact)
        new = derive(facts)
        alerts += plan_alerts(old, new, now=NOW)
        old = new
    assert [(a.kind, a.previous_date, a.date) for a in alerts] == [
        ("premiere_moved", "2025-03-08", "2025-04-14")]


def test_no_move_alert_before_the_season_is_scheduled_but_the_status_alert_says_so() -> None:
    fall = sf("premiere", "2025-FA", "expected", url="https://a/fall", published="2024-12-21")
    wrap = sf("filming_wrapped", "2024-12", url="https://a/fall", published="2024-12-21")
    day = sf("premiere", "2025-08-06", "expected", url="https://a/day", published="2025-07-11")
    old = derive([fall, wrap])
    [alert] = plan_alerts(old, derive([fall, wrap, day]), now=NOW)
    assert (alert.kind, alert.from_status, alert.to_status) == (
        "status_change", "wrapped", "premiere_scheduled")
    assert (alert.previous_date, alert.previous_sources) == ("2025-FA", ("https://a/fall",))
    # A day inside the window it had is no move: no previous date.
    inside = sf("premiere", "2025-10-01", "expected", url="https://a/day", published="2025-07-11")
    [plain] = plan_alerts(old, derive([fall, wrap, inside]), now=NOW)
    assert plain.previous_date is None and plain.previous_sources == ()


def test_no_move_alert_once_the_season_aired_or_was_cancelled() -> None:
    aired = sf("premiere", "2025-04-14", "confirmed", url="https://a/aired",
               published="2025-05-01")
    assert plan_alerts(derive([MARCH]), derive([MARCH, aired]), now=NOW) == []
    cancel = sf("cancelled", "2025-02-01", url="https://a/c", published="2025-02-01")
    alerts = plan_alerts(derive([MARCH]), derive([MARCH, APRIL, cancel]), now=NOW)
    assert [a.to_status for a in alerts] == ["cancelled"]


def test_a_changed_episode_order_alerts_once() -> None:
    eight = sf("episode_count", None, url="https://a/8", published="2024-01-01", value=8)
    ten = sf("episode_count", None, url="https://a/10", published="2024-03-01", value=10)
    renewed = sf("renewed", None, url="https://a/8", published="2024-01-01")
    assert plan_alerts(derive([renewed]), derive([renewed, eight]), now=NOW) == []  # first count
    old, new = derive([renewed, eight]), derive([renewed, eight, ten])
    [alert] = plan_alerts(old, new, now=NOW)
    assert alert.kind == "episodes_changed"
    assert (alert.previous_episode_count, alert.episode_count) == (8, 10)
    assert (alert.sources, alert.previous_sources) == (("https://a/10",), ("https://a/8",))
    assert alert.id == alert_id("show", 1, "episode_count", "8", "10")
    assert plan_alerts(new, new, now=NOW) == []
    again = sf("episode_count", None, url="https://a/8b", published="2024-04-01", value=8)
    assert plan_alerts(new, derive([renewed, eight, ten, again]), now=NOW) == []


# --- a planned ending is not a cancellation ------------------------------------------------------

@pytest.mark.parametrize("premiere", [
    sf("premiere", "2020", "expected", published="2020-03-15"),        # "later this year"
    sf("premiere", "2020-10-02", "expected", published="2020-03-15"),
])
def test_a_cancellation_beside_the_seasons_premiere_to_come_is_a_planned_end(
        premiere: SourcedFact) -> None:
    """"The network ended Harbor Lights because season 4 is its natural conclusion; season 4
    returns later this year": the season will air, as the last. It is no cancellation and
    alerts none."""
    ended = sf("cancelled", "2020-03", published="2020-03-15")
    state = derive([sf("renewed", "2019-05", published="2019-05-20", url="https://a/0"),
                    ended, premiere])
    assert state.status != "cancelled"
    alerts = plan_alerts(derive([sf("renewed", "2019-05", published="2019-05-20",
                                    url="https://a/0")]), state, now=NOW)
    assert "cancelled" not in [a.to_status for a in alerts]


@pytest.mark.parametrize("facts", [
    # the premiere is past ("premiered in June; Netflix has now cancelled it")
    [sf("premiere", "2024-06", "confirmed", published="2024-08-20"),
     sf("cancelled", "2024-08", published="2024-08-20")],
    # the premiere to come is another article's: a later cancellation still ends the season
    [sf("premiere", "2024-10", "expected", published="2024-05-01", url="https://a/0"),
     sf("cancelled", "2024-08", published="2024-08-20")],
    # a guess is no plan
    [sf("premiere", "2025", "speculative", published="2024-08-20"),
     sf("cancelled", "2024-08", published="2024-08-20")],
    # a premiere day given as a fact: the season is cancelled before it airs
    [sf("premiere", "2024-10-01", "confirmed", published="2024-08-20"),
     sf("cancelled", "2024-08", published="2024-08-20")],
])
def test_a_cancellation_without_a_premiere_to_come_in_its_article_ends_the_season(
        facts: list[SourcedFact]) -> None:
    assert derive(facts).status == "cancelled"


def test_a_plan_the_cancellation_voided_never_reaches_the_status_layer(tmp_path: Path) -> None:
    """"Its third season had been set to premiere on October 1": the extractor does not hand
    over the voided plan (the status layer reads no wording), so the article's cancellation
    ends the season; the same article with the plan in force is a planned ending."""
    from monitor.extract.facts import extract_facts
    from monitor.models import Article
    from monitor.store.state import StateStore

    def status(text: str) -> str | None:
        article = Article(url="https://a/c", title="Netflix cancels Harbor Lights", text=text,
                          published=dt.date(2024, 8, 20))
        with StateStore(tmp_path / f"{abs(hash(text))}.db") as store:
            store.articles.ingest(article, extract_facts(article), watched=lambda _t: True,
                                  channels=(), now=NOW)
            row = store.queries.season_row(show_key("Harbor Lights"), 3)
            return row.status if row else None

    assert status("Netflix has cancelled Harbor Lights ahead of its third season. Harbor "
                  "Lights season 3 had been set to premiere on October 1.") == "cancelled"
    assert status("Netflix has cancelled Harbor Lights ahead of its third season. Harbor "
                  "Lights season 3 is set to premiere on October 1.") == "premiere_scheduled"


# --- an earlier season first seen after a later one ---------------------------------------------

def test_an_earlier_season_first_seen_as_renewed_after_a_later_one_alerts_no_one() -> None:
    """Season 2 on the board, then "its 10-episode predecessor": that season 1 exists is no
    news. A higher status of the earlier season, or a cancellation, still is."""
    renewed = derive([sf("episode_count", None, value=10)])
    assert renewed.status == "renewed"
    assert plan_alerts(None, renewed, now=NOW, later_season_known=True) == []
    assert len(plan_alerts(None, renewed, now=NOW)) == 1
    filming = derive([sf("filming_started", "2024-01")])
    assert [a.to_status for a in plan_alerts(None, filming, now=NOW,
                                             later_season_known=True)] == ["filming"]
    ended = derive([sf("cancelled", "2024-01")])
    assert [a.to_status for a in plan_alerts(None, ended, now=NOW,
                                             later_season_known=True)] == ["cancelled"]


def test_the_store_knows_the_later_season_only_from_earlier_articles(tmp_path: Path) -> None:
    """A two-season renewal in one article alerts both seasons; season 1 told after season 2
    is on the board does not alert."""
    from monitor.models import Article, Fact
    from monitor.store.state import StateStore

    def tell(store: StateStore, url: str, *facts: tuple[int, str, int | None]) -> list[str]:
        article = Article(url=url, title=url, text=url, published=dt.date(2024, 5, 7))
        alerts = store.articles.ingest(article, [
            Fact(show="Harbor Lights", season=season, kind=kind,  # type: ignore[arg-type]
                 date=None, certainty="confirmed", value=value, evidence=url)
            for season, kind, value in facts], watched=lambda _t: True, channels=(), now=NOW)
        return sorted(f"S{a.season} {a.to_status}" for a in alerts if a.kind == "status_change")

    with StateStore(tmp_path / "s.db") as store:
        assert tell(store, "https://a/1", (2, "renewed", None), (3, "renewed", None)) == [
            "S2 renewed", "S3 renewed"]
        assert tell(store, "https://a/2", (1, "episode_count", 10)) == []
        assert tell(store, "https://a/3", (1, "cancelled", None)) == ["S1 cancelled"]


def test_a_start_with_no_time_beside_a_later_seasons_shoot_to_come_alerts_no_one() -> None:
    """Season 3's shoot still to come: season 2's start, told with no time, is over (a
    recap); a start with a time, or a rise past filming, still alerts."""
    undated = derive([sf("filming_started", None)])
    assert plan_alerts(None, undated, now=NOW, later_shoot_told=True) == []
    assert [a.to_status for a in plan_alerts(None, undated, now=NOW)] == ["filming"]
    dated = derive([sf("filming_started", "2024-01")])
    assert [a.to_status for a in plan_alerts(None, dated, now=NOW,
                                             later_shoot_told=True)] == ["filming"]
    wrapped = derive([sf("filming_started", None), sf("filming_wrapped", "2024-03")])
    assert [a.to_status for a in plan_alerts(None, wrapped, now=NOW,
                                             later_shoot_told=True)] == ["wrapped"]


def test_the_store_tells_a_later_seasons_shoot_only_when_it_is_still_to_come(
        tmp_path: Path) -> None:
    from monitor.models import Article, Fact
    from monitor.store.state import StateStore

    def tell(store: StateStore, url: str,
             *facts: tuple[int, str, str | None, str]) -> list[str]:
        article = Article(url=url, title=url, text=url, published=dt.date(2024, 5, 7))
        alerts = store.articles.ingest(article, [
            Fact(show="Harbor Lights", season=season, kind=kind,  # type: ignore[arg-type]
                 date=date, certainty=certainty, evidence=url)  # type: ignore[arg-type]
            for season, kind, date, certainty in facts],
            watched=lambda _t: True, channels=(), now=NOW)
        return sorted(f"S{a.season} {a.to_status}" for a in alerts if a.kind == "status_change")

    with StateStore(tmp_path / "s.db") as store:
        assert tell(store, "https://a/1", (2, "filming_started", None, "confirmed"),
                    (3, "filming_started", "2024-10", "speculative")) == []
        assert tell(store, "https://a/2", (5, "filming_started", None, "confirmed"),
                    (6, "filming_started", None, "confirmed")) == ["S5 filming", "S6 filming"]


def test_events_the_season_next_to_it_was_given_first_are_counted_off_by_one() -> None:
    """Two seasons do not premiere, start or wrap in the same month: a season given, by a
    later article, the event its neighbour already had is a source counting differently."""
    def state(facts: list[SourcedFact], neighbours: list[SourcedFact]) -> SeasonState:
        return derive_season(facts, show_key="show", season=4, show="Show",
                             neighbours=neighbours)

    day = sf("premiere", "2024-06-05", "expected", url="https://b/1", published="2024-02-03")
    earlier = [sf("premiere", "2024-06-05", "expected", published="2024-02-01")]
    assert state([day], earlier).status is None
    assert state([day], earlier).sources == ("https://b/1",)  # kept as a source
    assert state([day], []).status == "premiere_scheduled"
    # The season that had it first keeps it; same-day reports stay on both.
    assert state([day], [replace(earlier[0], published=dt.date(2024, 2, 5))]).status == \
        "premiere_scheduled"
    assert state([day], [replace(earlier[0], published=dt.date(2024, 2, 3))]).status == \
        "premiere_scheduled"
    # Another day, a guess, a year, or a renewal is no match.
    for other in (sf("premiere", "2024-06-12", "expected", published="2024-02-01"),
                  sf("premiere", "2024-06-05", "speculative", published="2024-02-01")):
        assert state([day], [other]).status == "premiere_scheduled"
    shoot = sf("filming_started", "2024", url="https://b/1", published="2024-02-03")
    assert state([shoot], [sf("filming_started", "2024", published="2024-01-01")]).premiere \
        is None
    assert counted_right([shoot], [sf("filming_started", "2024", published="2024-01-01")]) \
        == [shoot]
    renewal = sf("renewed", "2024-02", url="https://b/1", published="2024-02-03")
    assert counted_right([renewal], [sf("renewed", "2024-02", published="2024-02-01")]) == \
        [renewal]
    start = sf("filming_started", "2024-04", url="https://b/1", published="2024-04-05")
    assert state([start], [sf("filming_started", "2024-04", published="2024-04-02")]).status \
        is None


def test_a_wrap_over_before_the_previous_season_premiered_is_that_seasons() -> None:
    previous = [sf("premiere", "2023-03-03", published="2024-05-01")]
    old_wrap = [sf("renewed", "2024-05"), sf("filming_wrapped", "2022-10")]
    assert derive_season(old_wrap, show_key="show", season=3,
                         previous=previous).status == "renewed"
    assert derive_season(old_wrap, show_key="show", season=3).status == "wrapped"
    # After that premiere, or against a guessed or yearly premiere, the wrap stands.
    assert derive_season([sf("filming_wrapped", "2023-10")], show_key="show", season=3,
                         previous=previous).status == "wrapped"
    # A plan not yet over when stated says nothing of when that season aired.
    for guess in (sf("premiere", "2023-03-03", "speculative", published="2024-05-01"),
                  sf("premiere", "2023", published="2024-05-01"),
                  sf("premiere", "2023-03-03", "expected", published="2023-01-10")):
        assert derive_season(old_wrap, show_key="show", season=3,
                             previous=[guess]).status == "wrapped"
