"""A date its own sentence sets aside yields to the one that stands (issue 10, round 38,
branch r38contrast).

"Salt Road season 2 no longer premieres on May 4; it arrives on Kestrel May 11", "which had
been set to launch in late November, will now premiere in January": two candidates of one
season's premiere (or shoot start, or wrap), one dated by a phrase the sentence denies or
leaves as a plan, and ``dedupe`` kept the set-aside date. ``date.set_aside``
(``facts._date_set_aside``) ranks a dated fact whose every date phrase in its sentence has
denying, contrasting or plan-left words just before it (``facts.SET_ASIDE_BEFORE_RE``,
``eventdates.PLAN_BEFORE_RE``) below one of its key whose date stands; alone it keeps its
date. Cells from ``tests/contrast_dates_grid.py``; invented names throughout.
"""

from __future__ import annotations

import pytest
from articles import explained, full_rows, make_article
from contrast_dates_grid import OTHER_SHOWS, PUBLISHED, Cell, cells, is_false, is_new, verdict

from monitor.extract.facts import extract_facts

CELLS = cells()


def _rows(body: str) -> set[tuple[str, int | None, str, str | None, str]]:
    return full_rows(extract_facts(make_article(body, published=PUBLISHED)))


def _no_false(cell: Cell, rows: set[tuple[str, int | None, str, str | None, str]]) -> bool:
    return not is_false(cell, rows, OTHER_SHOWS)


@pytest.mark.parametrize("cell", [c for c in CELLS if c.axis != "control" and is_new(c)],
                         ids=lambda c: c.id)
def test_the_set_aside_date_yields(cell: Cell) -> None:
    """New: fail on a7a82a3 (the denied or left date kept)."""
    rows = _rows(cell.body)
    assert verdict(cell, rows) == "right"
    assert _no_false(cell, rows)


@pytest.mark.parametrize("cell", [c for c in CELLS if c.axis != "control" and not is_new(c)],
                         ids=lambda c: c.id)
def test_set_aside_dates_read_already(cell: Cell) -> None:
    """Controls (pass on both): forms the date rules read already."""
    rows = _rows(cell.body)
    assert verdict(cell, rows) == "right"
    assert _no_false(cell, rows)


@pytest.mark.parametrize("cell", [c for c in CELLS if c.axis == "control"],
                         ids=lambda c: c.id)
def test_near_misses_keep_their_date(cell: Cell) -> None:
    """Controls (pass on both): two shows each with its date, "rather than" between two shows
    or networks, another show's "no longer", "not" with no second date."""
    rows = _rows(cell.body)
    assert verdict(cell, rows) == "right"
    assert _no_false(cell, rows)


def test_explain_names_the_rule() -> None:
    """``--explain`` shows ``date.set_aside`` on the fact it kept."""
    text = explained("Salt Road season 2 no longer premieres on May 4; it arrives on Kestrel "
                     "May 11.", published=PUBLISHED)
    assert "date.set_aside" in text
