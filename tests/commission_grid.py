"""Renewals and cancellations in the British commissioning words: a generated grid (round 37,
r37decisions).

Round 37's census of the sealed fold found renewals whose show is named in a sentence holding a
word of the commissioning family ("commission", "order", "another series") with no renewal
candidate read there at all. This grid writes that family the way British and Irish press,
press releases and trade headlines write it: more of a show commissioned ("Kestrel has
commissioned more Salt Road", "a further six episodes of"), a run or outing given ("commissioned
for a second run"), another series there will be or got ("There is to be a third series of X",
"X gets another series"), a numbered season's order as a hyphened noun ("a second-series
commission"), a numbered season's order told alone in the past ("Series two of X was
commissioned by Ann Lee"), and the same refused ("will not commission further episodes of X").
Each wording is written over the four title shapes of ``decisions_grid`` and read where its house
puts it. ``python tests/commission_grid.py [-v]`` prints the counts. All titles, networks and
people are invented.
"""

from __future__ import annotations

from collections.abc import Iterator

from decisions_grid import NETWORK, SHAPES, Cell, report

#: (house, name, kind, template, placement), as in ``decisions_grid.WORDINGS``.
WORDINGS: list[tuple[str, str, str, str, str]] = [
    # British and Irish press
    ("uk", "commissioned_more", "renewed", "{N} has commissioned more {T}.", "body"),
    ("uk", "further_six_episodes", "renewed",
     "{N} has commissioned a further six episodes of {T}.", "body"),
    ("uk", "more_commissioned_headline", "renewed", "More {T} commissioned by {N}", "headline"),
    ("uk", "new_episodes_commissioned", "renewed",
     "New episodes of {T} have been commissioned by {N}.", "body"),
    ("uk", "commissioned_second_run", "renewed",
     "{T} has been commissioned for a second run.", "body"),
    ("uk", "recommissioned_further_outing", "renewed",
     "{T} has been recommissioned for a further outing.", "body"),
    ("uk", "there_will_be_another_series", "renewed",
     "There will be another series of {T}, the broadcaster has confirmed.", "body"),
    ("uk", "there_is_to_be_third_series", "renewed",
     "There is to be a third series of {T}.", "body"),
    ("uk", "gets_another_series", "renewed", "{T} gets another series", "headline"),
    ("uk", "to_get_further_series", "renewed",
     "{T} is to get a further series on {N}.", "body"),
    ("uk", "second_series_commission", "renewed",
     "{T} has received a second-series commission from {N}.", "body"),
    ("uk", "lands_second_series_commission", "renewed",
     "{T} lands second-series commission", "headline"),
    # press releases: the order told alone, in the past, with who commissioned it
    ("release", "series_two_commissioned_by", "renewed",
     "Series two of {T} was commissioned by Ann Lee, director of drama at {N}.", "body"),
    ("release", "possessive_series_commissioned", "renewed",
     "{T}'s second series was commissioned by Ann Lee for {N}.", "body"),
    ("release", "further_series_commissioned", "renewed",
     "{N} has commissioned further series of {T}.", "body"),
    # trade headlines, Title Case
    ("trade", "commissions_more", "renewed", "{N} Commissions More '{T}'", "headline"),
    ("trade", "handed_second_series_renewal", "renewed",
     "'{T}' Handed Second-Series Renewal By {N}", "headline"),
    ("trade", "commissioned_further_run", "renewed",
     "'{T}' Commissioned For Further Run At {N}", "headline"),
    # wire copy
    ("wire", "said_commissioned_further", "renewed",
     "{N} said on Tuesday it had commissioned further episodes of {T}.", "body"),
    ("wire", "said_commissioned_second_run", "renewed",
     "{N} said it had commissioned {T} for a second run.", "body"),
    # the same refused
    ("uk", "will_not_commission_further", "cancelled",
     "{N} will not commission further episodes of {T}.", "body"),
    ("uk", "decided_not_to_commission_more", "cancelled",
     "{N} has decided not to commission more {T}.", "body"),
    ("wire", "would_not_be_commissioning", "cancelled",
     "{N} said it would not be commissioning further series of {T}.", "body"),
    ("trade", "wont_commission_more_headline", "cancelled",
     "{N} Won't Commission More '{T}'", "headline"),
]


def cells() -> Iterator[Cell]:
    for house, name, kind, template, placement in WORDINGS:
        for shape, title in SHAPES.items():
            yield Cell(house, name, kind, shape, template.format(T=title, N=NETWORK),
                       placement, title)


def main() -> int:
    return report(cells())


if __name__ == "__main__":
    raise SystemExit(main())
