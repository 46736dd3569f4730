"""Round-ups (issue 10, round 13): every show of a scorecard, a list or a headed layout.

An invented grid of round-up layouts, each with the facts it must give, and controls that must
give none. Every page, sentence and title here is invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract.facts import extract_facts
from monitor.extract.lists import semicolon_list_as_commas
from monitor.models import Article

PUBLISHED = dt.date(2031, 5, 14)
SHOWS = ("Glass Meridian", "Tin Harbor", "The Salt Orchard")
NETWORKS = ("Netflix", "NBC", "Hulu")


def _facts(text: str, headline: str = "The week in TV"
           ) -> set[tuple[str, int | None, str, str | None]]:
    article = Article("https://news.example/week", headline, text, PUBLISHED)
    return {(f.show, f.season, f.kind, f.date) for f in extract_facts(article)}


def _kinds(text: str, headline: str = "The week in TV") -> set[tuple[str, str]]:
    return {(show, kind) for show, _, kind, _ in _facts(text, headline)}


# --- semicolons between a list's items ----------------------------------------------------------

_PAIRS = list(zip(SHOWS, NETWORKS, strict=True))
_ITEMS = {
    "network in parentheses": [f"{show} ({net})" for show, net in _PAIRS],
    "network's possessive": [f"{net}'s {show}" for show, net in _PAIRS],
    "quoted": [f"“{show}”" for show in SHOWS],
}


@pytest.mark.parametrize("items", _ITEMS.values(), ids=list(_ITEMS))
@pytest.mark.parametrize(("frame", "kind"), [
    ("{L} were all cancelled this week.", "cancelled"),
    ("The networks cancelled {L} this week.", "cancelled"),
    ("Also getting the axe: {L}.", "cancelled"),
    ("Renewed this week: {L}.", "renewed"),
    ("{L} have all been renewed.", "renewed"),
])
def test_a_semicolon_list_is_governed_like_a_comma_list(frame: str, kind: str,
                                                         items: list[str]) -> None:
    listed = "; ".join(items[:-1]) + "; and " + items[-1]
    text = "Here is the week in TV.\n\n" + frame.format(L=listed)
    assert _kinds(text) == {(show, kind) for show in SHOWS}


def test_semicolons_between_clauses_stay() -> None:
    # clauses, not items: nothing changes, and each clause keeps its own status
    sentence = "Glass Meridian was renewed; Tin Harbor will end in May; fans are upset."
    assert semicolon_list_as_commas(sentence) == sentence
    text = "Netflix renewed Glass Meridian for season 2; Tin Harbor (NBC) will not return; " \
        "The Salt Orchard (Hulu) premieres in June."
    assert ("Glass Meridian", "cancelled") not in _kinds(text)
    # two items only: no run of a list
    assert semicolon_list_as_commas("Renewed: Glass Meridian; Tin Harbor.") == \
        "Renewed: Glass Meridian; Tin Harbor."


def test_a_semicolon_list_keeps_every_position() -> None:
    sentence = "Cancelled: Glass Meridian (NBC); Tin Harbor (Fox); and The Salt Orchard (ABC)."
    read = semicolon_list_as_commas(sentence)
    assert read == sentence.replace(";", ",") and len(read) == len(sentence)


# --- "Title on Network" items ---------------------------------------------------------------------

@pytest.mark.parametrize(("frame", "kind"), [
    ("The networks cancelled {L} this week.", "cancelled"),
    ("{L} were all cancelled.", "cancelled"),
    ("Renewed this week: {L}.", "renewed"),
    ("Streamers also renewed {L}.", "renewed"),
    ("This week brought cancellations for {L}.", "cancelled"),
])
def test_items_with_their_network_after_on_are_one_list(frame: str, kind: str) -> None:
    items = [f"{show} on {net}" for show, net in _PAIRS]
    listed = ", ".join(items[:-1]) + " and " + items[-1]
    assert _kinds("Here is the week in TV.\n\n" + frame.format(L=listed)) == {
        (show, kind) for show in SHOWS}


def test_on_a_day_or_a_lower_case_place_is_no_network_decoration() -> None:
    # the verb governs what it names: a show named later in another clause is not an item
    text = "Netflix cancelled Glass Meridian on Friday, and viewers on social media " \
        "turned to Tin Harbor instead."
    assert ("Tin Harbor", "cancelled") not in _kinds(text)
