"""Titles in plain body text that nothing proposed: a network's reference in the possessive
(round 41, r41body).

Round 40's census of the sealed fold found 8 labelled titles written in the body that no
structural cue ever proposed; round 41's (counts only) found the first mention of 5 of them
right after a possessive, most written once and followed by a comma. A network's possessive
("Kestrel's Copper Vale") or a person's already proposes the name after it; a story that
points back to the network by its kind ("the network's Copper Vale", "the streamer's",
"the premium cabler's") proposed nothing, so a sentence with no decision word of its own
lost the title, and the decision told before it ("Kestrel has renewed its fishing drama")
found no show. ``showwords.REFERRING_POSSESSIVE_BEFORE_RE`` (rule
``title.keep.referring_owner``) proposes it; the name is validated as any span.

Controls: after the same possessives, a day, a month, a place, a role, a person's name, and
a word that opens a sentence. A cell is right when each kind it checks goes exactly to the
shows it wants (or, after "!", to none of them); the pseudo-kind "title" is the article's
kept titles that touch the cell's own (contain one or sit inside one).
``python tests/body_titles_grid.py [-v]``. All titles, networks and people are invented.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import grid_tally
import slate_grid
from grid_tally import Cell

NETWORK = "Kestrel"

#: The network's reference in the possessive: name -> words (capitalised where they open a
#: sentence).
REFERENCES: dict[str, str] = {
    "network": "the network's",
    "streamer": "the streamer's",
    "cabler": "the premium cabler's",
    "broadcaster": "the public broadcaster's",
    "channel": "the channel's",
    "service": "the streaming service’s",
}

#: Title shapes: name -> title.
TITLES: dict[str, str] = {
    "words": "Copper Vale",
    "one_word": "Quillmarsh",
    "the_x": "The Glass Orchard",
    "of_inside": "Keeper of Bells",
    "number": "Ward 13",
    "colon": "Salt Road: Origins",
    "amp": "Salt & Pepper",
}

#: (house, name, axis, checks, headline, body): {R} the reference's possessive, {A} the title
#: (the only place the article names it), {N} the network. The decision is told of a show
#: the sentence does not name; the title's sentence has no cue of its own.
PASSAGES: list[tuple[str, str, str, dict[str, str], str, str]] = [
    ("trade", "renewed_before", "referring_owner", {"title": "A", "renewed": "A"},
     "TV news",
     "{N} has renewed its fishing drama for a third season. {R} {A}, which follows two "
     "sisters on the coast, drew 2.1 million viewers in its second run."),
    ("wire", "cancelled_before", "referring_owner", {"title": "A", "cancelled": "A"},
     "TV news",
     "{N} has cancelled the comedy after one season, a spokesperson said on Monday. {R} {A}, "
     "from Dana Holt, drew few viewers."),
    ("uk", "recommissioned_before", "referring_owner", {"title": "A"},
     "TV news",
     "{N} has recommissioned its costume drama for a fourth series. {R} {A}, set in 1920s "
     "Bristol, drew an average of 5 million viewers across its third run."),
    ("fan", "hit_named", "referring_owner", {"title": "A"},
     "TV news",
     "Great news, folks! {R} {A}, the cosy mystery everyone has been talking about, was the "
     "most watched show of the year."),
    ("press", "created_by", "referring_owner", {"title": "A"},
     "TV news",
     "{N} today announced its autumn slate. {R} {A}, created by Dana Holt, stars Mira Stone "
     "as a ferry captain."),
    ("headline", "headline_told", "referring_owner", {"title": "A"},
     "{N} Orders Third Season Of Its Fishing Drama",
     "{R} {A}, which follows two sisters on the coast, drew 2.1 million viewers in its "
     "second run."),
]

#: Controls: (house, name, checks, body): {C} the near-miss after the same possessive.
CONTROLS: list[tuple[str, str, str, str]] = [
    ("trade", "day", "Thursday",
     "{N} has renewed Copper Vale for a third season. {R} {C} lineup drew 4 million "
     "viewers."),
    ("wire", "month", "January",
     "{N} has renewed Copper Vale for a third season. {R} {C} schedule is full, a "
     "spokesperson said."),
    ("uk", "place", "Los Angeles",
     "{N} has recommissioned Copper Vale for a fourth series. {R} {C} office confirmed the "
     "news on Thursday."),
    ("press", "role", "Head of Drama",
     "{N} today announced a third season of Copper Vale. {R} {C}, Mira Stone, said the "
     "series had found its audience."),
    ("trade", "person", "Dana Holt",
     "{N} has renewed Copper Vale for a third season. {R} president {C} said the drama had "
     "found its audience."),
]

HOUSES = ("trade", "wire", "uk", "fan", "press", "headline")


def _sentence(text: str) -> str:
    """The text with each sentence's first letter capitalised (a reference may open one)."""
    out = []
    for part in text.split(". "):
        out.append(part[:1].upper() + part[1:])
    return ". ".join(out)


def cells() -> Iterator[Cell]:
    for house, name, axis, checks, headline, body in PASSAGES:
        for ref_name, ref in REFERENCES.items():
            for shape, title in TITLES.items():
                fill = {"A": title, "N": NETWORK, "R": ref}
                yield Cell(house, name, axis, tuple(sorted(checks.items())),
                           f"{ref_name}-{shape}", _sentence(body.format(**fill)),
                           (title, "", ""), headline=headline.format(**fill))
    for house, name, near, body in CONTROLS:
        for ref_name, ref in REFERENCES.items():
            fill = {"C": near, "N": NETWORK, "R": ref}
            yield Cell(house, name, "control", (("title", "!C"),), f"{ref_name}-near_miss",
                       _sentence(body.format(**fill)), ("", "", near), headline="TV news")


PUBLISHED = dt.date(2026, 11, 2)


def _touches(title: str, own: tuple[str, ...]) -> bool:
    low = title.lower()
    return any(t and (t.lower() in low or low in t.lower()) for t in own)


def outcome(cell: Cell) -> tuple[bool, dict[str, tuple[set[str], set[str]]]]:
    """(right, per checked kind the shows missed and the shows given it wrongly), with the
    kept titles that touch the cell's own read as facts of the kind "title"."""
    return slate_grid.outcome(
        cell, slate_grid.with_kept_titles(lambda title: _touches(title, cell.titles)), PUBLISHED)


def main() -> int:
    return grid_tally.run_found(
        cells(), lambda cell: outcome(cell)[1],
        lambda c, right, diff: f"{c.id}: {outcome(c)[1]} :: {c.headline} :: {c.body}",
        widths=(16, 24),
        axes=lambda c: (("axis", c.axis), ("name", c.name), ("shape", c.shape.split("-")[-1]),
                        ("reference", c.shape.split("-")[0]), ("all", "all")))


if __name__ == "__main__":
    raise SystemExit(main())
