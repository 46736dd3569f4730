"""Round 35 (r35numbers): titles with numbers in them keep their number.

A number after a title is the title's own when no season reading can take it: 40 to 9999,
not a year, no unit or count noun after it ("Ward 402", "The 3300"; the season reading of
"Glass Harbor 4" takes 1-39 only), ``title.span.never_season_number``. A year joins a title
beside a season phrase ("Harlow 1987 season 2", "renewed Harlow 1987 for a third season",
"the second season of Harlow 1987") or where the body describes the show by it ("Harlow 1987
follows three sisters"), and is then no date of the fact. The cells are the generated grid's
(``tests/numbered_titles_grid.py``) that failed on a058aff: a title cut before its number
("Ward"), the number read as the season, or a year-title read as the fact's date.

Controls (pass on the base and the branch): "the 2024 season", "season 9", "9 episodes",
"in 1999", "Kestrel's 10 p.m. slot", "Top 10 shows", a headline "5 Shows Renewed This Week",
"Comic-Con 2026", "Glass Harbor 4 premieres" (a small number stays a
season), "400 viewers", a UK date "14 May 2027" after a network. All names are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import explained, facts_of
from numbered_titles_grid import PUBLISHED, Cell, cells, judge

#: The shapes whose number the base cut or misread; the placements it failed in.
FIXED_SHAPES = ("word_three_digits", "the_number", "place_year")

FIXED = [cell for cell in cells() if cell.id.split("-")[0] in FIXED_SHAPES
         and cell.id.endswith("-body")]
#: Shapes the base read right already: they must stay right.
KEPT = [cell for cell in cells() if cell.id.split("-")[0] in (
    "word_small_number", "word_two_digits", "word_big_number", "number_first",
    "hyphen_digits", "word_hyphen_number", "spelt_number", "spelt_fraction", "number_inside")]


@pytest.mark.parametrize("cell", FIXED, ids=[c.id for c in FIXED])
def test_numbered_title_kept_whole(cell: Cell) -> None:
    right, false = judge(cell)
    assert right and not false


@pytest.mark.parametrize("cell", KEPT, ids=[c.id for c in KEPT])
def test_numbered_title_already_read(cell: Cell) -> None:
    right, false = judge(cell)
    assert right and not false


def test_explain_names_the_rule() -> None:
    text = explained("The Kestrel drama Ward 402 will premiere on March 3, 2027. "
                     "Fans of Ward 402 have waited a long time.",
                     published=PUBLISHED)
    assert "title.span.never_season_number" in text
    assert "Ward 402 S? premiere 2027-03-03" in text


def _rows(body: str, headline: str = "") -> set[tuple[str, int | None, str, str | None]]:
    return {(f.show, f.season, f.kind, str(f.date) if f.date else None)
            for f in facts_of(body, headline, dt.date(2026, 11, 2))}


CUE = "The Kestrel drama Salt Road follows three sisters. "

CONTROLS = [
    ("the_2024_season", CUE + "Kestrel has renewed Salt Road for the 2024 season.", "",
     {("Salt Road", None, "renewed", "2024")}),
    ("season_9", CUE + "Kestrel has renewed Salt Road for season 9.", "",
     {("Salt Road", 9, "renewed", "2026-11")}),
    ("nine_episodes", CUE + "Season 2 of Salt Road will have 9 episodes.", "",
     {("Salt Road", 2, "episode_count", None)}),
    ("in_1999", CUE + "Salt Road premiered on Kestrel in 1999 and was cancelled after two "
     "seasons.", "", {("Salt Road", 1, "premiere", "1999"),
                      ("Salt Road", 2, "cancelled", "2026-11")}),
    ("ten_pm_slot", CUE + "Salt Road returns for a second season in Kestrel's 10 p.m. slot "
     "on March 3, 2027.", "", {("Salt Road", 2, "premiere", "2027-03-03")}),
    ("top_10", CUE + "Salt Road was renewed for a second season after a run in the Top 10 "
     "shows.", "", {("Salt Road", 2, "renewed", "2026-11")}),
    ("headline_count", "Kestrel has renewed Salt Road for a second season.",
     "5 Shows Renewed This Week", {("Salt Road", 2, "renewed", "2026-11")}),
    ("event_year", CUE + "Kestrel renewed Salt Road for a second season at Comic-Con 2026.",
     "", {("Salt Road", 2, "renewed", "2026")}),
    ("small_number_is_season", "The Kestrel drama Glass Harbor follows three sisters. Glass "
     "Harbor 4 premieres on Kestrel on March 3, 2027.", "",
     {("Glass Harbor", 4, "premiere", "2027-03-03")}),
    ("viewers", CUE + "Kestrel cancelled Salt Road after two seasons; its finale drew 400 "
     "viewers per screen.", "", {("Salt Road", 2, "cancelled", "2026-11")}),
    ("uk_date", CUE + "Salt Road returns for a second series on Kestrel 14 May 2027.", "",
     {("Salt Road", 2, "premiere", "2027-05-14")}),
]


@pytest.mark.parametrize(("body", "headline", "want"), [c[1:] for c in CONTROLS],
                         ids=[c[0] for c in CONTROLS])
def test_numbers_that_are_no_title_stay(body: str, headline: str, want: set[object]) -> None:
    assert _rows(body, headline) == want
