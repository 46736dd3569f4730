"""Round 39 (r39headcase): title-case headlines, which capitalised run is the show.

In a headline whose words are all capitalised a determiner's run ("Its Other Drama", "The
Network's Other Drama") read as a title, and the name apposed to it ("..., Copper Vale") was
no candidate. ``shows._without_headline_determiner`` (``title.span.headline_determiner``)
drops such a run unless the body writes it whole or the headline quotes it (keeping its
longest tail the body writes), and ``shows.discover`` takes the name apposed to a decision's
described object at the headline's end as the decision's object (``headline_object``), as
``shows._decided_apposition_at_end`` does in a body sentence.

The cells are ``tests/headcase_grid.py``'s. New cells fail on 33bf2b84 and pass here; the
cells 33bf2b84 already read and the controls pass on both. All names are invented.
"""

from __future__ import annotations

import grid_tally
import pytest
from articles import explained
from headcase_grid import Cell, cells, outcome

#: Headlines 33bf2b84 already read (their determiner's run was vetoed or never a title) and
#: the controls.
_READ_ON_BASE = frozenset({"axes_their_comedy", "renews_another", "quoted_in_headline",
                           "body_writes_another_title"})
#: A headline-only title ending in a number ("Lantern House 2049", "Ward 13") is read as the
#: title and its season, on 33bf2b84 too (``headline_styles``' numbered shape): not this class
#: (a quoted one is read).
_LEFT_SHAPES = frozenset({"numbered"})


def _left(cell: Cell) -> str | None:
    return ("a headline-only title's number is read as its season"
            if cell.shape in _LEFT_SHAPES and cell.name != "quoted_in_headline" else None)


NEW = grid_tally.params([c for c in cells() if c.name not in _READ_ON_BASE], _left)
OLD = grid_tally.params([c for c in cells() if c.name in _READ_ON_BASE], _left)


@pytest.mark.parametrize("cell", NEW)
def test_headcase_read(cell: Cell) -> None:
    right, diff = outcome(cell)
    assert right, (cell.headline, diff)


@pytest.mark.parametrize("cell", OLD)
def test_headcase_control(cell: Cell) -> None:
    right, diff = outcome(cell)
    assert right, (cell.headline, diff)


def test_explain_names_the_determiner_rule() -> None:
    text = explained("Kestrel made the decision on Tuesday after a season of falling ratings.",
                     "Kestrel Cancels Its Other Drama, Copper Vale")
    assert "title.span.headline_determiner" in text
    assert "Copper Vale S? cancelled" in text
