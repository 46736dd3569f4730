"""Title-case headlines: which capitalised run is the show (round 39, r39headcase).

In a headline whose words are all capitalised, capitalisation says nothing: "Kestrel Cancels
Its Other Drama, Copper Vale" made "Its Other Drama" a show ("Other Drama", cancelled), and
the apposed name after it ("Copper Vale") was no candidate at all. The reading built
(``shows._without_headline_determiner``, ``title.span.headline_determiner``): a run of a
title-case headline that a determiner opens ("Its", "Their", "Another", "Other", "The
Network's") is the headline's description unless the body writes it whole or the headline
quotes it; and the name in apposition to such a described object at the headline's end is
the decision's object, as in a body sentence (``target.apposed_object``).

Each headline is read over a body in one of four press styles (trade, wire, fan, UK) and
six title shapes; the same apposition in a sentence-case headline is read too. Controls: a
title the body writes whole that opens with "Another"; a title the headline quotes. A cell
is right when each kind it checks goes exactly to the shows it wants (or, after "!", to none
of them) and no show is given a description's words. ``python tests/headcase_grid.py [-v]``.
All titles, networks and people are invented.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import grid_tally
import slate_grid
from grid_tally import Cell

#: Title pairs: name -> (A, B).
SHAPES: dict[str, tuple[str, ...]] = {
    "words": ("Salt Road", "Copper Vale"),
    **grid_tally.title_shapes("one_word", "the_x", titles=2),
    "numbered": ("Ward 13", "Lantern House 2049"),
    **grid_tally.title_shapes("possessive", "colon", titles=2),
}

NETWORK = "Kestrel"

#: The bodies: house -> a body that names neither show (the headline alone tells them).
BODIES: dict[str, str] = {
    "trade": "{N} made the decisions on Tuesday after a season of falling ratings, a network "
             "spokesperson confirmed to Trade Daily.",
    "wire": "{N} said on Monday that the decisions followed a review of the network's drama slate, "
            "according to a statement.",
    "fan": "We are heartbroken, folks. The network broke the news on Friday night and fans "
           "are already planning a campaign.",
    "uk": "The broadcaster confirmed the news on Thursday, a spokesperson for the network "
          "told reporters in London.",
}

#: (name, axis, checks, headline, body): the body is ``BODIES[house]`` when None, else its
#: own template; checks map a kind to the letters it must give exactly ("!A": never A).
HEADLINES: list[tuple[str, str, dict[str, str], str, str | None]] = [
    ("renews_cancels_its_other", "determiner", {"renewed": "A", "cancelled": "B"},
     "{N} Renews {A}, Cancels Its Other Drama, {B}", None),
    ("cancels_its_other", "determiner", {"cancelled": "B"},
     "{N} Cancels Its Other Drama, {B}", None),
    ("axes_their_comedy", "determiner", {"cancelled": "B"},
     "{N} Axes Their Thursday Comedy, {B}", None),
    ("network_s_other", "determiner", {"cancelled": "B", "renewed": "A"},
     "{N} Renews {A}, Cancels The Network's Other Drama, {B}", None),
    ("renews_another", "determiner", {"renewed": "B"},
     "{N} Renews Another Of Its Dramas, {B}", None),
    # controls
    ("quoted_in_headline", "control", {"cancelled": "B"},
     "{N} Cancels \u2018{B}\u2019", None),
    # the same in a sentence-case headline: no determiner's run to drop, the apposed name read
    ("sentence_case", "apposed", {"cancelled": "B", "renewed": "A"},
     "{N} renews {A}, cancels its other drama, {B}", None),
    ("body_writes_another_title", "control", {"renewed": "C"},
     "{N} Renews Another Life",
     "{N} said Another Life would return for a second season in the spring."),
]

#: A title the body writes whole that opens with a determiner (``body_writes_another_title``).
OWN_TITLE = "Another Life"

HOUSES = tuple(BODIES)


def cells() -> Iterator[Cell]:
    for name, axis, checks, headline, own_body in HEADLINES:
        for house in HOUSES:
            for shape, (a, b) in SHAPES.items():
                if own_body is not None and shape != "words":
                    continue  # a control of one title: once per house
                fill = {"A": a, "B": b, "N": NETWORK}
                body = (own_body or BODIES[house]).format(**fill)
                yield Cell(house, name, axis, tuple(sorted(checks.items())), shape, body,
                           (a, b, OWN_TITLE), headline=headline.format(**fill))


PUBLISHED = dt.date(2026, 11, 2)


def outcome(cell: Cell) -> tuple[bool, dict[str, tuple[set[str], set[str]]]]:
    """(right, per checked kind the shows missed and the shows given it wrongly) of the
    cell's headline over its body."""
    return slate_grid.outcome(cell, published=PUBLISHED)


def main() -> int:
    return grid_tally.run_found(
        cells(), lambda cell: outcome(cell)[1],
        lambda c, right, diff: f"{c.id}: {outcome(c)[1]} :: {c.headline} :: {c.body}")


if __name__ == "__main__":
    raise SystemExit(main())
