"""A cancellation that names no season takes the season before the highest one the article
names for that show, round 18 (branch r18seasons).

"Kestrel One has cancelled X. The drama had halted production on its fourth season": a
cancellation carries the last season made, and a season the article tells only as ordered,
in production, halted or to film was never finished, so the cancellation's season is the one
before it (3). The extractor numbered it only when the season was told as aired or as the
last, or was the main season of an article about that show. Rule
``season.cancelled_latest_named``: never from another show's seasons, and not over the main
season of an article about one season. (The highest season itself would satisfy the scorer,
which accepts a cancellation's next season, but not the status layer: it cancels a season
still filming.)

Controls keep what they give today: "its first two seasons" (a count, no season named), a
cancellation whose own sentence numbers it, and a new show's. Every name is invented.
"""

from __future__ import annotations

import pytest
from articles import facts_of, rows

SHOWS = ["Brackwater", "The Tin Orchard", "Salt Meridian"]

_CANCELS = [
    "Kestrel One has cancelled {show}.",
    "Kestrel One has axed {show}.",
    "Kestrel One pulled the plug on {show} on Monday.",
    "{show} has been cancelled by Kestrel One.",
]

_NAMED = {
    "The drama had halted production on its fourth season in March.": 3,
    "The drama was renewed for a fourth season last year.": 3,
    "Its fourth season was due to start filming in March.": 3,
    "Its third season was filming in Leeds.": 2,
}


def _seasons(body: str, show: str, headline: str) -> set[int | None]:
    return {season for s, season, kind in rows(facts_of(body, headline))
            if s == show and kind == "cancelled"}


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("cancel", _CANCELS)
@pytest.mark.parametrize("named", sorted(_NAMED))
def test_a_cancellation_takes_the_latest_season_named(show: str, cancel: str,
                                                      named: str) -> None:
    # a round-up: the show is not the article's main one (whose main season rule reads it)
    body = (f"Kestrel One renewed Copper Lane for a fifth season. {cancel.format(show=show)} "
            f"{named}")
    assert _seasons(body, show, "Kestrel One's decisions") == {_NAMED[named]}


@pytest.mark.parametrize("first,second", [("Brackwater", "Copper Lane"),
                                          ("Copper Lane", "Brackwater")])
def test_never_from_another_shows_seasons(first: str, second: str) -> None:
    body = (f"Kestrel One has cancelled {first} and {second}. {first} had halted production "
            "on its fourth season in March.")
    assert _seasons(body, first, "TV news") == {3}
    assert _seasons(body, second, "TV news") == {None}


# --- controls ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("Kestrel One has cancelled Brackwater. Its first two seasons are streaming now.", {None}),
    ("Kestrel One has cancelled Brackwater after three seasons. A fifth season had been "
     "planned.", {3}),
    ("Kestrel One has cancelled Brackwater. Its third season premiered in March.", {3}),
    ("Kestrel One has cancelled the freshman drama Brackwater.", {1}),
    ("Kestrel One has cancelled Brackwater.", {None}),
])
def test_controls_keep_their_seasons(body: str, expected: set[int | None]) -> None:
    assert _seasons(body, "Brackwater", "Brackwater cancelled") == expected
