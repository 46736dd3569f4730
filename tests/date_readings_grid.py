"""Date readings round 38 left: a generated grid (issue 10, round 39, branch r39dates).

Five classes of how a premiere's or a shoot's date is told, each over title shapes and press
styles (trade, wire, press release, UK press, fan site, headline), with controls:

- ``denied``: a date denied and another given after "but" ("will not premiere in November
  but in February"): the event keeps the date the sentence affirms (``date.denied_for_another``).
- ``moved``: a move told with no event word ("has pushed X from March to June", "moves up a
  week, to May 4", "Production on X has been pushed to April"): the premiere's, or the shoot
  start's when the clause opens on a shoot, at the new date (``date.moved_from_to``,
  ``kind.moved_shoot_is_start``, the dates' ``m_moved``). Controls: a time slot, a finale.
- ``announced``: the day something was announced is not the day it happens ("In a June 3
  press release, …"): the event's date, never the announcement's (``date.announcing_document``).
- ``headline``: a headline's date for the body's undated premiere of the same show; controls
  with the headline of another show or of another event.
- ``parts``: a split season's later parts are not labelled ("Part 2", "Parts 2-4", "Volumes 2
  and 3"); the first part's premiere is the season's.

Each cell is an invented article (published Wednesday 13 November 2024) and what it must give
for the show's season 2: ``("date", kind, value)`` that kind at that date; ``("none", kind,
"")`` no fact of that kind for the show; ``("not", kind, value)`` none at that date.
``python tests/date_readings_grid.py [-v]`` prints the tally (``tests/grid_tally.py``);
``tests/test_date_readings_round39.py`` parametrizes its cells from here. All titles,
networks and people are invented.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import grid_tally

PUBLISHED = dt.date(2024, 11, 13)
NETWORK = "Kestrel"
SEASON = 2
#: Other shows the controls name: their own facts are no false ones.
OTHER_SHOWS = frozenset({"Lisbon"})

#: Title shapes: name -> title.
SHAPES: dict[str, str] = {
    "words": "Copper Vale",
    "one_word": "Quillmarsh",
    "the_x": "The Glass Orchard",
    "three_words": "Keeper of Bells",
    "number": "Ward 13",
    "colon": "Salt Road: Low Tide",
    "possessive": "Dana's Kitchen",
}

#: (class, house, name, expected (how, kind, value), headline, body); templates take T (the
#: title) and N (the network).
PASSAGES: list[tuple[str, str, str, tuple[str, str, str], str, str]] = [
    # --- a date denied, another given ---------------------------------------------------
    ("denied", "trade", "not_in_but_in", ("date", "premiere", "2025-02"), "",
     "{T} season 2 will not premiere on {N} in November but in February."),
    ("denied", "wire", "not_this_but_next", ("date", "premiere", "2025-01"), "",
     "{T} season 2 will premiere on {N} not this spring but next January."),
    ("denied", "fan", "wont_comma_but", ("date", "premiere", "2025-05"), "",
     "Heads up: {T} season 2 won't premiere on {N} in March, but in May!"),
    ("denied", "uk", "uk_series_not_but", ("date", "premiere", "2025-03"), "",
     "Series two of {T} will not air on {N} in January but in March."),
    ("denied", "press", "not_on_day_but_on_day", ("date", "premiere", "2025-01-16"), "",
     "{N} confirms that {T} season 2 will premiere not on January 9 but on January 16."),
    ("denied", "trade", "shoot_not_but", ("date", "filming_started", "2025-02"), "",
     "Filming on {T} season 2 will not begin in December but in February."),
    ("control", "trade", "denied_other_show_after_but", ("none", "premiere", ""), "",
     "{T} season 2 will not premiere in November, but Lisbon will premiere in February."),
    ("control", "wire", "denied_alone", ("none", "premiere", ""), "",
     "{T} season 2 will not premiere on {N} in November."),
    ("control", "trade", "affirmed_then_denied", ("date", "premiere", "2025-02"), "",
     "{T} season 2 will premiere on {N} in February, not in November."),
    # --- a move with no event word ----------------------------------------------------------
    ("moved", "trade", "pushed_from_to", ("date", "premiere", "2025-06"), "",
     "{N} has pushed {T} season 2 from March to June."),
    ("moved", "wire", "moves_up_a_week", ("date", "premiere", "2025-05-04"), "",
     "{T} season 2 moves up a week, to May 4."),
    ("moved", "press", "moved_the_premiere_to", ("date", "premiere", "2025-05-04"), "",
     "{N} has moved the premiere of {T} season 2 to May 4."),
    ("moved", "uk", "production_pushed_to", ("date", "filming_started", "2025-04"), "",
     "Production on series two of {T} has been pushed to April."),
    ("moved", "fan", "bumped_to_year", ("date", "premiere", "2026"), "",
     "Ugh. {T} season 2 has been bumped to 2026."),
    ("moved", "trade", "delayed_until_month", ("date", "premiere", "2025-03"), "",
     "{T} season 2 has been delayed until March."),
    ("moved", "headline", "headline_pushes_from_to", ("date", "premiere", "2025-06"),
     "{N} pushes {T} season 2 from March to June",
     "{N} gave no reason for the change to {T}."),
    ("moved", "trade", "pushed_not_to_but_to", ("date", "premiere", "2025-06"), "",
     "{N} has pushed {T} season 2 not to May but to June."),
    ("control", "trade", "moved_time_slot", ("none", "premiere", ""), "",
     "{T} season 2 moves to Thursdays at 9 p.m."),
    ("control", "wire", "moved_finale", ("none", "premiere", ""), "",
     "The {T} season 2 finale moves to May 4."),
    # --- the day announced is not the day it happens ---------------------------------------
    ("announced", "trade", "announced_on_that", ("date", "premiere", "2025-09-12"), "",
     "{N} announced on June 3 that {T} season 2 will premiere on September 12."),
    ("announced", "wire", "on_monday_said_shoot", ("date", "filming_started", "2025-04"), "",
     "On Monday, {N} said filming on {T} season 2 would begin in April."),
    ("announced", "press", "in_a_dated_press_release", ("date", "premiere", "2025-03"), "",
     "In a June 3 press release, {N} said {T} season 2 will premiere in March."),
    ("announced", "trade", "statement_on_monday", ("date", "premiere", "2025-03"), "",
     "{N} said in a statement on Monday that {T} season 2 will premiere in March."),
    ("announced", "fan", "dated_interview", ("date", "premiere", "2025-03"), "",
     "In a Nov. 11 interview, showrunner Dana Holt said {T} season 2 would premiere in March."),
    ("announced", "uk", "uk_statement_on_day", ("date", "premiere", "2025-03"), "",
     "In a statement on 11 November, {N} said series two of {T} would air in March."),
    ("announced", "headline", "headline_announced_day", ("date", "premiere", "2025-03"),
     "{N} said on Monday that {T} season 2 will premiere in March",
     "Dana Holt created {T} for {N}."),
    ("control", "press", "dated_release_no_event_date", ("not", "premiere", "2024-06-03"), "",
     "In a June 3 press release, {N} said {T} season 2 will premiere soon."),
    # --- a headline's date for the body's event ----------------------------------------------
    ("headline", "headline", "sets_return_day", ("date", "premiere", "2025-09-12"),
     "{N} sets September 12 return for {T}", "{T} returns for season 2 on {N}."),
    ("control", "headline", "headline_other_show", ("not", "premiere", "2025-09-12"),
     "{N} sets September 12 return for Lisbon", "{T} returns for season 2 on {N}."),
    ("headline", "headline", "gets_premiere_date", ("date", "premiere", "2025-03-07"),
     "{T} season 2 gets March 7 premiere date on {N}", "{T} will be back for season 2."),
    ("control", "headline", "headline_other_event", ("not", "premiere", "2025-09-12"),
     "{T} finale set for September 12", "{T} returns for season 2 on {N}."),
    # --- a split season's parts --------------------------------------------------------------
    ("parts", "trade", "part_one_of", ("date", "premiere", "2025-03-07"), "",
     "Part 1 of {T} season 2 premieres on {N} on March 7."),
    ("parts", "wire", "part_one_then_two", ("date", "premiere", "2025-03-07"), "",
     "{T} season 2 Part 1 premieres on {N} March 7, with Part 2 following May 4."),
    ("parts", "trade", "parts_two_to_four", ("none", "premiere", ""), "",
     "Parts 2-4 of {T} season 2 premiere on {N} in May."),
    ("parts", "fan", "volumes_two_and_three", ("none", "premiere", ""), "",
     "Volumes 2 and 3 of {T} season 2 drop on {N} in May."),
    ("control", "trade", "part_two_of", ("none", "premiere", ""), "",
     "Part 2 of {T} season 2 premieres on {N} on May 4."),
    ("control", "wire", "part_two_word", ("none", "premiere", ""), "",
     "Part two of {T} season 2 premieres on {N} May 4."),
]


#: The passages 4f5eb4d read wrong in every shape (the rest it read already).
NEW_PASSAGES = frozenset({
    "not_in_but_in", "not_this_but_next", "wont_comma_but", "uk_series_not_but",
    "not_on_day_but_on_day", "shoot_not_but", "pushed_from_to", "moves_up_a_week",
    "moved_the_premiere_to", "production_pushed_to", "headline_pushes_from_to",
    "in_a_dated_press_release", "headline_other_show", "parts_two_to_four",
    "volumes_two_and_three", "pushed_not_to_but_to"})
#: Cells (a passage, or a passage-shape id) still wrong, and why.
#: (Round 40, r40dates: "pushed X not to May but to June" is read, ``date.moved_from_to``.)
LEFT: dict[str, str] = {}


def left(cell: Cell) -> str | None:
    """Why the cell is left wrong, or None."""
    return LEFT.get(cell.id) or LEFT.get(cell.name)


@dataclass(frozen=True)
class Cell:
    """One invented article and what it must give for the show's season 2."""

    cls: str
    house: str
    name: str
    shape: str
    title: str
    expected: tuple[str, str, str]
    headline: str
    body: str

    @property
    def id(self) -> str:
        return f"{self.name}-{self.shape}"


def cells() -> Iterator[Cell]:
    """Every cell of the grid: each passage over each title shape."""
    for cls, house, name, expected, headline, body in PASSAGES:
        for shape, title in SHAPES.items():
            yield Cell(cls, house, name, shape, title, expected,
                       headline.format(T=title, N=NETWORK), body.format(T=title, N=NETWORK))



def round_params(grid_cells: Iterable[Cell], new: Collection[str],
                 why_left: Callable[[Cell], str | None]) -> dict[str, list[Any]]:
    """A round test's three sets of cells as pytest params, each a strict xfail where
    ``why_left`` gives a reason: "new" (passages ``new`` names), "already" (read before the
    round), "controls" (round 39's and round 40's date grids split their cells alike)."""
    groups: dict[str, list[Cell]] = {"new": [], "already": [], "controls": []}
    for cell in grid_cells:
        groups["new" if cell.name in new else "controls" if cell.cls == "control"
               else "already"].append(cell)
    return {group: grid_tally.params(members, why_left) for group, members in groups.items()}


Row = tuple[str, int | None, str, str | None, str]


def _same(show: str, title: str) -> bool:
    from monitor.extract.shows import normalise_title

    return normalise_title(show) == normalise_title(title)


def judge(cell: Cell, rows: set[Row]) -> tuple[bool, list[Row]]:
    """Is the cell right (its expected fact there, or the fact it rules out absent), and the
    rows of its kind that are false (another show's, or another season's)."""
    how, kind, value = cell.expected
    ours = [r for r in rows if r[2] == kind and _same(r[0], cell.title)]
    false = [r for r in rows if r[2] == kind and r[0] not in OTHER_SHOWS
             and not (_same(r[0], cell.title) and r[1] == SEASON)]
    if how == "date":
        right = bool(ours) and all(r[3] == value for r in ours if r[1] == SEASON)
    elif how == "none":
        right = not ours
    else:
        right = not any(r[3] is not None and r[3].startswith(value[5:]) and r[3][:4] in
                        ("2024", "2025") for r in ours) if value[:4] == "2024" else \
            not any(r[3] == value for r in ours)
    return right, false


def rows_of(cell: Cell) -> set[Row]:
    """The cell's extracted rows."""
    from articles import full_rows

    from monitor.extract.facts import extract_facts
    from monitor.models import Article

    return full_rows(extract_facts(Article("https://news.example/a", cell.headline, cell.body,
                                           PUBLISHED)))


def outcome(cell: Cell) -> tuple[bool, list[Row]]:
    """The cell's verdict and its false rows."""
    return judge(cell, rows_of(cell))


def main() -> int:
    return grid_tally.run(
        cells(), outcome,
        lambda c: (("class", c.cls), ("house", c.house), ("shape", c.shape), ("all", "all")),
        lambda c, right, false: f"{c.id}: right={right} false={false} rows="
                                f"{sorted(map(str, rows_of(c)))} :: {c.headline} | {c.body}",
        widths=(6, 12))


if __name__ == "__main__":  # pragma: no cover - a measuring aid
    raise SystemExit(main())
