"""Round 21 (r21lists): a list added by linking words to the decision told just before it.

"Kestrel has renewed Nightjar for a second season. Also on the list are Salt Road and Copper
Vale." gave Nightjar alone on main: the list's sentence has no status word of its own, the
decision before it names one show (no plural for ``list.decision_before``), and a one-show
headline counts nothing. Words that add the list to that decision — before it ("Also on the
list are", "The list also includes", "Others on the list include", "Joining it are", "The same
goes for", "So are", a set's noun before "include": "The network's slate for next season
includes") or after it ("are also on the list", "are in the same boat", ", too", "share its
fate") — give every item the decision of the sentence before (or the one before that, else the
headline's), with its certainty (``list.adds_to_decision``). A list with a status word,
negation, question, comparison or new shows of its own, a list that is no sentence's subject
("I loved A and B too"), two decisions before it, or one told too far up keep what they gave.
Every sentence and name here is invented.
"""

from __future__ import annotations

import pytest
from articles import facts_of, full_rows, make_article, normalised_shows_kinds

from monitor.extract.explain import explain
from monitor.extract.shows import normalise_title

#: (the decided show, the two listed shows); no cue of their own: the list's words make them shows.
NAMES = [
    ("Nightjar", "Salt Road", "Copper Vale"),
    ("Harrow Lane", "Glass Orchard", "Tin Harbor"),
    ("Quillmarsh", "Beacon Row", "Ember Street"),
]

#: (the decision before the list, its kind), for two networks.
DECISIONS = [
    ("Kestrel has renewed {A} for a second season.", "renewed"),
    ("Tovrel has cancelled {A} after one season.", "cancelled"),
    ("Kestrel picked up {A} for another run on Monday.", "renewed"),
    ("Tovrel axed {A} on Friday.", "cancelled"),
]

#: The list's sentence: linking words before or after the list, no status word of its own.
ADDED = [
    "Also on the list are {B} and {C}.",
    "The list also includes {B} and {C}.",
    "Others on the list include {B} and {C}.",
    "Other dramas in the same boat include {B} and {C}.",
    "Joining it are {B} and {C}.",
    "The same goes for {B} and {C}.",
    "So are {B} and {C}.",
    "{B} and {C} are also on the list.",
    "{B} and {C} are in the same boat.",
    "{B} and {C} were too.",
    "{B} and {C}, too.",
    "{B} and {C} share its fate.",
    "The network's slate for next season includes {B} and {C}.",
]


def _found(body: str, headline: str = "") -> set[tuple[str, str]]:
    return normalised_shows_kinds(facts_of(body, headline))


@pytest.mark.parametrize("names", NAMES, ids=["n0", "n1", "n2"])
@pytest.mark.parametrize(("decision", "kind"), DECISIONS,
                         ids=[f"d{i}" for i in range(len(DECISIONS))])
@pytest.mark.parametrize("added", ADDED, ids=[f"a{i}" for i in range(len(ADDED))])
def test_the_added_list_takes_the_decision(names: tuple[str, str, str], decision: str,
                                           kind: str, added: str) -> None:
    a, b, c = names
    body = f"{decision.format(A=a)}\n{added.format(B=b, C=c)}"
    assert {(normalise_title(n), kind) for n in names} <= _found(body)


@pytest.mark.parametrize("names", NAMES, ids=["n0", "n1", "n2"])
@pytest.mark.parametrize("headline", ["Kestrel Renews {A}", "Kestrel renews {A} for season 2"])
def test_a_headline_decision_reaches_the_first_sentences(names: tuple[str, str, str],
                                                         headline: str) -> None:
    a, b, c = names
    body = f"The drama follows two sisters.\nThe same goes for {b} and {c}."
    assert {(normalise_title(b), "renewed"), (normalise_title(c), "renewed")} <= _found(
        body, headline.format(A=a))


@pytest.mark.parametrize("names", NAMES, ids=["n0", "n1", "n2"])
def test_a_sentence_between_keeps_the_decision(names: tuple[str, str, str]) -> None:
    a, b, c = names
    body = (f"Kestrel has cancelled {a} after one season. The drama followed two sisters.\n"
            f"Also on the list are {b} and {c}.")
    assert {(normalise_title(b), "cancelled"), (normalise_title(c), "cancelled")} <= _found(body)


def test_the_items_take_the_decisions_certainty() -> None:
    body = ("Kestrel is expected to renew Nightjar for a second season.\n"
            "The same goes for Salt Road and Copper Vale.")
    rows = {(show, kind, certainty) for show, _, kind, _, certainty in full_rows(facts_of(body))}
    assert {("Salt Road", "renewed", "expected"), ("Copper Vale", "renewed", "expected")} <= rows


#: (body, headline): the listed shows get no renewal or cancellation from the sentence before.
CONTROLS = [
    # the list is no subject of the sentence
    ("Kestrel has renewed Nightjar for a second season.\nI loved Salt Road and Copper Vale "
     "too.", ""),
    # new shows are no renewal
    ("Kestrel has renewed Nightjar for a second season.\nThe network's slate for next season "
     "also includes new dramas Salt Road and Copper Vale.", ""),
    # two decisions before it: which one is not told
    ("Kestrel has renewed Nightjar but cancelled Harrow Lane.\nThe same goes for Salt Road and "
     "Copper Vale.", ""),
    # a negation in the list's sentence
    ("Kestrel has renewed Nightjar for a second season.\nThe network's renewals do not "
     "include Salt Road and Copper Vale.", ""),
    # a negated decision
    ("Kestrel has not renewed Nightjar yet.\nThe same goes for Salt Road and Copper Vale.", ""),
    # a question
    ("Kestrel has renewed Nightjar for a second season.\nIs the same true for Salt Road and "
     "Copper Vale?", ""),
    # a comparison, credits, a contrast
    ("Kestrel has renewed Nightjar for a second season.\nThe list also includes films like "
     "Salt Road and Copper Vale.", ""),
    ("Kestrel has renewed Nightjar for a second season.\nSalt Road and Copper Vale, however, "
     "are still waiting, too.", ""),
    # the decision told too far up
    ("Kestrel has renewed Nightjar for a second season. The drama follows two sisters. It is "
     "set in Leeds. Its cast is led by Mara Quell.\nThe same goes for Salt Road and Copper "
     "Vale.", ""),
    # no decision before it at all
    ("Nightjar follows two sisters.\nAlso on the list are Salt Road and Copper Vale.", ""),
    # a premiere is no decision a list shares
    ("Nightjar premieres on June 5.\nThe same goes for Salt Road and Copper Vale.", ""),
]


@pytest.mark.parametrize(("body", "headline"), CONTROLS,
                         ids=[f"c{i}" for i in range(len(CONTROLS))])
def test_controls_give_no_added_decision(body: str, headline: str) -> None:
    found = _found(body, headline)
    assert not {show for show, kind in found if kind in ("renewed", "cancelled")} & {
        "salt road", "copper vale"}


def test_a_list_with_its_own_status_word_is_its_own() -> None:
    body = ("Kestrel has renewed Nightjar for a second season.\nSalt Road and Copper Vale "
            "were cancelled, too.")
    found = _found(body)
    assert ("salt road", "cancelled") in found and ("salt road", "renewed") not in found


def test_explain_names_the_rule() -> None:
    _, text = explain(make_article(
        "Kestrel has renewed Nightjar for a second season.\nAlso on the list are Salt Road, "
        "Copper Vale and Tin Harbor."))
    assert "list.adds_to_decision" in text
