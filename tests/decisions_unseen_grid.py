"""Decisions lost to the wrong show on unseen text: a generated grid (round 39, r39cancel).

Round 39's census of the sealed fold (counts only) split its missed and false renewals and
cancellations by stage: the largest share of both went through ``target.nearest_mention``
(six misses whose sentence named the labelled show and gave the decision to another, ten
false decisions given to a show the decision was not about), then titles never found. The
class built here is the decision whose object is not the nearest name: a described object
naming its show in apposition ("Kestrel renewed Salt Road but cancelled its other drama,
Copper Vale": ``target.apposed_object``, with title discovery keeping a name that ends its
sentence there) and an uncounted plural object whose shows a list names after a colon, a
dash or "including" ("Kestrel has renewed all of its Thursday comedies: Salt Road, Copper
Vale and Lantern House": ``target.plural_object_list``). Controls: a planned ending, a
decision about an unnamed other show, a denied decision, a past one retold, a plural with
no list.

Each passage is written over six title shapes. ``python tests/decisions_unseen_grid.py [-v]``
prints the counts (right, wrong) by house, shape and axis. A cell is right when, for each
kind it checks, the shows given that kind are exactly the ones it wants (or, after "!",
none of those). All titles, networks and people are invented.
"""

from __future__ import annotations

from collections.abc import Iterator

import grid_tally
from grid_tally import Cell
from slate_grid import outcome as outcome  # the round test reads it here

#: Title triples: name -> (A, B, C); the titles are quoted where the house quotes them.
SHAPES: dict[str, tuple[str, ...]] = {
    "words": ("Salt Road", "Copper Vale", "Lantern House"),
    **grid_tally.title_shapes("the_x", "one_word"),
    "number": ("Ward 13", "Route 9", "Station 40"),
    **grid_tally.title_shapes("possessive", "colon"),
}

NETWORK = "Kestrel"

#: (house, name, axis, checks, body): checks maps a kind to the shows ("ABC" letters) it must
#: give exactly, or after "!" the shows it must not give; templates take A, B, C (titles)
#: and N (network).
PASSAGES: list[tuple[str, str, str, dict[str, str], str]] = [
    # a described object naming its show in apposition
    ("trade", "renewed_but_cancelled_other_drama", "apposed",
     {"renewed": "A", "cancelled": "B"},
     "{N} renewed {A} for a third season but cancelled its other drama, {B}."),
    ("wire", "axed_thursday_comedy_after", "apposed", {"cancelled": "B"},
     "{N} said on Tuesday it had renewed {A} but axed its Thursday comedy, {B}, after two "
     "seasons of falling ratings."),
    ("press", "also_cancelled_another_of_its", "apposed", {"cancelled": "B", "renewed": "!B"},
     "{N} has renewed {A} for a second season. The network has also cancelled another of its "
     "dramas, {B}."),
    ("uk", "recommissioned_but_scrapped_other", "apposed", {"cancelled": "B"},
     "{N} has recommissioned {A} for a fourth series but scrapped its other Sunday-night "
     "drama, {B}."),
    ("fan", "sister_show_renewed", "apposed", {"cancelled": "A", "renewed": "B"},
     "Mixed news, folks: {N} cancelled {A} and renewed its sister show, {B}!"),
    ("trade", "longest_running_comedy", "apposed", {"cancelled": "B", "renewed": "A"},
     "{N} renewed {A} and cancelled the network's longest-running comedy, {B}."),
    ("headline", "headline_other_drama", "apposed", {"cancelled": "B"},
     "{N} Renews {A}, Cancels Its Other Drama, {B}"),
    # an uncounted plural object, its shows named in a list right after it
    ("trade", "all_thursday_comedies_colon", "plural_list", {"renewed": "ABC"},
     "{N} has renewed all of its Thursday comedies: {A}, {B} and {C}."),
    ("wire", "remaining_dramas_including", "plural_list", {"cancelled": "ABC"},
     "{N} said it had cancelled its remaining dramas, including {A}, {B} and {C}."),
    ("press", "returning_dramas_colon", "plural_list", {"renewed": "ABC"},
     "{N} today renewed all of its returning dramas: {A}, {B} and {C}."),
    ("uk", "saturday_comedies_dash", "plural_list", {"cancelled": "ABC"},
     "{N} has axed all of its Saturday-night comedies \u2014 {A}, {B} and {C}."),
    ("fan", "whole_comedy_lineup", "plural_list", {"renewed": "ABC"},
     "YES! {N} has renewed its entire comedy lineup: {A}, {B} and {C}!"),
    # controls: no decision for the named show
    ("trade", "planned_ending_of_other", "control", {"cancelled": ""},
     "{N} renewed {A} for a fifth and final season, and its other drama, {B}, will end "
     "with its third."),
    ("wire", "unnamed_other_show", "control", {"cancelled": ""},
     "{N} renewed {A} on Tuesday but cancelled its other drama after one season."),
    ("press", "denied_cancellation", "control", {"cancelled": ""},
     "{N} renewed {A} but has not cancelled its other drama, {B}, despite weak ratings."),
    ("uk", "past_decision_retold", "control", {"cancelled": "!A"},
     "{N} has recommissioned {A}. It had cancelled its other drama, {B}, in 2019."),
    ("fan", "other_show_no_name", "control", {"renewed": "!A"},
     "{N} cancelled {A}, then renewed its other comedy for a second season."),
    ("trade", "plural_compared", "control", {"renewed": ""},
     "{N} has renewed all of its Thursday comedies, unlike rivals {A} and {B}."),
    ("wire", "plural_denied", "control", {"renewed": ""},
     "{N} has not yet renewed all of its Thursday comedies: {A} and {B} are still waiting."),
]


def _quoted(house: str, title: str) -> str:
    """The press-release and wire houses quote titles; the others write them bare."""
    return f"\u201c{title}\u201d" if house in ("press",) else title


def cells() -> Iterator[Cell]:
    for house, name, axis, checks, body in PASSAGES:
        for shape, titles in SHAPES.items():
            a, b, c = (_quoted(house, t) for t in titles)
            yield Cell(house, name, axis, tuple(sorted(checks.items())), shape,
                       body.format(A=a, B=b, C=c, N=NETWORK), titles)


def main() -> int:
    return grid_tally.run_found(
        cells(), lambda cell: outcome(cell)[1],
        lambda c, right, diff: f"{c.id}: {outcome(c)[1]} :: {c.body}")


if __name__ == "__main__":
    raise SystemExit(main())
