"""A name that qualifies the show after it takes none of its status (round 24, r24names):
``patterns.CREDIT_AFTER_RE``'s other credits and follow-ups.

"Kestrel has renewed Nightjar writer Ada Finch's thriller Copper Vale for a second season."
Before: Nightjar, right after the verb, took the renewal and Copper Vale none, as in "Kestrel
has renewed Nightjar follow-up Copper Vale". Nightjar stands there as a credit of a person
("Nightjar writer", "Nightjar director", "Nightjar actor", "Nightjar cast member") or as the
show another follows ("Nightjar follow-up", "Nightjar successor"), as "Nightjar creator" and
"Nightjar star" already did: a name in passing, the object is the show after it
(``patterns.named_as_credit``). The grid: three title pairs, seven credits, three frames.
"""

from __future__ import annotations

import itertools

import pytest
from articles import facts_of, normalised_shows, normalised_shows_kinds

from monitor.extract.shows import normalise_title

PAIRS = (("Copper Vale", "Nightjar"), ("Quillon", "Salt Road"),
         ("The Long Way Home", "Brass Lantern"))
CREDITS = {
    "writer": "{other} writer Ada Finch's thriller {show}",
    "head_writer": "{other} head writer Ada Finch's drama {show}",
    "director": "{other} director Tom Reyes' new drama {show}",
    "actor": "{other} actor Tom Reyes's comedy {show}",
    "cast_member": "{other} cast member Jane Doe's sitcom {show}",
    "follow_up": "{other} follow-up {show}",
    "successor": "{other} successor {show}",
}
FRAMES = {
    "renewed": "Kestrel has renewed {named} for a second season.",
    "cancelled": "Kestrel has cancelled {named} after one season.",
    "premiere": "{named} returns for a second season on June 4.",
}

CELLS = [pytest.param(show, other, credit, kind,
                      id=f"{credit}-{kind}-{show.split()[-1]}")
         for (show, other), credit, kind in itertools.product(PAIRS, CREDITS, FRAMES)]


@pytest.mark.parametrize(("show", "other", "credit", "kind"), CELLS)
def test_the_status_is_the_qualified_shows(show: str, other: str, credit: str,
                                           kind: str) -> None:
    named = CREDITS[credit].format(other=other, show=show)
    facts = facts_of(FRAMES[kind].format(named=named))
    assert normalise_title(other) not in normalised_shows(facts)
    assert (normalise_title(show), kind) in normalised_shows_kinds(facts)


#: The name is the show itself, or the credit is a verb: they keep their fact.
CONTROLS = [
    pytest.param("Kestrel has renewed Nightjar for a second season, and Copper Vale writer Ada "
                 "Finch will return.", ("Nightjar", "renewed"), id="credit-of-another-clause"),
    pytest.param("Nightjar writer Ada Finch says Nightjar has been renewed for a second season.",
                 ("Nightjar", "renewed"), id="one-show"),
    pytest.param("Kestrel has renewed Nightjar, Copper Vale and Salt Road.",
                 ("Nightjar", "renewed"), id="plain-list"),
    pytest.param("Kestrel has renewed Nightjar, a follow-up to Copper Vale, for a second "
                 "season.", ("Nightjar", "renewed"), id="follow-up-after-the-show"),
    pytest.param("Kestrel has cancelled Copper Vale, and its successor Nightjar premieres "
                 "June 4.", ("Copper Vale", "cancelled"), id="successor-named-after"),
]


@pytest.mark.parametrize(("body", "expected"), CONTROLS)
def test_controls_keep_their_fact(body: str, expected: tuple[str, str]) -> None:
    found = normalised_shows_kinds(facts_of(body))
    show, kind = expected
    assert (normalise_title(show), kind) in found
