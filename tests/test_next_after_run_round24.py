"""A fact of "the next season" beside a season told as run, round 24 (branch s24first,
issue 10).

"Ferrow Lane has started filming its next season, following a second season that drew record
audiences.", "Tovrel has renewed Ferrow Lane ahead of the second season's finale.": the one
season phrase of the sentence names a season already run or running (its finale, "a second
season that drew", after or ahead of it), and the fact is of the season after it.
``season.in_clause`` and ``season.next_of_known`` read the run season itself, one short.
Rule ``season.next_after_run_in_sentence`` (``rules._next_after_run_in_sentence``): the
sentence's one season phrase, one number, no other show named, told as run (a cue before it,
or its run right after it; a finale only with a cue), and "next / another / further season"
in the sentence or a renewal told ahead of that finale: the next season; never a
cancellation. Each grid cell fails on the base tree; the controls give the same on both.

Every name is invented.
"""

from __future__ import annotations

import pytest
from articles import Row, explained, filled_rows

#: (show, network, the run season as an ordinal, its number): three title sets.
TITLES = [("Ferrow Lane", "Tovrel", "second", 2),
          ("Harrow Point", "Kestrel One", "third", 3),
          ("The Lantern Keepers", "Marrowline", "fourth", 4)]

_TAIL = " {show} stars Dana Holt."

#: (body, kind): the fact is of the season after the run one.
_NEXT = [
    ("{show} has started filming its next season, following a {nth} season that drew record "
     "audiences.", "filming_started"),
    ("Cameras are rolling on {show}'s next season after the show's {nth} season finale in "
     "March.", "filming_started"),
    ("{show} began shooting another season in Leeds on Monday, after a {nth} season that "
     "ended in March.", "filming_started"),
    ("{net} has renewed {show} ahead of the {nth} season's finale.", "renewed"),
    ("{net} renewed {show} on Monday, days before the {nth} season finale.", "renewed"),
]

#: (body, kind, season offset from the run season's number or None) that give the same on
#: both trees: the season named is the fact's, two seasons named, a cancellation, a finale
#: told with no cue.
_CONTROLS = [
    ("{net} has renewed {show} for a {nth} season.", "renewed", 0),
    ("Filming on {show}'s {nth} season began in Leeds, a month after the previous season's "
     "finale.", "filming_started", 0),
    ("{net} has cancelled {show} ahead of the {nth} season's finale.", "cancelled", 0),
    ("The {nth} season of {show} premieres on {net} on June 5, after the previous season "
     "drew record audiences.", "premiere", 0),
    ("{net} has renewed {show} after a {nth} season that drew record audiences.", "renewed", 1),
]


def _cell(body: str, show: str, net: str, nth: str) -> set[Row]:
    return filled_rows(body + _TAIL, show=show, net=net, nth=nth)


@pytest.mark.parametrize(("show", "net", "nth", "number"), TITLES)
@pytest.mark.parametrize(("body", "kind"), _NEXT)
def test_the_next_season_after_a_run_one(body: str, kind: str, show: str, net: str, nth: str,
                                         number: int) -> None:
    facts = _cell(body, show, net, nth)
    assert (show, number + 1, kind) in facts, facts


@pytest.mark.parametrize(("show", "net", "nth", "number"), TITLES)
@pytest.mark.parametrize(("body", "kind", "offset"), _CONTROLS)
def test_controls_keep_what_they_give(body: str, kind: str, offset: int, show: str, net: str,
                                      nth: str, number: int) -> None:
    facts = _cell(body, show, net, nth)
    assert (show, number + offset, kind) in facts, facts


def test_explain_names_the_rule() -> None:
    text = explained(
        "Ferrow Lane has started filming its next season, following a second season that "
        "drew record audiences. Ferrow Lane stars Dana Holt.", "TV news")
    assert "season.next_after_run_in_sentence" in text
