"""Trigger vocabulary built systematically, kind by kind: the verbs, nouns, idioms and trade
slang a reporter uses, in the active and the passive voice, as an article-less headline and as a
noun — and the same words in other senses, which state no fact. Every sentence is written for
this test about invented shows."""

from __future__ import annotations

import datetime as dt

import pytest
from articles import Row, facts_of, rows

PUBLISHED = dt.date(2024, 5, 10)


def _facts(text: str, title: str = "") -> set[Row]:
    return rows(facts_of(text, title, PUBLISHED))


#: A headline is read as the article's title over a body that names the show and states nothing.
NEUTRAL_BODY = ("Glass Harbor follows a family of lighthouse keepers on a remote island off the "
                "coast of Maine, and stars Maya Lind.")


def _kinds(text: str) -> set[str]:
    """The kinds stated by a sentence, or by a headline (no final full stop) over a neutral body."""
    if text.endswith("."):
        return {str(kind) for _, _, kind in _facts(text)}
    return {str(kind) for _, _, kind in _facts(NEUTRAL_BODY, title=text)}


RENEWED = [
    # active
    "Netflix has renewed Glass Harbor for a second season.",
    "HBO re-upped Glass Harbor for a second season on Tuesday.",
    "Hulu picked up Glass Harbor for another season.",
    "Apple TV+ has ordered a second season of Glass Harbor.",
    "FX greenlit a second season of Glass Harbor.",
    "Netflix is bringing back Glass Harbor for a second season.",
    "Glass Harbor returns for a second season, Netflix said.",
    "Glass Harbor is coming back for a second season at Netflix.",
    "Glass Harbor gets a second season at Netflix.",
    "Glass Harbor has landed a second season order at Netflix.",
    # passive
    "Glass Harbor has been renewed for a second season by Netflix.",
    "Glass Harbor was picked up for a second season.",
    "A second season of Glass Harbor has been ordered by Netflix.",
    "Glass Harbor has been greenlit for a second season.",
    # headline style, no articles
    "Netflix Renews 'Glass Harbor' For Season 2",
    "'Glass Harbor' Renewed For Season 2 At Netflix",
    "Netflix Orders Second Season Of 'Glass Harbor'",
    "'Glass Harbor' Picked Up For Season 2",
    "'Glass Harbor' Gets Season 2 Renewal At Netflix",
    "Netflix Brings Back 'Glass Harbor' For Season 2",
    # noun forms
    "The second-season renewal of Glass Harbor was announced on Tuesday.",
    "Netflix announced a second-season renewal for Glass Harbor.",
    "'Glass Harbor' has earned a season 2 pickup at Netflix.",
    "Netflix has handed Glass Harbor a second season.",
    "Glass Harbor has been granted a second season.",
    "'Glass Harbor' lives to see another season.",
    "Netflix has re-upped Glass Harbor.",
    "'Glass Harbor' Returning For Season 2",
    "'Glass Harbor' Season 2 Ordered",
    "'Glass Harbor' Season 2 Confirmed",
    "'Glass Harbor' Gets Second Season",
    "'Glass Harbor' Lands Season 2 Order",
    # round 25 (s25idioms): no verb of deciding — a season on its way, a show that stays
    "Season 2 of Glass Harbor is on the way.",
    "Glass Harbor season 2 is coming.",
    "Glass Harbor continues with a second season at Netflix.",
    "Glass Harbor sticks around for a second season.",
]

CANCELLED = [
    # active
    "Netflix has cancelled Glass Harbor after two seasons.",
    "Netflix has axed Glass Harbor after two seasons.",
    "Netflix scrapped Glass Harbor after two seasons.",
    "Netflix has canned Glass Harbor after two seasons.",
    "Netflix pulled the plug on Glass Harbor after two seasons.",
    "Netflix will not move forward with Glass Harbor after two seasons.",
    "Netflix has decided not to move forward with a third season of Glass Harbor.",
    "Netflix has dropped Glass Harbor after two seasons.",
    "Netflix passed on a third season of Glass Harbor.",
    "Glass Harbor won't return for a third season at Netflix.",
    "Glass Harbor is not returning for a third season.",
    "Glass Harbor won't be back for a third season.",
    "Glass Harbor was not renewed for a third season.",
    "'Glass Harbor' is done at Netflix after two seasons.",
    "'Glass Harbor' is over at Netflix after two seasons.",
    "Netflix has ended 'Glass Harbor' after two seasons.",
    "'Glass Harbor' has come to an end after two seasons at Netflix.",
    # passive
    "Glass Harbor has been cancelled by Netflix after two seasons.",
    "Glass Harbor has been axed after two seasons.",
    "Glass Harbor has been scrapped after two seasons.",
    # headline style
    "Netflix Axes 'Glass Harbor' After Two Seasons",
    "Netflix Cancels 'Glass Harbor' After Two Seasons",
    "'Glass Harbor' Canceled After Two Seasons At Netflix",
    "Netflix Scraps 'Glass Harbor' After Two Seasons",
    "'Glass Harbor' Axed At Netflix After Two Seasons",
    "'Glass Harbor' Won't Return For Season 3",
    "Netflix Pulls Plug On 'Glass Harbor' After Two Seasons",
    # noun forms
    "The cancellation of Glass Harbor after two seasons surprised fans.",
    "Netflix confirmed the show's cancellation: Glass Harbor ends after two seasons.",
]

FILMING_STARTED = [
    "Filming has begun on the second season of Glass Harbor.",
    "Production has started on Glass Harbor season 2.",
    "Glass Harbor season 2 has started filming in Vancouver.",
    "Glass Harbor season 2 began production in Vancouver on Monday.",
    "Production on Glass Harbor season 2 kicked off in Vancouver.",
    "Production on Glass Harbor season 2 commenced in Vancouver.",
    "Filming on Glass Harbor season 2 is underway in Vancouver.",
    "Cameras are rolling on Glass Harbor season 2.",
    "Glass Harbor season 2 is in production in Vancouver.",
    "Glass Harbor season 2 has gone before cameras in Vancouver.",
    "Glass Harbor season 2 is now shooting in Vancouver.",
    "Glass Harbor is back in production on its second season.",
    # headline style
    "'Glass Harbor' Season 2 Begins Filming",
    "'Glass Harbor' Starts Production On Season 2",
    "'Glass Harbor' Season 2 Kicks Off Production In Vancouver",
    # noun forms
    "The start of production on Glass Harbor season 2 was announced on Monday.",
]

FILMING_WRAPPED = [
    "Filming has wrapped on the second season of Glass Harbor.",
    "Glass Harbor season 2 has wrapped filming.",
    "Production on Glass Harbor season 2 has finished.",
    "Glass Harbor season 2 has finished filming in Vancouver.",
    "Glass Harbor has completed filming on its second season.",
    "The cast of 'Glass Harbor' called it a wrap on season 2 this week.",
    "Cameras have stopped rolling on Glass Harbor season 2.",
    "Glass Harbor season 2 is in the can.",
    "Production has concluded on Glass Harbor season 2.",
    "Filming on Glass Harbor season 2 is complete.",
    # headline style
    "'Glass Harbor' Season 2 Wraps Filming",
    "'Glass Harbor' Wraps Production On Season 2",
    "'Glass Harbor' Season 2 Finishes Filming",
    "'Glass Harbor' Season 2 Wrapped",
    # noun forms
    "The end of filming on Glass Harbor season 2 was marked by a party.",
]

PREMIERE = [
    "Glass Harbor season 2 premieres on June 14 on Netflix.",
    "Glass Harbor season 2 debuts on June 14 on Netflix.",
    "Glass Harbor season 2 bows on June 14 on Netflix.",
    "Glass Harbor season 2 lands on Netflix on June 14.",
    "Glass Harbor season 2 arrives on Netflix on June 14.",
    "Glass Harbor returns for season 2 on June 14.",
    "Netflix has set a June 14 premiere date for Glass Harbor season 2.",
    "Netflix has set a June 14 release date for Glass Harbor season 2.",
    "Glass Harbor season 2 will drop on Netflix on June 14.",
    # headline style
    "'Glass Harbor' Season 2 Premiere Date Set For June 14",
    "'Glass Harbor' Season 2 To Premiere June 14 On Netflix",
    "'Glass Harbor' Season 2 Sets June 14 Premiere",
    "Netflix Sets June 14 Return For 'Glass Harbor'",
    "Netflix Dates 'Glass Harbor' Season 2 For June 14",
    "'Glass Harbor' Season 2 Dated For June 14",
    "Netflix has dated Glass Harbor season 2 for June 14.",
    # noun forms
    "The season 2 premiere of Glass Harbor is set for June 14.",
]

EPISODE_COUNT = [
    "Glass Harbor season 2 will run eight episodes.",
    "Netflix has ordered an eight-episode second season of Glass Harbor.",
    "Glass Harbor season 2 is an eight-episode season.",
    "The second season of Glass Harbor will consist of eight episodes.",
    "Netflix gave Glass Harbor season 2 an order of eight episodes.",
    "Glass Harbor season 2 will have 8 episodes.",
    "'Glass Harbor' Season 2 Gets Eight-Episode Order",
]


@pytest.mark.parametrize("text", RENEWED)
def test_renewal_vocabulary(text: str) -> None:
    assert "renewed" in _kinds(text), _facts(text)


@pytest.mark.parametrize("text", CANCELLED)
def test_cancellation_vocabulary(text: str) -> None:
    assert "cancelled" in _kinds(text), _facts(text)


@pytest.mark.parametrize("text", FILMING_STARTED)
def test_filming_started_vocabulary(text: str) -> None:
    assert "filming_started" in _kinds(text), _facts(text)


@pytest.mark.parametrize("text", FILMING_WRAPPED)
def test_filming_wrapped_vocabulary(text: str) -> None:
    assert "filming_wrapped" in _kinds(text), _facts(text)


@pytest.mark.parametrize("text", PREMIERE)
def test_premiere_vocabulary(text: str) -> None:
    assert "premiere" in _kinds(text), _facts(text)


@pytest.mark.parametrize("text", EPISODE_COUNT)
def test_episode_count_vocabulary(text: str) -> None:
    assert "episode_count" in _kinds(text), _facts(text)


#: The same words in other senses: no fact of the kind named.
OTHER_SENSES = [
    ("The studio has cancelled the Glass Harbor film after a year in development.", "cancelled"),
    ("The Harbor Hawks were renewed for another season of football by the league.", "renewed"),
    ("Netflix drops a trailer for Glass Harbor on Tuesday.", "premiere"),
    ("Maya Lind returns to the role of the captain in Glass Harbor.", "renewed"),
    ("Glass Harbor picked up an award for best drama on Sunday.", "renewed"),
    ("Production on the Glass Harbor film began in Vancouver on Monday.", "filming_started"),
    ("The Harbor Hawks open their season on June 14.", "premiere"),
    ("Maya Lind returns to Glass Harbor as a guest star in the finale.", "renewed"),
    ("The coach was axed after two seasons with the Harbor Hawks.", "cancelled"),
    ("Glass Harbor will end after its fourth season, as its creators planned.", "cancelled"),
    ("Glass Harbor Is Ending After Three Seasons, And Its Creator Says Why", "cancelled"),
    ("Glass Harbor is ending after its fourth season, its creators said.", "cancelled"),
    # the cast's return is news about people, not the show's renewal
    ("Cast members returning for season 3 of Glass Harbor include Maya Lind, Tom Rudd, Ada "
     "Park, and Lee Bryn.", "renewed"),
    ("Glass Harbor won't be back on screens until June.", "cancelled"),
    ("Cameras have stopped rolling on Glass Harbor season 2.", "filming_started"),
    ("Maya Lind was dropped from Glass Harbor after two seasons.", "cancelled"),
    ("Glass Harbor ended as planned after two seasons in 2019.", "cancelled"),
    ("Netflix has axed the character of Maya from Glass Harbor season 2.", "cancelled"),
    ("Maya Lind has signed on for another season of Glass Harbor as a guest star.", "renewed"),
    ("The Glass Harbor film wrapped production in Vancouver on Friday.", "filming_wrapped"),
    ("The Glass Harbor movie premieres in theaters on June 14.", "premiere"),
    ("Glass Harbor Gets Season 2 Trailer", "renewed"),
    ("The letter Maya Lind wrote about Glass Harbor dated back to 2019.", "premiere"),
    ("Maya Lind dropped by the set of Glass Harbor after two seasons away.", "cancelled"),
    # round 25 (s25idioms): a shoot that continues, a season's arrival, a renewal denied
    ("Glass Harbor continues to film in Vancouver.", "renewed"),
    ("Season 2 of Glass Harbor is coming to Netflix on June 14.", "renewed"),
    ("Glass Harbor won't stay on Netflix for a second season.", "renewed"),
]


@pytest.mark.parametrize(("text", "kind"), OTHER_SENSES)
def test_the_same_words_in_other_senses_state_no_fact(text: str, kind: str) -> None:
    assert kind not in _kinds(text), _facts(text)
