"""A shoot told as going on takes the start the article states, round 17 (branch r17seasons).

"Season 2 filming underway" (a headline, or a sentence with no time) fell back on the
publication month, while another line of the article states when the shoot began ("Commencing
in July, the filming process ...", "Cameras first rolled in July 2031"): that line's sentence
made no fact of its own, so the season's start was the month of the article (a miss and a false
fact). Rule ``date.shoot_began_earlier`` (``eventdates.py``): the one earlier month or day,
within a year, stated for the start of the same show's season.

Controls: another season's start, a start the line tells as a plan left or beside the shoot's
end, the premiere of the show, and a shoot whose own sentence gives a month keep what they give
today. Every show and sentence is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import dated_rows, facts_of

URL = "https://news.example/r17-shoot"
SHOW = "Marrowby Hall"
DECEMBER = dt.date(2031, 12, 15)
JANUARY = dt.date(2032, 1, 9)
LEAD = f"The acclaimed {SHOW} is gearing up for a return with its second season on Hulu. "
TAIL = " The drama has been in full swing since."


def _starts(headline: str, body: str, published: dt.date = DECEMBER) -> set[str | None]:
    facts = facts_of(body, headline, published, URL)
    return {date for show, season, kind, date in dated_rows(facts)
            if kind == "filming_started" and show == SHOW and season == 2}


@pytest.mark.parametrize("headline", [
    f"{SHOW} season 2 filming underway with tight security",
    f"{SHOW} Season 2 Filming Underway",
    f"{SHOW} season 2 now in production in Belfast",
    f"{SHOW} season 2 is currently shooting in Belfast",
])
@pytest.mark.parametrize(("line", "expected"), [
    ("Commencing in July 2031, the filming process is set to span ten months.", "2031-07"),
    ("Starting in July 2031, the shoot is expected to run for ten months.", "2031-07"),
    ("Beginning on 14 July 2031, filming will take ten months in all.", "2031-07-14"),
])
def test_a_shoot_going_on_takes_the_start_stated_elsewhere(headline: str, line: str,
                                                          expected: str) -> None:
    assert _starts(headline, LEAD + line + TAIL) == {expected}


def test_across_the_new_year() -> None:
    line = "Commencing in November 2031, the filming process is set to span ten months."
    assert _starts(f"{SHOW} season 2 filming underway", LEAD + line + TAIL,
                   JANUARY) == {"2031-11"}


@pytest.mark.parametrize(("line", "expected"), [
    # another season's start, the shoot's end, a plan left, a premiere, too long ago
    ("Production on the first season began in July 2030.", "2031-12"),
    ("The show's first season began filming in January 2031.", "2031-12"),
    ("The shoot is scheduled to wrap in May.", "2031-12"),
    ("Filming had been planned for July 2031 but was delayed.", "2031-12"),
    ("The drama premiered in July 2031.", "2031-12"),
    ("Commencing in July 2029, the filming process was set to span ten months.", "2031-12"),
])
def test_controls_keep_the_publication_month(line: str, expected: str) -> None:
    assert _starts(f"{SHOW} season 2 filming underway", LEAD + line + TAIL) == {expected}


@pytest.mark.parametrize(("body", "expected"), [
    # the start told by its own sentence: as today
    (f"{SHOW} season 2 is currently filming in Belfast. Production kicked off in September.",
     "2031-09"),
    (f"{SHOW} season 2 is in production. Filming began in September 2031.", "2031-09"),
    (f"{SHOW} season 2 is in production in Belfast this December.", "2031-12"),
])
def test_controls_a_start_with_its_own_sentence(body: str, expected: str) -> None:
    assert _starts(f"{SHOW} news", body) == {expected}
