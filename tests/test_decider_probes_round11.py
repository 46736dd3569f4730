"""Who decides and what is decided (round 11, issue 10): a streamer or channel the network
vocabulary does not know, as the subject of an active verb that acts on a show ("Kestrel Play
has renewed the drama Glass Harbor", "... will premiere ...", "... began filming the second
season of ..."), or as the agent of a passive one ("Glass Harbor has been cancelled by Lumen
TV"), took the fact from the show the verb acts on (a title no label names; or the evidence
rule then dropped it, and the show lost its fact). Shows do not renew, schedule or film
shows: the object (or the passive's subject) is the show.
The networks and titles are invented for this test; the controls keep their facts."""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of, normalised_shows_kinds

PUBLISHED = dt.date(2024, 5, 10)

#: Invented deciders the vocabulary cannot know.
DECIDERS = ("Kestrel Play", "Lumen TV", "Novaline", "Harborcast+", "Tidewave Channel")

#: (sentence with {n} the decider, the kind the show gets)
FRAMES = {
    "active_renews": ("{n} has renewed the drama Glass Harbor for a second season.", "renewed"),
    "active_cancels": ("{n} has cancelled the comedy Glass Harbor after one season.",
                       "cancelled"),
    "active_present": ("{n} renews the hit drama Glass Harbor for a third season.", "renewed"),
    "active_orders": ("{n} has ordered a second season of the drama Glass Harbor.", "renewed"),
    "active_picks_up": ("{n} picked up the drama Glass Harbor for a second season.",
                        "renewed"),
    "greenlit_season_of": ("{n} greenlit a second season of the drama Glass Harbor.",
                           "renewed"),
    "moving_forward": ("{n} is moving forward with a second season of the drama Glass Harbor.",
                       "renewed"),
    "wont_renew": ("{n} won't renew the drama Glass Harbor.", "cancelled"),
    "opted_not_to_renew": ("{n} has opted not to renew the comedy Glass Harbor.", "cancelled"),
    "will_premiere": ("{n} will premiere the drama Glass Harbor on June 14.", "premiere"),
    "debuts": ("{n} debuts the drama Glass Harbor on June 14.", "premiere"),
    "began_filming": ("{n} began filming the second season of the drama Glass Harbor in May.",
                      "filming_started"),
    "wrapped_production": ("{n} has wrapped production on the second season of the drama "
                           "Glass Harbor.", "filming_wrapped"),
    "passive_by": ("The drama Glass Harbor has been renewed by {n} for a second season.",
                   "renewed"),
    "passive_by_cancelled": ("The comedy Glass Harbor was cancelled by {n} after one season.",
                             "cancelled"),
}


def _facts(body: str, headline: str = "TV news") -> set[tuple[str, str]]:
    """The sentence read after an opening one (it is never the article's first)."""
    return normalised_shows_kinds(facts_of(f"Here is the news. {body}", headline, PUBLISHED))


@pytest.mark.parametrize("frame", sorted(FRAMES))
@pytest.mark.parametrize("decider", DECIDERS)
def test_the_decision_is_the_shows(frame: str, decider: str) -> None:
    sentence, kind = FRAMES[frame]
    facts = _facts(sentence.format(n=decider))
    assert ("glass harbor", kind) in facts
    assert {show for show, _ in facts} == {"glass harbor"}


CONTROLS = [
    # two shows, each decided in its own clause
    ("Kestrel Play has renewed the drama Glass Harbor and cancelled the comedy Salt Road.",
     {("glass harbor", "renewed"), ("salt road", "cancelled")}),
    # a show as the passive's subject, no agent
    ("The drama Glass Harbor has been renewed for a second season.",
     {("glass harbor", "renewed")}),
    # a list as the object
    ("Kestrel Play has renewed the dramas Glass Harbor and Salt Road.",
     {("glass harbor", "renewed"), ("salt road", "renewed")}),
    # a show named before the verb, the object no show: the show stays the subject
    ("The drama Glass Harbor was renewed on Friday, and the network cancelled its spin-off "
     "plans.", {("glass harbor", "renewed")}),
]


@pytest.mark.parametrize(("body", "expected"), CONTROLS, ids=[c[0][:40] for c in CONTROLS])
def test_controls_keep_their_facts(body: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _facts(body)


def test_a_headlines_participle_is_no_active_verb() -> None:
    # "Salt Road Renewed for Additional Seasons": "Renewed" is a participle, its show before it
    assert ("salt road", "renewed") in _facts(
        "The animated comedy Salt Road has been renewed.",
        headline="Salt Road Renewed for Additional Seasons at Kestrel Play")
