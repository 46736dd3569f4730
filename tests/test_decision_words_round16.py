"""Renewals and cancellations in every wording, round 16 (issue 10, branch r16words).

A paraphrase grid, by meaning: for a renewal and a cancellation, the verbs, nouns, idioms and
trade slang a reporter uses — active with the network as subject, passive with the network as
a by-phrase, headline style (no articles, present tense, the show quoted or not), modal and
hedged forms with their certainty — and the same words denied or in other senses as controls
(a panel or a tour called off, a contract renewal, "renewed interest", an actor's return, a
show back from a break, someone axed from a show); then episode orders. Each probe is a small
invented article: a headline and a few sentences, the trigger in the headline or in the body,
with the fact it must give. The cells main (de3a43e) fails and this branch reads, and the ones
left as strict xfails with their reasons, are counted in MEASUREMENTS.md ("Round 16, decision
wordings"). Every sentence and show is invented for this test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of

PUBLISHED = dt.date(2031, 3, 10)
URL = "https://news.example/r16"

#: What a probe must give: the show, its kind, the seasons a scorer accepts (``None`` in the
#: set: the text numbers no season) and the certainty (``None``: any).
Expected = tuple[str, str, frozenset[int | None], str | None]

#: Sentences that name the show and state nothing: the rest of a small article.
_ABOUT = {
    "Salt Road": ("Salt Road follows two sisters who run a trucking firm in Nevada. "
                  "Jane Doe and Mara Quist star in the comedy."),
}

_RENEWED_2 = frozenset({2})
_RENEWED_ANY = frozenset({2, None})
_CANCELLED_2 = frozenset({2, 3})
_CANCELLED_ANY = frozenset({1, 2, 3, None})


def _article(headline: str, lead: str, show: str) -> tuple[str, str]:
    """A headline and a body: the lead sentence (if any), then the show's description."""
    body = f"{lead} {_ABOUT[show]}".strip()
    return headline, body


def _facts_for(headline: str, body: str, show: str) -> set[tuple[str, int | None, str]]:
    """(kind, season, certainty) of every fact the article gives the show."""
    return {(f.kind, f.season, f.certainty)
            for f in facts_of(body, headline, PUBLISHED, URL) if f.show == show}


def _check(headline: str, body: str, expected: Expected) -> None:
    show, kind, seasons, certainty = expected
    found = _facts_for(headline, body, show)
    of_kind = [(s, c) for k, s, c in found if k == kind]
    assert of_kind, found
    assert any(s in seasons for s, _ in of_kind), found
    if certainty is not None:
        assert all(c == certainty for _, c in of_kind), found
    other = "cancelled" if kind == "renewed" else "renewed"
    assert not any(k == other for k, _, _ in found), found


def _probe(headline: str, lead: str, show: str, kind: str,
           seasons: frozenset[int | None], certainty: str | None = "confirmed"
           ) -> tuple[str, str, Expected]:
    return (*_article(headline, lead, show), (show, kind, seasons, certainty))


def _r(headline: str, lead: str = "", seasons: frozenset[int | None] = _RENEWED_2,
       certainty: str | None = "confirmed", show: str = "Salt Road"
       ) -> tuple[str, str, Expected]:
    return _probe(headline, lead, show, "renewed", seasons, certainty)


def _c(headline: str, lead: str = "", seasons: frozenset[int | None] = _CANCELLED_2,
       certainty: str | None = "confirmed", show: str = "Salt Road"
       ) -> tuple[str, str, Expected]:
    return _probe(headline, lead, show, "cancelled", seasons, certainty)


def _left(reason: str, probe: tuple[str, str, Expected]) -> object:
    """A probe the extractor does not read yet, kept as a strict xfail with its reason."""
    return pytest.param(*probe, marks=pytest.mark.xfail(strict=True, reason=reason))


#: Why the probes left unread are left.
_HEADLINE = ("a title-case headline's wording without its article or auxiliary that no pattern "
             "reads yet ('Officially A Go', 'Confirmed By'); the title ends before its verb "
             "phrase since s16verbs ('No Season 3 For X', 'Passes On X Season 3', 'Done At' "
             "read since round 17)")
_PLANNED_END = ("'ended X', 'brought X to an end', 'came to an end': the words of a planned "
                "end, which is no cancellation by the labels' convention")
_OTHER_SENSES = ("'chopped', 'shelved', 'cut', 'killed off': a scene cut, a character killed "
                 "off, a project shelved in development outnumber the show's sense")

_NEWS = "TV news"

# --- 1. a renewal ------------------------------------------------------------------------------

RENEWALS = [
    # active, the network as subject
    _r(_NEWS, "Netflix has renewed Salt Road for a second season."),
    _r(_NEWS, "Netflix has picked up Salt Road for a second season."),
    _r(_NEWS, "Netflix has ordered a second season of Salt Road."),
    _r(_NEWS, "Netflix has greenlit a second season of Salt Road."),
    _r(_NEWS, "Netflix is bringing back Salt Road for a second season."),
    _r(_NEWS, "Netflix has re-upped Salt Road for a second season."),
    _r(_NEWS, "Netflix has given Salt Road a second season."),
    _r(_NEWS, "Netflix has handed Salt Road a second-season order."),
    _r(_NEWS, "Netflix has confirmed a second season of Salt Road."),
    _r(_NEWS, "Netflix has commissioned a second series of Salt Road."),
    _r(_NEWS, "Netflix has given the green light to a second season of Salt Road."),
    _r(_NEWS, "Netflix has given Salt Road the go-ahead for a second season."),
    _r(_NEWS, "Netflix has signed off on a second season of Salt Road."),
    _r(_NEWS, "Netflix has officially ordered more Salt Road.", seasons=_RENEWED_ANY),
    # the show as subject, active
    _r(_NEWS, "Salt Road will return for a second season, Netflix announced on Tuesday."),
    _r(_NEWS, "Salt Road is coming back for a second season."),
    _r(_NEWS, "Salt Road has landed a second season at Netflix."),
    _r(_NEWS, "Salt Road has scored a second season at Netflix."),
    _r(_NEWS, "Salt Road got a second season at Netflix on Tuesday."),
    _r(_NEWS, "Salt Road has secured a second season at Netflix."),
    _r(_NEWS, "Salt Road is getting a second season at Netflix."),
    _r(_NEWS, "Salt Road season 2 is happening, Netflix announced on Tuesday."),
    _r(_NEWS, "A second season of Salt Road is officially a go at Netflix."),
    _r(_NEWS, "Salt Road is set for another season at Netflix.", seasons=_RENEWED_ANY),
    _r(_NEWS, "Salt Road will be back for a second season on Netflix."),
    # the network as a by-phrase, passive
    _r(_NEWS, "Salt Road has been renewed for a second season by Netflix."),
    _r(_NEWS, "Salt Road has been picked up for a second season by Netflix."),
    _r(_NEWS, "A second season of Salt Road has been ordered by Netflix."),
    _r(_NEWS, "Salt Road has been greenlit for a second season by Netflix."),
    _r(_NEWS, "Salt Road has been brought back for a second season by Netflix."),
    _r(_NEWS, "Salt Road has been confirmed for a second season by Netflix."),
    _r(_NEWS, "Salt Road has been given a second season by Netflix."),
    _r(_NEWS, "Salt Road has been handed a second season by Netflix."),
    _r(_NEWS, "A second season of Salt Road has been confirmed by Netflix."),
    _r(_NEWS, "Salt Road has been green-lit for a second season."),
    # nouns
    _r(_NEWS, "Netflix announced a second-season renewal for Salt Road on Tuesday."),
    _r(_NEWS, "Salt Road has earned a season 2 pickup at Netflix."),
    _r(_NEWS, "The renewal of Salt Road for a second season was announced on Tuesday."),
    _r(_NEWS, "Salt Road has received a second-season order from Netflix."),
    # headline style, no articles, the show quoted or not
    _r("Netflix Renews Salt Road For Season 2"),
    _r("Salt Road Renewed For Season 2 At Netflix"),
    _r("Salt Road Renewed For Second Season"),
    _r("Netflix Picks Up Second Season Of Salt Road"),
    _r("Salt Road Picked Up For Season 2 At Netflix"),
    _r("Netflix Orders Salt Road Season 2"),
    _r("Salt Road Gets Season 2 At Netflix"),
    _r("Salt Road Lands Second Season At Netflix"),
    _r("Salt Road Scores Season 2 Renewal"),
    _r("Salt Road Season 2 Is Happening"),
    _left(_HEADLINE, _r("Salt Road Season 2 Officially A Go At Netflix")),
    _r("Salt Road Greenlit For Second Season"),
    _r("Netflix Brings Back Salt Road For Season 2"),
    _r("Salt Road Coming Back For Season 2"),
    _r("Salt Road Returning For Season 2"),
    _r("Salt Road Set For Season 2 At Netflix"),
    _r("Salt Road Confirmed For Season 2"),
    _r("Netflix Re-Ups Salt Road", seasons=_RENEWED_ANY),
    _r("Salt Road Will Return For Season 2"),
    _r("'Salt Road' Renewed For Season 2"),
    _r("'Salt Road' Gets Second Season"),
    _r("'Salt Road' Season 2 Confirmed"),
    _r("Netflix Re-Ups 'Salt Road'", seasons=_RENEWED_ANY),
    _r("Salt Road To Return For Season 2"),
    _r("Season 2 Of Salt Road Confirmed By Netflix"),  # read since round 35 (r35headlines)
    _r("Salt Road Gets Second Season Order"),
    _r("Salt Road Is Coming Back For Season 2"),
    # a final season is a renewal
    _r(_NEWS, "Netflix has renewed Salt Road for a third and final season.",
       seasons=frozenset({3})),
    _r("Salt Road Renewed For Third And Final Season", seasons=frozenset({3})),
    # British wording, the passive "given"
    _r(_NEWS, "Salt Road has been given a second series by the BBC."),
    _r(_NEWS, "BBC One has recommissioned Salt Road for a second series."),
    _r(_NEWS, "Salt Road is to return for a second series on BBC One."),
    # modal and hedged: expected, speculative
    # (a decision still ahead is a guess here, "certainty.decision_ahead", as the devset's
    # labels read it; "set to" is the network's plan)
    _r(_NEWS, "Netflix is expected to renew Salt Road for a second season.",
       certainty="speculative"),
    _r(_NEWS, "Netflix is set to renew Salt Road for a second season.", certainty=None),
    _r(_NEWS, "Salt Road could return for a second season.", certainty="speculative"),
    _r(_NEWS, "Salt Road is likely to be renewed for a second season.",
       certainty="speculative"),
    _r(_NEWS, "Netflix may renew Salt Road for a second season.", certainty="speculative"),
    _r(_NEWS, "Salt Road has reportedly been renewed for a second season.", certainty=None),
]

# --- 2. a cancellation ------------------------------------------------------------------------

CANCELLATIONS = [
    # active, the network as subject
    _c(_NEWS, "Netflix has cancelled Salt Road after two seasons."),
    _c(_NEWS, "Netflix has canceled Salt Road after two seasons."),
    _c(_NEWS, "Netflix has axed Salt Road after two seasons."),
    _c(_NEWS, "Netflix has scrapped Salt Road after two seasons."),
    _c(_NEWS, "Netflix has dropped Salt Road after two seasons."),
    _c(_NEWS, "Netflix has pulled the plug on Salt Road after two seasons."),
    _left(_PLANNED_END, _c(_NEWS, "Netflix has ended Salt Road after two seasons.")),
    _c(_NEWS, "Netflix has passed on a third season of Salt Road."),
    _c(_NEWS, "Netflix declined to pick up Salt Road for a third season."),
    _c(_NEWS, "Netflix has decided not to renew Salt Road for a third season."),
    _left(_PLANNED_END, _c(_NEWS, "Netflix has brought Salt Road to an end after two "
                              "seasons.")),
    _c(_NEWS, "Netflix has killed Salt Road after two seasons."),
    _left(_OTHER_SENSES, _c(_NEWS, "Netflix has chopped Salt Road after two seasons.")),
    _left(_OTHER_SENSES, _c(_NEWS, "Netflix has shelved Salt Road after two seasons.")),
    _c(_NEWS, "Netflix has opted not to move forward with a third season of Salt Road."),
    _c(_NEWS, "Netflix has given Salt Road the axe after two seasons."),
    _left(_OTHER_SENSES, _c(_NEWS, "Netflix has cut Salt Road after two seasons.")),
    # the show as subject, active
    _c(_NEWS, "Salt Road will not return for a third season."),
    _c(_NEWS, "Salt Road won't be coming back for a third season."),
    _c(_NEWS, "Fans won't see a third season of Salt Road."),
    _c(_NEWS, "There will be no third season of Salt Road."),
    _c(_NEWS, "Salt Road won't get a third season at Netflix."),
    _left(_PLANNED_END, _c(_NEWS, "Salt Road has come to an end after two seasons at "
                              "Netflix.")),
    _c(_NEWS, "Salt Road is done at Netflix after two seasons."),
    _c(_NEWS, "Salt Road has ended its run at Netflix after two seasons."),
    _c(_NEWS, "Netflix did not renew Salt Road for a third season."),
    _c(_NEWS, "The BBC has decided not to recommission Salt Road.", seasons=_CANCELLED_ANY),
    # the network as a by-phrase, passive
    _c(_NEWS, "Salt Road has been cancelled by Netflix after two seasons."),
    _c(_NEWS, "Salt Road has been canned after two seasons."),
    _c(_NEWS, "Salt Road has been axed by Netflix after two seasons."),
    _c(_NEWS, "Salt Road has been scrapped by Netflix after two seasons."),
    _c(_NEWS, "Salt Road has been dropped by Netflix after two seasons."),
    _c(_NEWS, "Salt Road was not renewed for a third season."),
    _left(_PLANNED_END, _c(_NEWS, "Salt Road has been brought to an end by Netflix after two "
                              "seasons.")),
    _left(_OTHER_SENSES, _c(_NEWS, "Salt Road has been cut by Netflix after two seasons.")),
    _c(_NEWS, "Salt Road has been shelved by Netflix after two seasons."),
    _left(_OTHER_SENSES, _c(_NEWS, "Salt Road has been killed off by Netflix after two "
                               "seasons.")),
    _c(_NEWS, "The plug has been pulled on Salt Road after two seasons."),
    # nouns
    _c(_NEWS, "The cancellation of Salt Road after two seasons was announced on Tuesday."),
    _c(_NEWS, "Netflix confirmed the cancellation of Salt Road after two seasons."),
    # headline style
    _c("Netflix Cancels Salt Road After Two Seasons"),
    _c("Salt Road Cancelled At Netflix After Two Seasons"),
    _c("Salt Road Axed After Two Seasons"),
    _c("Netflix Axes Salt Road After Two Seasons"),
    _c("Netflix Scraps Salt Road After Two Seasons"),
    _c("Netflix Drops Salt Road After Two Seasons"),
    _c("Netflix Pulls Plug On Salt Road After Two Seasons"),
    _c("Salt Road Won't Return For Season 3"),
    _c("No Season 3 For Salt Road"),  # read since round 17 (r17heads)
    _c("Netflix Passes On Salt Road Season 3"),  # read since round 17 (r17heads)
    _c("Salt Road Not Coming Back For Season 3"),
    _c("Salt Road Ends At Netflix After Two Seasons"),
    _c("Salt Road Done At Netflix After Two Seasons"),  # read since round 17 (r17heads)
    _c("Netflix Ends Salt Road After Two Seasons"),
    _c("Salt Road Canceled After Two Seasons"),
    _c("'Salt Road' Cancelled After Two Seasons"),
    _c("Netflix Kills Salt Road After Two Seasons"),
    _c("Salt Road Won't Get Season 3"),
    _c("Salt Road Not Renewed For Season 3"),
    # hedged
    _c(_NEWS, "Netflix is expected to cancel Salt Road after two seasons.",
       certainty="speculative"),
    _c(_NEWS, "Netflix plans to cancel Salt Road after two seasons.", certainty="speculative"),
    _c(_NEWS, "Netflix has decided to cancel Salt Road after two seasons."),
    _c(_NEWS, "Salt Road was axed from the Netflix lineup after two seasons."),
    _c(_NEWS, "Salt Road could be cancelled after two seasons.", certainty="speculative"),
    _c(_NEWS, "Salt Road is likely to be axed after two seasons.", certainty="speculative"),
    _c(_NEWS, "Salt Road has reportedly been cancelled after two seasons.", certainty=None),
]


@pytest.mark.parametrize("headline,body,expected", RENEWALS + CANCELLATIONS)
def test_a_decision_in_any_wording_gives_its_fact(headline: str, body: str,
                                                   expected: Expected) -> None:
    _check(headline, body, expected)


# --- 3. controls: denied, or the same words in other senses -----------------------------------

#: (headline, body, show, kinds the show must not get)
CONTROLS = [
    # denied
    (_NEWS, "Salt Road has not been cancelled, Netflix said on Tuesday.", {"cancelled"}),
    (_NEWS, "Netflix denied that Salt Road was cancelled.", {"cancelled"}),
    (_NEWS, "Netflix denied reports that it had axed Salt Road.", {"cancelled"}),
    (_NEWS, "Netflix has not renewed Salt Road yet.", {"renewed", "cancelled"}),
    (_NEWS, "Netflix has not yet decided whether to renew Salt Road.",
     {"renewed", "cancelled"}),
    (_NEWS, "Salt Road has not been renewed or cancelled yet.", {"renewed", "cancelled"}),
    (_NEWS, "Netflix has not picked up Salt Road for a second season yet.",
     {"renewed", "cancelled"}),
    ("Salt Road Not Cancelled, Netflix Says", "", {"cancelled"}),
    # other senses of the same words
    (_NEWS, "Netflix cancelled the Salt Road panel at the convention.", {"cancelled"}),
    (_NEWS, "Jane Doe, the star of Salt Road, has cancelled her tour.", {"cancelled"}),
    (_NEWS, "Jane Doe, a star of Salt Road, signed a contract renewal with the agency.",
     {"renewed"}),
    (_NEWS, "The finale sparked renewed interest in Salt Road.", {"renewed"}),
    (_NEWS, "Jane Doe returns to the role in Salt Road.", {"renewed"}),
    (_NEWS, "Salt Road is coming back from its winter break on March 3.",
     {"renewed", "cancelled"}),
    (_NEWS, "Jane Doe was axed from Salt Road after a dispute.", {"cancelled"}),
    (_NEWS, "The scene was cut from Salt Road before it aired.", {"cancelled"}),
    (_NEWS, "Netflix dropped the trailer for Salt Road on Tuesday.", {"cancelled"}),
    (_NEWS, "Netflix dropped every episode of Salt Road on Friday.", {"cancelled"}),
    (_NEWS, "Salt Road ended its second season on a cliffhanger.", {"cancelled"}),
    (_NEWS, "The Salt Road premiere party was scrapped because of the storm.", {"cancelled"}),
    (_NEWS, "Netflix has cut the budget of Salt Road.", {"cancelled"}),
    (_NEWS, "Jane Doe will return for the Salt Road reunion special.", {"renewed"}),
    (_NEWS, "Netflix renewed its deal with Jane Doe, the creator of Salt Road.", {"renewed"}),
    (_NEWS, "Salt Road will end with its third season, Netflix said.", {"cancelled"}),
    # the words this round reads, in other senses or denied
    (_NEWS, "Salt Road has been dropped by an advertiser after the scandal.", {"cancelled"}),
    (_NEWS, "Salt Road is set for a June 3 premiere on Netflix.", {"renewed"}),
    (_NEWS, "Salt Road has earned an Emmy nomination for Jane Doe.", {"renewed"}),
    (_NEWS, "Netflix has not signed off on a second season of Salt Road.", {"renewed"}),
    (_NEWS, "Jane Doe was written out from Salt Road last year.", {"cancelled"}),
    (_NEWS, "Jane Doe has been fired from the cast of Salt Road.", {"cancelled"}),
    ("Salt Road Won't Get Season 3", "", {"renewed"}),
    (_NEWS, "Netflix has not yet decided whether to recommission Salt Road.",
     {"renewed", "cancelled"}),
    (_NEWS, "Jane Doe has been given a new series of her own by the BBC.", {"renewed"}),
    (_NEWS, "Salt Road did not renew its lease on the Nevada warehouse.", {"cancelled"}),
]


@pytest.mark.parametrize("headline,lead,forbidden", CONTROLS)
def test_a_denied_or_other_sense_gives_no_decision(headline: str, lead: str,
                                                   forbidden: set[str]) -> None:
    headline, body = _article(headline, lead, "Salt Road")
    kinds = {k for k, _, _ in _facts_for(headline, body, "Salt Road")}
    assert not kinds & forbidden, kinds


# --- 4. episode orders: the count goes to the show's season, never to the count's words -------

#: (headline, body lead, the (season, count) the show must get)
EPISODE_ORDERS = [
    (_NEWS, "Netflix has ordered eight episodes of Salt Road's second season.", (2, 8)),
    (_NEWS, "Netflix has renewed Salt Road for a second season of eight episodes.", (2, 8)),
    (_NEWS, "Netflix has handed Salt Road an eight-episode order for season 2.", (2, 8)),
    (_NEWS, "Salt Road has been renewed for an eight-episode second season.", (2, 8)),
    (_NEWS, "Netflix has ordered an eight-episode second season of Salt Road.", (2, 8)),
    (_NEWS, "Salt Road's second season will consist of eight episodes.", (2, 8)),
    (_NEWS, "Season 2 of Salt Road will comprise eight episodes.", (2, 8)),
    (_NEWS, "Salt Road's second season has been cut to eight episodes.", (2, 8)),
    (_NEWS, "Salt Road's second season order has been extended to twelve episodes.", (2, 12)),
    # a headline's count is no title ("Eight", "Eight-Episode")
    ("Salt Road Renewed For Eight-Episode Season 2", "", (2, 8)),
    ("Netflix Orders Eight Episodes Of Salt Road Season 2", "", (2, 8)),
]


@pytest.mark.parametrize("headline,lead,expected", EPISODE_ORDERS)
def test_an_episode_order_gives_the_show_its_count(headline: str, lead: str,
                                                   expected: tuple[int, int]) -> None:
    headline, body = _article(headline, lead, "Salt Road")
    facts = facts_of(body, headline, PUBLISHED, URL)
    counts = {(f.show, f.season, f.value) for f in facts if f.kind == "episode_count"}
    assert counts == {("Salt Road", *expected)}, counts
    assert {f.show for f in facts} == {"Salt Road"}, facts


def test_a_season_given_with_its_count_is_a_renewal() -> None:
    headline, body = _article(_NEWS, "Netflix has given Salt Road an eight-episode second "
                              "season.", "Salt Road")
    keys = {(f.kind, f.season) for f in facts_of(body, headline, PUBLISHED, URL)}
    assert ("renewed", 2) in keys, keys
