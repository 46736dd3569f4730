"""Right show, kind and season, wrong date (issue 10, round 15).

Invented articles (a headline and 3-5 sentences, titles and sentences written for this test),
each with the facts it must give.

YEAR_OR_SEASON: a premiere or a shoot whose own sentence gives no time, or only a year, while
another line states the event's year or season ("Cameras roll next spring.", "New episodes
arrive in the fall of 2032.") and no line states a month or a day: the fact takes that year or
season (``date.article_year_or_season``). These cells fail on 0fb7b17. Its controls pass before
and after: another event's year (the premiere's for a shoot, a finale's, an announcement's),
the shoot's end, another season's or show's season, two seasons that disagree, a past premiere,
a guessed season, a speculative fact, a fact that holds a month, a month stated elsewhere.

ONE_CANCELLATION: a show's cancellation told as the season it ended after and as the season
it will not get ("after one season", "no season 2") is one decision, season n's
(``dedupe.cancelled_once``). Cells fail on 0fb7b17; controls (a revival cancelled again, two
cancellations years apart, two shows) pass before and after.

OTHER_CLAUSE: controls where a date of another clause of the sentence IS the event's.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import dated_rows, facts_of, make_article, rows

from monitor.extract import eventdates, facts, rules
from monitor.extract.facts import extract_candidates

PUB = dt.date(2031, 11, 20)  # a Thursday; "next year" is 2032
Q = "Quarry Bells"

Want = tuple[str, int | None, str, str | None]
Case = tuple[str, str, set[Want]]


def _facts(title: str, text: str) -> set[Want]:
    return dated_rows(facts_of(text, title, PUB, "https://news.example/q"))


def _keys(title: str, text: str) -> set[tuple[str, int | None, str]]:
    return rows(facts_of(text, title, PUB, "https://news.example/q"))


#: A loose event and the year or season another line states for it. (Fail on 0fb7b17.)
YEAR_OR_SEASON: dict[str, Case] = {
    "a shoot with no date, the year in a closing line": (
        "Quarry Bells heads to Leeds",
        "Quarry Bells will start production on its third season in Leeds. Ana Ruiz returns as "
        "the captain. The shoot is planned for early 2032, the studio said.",
        {(Q, 3, "filming_started", "2032")}),
    "a shoot with no date, a season with its year": (
        "Quarry Bells heads to Leeds",
        "Quarry Bells will start production on its third season in Leeds. Ana Ruiz returns as "
        "the captain. The shoot is planned for spring 2032, the studio said.",
        {(Q, 3, "filming_started", "2032-SP")}),
    "a shoot with no date, a relative season": (
        "Quarry Bells heads to Leeds",
        "Quarry Bells will start production on its third season in Leeds. Ana Ruiz returns as "
        "the captain. The shoot is planned for next spring.",
        {(Q, 3, "filming_started", "2032-SP")}),
    "a premiere's year, the season in another line": (
        "Quarry Bells season 3 date",
        "Quarry Bells season 3 will premiere in 2032 on Kestrel Play. The drama stars Ana Ruiz. "
        "The new episodes arrive in the fall of 2032.",
        {(Q, 3, "premiere", "2032-FA")}),
    "a premiere's year, a relative season": (
        "Quarry Bells season 3 date",
        "Quarry Bells season 3 will premiere in 2032 on Kestrel Play. The drama stars Ana Ruiz. "
        "The new episodes arrive next fall.",
        {(Q, 3, "premiere", "2032-FA")}),
    "next year, the season due in a closing line": (
        "Quarry Bells is back",
        "Quarry Bells season 3 premieres next year. Ana Ruiz returns as the captain. The new "
        "episodes are due in summer 2032.",
        {(Q, 3, "premiere", "2032-SU")}),
}

#: The year or season is not the event's, or the fact's time must stay. (Pass on 0fb7b17.)
YEAR_OR_SEASON_CONTROLS: dict[str, Case] = {
    "the premiere's year is no shoot's": (
        "Quarry Bells heads to Leeds",
        "Quarry Bells will begin filming its third season in Leeds. The drama stars Ana Ruiz as "
        "a ferry captain. The new season is expected to arrive in 2032.",
        {(Q, 3, "filming_started", None), (Q, 3, "premiere", "2032")}),
    "the shoot's end is no start": (
        "Quarry Bells heads to Leeds",
        "Quarry Bells will start production on its third season in Leeds. Ana Ruiz returns as "
        "the captain. The shoot wraps in spring 2032.",
        {(Q, 3, "filming_started", None), (Q, 3, "filming_wrapped", "2032-SP")}),
    "an announcement's season": (
        "Quarry Bells heads to Leeds",
        "Quarry Bells will begin filming its third season in Leeds. Ana Ruiz returns as the "
        "captain. Kestrel Play announced the shoot in the spring of 2031.",
        {(Q, 3, "filming_started", None)}),
    "another season's season": (
        "Quarry Bells returns",
        "Quarry Bells season 3 will premiere in 2032 on Kestrel Play. Season 2 premiered in the "
        "fall of 2031. Ana Ruiz stars.",
        {(Q, 3, "premiere", "2032"), (Q, 2, "premiere", "2031-FA")}),
    "another show's season": (
        "Kestrel Play next year",
        "Quarry Bells season 3 will premiere in 2032 on Kestrel Play. Tin Lantern returns in the "
        "fall of 2032. Ana Ruiz stars.",
        {(Q, 3, "premiere", "2032")}),
    "two seasons that disagree": (
        "Quarry Bells returns",
        "Quarry Bells season 3 will premiere in 2032 on Kestrel Play. New episodes arrive in the "
        "spring of 2032 in Canada. New episodes arrive in the fall of 2032 elsewhere.",
        {(Q, 3, "premiere", "2032")}),
    "the show's first premiere, told in the past": (
        "Quarry Bells returns",
        "Quarry Bells season 3 will premiere in 2032 on Kestrel Play. The drama premiered in the "
        "spring of 2030 to strong reviews. Ana Ruiz stars.",
        {(Q, 3, "premiere", "2032")}),
    "a guessed season": (
        "Quarry Bells returns",
        "Quarry Bells season 3 will premiere in 2032 on Kestrel Play. Ana Ruiz stars. The new "
        "episodes could arrive next fall.",
        {(Q, 3, "premiere", "2032")}),
    "the finale's season": (
        "Quarry Bells returns",
        "Quarry Bells season 3 will premiere in 2032 on Kestrel Play. Ana Ruiz stars. The season "
        "finale arrives in the fall of 2032.",
        {(Q, 3, "premiere", "2032")}),
    "a speculative premiere": (
        "Quarry Bells returns",
        "Quarry Bells season 3 could premiere in 2032 on Kestrel Play. Ana Ruiz stars. New "
        "episodes arrive in the fall of 2032.",
        {(Q, 3, "premiere", "2032")}),
    "a month held stays": (
        "Quarry Bells returns",
        "Quarry Bells season 3 will premiere in March 2032 on Kestrel Play. Ana Ruiz stars. New "
        "episodes arrive in spring 2032.",
        {(Q, 3, "premiere", "2032-03")}),
    "a month stated elsewhere wins": (
        "Quarry Bells returns",
        "Quarry Bells season 3 will premiere next year on Kestrel Play. New episodes begin "
        "streaming in March 2032. The drama returns in spring 2032.",
        {(Q, 3, "premiere", "2032-03")}),
}


@pytest.mark.parametrize("name", list(YEAR_OR_SEASON))
def test_a_loose_event_takes_the_year_or_season_stated_elsewhere(name: str) -> None:
    title, text, want = YEAR_OR_SEASON[name]
    assert want <= _facts(title, text)


@pytest.mark.parametrize("name", list(YEAR_OR_SEASON_CONTROLS))
def test_a_year_or_season_not_the_events_changes_nothing(name: str) -> None:
    title, text, want = YEAR_OR_SEASON_CONTROLS[name]
    assert want <= _facts(title, text)


def test_the_year_or_season_is_explained_and_switched_off_stays(
        monkeypatch: pytest.MonkeyPatch) -> None:
    title, text, _ = YEAR_OR_SEASON["a premiere's year, the season in another line"]
    with rules.tracing() as trace:
        extract_candidates(make_article(text, title, PUB, "https://news.example/q"))
    assert any("date.article_year_or_season" in event.rules for event in trace.events)
    monkeypatch.setattr(eventdates, "COARSE", ())
    assert (Q, 3, "premiere", "2032") in _facts(title, text)
    title, text, _ = YEAR_OR_SEASON["a shoot with no date, a relative season"]
    assert (Q, 3, "filming_started", None) in _facts(title, text)


def test_switched_off_the_other_stage_gives_the_start_its_end(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The control fails without ``OTHER_STAGE_WORDS``: the wrap's season is near "shoot"
    (and, since round 36, without ``date.owned_by_other_event`` too, which gives a date right
    after the wrap's trigger to the wrap: both guards switched off)."""
    title, text, _ = YEAR_OR_SEASON_CONTROLS["the shoot's end is no start"]
    monkeypatch.setattr(eventdates, "OTHER_STAGE_WORDS", {})
    monkeypatch.setattr(eventdates, "_owned_by_other", lambda *args: False)
    eventdates._stated_days.cache_clear()
    try:
        assert (Q, 3, "filming_started", "2032-SP") in _facts(title, text)
    finally:
        eventdates._stated_days.cache_clear()


#: One cancellation told as two seasons. (Fail on 0fb7b17: both seasons are given.)
ONE_CANCELLATION: dict[str, tuple[str, str, Want]] = {
    "after one season, no season 2": (
        "Quarry Bells cancelled",
        "Kestrel Play cancelled Quarry Bells after one season. There will be no Quarry Bells "
        "season 2, the network said. Ana Ruiz starred as a ferry captain.",
        (Q, 1, "cancelled", "2031-11")),
    "hopes for the next season, after two": (
        "Quarry Bells cancelled",
        "Kestrel Play has cancelled Quarry Bells after two seasons. Fans had hoped for Quarry "
        "Bells season 3, but the network has canceled the drama. Ana Ruiz starred.",
        (Q, 2, "cancelled", "2031-11")),
}

#: Two cancellations, or two shows. (Pass on 0fb7b17 and after.)
TWO_CANCELLATIONS: dict[str, tuple[str, str, set[Want]]] = {
    "a revival cancelled again": (
        "Quarry Bells cancelled again",
        "Kestrel Play cancelled Quarry Bells after two seasons. Tidewater then renewed Quarry "
        "Bells for a third season. Now Tidewater has cancelled Quarry Bells season 3 too.",
        {(Q, 2, "cancelled", "2031-11"), (Q, 3, "cancelled", "2031-11")}),
    "two cancellations years apart": (
        "Quarry Bells cancelled again",
        "Quarry Bells season 2 was cancelled in March 2029. Quarry Bells season 3 was cancelled "
        "in November 2031. Ana Ruiz starred.",
        {(Q, 2, "cancelled", "2029-03"), (Q, 3, "cancelled", "2031-11")}),
    "two shows": (
        "Kestrel Play cancels two dramas",
        "Kestrel Play cancelled Quarry Bells after one season. Kestrel Play also cancelled Tin "
        "Lantern after two seasons. Ana Ruiz starred in Quarry Bells.",
        {(Q, 1, "cancelled", "2031-11"), ("Tin Lantern", 2, "cancelled", "2031-11")}),
}


@pytest.mark.parametrize("name", list(ONE_CANCELLATION))
def test_one_cancellation_told_as_two_seasons_is_one(name: str) -> None:
    title, text, want = ONE_CANCELLATION[name]
    got = _facts(title, text)
    assert want in got
    assert [f for f in got if f[0] == Q and f[2] == "cancelled"] == [want]


@pytest.mark.parametrize("name", list(TWO_CANCELLATIONS))
def test_two_cancellations_stay_two(name: str) -> None:
    title, text, want = TWO_CANCELLATIONS[name]
    assert want <= _facts(title, text)


def test_the_one_cancellation_is_explained_and_switched_off_is_two(
        monkeypatch: pytest.MonkeyPatch) -> None:
    title, text, _ = ONE_CANCELLATION["after one season, no season 2"]
    with rules.tracing() as trace:
        extract_candidates(make_article(text, title, PUB, "https://news.example/q"))
    assert any(event.dropped_by == "dedupe.cancelled_once" for event in trace.events)
    monkeypatch.setattr(facts, "_one_cancellation", lambda found: found)
    assert {(Q, 1, "cancelled"), (Q, 2, "cancelled")} <= _keys(title, text)


#: A date of another clause that is the event's own. (Pass on 0fb7b17 and after.)
OTHER_CLAUSE: dict[str, Case] = {
    "a renewal's day, then the shoot's month": (
        "Quarry Bells renewed",
        "Kestrel Play renewed Quarry Bells for a third season on November 5, and filming "
        "begins in March. Ana Ruiz stars.",
        {(Q, 3, "renewed", "2031-11-05"), (Q, 3, "filming_started", "2032-03")}),
    "the day opens the sentence, the renewal follows": (
        "Quarry Bells renewed",
        "On November 5, Kestrel Play renewed Quarry Bells for a third season. Ana Ruiz stars.",
        {(Q, 3, "renewed", "2031-11-05")}),
}


@pytest.mark.parametrize("name", list(OTHER_CLAUSE))
def test_another_clauses_date_that_is_the_events_stays(name: str) -> None:
    title, text, want = OTHER_CLAUSE[name]
    assert want <= _facts(title, text)
