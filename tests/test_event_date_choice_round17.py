"""Which date an event to come takes, round 17 (branch r17seasons).

Two families of wordings where the extractor found the right show, kind and season but the
wrong date (a miss and a false fact each):

- a modal before the event's verb ("could premiere in March", "might return in the fall"):
  the event lies ahead, so a date without a year is the coming one, not the nearest (an
  article of August read "could premiere in March" as the March just past);
- two dates offered, the second marked as the likelier ("in the summer or, more likely, the
  fall", "in March or April, with April more likely", "winter or spring; we think the
  latter"): the second, in the order the text offers them ("the summer or the fall" written
  in August is the fall after that summer).

Controls keep what they give today: a date without a year in the past tense, "would" in a plan
told in the past, a month opening the sentence, two dates offered with no preference (the
first, as before), a preference for the first. Every show and sentence is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import dated_rows, facts_of

URL = "https://news.example/r17-dates"
SHOW = "Quillon Bay"
HEAD = f"{SHOW} season 2 update"
LEAD = f"Filming on {SHOW} season 2 has wrapped. "
AUGUST = dt.date(2031, 8, 19)
DECEMBER = dt.date(2031, 12, 20)
JANUARY = dt.date(2032, 1, 12)


def _premieres(sentence: str, published: dt.date) -> set[str | None]:
    facts = facts_of(LEAD + sentence, HEAD, published, URL)
    return {date for show, season, kind, date in dated_rows(facts)
            if kind == "premiere" and show == SHOW and season == 2}


# --- a modal before the event's verb: the coming instance --------------------------------------

@pytest.mark.parametrize(("sentence", "published", "expected"), [
    ("Season 2 could premiere in March.", AUGUST, "2032-03"),
    ("Season 2 might premiere in March.", AUGUST, "2032-03"),
    ("Season 2 may well arrive in February.", AUGUST, "2032-02"),
    ("The drama could still return in April.", AUGUST, "2032-04"),
    ("Season 2 should debut in May.", AUGUST, "2032-05"),
    ("In May the show could premiere its second season.", AUGUST, "2032-05"),
    ("Season 2 could premiere in March.", DECEMBER, "2032-03"),
    ("Season 2 could premiere in March.", JANUARY, "2032-03"),
    ("Season 2 could premiere on March 14.", AUGUST, "2032-03-14"),
])
def test_a_modal_event_takes_the_coming_date(sentence: str, published: dt.date,
                                             expected: str) -> None:
    assert _premieres(sentence, published) == {expected}


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    # controls: told as past, or a plan told in the past (the nearest instance, as before)
    ("Season 2 premiered in March.", AUGUST, "2031-03"),
    ("Season 2 premiered in March.", JANUARY, "2031-03"),
    ("The streamer said in May that season 2 would premiere in March.", AUGUST, "2031-03"),
    ("Season 2 could have premiered in March, had the strike not hit.", AUGUST, None),
])
def test_controls_past_and_plans_told_in_the_past(sentence: str, published: dt.date,
                                                  expected: str | None) -> None:
    found = _premieres(sentence, published)
    if expected is None:
        assert all(date != "2032-03" for date in found), found
    else:
        assert found == {expected}


# --- two dates offered, the second the likelier -------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Season 2 could premiere in the summer or, more likely, the fall.", "2032-FA"),
    ("Season 2 could premiere in March or April, with April more likely.", "2032-04"),
    ("Season 2 will likely premiere in late 2031 or, more probably, early 2032.", "2032"),
    ("It seems the drama will arrive in the winter or in the spring; our guess is the "
     "latter.", "2032-SP"),
    ("We expect season 2 to premiere in the winter or the spring, most likely the spring.",
     "2032-SP"),
    ("Season 2 will premiere on June 5 or, more likely, June 12.", "2032-06-12"),
    ("Season 2 will premiere in December or, more likely, January.", "2032-01"),
    ("Season 2 could premiere in March or, more probably, April.", "2032-04"),
])
def test_the_likelier_of_two_dates(sentence: str, expected: str) -> None:
    assert _premieres(sentence, AUGUST) == {expected}


@pytest.mark.parametrize(("sentence", "expected"), [
    # controls: no preference, or the first preferred: the first date, as before
    ("Season 2 will premiere in October or November.", "2031-10"),
    ("Season 2 will premiere in October, or November at the latest.", "2031-10"),
    ("Season 2 will premiere on October 3.", "2031-10-03"),
])
def test_controls_no_preference_keeps_the_first(sentence: str, expected: str) -> None:
    assert _premieres(sentence, AUGUST) == {expected}
