"""Dates written with dots and the year in full (issue 10, round 12): day first in European
and Indian papers ("14.06.2031"), year first in Korean and Japanese press ("2031.06.14"). The
year alone was read before, so a premiere to come was dated by its year only and called
confirmed. A decimal, a score or a version (no four-digit year) is no date."""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import dates as datemod
from monitor.extract.facts import extract_facts
from monitor.models import Article

PUBLISHED = dt.date(2031, 5, 20)


@pytest.mark.parametrize(("phrase", "value"), [
    ("14.06.2031", "2031-06-14"),
    ("4.6.2031", "2031-06-04"),
    ("31.12.2031", "2031-12-31"),
    ("2031.06.14", "2031-06-14"),
    ("2031.6.4", "2031-06-04"),
])
def test_dotted_dates_with_the_year(phrase: str, value: str) -> None:
    found = datemod.find_dates(f"It drops on {phrase} on the streamer.", PUBLISHED)
    assert [d.value for d in found] == [value]


@pytest.mark.parametrize("sentence", [
    "The pilot scored 9.8 out of 10.",
    "The app reached version 2.5.3 in the store.",
    "Ratings rose 12.5 percent.",
])
def test_dots_without_a_year_are_no_date(sentence: str) -> None:
    assert datemod.find_dates(sentence, PUBLISHED) == []


def test_dotted_date_misread_gives_no_impossible_day() -> None:
    assert [d.value for d in datemod.find_dates("On 31.02.2031 it aired.", PUBLISHED)
            if len(d.value) == 10] == []


@pytest.mark.parametrize("phrase", ["14.06.2031", "2031.06.14"])
def test_premiere_on_a_dotted_date_is_that_day_and_expected(phrase: str) -> None:
    article = Article("https://news.example/a", "Glass Harbor season 2 date",
                      f"Glass Harbor season 2 drops on Netflix on {phrase}.", PUBLISHED)
    facts = {(f.show, f.season, f.kind, f.date, f.certainty) for f in extract_facts(article)}
    assert ("Glass Harbor", 2, "premiere", "2031-06-14", "expected") in facts, facts
