"""A show's several seasons told as a story, and the season a decision naming none is of: a
generated grid (round 38, r38seasons).

Round 37's census of the sealed false facts counted 7 facts given the right show and kind on
another season, round 38's recount found all 7 a season *below* the labelled one, none in a
sentence naming two seasons: the season the news is of is not written beside the trigger but
follows from the story the article tells ("The first season of X premiered in March. The
network has renewed the show." — the renewal is of the second). The rules read that story
(``season.renewal_after_main_aired``, ``season.renewal_after_aired``) only when the aired
season was told in a few words ("Season 2 premiered", "X's second season drew ..."); this grid
writes it as other houses do: the show named between the season and its verb ("Series 3 of X
went out"), broadcast words ("was broadcast", "was shown", "hit screens"), a season on air now
("is currently airing", "is streaming now"), in wire, trade, British, fan and release styles,
and near misses (a season not yet aired, a negation, a season still to come) that keep their
reading. Each wording is written over four title shapes.

A cell is *right* when, for each kind it expects, the show's facts of that kind have exactly
the expected seasons (``None`` for no season); *false* when the show has a fact of an expected
kind on another season, or a fact of a kind the cell forbids. ``python
tests/season_story_grid.py [-v]`` prints the counts by house, axis and title shape. All
titles, networks and people are invented.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

import season_grid
from season_grid import Wording, _s, report
from season_grid import outcome as outcome  # the round tests read it here

#: A sentence of another show, put before a cell's text when its placement is "other".
OTHER = "Tovrel cancelled Copper Vale after one season on Friday."

# The title shapes, wordings (``Wording``: house; axis of_title, broadcast_words, on_air_now,
# near_miss; placement body, other), cells, outcome and tally are season_grid's.


WORDINGS: list[Wording] = [
    # --- the show named between the season and its aired verb ----------------------------
    Wording("wire", "of_title", "first_season_of_premiered",
            "The first season of {T} premiered on {N} in March. The network has renewed the "
            "show.", {"renewed": _s(2)}),
    Wording("trade", "of_title", "season_n_of_debuted",
            "Season 2 of {T} debuted on {N} in January to solid numbers. {N} has now renewed "
            "the drama.", {"renewed": _s(3)}),
    Wording("uk", "of_title", "series_n_of_aired",
            "Series 3 of {T} aired on {N} last spring. The broadcaster has now recommissioned "
            "the drama.", {"renewed": _s(4)}),
    Wording("fan", "of_title", "ordinal_of_dropped",
            "The second season of {T} dropped on {N} in January, and fans have been waiting "
            "for news since. Good news: {N} has officially renewed the series!",
            {"renewed": _s(3)}),
    Wording("release", "of_title", "of_concluded",
            "The third season of {T} concluded on {N} on February 20. {N} today announced "
            "that it has renewed the series.", {"renewed": _s(4)}, "other"),
    Wording("wire", "of_title", "same_sentence_after",
            "{N} has renewed {T} a month after the second season of the thriller premiered.",
            {"renewed": _s(3)}),
    Wording("trade", "of_title", "of_which_premiered",
            "The second season of {T}, which premiered in January, ended on Sunday. {N} has "
            "renewed the drama.", {"renewed": _s(3)}),
    Wording("wire", "of_title", "possessive_which_premiered",
            "{T}'s second season, which premiered in January, drew record numbers for {N}. "
            "The network has renewed the drama.", {"renewed": _s(3)}),
    Wording("fan", "of_title", "returned_for_its",
            "{T} returned for its second season in January. {N} has renewed the drama.",
            {"renewed": _s(3)}),
    # --- broadcast words of other houses --------------------------------------------------
    Wording("uk", "broadcast_words", "series_went_out",
            "Series 2 of {T} went out on {N} in the autumn. The broadcaster has recommissioned "
            "the drama.", {"renewed": _s(3)}),
    Wording("uk", "broadcast_words", "was_broadcast",
            "The second series of {T} was broadcast on {N} last year. {N} has renewed the "
            "drama.", {"renewed": _s(3)}),
    Wording("uk", "broadcast_words", "possessive_was_shown",
            "{T}'s third series was shown on {N} in January. The channel has renewed the "
            "drama.", {"renewed": _s(4)}),
    Wording("trade", "broadcast_words", "hit_screens",
            "{T}'s second season hit screens in October. {N} has renewed the drama.",
            {"renewed": _s(3)}),
    Wording("wire", "broadcast_words", "same_sentence_hit_screens",
            "{N} has renewed {T} two months after the show's second season hit screens.",
            {"renewed": _s(3)}),
    Wording("fan", "broadcast_words", "finished_airing",
            "{T}'s first season finished airing on {N} last week. The network has renewed the "
            "series.", {"renewed": _s(2)}),
    # --- a season on air now ----------------------------------------------------------------
    Wording("trade", "on_air_now", "currently_airing",
            "{T}'s third season is currently airing on {N}. The network renewed the drama on "
            "Monday.", {"renewed": _s(4)}),
    Wording("release", "on_air_now", "now_streaming",
            "Season 2 of {T} is now streaming on {N}. {N} has renewed the series.",
            {"renewed": _s(3)}, "other"),
    Wording("fan", "on_air_now", "streaming_now",
            "{T}'s first season is streaming now on {N}. The streamer has already renewed the "
            "show.", {"renewed": _s(2)}),
    Wording("uk", "on_air_now", "series_currently_airing",
            "Series 4 of {T} is currently airing on {N}. The broadcaster has recommissioned "
            "the drama.", {"renewed": _s(5)}),
    # --- near misses: the season told is not aired, or is the news itself ------------------
    Wording("wire", "near_miss", "not_aired_yet",
            "Season 3 of {T} has not aired yet. {N} has renewed the drama.",
            {"renewed": _s(3)}),
    Wording("trade", "near_miss", "season_ahead",
            "Season 3 of {T} will premiere on {N} in June. {N} has renewed the drama.",
            {"renewed": _s(3)}),
    Wording("trade", "near_miss", "airing_this_fall",
            "{T}'s third season is airing this fall on {N}. {N} has renewed the drama.",
            {"renewed": _s(3)}),
    Wording("wire", "near_miss", "will_not_air_until",
            "Season 3 of {T} will not air until 2027. {N} has renewed the drama.",
            {"renewed": _s(3)}),
    Wording("trade", "near_miss", "which_premieres_ahead",
            "{T}'s third season, which premieres in June, was shot in Dublin. {N} has renewed "
            "the drama.", {"renewed": _s(3)}),
    Wording("uk", "near_miss", "cancelled_after_went_out",
            "Series 2 of {T} went out on {N} in the autumn. The broadcaster has axed the "
            "drama.", {"cancelled": _s(2)}, forbid_kinds=("renewed",)),
    Wording("wire", "near_miss", "renewed_for_named",
            "The first season of {T} premiered on {N} in March. The network has renewed the "
            "show for a third season.", {"renewed": _s(3)}),
    Wording("fan", "near_miss", "of_other_show_aired",
            "Season 2 of Copper Vale aired on {N} in March. {N} has also renewed {T} on "
            "Monday.", {"renewed": _s(None)}, "other"),
]


@dataclass(frozen=True)
class Cell(season_grid.Cell):
    other: ClassVar[str] = OTHER


def cells() -> Iterator[season_grid.Cell]:
    return season_grid.cells(WORDINGS, Cell)


def main() -> int:
    return report(cells())


if __name__ == "__main__":
    raise SystemExit(main())
