"""Kinds never predicted for a show that is found (issue 10, round 7): renewals told as a
season to come, episode counts told of the season just named, and a month or season standing
before the event it times ("a June premiere"). Sentences written for this test about invented
shows."""

from __future__ import annotations

import datetime as dt

import pytest
from articles import DatedRow, dated_rows, facts_of

PUBLISHED = dt.date(2024, 5, 10)
NOVEMBER = dt.date(2024, 11, 20)
G = "Glass Harbor"
R2 = (G, 2, "renewed", "2024-05")


def _facts(text: str, published: dt.date = PUBLISHED) -> set[DatedRow]:
    return dated_rows(facts_of(text, published=published))


RENEWALS = [
    "A second season of Glass Harbor is on the way.",
    "A second season of Glass Harbor is officially in the works.",
    "Glass Harbor has a second season on the way.",
    "Netflix has confirmed Glass Harbor season 2.",
    "Glass Harbor will continue for a second season.",
    "Glass Harbor is set for a second season.",
    "Netflix is moving forward with a second season of Glass Harbor.",
    "NBC has picked up Glass Harbor for a 13-episode second season.",
]


@pytest.mark.parametrize("text", RENEWALS, ids=[t[:60] for t in RENEWALS])
def test_a_season_to_come_is_a_renewal(text: str) -> None:
    assert R2 in _facts(text)


def test_a_show_officially_returning_is_renewed() -> None:
    assert _facts("The drama Glass Harbor is officially returning.") == {
        (G, None, "renewed", "2024-05")}
    # dated, the return is the premiere
    assert _facts("The drama Glass Harbor is officially returning on June 14.") == {
        (G, None, "premiere", "2024-06-14")}


@pytest.mark.parametrize("text", [
    "Netflix is not moving forward with a second season of Glass Harbor.",  # declined
    "Netflix has confirmed Glass Harbor season 2 premieres on June 14.",  # a date, no renewal
    "Glass Harbor season 2 is set for a June 14 premiere.",
])
def test_no_renewal(text: str) -> None:
    assert not any(kind == "renewed" for _, _, kind, _ in _facts(text))


def test_an_order_of_episodes_for_a_season_is_its_renewal() -> None:
    assert _facts("NBC has ordered 13 episodes of Glass Harbor for its second season.") == {
        R2, (G, 2, "episode_count", None)}


def test_a_count_told_of_the_season_just_named() -> None:
    assert _facts("Glass Harbor has been renewed for a second season. It will have eight "
                  "episodes.") == {R2, (G, 2, "episode_count", None)}


@pytest.mark.parametrize(("text", "published", "date"), [
    ("Glass Harbor season 2 is set for a June premiere.", PUBLISHED, "2024-06"),
    ("Glass Harbor season 2 is set for a late-June premiere.", PUBLISHED, "2024-06"),
    ("Glass Harbor season 2 gets a June premiere.", PUBLISHED, "2024-06"),
    ("Glass Harbor season 2 is set for a fall premiere.", PUBLISHED, "2024-FA"),
    ("Glass Harbor season 2 is set for a spring premiere.", NOVEMBER, "2025-SP"),
    ("Glass Harbor season 2 is set for a March premiere.", NOVEMBER, "2025-03"),
    ("Glass Harbor season 2 had a March premiere.", PUBLISHED, "2024-03"),
    ("Glass Harbor season 2 is set for a fall 2025 premiere.", PUBLISHED, "2025-FA"),
])
def test_a_month_or_season_before_the_premiere(text: str, published: dt.date,
                                               date: str) -> None:
    assert _facts(text, published) == {(G, 2, "premiere", date)}


def test_an_order_that_brings_a_season_to_a_count() -> None:
    facts = facts_of("ABC has ordered nine more episodes of Glass Harbor, "
                     "bringing its first season to 22.", published=PUBLISHED)
    assert [(f.season, f.value) for f in facts if f.kind == "episode_count"] == [(1, 22)]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a season confirmed on a day of its own is news of that day, not history
    ("Glass Harbor season 2 was confirmed in March.", dt.date(2020, 11, 13),
     {(G, 2, "renewed", "2020-03")}),
    ("Glass Harbor season 2 was confirmed last summer.", dt.date(2020, 11, 13),
     {(G, 2, "renewed", "2020-SU")}),
    # undated, it is the show's history
    ("Glass Harbor season 1 drew well, and a second season was announced soon after.",
     PUBLISHED, set()),
    ("Meanwhile \u201cGlass Harbor\u201d got picked up again.", PUBLISHED,
     {(G, None, "renewed", "2024-05")}),
    ("Filming on Glass Harbor season 2 was paused by snow, but was eventually finished in "
     "October.", dt.date(2020, 12, 22), {(G, 2, "filming_wrapped", "2020-10")}),
    ("Production on Glass Harbor season 2 has been halted and will not be completed until "
     "2021.", dt.date(2020, 12, 22), set()),
])
def test_decisions_and_wraps_in_other_words(text: str, published: dt.date,
                                            expected: set[tuple[object, ...]]) -> None:
    assert _facts(text, published) == expected


@pytest.mark.parametrize(("text", "count"), [
    ("NBC gave Glass Harbor season 2 an order of 13.", (2, 13)),
    ("Glass Harbor series 2 (6x60') is produced by Lantern Films.", (2, 6)),
    ("Glass Harbor series 2 (8 x 45') is produced by Lantern Films.", (2, 8)),
    ("Glass Harbor season 2 is a six-parter.", (2, 6)),
])
def test_counts_in_trade_and_press_release_forms(text: str, count: tuple[int, int]) -> None:
    facts = facts_of(text, published=PUBLISHED)
    assert [(f.season, f.value) for f in facts if f.kind == "episode_count"] == [count]


@pytest.mark.parametrize("text", [
    "Glass Harbor season 2 rated 4x higher than season 1.",
    "The network placed an order of 13 million dollars for Glass Harbor season 2.",
    "Glass Harbor season 2 is an order of magnitude bigger.",
])
def test_no_count(text: str) -> None:
    facts = facts_of(text, published=PUBLISHED)
    assert not any(f.kind == "episode_count" for f in facts)
