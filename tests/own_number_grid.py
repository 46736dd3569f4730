"""A title that ends in its own number: a generated grid (round 39, r39numbers).

Three round-39 branches (r39cancel, r39story, r39dates) left the same class: a bare title
ending in a number, with no season phrase beside it, read as the show's season ("Kestrel
cancelled Route 9." gave Route, season 9; "the Dock 7 set" gave Dock). The reading built
(``title.span.never_bare_number``, ``shows._never_bare``): a number of 1 to 39 right after a
name is the title's own when the article (headline and body) never writes that name without
that number. The open devset agrees: its "Show 5" for a fifth season writes the show alone
elsewhere every time; its "Station 19", "Avenue 5", "Lucky 7" never do.

This grid writes the class in trade, wire, press-release, UK-press, fan-site and headline
styles (decisions, premieres, shoots, a headline's season) over six title shapes, with
controls where the number stays the season: "renewed X for season 9", "X 4 wrapped ... X
returns", "X 2 premieres ... the second season of X" (the name alone elsewhere), a headline's
"X 3 Wraps Filming" over a body that names X alone. ``python tests/own_number_grid.py [-v]``
prints the counts by axis, house and shape. A cell is right when, for each kind it checks,
the (show, season) pairs are exactly the ones it wants (a season of None: any season). All
titles, networks and people are invented.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import grid_tally

#: Title shapes: name -> (the title with its own number, the name without it).
SHAPES: dict[str, tuple[str, str]] = {
    "one_word": ("Route 9", "Route"),
    "two_digits": ("Ward 13", "Ward"),
    "words": ("Copper Vale 4", "Copper Vale"),
    "the_x": ("The Night Ferry 3", "The Night Ferry"),
    "possessive": ("Maren's Ward 8", "Maren's Ward"),
    "colon": ("Ashford Lane: Precinct 2", "Ashford Lane: Precinct"),
}

#: (house, name, axis, want, headline, body): want maps a kind to (letter, season) pairs it
#: must give exactly: "A" the numbered title, "B" the name alone; the templates take A and B.
PASSAGES: list[tuple[str, str, str, dict[str, tuple[tuple[str, int | None], ...]], str, str]] = [
    ("trade", "cancelled_at_end", "decision", {"cancelled": (("A", None),)},
     "Kestrel news",
     "Kestrel has cancelled {A}. The network made the call on Tuesday."),
    ("wire", "renewed_said", "decision", {"renewed": (("A", None),)},
     "Tovrel renews drama",
     "LOS ANGELES (Wire) — Tovrel has renewed {A}, the network said on Monday."),
    ("uk", "axed_after_one_series", "decision", {"cancelled": (("A", None),)},
     "Drama axed",
     "{A} has been axed by Channel Nine after one series. Fans are furious."),
    ("trade", "renewed_for_a_second_season", "decision", {"renewed": (("A", 2),)},
     "Kestrel renews drama",
     "Kestrel has renewed {A}, which drew big numbers, for a second season."),
    ("press", "will_premiere_on", "premiere", {"premiere": (("A", None),)},
     "Kestrel announces date",
     "{A} will premiere on Kestrel on Thursday, March 4, 2027, the network announced today."),
    ("fan", "premiere_date_set", "premiere", {"premiere": (("A", None),)},
     "OMG",
     "It's official: the drama {A} premieres on Tovrel on June 12, 2027!"),
    ("uk", "started_filming", "shoot", {"filming_started": (("A", None),)},
     "Kestrel news",
     "{A} has started filming in Leeds, Kestrel confirmed on Monday."),
    ("fan", "wrap_post", "shoot", {"filming_wrapped": (("A", None),)},
     "Dana Holt says goodbye",
     "So sad!! {A} has wrapped filming, Dana Holt posted on Friday."),
    ("headline", "headline_renews", "headline", {"renewed": (("A", None),)},
     "Kestrel Renews {A}",
     "{A} will be back, Kestrel said on Friday. The drama drew big numbers."),
    ("headline", "headline_season_shape", "headline", {"premiere": (("A", 2),)},
     "Kestrel Pushes {A} Season 2 From March To June",
     "Kestrel gave no reason for the change to {A}."),
    # controls: the number is the season (a season noun, or the name alone elsewhere)
    ("trade", "control_for_season_n", "control", {"renewed": (("B", 9),)},
     "Kestrel renews drama",
     "Kestrel has renewed {B} for season 9, the network said on Monday."),
    ("uk", "control_name_alone_after", "control", {"filming_wrapped": (("B", 4),)},
     "Drama wraps",
     "{B} 4 wrapped filming in Leeds on Friday. {B} returns to Kestrel next year."),
    ("press", "control_second_season_of", "control", {"premiere": (("B", 2),)},
     "Kestrel sets date",
     "{B} 2 premieres on Kestrel on May 4, 2027. The second season of {B} picks up a year "
     "later."),
    ("headline", "control_headline_name_alone", "control", {"filming_wrapped": (("B", 3),)},
     "{B} 3 Wraps Filming",
     "Cameras stopped rolling on {B} on Friday, Kestrel said."),
]


@dataclass(frozen=True)
class Cell:
    house: str
    name: str
    axis: str
    want: tuple[tuple[str, tuple[tuple[str, int | None], ...]], ...]
    shape: str
    headline: str
    body: str
    titles: tuple[str, str]

    @property
    def id(self) -> str:
        return f"{self.axis}-{self.house}-{self.name}-{self.shape}"


def cells() -> Iterator[Cell]:
    for house, name, axis, want, headline, body in PASSAGES:
        for shape, (a, b) in SHAPES.items():
            values = {"A": a, "B": b}
            yield Cell(house, name, axis, tuple(sorted(want.items())), shape,
                       headline.format(**values), body.format(**values), (a, b))


PUBLISHED = dt.date(2026, 6, 9)

Pair = tuple[str, int | None]


def outcome(cell: Cell) -> tuple[bool, dict[str, tuple[set[Pair], set[Pair]]]]:
    """(right, per checked kind the (show, season) pairs missed and those given wrongly)."""
    from monitor.extract.facts import extract_facts
    from monitor.extract.shows import normalise_title
    from monitor.models import Article

    article = Article(url="https://example.test/news/1", title=cell.headline,
                      text=f"{cell.headline}\n\n{cell.body}", published=PUBLISHED)
    facts = extract_facts(article)
    diff = {}
    for kind, pairs in cell.want:
        want = {(normalise_title(cell.titles["AB".index(letter)]), season)
                for letter, season in pairs}
        got = {(normalise_title(f.show), f.season) for f in facts if f.kind == kind}
        seasons = {show: season for show, season in want}
        # a season of None in the want takes any season the fact gives
        got = {(show, None) if show in seasons and seasons[show] is None else (show, season)
               for show, season in got}
        diff[kind] = (want - got, got - want)
    return all(not missed and not false for missed, false in diff.values()), diff


def main() -> int:
    return grid_tally.run_found(
        cells(), lambda cell: outcome(cell)[1],
        lambda c, right, diff: f"{c.id}: {outcome(c)[1]} :: {c.headline} / {c.body}",
        widths=(6, 28))


if __name__ == "__main__":
    raise SystemExit(main())
