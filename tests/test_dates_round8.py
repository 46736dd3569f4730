"""Dates, round 8 (issue 10): the day a premiere date was announced is not the premiere's when
the article states the premiere's own date; a time that ends a cancellation's clause after the
run it ended ("after two seasons and 34 episodes last year") is the cancellation's. Every
sentence is written for this test about invented shows."""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract.facts import extract_facts
from monitor.models import Article

PUBLISHED = dt.date(2022, 3, 10)


def _facts(text: str) -> set[tuple[object, ...]]:
    article = Article("https://news.example/a", "", text, PUBLISHED)
    return {(f.show, f.season, f.kind, f.date) for f in extract_facts(article)}


@pytest.mark.parametrize("announced", [
    "Earlier today, Netflix announced the release date for season 5 of its drama Glass Harbor.",
    "Netflix today revealed the premiere date for Glass Harbor season 5.",
    "On Thursday, Netflix set the return date for Glass Harbor season 5.",
])
def test_the_announcement_day_gives_way_to_the_premiere_date(announced: str) -> None:
    facts = _facts(announced + " Glass Harbor season 5 premieres September 3.")
    assert ("Glass Harbor", 5, "premiere", "2022-09-03") in facts


def test_the_announcement_day_stays_when_the_article_has_no_other_date() -> None:
    # the premiere is still news (a time line needs it): dated as the article dates it
    facts = _facts("Earlier today, Netflix announced the release date for season 5 of its "
                   "drama Glass Harbor.")
    assert {f[2] for f in facts} == {"premiere"}


@pytest.mark.parametrize(("text", "date"), [
    ("Fox also previously cancelled another comedy of theirs, Glass Harbor, after two seasons "
     "and 34 episodes last year.", "2021"),
    ("Fox cancelled its comedy Glass Harbor, the sitcom about lighthouse keepers, after a single "
     "season in March.", "2022-03"),
])
def test_a_time_that_ends_the_cancellation_clause(text: str, date: str) -> None:
    assert {(f[2], f[3]) for f in _facts(text)} == {("cancelled", date)}

