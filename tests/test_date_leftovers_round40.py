"""Date readings round 39 left (issue 10, round 40, branch r40dates).

A move told by a contrast ("pushed X not to May but to June", "moved X from March — not to
April, as reported, but to June") or with its new date right after "to" ("pushed X season 2
to June"): ``date.moved_from_to`` takes the date after the last "to", never the one denied,
read ahead. A wrap "scheduled for May but will now run into August" is no wrap in May
(``drop.past_plan_changed``). A rescue told with its season ("Kestrel Rescues X for Season
2") is a renewal. A TV guide line's weekday heading ("Friday, Kestrel, 8pm: the first
episode of the new run of X") dates its premiere, read ahead (``date.guide_heading``).
Cells from ``tests/date_leftovers_grid.py``; invented names throughout.
"""

from __future__ import annotations

import pytest
from articles import explained
from date_leftovers_grid import NEW_PASSAGES, PUBLISHED, Cell, cells, left, outcome
from date_readings_grid import round_params
from grid_tally import check_outcome

PARAMS = round_params(cells(), NEW_PASSAGES, left)


@pytest.mark.parametrize("cell", PARAMS["new"])
def test_new_reading(cell: Cell) -> None:
    """New: every shape of these passages fails on 208d977f."""
    check_outcome(outcome, cell)


@pytest.mark.parametrize("cell", PARAMS["already"])
def test_read_already(cell: Cell) -> None:
    """Pass on both: the forms 208d977f read already (or left, xfail)."""
    check_outcome(outcome, cell)


@pytest.mark.parametrize("cell", PARAMS["controls"])
def test_controls(cell: Cell) -> None:
    """Pass on both: a move denied alone, a plain wrap, a listed later episode, a plain
    premiere day, a plain renewal headline, a finale or a person saved."""
    check_outcome(outcome, cell)


@pytest.mark.parametrize(("body", "rule"), [
    ("Kestrel has pushed Copper Vale season 2 not to May but to June.", "date.moved_from_to"),
    ("Kestrel has pushed Copper Vale season 2 to June.", "date.moved_from_to"),
    ("Friday, Kestrel, 8pm: the first episode of the new run of Copper Vale (series two).",
     "date.guide_heading"),
])
def test_explain_names_the_rule(body: str, rule: str) -> None:
    assert rule in explained(body, published=PUBLISHED)


def test_explain_names_the_changed_wrap_plan() -> None:
    text = explained("Production on Copper Vale season 2 was scheduled to wrap in May but will "
                     "now continue into August.", published=PUBLISHED)
    assert "drop.past_plan_changed" in text
