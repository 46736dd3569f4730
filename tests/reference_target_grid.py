"""A decision told of a show its sentence does not name: a generated grid (round 41,
r41refer).

Round 40's census of the sealed fold found 9 of 84 decision and premiere candidates going to
another show, 7 of them with the labelled show not named in the evidence sentence at all: the
decision is told of a reference ("the drama", "it", "the series", "the renewal") and a name
in the sentence, or the nearest one before it, took it. This grid writes such passages (two to
four sentences) in trade, wire, press-release, UK-press, fan-site and headline styles: a
reference after a sentence that itself opened on a reference and named another show only in
passing ("It was created by the team behind Lantern House"), a decision told as a noun opening
its sentence ("The renewal comes after Lantern House was cancelled"), references with a show
named in passing in the same sentence; with controls where the named show IS the one decided,
where the reference points to the last show named as a subject, where "both" refers to two
shows, where the noun is owned by the name after it ("The renewal of Lantern House").

Each passage is written over five title shapes. ``python tests/reference_target_grid.py [-v]``
prints the counts (right, missed, false) by axis, house and shape. A cell is right when, for
each kind it checks, the shows given that kind are exactly the ones it wants. All titles,
networks and people are invented.
"""

from __future__ import annotations

from collections.abc import Iterator

import grid_tally
from decision_target_grid import CODA, NETWORK, outcome
from slate_grid import Cell

#: Title triples: name -> (A, B, C).
SHAPES: dict[str, tuple[str, ...]] = {
    **grid_tally.title_shapes("words", "the_x", "one_word"),
    "number": ("Station 14", "Harbor 9", "Ward 22"),
    "colon": ("Ashford Lane: Nightfall", "Copper Vale: Origins", "Salt Road: Legacy"),
}

#: The first sentence: A brought in by its network and genre.
INTRO = "The {N} drama {A} follows three sisters in a harbour town. "

#: (house, name, axis, checks, body): checks maps a kind to the shows ("ABC" letters) it must
#: give exactly; templates take A, B, C (titles) and N (network).
PASSAGES: list[tuple[str, str, str, dict[str, str], str]] = [
    # a reference after a sentence that opened on a reference and named B only in passing
    ("trade", "created_by_team_behind", "carried", {"cancelled": "A"},
     INTRO + "It was created by the team behind {B}. The drama has been cancelled after two "
     "seasons."),
    ("wire", "network_renewed_the_drama", "carried", {"renewed": "A"},
     INTRO + "It was created by the team behind {B}. {N} has renewed the drama for a second "
     "season."),
    ("press", "pronoun_returns", "carried", {"premiere": "A"},
     INTRO + "It drew more viewers than {B} in its first week. It returns on June 4."),
    ("uk", "series_recommissioned", "carried", {"renewed": "A"},
     INTRO + "It shares a writers' room with {B}. The series has been recommissioned for a "
     "second run."),
    ("fan", "it_is_axed", "carried", {"cancelled": "A"},
     INTRO + "It aired right after {B} on Sundays. Sadly, it has been axed!"),
    ("trade", "show_wont_return", "carried", {"cancelled": "A"},
     INTRO + "Its pilot was shot on the same lot as {B}. The show will not return for a "
     "third season."),
    # a decision told as a noun opening its sentence, the other show named after it
    ("trade", "renewal_comes_after", "noun", {"renewed": "A"},
     INTRO + "The renewal comes after {B} was cancelled in March."),
    ("wire", "cancellation_follows", "noun", {"cancelled": "A"},
     INTRO + "The cancellation follows a year in which {B} drew twice its audience."),
    ("press", "surprise_renewal_arrives", "noun", {"renewed": "A"},
     INTRO + "The surprise renewal arrives a week after {B} wrapped its final season."),
    ("uk", "axing_comes_as", "noun", {"cancelled": "A"},
     INTRO + "The axing comes as {B} prepares for its third series."),
    ("fan", "news_of_renewal", "noun", {"renewed": "A"},
     INTRO + "News of the renewal came hours after the {B} finale aired!"),
    # references with another show in passing in the same sentence (read on the base)
    ("trade", "unlike_other_pronoun", "reference", {"renewed": "A"},
     INTRO + "Unlike {B}, it has been renewed for a second season."),
    ("wire", "slot_vacated", "reference", {"premiere": "A"},
     INTRO + "It premieres June 4 in the slot vacated by {B}."),
    ("uk", "with_other_gone", "reference", {"renewed": "A"},
     INTRO + "With {B} gone, {N} has recommissioned the drama for a second series."),
    ("headline", "headline_reference_aside", "reference", {"renewed": "A"},
     "{N} Renews {A} For Season 3 || The drama, which airs after {B}, will return for a "
     "third season in 2027."),
    # controls: the named show is the decided one; the reference is the last subject's;
    # "both"; the noun owned by the name after it; a reference's own name in apposition
    ("trade", "named_is_decided", "control", {"cancelled": "B"},
     INTRO + "It was created by the team behind {B}. {N} has cancelled {B} after two "
     "seasons."),
    ("wire", "last_subject_named", "control", {"renewed": "B"},
     INTRO + "{B}, a comedy about a farmer, follows it on Sundays. The comedy has been "
     "renewed for a second season."),
    ("press", "both_referred", "control", {"renewed": "AB"},
     INTRO + "{A} and {B} drew strong ratings this year. {N} has renewed both."),
    ("trade", "renewal_of_named", "control", {"renewed": "B"},
     INTRO + "The renewal of {B} comes after a strong first season."),
    ("uk", "reference_with_own_name", "control", {"cancelled": "B"},
     INTRO + "The comedy \u201c{B},\u201d which ran for two series, has also been axed."),
    ("fan", "reference_only", "control", {"renewed": "A"},
     INTRO + "It has been renewed for a second season!"),
    ("trade", "renewed_named_after_reference", "control", {"renewed": "A", "cancelled": "B"},
     INTRO + "It was renewed on Monday, a day after {N} cancelled {B}."),
]


def cells() -> Iterator[Cell]:
    for house, name, axis, checks, body in PASSAGES:
        for shape, (a, b, c) in SHAPES.items():
            yield Cell(house, name, axis, tuple(sorted(checks.items())), shape,
                       (body + CODA).format(A=a, B=b, C=c, N=NETWORK), (a, b, c))


def main() -> int:
    return grid_tally.run_found(
        cells(), lambda cell: outcome(cell)[1],
        lambda c, right, diff: f"{c.id}: {outcome(c)[1]} :: {c.body}",
        widths=(9, 12))


if __name__ == "__main__":
    raise SystemExit(main())
