"""A detail of a season announced is no renewal — round 18 (issue 10, r18false).

"The premiere date for season 3 of X has been announced" and "X's season 3 trailer was
revealed" were read as the season's renewal ("season 3 ... has been announced"): what was
announced is the season's date, trailer, cast or title, and the season's existence is only
implied (the renewal is told elsewhere, or long before). Rule ``drop.season_detail_announced``.
Controls: the season itself announced or confirmed, a renewal beside a detail still to come.
Every sentence and show is invented for this test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of

PUBLISHED = dt.date(2031, 3, 10)
TITLES = ["Harrow Lane", "The Salt Road", "Quillon"]

Row = tuple[str, int | None, str]


def _facts(body: str, headline: str = "") -> set[Row]:
    return {(f.show, f.season, f.kind) for f in facts_of(body, headline, PUBLISHED)}


DETAILS = [
    "The premiere date for season 3 of {t} has been announced.",
    "The release dates for Season 3 of Kestrel's drama \"{t}\" have been announced.",
    "The trailer for season 3 of {t} was announced on Monday.",
    "The cast of season 3 of {t} has been announced.",
    "Casting for season 3 of {t} has been confirmed.",
    "The episode titles for {t}'s third season have been announced.",
    "The official premiere date for the third season of {t} has been confirmed by Kestrel.",
    "The title of season 3 of {t} was revealed at the panel.",
]


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("body", DETAILS, ids=[
    "premiere-date-for", "release-dates-for-network-drama", "trailer-for", "cast-of",
    "casting-for", "episode-titles-possessive", "official-date-by-network", "title-of"])
def test_a_season_detail_announced_is_no_renewal(body: str, title: str) -> None:
    assert not {r for r in _facts(body.format(t=title)) if r[2] == "renewed"}


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("body", [
    "Season 3 of {t} has been announced.",
    "A third season of {t} has been announced by Kestrel.",
    "Season 3 of {t} was confirmed in March.",
    "{t} has been confirmed for a third season, with a premiere date to be announced.",
    "A third season of {t} has been announced, and the cast will return.",
    "The date is set: season 3 of {t} has been confirmed.",
], ids=["season-announced", "third-season-by", "confirmed-in-march", "date-to-be-announced",
        "cast-will-return", "date-is-set-colon"])
def test_the_season_announced_stays_a_renewal(body: str, title: str) -> None:
    assert (title, 3, "renewed") in _facts(body.format(t=title))


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("headline, kept", [
    ("{t} Season 3 Release Date Announced", False),
    ("{t} Season 3 Trailer Revealed", False),
    ("{t} Season 3 Confirmed", True),
    ("{t} Season 3 Announced", True),
], ids=["headline-date", "headline-trailer", "headline-confirmed", "headline-announced"])
def test_headlines(headline: str, kept: bool, title: str) -> None:
    facts = _facts("Kestrel shared the news on Monday.", headline.format(t=title))
    assert ((title, 3, "renewed") in facts) is kept
