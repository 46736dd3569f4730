"""A status word of a thing a show's name only qualifies — round 21 (issue 10, r21kinds).

A cancellation, a release or a shoot whose object or subject is an event, a work or
promotional material the show's name qualifies ("Tovrel cancelled Glass Harbor's premiere
party", "The Glass Harbor cast photos were released", "The cast began filming a promo") tells
the thing's status, not the show's: main gave the show a cancellation, a premiere or a shoot
for it. ``drop.show_named_as_modifier`` reads the trigger's object (a transitive word's only:
"returns with a two-night event" is how the show comes) and its subject. Controls (pass on main
too): the show itself as the object or subject, a return "with" an event, a renewal celebrated
"with a party", a finale's shoot. Every sentence and show is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of, rows

PUBLISHED = dt.date(2031, 5, 14)
SHOWS = ["Glass Harbor", "Nightjar", "The Quiet Orchard"]
CONTEXT = "{s} is a drama on Tovrel. "
THINGS = {
    "cancelled": ["Tovrel cancelled {s}'s season 2 premiere party.",
                  "Tovrel cancelled a {s} fan screening on Monday.",
                  "The {s} premiere party was cancelled on Monday.",
                  "The {s} table read has been cancelled.",
                  "Tovrel scrapped the {s} watch party on Monday."],
    "premiere": ["The {s} season 2 cast photos were released on Monday.",
                 "Tovrel released new {s} cast photos on Monday.",
                 "Tovrel released {s}'s season 2 trailer on Monday.",
                 "Tovrel debuted the {s} season 2 poster on Monday.",
                 "The {s} season 2 soundtrack was released on Monday."],
    "filming_started": ["The cast began filming a promo for season 2 of {s} on Monday.",
                        "The {s} cast started shooting a commercial for the second season on "
                        "Monday."],
    "filming_wrapped": ["The cast of {s} wrapped a photo shoot for the second season on "
                        "Monday."],
}
CASES = [(kind, sentence) for kind, sentences in THINGS.items() for sentence in sentences]
CONTROLS = [
    ("Tovrel cancelled {s} after two seasons.", "cancelled"),
    ("{s} season 2 premieres June 4.", "premiere"),
    ("{s} returns with a two-night event on June 4.", "premiere"),
    ("Filming on {s} season 2 began in March.", "filming_started"),
    ("{s}'s season 2 renewal was celebrated with a party on Monday.", "renewed"),
    ("Filming on the {s} season 2 finale wrapped on Monday.", "filming_wrapped"),
    ("Tovrel renewed its game show {s} for a third season.", "renewed"),
]


def _kinds(body: str, show: str) -> set[str]:
    return {r[2] for r in rows(facts_of(CONTEXT.format(s=show) + body.format(s=show), "",
                                        PUBLISHED))}


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize(("kind", "sentence"), CASES,
                         ids=[f"{k}-{i}" for i, (k, _) in enumerate(CASES)])
def test_a_things_status_is_not_the_shows(kind: str, sentence: str, show: str) -> None:
    assert kind not in _kinds(sentence, show)


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize(("sentence", "kind"), CONTROLS,
                         ids=[k for _, k in CONTROLS])
def test_the_shows_own_status_stays(sentence: str, kind: str, show: str) -> None:
    assert kind in _kinds(sentence, show)
