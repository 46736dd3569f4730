"""The sentence ``drop.partial_wrap`` reads around a shoot that goes on is the extractor's
sentence (round 22, r22health): ``rules._sentence_around`` splits with ``split_sentences``,
so an abbreviation ("St.", "Oct.", "Dr.") does not end it. Before, "More filming is planned
in St. Ives for Copper Vale" was cut at "St." and lost the other show it names, and the wrap
of the show the article is about was dropped as a shoot still going on."""

from __future__ import annotations

import pytest
from articles import facts_of, rows

SHOWS = ["Glass Harbor", "Nightjar", "Salt Road"]
HEADLINE = "{show} wraps season 2"
WRAP = "{show} has wrapped filming on season 2. "

#: Another show's shoot goes on, in a sentence an abbreviation does not end: the wrap stays.
_OTHER_SHOWS_SHOOT = [
    "More filming is planned in St. Ives for Copper Vale, the network's new drama.",
    "More filming is planned for Oct. on the new drama Copper Vale.",
    # "Mt." an abbreviation split_sentences knows since round 23 (r23health)
    "More filming is planned in St. Albans and Mt. Kerrow for the new drama Copper Vale.",
]
#: Controls, the same on main: the wrapped show's own shoot goes on (the wrap is dropped), or
#: another show's in a sentence with no abbreviation (the wrap stays).
_OWN_SHOOT = [
    "More filming is planned in St. Ives for the season.",
    "More filming is planned for Oct. on the second season.",
]
_PLAIN_OTHER = [
    "More filming is planned for the new drama Copper Vale.",
]


def _wraps(show: str, sentence: str) -> bool:
    facts = rows(facts_of(WRAP.format(show=show) + sentence, HEADLINE.format(show=show)))
    return (show, 2, "filming_wrapped") in facts


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("sentence", _OTHER_SHOWS_SHOOT)
def test_another_shows_shoot_past_an_abbreviation_keeps_the_wrap(show: str,
                                                                 sentence: str) -> None:
    assert _wraps(show, sentence)


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("sentence", _OWN_SHOOT)
def test_control_the_shows_own_shoot_going_on_drops_the_wrap(show: str,
                                                             sentence: str) -> None:
    assert not _wraps(show, sentence)


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("sentence", _PLAIN_OTHER)
def test_control_another_shows_shoot_keeps_the_wrap(show: str, sentence: str) -> None:
    assert _wraps(show, sentence)
