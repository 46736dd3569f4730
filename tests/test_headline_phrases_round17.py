"""Headline wordings without an article or auxiliary, and two clauses in one headline
(issue 10, round 17, branch r17heads).

A title-case headline joins the show to the words of its news: a decision told without its
auxiliary ("No Season 3 For X", "Netflix Passes On X Season 3", "X Gets No Fourth Season",
"Curtains For X", "Says No To X Season 3", "The End Of The Road For X", "X Done At Netflix
After Two Seasons", "Orders More X"), a season phrase's words before "Season" ("Renews X For
A Third Season" made the title "X For A Third"), a person's news before the show ("Jane Doe
Cast in X Season 2"), and a second clause after it ("Hulu Renews X, Glass Lantern Star
Returns", "... X As Glass Lantern Star Exits", "... X While Glass Lantern Creator Teases
Spinoff"). Each wording is put over several title forms (two words, one word, "The", a
possessive, an inner "and", a word in capitals), a known and an unknown network, and a body
that writes the title whole or calls it only "the series". A cell passes when the stated fact
is found AND every fact names that show. Controls: titles that hold such words and that the
body writes whole, a pilot passed on (no season, no cancellation), a two-word name ending in a
role noun.

Every title and sentence here is invented for this test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of

from monitor.extract import rules
from monitor.extract.shows import normalise_title

PUBLISHED = dt.date(2031, 3, 10)
URL = "https://news.example/r17h"

TITLES = ["Night Ferry", "Harrowgate", "The Glass Orchard", "Marlow's Crossing",
          "Ash and Ember", "KNOX Unit"]
NETWORKS = ["Netflix", "Brightwave"]
BODIES = {
    "series": "The series follows two sisters who run a ferry between islands.",
    "whole": "{T} follows two sisters who run a ferry between islands.",
}

#: (headline, the kind it states).
WORDINGS = [
    ("No Season 3 For {T}", "cancelled"),
    ("{N} Passes On {T} Season 3", "cancelled"),
    ("{T} Gets No Fourth Season", "cancelled"),
    ("Curtains For {T}", "cancelled"),
    ("{N} Says No To {T} Season 3", "cancelled"),
    ("The End Of The Road For {T}", "cancelled"),
    ("{N} Orders More {T}", "renewed"),
    ("{N} Renews {T}, Glass Lantern Star Returns", "renewed"),
    ("{N} Renews {T} As Glass Lantern Star Exits", "renewed"),
    ("{N} Renews {T} While Glass Lantern Creator Teases Spinoff", "renewed"),
    ("Glass Lantern Alum Jane Doe Cast in {T} Season 2 As Filming Begins", "filming_started"),
    # the season phrase's words before "Season" ("{T} For A Third" was the title)
    ("{N} Renews {T} For A Third Season", "renewed"),
    ("{N} Picks Up {T} For A Second Season", "renewed"),
    ("{N} Renews {T} For Its Final Season", "renewed"),
    # a kind of show after the title ("{T} Revival" was the title)
    ("{T} Revival Premieres June 4 On {N}", "premiere"),
    ("{T} Reboot Premieres June 4", "premiere"),
    ("{T} Docuseries Premieres June 4", "premiere"),
    ("{T} Limited Series Premieres June 4 On {N}", "premiere"),
    ("{T} Miniseries Premieres June 4", "premiere"),
]
#: Cells that fail on the branch, with the reason.
_LEFT = {
    ("{N} Orders More {T}", "Harrowgate"): "a one-word title after 'More' is read as a surname "
                                           "(round 9b's gap)",
    ("{N} Picks Up {T} For A Second Season", "Harrowgate"): "a one-word title after a "
                                                            "particle is read as a surname "
                                                            "(round 9b's gap)",
}


def test_a_season_phrase_after_into_is_cut_but_gives_no_renewal_yet() -> None:
    facts = facts_of(BODIES["series"], "Hulu Orders Night Ferry Into A Fourth Season",
                     PUBLISHED, URL)
    assert all(f.show == "Night Ferry" for f in facts), [(f.show, f.kind) for f in facts]


def test_a_season_ordered_into_gives_the_renewal() -> None:
    # passes since round 18's trigger.season_reached ("orders X into a fourth season")
    facts = facts_of(BODIES["series"], "Hulu Orders Night Ferry Into A Fourth Season",
                     PUBLISHED, URL)
    assert {(f.show, f.kind) for f in facts} == {("Night Ferry", "renewed")}


def _cells() -> list[object]:
    cells: list[object] = []
    for wording, kind in WORDINGS:
        for title in TITLES:
            for network in NETWORKS:
                if "{N}" not in wording and network != NETWORKS[0]:
                    continue
                for body in BODIES:
                    reason = _LEFT.get((wording, title))
                    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
                    cells.append(pytest.param(
                        wording.format(T=title, N=network), body, title, kind, marks=marks,
                        id=f"{wording.split()[1]}-{title}-{network}-{body}"))
    return cells


@pytest.mark.parametrize("headline,body,title,kind", _cells())
def test_the_headline_wording_gives_the_shows_fact(headline: str, body: str, title: str,
                                                   kind: str) -> None:
    facts = facts_of(BODIES[body].format(T=title), headline, PUBLISHED, URL)
    shows = {normalise_title(f.show) for f in facts}
    assert (normalise_title(title), kind) in {(normalise_title(f.show), f.kind) for f in facts}, \
        [(f.show, f.season, f.kind) for f in facts]
    assert shows == {normalise_title(title)}, shows


def test_no_season_for_the_show_ends_it_after_the_season_before() -> None:
    facts = facts_of(BODIES["series"], "No Season 3 For Night Ferry", PUBLISHED, URL)
    assert {(f.show, f.season, f.kind) for f in facts} == {("Night Ferry", 2, "cancelled")}


# --- controls: the same words as a title's own, or as no decision ----------------------------

@pytest.mark.parametrize("headline,body,expected", [
    # a title holding the phrase, written whole by the body
    ("Curtains For Clara Renewed For Season 2", "Curtains For Clara follows a theatre troupe.",
     {("Curtains For Clara", "renewed")}),
    ("More Salt Road Renewed For Season 3", "More Salt Road follows a family of sailors.",
     {("More Salt Road", "renewed")}),
    # a conjunction inside a title the body writes whole
    ("Hulu Renews Dust As Gold Stars, Season 2 Coming", "Dust As Gold Stars follows two "
     "boxers. Hulu renewed it for a second season.", {("Dust As Gold Stars", "renewed")}),
    # a pilot passed on: no season, no cancellation
    ("Brightwave Passes On Jane Doe Pilot", "The network declined to order the pilot.", set()),
    # more episodes, not more of the show
    ("Netflix Orders More Episodes Of Night Ferry", "Night Ferry follows two sisters.",
     set()),
])
def test_a_title_holding_the_phrase_keeps_it(headline: str, body: str,
                                             expected: set[tuple[str, str]]) -> None:
    facts = facts_of(body, headline, PUBLISHED, URL)
    assert {(f.show, f.kind) for f in facts} == expected, [(f.show, f.kind) for f in facts]


def test_a_two_word_name_ending_in_a_role_noun_stays_whole() -> None:
    facts = facts_of("The series follows two rangers in Texas.", "Hulu Renews Copper Star",
                     PUBLISHED, URL)
    assert {(f.show, f.kind) for f in facts} == {("Copper Star", "renewed")}


# --- a comma list's last name with a singular verb of its own (rule list.own_clause) ---------

_TWO = "{T} follows two sisters who run a ferry. Lone Beacon returns in May with new episodes."


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("wording", ["Hulu Renews {T}, Lone Beacon Returns",
                                     "Brightwave Renews {T}, Lone Beacon Exits Schedule",
                                     "Hulu Cancels {T}, Lone Beacon Sets June Premiere"])
def test_a_name_with_its_own_verb_after_a_comma_is_no_list_item(wording: str,
                                                                title: str) -> None:
    facts = facts_of(_TWO.format(T=title), wording.format(T=title), PUBLISHED, URL)
    decided = {(normalise_title(f.show), f.kind) for f in facts
               if f.kind in ("renewed", "cancelled")}
    kind = "cancelled" if "Cancels" in wording else "renewed"
    assert decided == {(normalise_title(title), kind)}, decided


def test_the_name_left_out_of_the_list_is_explained() -> None:
    with rules.tracing() as trace:
        facts_of(_TWO.format(T="Night Ferry"), "Hulu Renews Night Ferry, Lone Beacon Returns",
                 PUBLISHED, URL)
    assert ("Lone Beacon", "list.own_clause") in {
        (event.phrase, event.dropped_by) for event in trace.events}, trace.events


@pytest.mark.parametrize("headline,body", [
    ("Hulu Renews Night Ferry, Lone Beacon And Salt Road", "The three dramas return in May."),
    ("TV news", "Hulu renewed Night Ferry, Lone Beacon and Salt Road on Tuesday."),
])
def test_a_list_without_its_own_verb_stays_a_list(headline: str, body: str) -> None:
    facts = facts_of(body, headline, PUBLISHED, URL)
    assert {(f.show, f.kind) for f in facts if f.kind == "renewed"} == {
        ("Night Ferry", "renewed"), ("Lone Beacon", "renewed"), ("Salt Road", "renewed")}


# --- the same wordings in capitals and in sentence case ---------------------------------------

@pytest.mark.parametrize("headline,kind", [
    ("NETFLIX PASSES ON NIGHT FERRY SEASON 3", "cancelled"),
    ("CURTAINS FOR NIGHT FERRY", "cancelled"),
    ("NIGHT FERRY REVIVAL PREMIERES JUNE 4", "premiere"),
    ("NETFLIX RENEWS NIGHT FERRY, GLASS LANTERN STAR RETURNS", "renewed"),
    ("Netflix passes on Night Ferry season 3", "cancelled"),
    ("No season 3 for Night Ferry", "cancelled"),
    ("Curtains for Night Ferry", "cancelled"),
    ("The end of the road for Night Ferry", "cancelled"),
    ("Netflix orders more Night Ferry", "renewed"),
    ("Netflix renews Night Ferry, Glass Lantern star returns", "renewed"),
    ("Netflix renews Night Ferry for a third season", "renewed"),
])
def test_capitals_and_sentence_case(headline: str, kind: str) -> None:
    facts = facts_of(BODIES["series"], headline, PUBLISHED, URL)
    assert {(f.show, f.kind) for f in facts} == {("Night Ferry", kind)}, \
        [(f.show, f.kind) for f in facts]


# --- a run the body never writes whole ends where the body's title ends ----------------------

@pytest.mark.parametrize("title", ["Night Ferry", "The Glass Orchard", "Marlow's Crossing",
                                   "KNOX Unit", "Route 88"])
@pytest.mark.parametrize("wording,kind", [
    ("No Fourth Season For {T} At Brightwave", "cancelled"),
    ("{T} Done At Brightwave After Two Seasons", "cancelled"),
    ("Curtains For {T} At Brightwave", "cancelled"),
])
def test_a_run_ends_where_the_bodys_title_ends(wording: str, kind: str, title: str) -> None:
    facts = facts_of(BODIES["whole"].format(T=title), wording.format(T=title), PUBLISHED, URL)
    assert {(normalise_title(f.show), f.kind) for f in facts} == {
        (normalise_title(title), kind)}, [(f.show, f.kind) for f in facts]


@pytest.mark.parametrize("headline,body,expected", [
    # the body writes the whole run: it is the title
    ("Hulu Renews Love At Sea For Season 2", "Love At Sea follows two sailors. Love is hard.",
     {("Love At Sea", "renewed")}),
    # one word only at a sentence's start is no title the run ends at
    ("Hulu Cancels Love At Sea", "Love conquers all in the series about two sailors.",
     {("Love At Sea", "cancelled")}),
])
def test_a_run_the_body_writes_whole_or_not_at_all_stays(
        headline: str, body: str, expected: set[tuple[str, str]]) -> None:
    facts = facts_of(body, headline, PUBLISHED, URL)
    assert {(f.show, f.kind) for f in facts} == expected, [(f.show, f.kind) for f in facts]
