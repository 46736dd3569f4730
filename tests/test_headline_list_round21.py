"""Round 21 (s21headline): a body's list under the headline's counted decision.

"Kestrel Renews 12 Shows || The network's dramas coming back next season are Nightjar, Salt
Road and Copper Vale." gave nothing on main: the list's sentence has no status word of its
own, it is shorter than the count by more than one, and its lead is no short description of
its items; a mixed headline ("Renews 12 Shows, Cancels 3") was no counted decision at all. The
headline's decision now governs a list told after a lead ending on a copula, "include" or a
colon, no longer than the count (``list.headline_governs``); under a mixed headline the list
takes the kind its lead names ("coming back", "casualties") or the sentence before tells, else
none. A reader's favourites, a comparison, new shows, a neutral lead under a mixed headline, a
list longer than its kind's count, a lead naming another decision, and an item the body gives
another decision keep what they gave. Every sentence and name here is invented.
"""

from __future__ import annotations

import pytest
from articles import facts_of, make_article, normalised_shows_kinds

from monitor.extract.explain import explain
from monitor.extract.shows import normalise_title

#: Three listed shows, no cue of their own: the list's lead makes them shows.
NAMES = [
    ("Nightjar", "Salt Road", "Copper Vale"),
    ("Iron Bay", "Glass Orchard", "Night Ferry"),
    ("The Lantern Files", "Blue Hollow", "Marrow Street"),
]

#: A body sentence before the list, telling no decision.
OPENING = "The network made the announcement on Tuesday, ahead of its upfront in New York."

#: One-kind counted headlines whose count the list does not fill.
RENEWALS = ["Kestrel Renews 12 Shows", "Tovrel Renews Five Dramas", "Kestrel Renews 9 Series"]

#: Leads ending on a copula or a colon, no status word of their own.
LEADS = [
    "The network's dramas coming to the fall schedule are {A}, {B} and {C}.",
    "The shows on the network's list for next season are {A}, {B} and {C}.",
    "Here are the shows on the list for next season: {A}, {B} and {C}.",
    "The full list, as announced by the network: {A}, {B} and {C}.",
    "The list is {A}, {B} and {C}.",
]

#: Mixed headlines, each kind counted in a clause of its own.
MIXED = ["Kestrel Renews 12 Shows, Cancels 3", "Tovrel Renews Five, Cancels Four",
         "9 Shows Renewed, 4 Cancelled at Kestrel"]

#: Leads naming which of a mixed headline's decisions the list is, with that kind.
NAMED_LEADS = [
    ("The network's dramas coming back next season are {A}, {B} and {C}.", "renewed"),
    ("The network's keepers, announced on Tuesday, include {A}, {B} and {C}.", "renewed"),
    ("The full list of the network's returning shows: {A}, {B} and {C}.", "renewed"),
    ("The casualties of the network's busy week are {A}, {B} and {C}.", "cancelled"),
    ("The shows on their way out include {A}, {B} and {C}.", "cancelled"),
    ("Other dramas coming back include {A}, {B} and {C}.", "renewed"),
]


def _found(body: str, headline: str) -> set[tuple[str, str]]:
    return normalised_shows_kinds(facts_of(body, headline))


def _listed(names: tuple[str, str, str], kind: str) -> set[tuple[str, str]]:
    return {(normalise_title(name), kind) for name in names}


def _body(lead: str, names: tuple[str, str, str], before: str = OPENING) -> str:
    return before + " " + lead.format(A=names[0], B=names[1], C=names[2])


@pytest.mark.parametrize("names", NAMES, ids=lambda n: n[0])
@pytest.mark.parametrize("lead", LEADS)
@pytest.mark.parametrize("headline", RENEWALS)
def test_counted_headline_governs_a_list_after_a_lead(headline: str, lead: str,
                                                     names: tuple[str, str, str]) -> None:
    assert _found(_body(lead, names), headline) == _listed(names, "renewed")


@pytest.mark.parametrize("names", NAMES, ids=lambda n: n[0])
@pytest.mark.parametrize(("lead", "kind"), NAMED_LEADS, ids=lambda v: str(v)[:30])
@pytest.mark.parametrize("headline", MIXED)
def test_mixed_headline_list_takes_the_kind_its_lead_names(
        headline: str, lead: str, kind: str, names: tuple[str, str, str]) -> None:
    assert _found(_body(lead, names), headline) == _listed(names, kind)


@pytest.mark.parametrize("names", NAMES, ids=lambda n: n[0])
@pytest.mark.parametrize("headline", MIXED)
def test_mixed_headline_list_takes_the_decision_told_before(
        headline: str, names: tuple[str, str, str]) -> None:
    body = _body("The list is {A}, {B} and {C}.", names,
                 before="Kestrel renewed a number of its dramas on Tuesday.")
    assert _found(body, headline) == _listed(names, "renewed")


def test_certainty_follows_the_headline() -> None:
    facts = facts_of(_body(LEADS[0], NAMES[0]), "Kestrel Expected to Renew 12 Shows")
    assert {(f.show, f.certainty) for f in facts if f.show in NAMES[0]} == {
        (name, "expected") for name in NAMES[0]}


def test_explain_names_the_rule() -> None:
    _, text = explain(make_article(_body(NAMED_LEADS[3][0], NAMES[0]), MIXED[0]))
    assert "list.headline_governs" in text


# --- controls: the same on main and here --------------------------------------------------

#: (headline, list sentence): nothing for the list.
NOTHING = [
    ("Kestrel Renews 12 Shows", "My favourite shows this year are {A}, {B} and {C}."),
    ("Kestrel Renews 12 Shows", "The network's dramas are as good as rivals like {A}, {B} "
                                "and {C}."),
    ("Kestrel Renews 12 Shows", "The new dramas coming next season are {A}, {B} and {C}."),
    ("Kestrel Renews 12 Shows, Cancels 3", "The shows on the network's list are {A}, {B} and "
                                           "{C}."),
    ("Tovrel Renews Five Dramas and Cancels Two", "The casualties of the network's busy week "
                                                  "are {A}, {B} and {C}."),
    ("Kestrel Renews 12 Shows", "The casualties of the network's busy week are {A}, {B} and "
                                "{C}."),
    ("Kestrel Renews Two Shows", "The shows on the network's list for next season are {A}, "
                                 "{B} and {C}."),
    ("Kestrel Renews 12 Shows", "The shows on the network's list for next season are not "
                                "{A}, {B} and {C}."),
    ("Kestrel Renews 12 Shows", "Are the shows on the network's list {A}, {B} and {C}?"),
    ("Kestrel Renews Five Dramas", "The network's other hits are {A}, {B} and {C}."),
    ("Kestrel Renews Five Dramas", "Among the five are {A}, {B} and {C}, all in their first "
                                   "year."),
    ("Kestrel Reveals Its Fall Schedule", "The shows on the network's list for next season "
                                          "are {A}, {B} and {C}."),
]


@pytest.mark.parametrize("names", NAMES, ids=lambda n: n[0])
@pytest.mark.parametrize(("headline", "lead"), NOTHING, ids=lambda v: str(v)[:30])
def test_lists_the_headline_does_not_govern(headline: str, lead: str,
                                            names: tuple[str, str, str]) -> None:
    assert _found(_body(lead, names), headline) == set()


def test_an_item_told_another_decision_keeps_the_list_out() -> None:
    body = _body(LEADS[1], NAMES[0]) + " Kestrel cancelled Copper Vale on Monday."
    found = _found(body, "Kestrel Renews 12 Shows")
    assert not {show for show, _ in found} & {"nightjar", "salt road"}


@pytest.mark.parametrize("names", NAMES, ids=lambda n: n[0])
def test_a_list_matching_the_count_stays_governed(names: tuple[str, str, str]) -> None:
    body = _body("The shows on the network's list for next season are {A}, {B} and {C}.",
                 names)
    assert _found(body, "Kestrel Cancels Three Comedies") == _listed(names, "cancelled")
