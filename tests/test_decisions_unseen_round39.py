"""Round 39 (r39cancel): decisions that go to the show their object names, not the nearest.

Round 39's census of the sealed fold (counts only, classes written first) put the largest
share of its missed and false renewals and cancellations through ``target.nearest_mention``:
the sentence named the labelled show and the decision went to another name. The readings
built for the general class:

1. ``target.apposed_object``: an active decision whose object describes a show and names it
   in apposition ("Kestrel renewed Salt Road but cancelled its other drama, Copper Vale")
   goes to that name, not to the show named before the verb; title discovery keeps such a
   name where it ends its sentence (``shows._decided_apposition_at_end``).
2. ``target.plural_object_list``: an active decision whose object is an uncounted plural of
   shows followed by a colon, a dash or "including" and a list ("Kestrel has renewed all of
   its Thursday comedies: Salt Road, Copper Vale and Lantern House") goes to every show of
   the list (``lists.plural_object_list``).

The grid is ``tests/decisions_unseen_grid.py``; cells the branch still misses are ``LEFT``,
strict xfail. All titles, networks and people are invented.
"""

from __future__ import annotations

import datetime as dt

import grid_tally
import pytest
from articles import explained, facts_of
from decisions_unseen_grid import Cell, cells, outcome

PUBLISHED = dt.date(2026, 11, 2)

#: A headline in title case ("Cancels Its Other Drama, Copper Vale"): "Its Other Drama" is
#: taken for a title and the apposed name is not read.
_TITLE_CASE = frozenset(f"apposed-headline-headline_other_drama-{shape}" for shape in (
    "number", "one_word", "possessive", "the_x", "words"))
#: ("its entire comedy lineup: A, B and C", once left: title discovery found no name of the
#: list after "lineup"; read since round 40, r40lists, ``showwords.SHOW_COLLECTIVE``.)
#: (A number ending a bare title at the end of its sentence, "Kestrel cancelled Route 9.",
#: once read as Route's season 9: read since r39numbers, ``title.span.never_bare_number``.)
LEFT = _TITLE_CASE

GRID = grid_tally.params(cells(), LEFT)


@pytest.mark.parametrize("cell", GRID)
def test_decisions_unseen_cell(cell: Cell) -> None:
    right, diff = outcome(cell)
    assert right, (cell.body, diff)


def _decisions(body: str, headline: str = "TV news") -> set[tuple[str, str]]:
    return {(f.show, f.kind) for f in facts_of(body, headline, PUBLISHED)
            if f.kind in ("renewed", "cancelled")}


#: Readings outside the grid's templates, the two leftovers of round 38 first.
NEW = [
    ("other_drama_leftover", "Kestrel renewed Salt Road but cancelled its other drama, "
     "Copper Vale.", {("Salt Road", "renewed"), ("Copper Vale", "cancelled")}),
    ("slate_no_count_leftover", "Kestrel has renewed all of its Thursday comedies: Salt Road, "
     "Copper Vale and Lantern House.", {("Salt Road", "renewed"), ("Copper Vale", "renewed"),
                                        ("Lantern House", "renewed")}),
    ("next_sentence_network", "Kestrel has cancelled Salt Road. The network also renewed its "
     "other drama, Copper Vale.", {("Salt Road", "cancelled"), ("Copper Vale", "renewed")}),
    ("owner_named", "Tovrel renewed Salt Road but axed Dana Holt's legal drama, Copper Vale.",
     {("Salt Road", "renewed"), ("Copper Vale", "cancelled")}),
    ("remaining_dash", "Tovrel has cancelled all of its remaining dramas \u2014 Salt Road, "
     "Copper Vale and Lantern House.", {("Salt Road", "cancelled"), ("Copper Vale", "cancelled"),
                                        ("Lantern House", "cancelled")}),
]


@pytest.mark.parametrize(("body", "wanted"), [pytest.param(b, w, id=n) for n, b, w in NEW])
def test_new_readings(body: str, wanted: set[tuple[str, str]]) -> None:
    assert _decisions(body) == wanted


#: Nearby wordings that must not move the decision: (name, body, wanted, never).
CONTROLS = [
    # the object's own list, no apposition: every item, as before
    ("plural_object_named", "Kestrel has renewed its Thursday comedies Salt Road, Copper Vale "
     "and Lantern House.", {("Salt Road", "renewed"), ("Copper Vale", "renewed"),
                            ("Lantern House", "renewed")}, set()),
    # a name owning what follows the comma is not the object's
    ("owner_after_comma", "Kestrel renewed Salt Road for a second season. It has cancelled "
     "the drama, Copper Vale's creator Dana Holt said.", {("Salt Road", "renewed")},
     {("Copper Vale", "cancelled")}),
    # a denied decision stays denied
    ("denied", "Kestrel renewed Salt Road but has not cancelled its other drama, Copper Vale.",
     {("Salt Road", "renewed")}, {("Copper Vale", "cancelled"), ("Salt Road", "cancelled")}),
]


@pytest.mark.parametrize(("body", "wanted", "never"),
                         [pytest.param(b, w, x, id=n) for n, b, w, x in CONTROLS])
def test_controls(body: str, wanted: set[tuple[str, str]],
                  never: set[tuple[str, str]]) -> None:
    found = _decisions(body)
    assert wanted <= found
    assert not found & never


def test_explain_names_the_rules() -> None:
    text = explained("Kestrel renewed Salt Road but cancelled its other drama, \u201cCopper "
                     "Vale\u201d. Copper Vale ran for two seasons.", "TV news", PUBLISHED)
    assert "target.apposed_object" in text
    text = explained("Kestrel has renewed all of its Thursday comedies: Salt Road, Copper Vale "
                     "and Lantern House.", "TV news", PUBLISHED)
    assert "target.plural_object_list" in text
