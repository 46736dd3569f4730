"""Dates, round 8 (issue 10): the day a premiere date was announced is not the premiere's when
the article states the premiere's own date; a time that ends a cancellation's clause after the
run it ended ("after three seasons and 26 episodes last year") is the cancellation's. Every
sentence is written for this test about invented shows."""

from __future__ import annotations

import datetime as dt

import pytest
from articles import DatedRow, dated_rows, facts_of

PUBLISHED = dt.date(2022, 3, 10)


def _facts(text: str) -> set[DatedRow]:
    return dated_rows(facts_of(text, published=PUBLISHED))


@pytest.mark.parametrize("announced", [
    "Earlier today, Hulu announced the launch date for season 5 of its drama Glass Harbor.",
    "Netflix today revealed the premiere date for Glass Harbor season 5.",
    "On Thursday, Netflix set the return date for Glass Harbor season 5.",
])
def test_the_announcement_day_gives_way_to_the_premiere_date(announced: str) -> None:
    facts = _facts(announced + " Glass Harbor season 5 premieres September 3.")
    assert ("Glass Harbor", 5, "premiere", "2022-09-03") in facts


def test_the_announcement_day_stays_when_the_article_has_no_other_date() -> None:
    # the premiere is still news (a time line needs it): dated as the article dates it
    facts = _facts("Earlier today, Hulu announced the launch date for season 5 of its "
                   "drama Glass Harbor.")
    assert {f[2] for f in facts} == {"premiere"}


@pytest.mark.parametrize(("text", "date"), [
    ("Hulu had earlier cancelled one more sitcom of its own, Glass Harbor, after three seasons "
     "and 26 episodes last year.", "2021"),
    ("Fox cancelled its comedy Glass Harbor, the sitcom about lighthouse keepers, after a single "
     "season in March.", "2022-03"),
])
def test_a_time_that_ends_the_cancellation_clause(text: str, date: str) -> None:
    assert {(f[2], f[3]) for f in _facts(text)} == {("cancelled", date)}



MAY = dt.date(2024, 5, 10)
NOVEMBER = dt.date(2024, 11, 20)


@pytest.mark.parametrize(("text", "published", "date"), [
    # a weekly run from a date starts on it
    ("Glass Harbor season 2 will stream weekly on Sundays starting June 16.", MAY, "2024-06-16"),
    ("New episodes of Glass Harbor season 2 will air weekly beginning June 16.", MAY,
     "2024-06-16"),
    # a time set for the season, after "set for"
    ("Glass Harbor season 2 is set for early next year.", NOVEMBER, "2025"),
    ("Glass Harbor season 2 is now set for next spring.", NOVEMBER, "2025-SP"),
])
def test_premiere_times_in_other_words(text: str, published: dt.date, date: str) -> None:
    facts = facts_of(text, published=published)
    assert [(f.kind, f.date) for f in facts] == [("premiere", date)]


@pytest.mark.parametrize("text", [
    "New episodes of Glass Harbor season 2 air weekly on Sundays.",
    "Filming on Glass Harbor season 2 is set for early next year.",
    "Filming on Glass Harbor season 2 is slated for December.",
])
def test_no_premiere_time(text: str) -> None:
    facts = facts_of(text, published=NOVEMBER)
    assert not any(f.kind == "premiere" for f in facts)


def test_set_for_a_season_stays_a_renewal() -> None:
    facts = facts_of("Glass Harbor is set for a second season.", published=MAY)
    assert [(f.kind, f.season) for f in facts] == [("renewed", 2)]
