"""Round 38 (r38seasons): the season a decision naming none is of, read from the seasons the
article tells as aired or on air.

Round 37's census of the sealed false facts counted 7 given the right show and kind on another
season; round 38's recount found them all a season *below* the labelled one, none in a
sentence naming two seasons: the season follows from the story the article tells. The rules
read that story only when the aired season was told in a few words ("Season 2 premiered").
Round 38 reads it as other houses write it (``patterns.SEASON_AIRED_AFTER_RE`` /
``SEASON_AIRED_BEFORE_RE`` / ``AFTER_EVENT_BEFORE_RE`` widened) and for a show that is not
the article's main one (``season.renewal_after_show_aired``):

- the show named between the season and its verb: "The first season of X premiered",
  "Series 3 of X aired", "the second season of X, which premiered in January, ended";
- broadcast words: "was broadcast", "was shown", British "went out", "hit screens",
  "finished airing", "returned for its second season";
- a season on air now: "is currently airing", "is now streaming", "is streaming now";
- the cue "after the show's second season hit screens" in the renewal's own sentence.

The cells are ``tests/season_story_grid.py``'s (print it for the counts by house and axis):
cells of the four new axes fail on 267b76e (the renewal given the aired season or none);
near misses (a season not aired yet, still ahead, another show's, a cancellation) keep their
reading on both. All titles, networks and people are invented.
"""

from __future__ import annotations

import grid_tally
import pytest
from articles import explained
from season_story_grid import Cell, cells, outcome

#: Cells the branch still misses (no false fact): a one-word title kept by no rule in a
#: two-sentence article; a numbered title the renewal sentence names gets no fact at all.
STILL_MISSED = {"fan-returned_for_its-one_word"}  # (the numbered one: read in round 39)

NEW = [c for c in cells() if c.wording.axis != "near_miss"]
CONTROLS = [c for c in cells() if c.wording.axis == "near_miss"]


@pytest.mark.parametrize("cell", grid_tally.params(NEW, STILL_MISSED, reason="not read yet"))
def test_story_season_read(cell: Cell) -> None:
    right, false = outcome(cell)
    assert right and not false, false


@pytest.mark.parametrize("cell", grid_tally.params(CONTROLS, STILL_MISSED, reason="not read yet"))
def test_story_season_control(cell: Cell) -> None:
    right, false = outcome(cell)
    assert right and not false, false


@pytest.mark.parametrize("body, rule", [
    pytest.param("Tovrel cancelled Copper Vale on Friday. Season 2 of Salt Road is now "
                 "streaming on Kestrel. Kestrel has renewed the series.",
                 "season.renewal_after_show_aired", id="other_show_now_streaming"),
    pytest.param("Series 3 of Salt Road went out on Kestrel last spring. The broadcaster has "
                 "recommissioned the drama.", "season.renewal_after_main_aired",
                 id="main_show_series_went_out"),
    pytest.param("Kestrel has renewed Salt Road two months after the show's second season hit "
                 "screens.", "season.renewal_after_aired", id="after_the_shows_season"),
])
def test_explain_names_the_season_rule(body: str, rule: str) -> None:
    assert rule in explained(body, "TV news")
