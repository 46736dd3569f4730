"""Round 41 (r41new): the season of a show the article calls new in another sentence.

Over ``tests/new_show_season_grid.py``: ``facts._new_shows`` now reads a show called new after
a relative "which" or a phrase set off by commas ("X, which is a new drama", "X, starring
Dana Holt, is a new comedy"), with two words between the owner and the new word and
"brand-new" (``facts._NEW_PREDICATE``, ``_NEW_AFTER_RE``), a list of names called new in the
plural (``_NEW_LIST_AFTER_RE``), and a debut still to come in the noun
(``_DEBUT_NOUN_AHEAD_RE``); ``season.called_new_elsewhere`` then gives its premiere, shoot and
count season 1 and ``season.new_show_elsewhere`` its renewal season 2. On cbf83b85 the grid
reads 63 of 147 cells right with 84 false (the new show's facts season-less); on this branch
147, none false. The controls (a returning show's new season or series, new or all-new
episodes, a show new to a network, a streaming debut, a list called returning, a season
numbered elsewhere, "a new series of" a show) read the same on both trees.
"""

from __future__ import annotations

import grid_tally
import new_show_season_grid as grid
import pytest

from monitor.extract import facts

CELLS = list(grid.cells())


@pytest.mark.parametrize("cell", grid_tally.params(CELLS))
def test_cell_reads_its_season(cell: grid.Cell) -> None:
    grid_tally.check_outcome(grid.outcome, cell)


def test_grid_has_every_axis_and_house() -> None:
    axes = {c.wording.axis for c in CELLS}
    houses = {c.wording.house for c in CELLS}
    assert {"copula", "owner_words", "new_list", "debut_noun", "control"} <= axes
    assert {"trade", "wire", "release", "uk", "fan"} <= houses


@pytest.mark.parametrize("after, found", [
    (", which is a new drama for Kestrel,", True),
    (", starring Dana Holt, is a new comedy from Tovrel.", True),
    (", Kestrel's hotly anticipated new thriller,", True),
    (" is a brand-new drama from Kestrel.", True),
    (", which is a new series of the panel show,", False),
    (", starring Dana Holt, is back for a new series.", False),
    (", which is new to Kestrel,", False),
])
def test_new_after_name(after: str, found: bool) -> None:
    assert (facts._NEW_AFTER_RE.match(after) is not None) is found


@pytest.mark.parametrize("after, found", [
    (" are new dramas from Kestrel.", True),
    (" are among Tovrel's new comedies this spring.", True),
    (" are returning dramas on Kestrel.", False),
    (" are back with new episodes.", False),
])
def test_new_list_after(after: str, found: bool) -> None:
    assert (facts._NEW_LIST_AFTER_RE.match(after) is not None) is found


@pytest.mark.parametrize("after, found", [
    (" makes its series debut on Kestrel on April 4.", True),
    (" will make its series debut in May.", True),
    (" is set to make its series debut in the autumn.", True),
    # a bare debut keeps no season (the lead's merge: a show moving networks debuts too)
    (" makes its debut on Kestrel on April 4.", False),
    (" is set to make its debut in the autumn.", False),
    (" makes its Tovrel debut on April 4.", False),
    (" makes its streaming debut on Kestrel.", False),
    (" made its debut in 2019.", False),
])
def test_debut_noun_ahead(after: str, found: bool) -> None:
    assert (facts._DEBUT_NOUN_AHEAD_RE.match(after) is not None) is found


def test_list_joint() -> None:
    assert facts._LIST_JOINT_RE.match(" and ")
    assert facts._LIST_JOINT_RE.match(", ")
    assert facts._LIST_JOINT_RE.match(", and ")
    assert not facts._LIST_JOINT_RE.match(" drama and ")
