"""Round 40 (r40found): titles never found, the shapes the open folds did not teach.

A title-case headline's capitalised "But" was read into a title ("Salt Road But", "But Copper
Vale Is", "At Kestrel But Copper Vale"): ``shows._clause_edges``
(``title.span.headline_conjunction``) takes it off a run's edge or parts the run at it, unless
the body writes the run whole. A person's possessive before one word ("Ann Lee's Kitchen") was
cut to the word: ``shows._with_owner_named`` / ``_owner_named_title``
(``title.span.owner_named_title``) keep the owner where the body writes the whole name twice
or more and never the word alone.

The cells are ``tests/found_titles_grid.py``'s. New cells fail on 208d977f and pass here;
the controls pass on both. All names are invented.
"""

from __future__ import annotations

import grid_tally
import pytest
from articles import explained
from found_titles_grid import Cell, cells, outcome

#: Controls: read on 208d977f and here alike.
_CONTROLS = frozenset({"comma_clauses", "title_holds_but", "creator_named_alone",
                       "creator_named_once", "owner_before_two_words"})

#: Passages where "Marvin Oakes'" (a bare apostrophe after an s) is kept as a title itself.
_OWNER_KEPT = frozenset({"renewed_named_twice", "ordered_named_twice", "returns_named_twice",
                         "creator_named_alone", "creator_named_once"})


def _left(cell: Cell) -> str | None:
    if cell.name == "picks_up_but_drops":
        return ("'Drops' cues no headline object: the comma form ('Picks Up A, Drops B') "
                "keeps only A too")
    if cell.shape == "s_apostrophe_owner" and cell.name in _OWNER_KEPT:
        return ("an owner ending in s with a bare apostrophe ('Marvin Oakes' Garage') is kept "
                "as a title itself, on 208d977f too")
    return None


NEW = grid_tally.params([c for c in cells() if c.name not in _CONTROLS], _left)
OLD = grid_tally.params([c for c in cells() if c.name in _CONTROLS], _left)


@pytest.mark.parametrize("cell", NEW)
def test_found_title_read(cell: Cell) -> None:
    right, diff = outcome(cell)
    assert right, (cell.headline, cell.body, diff)


@pytest.mark.parametrize("cell", OLD)
def test_found_title_control(cell: Cell) -> None:
    right, diff = outcome(cell)
    assert right, (cell.headline, cell.body, diff)


def test_explain_names_the_conjunction_rule() -> None:
    text = explained("Kestrel made the decisions on Tuesday after a season of falling ratings.",
                     "Salt Road Gets Another Season But Copper Vale Is Cancelled")
    assert "title.span.headline_conjunction" in text
    assert "Copper Vale S? cancelled" in text


def test_explain_names_the_owner_rule() -> None:
    text = explained("Kestrel has renewed Ann Lee's Kitchen for a third season. Ann Lee's "
                     "Kitchen drew 2.1 million viewers, and Lee said she was thrilled.")
    assert "title.span.owner_named_title" in text
    assert "Ann Lee's Kitchen S3 renewed" in text
