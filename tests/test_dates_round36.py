"""Which date a fact has (issue 10, round 36, branch r36dates): the days other calendars name,
dates in other countries' forms, a week as its month, and a date told of another event's
present-tense verb.

A generated grid (``tests/date_choice_grid.py``): sentences with two or three dates, one the
event's, in trade, wire, UK, listing and fan-site styles, × 19 date forms; and renewals whose
sentence dates another event. Then ``dates.find_dates`` on the forms alone, and controls that
keep their reading. Invented names throughout (Salt Road, Lisbon, Kestrel).
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import cell_reader, full_rows
from date_choice_grid import PUBLISHED, Cell, cells, verdict

from monitor.extract.dates import find_dates

#: Grid cells not read right on this branch (the **Left** of MEASUREMENTS' round 36 section):
#: a premiere told "starts <a dotted or listing day, the week of, a fortnight>" before its
#: network and the day the channel confirmed, and a fan site's "finally hits Kestrel <the same
#: forms>!" after a trailer's week. (r36dates2 read the relative times, the named days and the
#: shoot's month before "early next year": 15 cells left this set.)
LEFT = frozenset({
    *(f"premiere-confirmed-12-november-{d}" for d in (
        "dotted", "listing-dash", "week-of", "fortnight")),
    *(f"premiere-trailer-last-week-{d}" for d in ("dotted", "listing-dash", "fortnight")),
})

_facts = cell_reader(full_rows, "", PUBLISHED)
GRID = [cell for cell in cells() if cell.id not in LEFT]
LEFT_CELLS = [cell for cell in cells() if cell.id in LEFT]


@pytest.mark.parametrize("cell", GRID, ids=[cell.id for cell in GRID])
def test_grid_cell(cell: Cell) -> None:
    assert verdict(cell, _facts(cell.body)) == "right"


@pytest.mark.xfail(strict=True, reason="the grid's Left: see LEFT")
@pytest.mark.parametrize("cell", LEFT_CELLS, ids=[cell.id for cell in LEFT_CELLS])
def test_left_cell(cell: Cell) -> None:
    assert verdict(cell, _facts(cell.body)) == "right"


def test_left_cells_exist() -> None:
    """``LEFT`` names cells of the grid (a renamed cell would be tested by nothing)."""
    assert LEFT <= {cell.id for cell in cells()}


# --- the date forms alone ---------------------------------------------------------------------

#: A Wednesday, as the grid's.
ON = dt.date(2024, 11, 13)


@pytest.mark.parametrize(("text", "expected"), [
    ("It returns on Easter Monday.", "2025-04-21"),
    ("It returns on Easter Sunday.", "2025-04-20"),
    ("It returns at Easter.", "2025-04-20"),
    ("It returns on Good Friday.", "2025-04-18"),
    ("It returns on Palm Sunday.", "2025-04-13"),
    ("It returns on Whit Monday.", "2025-06-09"),
    ("It returns on Shrove Tuesday.", "2025-03-04"),
    ("It returns on Black Friday.", "2024-11-29"),
    ("It returns on Cyber Monday.", "2024-12-02"),
    ("It returns on St Patrick's Day.", "2025-03-17"),
    ("It returns on St. Patrick’s Day.", "2025-03-17"),
    ("It returns on Hogmanay.", "2024-12-31"),
    ("It returns on Australia Day.", "2025-01-26"),
    ("It returns on Anzac Day.", "2025-04-25"),
    ("It returns on Canada Day.", "2025-07-01"),
    ("It returns on Presidents' Day.", "2025-02-17"),
    ("It returns on Martin Luther King Jr. Day.", "2025-01-20"),
    ("It returns on Father's Day.", "2025-06-15"),
    ("It returns on Remembrance Day.", "2024-11-11"),
    ("It returns over Easter.", "2025-04"),
    ("It returns on Easter Monday 2026.", "2026-04-06"),
    ("It returned on Good Friday.", "2024-03-29"),
    ("It returns on 14.02.2025.", "2025-02-14"),
    ("It returns on 3.7.2025 at 9pm.", "2025-07-03"),
    ("It returns 14-Feb-2025.", "2025-02-14"),
    ("It returns 6-Jan-25.", "2025-01-06"),
    ("It returns the week of February 10.", "2025-02"),
    ("It returns the week of 10 February 2025.", "2025-02"),
    ("It returns in a fortnight.", "2024-11"),
    ("It returns in a fortnight's time.", "2024-11"),
    ("It returns a fortnight from now.", "2024-11"),
], ids=lambda v: v if len(v) < 12 else None)
def test_date_form(text: str, expected: str) -> None:
    future = not text.startswith("It returned")
    assert [m.value for m in find_dates(text, ON, future=future)] == [expected]


@pytest.mark.parametrize("text", [
    "It returns on Bank Holiday Monday.",
    "It returns on Super Bowl Sunday.",
    "The Good Friday Agreement was a landmark.",
], ids=["bank-holiday-monday", "super-bowl-sunday", "good-friday-agreement"])
def test_a_named_day_is_no_weekday(text: str) -> None:
    assert find_dates(text, ON, future=True) == []


def test_a_renewal_keeps_the_day_confirmed_before_another_events_present_verb() -> None:
    got = _facts("Salt Road has been renewed for a second series at Kestrel, the broadcaster "
                 "confirmed on 11 November, before the first series ends on February 14.")
    assert ("Salt Road", 2, "renewed", "2024-11-11", "confirmed") in got


# --- controls: the same output on the base commit and here -----------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("It returns on Christmas Day.", ["2024-12-25"]),
    ("It returns on Boxing Day.", ["2024-12-26"]),
    ("It returns around Christmas.", ["2024-12"]),
    ("It returns on Mother's Day.", []),
    ("They filmed on Easter Island in March.", ["2025-03"]),
    ("Version 1.2.2025.4 shipped.", ["2025"]),
    ("It returns on 14/02/2025.", ["2025-02-14"]),
    ("It returns on Monday.", ["2024-11-18"]),
    ("It returns next Friday.", ["2024-11-15"]),
    ("It returns in two weeks.", ["2024-11"]),
    ("It returns in the week of its tenth anniversary.", []),
    ("Easter 7 was cancelled.", []),
], ids=["christmas-day", "boxing-day", "around-christmas", "mothers-day", "easter-island",
        "version-number", "slashed-uk", "monday", "next-friday", "two-weeks", "week-of-no-date",
        "a-titles-number"])
def test_date_form_kept(text: str, expected: list[str]) -> None:
    assert [m.value for m in find_dates(text, ON, future=True)] == expected


@pytest.mark.parametrize(("body", "row"), [
    ("Kestrel renewed Salt Road for a second season on Monday, ahead of the first season "
     "finale on November 24.", ("Salt Road", 2, "renewed", "2024-11-11", "confirmed")),
    ("Salt Road season 2 premieres on Kestrel on Friday 14 February, after the Lisbon finale "
     "airs on 10 January.", ("Salt Road", 2, "premiere", "2025-02-14", "expected")),
    ("Before it premieres on February 14, Salt Road season 2 gets a trailer on Kestrel.",
     None),
], ids=["finale-ahead", "premiere-beside-finale-airs", "premiere-inside-before-clause"])
def test_choice_kept(body: str, row: tuple[object, ...] | None) -> None:
    got = _facts(body)
    if row is not None:
        assert row in got
    else:
        assert not any(r[2] == "renewed" for r in got)
