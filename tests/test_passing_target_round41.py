"""Round 41 (r41passing): a decision whose sentence's only name is one in passing.

r41refer's census of the sealed fold (counts only) found 7 decision/premiere candidates sent
to a show named in their own sentence while the labelled show was not named there at all, 3
of those names after a preposition ("after", "following", "than", "like", "from the makers
of"). The grid ``tests/passing_target_grid.py`` writes decisions and premieres with no name
of their own, whose only names close a phrase of time, comparison or origin, over five title
shapes and six press styles, with controls (the name after the preposition is the decided
one; a network renews a named show after something else; a list; a passive with its agent).
The reading built here:

``target.passing_phrase_only``: a decision or premiere whose sentence names shows only after
its trigger, each closing a passing phrase (``facts.passing_phrase_owns_trigger``,
``patterns.PASSING_PHRASE_BEFORE_RE``), none the verb's object, goes to the show the discourse
is about (``rules._referred_show_not``), never to the name in passing.

The grid's "passing" cells that failed on BASE (15: the name in passing took the decision)
pass here; every control passes on both. All titles, networks and people are invented.
"""

from __future__ import annotations

import datetime as dt

import grid_tally
import pytest
from articles import explained, facts_of
from passing_target_grid import cells, outcome
from slate_grid import Cell

PUBLISHED = dt.date(2026, 11, 2)

LEFT: dict[str, str] = {}

GRID = grid_tally.params(cells(), LEFT)


def _found(text: str, headline: str = "TV news") -> set[tuple[str, str]]:
    return {(f.show, f.kind) for f in facts_of(text, headline, PUBLISHED)}


@pytest.mark.parametrize("cell", GRID)
def test_passing_target_grid(cell: Cell) -> None:
    right, diff = outcome(cell)
    assert right, diff


def test_passing_phrase_only_is_named() -> None:
    text = ("The Kestrel drama Salt Road follows three sisters in a harbour town. Kestrel has "
            "ordered a second season, following the success of Lantern House's debut. Salt "
            "Road is filmed in Atlanta, and Lantern House in Toronto.")
    found = _found(text)
    assert ("Salt Road", "renewed") in found
    assert ("Lantern House", "renewed") not in found
    assert "target.passing_phrase_only" in explained(text, "TV news", PUBLISHED)


def test_headline_show_takes_a_subjectless_decision() -> None:
    text = ("Renewed for a third season after a ratings surge that outpaced Lantern House, the "
            "drama returns in 2027. Salt Road is filmed in Atlanta.")
    found = _found(text, "Kestrel Renews Salt Road")
    assert ("Salt Road", "renewed") in found
    assert ("Lantern House", "renewed") not in found


def test_control_the_only_show_after_the_preposition_keeps_it() -> None:
    """No other show to speak of: the name after "after" is the decided one."""
    text = "The drama was cancelled after Lantern House's finale drew a record low."
    assert ("Lantern House", "cancelled") in _found(text, "Kestrel Cancels Lantern House")
