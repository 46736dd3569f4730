"""Titles with numbers in them, as a generated grid (round 35, r35numbers).

Real schedules are full of numbered titles: a show named by a year, a name ending in a small
number or a big one, a year after a place, a number first, digits with hyphens, spelt-out
numbers, a number inside. A season number is never part of a title ("X season 2", "X's
second season", "season 2 of X"), and a title's number is never a season, a count or a date.

The grid crosses invented title SHAPES with sentence FORMS for every fact kind (a renewal, a
cancellation, a shoot's start and wrap, a premiere with a dated year beside a year-title, an
episode count beside a title's number, the season told after the title, before it or as its
possessive, a Title Case headline) and PLACEMENTS (the body's sentence, the same sentence with
the title quoted, the headline, a list item under a decision's heading). Each body starts with
a cue sentence naming the show as a drama (``drop.unevidenced_title`` asks more than one
mention; the grid measures the number, not title discovery from nothing).

A cell is right when its fact (show, season, kind, and for a premiere its date) is there;
false when a fact names a cut or widened title ("Station" for "Station 9") or takes the
title's number as the season. ``python tests/numbered_titles_grid.py`` prints the totals per
shape, form and placement (run it with ``PYTHONPATH`` at a base tree for the figures before).
All titles and networks are invented.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

#: The grid's articles are published on this day.
PUBLISHED = dt.date(2026, 11, 2)

SHAPES: dict[str, str] = {
    "word_small_number": "Station 9",
    "word_two_digits": "Precinct 19",
    "word_big_number": "Hangar 51",
    "word_three_digits": "Ward 402",
    "place_year": "Harlow 1987",
    "year_alone": "1847",
    "the_number": "The 3300",
    "number_first": "7 Lantern Street",
    "hyphen_digits": "4-1-4",
    "word_hyphen_number": "Route-66",
    "spelt_number": "Nine Quiet Rooms",
    "spelt_fraction": "Three and a Half Sisters",
    "number_inside": "The 12 Rivers Club",
}

CUE = "The Kestrel drama {t} follows three sisters."


@dataclass(frozen=True)
class Cell:
    """One article: its id, headline, body and the fact it wants."""

    id: str
    headline: str
    body: str
    kind: str
    season: int | None
    date: str | None = None


#: (form id, headline, sentence, kind, season, date): {t} is the title.
FORMS: list[tuple[str, str, str, str, int | None, str | None]] = [
    ("renewed_for_season", "", "Kestrel has renewed {t} for a third season.",
     "renewed", 3, None),
    ("renewed_passive", "", "{t} has been renewed for a second season at Kestrel.",
     "renewed", 2, None),
    ("cancelled_after", "", "Kestrel has cancelled {t} after two seasons.",
     "cancelled", 2, None),
    ("season_after_title", "", "{t} season 2 has wrapped filming, Kestrel said.",
     "filming_wrapped", 2, None),
    ("season_n_of", "", "Filming has begun on season 2 of {t} in Cork.",
     "filming_started", 2, None),
    ("possessive_season", "", "{t}'s second season premieres on Kestrel on March 3, 2027.",
     "premiere", 2, "2027-03-03"),
    ("premiere_dated_year", "",
     "Season 2 of {t} will premiere on Kestrel on 14 May 2027.", "premiere", 2, "2027-05-14"),
    ("count_beside", "", "The second season of {t} will have eight episodes.",
     "episode_count", 2, None),
    ("uk_series", "", "Kestrel has recommissioned {t} for a third series.",
     "renewed", 3, None),
    ("headline_title_case", "Kestrel Renews {t} for Season 2",
     "The drama returns next year.", "renewed", 2, None),
    ("headline_cancels", "Kestrel Cancels {t} After Three Seasons",
     "The drama will not return.", "cancelled", 3, None),
]

PLACEMENTS = ("body", "quoted", "list_item")


def _place(sentence: str, title: str, placement: str) -> str:
    if placement == "quoted":
        return sentence.format(t=f"“{title}”")
    return sentence.format(t=title)


def cells() -> Iterator[Cell]:
    """Every cell of the grid, in order."""
    for shape, title in SHAPES.items():
        for form, headline, sentence, kind, season, date in FORMS:
            for placement in PLACEMENTS:
                if headline and placement != "body":
                    continue  # the headline forms are their own placement
                if placement == "list_item" and kind not in ("renewed", "cancelled"):
                    continue  # a decision's heading over its items
                cue = CUE.format(t=title)
                if placement == "list_item":
                    heading = "Renewed:" if kind == "renewed" else "Cancelled:"
                    body = (f"{cue}\n\nKestrel's decisions this week.\n\n{heading}\n\n"
                            f"{title} (season {season})\n\nLantern House (season 4)")
                else:
                    body = f"{cue} {_place(sentence, title, placement)}"
                yield Cell(f"{shape}-{form}-{placement}", headline.format(t=title), body,
                           kind, season, date)


def title_of(cell: Cell) -> str:
    """The cell's title (its shape's)."""
    return SHAPES[cell.id.split("-", 1)[0]]


def judge(cell: Cell) -> tuple[bool, bool]:
    """(right, false) for one cell, read by the real extractor."""
    from articles import facts_of

    from monitor.extract.shows import normalise_title

    facts = facts_of(cell.body, cell.headline, PUBLISHED)
    want = normalise_title(title_of(cell))
    right = any(normalise_title(f.show) == want and f.kind == cell.kind
                and f.season == cell.season
                and (cell.date is None or (f.date is not None and str(f.date) == cell.date))
                for f in facts)
    false = any(normalise_title(f.show) != want and normalise_title(f.show) not in (
        "lantern house",) for f in facts)
    return right, false


def main() -> None:
    totals: Counter[str] = Counter()
    by: dict[str, Counter[str]] = {}
    for cell in cells():
        right, false = judge(cell)
        shape, form, placement = cell.id.split("-")
        for key in (f"shape {shape}", f"form {form}", f"placement {placement}"):
            counter = by.setdefault(key, Counter())
            counter["cells"] += 1
            counter["right"] += right
            counter["false"] += false
        totals["cells"] += 1
        totals["right"] += right
        totals["false"] += false
        if "-v" in sys.argv and (not right or false):
            print(("MISS " if not right else "") + ("FALSE " if false else ""), cell.id)
    for key, counter in by.items():
        print(f"{key:42} {counter['right']:4}/{counter['cells']:<4} false {counter['false']}")
    print(f"{'ALL':42} {totals['right']:4}/{totals['cells']:<4} false {totals['false']}")


if __name__ == "__main__":
    main()
