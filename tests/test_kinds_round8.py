"""The renewal and cancellation vocabulary, round 8 (issue 10): the families a reporter draws
on beyond the plain verbs of ``test_trigger_vocabulary.py`` — a season the show "will have",
seasons counted without "for", a rescue or an escape (a revival is a renewal), a run extended,
a season by its possessive; a renewal denied in other words, a season nobody will see, a run
that "won't continue", the slang of the end ("one and done", "the end of the road", "is no
more", "the latest casualty") — each in the body, with the show quoted and unquoted, and as a
headline. Then the confusions: the same words about an event, a person, a fear, a wait.
Every sentence is written for this test about invented shows."""

from __future__ import annotations

import datetime as dt

import pytest
from articles import Row, facts_of, make_article, rows
from test_title_probes import proposed

from monitor.extract.shows import normalise_title

PUBLISHED = dt.date(2024, 5, 10)
G = "Glass Harbor"
#: A headline is read over a body that names the show and states nothing.
NEUTRAL_BODY = ("Glass Harbor follows a family of lighthouse keepers on a remote island off the "
                "coast of Maine, and stars Maya Lind.")


def _facts(text: str, title: str = "") -> set[Row]:
    return rows(facts_of(text, title, PUBLISHED))


def _kinds(text: str, quoted: bool = False) -> set[str]:
    """The kinds proposed about the show by a sentence (the title quoted or not), or by a
    headline (no final full stop) over a neutral body. A bare sentence gives no evidence
    beside a name that it is a TV show ("is no more" may be a shop's), so a fact held back
    for that alone counts (``test_title_probes.proposed``)."""
    if not text.endswith("."):
        article = make_article(NEUTRAL_BODY, text, PUBLISHED)
    else:
        if quoted and f"{G}'s" not in text:  # (a possessive stays as writers write it)
            text = text.replace(G, f"\u201c{G}\u201d")
        article = make_article(text, published=PUBLISHED)
    return {kind for show, kind in proposed(article) if show == normalise_title(G)}


RENEWED = [
    # a season the show will have, more of the show, seasons counted without "for"
    "Glass Harbor will have a second season.",
    "Netflix ordered more Glass Harbor on Tuesday.",
    "Netflix has ordered two more seasons of Glass Harbor.",
    "Glass Harbor will get two more seasons.",
    "Glass Harbor was handed a two-season order.",
    "Netflix handed out a second-season order to Glass Harbor.",
    # a run that goes on
    "Glass Harbor will live on for a second season.",
    "Netflix has extended Glass Harbor for two more seasons.",
    "Netflix extended Glass Harbor's run.",
    "Netflix is keeping Glass Harbor around for a second season.",
    "Netflix said yes to a second season of Glass Harbor.",
    "Glass Harbor is heading into a second season.",
    "Glass Harbor gets another run at Netflix.",
    "Glass Harbor has been brought back for a second season.",
    # a rescue, a revival, a new home
    "Glass Harbor has been saved by Hulu.",
    "Hulu has rescued Glass Harbor.",
    "Hulu has saved Glass Harbor from cancellation.",
    "Glass Harbor has been revived by Hulu.",
    "Netflix has resurrected Glass Harbor.",
    "Glass Harbor has found a new home at Hulu.",
    "Glass Harbor finds new home at Hulu for season 3.",
    "Hulu has picked up Glass Harbor after its cancellation at NBC.",
    # an escape (the cancellation word inside is no cancellation)
    "Glass Harbor has been spared the axe.",
    "Glass Harbor escaped the chopping block.",
    "Glass Harbor survives the chopping block.",
    "Glass Harbor escaped cancellation at Netflix.",
    "Glass Harbor dodged the axe.",
    "Glass Harbor is safe for another season.",
    # a season by the show's possessive; picked up in headline wording
    "Glass Harbor's second season has been confirmed.",
    "Netflix has officially ordered Glass Harbor's second season.",
    "Netflix picks up second season of Glass Harbor.",
    "Netflix has picked up Glass Harbor for season 2.",
    "Glass Harbor's renewal was announced Tuesday.",
    "Glass Harbor's fifth and final season was announced in July.",
    "Netflix announced Glass Harbor's final season in July.",
    # a numbered season after the show's name
    "Netflix ordered Glass Harbor season 3 in November.",
    "In November, Netflix announced it ordered Glass Harbor season 3.",
]

RENEWED_HEADLINES = [
    "'Glass Harbor' Saved By Hulu",
    "Hulu Rescues 'Glass Harbor'",
    "'Glass Harbor' Spared The Axe At Netflix",
    "'Glass Harbor' Finds New Home At Hulu",
    "'Glass Harbor' Gets Two More Seasons At Netflix",
    "Netflix Extends 'Glass Harbor' Through Season 5",
    "'Glass Harbor' Will Have A Second Season",
    "Netflix Orders Two More Seasons Of 'Glass Harbor'",
    "Netflix Orders More 'Glass Harbor'",
]

CANCELLED = [
    # a renewal denied in other words
    "Netflix will not pick up Glass Harbor for a third season.",
    "Netflix has decided not to pick up Glass Harbor for a third season.",
    "Glass Harbor was not picked up for a third season.",
    "Netflix is not renewing Glass Harbor.",
    "Glass Harbor won't get a season 3.",
    "Glass Harbor is not getting a third season.",
    "There won't be a third season of Glass Harbor.",
    "There will not be a season 3 of Glass Harbor.",
    "Glass Harbor won't see a third season.",
    "Netflix has no plans for a third season of Glass Harbor.",
    "Glass Harbor won't be back for season 3.",
    # a run that will not go on
    "Glass Harbor will not continue.",
    "Glass Harbor won't continue beyond season 2.",
    "Netflix has opted not to continue Glass Harbor.",
    "Netflix is not proceeding with a third season of Glass Harbor.",
    "Netflix decided to end Glass Harbor after two seasons.",
    "Netflix has decided to end Glass Harbor.",
    # the slang of the end
    "Glass Harbor is no more.",
    "Glass Harbor is dead at Netflix.",
    "Glass Harbor is finished at Netflix.",
    "Glass Harbor is finished after two seasons.",
    "Glass Harbor is history at Netflix.",
    "Glass Harbor is toast.",
    "Glass Harbor is one and done at Netflix.",
    "Glass Harbor has reached the end of the road.",
    "Glass Harbor has reached the end of the line at Netflix.",
    "It's the end of the road for Glass Harbor.",
    "Glass Harbor has had its plug pulled.",
    "Glass Harbor is the latest casualty at Netflix.",
    "Glass Harbor has met the axe at Netflix.",
    "Glass Harbor has been given its walking papers.",
    "Netflix killed Glass Harbor after one season.",
    "Glass Harbor has been yanked.",
    "Glass Harbor has been pulled after two episodes.",
    "Glass Harbor's cancellation was announced on Tuesday.",
]

CANCELLED_HEADLINES = [
    "'Glass Harbor' Dropped By Netflix",
    "'Glass Harbor' Is Dead At Netflix",
    "'Glass Harbor' Won't Continue At Netflix",
    "Netflix Yanks 'Glass Harbor' From Schedule",
    "'Glass Harbor' Will Not See A Third Season",
    "'Glass Harbor' Is Not Getting A Season 3",
    "There Won't Be A Season 3 Of 'Glass Harbor'",
    "'Glass Harbor' Won't Be Back For Season 3",
    "Netflix Is Not Renewing 'Glass Harbor'",
    "Netflix Kills 'Glass Harbor'",
]


@pytest.mark.parametrize("quoted", [False, True], ids=["unquoted", "quoted"])
@pytest.mark.parametrize("text", RENEWED)
def test_renewal_families(text: str, quoted: bool) -> None:
    assert "renewed" in _kinds(text, quoted), _facts(text)


@pytest.mark.parametrize("text", RENEWED_HEADLINES)
def test_renewal_headlines(text: str) -> None:
    assert "renewed" in _kinds(text), _facts(NEUTRAL_BODY, text)


@pytest.mark.parametrize("quoted", [False, True], ids=["unquoted", "quoted"])
@pytest.mark.parametrize("text", CANCELLED)
def test_cancellation_families(text: str, quoted: bool) -> None:
    assert "cancelled" in _kinds(text, quoted), _facts(text)


@pytest.mark.parametrize("text", CANCELLED_HEADLINES)
def test_cancellation_headlines(text: str) -> None:
    assert "cancelled" in _kinds(text), _facts(NEUTRAL_BODY, text)


@pytest.mark.parametrize("text", [
    "Glass Harbor has been spared the axe.",
    "Glass Harbor escaped the chopping block.",
    "Hulu has saved Glass Harbor from cancellation.",
    "Glass Harbor is safe from the axe.",
    "Hulu has picked up Glass Harbor after its cancellation at NBC.",
])
def test_an_escape_is_no_cancellation(text: str) -> None:
    for quoted in (False, True):
        assert "cancelled" not in _kinds(text, quoted), _facts(text)


#: The same words where they end no show: an event called off, a person, a fear, a wait, a
#: slot on the schedule, a role.
NOT_CANCELLED = [
    "The Glass Harbor panel at Comic-Con was cancelled.",
    "The Glass Harbor premiere party was cancelled due to rain.",
    "Netflix has cancelled the Glass Harbor panel.",
    "Filming on Glass Harbor was cancelled for the day because of the storm.",
    "Glass Harbor star Maya Lind cancelled her appearance at the festival.",
    "Fans feared Glass Harbor would be cancelled, but Netflix has renewed it.",
    "Fans worried Glass Harbor would get the axe.",
    "Glass Harbor will not see its third season until 2026.",
    "Glass Harbor won't see season 3 before 2026.",
    "Glass Harbor will not continue filming until the strike ends.",
    "Maya Lind will not continue in her role on Glass Harbor.",
    "Glass Harbor is done at 10pm on Sundays.",
    "Glass Harbor is over at the halfway mark of its season.",
    "Glass Harbor is the latest casualty of the writers' strike, as production has been halted.",
    "Glass Harbor's creator was dropped by his agency.",
    "The feud between Glass Harbor's stars is no more than a rumour.",
    "Netflix decided to end production on Glass Harbor early because of snow.",
]

NOT_RENEWED = [
    "Glass Harbor will have a second season premiere on June 14.",
    "Netflix has ordered more than 20 shows this year, including Glass Harbor.",
    "Maya Lind saved Glass Harbor's finale with her performance.",
    "Glass Harbor needs big ratings to avoid cancellation.",
    "Glass Harbor is hoping to dodge the axe.",
    "Netflix has extended its deal with the makers of Glass Harbor.",
    "The Glass Harbor cast returns for a reunion special.",
    "The Glass Harbor cast returns for a Christmas special.",
    "Maya Lind has been brought back as a guest star in Glass Harbor.",
]


@pytest.mark.parametrize("text", NOT_CANCELLED)
def test_the_same_words_end_no_show(text: str) -> None:
    for quoted in (False, True):
        assert "cancelled" not in _kinds(text, quoted), _facts(text)


@pytest.mark.parametrize("text", NOT_RENEWED)
def test_the_same_words_renew_no_show(text: str) -> None:
    for quoted in (False, True):
        assert "renewed" not in _kinds(text, quoted), _facts(text)


def test_a_season_nobody_will_see_is_the_last_one_made() -> None:
    """"won't see a third season": the cancellation carries the second (the last made)."""
    facts = facts_of("Glass Harbor won't see a third season, Netflix said.", published=PUBLISHED)
    assert [(f.kind, f.season) for f in facts] == [("cancelled", 2)]


def test_seasons_counted_without_for_are_the_next_ones() -> None:
    facts = facts_of("Glass Harbor, which ended its second season in March, "
                     "has been handed two more seasons by Netflix.",
                     published=PUBLISHED)
    assert {(f.kind, f.season) for f in facts if f.kind == "renewed"} >= {("renewed", 3)}
