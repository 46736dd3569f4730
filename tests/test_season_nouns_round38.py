"""Round 38 (r38seasonnouns): what a season is called — a show of one season by its kind, and
the streamers' season nouns after a show's name.

Wave 1 of round 38 found shows it had missed, and their facts then lost on the season: a
miniseries' wrap and premiere came out with no season, and a streamer's "Part 5" of a show
gave season 1. Round 38 reads both as a class:

- ``patterns.ONE_SEASON_KIND`` (``LIMITED_SERIES_RE`` widened: limited / event series,
  miniseries, mini-series, one-off drama, single-season anthology; not a count of parts) read
  beside a show's name (``ONE_SEASON_BEFORE_RE`` / ``ONE_SEASON_AFTER_RE``) gives
  ``ArticleContext.one_season_shows``; ``season.one_season_show`` makes any fact naming no
  season of such a show season 1, a renewal season 2 ("two more seasons": 2 and 3);
- ``patterns.SEASON_NOUN_AFTER_NAME_RE``: "X Part 5", "X: Part Two", "X Volume 3", "X Vol.
  2", "X Chapter 3" is the show's season, as "X season 5" is (``season.noun_after_name``),
  not in a sentence telling a season in parts; a reality show's "Cycle 12" is a season
  phrase anywhere (``SEASON_RE``).

The cells are ``tests/season_nouns_grid.py``'s (print it for the counts by house, axis and
shape): the new cells fail on a7a82a3 (no season, season 1, or the title's own number);
near misses (a part of a finale, a season in parts, a later part's premiere, a UK
"three-part drama" or six-part *series*, a numbered season of a limited series) keep their
reading on both. All titles,
networks and people are invented.
"""

from __future__ import annotations

import grid_tally
import pytest
from articles import explained
from season_nouns_grid import Cell, cells, outcome

#: Cells the branch still misses (no false fact): a one-word or numbered title beside its
#: kind in a one-sentence article is kept by no rule, and "Precinct 9" after "Part 5 of" is
#: read as "Precinct" with its own number. (Round 39, r39titles, reads the season nouns glued
#: to a title — "X Book Two", "X Collection 4", "Precinct 9 Part 5" — in title discovery:
#: eighteen cells of round 38's list moved to read.)
STILL_MISSED = {  # (nine numbered cells read since round 39, ``title.span.never_bare_number``)
    "fan-limited_series_cancelled_no-one_word",
    "streamer-event_series-one_word", "streamer-limited_series_premieres-one_word",
    "trade-limited_series_wraps-one_word",
    "uk-drama_reference-one_word",
    "wire-mini_series_hyphen-one_word",
    "wire-miniseries_is-one_word",
}

#: Cells a7a82a3 already read right (a show called "new" beside its kind is in season 1):
#: controls.
READ_ON_BASE = {
    "trade-limited_series_before_premiere-one_word", "streamer-limited_series_premieres-words",
    "streamer-limited_series_premieres-the_x", "streamer-limited_series_premieres-numbered",
}

NEW = [c for c in cells() if c.wording.axis != "near_miss" and c.id not in READ_ON_BASE]
CONTROLS = [c for c in cells() if c.wording.axis == "near_miss" or c.id in READ_ON_BASE]


@pytest.mark.parametrize("cell", grid_tally.params(NEW, STILL_MISSED, reason="not read yet"))
def test_season_noun_read(cell: Cell) -> None:
    right, false = outcome(cell)
    assert right and not false, false


@pytest.mark.parametrize("cell", grid_tally.params(CONTROLS, STILL_MISSED, reason="not read yet"))
def test_season_noun_control(cell: Cell) -> None:
    right, false = outcome(cell)
    assert right and not false, false


@pytest.mark.parametrize("body, rule", [
    pytest.param("Filming has wrapped on Salt Road, Kestrel's six-episode limited series "
                 "starring Dana Holt.", "season.one_season_show", id="limited_series_wrap"),
    pytest.param("The drama Salt Road is one of Kestrel's biggest hits. Salt Road Part 4 has "
                 "wrapped filming in Madrid.", "season.noun_after_name", id="part_after_name"),
    pytest.param("The drama Salt Road is one of Kestrel's biggest hits. It's a wrap on Part 5 "
                 "of 'Salt Road'.", "season.noun_after_name", id="part_before_name"),
])
def test_explain_names_the_season_rule(body: str, rule: str) -> None:
    assert rule in explained(body, "TV news")
