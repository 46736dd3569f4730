"""A name's role read from the article (issue 10, round 20, branch r20names).

Unseen articles name networks, streamers, studios and people no list holds; the article
itself says what they are. The name swaps measured it on the open folds: renaming the networks
to invented names took 0.924 to 0.868, with the invented network a show wherever the article
gave it no listed shape ("Tovrel announced Tuesday that the drama is back in production",
"premieres tonight on Tovrel", "the hit series from Tovrel", "Tovrel, the network that ...",
"Tovrel has cancelled Glass Harbor"). ``titles.ROLE_SHAPES`` reads those roles
(``names_by_role``: rules ``title.veto.role_*``), and a name with one is no show unless the
article writes it as a show elsewhere (a decision undergone, a season or a kind of show at it).

A network shown so is also an owner: its possessive before a name proposes the show as a
listed network's does ("series 2 of Tovrel's Blue Lanterns"), so the show is still found.

People too: a name the article gives a person's speech or credit (", said Mara Quell",
"Mara Quell, who plays", "created by", "executive produced by Emmy nominee Mara Quell") or
uses as a modifier before a kind of show and its quoted title ("the Mara Quell drama “Glass
Harbor”") is no show.

The grid: invented networks of every shape (one word, two words, initials, a "+", "TV",
"Studios") in each role, beside invented shows of three shapes; each cell must give the show
its fact and the network none. The controls: a show in the same places where the article
writes it as a show ("The Halvard Studio" as a sitcom, a title that is a person's name, a
show that "has revealed" its new cast), which keep their facts before and after.
"""

from __future__ import annotations

import pytest
from articles import facts_of, make_article, rows

from monitor.extract.explain import explain
from monitor.extract.titles import names_by_role

NETWORKS = ["Tovrel", "Kestrel Play", "ZQN", "Vantor+", "Brindle TV", "Orrin One"]
SHOWS = ["Glass Harbor", "The Copper Vale", "Nightjar"]

#: (role, headline, body, the show's fact): {N} the network, {S} the show. The body's
#: sentence often names the network alone: the show comes from the headline.
ROLES = [
    ("announcer", "'{S}' back on set for season 2",
     "{N} announced Tuesday that the series is back in production, with nine actors joining "
     "for the second season.", (2, "filming_started")),
    ("announcer_today", "'{S}' wraps season 2",
     "{N} confirmed today that the series has wrapped filming on its second season.",
     (2, "filming_wrapped")),
    ("announcer_trailer", "'{S}' season 2 arrives in June",
     "{N} released the trailer for the second season, which premieres on June 3, 2025.",
     (2, "premiere")),
    ("company_post", "'{S}' renewed for season 2",
     "\"The series has found its audience,\" said {N} CEO Mara Quell of the second-season "
     "renewal.", (2, "renewed")),
    ("head_of", "'{S}' renewed for season 2",
     "\"The series has been renewed for a second season,\" said Mara Quell, {N}'s head of "
     "scripted.", (2, "renewed")),
    ("maker_from", "{S} renewed",
     "On Thursday, reports said that {S}, the hit series from {N}, has quietly been renewed "
     "for a fourth season.", (4, "renewed")),
    ("maker_shows_from", "'{S}' renewed",
     "Shows from {N} rarely get renewed, but the drama got a second season.", (2, "renewed")),
    ("maker_produced", "'{S}' renewed for season 2",
     "The {N}-produced drama has been renewed for a second season.", (2, "renewed")),
    ("maker_original", "'{S}' renewed for season 2",
     "The most watched {N} original series has been renewed for a second season.",
     (2, "renewed")),
    ("platform_announced_on", "'{S}' season 3 premiere date",
     "In January, the hit comedy {S} announced on {N} that its third season would premiere "
     "this spring.", (3, "premiere")),
    ("platform_seen_on", "Cancelled",
     "{S}, seen on {N} (channel 101), has been cancelled after 4 seasons.", (4, "cancelled")),
    ("platform_tonight", "'{S}' season 3",
     "The third season premieres tonight on {N}.", (3, "premiere")),
    ("platform_network", "'{S}' cancelled",
     "Most cancelled shows are from the small {N} network, and the series was cancelled "
     "after one season.", (1, "cancelled")),
    ("platform_streaming_service", "'{S}' renewed",
     "{N}'s streaming service renewed the drama for a second season.", (2, "renewed")),
    ("platform_apposition", "'{S}' renewed for season 2",
     "{N}, the network that carries the series, renewed it for a second season.",
     (2, "renewed")),
    ("platform_streamer_behind", "'{S}' cancelled",
     "{N}, the streamer behind the drama, cancelled it after one season.", (1, "cancelled")),
    ("decider_named", "'{S}' cancelled",
     "Now that {N} has cancelled {S} after two seasons, the deal is over.", (2, "cancelled")),
    ("decider_kind", "'{S}' cancelled",
     "Earlier in the week, {N} canceled reality show {S} after two seasons.",
     (2, "cancelled")),
    ("decider_order", "'{S}' returns",
     "{N} orders a third series of {S}.", (3, "renewed")),
]

#: A network whose name ends in "Play" makes the headline's title a stage play's
#: (``title.veto.other_work``) when the body names no show: another veto's reading.
_PLAY_AS_WORK = {("maker_original", "Kestrel Play")}


def _first_word(network: str) -> str:
    return network.split()[0].rstrip("+")


def _cells() -> list[object]:
    cells: list[object] = []
    for role, headline, body, want in ROLES:
        for show in SHOWS:
            for network in NETWORKS:
                marks = [pytest.mark.xfail(strict=True, reason="'Kestrel Play original "
                                           "series': 'Play' reads as a stage play")] \
                    if (role, network) in _PLAY_AS_WORK else []
                cells.append(pytest.param(role, headline, body, want, show, network,
                                          marks=marks, id=f"{role}-{show}-{network}"))
    return cells


@pytest.mark.parametrize(("role", "headline", "body", "want", "show", "network"), _cells())
def test_a_name_s_role_makes_it_no_show(role: str, headline: str, body: str,
                                        want: tuple[int, str], show: str,
                                        network: str) -> None:
    found = rows(facts_of(body.format(N=network, S=show), headline.format(S=show)))
    assert not {r for r in found if _first_word(network) in r[0]}, found
    assert (show, *want) in found, found


PEOPLE = ["Mara Quell", "Oyelaran Tuva", "Ikaika Brenn", "Zuzana Petrovic-Hale"]

#: (role, headline, body, the show's fact): {P} a person no list of first names holds.
PERSON_ROLES = [
    ("modifier", "Tovrel cancels two dramas",
     "The cancellation comes days after Tovrel gave the axe to the supernatural drama "
     "“Salt Road” after four seasons and the {P} drama “{S}” after two seasons.",
     (2, "cancelled")),
    ("nominee_by", "'{S}' season 2 begins production",
     "Executive produced by Emmy nominee {P}, the comedy began filming its second season in "
     "Atlanta.", (2, "filming_started")),
    ("said", "'{S}' renewed for season 2",
     "\"We are thrilled to go on,\" said {P}, announcing the second-season renewal.",
     (2, "renewed")),
    ("said_statement", "'{S}' renewed for season 2",
     "{P} said in a statement that the drama will return for a second season.",
     (2, "renewed")),
    ("who_plays", "'{S}' cancelled",
     "{P}, who plays the lead, said the drama was cancelled after two seasons.",
     (2, "cancelled")),
    ("created_by", "'{S}' renewed",
     "Created by {P}, the drama has been renewed for a second season.", (2, "renewed")),
    ("creators_apposition", "'{S}' renewed",
     "The show's creators, {P} and Ada Roe, said the drama will be back for a second "
     "season.", (2, "renewed")),
]


@pytest.mark.parametrize("person", PEOPLE)
@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize(("role", "headline", "body", "want"), PERSON_ROLES,
                         ids=[r[0] for r in PERSON_ROLES])
def test_a_person_s_role_makes_them_no_show(role: str, headline: str, body: str,
                                            want: tuple[int, str], show: str,
                                            person: str) -> None:
    found = rows(facts_of(body.format(P=person, S=show), headline.format(S=show)))
    assert not {r for r in found if person.split()[-1] in r[0]}, found
    assert (show, *want) in found, found


#: Both ways: a network the article shows by a role ("one of Tovrel's top rated shows")
#: proposes the title after its possessive ("series 2 of Tovrel's Blue Lanterns") as a listed
#: network's does, so the decision's show is still found.
OWNED = [
    ("First photos of series 2 of {N}'s {S} reveal a new cast",
     "Filming began in Larne for {S} on Monday, March 4, 2024. {S} was among {N}'s top "
     "rated shows when it launched in May.", (2, "filming_started")),
    ("First photos of series 2 of {N}'s {S} reveal a new cast",
     "The second series of {N}’s long-awaited {S} has shown off a few new faces, as series 2 "
     "of the police drama starts shooting in Larne. Filming began in Larne for {S} on "
     "Monday, March 4, 2024. {S} was among {N}’s top rated shows when it launched in May "
     "last year.", (2, "filming_started")),
]


@pytest.mark.parametrize("network", ["Tovrel", "Kestrel Play", "ZQN", "Vantor+", "Orrin One"])
@pytest.mark.parametrize("show", [*SHOWS, "Blue Lanterns"])
@pytest.mark.parametrize(("headline", "body", "want"), OWNED, ids=["lead", "recruits"])
def test_a_network_shown_by_its_role_owns_the_show_after_it(
        headline: str, body: str, want: tuple[int, str], show: str, network: str) -> None:
    found = rows(facts_of(body.format(N=network, S=show), headline.format(N=network, S=show)))
    assert not {r for r in found if _first_word(network) in r[0]}, found
    assert (show, *want) in found, found


@pytest.mark.parametrize("network", ["Tovrel", "Kestrel Play", "Orrin One"])
def test_a_tracker_s_network_shown_by_its_role(network: str) -> None:
    # tracker rows "Title Network Status" need a network: one the article shows by a role
    body = (f"The season is over and {network}, the network that is home to sci-fi, did not "
            f"have a great year.\n{network} Shows (Sorted by Status)\n"
            f"Glass Harbor {network} Cancelled\nThe Copper Vale {network} Cancelled\n"
            f"Nightjar {network} Renewed\n")
    found = rows(facts_of(body, f"Season Roundup: {network} Is Fading"))
    assert {("Glass Harbor", None, "cancelled"), ("The Copper Vale", None, "cancelled"),
            ("Nightjar", None, "renewed")} <= found, found


@pytest.mark.parametrize(("text", "name", "rule"), [
    ("Tovrel announced on Monday that the drama has wrapped.", "tovrel",
     "title.veto.role_announcer"),
    ("said Mara Quell, Kestrel Play CEO.", "kestrel play", "title.veto.role_company_post"),
    ("the Halvard-produced drama", "halvard", "title.veto.role_maker"),
    ("Glass Harbor premieres tonight on Tovrel.", "tovrel", "title.veto.role_platform"),
    ("Tovrel has cancelled Glass Harbor.", "tovrel", "title.veto.role_decider"),
    ("\"It was a joy,\" said Mara Quell.", "mara quell", "title.veto.role_person"),
    ("the Mara Quell drama “Glass Harbor”", "mara quell", "title.veto.role_modifier"),
])
def test_each_role_is_named_by_its_rule(text: str, name: str, rule: str) -> None:
    assert names_by_role(text).get(name) == rule


def test_explain_names_the_role_rule() -> None:
    _, report = explain(make_article(
        "Glass Harbor season 2 premieres tonight on Tovrel. Tovrel has renewed it.",
        "Glass Harbor returns"))
    assert "vetoed Tovrel: title.veto.role_platform" in report, report


# --- controls: a show in a role's place, written as a show, keeps its facts ------------------

@pytest.mark.parametrize(("headline", "body", "want"), [
    # a sitcom named like a studio, written as a show
    ("The Halvard Studio renewed", "The Halvard Studio has been renewed for a third season. "
     "The sitcom's second season premiered on Netflix.", ("The Halvard Studio", 3, "renewed")),
    # a title that is a person's name, with a season of its own
    ("Mara Quell renewed", "Netflix has renewed Mara Quell for a second season. Mara Quell "
     "season 1 premiered in March.", ("Mara Quell", 2, "renewed")),
    # a show named for a person, given a season, beside a speaker
    ("Netflix renews Mara Quell", "Netflix has renewed Mara Quell for a second season, "
     "said Ada Roe. Mara Quell season 1 premiered in March.", ("Mara Quell", 2, "renewed")),
    # a show that reveals its new cast: not an announcer
    ("Blue Harbor series 2 begins", "Series 2 of Blue Harbor has started filming in Belfast. "
     "Blue Harbor has revealed some new recruits.", ("Blue Harbor", 2, "filming_started")),
    # "the third season of the Tovrel hit": the network before a noun, the show after
    ("Salt Road returns", "The third season of Salt Road premieres tonight on Kestrel Play.",
     ("Salt Road", 3, "premiere")),
    # a show confirmed for a season: the passive, no announcer
    ("Glass Harbor confirmed for season 2", "Glass Harbor confirmed for a second season at "
     "Netflix, the streamer said.", ("Glass Harbor", 2, "renewed")),
])
def test_a_show_in_a_role_s_place_stays_a_show(headline: str, body: str,
                                               want: tuple[str, int, str]) -> None:
    assert want in rows(facts_of(body, headline))
