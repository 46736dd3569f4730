"""Round 20 (s20siblings): a list told as a unit shares the decision told of one of its items.

"Kestrel Cancels Its Comedy Slate || Kestrel cancelled Nightjar on Monday. Nightjar, Copper
Vale and Salt Road drew small audiences." gave Nightjar alone the cancellation on main: the
headline's plural decision governs the body's first list only while no other status word comes
before it (``list.headline_decision``), and the sentence naming Nightjar closed it. When the
headline or the sentence before tells a decision over a plural of shows and one item of a list
with no status word of its own has that decision told elsewhere, every item takes it, with its
date and certainty (``list.sibling_decision``). Mixed fates, comparisons, a one-show headline
and a list set apart keep what they gave. Every sentence and name here is invented.
"""

from __future__ import annotations

import pytest
from articles import facts_of, full_rows, make_article, normalised_shows_kinds

from monitor.extract.explain import explain
from monitor.extract.shows import normalise_title

#: Three-title lists, each title quoted (the quotes make each one a title the article keeps).
NAMES = [
    ("Nightjar", "Copper Vale", "Salt Road"),
    ("The Brass Lantern", "Moss & Tallow", "Harrowgate"),
    ("Quillon", "Lords of the Tide", "Ember Street"),
]

#: (headline, the first item's own decision, the kind): a plural decision, uncounted.
HEADLINES = [
    ("Kestrel Cancels Its Comedy Slate", "Kestrel cancelled “{A}” on Monday.", "cancelled"),
    ("Tovrel Renews a Handful of Dramas", "Tovrel renewed “{A}” on Monday.", "renewed"),
    ("Kestrel cancels several series", "Kestrel has cancelled “{A}”.", "cancelled"),
    ("Tovrel renews a number of its dramas", "Tovrel renewed “{A}” this week.", "renewed"),
]

#: The list, no status word of its own.
LISTS = [
    "“{A},” “{B}” and “{C}” drew small audiences.",
    "“{A},” “{B}” and “{C}” were the network's newest series.",
    "“{A},” “{B}” and “{C}” all premiered last year.",
]


def _found(body: str, headline: str) -> set[tuple[str, str]]:
    return normalised_shows_kinds(facts_of(body, headline))


@pytest.mark.parametrize("names", NAMES, ids=["n0", "n1", "n2"])
@pytest.mark.parametrize(("headline", "own", "kind"), HEADLINES,
                         ids=[f"h{i}" for i in range(len(HEADLINES))])
@pytest.mark.parametrize("listed", LISTS[:2], ids=["l0", "l1"])
def test_every_item_takes_the_decision(names: tuple[str, str, str], headline: str, own: str,
                                       kind: str, listed: str) -> None:
    a, b, c = names
    body = f"{own.format(A=a)} {listed.format(A=a, B=b, C=c)}"
    assert {(normalise_title(n), kind) for n in names} <= _found(body, headline)


@pytest.mark.parametrize("names", NAMES, ids=["n0", "n1", "n2"])
def test_a_sentence_between_keeps_the_list(names: tuple[str, str, str]) -> None:
    a, b, c = names
    body = (f"Kestrel cancelled “{a}” on Monday. Fans were upset. "
            f"“{a},” “{b}” and “{c}” drew small audiences.")
    assert {(normalise_title(n), "cancelled") for n in names} <= _found(
        body, "Kestrel Cancels Its Comedy Slate")


def test_the_items_take_the_date_and_certainty() -> None:
    body = ("Kestrel cancelled “Nightjar” on Monday. “Nightjar,” “Copper Vale” and “Salt Road” "
            "drew small audiences.")
    rows = full_rows(facts_of(body, "Kestrel Cancels Its Comedy Slate"))
    assert {(n, None, "cancelled", "2024-05-06", "confirmed")
            for n in ("Nightjar", "Copper Vale", "Salt Road")} <= rows


#: Controls: what these gave on main, they give on the branch (the list's other items get
#: no decision).
CONTROLS = [
    # the headline tells one show's fate
    ("Kestrel Cancels Nightjar", "Kestrel cancelled “Nightjar” on Monday. “Nightjar,” “Copper "
     "Vale” and “Salt Road” drew small audiences."),
    # a headline with no decision
    ("Kestrel's Fall Lineup", "Kestrel cancelled “Nightjar” on Monday. “Nightjar,” “Copper "
     "Vale” and “Salt Road” drew small audiences."),
    # comparison
    ("Kestrel Cancels Its Comedy Slate", "Kestrel cancelled “Nightjar” on Monday. “Nightjar,” "
     "like “Copper Vale” and “Salt Road,” drew small audiences."),
    # the others set apart
    ("Kestrel Cancels Its Comedy Slate", "Kestrel cancelled “Nightjar” on Monday. The other "
     "shows: “Nightjar,” “Copper Vale” and “Salt Road.”"),
    # a negation
    ("Kestrel Cancels Its Comedy Slate", "Kestrel cancelled “Nightjar” on Monday. “Nightjar,” "
     "“Copper Vale” and “Salt Road” did not draw small audiences."),
    # a question
    ("Kestrel Cancels Its Comedy Slate", "Kestrel cancelled “Nightjar” on Monday. Will "
     "“Nightjar,” “Copper Vale” and “Salt Road” be missed?"),
    # a cast list
    ("Kestrel Cancels Its Comedy Slate", "Kestrel cancelled “Nightjar” on Monday. It starred "
     "Dana Voss, Milo Brant and Tessa Orr."),
]


@pytest.mark.parametrize(("headline", "body"), CONTROLS,
                         ids=[f"c{i}" for i in range(len(CONTROLS))])
def test_controls_give_no_sibling(headline: str, body: str) -> None:
    found = _found(body, headline)
    assert ("nightjar", "cancelled") in found
    assert not {("copper vale", "cancelled"), ("salt road", "cancelled")} & found
    assert not {show for show, _ in found} & {"dana voss", "milo brant", "tessa orr"}


def test_mixed_fates_keep_their_own() -> None:
    body = ("Kestrel cancelled “Nightjar” on Monday. It renewed “Copper Vale” on Tuesday. "
            "“Nightjar,” “Copper Vale” and “Salt Road” drew small audiences.")
    found = _found(body, "Kestrel Cancels Its Comedy Slate")
    assert ("nightjar", "cancelled") in found and ("copper vale", "renewed") in found
    assert ("copper vale", "cancelled") not in found
    assert ("salt road", "cancelled") not in found


def test_a_list_with_its_own_trigger_is_its_own() -> None:
    body = ("Kestrel cancelled “Nightjar” on Monday. “Nightjar,” “Copper Vale” and “Salt Road” "
            "all premiered last year.")
    found = _found(body, "Kestrel Cancels Its Comedy Slate")
    assert ("copper vale", "cancelled") not in found


def test_explain_names_the_rule() -> None:
    _, text = explain(make_article(
        "Kestrel cancelled “Nightjar” on Monday. “Nightjar,” “Copper Vale” and “Salt Road” "
        "drew small audiences.", "Kestrel Cancels Its Comedy Slate"))
    assert "list.sibling_decision" in text
