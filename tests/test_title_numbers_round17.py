"""A number that ends a title, told by the body (issue 10, round 17, branch r17heads).

An unquoted title ending in a number ("Station 12 Renewed", "Hulu Cancels Route 88") was read
as the title and its season: "Station" season 12. A season number is never part of a title,
but a number can be: when the body describes the show by the numbered name as a whole ("Station
12 follows two firefighters", "Jane Doe stars in Station 12, a drama", "Station 12's first
season"), the number is the title's, in the body and in the headline. Without such a sentence
"Glass Harbor 4" stays Glass Harbor's fourth season (controls).

Every title and sentence here is invented for this test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of

PUBLISHED = dt.date(2031, 3, 10)
URL = "https://news.example/r17n"

TITLES = ["Station 12", "Route 88", "Pier 40"]
BODIES = {
    "follows": "{T} follows two firefighters in a small coastal town.",
    "is_a": "{T} is a drama about two firefighters in a small coastal town.",
    "appositive": "{T}, the firehouse drama from Jane Doe, drew large audiences.",
    "stars_in": "Jane Doe stars in {T}, a drama about firefighters in a small town.",
}
HEADLINES = [
    ("{T} Renewed", "renewed"),
    ("{T} Renewed At Netflix", "renewed"),
    ("Hulu Renews {T}", "renewed"),
    ("{T} Is Officially Coming Back", "renewed"),
    ("{T} Cancelled", "cancelled"),
    ("Hulu Cancels {T}", "cancelled"),
    ("{T} Premieres June 4 On Hulu", "premiere"),
    ("{T} Begins Filming", "filming_started"),
    ("Cameras Roll On {T}", "filming_started"),
]


def _cells() -> list[object]:
    return [pytest.param(headline.format(T=title), body, title, kind,
                         id=f"{headline.split()[0]}-{headline.split()[-1]}-{title}-{body}")
            for headline, kind in HEADLINES for title in TITLES for body in BODIES]


@pytest.mark.parametrize("headline,body,title,kind", _cells())
def test_a_number_the_body_gives_the_title_is_the_titles(headline: str, body: str, title: str,
                                                         kind: str) -> None:
    facts = facts_of(BODIES[body].format(T=title), headline, PUBLISHED, URL)
    rows = {(f.show, f.kind) for f in facts}
    assert (title, kind) in rows, rows
    assert {f.show for f in facts} == {title}, rows


@pytest.mark.xfail(strict=True, reason="a one-digit number after 'Cameras Roll On X' is read as "
                   "the season before the body's numbered name is looked up")
def test_a_one_digit_number_after_a_filming_phrase() -> None:
    facts = facts_of("Ward 7 follows two nurses in a small hospital.", "Cameras Roll On Ward 7",
                     PUBLISHED, URL)
    assert {(f.show, f.kind) for f in facts} == {("Ward 7", "filming_started")}


# --- controls: a number no sentence gives the title stays a season ---------------------------

@pytest.mark.parametrize("headline,body,expected", [
    ("Hulu Renews Glass Harbor 4", "The series follows two firefighters in a small town.",
     {("Glass Harbor", 4, "renewed")}),
    ("Glass Harbor 4 Premieres June 4 On Hulu", "The new season picks up after the storm.",
     {("Glass Harbor", 4, "premiere")}),
    # a season's success, not what the show is
    ("TV news", "Glass Harbor 4 was a hit, and season 5 will premiere on June 14 on HBO.",
     {("Glass Harbor", 5, "premiere")}),
    # the body's numbered words are a season's, not the show's name
    ("Hulu Renews Glass Harbor", "Glass Harbor season 4 follows the crew after the storm.",
     {("Glass Harbor", 4, "renewed")}),
])
def test_a_number_no_sentence_gives_the_title_stays_a_season(
        headline: str, body: str, expected: set[tuple[str, int | None, str]]) -> None:
    facts = facts_of(body, headline, PUBLISHED, URL)
    assert {(f.show, f.season, f.kind) for f in facts} == expected, \
        [(f.show, f.season, f.kind) for f in facts]
