"""Round 8 attribution: the event of a title's sentence goes to that title, not to a show an
aside names in passing ("X, the spinoff of Y, has been renewed", "X, created by Maya Lind,
...", "X, starring a Y alum, ..."), and a show that "joins" others on a list of decisions
shares their status. Every sentence is written for this test about invented shows."""

from __future__ import annotations

import datetime as dt

import pytest
from articles import make_article
from test_title_probes import proposed

PUBLISHED = dt.date(2024, 5, 10)


def _facts(body: str) -> set[tuple[str, str]]:
    """The (show, kind) pairs proposed: a bare sentence gives no evidence beside a name that it
    is a TV show, so a fact held back for that alone counts (``test_title_probes.proposed``)."""
    return proposed(make_article(body, "News roundup", PUBLISHED))


@pytest.mark.parametrize(("body", "kind"), [
    ("Glass Harbor, the spinoff of Red Kettle, has been renewed for a second season.",
     "renewed"),
    ("Glass Harbor, the Red Kettle sequel, will premiere on June 14.", "premiere"),
    ("Glass Harbor, the long-awaited prequel to Red Kettle, has been cancelled.", "cancelled"),
    ("Glass Harbor, from the creators of Red Kettle, has been renewed for a second season.",
     "renewed"),
    ("Glass Harbor, created by Maya Lind, has been renewed for a second season.", "renewed"),
    ("Glass Harbor, starring Red Kettle alum Jane Doe, has been renewed.", "renewed"),
    ("Glass Harbor, like Red Kettle before it, has been cancelled.", "cancelled"),
])
def test_the_event_goes_to_the_subject_not_the_asides_show(body: str, kind: str) -> None:
    facts = _facts(body)
    assert ("glass harbor", kind) in facts, facts
    assert ("red kettle", kind) not in facts, facts


def test_the_reboot_of_a_show_in_a_list_is_an_item() -> None:
    facts = _facts("Netflix renewed Old Pines, the reboot of Red Kettle and Tin Roof.")
    assert {("old pines", "renewed"), ("red kettle", "renewed"),
            ("tin roof", "renewed")} <= facts, facts


@pytest.mark.parametrize(("body", "kind"), [
    ("Glass Harbor joins Red Kettle on the list of shows cancelled this year.", "cancelled"),
    ("Glass Harbor joins Red Kettle and Old Pines among the shows axed this season.",
     "cancelled"),
    ("Glass Harbor now joins the likes of Red Kettle on the list of renewed dramas.",
     "renewed"),
])
def test_a_show_joining_a_list_of_decisions(body: str, kind: str) -> None:
    facts = _facts(body)
    assert {("glass harbor", kind), ("red kettle", kind)} <= facts, facts


def test_a_person_joining_a_show_is_no_show() -> None:
    facts = _facts("Jane Doe joins Glass Harbor, which was renewed in May.")
    assert facts == {("glass harbor", "renewed")}, facts


@pytest.mark.parametrize("body", [
    "Glass Harbor was renewed; Red Kettle, however, was cancelled.",
    "Glass Harbor was renewed. Red Kettle, meanwhile, has been cancelled after two seasons.",
    "Glass Harbor got a third season. Red Kettle, on the other hand, was cancelled.",
])
def test_two_shows_each_with_its_own_verb_past_an_adverb(body: str) -> None:
    facts = _facts(body)
    assert ("red kettle", "cancelled") in facts, facts
    assert ("glass harbor", "cancelled") not in facts, facts
