"""Date phrases -> partial ISO, resolved against a publication date; never more precise than
the text."""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract.dates import compatible, find_dates, intervals, is_after, precision

PUB = dt.date(2024, 5, 15)  # a Wednesday

CASES = [
    # id, sentence, future, expected values (left to right)
    ("full-date", "It arrives on March 3, 2025.", None, ["2025-03-03"]),
    ("full-date-ordinal", "Filming wrapped on September 15th, 2017.", None, ["2017-09-15"]),
    ("day-month-year", "The show returns 3 March 2025.", None, ["2025-03-03"]),
    ("abbrev-month", "It premieres Oct. 22, 2020 on the network.", None, ["2020-10-22"]),
    ("month-year", "Production began in January 2024.", None, ["2024-01"]),
    ("month-of-year", "It could return as soon as March of 2026.", None, ["2026-03"]),
    ("year-only", "The season is expected sometime in 2026.", None, ["2026"]),
    ("season-year", "It premiered in Fall 2015.", None, ["2015-FA"]),
    ("season-of-year", "Shooting starts in the summer of 2025.", None, ["2025-SU"]),
    ("iso", "Filed 2024-02-29 by the network.", None, ["2024-02-29"]),
    ("today", "Cameras start rolling today.", None, ["2024-05-15"]),
    ("tomorrow", "The finale airs tomorrow.", None, ["2024-05-16"]),
    ("yesterday", "The cast wrapped late yesterday.", None, ["2024-05-14"]),
    ("weekday-past", "The network said on Monday that it was renewed.", False, ["2024-05-13"]),
    ("weekday-future", "The show will return on Friday.", True, ["2024-05-17"]),
    ("this-week", "The shoot started this week.", None, ["2024-05"]),
    ("last-week", "It was cancelled last week.", None, ["2024-05"]),
    ("next-month", "Filming begins next month.", None, ["2024-06"]),
    ("last-month", "The trailer dropped last month.", None, ["2024-04"]),
    ("this-year", "The series returns later this year.", None, ["2024"]),
    ("earlier-this-year", "It was renewed earlier this year.", None, ["2024"]),
    ("next-year", "Expect it next year.", None, ["2025"]),
    ("last-year", "The strike last year delayed it.", None, ["2023"]),
    ("last-fall", "It started filming last fall.", None, ["2023-FA"]),
    ("this-summer", "It lands this summer.", None, ["2024-SU"]),
    ("weeks-ago", "The drama wrapped a few weeks ago.", None, ["2024-04"]),
    ("month-no-year-future", "Filming starts in April.", True, ["2025-04"]),
    ("month-no-year-past", "It was renewed back in November.", False, ["2023-11"]),
    ("month-day-no-year-future", "It will premiere on June 26.", True, ["2024-06-26"]),
    ("month-day-nearest", "The special airs June 2.", None, ["2024-06-02"]),
    ("month-of-this-year", "Production wrapped back in April of this year.", None, ["2024-04"]),
    ("month-range", "It aired in June to July 2024.", None, ["2024-06"]),
    ("last-february", "Its release last February drew viewers.", None, ["2024-02"]),
    ("restated-day", "It premieres today, May 16.", None, ["2024-05-16"]),
    ("no-may-verb", "The show may return soon.", None, []),
    ("tv-season-range-ignored", "Renewed for the 2024-25 season.", None, []),
    # quarters, halves and parts of a year keep only the year: never more precise than the text
    ("quarter-Q", "It lands in Q3 2025.", None, ["2025"]),
    ("quarter-words", "It lands in the third quarter of 2025.", None, ["2025"]),
    ("first-half", "It returns in the first half of 2025.", None, ["2025"]),
    ("late-year", "It lands in late 2024.", None, ["2024"]),
    ("early-next-year", "It lands early next year.", None, ["2025"]),
    ("end-of-year", "It returns by the end of the year.", None, ["2024"]),
    ("ordinal-no-year", "It premieres June 3rd.", True, ["2024-06-03"]),
    ("ordinal-of-month", "It returns on the 3rd of June.", True, ["2024-06-03"]),
    ("earlier-this-month", "It aired earlier this month.", None, ["2024-05"]),
    ("couple-weeks-ago", "It wrapped a couple of weeks ago.", None, ["2024-05"]),
    ("next-spring", "It returns next spring.", None, ["2025-SP"]),
    ("this-fall", "It returns this fall.", None, ["2024-FA"]),
    ("mid-month", "Filming starts in mid-July.", True, ["2024-07"]),
    ("weekday-past-tense", "It was renewed on Thursday.", False, ["2024-05-09"]),
    ("weekday-future-tense", "It returns on Thursday.", True, ["2024-05-16"]),
    # holidays: the day, or its month when the text only places something near it
    ("christmas", "It premieres on Christmas Day.", True, ["2024-12-25"]),
    ("after-thanksgiving", "Filming started shortly after Thanksgiving.", False, ["2023-11"]),
    ("labor-day", "It aired on Labor Day.", False, ["2023-09-04"]),
    ("memorial-day", "It returns on Memorial Day.", True, ["2024-05-27"]),
    # round 36 (r36dates2): written in May, "the new year" is the coming January (was 2024)
    ("new-year", "It returns in the new year.", None, ["2025"]),
    ("new-year-told-past", "Filming began in the new year.", False, ["2024"]),
    ("in-a-few-days", "It is set to return in a few short days.", True, ["2024-05"]),
    ("in-weeks", "Filming begins in three weeks.", True, ["2024-06"]),
]


@pytest.mark.parametrize(("sentence", "future", "expected"),
                         [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_find_dates(sentence: str, future: bool | None, expected: list[str]) -> None:
    assert [m.value for m in find_dates(sentence, PUB, future=future)] == expected


def test_mentions_carry_their_text_and_position() -> None:
    [mention] = find_dates("Filming began in January 2024.", PUB)
    assert mention.text == "January 2024"
    assert "Filming began in January 2024."[mention.start:mention.end] == mention.text
    assert not mention.relative


@pytest.mark.parametrize(("value", "rank"), [
    (None, 0), ("2024", 1), ("2024-FA", 2), ("2024-05", 3), ("2024-05-02", 4)])
def test_precision(value: str | None, rank: int) -> None:
    assert precision(value) == rank


@pytest.mark.parametrize(("a", "b", "ok"), [
    ("2024", "2024-05-02", True),
    ("2024-05", "2024-05-02", True),
    ("2024-05", "2024-06", False),
    ("2024-SU", "2024-07", True),
    ("2024-SU", "2024-10-01", False),
    ("2024-WI", "2025-01", True),
    (None, "2024", True),
])
def test_compatible(a: str | None, b: str | None, ok: bool) -> None:
    assert compatible(a, b) is ok


def test_is_after() -> None:
    assert is_after("2024-06", PUB)
    assert not is_after("2024", PUB)
    assert is_after("2025", PUB)
    assert not is_after("2024-05-01", PUB)


def test_mid_year_prefix() -> None:
    assert [m.value for m in find_dates("It returns in mid-2026.", PUB)] == ["2026"]


@pytest.mark.parametrize(("sentence", "spans"), [
    ("Filming ran from March to July 2024 in Leeds.", [("2024-03", "2024-07")]),
    ("Filming ran from November through February 2024.", [("2023-11", "2024-02")]),
    ("Production took place June to August 2023.", [("2023-06", "2023-08")]),
    ("Crews were seen between September 20 and 22.", [("2023-09-20", "2023-09-22")]),
    ("It premieres on June 5 and moves to Sundays on July 3.", []),
])
def test_intervals(sentence: str, spans: list[tuple[str, str]]) -> None:
    found = intervals(sentence, find_dates(sentence, PUB, future=False))
    assert [(a.value, b.value) for a, b in found] == spans
