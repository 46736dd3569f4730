"""Round 20 (r20titles): a name counted among the shows a decision took.

"Quillmarsh is one of the shows Tovrel renewed on Thursday" gave Tovrel the renewal on main:
the name before "is one of the shows" had no cue, and the network no list holds, right before
the verb, took the fact as its nearest name. The name (or list) counted among shows is now a
title candidate (``shows._AMONG_DECIDED_AFTER_RE``), the count is its evidence of being a show
(``evidence.py``: kind_of_show), and the name between the plural and the verb is whoever
decided (``title.veto.relative_decider``, its plural form). Every sentence and name here is
invented.
"""

from __future__ import annotations

import pytest
from articles import facts_of, make_article, normalised_shows_kinds

from monitor.extract.explain import explain
from monitor.extract.shows import normalise_title

TITLES = ["Quillmarsh", "Lords of the Tide", "The Glass Harbor", "Moss & Tallow"]

FRAMES = [
    ("{T} is one of the shows Tovrel renewed on Thursday.", "renewed"),
    ("{T} is among the dramas Tovrel cancelled this week.", "cancelled"),
    ("{T} is one of five shows Tovrel renewed on Thursday.", "renewed"),
    ("{T} is one of the shows that Tovrel renewed on Thursday.", "renewed"),
    ("{T} was among the shows cancelled by Tovrel this week.", "cancelled"),
    ("{T} is one of the comedies Kestrel Play has cancelled.", "cancelled"),
    ("{T} was one of three series Tovrel renewed in May.", "renewed"),
]


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize(("frame", "kind"), FRAMES, ids=[f"frame{i}" for i in range(len(FRAMES))])
def test_the_counted_name_takes_the_decision(frame: str, kind: str, title: str) -> None:
    found = normalised_shows_kinds(facts_of(frame.format(T=title)))
    assert (normalise_title(title), kind) in found
    assert not {show for show, _ in found} & {"tovrel", "kestrel play"}


LIST_FRAMES = [
    ("Salt Road and {T} are among the shows Tovrel renewed on Thursday.", "renewed"),
    ("Salt Road and {T} are two of the comedies Tovrel has cancelled.", "cancelled"),
]


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize(("frame", "kind"), LIST_FRAMES, ids=["list0", "list1"])
def test_a_counted_list_takes_the_decision(frame: str, kind: str, title: str) -> None:
    found = normalised_shows_kinds(facts_of(frame.format(T=title)))
    assert {("salt road", kind), (normalise_title(title), kind)} <= found


#: Counted among what is no show: nothing.
NOT_SHOWS = [
    "Dana Voss is one of the stars Tovrel signed on Thursday.",
    "Marlow Bay is one of the towns where Tovrel filmed last year.",
    "Tovrel is one of the streamers that cancelled a drama this week.",
]


@pytest.mark.parametrize("body", NOT_SHOWS)
def test_no_fact_for_what_is_no_show(body: str) -> None:
    assert facts_of(body) == []


#: Controls: what main reads already stays.
CONTROLS = [
    ("Quillmarsh is one of the shows renewed by Netflix on Thursday.",
     {("quillmarsh", "renewed")}),
    ("Netflix renewed Quillmarsh on Thursday.", {("quillmarsh", "renewed")}),
    ("Copper Vale is a drama Kestrel cancelled in May.", {("copper vale", "cancelled")}),
]


@pytest.mark.parametrize(("body", "expected"), CONTROLS)
def test_controls(body: str, expected: set[tuple[str, str]]) -> None:
    assert normalised_shows_kinds(facts_of(body)) == expected


def test_explain_names_the_rules() -> None:
    _, text = explain(make_article("Quillmarsh is one of the shows Tovrel renewed on Thursday."))
    assert "Quillmarsh: title.keep.counted_among" in text
    assert "Tovrel: title.veto.relative_decider" in text
