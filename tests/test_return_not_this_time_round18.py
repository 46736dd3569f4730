"""A return denied for a time to come is no cancellation — round 18 (issue 10, s18returns).

"X will not return this year" and "X won't be back in 2031" gave the show a confirmed
cancellation: the denied return read as the end of the show, though the time after it says
only that the return comes later (the devset's convention reads "won't return until 2032" as
the premiere then, never an end). Rule ``drop.return_not_this_time``: a denied return followed
by a time of the present or a coming period (this year, this month, in a year or a month) is
no fact. Not a season of the year: "the series that won't return this fall" is a round-up of
the schedule's cancellations (round 9's control). Controls: a denied return for a season, or
"until" a time. Every sentence, show and network is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of

PUBLISHED = dt.date(2031, 3, 10)
TITLES = ["Harrow Lane", "The Salt Road", "Quillon"]
ABOUT = "{t} is a crime drama from Mara Quill. "

Row = tuple[str, int | None, str, str | None]


def _facts(sentence: str, title: str) -> set[Row]:
    text = (ABOUT + sentence).format(t=title)
    return {(f.show, f.season, f.kind, f.date) for f in facts_of(text, "", PUBLISHED)}


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("when", [" this year", " in 2031", " this month", " in June",
                                  " to Kestrel this year"],
                         ids=["this-year", "in-year", "this-month", "in-month", "to-a-network"])
@pytest.mark.parametrize("verb", ["will not return", "won't return", "won't be back",
                                  "will not be returning"])
def test_a_return_denied_for_a_time_is_no_cancellation(verb: str, when: str,
                                                         title: str) -> None:
    assert not {r for r in _facts("{t} " + verb + when + ", Kestrel said.", title)
                if r[2] == "cancelled"}


# --- controls: these give today what they gave before ---------------------------------------


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("sentence, expected", [
    ("{t} will not return for a third season.", (2, "cancelled", "2031-03")),
    ("{t} won't return until 2032.", (None, "premiere", "2032")),
    ("{t} will not be returning for a third season, Kestrel said.",
     (2, "cancelled", "2031-03")),
], ids=["for-a-season", "until-a-year", "returning-for-a-season"])
def test_other_denied_returns_keep_their_reading(sentence: str,
                                                 expected: tuple[int | None, str, str],
                                                 title: str) -> None:
    assert (title, *expected) in _facts(sentence, title)
