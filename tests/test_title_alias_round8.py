"""Round 8: look-alike titles stay two shows, each with its own facts. One title the prefix
or suffix of another, a franchise's shows with their subtitles, a spinoff named after "the X
spinoff", a status word inside a title ("Glass Harbor: The Revival"). Every sentence is
written for this test about invented shows."""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of, shows_kinds

from monitor.models import ShowName

PUBLISHED = dt.date(2024, 5, 10)


def _facts(body: str) -> set[tuple[str, str]]:
    return shows_kinds(facts_of(body, "News roundup", PUBLISHED))


#: Two shows whose titles share words: (the renewed one, the cancelled one).
PAIRS = {
    "subtitle": ("Glass Harbor", "Glass Harbor: Origins"),
    "subtitle_the": ("Star Voyage", "Star Voyage: Deep Waters"),
    "suffix_word": ("Red Kettle", "Red Kettle Nights"),
    "suffix_plural": ("The Kettle", "The Kettle Chronicles"),
    "franchise_siblings": ("Law & Honor: Special Unit", "Law & Honor: Organized Crime"),
    "shared_first_word": ("Chicago Blaze", "Chicago Rescue"),
    "sibling_subtitles": ("Glass Harbor: Origins", "Glass Harbor: Legacy"),
    "longer_with_of": ("The Pines of Marlow", "The Pines"),
    "academy": ("Tin Roof", "Tin Roof Academy"),
}

SENTENCES = {
    "spinoff_cancelled": "Netflix renewed {a} for a third season. Its spinoff {b} was "
                         "cancelled after one season.",
    "while": "{b} has been cancelled after one season, while {a} will return for a fourth "
             "season.",
    "two_sentences": "Hulu cancelled {b}. The network renewed {a} for a second season.",
}


@pytest.mark.parametrize(("pair", "sentence"), [
    pytest.param(p, s, id=f"{s}-{p}") for s in SENTENCES for p in PAIRS])
def test_look_alike_titles_stay_two_shows(pair: str, sentence: str) -> None:
    renewed, cancelled = PAIRS[pair]
    facts = _facts(SENTENCES[sentence].format(a=renewed, b=cancelled))
    assert (renewed, "renewed") in facts and (cancelled, "cancelled") in facts, facts
    assert (renewed, "cancelled") not in facts and (cancelled, "renewed") not in facts, facts


@pytest.mark.parametrize("body", [
    "Hulu has renewed the Glass Harbor spinoff (Red Kettle) and cancelled Old Pines.",
    "Netflix renewed the Glass Harbor spinoff, Red Kettle, for a second season.",
    "Netflix renewed the Glass Harbor prequel called Red Kettle for a second season.",
])
def test_a_spinoff_named_after_the_spinoff_takes_the_fact(body: str) -> None:
    facts = _facts(body)
    assert ("Red Kettle", "renewed") in facts, facts
    assert ("Glass Harbor", "renewed") not in facts, facts


def test_an_unnamed_spinoff_is_still_no_fact_of_its_parent() -> None:
    facts = _facts("Netflix renewed Glass Harbor for a second season. The Glass Harbor "
                   "spinoff has also been green-lit.")
    assert facts == {("Glass Harbor", "renewed")}, facts


@pytest.mark.parametrize(("body", "show", "kind", "not_kind"), [
    ("Hulu cancelled Glass Harbor: The Revival after one season.",
     "Glass Harbor: The Revival", "cancelled", "renewed"),
    ("Netflix cancelled Revival Road after one season.",
     "Revival Road", "cancelled", "renewed"),
])
def test_a_status_word_inside_a_title_is_the_titles(body: str, show: str, kind: str,
                                                     not_kind: str) -> None:
    facts = _facts(body)
    assert (show, kind) in facts and (show, not_kind) not in facts, facts


def _known_facts(body: str, known: str) -> set[tuple[str, str]]:
    return shows_kinds(facts_of(body, "News roundup", PUBLISHED, known=[ShowName(known, ())]))


@pytest.mark.parametrize("body", [
    "Netflix renewed Star Voyage for a third season. Its spinoff Star Voyage: Deep Waters was "
    "cancelled after one season.",
    "The prequel Star Voyage: Deep Waters has been cancelled after one season, while Star "
    "Voyage will return for a fourth season.",
    "Star Voyage will return for a fourth season. Star Voyage: Deep Waters season 2 has been "
    "cancelled.",
])
def test_a_known_shows_subtitled_spinoff_is_its_own_show(body: str) -> None:
    # the parent is watched (or confirmed by the store): its spinoff's cancellation is not its
    facts = _known_facts(body, "Star Voyage")
    assert ("Star Voyage: Deep Waters", "cancelled") in facts, facts
    assert ("Star Voyage", "cancelled") not in facts, facts


def test_a_known_shows_episode_stays_the_shows() -> None:
    facts = _known_facts("Star Voyage: The Long Night drew record ratings. Star Voyage was "
                         "renewed for a fifth season.", "Star Voyage")
    assert facts == {("Star Voyage", "renewed")}, facts
