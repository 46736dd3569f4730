"""Round 41 (r41body): titles in plain body text that nothing proposed.

A name right after a network's reference in the possessive ("the network's Copper Vale",
"the streamer's", "the premium cabler's") had no cue of its own: no title was proposed, and a
decision told of the show before it ("Kestrel has renewed its fishing drama") found none.
``showwords.REFERRING_POSSESSIVE_BEFORE_RE``, read in ``shows.discover`` beside the network's
and person's possessives (rule ``title.keep.referring_owner``), proposes it; the name is then
validated as any span, so a day, a month, a place, a role or a person's name after the same
possessive stays out.

The cells are ``tests/body_titles_grid.py``'s. New cells fail on 264b3aa4 and pass here; the
controls pass on both. All names are invented.
"""

from __future__ import annotations

import grid_tally
import pytest
from articles import explained
from body_titles_grid import Cell, cells, outcome


def _left(cell: Cell) -> str | None:
    if cell.name == "cancelled_before" and cell.shape.startswith("cabler-"):
        return ("the title is kept, but the comedy cancelled the sentence before is not "
                "carried to a name after 'the premium cabler's' (a reference of two words)")
    return None


NEW = grid_tally.params([c for c in cells() if c.axis != "control"], _left)
OLD = grid_tally.params([c for c in cells() if c.axis == "control"], _left)


@pytest.mark.parametrize("cell", NEW)
def test_body_title_read(cell: Cell) -> None:
    right, diff = outcome(cell)
    assert right, (cell.headline, cell.body, diff)


@pytest.mark.parametrize("cell", OLD)
def test_body_title_control(cell: Cell) -> None:
    right, diff = outcome(cell)
    assert right, (cell.headline, cell.body, diff)


def test_explain_names_the_referring_owner_rule() -> None:
    text = explained("Kestrel has renewed its fishing drama for a third season. The "
                     "streamer's Copper Vale, which follows two sisters, drew two million "
                     "viewers.")
    assert "title.keep.referring_owner" in text
    assert "Copper Vale S3 renewed" in text
