"""Titles that are one calendar word, in a list a decision governs (round 41, r41names2).

The name-swap evaluation's titles-as-names mode renames titles to words that read as first
names, places, holidays and calendar words. Traced by cause on seeds 1-3 (round 41's
MEASUREMENTS, r41names2), the largest class of swapped titles never proposed as a mention is
a title holding a calendar word (a weekday, a month, a season of the year, a holiday); 16 of
them are that word alone, often an item of a list a decision governs ("killed off A,
Winter ... and Easter", "have renewed ... Saturday"). Such a word is cut as the sentence's
time, and the list, broken at it, loses its later items too ("Kestrel has renewed Salt Road,
Winter and Copper Vale" gave Salt Road only). A decision's list names shows: its lone
calendar word is one of them. This grid writes lists of three titles, the middle one a
calendar word, as a decision's object or its subject, in trade, wire, press-release, UK-press
and fan-site styles over the shared title shapes; controls: a weekday or month that is the
decision's date after or before the list, a month before a subject, a list no decision
governs.

``python tests/name_titles2_grid.py [-v]`` prints the counts (right, wrong) by house, shape
and axis. A cell is right when, for each kind it checks, the shows given that kind are exactly
the ones it wants ("!": must not give). All titles and networks are invented.
"""

from __future__ import annotations

from collections.abc import Iterator

import grid_tally
from slate_grid import Cell, outcome

#: The calendar word each shared shape's list holds as its middle item.
CALENDAR = {"words": "Winter", "the_x": "Friday", "one_word": "October",
            "possessive": "Easter", "colon": "Sunday"}
#: Title triples: shape -> (A, the calendar word, C).
SHAPES: dict[str, tuple[str, ...]] = {
    name: (titles[0], CALENDAR[name], titles[2])
    for name, titles in grid_tally.title_shapes(*CALENDAR).items()}
#: The controls' shapes: the calendar word is one a date can be (a weekday, a month).
CONTROL_SHAPES = ("the_x", "one_word", "colon")

NETWORK = "Kestrel"

#: (house, name, axis, checks, body); templates take A, B, C (titles) and N (network).
PASSAGES: list[tuple[str, str, str, dict[str, str], str]] = [
    ("trade", "has_renewed_three", "object", {"renewed": "ABC"},
     "{N} has renewed {A}, {B} and {C} for new seasons, the network said."),
    ("wire", "said_it_cancelled", "object", {"cancelled": "ABC"},
     "{N} said it had cancelled {A}, {B} and {C}, its three lowest-rated dramas."),
    ("press", "announced_renewed", "object", {"renewed": "ABC"},
     "{N} today announced it has renewed {A}, {B} and {C} for the 2027 season."),
    ("uk", "has_axed", "object", {"cancelled": "ABC"},
     "{N} has axed {A}, {B} and {C} after a run of falling ratings."),
    ("fan", "has_cancelled", "object", {"cancelled": "ABC"},
     "Ugh, {N} has cancelled {A}, {B} and {C}. I am not okay."),
    ("trade", "have_been_renewed", "subject", {"renewed": "ABC"},
     "{A}, {B} and {C} have been renewed by {N}, the network said."),
    ("wire", "were_cancelled", "subject", {"cancelled": "ABC"},
     "{A}, {B} and {C} were cancelled by {N} on Thursday."),
    ("fan", "all_renewed", "subject", {"renewed": "ABC"},
     "{A}, {B} and {C} have all been renewed for second seasons!"),
    # controls: the calendar word is the date, or no decision governs the list
    ("trade", "date_after_list", "control", {"renewed": "!B"},
     "{N} renewed {A}, Ashford Lane and {C} on {B}, the network said."),
    ("wire", "date_before_list", "control", {"renewed": "!B"},
     "On {B}, {N} renewed {A}, Ashford Lane and {C} for new seasons."),
    ("uk", "date_first_in_subject", "control", {"renewed": "!B"},
     "In {B}, {A}, Ashford Lane and {C} were renewed by {N}."),
    ("press", "premiere_month_before", "control", {"renewed": "!B"},
     "Following its premiere in {B}, {A} was renewed for a second season."),
    ("fan", "no_decision", "control", {"renewed": "!B", "cancelled": "!B"},
     "I watched {A}, {B} and {C} this weekend and loved every minute."),
]


def cells() -> Iterator[Cell]:
    for house, name, axis, checks, body in PASSAGES:
        for shape, (a, b, c) in SHAPES.items():
            if axis == "control" and shape not in CONTROL_SHAPES:
                continue
            yield Cell(house, name, axis, tuple(sorted(checks.items())), shape,
                       body.format(A=a, B=b, C=c, N=NETWORK), (a, b, c))


def main() -> int:
    return grid_tally.run_found(
        cells(), lambda cell: outcome(cell)[1],
        lambda c, right, diff: f"{c.id}: {outcome(c)[1]} :: {c.body}")


if __name__ == "__main__":
    raise SystemExit(main())
