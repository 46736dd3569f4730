"""Dates the reader left coarser than the text tells them, or read from a word that is no time
(issue 10/11, round 33, branch r33dates).

- A day named by its place in its month: "the last day of July", "the first day in August",
  "the thirty-first of July", "the last Friday of July", "July's second Sunday" were read to the
  month (or, for a weekday, as the weekday nearest the article): they are that day
  (``dates._placed_day``, rule ``date.day_placed_in_month``). "The end of July", "mid-July",
  "the final week of July" stay months: the text tells no day.
- A day told alone, "on the 31st", takes the month of the date named before it in the sentence,
  else in the sentence before (``dates.month_days``); with no month there it is no date.
- "last year's breakout", "this year's hit": a year that owns a noun naming no event describes
  the show, and is not the time of the sentence's decision (``date.year_owning_no_event``);
  "this year's premiere", "last year's upfronts", "renewed last year" still are.

Sentences and names invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import cell_reader, explained, full_rows

from monitor.extract import dates

#: A Tuesday in May: July and August lie ahead, "last Friday" is May 8.
PUBLISHED = dt.date(2026, 5, 12)


#: The article's URL (its slug names the show the cells are about).
URL = "https://example.test/tv/salt-road"

_rows = cell_reader(full_rows, "", PUBLISHED, URL)


def _values(sentence: str, future: bool | None = None, before: str = "") -> list[str]:
    return [m.value for m in dates.find_dates(sentence, PUBLISHED, future=future, before=before)]


# --- the date reader alone -----------------------------------------------------------------

PLACED = {
    "last-day-of": ("the last day of July", "2026-07-31"),
    "last-day-in": ("on the last day in July", "2026-07-31"),
    "final-day-of": ("the final day of July", "2026-07-31"),
    "first-day-of": ("the first day of August", "2026-08-01"),
    "very-last-day-with-year": ("the very last day of February 2028", "2028-02-29"),
    "thirty-first-of": ("the thirty-first of July", "2026-07-31"),
    "twenty-first-of": ("on the twenty-first of July", "2026-07-21"),
    "twenty-third-spaced": ("on the twenty third of July", "2026-07-23"),
    "first-of": ("on the first of August", "2026-08-01"),
    "fifth-of-with-year": ("the fifth of March, 2027", "2027-03-05"),
    "last-friday-of": ("the last Friday of July", "2026-07-31"),
    "final-sunday-in": ("the final Sunday in August", "2026-08-30"),
    "second-sunday-in": ("the second Sunday in August", "2026-08-09"),
    "first-monday-with-year": ("the first Monday in February 2027", "2027-02-01"),
    "month-s-last-friday": ("July's last Friday", "2026-07-31"),
    "month-s-first-monday": ("August's first Monday", "2026-08-03"),
}


@pytest.mark.parametrize("phrase, want", list(PLACED.values()), ids=list(PLACED))
def test_a_day_placed_in_its_month_is_that_day(phrase: str, want: str) -> None:
    assert _values(f"Salt Road returns {phrase}.", future=True) == [want]


#: The month, as on the base: the text tells no day.
MONTHS_STAY = {
    "end-of": ("at the end of July", "2026-07"),
    "mid": ("in mid-July", "2026-07"),
    "final-week-of": ("in the final week of July", "2026-07"),
    "first-week-of": ("in the first week of August", "2026-08"),
    "start-of": ("at the start of August", "2026-08"),
    "early": ("in early August", "2026-08"),
}


@pytest.mark.parametrize("phrase, want", list(MONTHS_STAY.values()), ids=list(MONTHS_STAY))
def test_a_part_of_a_month_stays_a_month(phrase: str, want: str) -> None:
    assert _values(f"Salt Road returns {phrase}.", future=True) == [want]


@pytest.mark.parametrize("sentence, before, want", [
    ("Salt Road returns in July, on the 31st.", "", ["2026-07", "2026-07-31"]),
    ("Salt Road returns on July 3 and its finale airs on the 31st.", "",
     ["2026-07-03", "2026-07-31"]),
    ("The season premieres on the 31st.", "Salt Road returns in July.", ["2026-07-31"]),
    ("It premieres on Sunday the 12th at 9pm.", "Salt Road returns in July.", ["2026-07-12"]),
], ids=["month-in-sentence", "day-in-sentence", "month-in-sentence-before",
        "weekday-and-day-after-month-before"])
def test_a_day_alone_takes_the_month_named_before_it(sentence: str, before: str,
                                                      want: list[str]) -> None:
    assert _values(sentence, future=True, before=before) == want


@pytest.mark.parametrize("sentence, before", [
    ("The season premieres on the 31st.", ""),
    ("The season premieres on the 31st.", "Salt Road returns in 2027."),
    ("The cast met on the 4th floor.", "Salt Road returns in July."),
    ("Salt Road premiered in the 21st century.", "Salt Road returns in July."),
    ("It is on the 2nd season of the slate.", "Salt Road returns in July."),
], ids=["no-month-anywhere", "only-a-year-before", "a-floor", "a-century", "a-season"])
def test_a_day_alone_with_no_month_or_a_noun_after_it_is_no_date(sentence: str,
                                                                   before: str) -> None:
    assert not any(len(v) == 10 for v in _values(sentence, future=True, before=before))


# --- the facts -----------------------------------------------------------------------------

@pytest.mark.parametrize("body, want", [
    ("Salt Road returns for its second season on the last day of July.",
     ("Salt Road", 2, "premiere", "2026-07-31", "expected")),
    ("Salt Road returns for its second season on the last day in July.",
     ("Salt Road", 2, "premiere", "2026-07-31", "expected")),
    ("Salt Road season 2 premiered on the very last day of July 2025.",
     ("Salt Road", 2, "premiere", "2025-07-31", "confirmed")),
    ("Salt Road season 2 premieres on the thirty-first of July.",
     ("Salt Road", 2, "premiere", "2026-07-31", "expected")),
    ("Salt Road season 2 premieres on July's last Friday.",
     ("Salt Road", 2, "premiere", "2026-07-31", "expected")),
    ("Salt Road season 2 premieres the last Friday of July.",
     ("Salt Road", 2, "premiere", "2026-07-31", "expected")),
    ("Salt Road season 2 premieres on the second Sunday in August.",
     ("Salt Road", 2, "premiere", "2026-08-09", "expected")),
    ("Kestrel has renewed Salt Road for a second season. The new season arrives on the "
     "first of August.", ("Salt Road", 2, "premiere", "2026-08-01", "expected")),
    ("Salt Road season 2 premieres in July. The season premieres on the 31st.",
     ("Salt Road", 2, "premiere", "2026-07-31", "expected")),
    ("Salt Road season 2 premieres in July, on the 31st.",
     ("Salt Road", 2, "premiere", "2026-07-31", "expected")),
    ("Kestrel has cancelled last year's breakout hit Salt Road after two seasons.",
     ("Salt Road", 2, "cancelled", "2026-05", "confirmed")),
    ("Kestrel has renewed Salt Road, one of last year's biggest hits, for a third season.",
     ("Salt Road", 3, "renewed", "2026-05", "confirmed")),
    ("Kestrel has renewed this year's breakout Lantern House for a second season.",
     ("Lantern House", 2, "renewed", "2026-05", "confirmed")),
], ids=["last-day-of", "last-day-in", "very-last-day-past-with-year", "thirty-first-of",
        "month-s-last-friday", "last-friday-of", "second-sunday-in", "first-of-next-sentence",
        "the-31st-month-before", "the-31st-month-in-sentence", "last-year-s-breakout",
        "last-year-s-hits-aside", "this-year-s-breakout"])
def test_the_fact_takes_the_date_the_text_tells(body: str, want: tuple[object, ...]) -> None:
    assert want in _rows(body)


@pytest.mark.parametrize("body, want", [
    ("Salt Road season 2 premieres at the end of July.",
     {("Salt Road", 2, "premiere", "2026-07", "expected")}),
    ("Salt Road season 2 premieres in mid-July.",
     {("Salt Road", 2, "premiere", "2026-07", "expected")}),
    ("Salt Road season 2 premieres in the final week of July.",
     {("Salt Road", 2, "premiere", "2026-07", "expected")}),
    ("Salt Road season 2 premieres on Sunday, July 31.",
     {("Salt Road", 2, "premiere", "2026-07-31", "expected")}),
    ("Salt Road season 2 premieres on the 31st of July.",
     {("Salt Road", 2, "premiere", "2026-07-31", "expected")}),
    # "the last day of filming" names no date: the wrap is the news's, dated as such
    ("Salt Road season 2 wrapped on the last day of filming.",
     {("Salt Road", 2, "filming_wrapped", "2026-05", "confirmed")}),
    # the first day of the shoot dates the filming start, never a premiere
    ("Salt Road season 2 began filming. The first day of filming was July 4.",
     {("Salt Road", 2, "filming_started", "2025-07-04", "confirmed")}),
    ("Salt Road season 2 is set for this year's premiere.",
     {("Salt Road", 2, "premiere", "2026", "confirmed")}),
    ("Kestrel renewed Salt Road for a third season at last year's upfronts.",
     {("Salt Road", 3, "renewed", "2025", "confirmed")}),
    ("Kestrel renewed Salt Road for a third season last year.",
     {("Salt Road", 3, "renewed", "2025", "confirmed")}),
    ("Salt Road season 2 premieres on the 31st.", set()),
], ids=["end-of-month", "mid-month", "final-week", "weekday-with-date", "31st-of-month",
        "last-day-of-filming", "first-day-of-filming", "this-year-s-premiere",
        "last-year-s-upfronts", "renewed-last-year", "the-31st-no-month"])
def test_controls_keep_their_output(body: str, want: set[tuple[object, ...]]) -> None:
    assert _rows(body) == want


@pytest.mark.parametrize("body, rule", [
    ("Salt Road season 2 premieres on the last day of July.", "date.day_placed_in_month"),
    ("Kestrel has cancelled last year's breakout Salt Road after two seasons.",
     "date.year_owning_no_event"),
], ids=["placed-day", "year-owning-no-event"])
def test_explain_names_the_rule(body: str, rule: str) -> None:
    assert rule in explained(body, "", PUBLISHED, URL)
