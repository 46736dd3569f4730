"""Round 27: titles built of calendar words (weekdays, months, seasons, holidays).

A bare calendar word glued by one space to a capitalised name word ("the dramas Salt Road,
Saturday Harbor and Copper Vale") is a word of a title, not a date
(``date.calendar_word_in_a_name``); a fact's own title is masked before asking whether its
sentence states a time (``date.none_inside_own_title``). Controls: real weekdays, days and
months beside titles and networks keep their dates.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import dated_row, facts_of

from monitor.extract import dates as datemod

PUBLISHED = dt.date(2024, 5, 10)


def _facts(headline: str, body: str) -> list[tuple[str, int | None, str, str | None]]:
    return sorted(dated_row(f) for f in facts_of(body, headline, PUBLISHED))


# --- cells that fail on the base ----------------------------------------------------------

def test_weekday_opening_a_listed_title_is_no_date() -> None:
    facts = _facts("Kestrel cancels three dramas", "Kestrel has canceled its dramas Salt Road, "
                   "Saturday Harbor and Copper Vale after one season each. The network gave no "
                   "reason.")
    assert ("Salt Road", 1, "cancelled", "2024-05") in facts


def test_holiday_word_in_own_title_states_no_time() -> None:
    facts = _facts("Ember Christmas season 2 filming underway with tight security",
                   "The acclaimed Ember Christmas is gearing up for a return with its second "
                   "season on Tovrel. Commencing in March 2024, the shoot is set to span ten "
                   "months.")
    assert facts == [("Ember Christmas", 2, "filming_started", "2024-03")]


@pytest.mark.parametrize("sentence, word", [
    ("Tovrel canceled original shows Copper Vale, Sunday Lantern and Salt Road.", "Sunday"),
    ("HBO said the show Friday Copper Vale has been renewed.", "Friday"),
    ("It went along with Lantern House, October Christmas, and Salt Road.", "Christmas"),
    ("Christmas Salt Road was renewed by Kestrel last week.", "Christmas"),
])
def test_calendar_word_in_a_name(sentence: str, word: str) -> None:
    found = [m for m in datemod.find_dates(sentence, PUBLISHED) if m.text == word]
    assert found and datemod.inside_a_name(sentence, found[0])


# --- controls: real dates beside titles and networks --------------------------------------

@pytest.mark.parametrize("sentence", [
    "On Friday Kestrel renewed Salt Road.",
    "Kestrel renewed Salt Road on Friday.",
    "Tovrel renewed the drama Lantern House Monday, its showrunner said.",
    "The show premieres Friday, May 17 on Kestrel.",
    "Salt Road returns in June for season 2.",
    "Salt Road returns this Christmas.",
    "Salt Road returns Friday Night on Kestrel.",
    "It airs Sunday on Kestrel.",
    "Kestrel Renews Salt Road For Season 2 Ahead Of Christmas Premiere",
])
def test_real_dates_stay(sentence: str) -> None:
    found = datemod.find_dates(sentence, PUBLISHED)
    assert found and not any(datemod.inside_a_name(sentence, m) for m in found)


def test_control_weekday_after_title_dates_the_decision() -> None:
    assert _facts("Tovrel renews Lantern House", "Tovrel renewed the drama Lantern House "
                  "Monday, its showrunner said.") == [
        ("Lantern House", None, "renewed", "2024-05-06")]


def test_control_weekday_opening_the_sentence() -> None:
    assert _facts("Kestrel cancels Salt Road", "On Tuesday Kestrel canceled Salt Road after "
                  "two seasons.") == [("Salt Road", 2, "cancelled", "2024-05-07")]


def test_control_plain_title_shoot_still_dated_earlier() -> None:
    assert _facts("Lantern House season 2 filming underway with tight security",
                  "The acclaimed Lantern House is gearing up for a return with its second "
                  "season on Tovrel. Commencing in March 2024, the shoot is set to span ten "
                  "months.") == [("Lantern House", 2, "filming_started", "2024-03")]


def test_control_day_with_month() -> None:
    assert _facts("Salt Road season 2", "Salt Road season 2 premieres Friday, May 17 on "
                  "Kestrel.") == [("Salt Road", 2, "premiere", "2024-05-17")]
