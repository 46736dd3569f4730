"""Round 40 (r40lists): round-ups and lists read as units (issue 10 item 2).

Every cell of ``tests/roundup_layouts.py`` (a layout × a cast of invented titles): all its
decisions read, none false. Cells this round made right (on BASE 208d977f they missed or
added a false fact): a lead sentence's bold title before "(Network): Verdict." (its tag no
part of the title), numbered headings over prose whose decider refers to "the show", a
title with its own number ("Station 9") or a year ("Dallas 1999") in a status line, a
trailing "(Network)" the vocabulary does not know, "its entire drama lineup: A and B", a
count before its colon ("Two Kestrel shows were renewed this week: A and B"). The controls
(shows only named; single episodes' air dates) give no fact. Cells left are
``xfail(strict=True)`` with their reason.
"""

from __future__ import annotations

import pytest
import roundup_layouts as grid

#: (layout, cast) → why the cell is left.
LEFT = {
    ("sections-ending", "words"): "'Ending' over shows is a planned end, not a cancellation",
    ("sections-ending", "people-numbers"): "'Ending' heading, and a person-shaped title "
                                           "under 'Coming back' is skipped (round 34)",
    ("sections-ending", "one-word"): "'Ending' heading is a planned end, not a cancellation",
    ("sections-ul", "people-numbers"): "a person-shaped title under a status heading is "
                                       "skipped (round 34: a cast member's name)",
    ("bullets-casual", "people-numbers"): "a person-shaped title beside 'coming back'",
    ("label-before", "people-numbers"): "a person-shaped heading under a 'RENEWED' label",
    ("sections-axe", "people-numbers"): "a person-shaped title under a status heading",
    ("scorecard-one-line", "one-word"): "a year ending a labelled part's item is read as "
                                        "its date ('Cancelled: Dallas 1999')",
    ("lineup-colon", "one-word"): "a year ending a list's last item is read as its date",
    ("count-colon", "people-numbers"): "'Two were cancelled: A and B' counts no kind of "
                                       "show: a place-named title is vetoed",
    ("network-comma", "words"): "a network the vocabulary does not know after a comma is "
                                "read as part of the title ('Salt Road, Kestrel')",
    ("network-comma", "people-numbers"): "the same: an unknown network after a comma",
    ("network-comma", "one-word"): "the same: an unknown network after a comma",
}


def _cells() -> list[object]:
    cells = []
    for name, _layout in grid.LAYOUTS:
        for cast_name in grid.CASTS:
            reason = LEFT.get((name, cast_name))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cells.append(pytest.param(name, cast_name, id=f"{name}-{cast_name}", marks=marks))
    return cells


@pytest.mark.parametrize(("layout", "cast"), _cells())
def test_layout_reads_every_decision_and_no_other(layout: str, cast: str) -> None:
    got, want = grid.cell_decisions(grid.CASTS[cast], dict(grid.LAYOUTS)[layout])
    assert (sorted(want - got), sorted(got - want)) == ([], [])


@pytest.mark.parametrize("layout", [name for name, _ in grid.CONTROLS])
@pytest.mark.parametrize("cast", list(grid.CASTS))
def test_control_gives_no_decision(layout: str, cast: str) -> None:
    got, _ = grid.cell_decisions(grid.CASTS[cast], dict(grid.CONTROLS)[layout], control=True)
    assert got == set()


def test_layouts_added_this_round_are_in_the_grid() -> None:
    names = {name for name, _ in grid.LAYOUTS}
    assert {"label-colon-blurb", "lineup-colon", "count-colon", "network-comma"} <= names
    assert {name for name, _ in grid.CONTROLS} == {"mentions-only", "what-to-watch"}
