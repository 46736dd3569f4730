"""The one partial-date type: parse, precision, first and last day, contains, order, words."""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.partial_date import PartialDate, end_day, phrase, precision, restates, sort_key, words


@pytest.mark.parametrize(("text", "expected"), [
    (None, 0), ("", 0), ("2018", 1), ("2018-SP", 2), ("2018-WI", 2), ("2018-03", 3),
    ("2018-03-08", 4), ("March 2018", 0), ("2018-13", 0), ("2018-02-30", 0), ("2018-XX", 0),
])
def test_precision(text: str | None, expected: int) -> None:
    assert precision(text) == expected


@pytest.mark.parametrize("text", ["2018", "2018-SP", "2018-WI", "2018-03", "2018-03-08"])
def test_parse_and_back(text: str) -> None:
    date = PartialDate.parse(text)
    assert date is not None and str(date) == text


@pytest.mark.parametrize(("inner", "outer", "inside"), [
    ("2018-03-08", "2018", True), ("2018-03-08", "2018-03", True), ("2018-04", "2018-03", False),
    ("2018-04-02", "2018-SP", True), ("2018-07", "2018-SP", False), ("2019-03", "2018-SP", False),
    ("2018-SP", "2018", True), ("2018", "2018", False), ("2018-03", "2018-03-08", False),
    ("2018-SP", "2018-03", False), ("2018-03", "2018-SU", False),
    # Winter 2017 is December 2017 to February 2018, as the extractor resolves "this winter".
    ("2017-12-24", "2017-WI", True), ("2018-01", "2017-WI", True), ("2018-02-28", "2017-WI", True),
    ("2017-01", "2017-WI", False), ("2018-03-01", "2017-WI", False),
])
def test_contains(inner: str, outer: str, inside: bool) -> None:
    outer_date, inner_date = PartialDate.parse(outer), PartialDate.parse(inner)
    assert outer_date is not None and inner_date is not None
    assert outer_date.contains(inner_date) is inside


@pytest.mark.parametrize(("vaguer", "finer", "expected"), [
    ("2018", "2018-03-08", True), ("2018-03-08", "2018-03-08", True), (None, None, True),
    ("2018-03-08", "2018", False), ("2019", "2018-03-08", False), (None, "2018", False),
    ("2018", None, False), ("soon", "2018-03-08", False),
])
def test_restates(vaguer: str | None, finer: str | None, expected: bool) -> None:
    assert restates(vaguer, finer) is expected


def test_partial_dates_sort_in_time_order() -> None:
    dates = ["2018-FA", "2018-03-08", "2018", "2017-12", "2018-SU", "2017-WI"]
    assert sorted(dates, key=sort_key) == ["2017-12", "2017-WI", "2018", "2018-03-08",
                                           "2018-SU", "2018-FA"]


@pytest.mark.parametrize(("text", "start", "end"), [
    ("2017", "2017-01-01", "2017-12-31"), ("2016-02", "2016-02-01", "2016-02-29"),
    ("2016-WI", "2016-12-01", "2017-02-28"), ("2017-FA", "2017-09-01", "2017-11-30"),
    ("2017-12", "2017-12-01", "2017-12-31"), ("2017-04-03", "2017-04-03", "2017-04-03"),
])
def test_first_and_last_day(text: str, start: str, end: str) -> None:
    date = PartialDate.parse(text)
    assert date is not None
    assert date.start() == dt.date.fromisoformat(start)
    assert date.end() == end_day(text) == dt.date.fromisoformat(end)


@pytest.mark.parametrize(("text", "in_words", "as_phrase"), [
    ("2017-09-15", "15 Sep 2017", "on 15 Sep 2017"), ("2017-09", "Sep 2017", "in Sep 2017"),
    ("2018-SU", "Summer 2018", "in Summer 2018"), ("2017", "2017", "in 2017"),
    (None, "", ""), ("2017-13", "2017-13", "in 2017-13"),
])
def test_words(text: str | None, in_words: str, as_phrase: str) -> None:
    assert words(text) == in_words
    assert phrase(text) == as_phrase
