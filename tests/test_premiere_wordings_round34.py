"""Premieres dated in wordings nobody tuned to (issue 10, round 34, branch r34premiere).

A generated grid (``tests/premiere_grid.py``): premiere verbs and nouns × date forms ×
placement (the same sentence, the next one referring back, a label line, a heading, quiet
sentences between) × certainty frames. Every cell the extractor reads right is a cell here;
most were read on the base already (they keep it), two classes are new:

- "The new episodes arrive July 14." after a sentence telling the season to come with up to
  two quiet sentences between ("The cast is back."): ``trigger.new_episodes_of_told_season``
  reads back past them (``ArticleContext.told_sentence``);
- "Kestrel set a date for Salt Road's return. Season 2 arrives July 14.": "Salt Road's return"
  is evidence the name is a show (``drop.unevidenced_title`` dropped it), as "the return of
  Salt Road" was.
- "Salt Road season 2 returns to Kestrel in July" (a network no list holds, so a title):
  the return is its subject's, not the place's after "to" (``target.return_subject``, as
  "returns to Kestrel for a third season" was).

The cells the grid still misses are listed in ``LEFT`` (and in MEASUREMENTS); controls keep
a date about another event, another show or an aired season off the premiere. Invented
names throughout.
"""

from __future__ import annotations

import pytest
from articles import cell_reader, explained, full_rows
from premiere_grid import PUBLISHED, Cell, cells, verdict

#: Grid cells not read right on this branch (the brief's Left): a heading line's show, "returns
#: from ... to ...", "Premiere date: July" alone, "later this year" told as a set date (read
#: confirmed), and the dates round 33 reads as an aired season's episodes resuming ("next
#: month", "this Sunday", "Christmas Day" are named by no month or number).
LEFT = frozenset({
    *(f"heading-{d}" for d in ("day-year", "day", "weekday-day", "nth-of-month", "month",
                               "this-fall", "early-year", "later-this-year", "next-month",
                               "this-summer", "holiday", "this-sunday", "interval")),
    "same-returns-interval", "same-comes-back-interval", "label-month",
    "noun-sets-a-date-later-this-year", "noun-premiere-date-later-this-year",
    "label-later-this-year", "quiet-next-month", "quiet-holiday", "quiet-this-sunday",
    # a return to a place whose verb ("comes to", "comes back to") reads no such date, or a
    # holiday after "to Kestrel on" (trigger vocabulary: r34vocab's)
    "goes-to-returns-to-holiday", "goes-to-comes-back-to-nth-of-month",
    "goes-to-comes-back-to-holiday",
    *(f"goes-to-comes-to-{d}" for d in ("nth-of-month", "this-fall", "later-this-year",
                                        "next-month", "this-summer", "holiday", "this-sunday")),
})

#: The axes read on the base already are tested on four date forms here (the whole grid is
#: ``python tests/premiere_grid.py``'s count); the new placements on every form.
SAMPLED_FORMS = frozenset({"day", "month", "later-this-year", "holiday"})
NEW_AXES = frozenset({"quiet", "return-set", "label", "goes-to"})

_facts = cell_reader(full_rows, "", PUBLISHED)
#: The axes round 35 added to the grid (``tests/test_premieres_round35.py`` tests them).
ROUND35_AXES = frozenset({"object", "set-for", "wire"})
#: The axes round 37 added (``tests/test_premieres_round37.py`` tests them).
ROUND37_AXES = frozenset({"begun", "opens", "back-on"})
GRID = [cell for cell in cells() if cell.id not in LEFT
        and cell.axis not in ROUND35_AXES | ROUND37_AXES
        and (cell.axis in NEW_AXES or cell.date_form in SAMPLED_FORMS)]


@pytest.mark.parametrize("cell", GRID, ids=[cell.id for cell in GRID])
def test_grid_cell(cell: Cell) -> None:
    assert verdict(cell, _facts(cell.body)) == "right"


def test_left_cells_exist() -> None:
    """``LEFT`` names cells of the grid (a renamed cell would be tested by nothing)."""
    assert LEFT <= {cell.id for cell in cells()}


# --- controls: the same output on the base commit and here -----------------------------------

TOLD = "Kestrel has renewed Salt Road for a second season. "
RETURN = "Kestrel set a date for Salt Road's return. "


@pytest.mark.parametrize("body", [
    TOLD + "The cast is back. The finale airs July 14.",
    TOLD + "The cast is back. Filming begins July 14.",
    TOLD + "The cast is back. A trailer arrives July 14.",
    TOLD + "The cast is back. Lantern House returns July 14.",
    TOLD + "The cast is back. The first episode screens at the Harbour Festival on July 14.",
    TOLD + "The cast is back. The new episodes of Havana arrive July 14.",
    TOLD + "The cast is back. The writers are busy. The mood is upbeat. The new episodes "
           "arrive July 14.",
    TOLD + "The renewal was announced on May 2. The new episodes arrive July 14.",
    TOLD + "The cast is back. The first season drew big ratings. The new episodes arrive "
           "July 14.",
    TOLD + "The cast is back. The new episodes arrive this Sunday.",
    TOLD.strip() + "\n\nThe new episodes arrive July 14.",
    "Salt Road season 2 is airing now on Kestrel. The cast is back. New episodes arrive "
    "July 14.",
    "Salt Road season 2 was a hit for Kestrel. The cast is back. The new episodes arrive "
    "July 14.",
    "Kestrel has renewed Salt Road and Lantern House. The cast is back. The new episodes "
    "arrive July 14.",
    RETURN + "Lantern House season 2 arrives July 14.",
    RETURN + "Season 2 of Lantern House arrives July 14.",
    RETURN + "The second episode arrives July 14.",
    RETURN + "The finale arrives July 14.",
    RETURN.strip(),
    "The Salt Road comeback tour starts in July. Season 2 arrives July 14.",
    "Salt Road star Dana Holt returns to Lantern House on July 14.",
    "Salt Road season 2 premiered in March. Lantern House returns to Kestrel on July 14.",
], ids=["finale", "filming", "trailer", "another-show", "festival-screening",
        "another-shows-episodes", "three-quiet-sentences", "announcement-day", "aired-season",
        "this-sunday", "new-paragraph", "season-on-air", "season-a-hit", "two-shows",
        "return-then-another-show", "return-then-another-shows-season", "return-then-episode",
        "return-then-finale", "return-alone", "comeback-tour", "star-returns-to-another-show",
        "another-show-returns-to"])
def test_no_premiere_of_salt_road_season_2_in_july(body: str) -> None:
    got = _facts(body)
    assert not any(r[0] == "Salt Road" and r[2] == "premiere" and r[3] == "2024-07-14"
                   for r in got)


def test_explain_names_the_rule_past_quiet_sentences() -> None:
    text = explained(TOLD + "The cast is back. The new episodes arrive July 14.",
                     published=PUBLISHED)
    assert "trigger.new_episodes_of_told_season" in text
