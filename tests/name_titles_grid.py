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


#: A title with a calendar word at its edge, the article's own show, whose URL slug spells it
#: whole: name -> title.
SLUG_SHAPES: dict[str, str] = {
    "of_weekday": "The Ruby of Sunday",
    "to_season": "Summer To Vincent",
    "name_weekday": "Marnie Saturday",
    "on_weekday": "Naples on Saturday",
}

#: (house, name, axis, checks, body, slug tail): the article's URL is the title's slug then
#: the tail; templates take A (the title) and N (network).
SLUG_PASSAGES: list[tuple[str, str, str, dict[str, str], str, str]] = [
    ("trade", "renewed_for_season", "slug", {"renewed": "A"},
     "{N} has renewed {A} for a third season, the network said on Monday.",
     "renewed-season-3"),
    ("uk", "series_confirmed", "slug", {"renewed": "A"},
     "{A} will return for a second series, {N} has confirmed.", "series-2-confirmed"),
    ("fan", "begins_filming", "slug", {"filming_started": "A"},
     "Great news, everyone: filming for the third season of {A} began yesterday!",
     "begins-filming-season-3"),
    ("wire", "cancelled_after_two", "slug", {"cancelled": "A"},
     "{N} has cancelled {A} after two seasons, a spokesperson said.",
     "cancelled-after-two-seasons"),
    # controls: a weekday after the title is the decision's date where the slug does not
    # spell it with the title before a status word
    ("wire", "weekday_is_the_date", "control", {"renewed": "A"},
     "{N} renewed {A} Monday for a fourth season.", "renewed-season-4"),
    ("trade", "slug_weekday_at_end", "control", {"renewed": "A"},
     "{N} renews {A} Monday, the network said.", "renews-monday"),
]
#: The controls' titles: the weekday is no word of theirs.
SLUG_CONTROL_SHAPES: dict[str, str] = {"words": "Salt Road", "one_word": "Quillmarsh"}
SLUG_TAILS = {name: tail for _, name, _, _, _, tail in SLUG_PASSAGES}


def slug_url(cell: Cell) -> str:
    """The cell's URL: its title's slug and its passage's tail (or the grids' plain URL)."""
    if cell.name not in SLUG_TAILS:
        return "https://example.test/news/1"
    title = cell.titles[0].lower().replace(" ", "-")
    network = "kestrel-renews-" if cell.name == "slug_weekday_at_end" else ""
    return f"https://example.test/tv/{network}{title}-{SLUG_TAILS[cell.name]}"


def cells() -> Iterator[Cell]:
    for house, name, axis, checks, body in PASSAGES:
        shapes = CONTROL_NAMES if axis == "control" else SHAPES
        for shape, (a, b, c) in shapes.items():
            yield Cell(house, name, axis, tuple(sorted(checks.items())), shape,
                       body.format(A=a, B=b, C=c, N=NETWORK), (a, b, c))
    for house, name, axis, checks, body, _ in SLUG_PASSAGES:
        for shape, title in (SLUG_CONTROL_SHAPES if axis == "control" else SLUG_SHAPES).items():
            yield Cell(house, name, axis, tuple(sorted(checks.items())), shape,
                       body.format(A=title, N=NETWORK), (title,))
    for house, name, checks, body in NETWORK_CONTROLS:
        a, b, c = NETWORKS
        yield Cell(house, name, "control", tuple(sorted(checks.items())), "networks",
                   body.format(A=a, B=b, C=c), NETWORKS)


def main() -> int:
    return grid_tally.run_found(
        cells(), lambda cell: outcome(cell, url=slug_url(cell))[1],
        lambda c, right, diff: f"{c.id}: {outcome(c, url=slug_url(c))[1]} :: {c.body}")


if __name__ == "__main__":
    raise SystemExit(main())
