"""A generated grid of which date a fact has (issue 10, round 36, branch r36dates).

Sentences with two or three dates, one of them the event's, in other sites' styles (trade
copy with the announcement's weekday, wire copy with an earlier finale's date, the UK press
with its day-month order and the day the channel confirmed, listings with a weekday and a
time, fan sites with a trailer's day), × date forms for the event (US and British days, the
wire's abbreviations, months, seasons, relative times, the holidays other calendars name, the
European dotted date, a listing's "14-Feb-2025", "the week of", a fortnight). Each cell is an
invented article (a show "Salt Road", a network "Kestrel", published on Wednesday 13 November
2024) with the one row of Salt Road season 2 it must give. A second family puts the form on
another event's date in a renewal's sentence: the renewal keeps the day it was announced.
``python tests/date_choice_grid.py [-v]`` runs the real extractor over every cell and counts
per axis and per date form: right, missed (no fact of the kind and season), wrong date or
precision, wrong certainty, false (a fact of the kind on another show or no season).
``tests/test_dates_round36.py`` parametrizes its cells from here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import grid_tally

#: A Wednesday; every date form below is read against it.
PUBLISHED = dt.date(2024, 11, 13)
SHOW = "Salt Road"
SEASON = 2


@dataclass(frozen=True)
class Cell:
    """One invented article and the row of Salt Road season 2 it must give (the date grids'
    cell: ``contrast_dates_grid`` writes its own in it)."""

    id: str
    body: str
    kind: str
    date: str | None
    axis: str
    date_form: str


#: The event's date forms: (id, the words, the date they name against ``PUBLISHED``).
DATES: tuple[tuple[str, str, str], ...] = (
    ("us-day", "on February 14", "2025-02-14"),
    ("uk-day", "on 14 February", "2025-02-14"),
    ("wire-weekday", "on Friday, Feb. 14", "2025-02-14"),
    ("uk-weekday", "on Friday 14 February", "2025-02-14"),
    ("month", "in March", "2025-03"),
    ("next-spring", "next spring", "2025-SP"),
    ("early-next-year", "early next year", "2025"),
    ("christmas", "on Christmas Day", "2024-12-25"),
    ("easter-monday", "on Easter Monday", "2025-04-21"),
    ("good-friday", "on Good Friday", "2025-04-18"),
    ("black-friday", "on Black Friday", "2024-11-29"),
    ("st-patricks", "on St Patrick's Day", "2025-03-17"),
    ("australia-day", "on Australia Day", "2025-01-26"),
    ("hogmanay", "on Hogmanay", "2024-12-31"),
    ("presidents-day", "on Presidents' Day", "2025-02-17"),
    ("dotted", "on 14.02.2025", "2025-02-14"),
    ("listing-dash", "on 14-Feb-2025", "2025-02-14"),
    ("week-of", "the week of February 10", "2025-02"),
    ("fortnight", "in a fortnight", "2024-11"),
)

#: Premiere sentences, each with other dates than the event's: (axis, id, sentence).
PREMIERES: tuple[tuple[str, str, str], ...] = (
    ("trade", "announced-monday",
     "Kestrel announced Monday that Salt Road will return for its second season {d}."),
    ("trade", "streamer-said-tuesday",
     "Salt Road season 2 premieres {d} on Kestrel, the streamer said Tuesday."),
    ("wire", "after-finale",
     "Kestrel said on Tuesday that the second season of Salt Road would debut {d}, a year "
     "after the first season's finale on Oct. 29."),
    ("uk", "confirmed-12-november",
     "The second series of Salt Road starts {d} on Kestrel, the channel confirmed on 12 "
     "November."),
    ("uk", "wrapped-in-august",
     "Filming on Salt Road wrapped in August, and the second series premieres {d} on Kestrel."),
    ("listing", "at-9pm-after-finale",
     "Salt Road season 2 premieres {d} at 9pm on Kestrel, after the Lisbon finale on "
     "November 20."),
    ("fan", "trailer-last-week",
     "Good news, fans: after the trailer dropped last week, Salt Road season 2 finally hits "
     "Kestrel {d}!"),
)

#: Renewal sentences whose date form is another event's: (axis, id, sentence, the renewal's
#: date — the day it was announced).
RENEWALS: tuple[tuple[str, str, str, str], ...] = (
    ("trade", "renewed-monday-ahead-of",
     "Kestrel renewed Salt Road for a second season on Monday, ahead of the first season "
     "finale {d}.", "2024-11-11"),
    ("uk", "confirmed-11-november-ends",
     "Salt Road has been renewed for a second series at Kestrel, the broadcaster confirmed on "
     "11 November, before the first series ends {d}.", "2024-11-11"),
)


def cells() -> list[Cell]:
    """Every cell of the grid."""
    out: list[Cell] = []
    for axis, pid, sentence in PREMIERES:
        for did, words, date in DATES:
            out.append(Cell(f"premiere-{pid}-{did}", sentence.format(d=words), "premiere",
                            date, axis, did))
    for axis, rid, sentence, date in RENEWALS:
        for did, words, _ in DATES:
            out.append(Cell(f"renewed-{rid}-{did}", sentence.format(d=words), "renewed", date,
                            axis, did))
    return out


def verdict(cell: Cell, rows: set[tuple[str, int | None, str, str | None, str]]) -> str:
    """right / missed / wrong-date for one cell's extracted rows (certainty not judged)."""
    ours = [r for r in rows if r[0] == SHOW and r[1] == SEASON and r[2] == cell.kind]
    if not ours:
        return "missed"
    if any(r[3] == cell.date for r in ours):
        return "right"
    return "wrong-date"


Row = tuple[str, int | None, str, str | None, str]


def is_false(cell: Cell, rows: set[Row], other_shows: frozenset[str] = frozenset()) -> bool:
    """A row of the cell's kind on another show or season than Salt Road season 2 (not of
    one of ``other_shows``, a control's own shows)."""
    return any(r[2] == cell.kind and (r[0], r[1]) != (SHOW, SEASON) and r[0] not in other_shows
               for r in rows)


def report(grid: Iterable[Cell], verdict: Callable[[Cell, set[Row]], str],
           other_shows: frozenset[str] = frozenset(), id_width: int = 55) -> int:
    """Print the verdicts of ``grid`` by kind and axis, and by date form (``-v``: the cells
    not right): the date grids' ``main``."""
    import sys

    from articles import full_rows

    from monitor.extract.facts import extract_facts
    from monitor.models import Article

    def judge(cell: Cell) -> tuple[str, bool, str]:
        rows = full_rows(extract_facts(Article("https://news.example/a", "", cell.body,
                                               PUBLISHED)))
        v = verdict(cell, rows)
        got = sorted(str(r) for r in rows if r[2] == cell.kind)
        return (v, is_false(cell, rows, other_shows),
                f"{v:12} {cell.id:{id_width}} {cell.date!s:10} {got}")

    grid_tally.verdict_tables(
        grid, judge, lambda cell: (f"{cell.kind}/{cell.axis}", cell.date_form),
        ("axis", "date"), (("right", "right"), ("missed", "missed"),
                           ("wrong-date", "wrong-date"), ("false", "false")),
        verbose="-v" in sys.argv)
    return 0


def main() -> int:
    return report(cells(), verdict)


if __name__ == "__main__":  # pragma: no cover - a measuring aid
    raise SystemExit(main())
