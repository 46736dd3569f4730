"""A return a network said, at a time that opens the sentence, would come is the renewal
(round 25, r25kinds; rule ``date.announced_plan_opens_sentence``).

"In March, Kestrel said Copper Wharf would return for a third season" gave a premiere dated
March (the renewal's trigger owned the opening time, and a return with a date is a premiere),
often with no renewal at all: the kind the labels keep is the renewal, the time the saying's.
A time opening the sentence right before a reporting verb is the announcement's; a decision
the saying told as ahead ("would", "was set to") takes it, read in the past, and stays a
decision. A day that opens the sentence before "will" ("On Monday, Kestrel said X will return")
now also dates the renewal (it had the publication month). The grid: opening times ×
reporters × return wordings × invented names; the controls are returns with their own time,
returns with no reporting verb, and past events told after a reporting verb.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of, normalised_rows

from monitor.extract.shows import normalise_title

PUBLISHED = dt.date(2031, 1, 10)
#: (opening time, the announcement's date read in the past from PUBLISHED)
FRONTS = [("In March", "2030-03"), ("Back in March", "2030-03"), ("Last March", "2030-03"),
          ("In March 2030", "2030-03"), ("Last year", "2030"), ("In November", "2030-11"),
          ("Earlier this month", "2031-01")]
SAYERS = ["Kestrel said", "Kestrel confirmed that", "the network announced that",
          "it was announced that", "Dana Holt told Variety that", "Tovrel revealed that"]
RETURNS = ["would return for a third season", "would be back for a third season",
           "would come back for a third season", "was set to return for a third season",
           "would be returning for a third season", "was going to return for a third season"]
SHOWS = ("Copper Wharf", "Nightjar")
#: The cells whose renewal takes the opening time as its date (the others keep the
#: publication month: "Back in March, the network announced" owns no date to the trigger).
DATED_FRONTS = ("In March", "In March 2030", "Last year", "In November", "Earlier this month")
DATED_SAYERS = ("Kestrel said", "Kestrel confirmed that", "Dana Holt told Variety that",
                "Tovrel revealed that")


def _rows(body: str) -> set[tuple[str, int | None, str, str | None]]:
    return {(normalise_title(f.show), f.season, f.kind, f.date)
            for f in facts_of(body, published=PUBLISHED)}


def _kinds(body: str) -> set[tuple[str, int | None, str]]:
    return normalised_rows(facts_of(body, published=PUBLISHED))


def _cells() -> list[tuple[str, str, str | None]]:
    cells = []
    for front, date in FRONTS:
        for sayer in SAYERS:
            for ret in RETURNS:
                for show in SHOWS:
                    dated = front in DATED_FRONTS and sayer in DATED_SAYERS
                    cells.append((f"{front}, {sayer} {show} {ret}.", show.lower(),
                                  date if dated else None))
    return cells


@pytest.mark.parametrize(("body", "show", "date"), _cells(), ids=[c[0] for c in _cells()])
def test_announced_return_is_the_renewal(body: str, show: str, date: str | None) -> None:
    assert _kinds(body) == {(show, 3, "renewed")}
    if date is not None:
        assert _rows(body) == {(show, 3, "renewed", date)}


@pytest.mark.parametrize(("body", "expected"), [
    # the return's own time dates its premiere
    ("In March, Kestrel said Copper Wharf would return for a third season in June.",
     {("copper wharf", 3, "renewed"), ("copper wharf", 3, "premiere")}),
    ("Kestrel said Copper Wharf would return for a third season in June.",
     {("copper wharf", 3, "renewed"), ("copper wharf", 3, "premiere")}),
    ("Copper Wharf will return for a third season in 2032.", {("copper wharf", 3, "premiere")}),
    # no reporting verb: the opening time is the return's
    ("In March, Copper Wharf will return for a third season.",
     {("copper wharf", 3, "premiere")}),
    ("In March, Copper Wharf returned for a third season.", {("copper wharf", 3, "premiere")}),
    # a reported day before "will" keeps the renewal
    ("On Monday, Kestrel said Copper Wharf will return for a third season.",
     {("copper wharf", 3, "renewed")}),
    # past events told after a reporting verb keep their kinds
    ("In March, Kestrel announced that Copper Wharf had been renewed for a third season.",
     {("copper wharf", 3, "renewed")}),
    ("In March, Kestrel said Copper Wharf had wrapped filming its third season.",
     {("copper wharf", 3, "filming_wrapped")}),
    ("In March, Kestrel said the third season of Copper Wharf would premiere in the fall.",
     {("copper wharf", 3, "premiere")}),
    # a sentence whose two kinds are both facts
    ("Kestrel renewed Copper Wharf for a third season, which premieres in June.",
     {("copper wharf", 3, "renewed"), ("copper wharf", 3, "premiere")}),
])
def test_controls(body: str, expected: set[tuple[str, int | None, str]]) -> None:
    assert _kinds(body) == expected
