"""A show named bare, with no cue, in the sentence that tells its news (issue 10, round 37,
branch r37bare).

Title discovery keeps a capitalised subject beside a status verb ("Marrowby returns on July
14."), but a title no list knows, named once with no quotes, season, kind of show or network
beside it, had its fact dropped as unevidenced (``drop.unevidenced_title``): the article never
said it was a TV show. A reader takes the sentence's own news as that evidence: a name opening
its sentence, alone, whose own verb tells a season's start with its time ("returns on July
14", "debuts Friday on Tovrel", "is set to return this autumn") or a shoot's end or start
("wraps filming", "has officially wrapped production", "begins filming next month"): rule
``title.evidence.own_news`` (``evidence._OWN_NEWS_AFTER_RE``).

The cells are invented in other sites' styles (wire, UK press, listings, fan sites, Title Case
headlines); every one read nothing on 9369199. The controls keep their output on both trees: a
person's way back to the stage or to work, a film in cinemas, a place, a network's new look, a
person's verb ("debuts her new look"), a name not opening its sentence, an app that launches,
someone who says it returns, a premiere at a venue, a fair back on the waterfront.
"""

from __future__ import annotations

import pytest
from articles import cell_reader, explained, full_rows

_facts = cell_reader(full_rows, "")

CELLS = [
    ("wire-returns-on-date", "", "Marrowby returns on July 14.",
     ("premiere", "2024-07-14")),
    ("uk-returns-to-place-weekday-day-month", "",
     "Marrowby returns to Tovrel One on Sunday 14 July.", ("premiere", "2024-07-14")),
    ("uk-set-to-return-this-autumn", "", "Marrowby is set to return this autumn.",
     ("premiere", "2024-FA")),
    ("listing-debuts-weekday-time-place", "", "Marrowby debuts Friday at 9pm on Tovrel.",
     ("premiere", "2024-05-10")),
    ("premieres-next-month-on-place", "", "Marrowby premieres next month on Tovrel.",
     ("premiere", "2024-06")),
    ("will-premiere-month-year", "", "Marrowby will premiere in January 2025.",
     ("premiere", "2025-01")),
    ("fan-comes-back-on-place-on-date", "", "Marrowby comes back on Tovrel on 14 July.",
     ("premiere", "2024-07-14")),
    ("uk-wraps-filming-in-place", "", "Marrowby wraps filming in Belfast.",
     ("filming_wrapped", "2024-05")),
    ("has-officially-wrapped-production", "", "Marrowby has officially wrapped production.",
     ("filming_wrapped", "2024-05")),
    ("begins-filming-next-month", "", "Marrowby begins filming in Glasgow next month.",
     ("filming_started", "2024-06")),
    ("headline-title-case-returns", "Marrowby Returns On July 14",
     "Fans have waited two years for more.", ("premiere", "2024-07-14")),
    ("headline-title-case-wraps", "Marrowby Wraps Filming",
     "The cast posted photos from the last day.", ("filming_wrapped", "2024-05")),
]


@pytest.mark.parametrize("headline, body, expected", [c[1:] for c in CELLS],
                         ids=[c[0] for c in CELLS])
def test_bare_name_with_its_own_news(headline: str, body: str,
                                     expected: tuple[str, str]) -> None:
    got = {(r[0], r[2], r[3]) for r in _facts(body, headline=headline)}
    assert ("Marrowby", *expected) in got


CONTROLS = [
    ("person-returns-to-the-stage", "Jane Doe returns to the stage on July 14."),
    ("name-returns-to-the-stage", "Marrowby returns to the stage on July 14."),
    ("film-opens-in-cinemas", "Marrowby opens in cinemas on July 14."),
    ("film-returns-to-cinemas", "Marrowby returns to cinemas on July 14."),
    ("place-returns", "Paris returns on July 14."),
    ("network-debuts-a-look", "Hulu debuts a new look on Friday."),
    ("person-verb-debuts-her-look", "Marrowby debuts her new look on Friday."),
    ("returns-to-work", "Marrowby returns to work on Monday."),
    ("not-opening-its-sentence", "Fans cheered as Marrowby returns on July 14."),
    ("app-launches", "Marrowby, a new app, launches on July 14."),
    ("speaker-says-it-returns", "Marrowby said it returns on July 14."),
    ("play-premieres-at-a-venue", "Marrowby premieres on June 14 at the Lyric."),
    ("fair-returns-to-the-waterfront", "Marrowby returns to the waterfront on June 14."),
    ("film-returns-in-cinemas", "Marrowby returns on July 14 in cinemas nationwide."),
]


@pytest.mark.parametrize("body", [c[1] for c in CONTROLS], ids=[c[0] for c in CONTROLS])
def test_no_show_of_a_bare_name_without_a_shows_news(body: str) -> None:
    assert _facts(body) == set()


def test_explain_names_the_own_news() -> None:
    text = explained("Marrowby returns on July 14.")
    assert "title.evidence.own_news" in text


def test_left_back_on_a_date() -> None:
    # (round 38, r38leftovers: "is finally back on <date>" is a premiere trigger now)
    assert any(r[0] == "Marrowby" for r in _facts("Marrowby is finally back on June 5!"))
