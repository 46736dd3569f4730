"""A show named in passing beside another show's news: a generated grid (round 38,
r38passing).

Round 37's census of the sealed false facts (MEASUREMENTS, "Round 37, false facts by the rule
that made them") found 8 given to names the article mentions in passing, and the same shape
loses hits: a subject named, then described in apposition, then its status. Each passage
names a subject show S with a status (renewed, cancelled, a premiere with its date, a shoot)
and a second show P in passing — a time anchor ("since P ended", "following P's finale"), what
S replaced ("which replaced P", "taking over from P"), P's old slot, a person's credit ("from
the creator of P"), a lineage ("the P spin-off"), or S described as its network's or a
person's ("Kestrel's new comedy") — in trade, wire, press-release, British-press and fan-site
styles, Title Case headlines too. A cell is right when its facts hold its kind on S and none
of its kind on P (a "both" cell: P's own status told too, both hold it).

``python tests/passing_grid.py [-v]`` prints the counts by kind, house and position. All
titles, networks and people are invented.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import grid_tally
from reference_grid import shows_of_kind

#: Title pairs: name -> (S, P).
SHAPES: dict[str, tuple[str, str]] = {
    "words": ("Glass Harbor", "Lantern House"),
    "the_x": ("The Copper Vale", "The Salt Road"),
    "numbered": ("Ward 13", "Precinct 9"),
}

NETWORK = "Kestrel"

#: (house, position, name, kind, wants, headline, body): wants "S" or "both"; templates take
#: S, P (titles) and N (network). A headline of "" stands for a plain section headline.
PASSAGES: list[tuple[str, str, str, str, str, str, str]] = [
    # a time anchor with its own ending
    ("trade", "time", "axed_since_ended", "cancelled", "S", "",
     "{N} has cancelled {S} after one season, the second Thursday drama axed since {P} "
     "ended."),
    ("wire", "time", "cancelled_since_wrapped_up", "cancelled", "S", "",
     "{N} said on Tuesday it had cancelled {S} after two seasons, the third drama it has "
     "cancelled since {P} wrapped up its run."),
    ("uk", "time", "axed_since_bowed_out", "cancelled", "S", "",
     "The BBC has axed {S} after two series, the latest drama to be axed since {P} bowed "
     "out."),
    ("fan", "time", "renewed_since_finale", "renewed", "S", "",
     "Great news: {N} has renewed {S} for a second season, the first drama renewed since "
     "{P}'s finale."),
    ("trade", "time", "renewed_after_ended", "renewed", "S", "",
     "{N} has renewed {S} for a second season, months after {P} ended."),
    ("press", "time", "premieres_after_finale", "premiere", "S", "",
     "{S} premieres March 4 on {N}, a week after {P}'s finale."),
    ("trade", "time", "filming_since_ended", "filming_started", "S", "",
     "{S} began filming its second season in Belfast, the first {N} drama to shoot there "
     "since {P} ended."),
    # what S replaced, P's old slot
    ("trade", "replaced", "cancelled_which_replaced", "cancelled", "S", "",
     "{N} has cancelled {S}, which replaced {P} on Thursdays, after one season."),
    ("wire", "replaced", "renewed_taking_over_from", "renewed", "S", "",
     "{N} has renewed {S}, taking over from {P} in the autumn, for a second season."),
    ("press", "slot", "premieres_old_slot", "premiere", "S", "",
     "{S} premieres March 4 on {N} in {P}'s old slot."),
    ("uk", "replaced", "axed_in_place_of", "cancelled", "S", "",
     "The BBC has axed {S}, the sitcom it commissioned in place of {P}, after two series."),
    # a credit, a lineage
    ("trade", "credit", "cancelled_from_creator_of", "cancelled", "S", "",
     "{S}, from the creator of {P}, has been cancelled after one season."),
    ("uk", "credit", "axed_from_makers_of", "cancelled", "S", "",
     "The BBC has axed {S}, the sitcom from the makers of {P}, after two series."),
    ("trade", "lineage", "spin_off_cancelled", "cancelled", "S", "",
     "{S}, the {P} spin-off, has been cancelled after one season."),
    ("fan", "lineage", "successor_renewed", "renewed", "S", "",
     "{N} has renewed {S}, a successor to {P}, for a second season."),
    # S described as its network's or a person's show
    ("trade", "owned", "network_new_comedy_cancelled", "cancelled", "S", "",
     "{S}, {N}'s new comedy, has been cancelled."),
    ("wire", "owned", "network_new_comedy_premieres", "premiere", "S", "",
     "{S}, {N}'s new comedy, premieres March 4."),
    ("uk", "owned", "person_latest_drama_axed", "cancelled", "S", "",
     "{S}, Ann Lee's latest drama, has been axed after one series."),
    ("fan", "owned", "its_first_drama_returns", "premiere", "S", "",
     "{S}, its first Irish drama, returns in September on {N}."),
    ("press", "owned", "network_drama_renewed", "renewed", "S", "",
     "{S}, {N}'s big Thursday drama, has been renewed for a second season."),
    # controls: P's own news told in the anchor, or P the subject
    ("trade", "control", "anchor_own_cancellation", "cancelled", "both", "",
     "{N} has cancelled {S} after one season; {P} was cancelled after two seasons in May."),
    ("wire", "control", "subject_renewed_anchor_premiered", "renewed", "S", "",
     "{N} renewed {S} for a second season after {P} premiered."),
    ("trade", "control", "headline_cancels", "cancelled", "S",
     "{N} Cancels {S} After One Season", "{N} has made its decision."),
]


@dataclass(frozen=True)
class Cell:
    house: str
    position: str
    name: str
    kind: str
    wants: str
    shape: str
    headline: str
    body: str
    shows: tuple[str, str]

    @property
    def id(self) -> str:
        return f"{self.kind}-{self.house}-{self.name}-{self.shape}"


def cells() -> Iterator[Cell]:
    for house, position, name, kind, wants, headline, body in PASSAGES:
        for shape, (s, p) in SHAPES.items():
            yield Cell(house, position, name, kind, wants, shape,
                       headline.format(S=s, P=p, N=NETWORK) or "TV news",
                       body.format(S=s, P=p, N=NETWORK), (s, p))


def outcome(cell: Cell) -> tuple[bool, set[str]]:
    """(right, false): the cell's kind on S (and on P for a "both" cell); the other shows
    given a fact of the cell's kind (read as ``reference_grid`` reads them, on its day)."""
    from monitor.extract.shows import normalise_title

    got = shows_of_kind(cell.headline, cell.body, cell.kind)
    want = {normalise_title(cell.shows[0])}
    if cell.wants == "both":
        want.add(normalise_title(cell.shows[1]))
    return want <= got, got - want


def main() -> int:
    return grid_tally.run(
        cells(), outcome,
        lambda c: (("kind", c.kind), ("house", c.house), ("where", c.position), ("all", "all")),
        lambda c, right, false: (f"{c.id}: {'missed' if not right else 'right'} "
                                 f"false={sorted(false)} :: {c.headline} || {c.body}"),
        widths=(6, 16))


if __name__ == "__main__":
    raise SystemExit(main())
