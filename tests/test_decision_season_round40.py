"""Round 40 (r40season): the season of a decision that names none, read from the story
around it.

Round 40's census of the sealed fold (counts only) looked at the season-less decisions of shows
we found; the open folds already read a season told before the news and a show called new in
words. One shape they did not read, written as a class (a second, the main show's aired
season told after the news, was read as the next season's renewal by
``season.renewal_of_main_aired_apart``; the merge took that rule out — the devset's convention
leaves a renewal whose season the text does not say without one, as
``tests/test_facts_round5.py`` and ``tests/test_event_across_round20.py`` hold — and its cells
are controls now):

- a series premiere told as past within the year ("X had its series premiere in January",
  "X's series debut drew ...", "The drama had its series premiere in January"): the show is
  new (``facts._SERIES_DEBUT_AFTER_RE`` / ``_SERIES_DEBUT_REFERENCE_RE``), a renewal is of
  season 2 and a cancellation ends season 1 (``season.new_show_elsewhere``).

The cells are ``tests/decision_season_grid.py``'s: every cell of the series-debut axis fails
on 208d977f (the decision given no season); the controls (the aired season told after the
news, a renewal dated past, a season still to come, another show's season, a series premiere
years ago or still ahead) keep their reading on both. All titles, networks and people are invented.
"""

from __future__ import annotations

import grid_tally
import pytest
from articles import explained
from decision_season_grid import Cell, cells, outcome

#: Cells missed on both trees, no false fact: the one-word title "Havana" in a short article
#: with no show cue beside it is kept by no title rule, so the cell has no fact at all.
STILL_MISSED = {
    "trade-had_its_series_premiere-one_word",
    "uk-possessive_series_debut-one_word", "trade-series_premiere_years_ago-one_word",
    "release-series_premiere_ahead-one_word", "uk-other_show_series_debut-one_word",
}

NEW = [c for c in cells() if c.wording.axis != "control"]
CONTROLS = [c for c in cells() if c.wording.axis == "control"]


#: Why a cell of ``STILL_MISSED`` is left.
_WHY = "one-word title not kept (titles, not this round)"


@pytest.mark.parametrize("cell", grid_tally.params(NEW, STILL_MISSED, reason=_WHY))
def test_decision_season_read(cell: Cell) -> None:
    right, false = outcome(cell)
    assert right and not false, false


@pytest.mark.parametrize("cell", grid_tally.params(CONTROLS, STILL_MISSED, reason=_WHY))
def test_decision_season_control(cell: Cell) -> None:
    right, false = outcome(cell)
    assert right and not false, false


@pytest.mark.parametrize("body, rule", [
    pytest.param("Kestrel has renewed Salt Road. The drama had its series premiere in "
                 "January.", "season.new_show_elsewhere", id="series_debut_by_reference"),
])
def test_explain_names_the_season_rule(body: str, rule: str) -> None:
    assert rule in explained(body, "TV news")
