"""Date readings round 38 left (issue 10, round 39, branch r39dates).

A date denied and another given after "but" (``date.denied_for_another``), a move told with
no event word (``date.moved_from_to``, ``kind.moved_shoot_is_start``, the dates' bare month
after a move's "to"), the day of an announcing document that is not the event's
(``date.announcing_document``), a sentence-case headline for a name that is no show of the
article (``drop.headline_for_another``) and a split season's later parts counted together
("Parts 2-4"). Cells from ``tests/date_readings_grid.py``; invented names throughout.
"""

from __future__ import annotations

import pytest
from articles import explained
from date_readings_grid import NEW_PASSAGES, PUBLISHED, Cell, cells, left, outcome, round_params
from grid_tally import check_outcome

PARAMS = round_params(cells(), NEW_PASSAGES, left)


@pytest.mark.parametrize("cell", PARAMS["new"])
def test_new_reading(cell: Cell) -> None:
    """New: every shape of these passages fails on 4f5eb4d."""
    check_outcome(outcome, cell)


@pytest.mark.parametrize("cell", PARAMS["already"])
def test_read_already(cell: Cell) -> None:
    """Pass on both: the forms 4f5eb4d read already (or left, xfail)."""
    check_outcome(outcome, cell)


@pytest.mark.parametrize("cell", PARAMS["controls"])
def test_controls(cell: Cell) -> None:
    """Pass on both: a date denied alone, another show after 'but', a time slot, a finale, a
    dated release with no event date, a headline of another event, a later part."""
    check_outcome(outcome, cell)


@pytest.mark.parametrize(("body", "rule"), [
    ("Copper Vale season 2 will not premiere in November but in February.",
     "date.denied_for_another"),
    ("Kestrel has pushed Copper Vale season 2 from March to June.", "date.moved_from_to"),
    ("Production on Copper Vale season 2 has been pushed to April.",
     "kind.moved_shoot_is_start"),
])
def test_explain_names_the_rule(body: str, rule: str) -> None:
    assert rule in explained(body, published=PUBLISHED)


def test_explain_names_the_headline_drop() -> None:
    text = explained("Copper Vale returns for season 2 on Kestrel.",
                     headline="Kestrel sets September 12 return for Lisbon",
                     published=PUBLISHED)
    assert "drop.headline_for_another" in text


def test_explain_names_the_announcing_document() -> None:
    text = explained("In a June 3 press release, Kestrel said Copper Vale season 2 will "
                     "premiere in March.", published=PUBLISHED)
    assert "date.announcing_document" in text
