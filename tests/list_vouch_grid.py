"""A list's items vouch for each other: a generated grid (round 40, r40vouch).

r40found's census counted titles never kept: on the sealed fold 3 of 10 named only in lists;
on the open folds 5 of 13 in one list idiom. A coordinated list is a unit: where one item of
a comma/"and" list of capitalised spans is a title the article marks (quotes, a season
phrase, a watch-list entry), its other items of the same shape are titles too, unless a veto
names them (people, places, months, networks). This grid writes lists of three shows, one of
them marked, in trade, wire, press-release, UK-press, fan-site and headline styles, over
title shapes (several words, with "The", one word, a number, a colon subtitle), and the
controls: a cast list, a list of networks, a list of cities, a list of months, a list of
people with one show among them.

``python tests/list_vouch_grid.py [-v]`` prints the counts (right, wrong) by house, shape and
axis. A cell is right when, for each kind it checks, the shows given that kind are exactly
the ones it wants ("!" : must not give). All titles, networks and people are invented.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import grid_tally
import slate_grid
from slate_grid import Cell

#: Title triples: name -> (A, B, C); A is the marked one in the passages.
SHAPES: dict[str, tuple[str, ...]] = {
    **grid_tally.title_shapes("words", "the_x", "one_word"),
    "number": ("Ward 13", "Station 9", "Harbour 22"),
    "colon": ("Ironvale: The Reckoning", "Salt Road: Origins", "Keeper of Bells"),
}

NETWORK = "Kestrel"

#: (house, name, axis, checks, body); templates take A, B, C (titles) and N (network).
PASSAGES: list[tuple[str, str, str, dict[str, str], str]] = [
    # one item quoted, the list governed by a decision
    ("trade", "cancelled_quoted_first", "vouch", {"cancelled": "ABC"},
     "{N} has cancelled \u201c{A},\u201d {B} and {C}, the network said on Tuesday."),
    ("wire", "renewed_quoted_middle", "vouch", {"renewed": "ABC"},
     "{N} said on Monday it had renewed {B}, \u2018{A}\u2019 and {C} for new seasons."),
    ("press", "slate_holds_quoted", "vouch", {"renewed": "ABC"},
     "{N} today announced that its returning slate, \u201c{A},\u201d {B} and {C}, has "
     "been renewed for the 2027 season."),
    ("uk", "axed_seasoned_one", "vouch", {"cancelled": "ABC"},
     "{N} has axed {B}, {C} and {A} series 2 as it cuts back on drama."),
    ("fan", "saying_goodbye", "vouch", {"cancelled": "ABC"},
     "Kestrel is saying goodbye to \"{A},\" {B} and {C}. We're heartbroken."),
    # a list no decision governs: its items are titles all the same
    ("trade", "lineup_mentions", "titles", {"title": "ABC"},
     "{N}'s spring schedule, which also holds \u201c{A},\u201d {B} and {C}, is set to be "
     "unveiled next week."),
    ("wire", "ratings_list", "titles", {"title": "ABC"},
     "{B}, \u2018{A}\u2019 and {C} each drew fewer than a million viewers, {N} said."),
    ("press", "season_marked", "titles", {"title": "ABC"},
     "Viewers can catch up on {A} season 2, {B} and {C} on {N} Player from Friday."),
    # a list joined to the shows already axed: where cancelled shows go
    ("fan", "join_mia_network", "join", {"cancelled": "ABC", "renewed": ""},
     "From now until May the networks will decide which shows return next fall, and which "
     "will join {A}, {B} and {C} over at the MIA Network."),
    ("trade", "join_graveyard", "join", {"cancelled": "ABC"},
     "The three dramas will join {A}, {B} and {C} on the scrap heap after {N} pulled "
     "them this week."),
    # controls: the list is no list of shows
    ("trade", "join_the_cast", "control", {"cancelled": "", "renewed": "A"},
     "{N} has renewed \u201c{A}\u201d for a second season; Dana Holt and Mara Quell will "
     "join the cast over at the network's Lisbon studio."),
    ("wire", "join_network", "control", {"cancelled": ""},
     "Dana Holt, who starred in {A}, {B} and {C}, will join Tovrel over at its London "
     "office, the network said."),
    ("trade", "cast_list", "control", {"renewed": "A"},
     "{N} has renewed \u201c{A}\u201d for a second season, starring Dana Holt, Mara Quell "
     "and Ann Leary."),
    ("uk", "network_list", "control", {"cancelled": "A"},
     "\u201c{A}\u201d was cancelled, and Tovrel, Harrow and Vela passed on it too."),
    ("press", "city_list", "control", {"premiere": "A"},
     "\u201c{A}\u201d premieres in Lisbon, Havana and Oslo on June 5, 2027."),
    ("uk", "month_list", "control", {"renewed": "A"},
     "{N} has renewed \u2018{A}\u2019, which filmed in March, April and May."),
    ("fan", "people_with_show", "control", {"renewed": "A"},
     "Dana Holt, Mara Quell and \"{A}\" star Ann Leary cheered as {N} renewed \"{A}\"."),
]


PUBLISHED = dt.date(2026, 11, 2)


def outcome(cell: Cell) -> tuple[bool, dict[str, tuple[set[str], set[str]]]]:
    """(right, per checked kind the shows missed and the shows given it wrongly); the kind
    "title" is the titles the article keeps (its network aside)."""
    return slate_grid.outcome(cell, slate_grid.with_kept_titles(lambda t: t != NETWORK),
                              PUBLISHED)


def cells() -> Iterator[Cell]:
    return slate_grid.cells(PASSAGES, SHAPES)


def main() -> int:
    return grid_tally.run_found(
        cells(), lambda cell: outcome(cell)[1],
        lambda c, right, diff: f"{c.id}: {outcome(c)[1]} :: {c.body}", widths=(7, 12))


if __name__ == "__main__":
    raise SystemExit(main())
