"""Date readings round 39 left: a generated grid (issue 10, round 40, branch r40dates).

Five classes of how a premiere's, a shoot's or a renewal's date is told, each over title
shapes and press styles (trade, wire, press release, UK press, fan site, headline), with
controls (the plain dated fact nearby):

- ``contrast``: a move told by a contrast ("pushed X not to May but to June", "rather than
  in May, it will now premiere in June"): the date after "but" / "rather" / "instead" is the
  new one; the one denied is nothing.
- ``wrap_moved``: a shoot's *end* that is moved ("the shoot, due to wrap in May, will now run
  until August") is no wrap at the old date.
- ``listing``: a TV guide's "series opener", "season opener", "first episode of the new run",
  "returns for a second run at 9pm on Sunday": the premiere at the listing's date (a weekday
  heading, "Friday, Kestrel, 8pm: …", resolved ahead of the publication date, the time of day
  ignored).
- ``title_word``: a weekday or a month inside a title ("Tuesday Club", "The March Sisters")
  is never the fact's date.
- ``rescue``: a rescue headline ("Kestrel Rescues X") gives a renewal.

Each cell is an invented article (published Wednesday 13 November 2024) and what it must give
for the show's season 2, as in ``tests/date_readings_grid.py`` (whose ``Cell``, ``judge`` and
``rows_of`` it reuses). ``python tests/date_leftovers_grid.py [-v]`` prints the tally
(``tests/grid_tally.py``); ``tests/test_date_leftovers_round40.py`` parametrizes its cells
from here. All titles, networks and people are invented.
"""

from __future__ import annotations

from collections.abc import Iterator

import grid_tally
from date_readings_grid import NETWORK, PUBLISHED, SHAPES, Cell, judge, rows_of

__all__ = ["NEW_PASSAGES", "PUBLISHED", "Cell", "cells", "left", "outcome"]

#: Titles holding a weekday or a month word (the ``title_word`` class's shapes).
DAY_SHAPES: dict[str, str] = {
    "weekday_first": "Tuesday Club",
    "month_after_the": "The March Sisters",
    "weekday_night": "Friday Night Supper",
    "weekday_plural": "The Saturday People",
    "month_possessive": "June's Kitchen",
    "weekday_colon": "Salt Road: Sunday",
    "month_holiday": "May Day Street",
}

#: (class, house, name, expected (how, kind, value), headline, body); templates take T (the
#: title) and N (the network).
PASSAGES: list[tuple[str, str, str, tuple[str, str, str], str, str]] = [
    # --- a move told by a contrast -----------------------------------------------------------
    ("contrast", "trade", "pushed_not_to_but_to", ("date", "premiere", "2025-06"), "",
     "{N} has pushed {T} season 2 not to May but to June."),
    ("contrast", "wire", "moved_not_as_reported", ("date", "premiere", "2025-06"), "",
     "{N} has moved {T} season 2 from March — not to April, as reported, but to June."),
    ("contrast", "press", "rather_than_now", ("date", "premiere", "2025-06"), "",
     "Rather than in May, {T} season 2 will now premiere on {N} in June."),
    ("contrast", "uk", "instead_of_now", ("date", "premiere", "2025-06"), "",
     "Instead of in May, series two of {T} will now air on {N} in June."),
    ("contrast", "fan", "in_june_rather_than_may", ("date", "premiere", "2025-06"), "",
     "{T} season 2 will premiere on {N} in June rather than in May."),
    ("control", "trade", "plain_move_to", ("date", "premiere", "2025-06"), "",
     "{N} has pushed {T} season 2 to June."),
    ("control", "wire", "denied_move_alone", ("not", "premiere", "2025-05"), "",
     "{N} has not pushed {T} season 2 to May."),
    # --- a shoot's end moved -----------------------------------------------------------------
    ("wrap_moved", "trade", "due_to_wrap_now_until", ("not", "filming_wrapped", "2025-05"), "",
     "The shoot of {T} season 2, due to wrap in May, will now run until August."),
    ("wrap_moved", "uk", "set_to_finish_extended", ("not", "filming_wrapped", "2025-05"), "",
     "Filming on series two of {T}, which was set to finish in May, has been extended to "
     "August."),
    ("wrap_moved", "wire", "wrap_pushed_to", ("not", "filming_wrapped", "2025-05"), "",
     "Production on {T} season 2 was scheduled to wrap in May but will now continue into "
     "August."),
    ("control", "trade", "due_to_wrap_plain", ("date", "filming_wrapped", "2025-05"), "",
     "Filming on {T} season 2 is due to wrap in May."),
    # --- a TV guide's listing ------------------------------------------------------------------
    ("listing", "uk", "series_opener_weekday", ("date", "premiere", "2024-11-17"), "",
     "Sunday, 9pm, {N}: series opener. {T} is back for series two, and Dana Holt is on the "
     "case again."),
    ("listing", "uk", "returns_for_run_at", ("date", "premiere", "2024-11-17"), "",
     "{T} returns for a second run at 9pm on Sunday on {N}."),
    ("listing", "uk", "first_episode_new_run", ("date", "premiere", "2024-11-15"), "",
     "Friday, {N}, 8pm: the first episode of the new run of {T} (series two) sees Dana Holt "
     "back in town."),
    ("listing", "fan", "season_opener_date", ("date", "premiere", "2025-01-09"), "",
     "The {T} season 2 opener airs on {N} on January 9 at 10 p.m."),
    ("listing", "press", "first_episode_new_series_dated", ("date", "premiere", "2025-01-09"),
     "", "The first episode of the new series of {T} (series two) airs on {N} on January 9."),
    ("control", "uk", "listing_heading_own_date", ("date", "premiere", "2025-03-07"), "",
     "Sunday, 9pm, {N}: series two of {T} premieres on March 7."),
    ("control", "uk", "listing_finale_heading", ("not", "premiere", "2024-11-17"), "",
     "Sunday, 9pm, {N}: the series two finale of {T}, and Dana Holt is in trouble."),
    ("control", "uk", "listing_episode_three", ("not", "premiere", "2024-11-17"), "",
     "Sunday, 9pm, {N}: episode three of {T} series two, and Dana Holt is in trouble."),
    ("control", "uk", "plain_premiere_day", ("date", "premiere", "2024-11-17"), "",
     "{T} series two premieres on {N} on Sunday at 9pm."),
    # --- a rescue headline ---------------------------------------------------------------------
    ("rescue", "headline", "rescues_headline", ("date", "renewed", "2024-11"),
     "{N} Rescues {T} for Season 2",
     "{T} was cancelled by Tovrel in the spring after one season."),
    ("rescue", "headline", "saved_headline", ("date", "renewed", "2024-11"),
     "{T} saved by {N} for a second season",
     "Tovrel dropped {T} in the spring after one season."),
    ("rescue", "headline", "rescues_bare_headline", ("date", "renewed", "2024-11"),
     "{N} Rescues {T}", "{T} was cancelled by Tovrel after one season."),
    ("control", "headline", "plain_renewal_headline", ("date", "renewed", "2024-11"),
     "{N} renews {T} for season 2", "The series drew its best ratings yet."),
    ("control", "headline", "saves_the_finale", ("none", "renewed", ""),
     "Dana Holt saves the {T} finale", "The {T} season 2 finale airs on Sunday."),
    ("control", "headline", "rescues_a_person", ("none", "renewed", ""),
     "Firefighter rescues Dana Holt from a flood",
     "{T} season 2 premieres on {N} on March 7."),
]

#: The title-word class: (house, name, expected, headline, body), over ``DAY_SHAPES``.
TITLE_WORD: list[tuple[str, str, tuple[str, str, str], str, str]] = [
    ("trade", "title_word_dated_premiere", ("date", "premiere", "2025-03-07"), "",
     "{T} season 2 premieres on {N} on March 7."),
    ("wire", "title_word_undated_renewal", ("date", "renewed", "2024-11"), "",
     "{N} has renewed {T} for season 2."),
    ("headline", "title_word_headline_renewal", ("date", "renewed", "2024-11"),
     "{N} renews {T} for season 2", "The drama drew its best ratings yet."),
    ("uk", "title_word_filming_month", ("date", "filming_started", "2025-01"), "",
     "Filming on series two of {T} begins in January."),
]

#: The passages BASE (208d977f) read wrong in every shape (the rest it read already, or
#: left).
NEW_PASSAGES = frozenset({
    "pushed_not_to_but_to", "moved_not_as_reported", "plain_move_to", "wrap_pushed_to",
    "rescues_headline", "first_episode_new_run"})
#: Cells (a passage, or a passage-shape id) still wrong, and why.
LEFT: dict[str, str] = {
    "series_opener_weekday": "a guide line's weekday heading ('Sunday, 9pm, Kestrel: series "
                             "opener.') governs no event of the lines after it",
    "rescues_bare_headline": "a capitalised object alone is no show (a person, a finale): a "
                             "rescue with no season is not read",
    **{f"{name}-weekday_colon": "a weekday after a title's colon ('Salt Road: Sunday') is "
                                "read as the date; the title stops at the colon"
       for name in ("title_word_dated_premiere", "title_word_undated_renewal",
                    "title_word_headline_renewal", "title_word_filming_month")},
    # (round 41, r41shapes: "May" opening a title inside its sentence is kept,
    # ``title.span.month_named_mid``; the undated renewal and the filming month are read now)
    **{f"{name}-month_holiday": "'May Day Street' is read as the show 'Day Street' after a "
                                "month (titles): at a sentence's or a headline's start"
       for name in ("title_word_dated_premiere", "title_word_headline_renewal")},
}


def left(cell: Cell) -> str | None:
    """Why the cell is left wrong, or None."""
    return LEFT.get(cell.id) or LEFT.get(cell.name)


def cells() -> Iterator[Cell]:
    """Every cell of the grid: each passage over each title shape."""
    for cls, house, name, expected, headline, body in PASSAGES:
        for shape, title in SHAPES.items():
            yield Cell(cls, house, name, shape, title, expected,
                       headline.format(T=title, N=NETWORK), body.format(T=title, N=NETWORK))
    for house, name, expected, headline, body in TITLE_WORD:
        for shape, title in DAY_SHAPES.items():
            yield Cell("title_word", house, name, shape, title, expected,
                       headline.format(T=title, N=NETWORK), body.format(T=title, N=NETWORK))


def outcome(cell: Cell) -> tuple[bool, object]:
    """The cell's verdict and its false rows."""
    return judge(cell, rows_of(cell))


def main() -> int:
    return grid_tally.run(
        cells(), outcome,
        lambda c: (("class", c.cls), ("house", c.house), ("name", c.name), ("all", "all")),
        lambda c, right, false: f"{c.id}: right={right} false={false} rows="
                                f"{sorted(map(str, rows_of(c)))} :: {c.headline} | {c.body}",
        widths=(6, 28))


if __name__ == "__main__":  # pragma: no cover - a measuring aid
    raise SystemExit(main())
