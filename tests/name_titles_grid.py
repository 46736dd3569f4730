"""Titles that are names: a decision's list of them (round 41, r41names).

The name-swap evaluation (``scripts/swap_eval.py --mode titles-as-names``) renames the open
folds' titles to words that read as first names, places, holidays or calendar words: 0.880
against 0.946 plain. Its losses counted by cause (round 41's MEASUREMENTS) include lists a
decision governs whose items are mostly such names ("ABC has cancelled Hazel, Louis, Havana,
Rosa and The Weekend"): the list was read as one of people or places, because most of its
items look like names, and every item was lost. A decision's object is a show whatever its
name, so this grid writes lists of three names right after a decision's verb in trade, wire,
press-release, UK-press, fan-site and headline styles, over title shapes (first names,
places, a person's full name, a mix with "The"), and the controls: people whose contracts are
renewed, a cast list after a show, places a production cancels, a list of networks dropped,
a decision told in the passive before a list of people.

``python tests/name_titles_grid.py [-v]`` prints the counts (right, wrong) by house, shape and
axis. A cell is right when, for each kind it checks, the shows given that kind are exactly
the ones it wants ("!": must not give). All titles, networks and people are invented.
"""

from __future__ import annotations

from collections.abc import Iterator

import grid_tally
from slate_grid import Cell, outcome

#: Title triples: name -> (A, B, C).
SHAPES: dict[str, tuple[str, str, str]] = {
    "first_names": ("Hazel", "Louis", "Rosa"),
    "places": ("Havana", "Lisbon", "Denver"),
    "full_names": ("Ruby Hale", "Felix Marsh", "Agnes Crane"),
    "mixed_the": ("Marnie", "Geneva", "The Weekend"),
    "names_and_words": ("Otis", "Nairobi", "Salt Road"),
}

NETWORK = "Kestrel"

#: (house, name, axis, checks, body); templates take A, B, C (titles) and N (network).
PASSAGES: list[tuple[str, str, str, dict[str, str], str]] = [
    ("trade", "has_cancelled_three", "object_list", {"cancelled": "ABC"},
     "{N} has cancelled {A}, {B} and {C}, ending a difficult season for the network's "
     "scripted slate."),
    ("trade", "picked_up_three_seasons", "object_list", {"renewed": "ABC"},
     "{N} has picked up {A}, {B} and {C} for second seasons, the network said."),
    ("wire", "said_it_renewed", "object_list", {"renewed": "ABC"},
     "{N} said it had renewed {A}, {B} and {C}, its three most-watched dramas of the year."),
    ("press", "announced_renewed", "object_list", {"renewed": "ABC"},
     "{N} today announced that it has renewed {A}, {B} and {C} for the 2027 season."),
    ("uk", "axed_after_ratings", "object_list", {"cancelled": "ABC"},
     "{N} has axed {A}, {B} and {C} after a run of falling ratings."),
    ("fan", "just_cancelled", "object_list", {"cancelled": "ABC"},
     "So {N} just cancelled {A}, {B} and {C}. I am honestly devastated."),
    ("trade", "meanwhile_cancelled", "object_list", {"cancelled": "ABC"},
     "{N}, meanwhile, has cancelled {A}, {B} and {C}. The fate of Copper Vale remains up in "
     "the air."),
    ("wire", "dropped_after_one", "object_list", {"cancelled": "ABC"},
     "{N} has dropped {A}, {B} and {C} after one season each, a spokesperson said."),
    # controls: names a decision's list does not make shows
    ("trade", "contracts_of_people", "control", {"renewed": "!ABC"},
     "{N} has renewed the contracts of {A}, {B} and {C}, the hosts of its morning show."),
    ("trade", "cast_list_after_show", "control", {"renewed": "!ABC"},
     "{N} has renewed Copper Vale, starring {A}, {B} and {C}, for a third season."),
    ("wire", "shoot_cancelled_in_places", "control", {"cancelled": "!ABC"},
     "The production cancelled plans to shoot in {A}, {B} and {C} this spring."),
    ("press", "passive_then_people", "control", {"renewed": "!ABC"},
     "Copper Vale was renewed on Monday by {N}, whose chiefs {A}, {B} and {C} praised its "
     "writers."),
]

#: Controls read over fixed names: the titles they must not make shows (people, places,
#: networks) stand for A, B and C.
CONTROL_NAMES: dict[str, tuple[str, str, str]] = {
    "people": ("Dana Holt", "Sam Reyes", "Ana Li"),
    "first_names": ("Hazel", "Louis", "Rosa"),
}

#: (house, name, checks, body) over networks only: a list of networks a studio drops.
NETWORK_CONTROLS: list[tuple[str, str, dict[str, str], str]] = [
    ("trade", "networks_dropped", {"cancelled": "!ABC"},
     "The studio has dropped {A}, {B} and {C} as partners, its chief said."),
]
NETWORKS = ("Kestrel", "Tovrel", "Vantor")


def cells() -> Iterator[Cell]:
    for house, name, axis, checks, body in PASSAGES:
        shapes = CONTROL_NAMES if axis == "control" else SHAPES
        for shape, (a, b, c) in shapes.items():
            yield Cell(house, name, axis, tuple(sorted(checks.items())), shape,
                       body.format(A=a, B=b, C=c, N=NETWORK), (a, b, c))
    for house, name, checks, body in NETWORK_CONTROLS:
        a, b, c = NETWORKS
        yield Cell(house, name, "control", tuple(sorted(checks.items())), "networks",
                   body.format(A=a, B=b, C=c), NETWORKS)


def main() -> int:
    return grid_tally.run_found(
        cells(), lambda cell: outcome(cell)[1],
        lambda c, right, diff: f"{c.id}: {outcome(c)[1]} :: {c.body}")


if __name__ == "__main__":
    raise SystemExit(main())
