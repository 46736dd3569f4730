"""Round 41 (r41season): a new show's first season in the forms unseen text writes it in.

Over ``tests/season_forms_grid.py``: an order to series of a show called by no "new" word
(``patterns.SERIES_ORDER_PHRASE_RE`` in ``facts._new_shows`` and ``rules._series_order``), a
headline calling the show new (``facts._new_shows`` reads the headline), a debut told in the
present or future (``season.debut_ahead_is_first`` — taken out at the lead's merge: a bare
"debuts" keeps no season, the devset's convention; those cells now hold it). On 264b3aa4
the grid reads 65 of 138 cells right with 58 false (the new show's premiere season-less);
after the merge 123 right, none false. The controls (a return, a season's debut, a season
numbered elsewhere, a series order for series two or taken back, another show's order, a
headline's "new season of", a show's debut on another network) read the same on both trees.
The one-word title ("Havana", a place name) is never found as a title in these short bodies
on either tree: those cells are left as strict xfails (title finding, not the season).
"""

from __future__ import annotations

import grid_tally
import pytest
import season_forms_grid as grid

from monitor.extract import patterns, rules

CELLS = list(grid.cells())
#: The one-word title's cells not read on either tree: the title is never found.
TITLE_NOT_FOUND = {
    "trade-given_series_order-one_word",
    "fan-picked_up_to_series-one_word",
    "uk-handed_series_order_shoot-one_word",
    "uk-first_look_new_thriller-one_word",
    "wire-debuts_on_date-one_word",
    "trade-will_debut-one_word",
    "fan-mark_calendars_debuts-one_word",
    "release-starring_debuts-one_word",
    "wire-returns_on_date-one_word",
    "fan-debuts_its_second_season-one_word",
    "release-season_named_elsewhere-one_word",
    "wire-debuted_years_ago_returns-one_word",
    "uk-series_order_for_series_two-one_word",
    "trade-makes_its_network_debut-one_word",
    "fan-returns_next_year-one_word",
}


@pytest.mark.parametrize("cell", grid_tally.params(
    CELLS, TITLE_NOT_FOUND, "the one-word place-name title is not found in a one-sentence "
    "body on either tree (title finding, not the season)"))
def test_cell_reads_its_season(cell: grid.Cell) -> None:
    right, false = grid.outcome(cell)
    assert false == []
    assert right


def test_grid_has_every_axis_and_house() -> None:
    axes = {c.wording.axis for c in CELLS}
    houses = {c.wording.house for c in CELLS}
    assert {"series_order", "new_headline", "debut_ahead", "control"} <= axes
    assert {"trade", "wire", "release", "uk", "fan", "headline"} <= houses


@pytest.mark.parametrize("text, found", [
    ("Kestrel has given Copper Vale a series order.", True),
    ("Ashford Lane has been ordered to series at Tovrel.", True),
    ("Tovrel picked up Lantern House to series on Friday.", True),
    ("a straight-to-series order for Salt Road", True),
    ("Kestrel ordered a second season of Copper Vale.", False),
    ("Copper Vale will return to Kestrel in the autumn.", False),
])
def test_series_order_phrase(text: str, found: bool) -> None:
    assert (patterns.SERIES_ORDER_PHRASE_RE.search(text) is not None) is found


@pytest.mark.parametrize("text", [
    "Kestrel has cancelled its series order for Copper Vale.",
    "Tovrel rescinded the series order for Salt Road.",
    "Lantern House did not get a series order.",
])
def test_series_order_undone(text: str) -> None:
    assert patterns.SERIES_ORDER_UNDONE_RE.search(text)


def test_bare_debut_keeps_no_season() -> None:
    """The merge took ``season.debut_ahead_is_first`` out: a bare "debuts" keeps no season
    (the devset's convention, held by tests/test_facts.py and round 37's place controls)."""
    assert "season.debut_ahead_is_first" not in rules.RULES
