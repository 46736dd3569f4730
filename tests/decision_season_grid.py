"""The season of a decision that names none, told by the story around it: a generated grid
(round 40, r40season).

Round 39's census of the sealed fold counted 6 missed decisions that went to the right show on
another season or on none, and 4 false decisions on another season. Round 40's census (counts
only) found the season-less decisions of found shows beside a season told elsewhere in the
article, a final season, or a show called new. The open folds already read the season told
*before* the news ("Season 2 of X premiered in March. Kestrel has renewed the drama.") and a
show called new ("the freshman drama X"). This grid writes the shape they did not:

- the show's series premiere told as past within the year ("X had its series premiere in
  January", "X's series debut drew ...", "The drama had its series premiere in January"): the
  show is new, a renewal is of season 2 and a cancellation ends season 1
  (``facts._SERIES_DEBUT_AFTER_RE``, ``facts._SERIES_DEBUT_REFERENCE_RE`` feeding
  ``season.new_show_elsewhere``).

Controls: the aired season told *after* the news, in a sentence naming no show ("Kestrel has
renewed X. Season 3 premiered in January."): the renewal keeps no season — the text does not
say which season is renewed (the devset's convention, as `tests/test_facts_round5.py` and
`tests/test_event_across_round20.py` hold it; a rule reading the next season there was built
in round 40 and taken out at its merge); a renewal dated before the publication month, a
season still to come, a season of another show, a series premiere years ago or still to come,
"two years after it first aired".
Each wording is written over six title shapes (season_grid's four, a possessive, a colon).

A cell is *right* when, for each kind it expects, the show's facts of that kind have exactly
the expected seasons (``None`` for no season); *false* when the show has a fact of an expected
kind on another season (``season_grid.outcome``). ``python tests/decision_season_grid.py
[-v]`` prints the counts by house, axis and title shape. All titles, networks and people are
invented.
"""

from __future__ import annotations

from collections.abc import Iterator

import season_grid
from season_grid import Cell, Wording, _s, report
from season_grid import outcome as outcome  # the round tests read it here

#: season_grid's title shapes, with a possessive and a colon.
SHAPES: dict[str, str] = dict(season_grid.SHAPES, possessive="Mabel's Kitchen",
                              colon="Salt Road: Origins")

WORDINGS: list[Wording] = [
    # --- controls: the aired season told after the news — the renewal names no season -----
    Wording("wire", "control", "season_n_premiered_after",
            "{N} has renewed {T}. Season 3 premiered in January to strong numbers.",
            {"renewed": _s(None)}),
    Wording("trade", "control", "final_then_drama_season",
            "{N} has renewed {T} for a final season. The drama's third season premiered in "
            "January.", {"renewed": _s(None)}),
    Wording("fan", "control", "one_last_then_its_season",
            "{N} has renewed {T} for one last season! Its second season premiered in January.",
            {"renewed": _s(None)}),
    Wording("release", "control", "currently_airing_after",
            "{N} has renewed {T}, the network announced today. The third season is "
            "currently airing on {N}.", {"renewed": _s(None)}),
    Wording("headline", "control", "headline_then_show_season",
            "{N} Renews {T} || {N} has renewed {T}. The show's second season premiered in "
            "January.", {"renewed": _s(None)}, "headline"),
    # --- a series premiere told as past within the year: a new show ------------------------
    Wording("trade", "series_debut", "had_its_series_premiere",
            "{T} had its series premiere on {N} in January. The network has renewed the "
            "drama.", {"renewed": _s(2)}),
    Wording("wire", "series_debut", "renewed_then_drama_debut",
            "{N} has renewed {T}. The drama had its series premiere in January.",
            {"renewed": _s(2)}),
    Wording("fan", "series_debut", "cancelled_then_comedy_debut",
            "{N} has cancelled {T}. The comedy had its series premiere in January.",
            {"cancelled": _s(1)}),
    Wording("uk", "series_debut", "possessive_series_debut",
            "{T}'s series debut drew two million viewers in January. {N} has now "
            "recommissioned the drama.", {"renewed": _s(2)}),
    Wording("release", "series_debut", "cancelled_named_debut",
            "{N} has cancelled {T}. {T} had its series premiere in January.",
            {"cancelled": _s(1)}),
    # --- controls: the story gives no season, or another show's -----------------------------
    Wording("wire", "control", "renewal_dated_past",
            "{N} renewed {T} in 2024. Season 3 premiered in January.", {"renewed": _s(None)}),
    Wording("trade", "control", "season_still_to_come",
            "{N} has renewed {T}. Season 3 premieres in June.", {"renewed": _s(3)}),
    Wording("fan", "control", "other_show_season",
            "{N} has renewed {T}. Copper Vale's third season premiered in January.",
            {"renewed": _s(None)}),
    Wording("trade", "control", "series_premiere_years_ago",
            "{T} had its series premiere in 2019. {N} has renewed the drama.",
            {"renewed": _s(None)}),
    Wording("release", "control", "series_premiere_ahead",
            "{T} will have its series premiere in May. {N} has already renewed the drama.",
            {"renewed": _s(None)}),
    Wording("wire", "control", "two_years_after_first_aired",
            "{N} has renewed {T}, two years after the show first aired.",
            {"renewed": _s(None)}),
    Wording("uk", "control", "other_show_series_debut",
            "{N} has recommissioned {T}. The series premiere of Copper Vale drew two million "
            "viewers in January.", {"renewed": _s(None)}),
]


def cells() -> Iterator[Cell]:
    for wording in WORDINGS:
        for shape, title in SHAPES.items():
            yield Cell(wording, shape, title,
                       wording.template.format(T=title, N=season_grid.NETWORK))


def main() -> int:
    return report(cells())


if __name__ == "__main__":
    raise SystemExit(main())
