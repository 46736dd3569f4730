"""Round 41 (r41names2): a title that is one calendar word, in a list a decision governs.

The name-swap evaluation's titles-as-names mode, its losses traced by cause on seeds 1-3
(round 41's MEASUREMENTS, r41names2): the largest class of swapped titles never proposed as a
mention holds a calendar word, 16 of them that word alone, often an item of a decision's list.
The word was cut as the sentence's time, and the list, broken at it, lost its later items too.
The reading built: a lone calendar word (a weekday, a month, a season of the year, a holiday)
that is an item of a list a decision governs (``lists.decision_governs_list``: its object, its
subject before a status, or "all"-decided), another item a plain title, no people's verb after
the list, is a show (``title.keep.decided_list_calendar_item``,
``shows._decided_list_calendar_items``).

The grid is ``tests/name_titles2_grid.py``. All titles and networks are invented.
"""

from __future__ import annotations

import datetime as dt

import grid_tally
import pytest
from articles import facts_of
from name_titles2_grid import cells
from slate_grid import Cell, outcome

PUBLISHED = dt.date(2026, 11, 2)

GRID = grid_tally.params(cells())


@pytest.mark.parametrize("cell", GRID)
def test_name_titles2_cell(cell: Cell) -> None:
    right, diff = outcome(cell)
    assert right, (cell.body, diff)


def _decisions(body: str) -> set[tuple[str, str]]:
    return {(f.show, f.kind) for f in facts_of(body, "TV news", PUBLISHED)
            if f.kind in ("renewed", "cancelled")}


#: New readings outside the grid's templates (fail on the base).
NEW = [
    ("four_two_calendar", "Tovrel has cancelled Salt Road, August, Lantern House and Copper Vale "
     "after one season each.",
     {(t, "cancelled") for t in ("Salt Road", "August", "Lantern House", "Copper Vale")}),
    ("object_for_seasons", "Vantor has renewed Copper Vale, Tuesday and Ashford Lane for "
     "third seasons.", {(t, "renewed") for t in ("Copper Vale", "Tuesday", "Ashford Lane")}),
]

#: Left: a pair ("A and Friday", "Friday and A") keeps its calendar word out: no list of two
#: spans reaches ``shows._add_list`` there (not traced further this round).
LEFT = [
    ("pair_subject", "Salt Road and Friday have been renewed for second seasons.",
     {("Salt Road", "renewed"), ("Friday", "renewed")}),
    ("pair_object", "Kestrel has renewed Friday and Salt Road for second seasons.",
     {("Salt Road", "renewed"), ("Friday", "renewed")}),
]


@pytest.mark.parametrize(("body", "want"), [pytest.param(b, w, id=n) for n, b, w in NEW] + [
    pytest.param(b, w, id=n, marks=pytest.mark.xfail(strict=True, reason="left: a pair"))
    for n, b, w in LEFT])
def test_new_reading(body: str, want: set[tuple[str, str]]) -> None:
    assert want <= _decisions(body)


#: Controls: a calendar word that is the decision's date, or in a list no decision governs.
CONTROLS = [
    ("weekday_date_after", "Kestrel renewed Salt Road, Lantern House and Copper Vale on "
     "Friday, the network said.", "Friday"),
    ("month_date_after", "Tovrel cancelled Salt Road, Lantern House and Copper Vale in "
     "October after poor ratings.", "October"),
    ("pair_weekday_date", "Kestrel renewed Salt Road and Copper Vale on Tuesday for new "
     "seasons.", "Tuesday"),
    ("no_decision", "We binged Salt Road, Winter and Copper Vale over the holidays.",
     "Winter"),
]


@pytest.mark.parametrize(("body", "word"), [pytest.param(b, w, id=n) for n, b, w in CONTROLS])
def test_control_calendar_word_stays_time(body: str, word: str) -> None:
    assert word not in {show for show, _ in _decisions(body)}
