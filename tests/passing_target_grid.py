"""A decision whose sentence names a show only in passing: a generated grid (round 41,
r41passing).

r41refer's census of the sealed fold found 7 decision/premiere candidates sent to a show named
in their own sentence while the labelled show was not named there at all: 3 of the names
stood after a preposition ("after", "following", "than", "like", "from the makers of"), and 4
of the 7 sentences had no referring word. This grid writes such passages in trade, wire,
press-release, UK-press, fan-site and headline styles: a decision with no object of its own
whose only name follows a preposition of time, comparison or origin, or stands in an aside;
with controls where the name after the preposition IS the decided one, where a network renews
a named show after something else, a list, a passive with its agent.

Each passage is written over ``reference_target_grid``'s five title shapes.
``python tests/passing_target_grid.py [-v]`` prints the counts (right, missed, false) by
axis, house and shape. All titles, networks and people are invented.
"""

from __future__ import annotations

from collections.abc import Iterator

import grid_tally
import slate_grid
from decision_target_grid import CODA, outcome
from reference_target_grid import INTRO, SHAPES
from slate_grid import Cell

#: (house, name, axis, checks, body): checks maps a kind to the shows ("ABC" letters) it must
#: give exactly; templates take A, B, C (titles) and N (network).
PASSAGES: list[tuple[str, str, str, dict[str, str], str]] = [
    # a decision with no object of its own, its only name after a passing preposition
    ("trade", "network_ordered_following", "passing", {"renewed": "A"},
     INTRO + "{N} has ordered a second season, following the success of {B}'s debut."),
    ("wire", "renewed_after_surge_than", "passing", {"renewed": "A"},
     INTRO + "It was renewed for a third season after a ratings surge that outpaced {B}."),
    ("press", "series_from_makers_returns", "passing", {"premiere": "A"},
     INTRO + "The series, from the makers of {B}, returns on June 4."),
    ("uk", "like_before_it_axed", "passing", {"cancelled": "A"},
     INTRO + "Like {B} before it, the drama has been axed after one series."),
    ("fan", "biggest_hit_since", "passing", {"renewed": "A"},
     INTRO + "It is {N}'s biggest hit since {B}. A second season is on the way, renewed "
     "on Monday!"),
    ("headline", "headline_no_subject", "passing", {"renewed": "A"},
     "{N} Renews {A} || Renewed for a third season after a ratings surge that outpaced {B}, "
     "the drama returns in 2027."),
    ("trade", "renewal_two_weeks_after", "passing", {"renewed": "A"},
     INTRO + "{N} renewed the drama on Monday, two weeks after {B} was cancelled."),
    ("wire", "ordered_days_after_wrapped", "passing", {"renewed": "A"},
     INTRO + "A second season was ordered on Monday, days after {B} wrapped."),
    ("press", "ordered_after_outdrew", "passing", {"renewed": "A"},
     INTRO + "{N} has ordered a second season after it outdrew {B} in its first week."),
    ("uk", "axed_like_before_it", "passing", {"cancelled": "A"},
     INTRO + "{N} has cancelled the drama after one series, like {B} before it."),
    ("fan", "opening_following_success", "passing", {"renewed": "A"},
     INTRO + "Following the success of {B}'s debut, {N} has ordered a second season!"),
    # controls: the name after the preposition is decided; a network renews a named show
    ("trade", "cancelled_after_own_finale", "control", {"cancelled": "B"},
     "{N} has cancelled {B} after its finale drew a record low."),
    ("wire", "network_renewed_named_after", "control", {"renewed": "B"},
     INTRO + "{N} renewed {B} after its finale."),
    ("press", "list_renewed", "control", {"renewed": "AB"},
     INTRO + "{N} has renewed {A} and {B} for new seasons."),
    ("uk", "passive_with_agent", "control", {"cancelled": "B"},
     INTRO + "{B} has been axed by {N} after two series."),
    ("headline", "headline_names_passing_show", "control", {"cancelled": "B"},
     "{N} Cancels {B} After One Season || {N} has cancelled {B} after one season, a week "
     "after renewing {A}."),
    ("fan", "renewed_after_other_cancelled", "control", {"renewed": "B", "cancelled": "A"},
     INTRO + "{B} was renewed on Monday, a day after {N} cancelled {A}!"),
]


def cells() -> Iterator[Cell]:
    return slate_grid.cells(PASSAGES, SHAPES, CODA)


def main() -> int:
    return grid_tally.run_found(
        cells(), lambda cell: outcome(cell)[1],
        lambda c, right, diff: f"{c.id}: {outcome(c)[1]} :: {c.body}",
        widths=(9, 12))


if __name__ == "__main__":
    raise SystemExit(main())
