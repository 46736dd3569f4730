"""Round 8: a show never proposed for want of a cue the discovery reads. Kinds of show named
before a title beyond drama and comedy ("the anime X", "the telenovela X"), "fans of X", a
season "being made", and a sentence broken where a link ended (the next line opens with a
comma). Every sentence is written for this test about invented shows."""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of, make_article, normalised_rows
from test_title_probes import proposed

PUBLISHED = dt.date(2024, 5, 10)


def _facts(body: str, title: str = "News roundup") -> set[tuple[str, int | None, str]]:
    return normalised_rows(facts_of(body, title, PUBLISHED))


def _proposed(body: str) -> set[tuple[str, str]]:
    """(show, kind) proposed, a fact held back for want of evidence that its span is a TV show
    included: the negative probes must fail for their own reason, and a bare "X is filming in
    Toronto" may be a film's (``test_title_probes.proposed``)."""
    return proposed(make_article(body, "News roundup", PUBLISHED))


@pytest.mark.parametrize("kind", ["anime", "telenovela", "soap", "romcom", "mockumentary",
                                  "docudrama"])
def test_a_kind_of_show_before_a_title(kind: str) -> None:
    body = (f"Good news arrived for the {kind} Lantern Road on Monday. The studio said a "
            "second season of the show is on the way.")
    assert ("lantern road", 2, "renewed") in _facts(body)


@pytest.mark.parametrize("body", [
    "Good news for fans of Lantern Road: the drama has been renewed.",
    "It was a good day for fans of the Lantern Road, as the drama has been renewed.",
])
def test_fans_of_a_title(body: str) -> None:
    assert ("lantern road", None, "renewed") in _facts(body)


def test_fans_of_a_person_are_no_show() -> None:
    assert not any(show == "jane doe" for show, _ in _proposed(
        "Fans of Jane Doe will be happy: Netflix renewed the drama Lantern Road."))


@pytest.mark.parametrize("body", [
    "A second season of Lantern Road is being made.",
    "A second season of Lantern Road is finally being produced, the studio said.",
])
def test_a_season_being_made_is_a_renewal(body: str) -> None:
    assert ("lantern road", 2, "renewed") in _facts(body)


def test_a_sentence_broken_where_a_link_ended() -> None:
    body = ("Tuesday was a good day for fans of Maya Lind's anime Lantern Road\n"
            ", as its official site\n"
            "confirmed a second season is now being made.\n"
            "Lantern Road\n"
            "was a huge hit back in 2021.")
    assert ("lantern road", 2, "renewed") in _facts(body)


@pytest.mark.parametrize("body", [
    "Viewers mourned the abandonment of Lantern Road by Hulu.",
    "Hulu confirmed the scrapping of Lantern Road on Tuesday.",
    "Hulu has abandoned Lantern Road after one season.",
])
def test_a_cancellation_said_as_abandoning(body: str) -> None:
    assert any(show == "lantern road" and kind == "cancelled"
               for show, _, kind in _facts(body)), _facts(body)


@pytest.mark.parametrize("body", [
    "The crew abandoned Lantern Road Island in 1921.",
    "Residents abandoned the old mill on Lantern Road.",
])
def test_a_place_abandoned_is_no_cancellation(body: str) -> None:
    assert not any(kind == "cancelled" for _, kind in _proposed(body)), _proposed(body)


@pytest.mark.parametrize("body", [
    "Lantern Road is filming in Toronto this week.",
    "Lantern Road crews are filming outside the old town hall this week.",
    "Lantern Road is currently shooting in Atlanta.",
])
def test_a_show_filming_somewhere(body: str) -> None:
    assert ("lantern road", "filming_started") in _proposed(body), _proposed(body)


def test_a_person_filming_is_no_show() -> None:
    assert not _proposed("Jane Doe is filming in Toronto this week.")
