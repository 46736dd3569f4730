"""A revival: a renewal, with the cancellation it undoes as the show's past — round 17 (issue
10, r17kinds).

The labelling guide: "a revival after a cancellation is renewed", and a past decision told as
background is a fact with its own date or none (round 16). Main read most revival wordings
already; the ones it read as the wrong kind, or as nothing: the return or pickup verbs told
with the cancellation they undo ("X was picked up by Hulu after Fox cancelled it": only the
cancellation; "Hulu is bringing back X, which Fox cancelled last year": only the cancellation;
"brought X back after Fox dropped it in 2029": a premiere of 2029, "dropped" read as a release),
"reviving" / "revives" (nothing), and a headline's "After Fox Cancellation", read as the news
— a cancellation of the renewed season, dated the publication month. Controls: the verbs'
other objects (interest, hopes, the cast, a story picked up by outlets) give nothing.

Every sentence and show is invented for this test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of

PUBLISHED = dt.date(2031, 3, 10)
ABOUT = " The drama Harrow Lane follows two brothers who run a ferry on Lake Erie."

Row = tuple[str, int | None, str, str | None]


def _facts(body: str, headline: str = "") -> set[Row]:
    return {(f.show, f.season, f.kind, f.date)
            for f in facts_of(body + ABOUT, headline, PUBLISHED)}


@pytest.mark.parametrize("body, season", [
    ("Harrow Lane was picked up by Hulu after Fox cancelled it.", None),
    ("Harrow Lane has been picked up by Hulu, months after Fox axed it.", None),
    ("Hulu is bringing back Harrow Lane, which Fox cancelled last year.", None),
    ("Hulu brought back Harrow Lane after Fox dropped it in 2029.", None),
    ("Hulu is reviving Harrow Lane for a fourth season.", 4),
    ("Hulu revives Harrow Lane for a fourth season.", 4),
    ("Hulu is resurrecting Harrow Lane for a fourth season.", 4),
], ids=["picked-up-by-after-cancelled", "picked-up-by-months-after-axed",
        "bringing-back-which-cancelled", "brought-back-after-dropped", "reviving",
        "revives", "resurrecting"])
def test_a_revival_is_a_renewal(body: str, season: int | None) -> None:
    assert ("Harrow Lane", season, "renewed", "2031-03") in _facts(body)


@pytest.mark.parametrize("body", [
    "Harrow Lane was picked up by Hulu after Fox cancelled it.",
    "Hulu is bringing back Harrow Lane, which Fox cancelled last year.",
], ids=["picked-up", "bringing-back"])
def test_the_cancellation_a_revival_undoes_is_no_news_of_this_month(body: str) -> None:
    cancelled = [r for r in _facts(body) if r[2] == "cancelled"]
    assert cancelled and all(r[3] != "2031-03" for r in cancelled)


def test_a_headline_cancellation_after_a_rescue_is_the_season_before_undated() -> None:
    found = _facts("Hulu has ordered a fourth season of the drama.",
                   "Harrow Lane Saved By Hulu After Fox Cancellation")
    assert ("Harrow Lane", 4, "renewed", "2031-03") in found
    assert [r for r in found if r[2] == "cancelled"] == [("Harrow Lane", 3, "cancelled", None)]


@pytest.mark.parametrize("body, expected", [
    ("Hulu has rescued Harrow Lane, which Fox cancelled in May.",
     {("Harrow Lane", None, "renewed", "2031-03"), ("Harrow Lane", None, "cancelled", "2030-05")}),
    ("Hulu brought back Harrow Lane for a fourth season.",
     {("Harrow Lane", 4, "renewed", "2031-03")}),
    ("Hulu has picked up Harrow Lane after its cancellation at Fox.",
     {("Harrow Lane", None, "renewed", "2031-03")}),
], ids=["rescued", "brought-back-for", "picked-up-after-its-cancellation"])
def test_revivals_main_read_stay(body: str, expected: set[Row]) -> None:
    assert _facts(body) == expected


@pytest.mark.parametrize("body", [
    "The finale of Harrow Lane is reviving interest in the novels.",
    "Harrow Lane revives the spirit of the old ferry dramas.",
    "The story of the Harrow Lane shoot was picked up by outlets after the crew cancelled a "
    "party.",
], ids=["reviving-interest", "revives-the-spirit", "story-picked-up"])
def test_other_objects_of_the_verbs_are_no_renewal(body: str) -> None:
    assert not {r for r in _facts(body) if r[2] == "renewed"}


@pytest.mark.parametrize("body", [
    "Kestrel Play dropped all eight episodes of Harrow Lane season 2 on Friday.",
    "Harrow Lane season 2 dropped on Kestrel Play on Friday.",
    "Harrow Lane season 2 dropped on Friday, a year after the streamer dropped the trailer.",
], ids=["dropped-episodes", "dropped-on", "dropped-the-trailer"])
def test_a_release_told_by_drop_stays_a_premiere(body: str) -> None:
    assert ("Harrow Lane", 2, "premiere", "2031-03-07") in _facts(body)
