"""What a season is called: a show of one season by its kind, and the streamers' season
nouns — a generated grid (round 38, r38seasonnouns).

Wave 1 of round 38 found shows it had missed, and their facts then lost on the season: a
miniseries' wrap and premiere came out with no season (a limited series has one season), and a
streamer's "Part 5" of a show gave season 1. The grid writes both as a class, in trade, wire,
UK, streamer-press and fan-site styles:

- ``one_season``: a show called, beside its name, a limited series, a miniseries or
  mini-series, an event series, a one-off drama or a single-season anthology; every kind of
  fact naming no season is of season 1 (a renewal of it: season 2);
- ``season_noun``: "X Part 5", "X: Part Two", "X Volume 3", "X Vol. 2", "X Book Two",
  "X Chapter 3", "X Collection 4", "X Cycle 12", a reality show's "Cycle 12" alone;
- ``near_miss``: a part that is an episode's ("Part 2 of the finale"), a season told in
  parts ("season 3, part 2"), a later part's premiere, a "three-part drama" or a six-part
  *series* (the UK press counts a returning show's series so), a numbered season of a limited
  series — which keep their reading.

Each wording is written over four title shapes. A cell is *right* when, for each kind it
expects, the show's facts of that kind have exactly the expected seasons; *false* when the show
has a fact of an expected kind on another season. ``python tests/season_nouns_grid.py [-v]``
prints the counts by house, axis and title shape. All titles, networks and people are
invented.
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
#: A sentence naming the show plainly, put before a cell's text when its placement is
#: "intro" (a season noun glued to a name in a one-sentence article is not read as a title).
INTRO = "The drama {T} is one of {N}'s biggest hits."

# The title shapes, wordings (``Wording``: house trade, wire, uk, streamer, fan; axis
# one_season, season_noun, near_miss; placement body, other, intro), cells, outcome and
# tally are season_grid's.


WORDINGS: list[Wording] = [
    # --- a show of one season, by its kind -------------------------------------------------
    Wording("trade", "one_season", "limited_series_wraps",
            "Filming has wrapped on {T}, {N}'s six-episode limited series starring Dana Holt.",
            {"filming_wrapped": _s(1)}),
    Wording("trade", "one_season", "limited_series_before_premiere",
            "{N}'s limited series {T} will premiere on June 12, the network said on Monday.",
            {"premiere": _s(1)}),
    Wording("wire", "one_season", "miniseries_is",
            "{T} is a miniseries based on the novel by Ann Lee. Production began in Toronto "
            "on Monday.", {"filming_started": _s(1)}),
    Wording("wire", "one_season", "mini_series_hyphen",
            "The mini-series {T} began filming in Vancouver this week, {N} said.",
            {"filming_started": _s(1)}),
    Wording("uk", "near_miss", "three_part_drama",
            "{T}, a three-part drama from {N}, starts filming in Glasgow next month.",
            {"filming_started": _s(None)}),
    Wording("uk", "one_season", "one_off_drama",
            "{N}'s one-off drama {T} will air on 14 September, the broadcaster confirmed.",
            {"premiere": _s(1)}),
    Wording("uk", "near_miss", "four_part_thriller_wrapped",
            "Cameras have stopped rolling on {T}, the four-part thriller for {N}.",
            {"filming_wrapped": _s(None)}),
    Wording("streamer", "one_season", "limited_series_premieres",
            "{N} today announced that {T}, a new limited series from Ann Lee, premieres "
            "Thursday, May 7.", {"premiere": _s(1)}),
    Wording("streamer", "one_season", "event_series",
            "{T}, the eight-episode event series, will debut on {N} on October 3.",
            {"premiere": _s(1)}),
    Wording("fan", "one_season", "limited_series_cancelled_no",
            "Bad news for fans: {N} has confirmed {T} is a limited series and will not be "
            "back. Filming wrapped in March.", {"filming_wrapped": _s(1)}),
    Wording("trade", "one_season", "limited_series_renewed",
            "{N} has renewed {T}, which was billed as a limited series when it launched last "
            "year.", {"renewed": _s(2)}),
    Wording("trade", "one_season", "miniseries_reference",
            "{T} premieres on {N} on June 12. The miniseries stars Dana Holt and was shot in "
            "Leeds.",
            {"premiere": _s(1)}),
    Wording("uk", "one_season", "drama_reference",
            "Filming has wrapped on {T} in Cardiff. The one-off drama airs on {N} later "
            "this year.", {"filming_wrapped": _s(1)}),
    Wording("trade", "one_season", "limited_more_seasons",
            "{N} has renewed the limited series {T} for two more seasons.",
            {"renewed": _s(2, 3)}),
    Wording("wire", "one_season", "single_season_anthology",
            "{T}, a single-season anthology from Ann Lee, wrapped production in Atlanta on "
            "Friday.", {"filming_wrapped": _s(1)}, "other"),
    # --- the streamers' season nouns (the show named plainly first: "intro") -------------
    Wording("streamer", "season_noun", "part_n_premieres",
            "{T} Part 5 premieres on {N} on September 3, the streamer announced.",
            {"premiere": _s(5)}, "intro"),
    Wording("trade", "season_noun", "colon_part_word_wrapped",
            "Filming on {T}: Part Two wrapped in Madrid last week.",
            {"filming_wrapped": _s(2)}, "intro"),
    Wording("trade", "season_noun", "part_n_wraps",
            "{T} Part 4 has wrapped filming in Madrid, {N} said.",
            {"filming_wrapped": _s(4)}, "intro"),
    Wording("streamer", "season_noun", "volume_n_starts",
            "{T} Volume 3 has started filming in Atlanta.", {"filming_started": _s(3)},
            "intro"),
    Wording("fan", "season_noun", "vol_n_wrapped",
            "It's official: {T} Vol. 2 wrapped filming this week!",
            {"filming_wrapped": _s(2)}, "intro"),
    Wording("trade", "season_noun", "chapter_n_starts_filming",
            "{T} Chapter 3 starts filming in Prague this summer.",
            {"filming_started": _s(3)}, "intro"),
    Wording("wire", "season_noun", "part_word_begins_production",
            "{T} Part Three began production in Lisbon on Monday, {N} said.",
            {"filming_started": _s(3)}, "intro"),
    Wording("fan", "season_noun", "book_word_after_name",
            "{T} Book Two begins filming in Belfast on Monday.",
            {"filming_started": _s(2)}, "intro"),
    Wording("uk", "season_noun", "collection_n",
            "Filming on {T} Collection 4 has wrapped in Dorset.",
            {"filming_wrapped": _s(4)}, "intro"),
    Wording("wire", "season_noun", "cycle_n_renewed",
            "{N} has renewed {T} for Cycle 12, the network said on Tuesday.",
            {"renewed": _s(12)}, "intro"),
    Wording("fan", "season_noun", "wrap_on_part_of",
            "It's a wrap on Part 5 of '{T}'! Filming ended in Madrid on Friday.",
            {"filming_wrapped": _s(5)}, "intro"),
    Wording("streamer", "season_noun", "volume_of_starts",
            "Production on Volume 2 of {T} began in Atlanta this week.",
            {"filming_started": _s(2)}, "intro"),
    # --- near misses that keep their reading -----------------------------------------------
    Wording("streamer", "near_miss", "part_of_possessive_finale",
            "{T} season 3 has wrapped filming. Part 2 of {T}'s finale will air on {N} on May "
            "4.", {"filming_wrapped": _s(3)}),
    Wording("streamer", "near_miss", "part_of_finale",
            "{T} season 3 wraps with a two-part finale; part two of the finale airs on {N} "
            "on May 4.", {"filming_wrapped": _s(3)}),
    Wording("trade", "near_miss", "season_split_in_parts",
            "{T} season 3, Part 2 wrapped filming in Madrid.", {"filming_wrapped": _s(3)}),
    Wording("trade", "near_miss", "part_two_premiere_of_split",
            "{T} Part 2 premieres on {N} on June 9.", {"premiere": _s()}, "intro"),
    Wording("uk", "near_miss", "six_part_series_returning",
            "{T} returns to {N} for a new six-part series in the autumn.",
            {"premiere": _s()}),
    Wording("wire", "near_miss", "numbered_season_of_limited",
            "{T} season 2 begins filming in May. The limited series was renewed last year.",
            {"filming_started": _s(2)}),
    Wording("uk", "near_miss", "six_part_series_commission_returning",
            "Filming has begun on a second series of {T}, the six-part drama for {N}.",
            {"filming_started": _s(2)}),
]


@dataclass(frozen=True)
class Cell(season_grid.Cell):
    other: ClassVar[str] = OTHER
    intro: ClassVar[str] = INTRO


def cells() -> Iterator[season_grid.Cell]:
    return season_grid.cells(WORDINGS, Cell)


def main() -> int:
    return report(cells())


if __name__ == "__main__":
    raise SystemExit(main())
