"""A show commissioned by name and set off as a count of parts is a new show, round 22 (branch
r22dates).

"Tovrel has commissioned Nightjar, a six-part thriller set in Leeds.": the commission of a show
told by its parts, with no season named for it, is of a new show, and the devset's convention
puts a new show in season 1. On the base tree the count (and a premiere or shoot told in the
same sentence) stayed unnumbered: only "new", "freshman" or a debut date made a show new. Rule
``season.commissioned_by_parts_is_first`` (the shows from ``facts._commissioned_shows``): a
premiere, shoot, wrap or count naming no season of such a show is of season 1. A renewal or
cancellation is left as it was (the controls), as is a show set off by its parts with no
commission ("a six-part drama that aired in 2019").

Every name is invented.
"""

from __future__ import annotations

import pytest
from articles import Row, facts_of, make_article, rows

SHOWS = ["Nightjar", "Copper Harbor", "The Salt Ledger"]
NETWORKS = ["Tovrel", "Kestrel One"]

#: (body, (season, kind)): each fails on the base tree.
_COMMISSIONED = [
    ("{net} is making {show}, a six-part comedy drama based on a memoir.",
     (1, "episode_count")),
    ("{net} has commissioned {show}, a six-part thriller set in Leeds.", (1, "episode_count")),
    ("{net} has ordered {show}, an eight-episode drama from Dana Holt.", (1, "episode_count")),
    ("{show}, a six-part comedy, has been commissioned by {net}.", (1, "episode_count")),
    ("{net} is making the drama {show}, a six-part thriller set in Leeds.",
     (1, "episode_count")),
    ("{show}, a six-part thriller commissioned by {net}, will premiere in June.",
     (1, "premiere")),
    ("{net} has commissioned {show}, a six-part thriller set in Leeds, which starts filming "
     "in June.", (1, "filming_started")),
    ("{show}, a six-part comedy recently ordered by {net}, starts filming in June.",
     (1, "filming_started")),
]

#: Controls: (body, (season, kind)) that give the same on both trees.
_CONTROLS = [
    # the commission names its season
    ("{net} has commissioned a second series of {show}, a six-part thriller set in Leeds.",
     (2, "renewed")),
    # set off by its parts, no commission: not new
    ("{show}, a six-part drama that aired on {net} in 2019, has been cancelled.",
     (None, "cancelled")),
    ("{net} has renewed {show}, a six-part thriller set in Leeds.", (None, "renewed")),
    ("{show}, a six-part thriller, will premiere on {net} in June.", (None, "premiere")),
]


def _rows(body: str) -> set[Row]:
    return rows(facts_of(body, "TV news"))


@pytest.mark.parametrize("net", NETWORKS)
@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize(("body", "expected"), _COMMISSIONED)
def test_a_show_commissioned_by_its_parts_is_in_its_first_season(
        body: str, expected: tuple[int, str], show: str, net: str) -> None:
    facts = _rows(body.format(show=show, net=net))
    assert (show, *expected) in facts, facts


@pytest.mark.parametrize("net", NETWORKS)
@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize(("body", "expected"), _CONTROLS)
def test_controls_keep_what_they_give(body: str, expected: tuple[int | None, str], show: str,
                                      net: str) -> None:
    facts = _rows(body.format(show=show, net=net))
    assert (show, *expected) in facts, facts


@pytest.mark.parametrize("body", [
    "{net} has commissioned {show}, a six-part thriller set in Leeds. Filming begins in June.",
    "{net} has commissioned {show}, a six-part thriller. It will premiere in the autumn.",
])
def test_the_next_sentence(body: str) -> None:
    """Left here in round 22 (the next sentence's event named no show and made no fact); read
    since round 37: the commission's season 1 carries to the shoot or premiere after it."""
    facts = _rows(body.format(show="Nightjar", net="Tovrel"))
    assert {kind for show, season, kind in facts if season == 1} >= {"episode_count"} and len(
        facts) >= 2, facts


def test_explain_names_the_rule() -> None:
    from monitor.extract.explain import explain
    _, text = explain(make_article("Tovrel has commissioned Nightjar, a six-part thriller set in "
                                   "Leeds.", "TV news"))
    assert "season.commissioned_by_parts_is_first" in text
