"""Premieres as other sites write them (issue 10, round 35, branch r35premieres).

Three shapes the premiere grid (``tests/premiere_grid.py``) now holds, each an invented article
("Salt Road" season 2 on "Kestrel", published Friday 10 May 2024):

- a network's verb with the season as its object and a month and day after the title ("Kestrel
  will premiere the second season of Salt Road on July 14"): the season phrase before the name
  cues it as it did for "on 14 July" (``shows.discover``'s season cue, rule
  ``title.keep.strong``); "will debut season 2 of" is the verb's object, not a "debut season"
  (season 1);
- a day set for the season ("Kestrel has set Salt Road season 2 for July 14", "has slated",
  "is set for July 14": rule ``trigger.schedule_placement``), a day only (a month alone, a
  third season, a shoot, a trailer keep their reading);
- the wire style's abbreviated months ("for Oct. 5", "the second season of Salt Road on
  Sept. 5"): the day is kept and the month word ends the name.
"""

from __future__ import annotations

import pytest
from articles import cell_reader, explained, full_rows
from premiere_grid import PUBLISHED, Cell, cells, verdict

#: The new axes' cells not read (MEASUREMENTS' Left). r35premieres left a holiday after the
#: name ("... of Salt Road on Christmas Day") and "slated ... for the 14th of July"; both are
#: read since r35wording (``title.span.holiday_tail``; a day before its month after "for").
LEFT: frozenset[str] = frozenset()
NEW_AXES = frozenset({"object", "set-for", "wire"})

_facts = cell_reader(full_rows, "", PUBLISHED)
GRID = [cell for cell in cells() if cell.axis in NEW_AXES and cell.id not in LEFT]


@pytest.mark.parametrize("cell", GRID, ids=[cell.id for cell in GRID])
def test_grid_cell(cell: Cell) -> None:
    assert verdict(cell, _facts(cell.body)) == "right"


def test_left_cells_exist() -> None:
    """``LEFT`` names cells of the grid (a renamed cell would be tested by nothing)."""
    assert LEFT <= {cell.id for cell in cells()}


@pytest.mark.parametrize("body, expected", [
    ("BBC Two will show the second series of Salt Road from Sunday 14 July.", "2024-07-14"),
    ("The streamer will premiere the second season of Salt Road on July 14.", "2024-07-14"),
    ("Kestrel will premiere the third season of Salt Road on Oct. 5.", "2024-10-05"),
    ("Netflix will launch the new season of Salt Road on Sept. 12, 2024.", "2024-09-12"),
], ids=["british-series-from-weekday", "the-streamer", "third-season-wire-date",
        "new-season-wire-date-with-year"])
def test_more_objects(body: str, expected: str | None) -> None:
    """More subjects and seasons for the object shape (the British "show ... from": read since
    r35wording)."""
    got = {r[3] for r in _facts(body) if r[0] == "Salt Road" and r[2] == "premiere"}
    assert (expected in got) if expected else not got


# --- controls: the same output on the base commit and here -----------------------------------

@pytest.mark.parametrize("body", [
    "Kestrel has set Salt Road for a third season.",
    "Kestrel set a date for Salt Road's return.",
    "Filming on Salt Road season 2 is set for July 14.",
    "Production on Salt Road season 2 is set for 14 July in Belfast.",
    "The Salt Road season 2 table read is set for July 14.",
    "Kestrel has set the Salt Road season 2 trailer for July 14.",
    "Salt Road season 2 is set for July.",
    "The Salt Road panel at Comic-Con is set for Saturday.",
    "Kestrel has set Salt Road star Dana Holt for July 14.",
    "The crew filmed the second season of Salt Road in Scotland on March 4.",
], ids=["set-for-a-third-season", "set-a-date-for-return", "filming-set-for", "production-set-for",
        "table-read-set-for", "trailer-set-for", "month-alone", "panel-set-for-weekday",
        "star-set-for", "filmed-in-a-place-on-a-day"])
def test_no_premiere_of_salt_road_season_2(body: str) -> None:
    got = _facts(body)
    assert not any(r[0] == "Salt Road" and r[1] == 2 and r[2] == "premiere" for r in got)


def test_set_for_a_third_season_stays_a_renewal() -> None:
    assert ("Salt Road", 3, "renewed") in {r[:3] for r in _facts(
        "Kestrel has renewed Salt Road. Kestrel has set Salt Road for a third season.")}


@pytest.mark.parametrize("body, season", [
    ("Salt Road's debut season premiered on Kestrel in 2022.", 1),
    ("The first season of Salt Road premiered on Kestrel in 2022.", 1),
    ("Kestrel will debut the first season of Salt Road on July 14.", 1),
], ids=["debut-season", "first-season", "will-debut-the-first-season"])
def test_debut_season_keeps_its_number(body: str, season: int) -> None:
    assert any(r[0] == "Salt Road" and r[1] == season and r[2] == "premiere"
               for r in _facts(body))


def test_a_month_and_its_day_after_for() -> None:
    """"for Oct. 5" is the day (the wire's abbreviation), "for October" the month."""
    days = {r[3] for r in _facts("Salt Road season 2 is scheduled for Oct. 5.")
            if r[2] == "premiere"}
    months = {r[3] for r in _facts("Salt Road season 2 is scheduled for October.")
              if r[2] == "premiere"}
    assert days == {"2024-10-05"} and months == {"2024-10"}


def test_explain_names_the_schedule_rule() -> None:
    text = explained("Kestrel has set Salt Road season 2 for July 14.", published=PUBLISHED)
    assert "trigger.schedule_placement" in text
