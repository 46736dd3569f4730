"""A show whose pilot the article tells is in its first season, round 18 (branch r18seasons).

"X will air weekly for nine weeks, starting with the pilot": a show that starts with its pilot
is new, and its premiere or its shoot naming no season is of season 1 (the labels' convention
for a new show). The extractor left such a premiere unnumbered. Rule
``season.pilot_is_first``: a sentence about one show alone that tells "the pilot" (no season
numbered in it; not "a pilot for", "the pilot of" another show, "pilot season"), of a show
the article numbers no season of.

Controls keep what they give today: a returning season's premiere beside its pilot's mention,
a pilot ordered for the show, a pilot of another show, and a premiere with no pilot. Every
name is invented.
"""

from __future__ import annotations

import pytest
from articles import facts_of, rows

SHOWS = ["Brackwater", "The Tin Orchard", "Salt Meridian"]

_EVENTS = {
    "{show} will premiere on Kestrel One on Thursday, May 16.": "premiere",
    "{show} will debut on Kestrel One in June.": "premiere",
    "Filming on {show} began in Leeds in March.": "filming_started",
}
_PILOTS = [
    "{show} will air weekly for nine weeks, starting with the pilot.",
    "{show} begins with the two-hour pilot on June 3.",
    "{show} opens with the pilot, shot in Vancouver.",
]


def _seasons(body: str, show: str, kind: str, headline: str) -> set[int | None]:
    return {season for s, season, k in rows(facts_of(body, headline))
            if s == show and k == kind}


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("event", sorted(_EVENTS))
@pytest.mark.parametrize("pilot", _PILOTS)
def test_a_show_told_by_its_pilot_is_in_season_one(show: str, event: str, pilot: str) -> None:
    body = f"{event.format(show=show)} {pilot.format(show=show)}"
    assert _seasons(body, show, _EVENTS[event], f"{show} news") == {1}


# --- controls ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("Brackwater returns for season 3 on May 16. Brackwater will air weekly, starting with "
     "the pilot.", {3}),
    ("Brackwater returns on May 16. Kestrel One ordered a pilot for Brackwater in 2019.",
     {None}),
    ("Brackwater will premiere on Kestrel One on Thursday, May 16.", {None}),
])
def test_controls_keep_their_seasons(body: str, expected: set[int | None]) -> None:
    assert _seasons(body, "Brackwater", "premiere", "Brackwater news") == expected


def test_a_pilot_of_another_show_is_not_this_ones() -> None:
    body = ("Kestrel One has renewed Brackwater. Brackwater will return with the pilot of its "
            "spinoff.")
    assert _seasons(body, "Brackwater", "renewed", "TV news") == {None}
