"""Round 39 (r39numbers): a title that ends in its own number.

Three round-39 branches left the class as strict xfails: a bare title ending in a number, no
season phrase beside it, read as the show's season ("Kestrel cancelled Route 9." gave Route,
season 9; "the Dock 7 set" gave Dock; a headline's "Ward 13 season 2" gave Ward season 13).
Built: ``title.span.never_bare_number`` (``shows._never_bare``, the last reading of
``shows.with_own_number``): a number of 1 to 39 right after a name is the title's own when
the article (headline and body) never writes that name without that number. Where the
article writes the name alone too ("Glass Harbor 4 wrapped. Glass Harbor returns ..."), or
with another number ("Glass Harbor 4 ... Glass Harbor 5"), the number stays the season, as
does a number after a season noun ("renewed Route for season 9").

The grid is ``tests/own_number_grid.py``: every cell outside the controls fails on 33bf2b84
(30/84 there, 42 with a false fact) and passes here; the controls pass on both. All titles,
networks and people are invented.
"""

from __future__ import annotations

import datetime as dt

import grid_tally
import pytest
from articles import explained, facts_of
from own_number_grid import Cell, cells, outcome

PUBLISHED = dt.date(2026, 6, 9)

GRID = grid_tally.params(cells())


@pytest.mark.parametrize("cell", GRID)
def test_own_number_cell(cell: Cell) -> None:
    right, diff = outcome(cell)
    assert right, (cell.headline, cell.body, diff)


def _rows(body: str, headline: str = "TV news") -> set[tuple[str, int | None, str]]:
    return {(f.show, f.season, f.kind) for f in facts_of(body, headline, PUBLISHED)
            if f.kind != "filming_started" or "film" in body}


@pytest.mark.parametrize("body, want", [
    pytest.param("Kestrel has cancelled Route 9. Route 9 ran for two years.",
                 {("Route 9", None, "cancelled")}, id="twice-with-its-number"),
    pytest.param("Kestrel has renewed Route 9 season 2.", {("Route 9", 2, "renewed")},
                 id="season-shape-after-the-number"),
    # controls: the number is the season
    pytest.param("Kestrel renewed Route for season 9.", {("Route", 9, "renewed")},
                 id="control-season-noun"),
    pytest.param("Glass Harbor 4 wrapped filming on Friday. Glass Harbor 5 starts shooting in "
                 "May.", {("Glass Harbor", 4, "filming_wrapped"),
                          ("Glass Harbor", 5, "filming_started")},
                 id="control-two-numbers"),
    pytest.param("Salt Road 2 premieres on Kestrel on May 4, 2027. The second season of Salt "
                 "Road picks up a year later.", {("Salt Road", 2, "premiere")},
                 id="control-sequel-number-told-as-season"),
    pytest.param("Kestrel has renewed 4-1-4 for a ninth season.", {("4-1-4", 9, "renewed")},
                 id="control-number-title"),
])
def test_own_number_readings(body: str, want: set[tuple[str, int | None, str]]) -> None:
    assert want <= _rows(body)
    assert not {r for r in _rows(body) if r[0] in ("Route", "Glass Harbor 4", "Salt Road 2")
                and r not in want}


def test_explain_names_the_rule() -> None:
    text = explained("Kestrel has cancelled Route 9. The network made the call on Tuesday.",
                     "Kestrel news", PUBLISHED)
    assert "title.span.never_bare_number" in text
