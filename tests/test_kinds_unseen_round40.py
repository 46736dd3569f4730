"""Round 40 (r40kinds): a premiere told as just happened in the perfect of any premiere verb.

Round 40's census of the sealed fold (counts only, classes written first) over premiere,
filming started, filming wrapped and episode counts found few misses without a trigger word
near the title (2 of 24): most were candidates made and then lost, the largest class of them
a premiere made in a sentence naming its show and dropped undated
(``drop.premiere_never_dated``). One general shape of it is read here:
``date.premiere_just_happened`` (``patterns.PREMIERE_JUST_RE``) now takes the perfect of the
premiere verbs it lacked — "has bowed", "has kicked off" (not "has kicked off production"),
"has made its debut", "has started airing" — and dates the premiere the publication month,
as the devset README does for an event reported as just happened with no time.

The grid is ``tests/kinds_unseen_grid.py``; cells the branch still misses are ``LEFT``,
strict xfail. All titles, networks and people are invented.
"""

from __future__ import annotations

import datetime as dt

import grid_tally
import pytest
from articles import explained, facts_of
from kinds_unseen_grid import Cell, cells, outcome

PUBLISHED = dt.date(2026, 11, 12)

#: A headline in title case ("Salt Road Season 2 Has Bowed On Kestrel") over a line naming
#: no show: no title is kept from the capitalised run, so no candidate is made (a title with
#: a colon is kept).
LEFT = frozenset(f"just-headline-headline_has_bowed-{shape}" for shape in (
    "number", "the_x", "words", "one_word"))

GRID = grid_tally.params(cells(), LEFT)


@pytest.mark.parametrize("cell", GRID)
def test_kinds_unseen_cell(cell: Cell) -> None:
    right, diff = outcome(cell)
    assert right, (cell.body, diff)


def _premieres(body: str) -> set[tuple[str, int | None, str | None]]:
    return {(f.show, f.season, f.date) for f in facts_of(body, "TV news", PUBLISHED)
            if f.kind == "premiere"}


#: Readings outside the grid's templates: (name, body, wanted premieres).
NEW = [
    ("have_bowed_plural", "Both new seasons of Lantern House have bowed on Tovrel.",
     {("Lantern House", None, "2026-11")}),
    ("just_kicked_off_possessive", "Copper Vale's fifth season has just kicked off on Tovrel.",
     {("Copper Vale", 5, "2026-11")}),
]

#: Nearby wordings that give no premiere: (name, body).
CONTROLS = [
    ("kicked_off_the_shoot", "Salt Road season 2 has kicked off the shoot in Galway."),
    ("kicked_off_principal_photography", "Copper Vale season 3 has kicked off principal "
     "photography in Leeds."),
    ("will_bow", "Salt Road season 2 will bow on Tovrel."),
    ("release_date_released", "The release date for Salt Road season 2 has finally been "
     "released."),
]


@pytest.mark.parametrize(("body", "wanted"), [pytest.param(b, w, id=n) for n, b, w in NEW])
def test_new_readings(body: str, wanted: set[tuple[str, int | None, str | None]]) -> None:
    assert _premieres(body) == wanted


@pytest.mark.parametrize("body", [pytest.param(b, id=n) for n, b in CONTROLS])
def test_controls(body: str) -> None:
    assert not _premieres(body)


def test_explain_names_the_rule() -> None:
    text = explained("The second season of Salt Road has bowed on Kestrel. Dana Holt returns "
                     "as the harbour pilot.", "TV news", PUBLISHED)
    assert "date.premiere_just_happened" in text
