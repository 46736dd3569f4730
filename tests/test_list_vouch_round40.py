"""Round 40 (r40vouch): a list's items vouch for each other, over ``tests/list_vouch_grid.py``.

A comma/"and" list with one marked title (quoted, seasoned, watched) proposes its other items
as titles (``title.keep.list_vouched``), and "join A, B and C over at the MIA Network" is a
cancellation destination (``lists._DESTINATION``). Cells the branch leaves are strict xfails
with their reason; the controls (cast, networks, cities, months, people, "join the cast",
"join Tovrel") give no false fact on the base and the branch.
"""

from __future__ import annotations

import grid_tally
import list_vouch_grid as grid
import pytest

from monitor.extract import rules

#: Cells left, with the reason.
LEFT = {
    **{f"titles-press-season_marked-{shape}": "the marked item's season phrase ('A season 2, "
       "B and C') parts the list: the list gap reads no season phrase"
       for shape in grid.SHAPES},
    "titles-trade-lineup_mentions-number": "a listed title's own number ('Station 9') is cut "
    "from the span before the list is read (title.span.never_bare_number)",
    "titles-wire-ratings_list-number": "a listed title's own number is cut from the span",
    "titles-wire-ratings_list-one_word": "a one-word item opening the sentence is left "
    "unvouched on purpose (an adverb or a name: 'Instead, ...')",
}

CELLS = list(grid.cells())


@pytest.mark.parametrize("cell", grid_tally.params(CELLS, LEFT))
def test_cell(cell: grid.Cell) -> None:
    right, diff = grid.outcome(cell)
    assert right, diff


@pytest.mark.parametrize("cell", grid_tally.params(c for c in CELLS if c.axis == "control"))
def test_controls_give_nothing_false(cell: grid.Cell) -> None:
    _, diff = grid.outcome(cell)
    assert not any(false for _, false in diff.values()), diff


def test_left_cells_exist() -> None:
    assert set(LEFT) <= {c.id for c in CELLS}


def test_rule_is_named() -> None:
    assert "title.keep.list_vouched" in rules.RULES
