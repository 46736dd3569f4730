"""A return that happened is a premiere; people coming back are none — round 17 (issue 10,
r17kinds).

The premiere's return words were read in the present and future ("returns on June 5", "is
returning in June") but not told as past: "X returned on January 12 with its third
season", "X's third season returned on January 12" gave nothing — a found show's second fact
absent. And
people coming back somewhere ("the cast of X returns to Belfast in May") gave the show a
premiere: the wrong kind of news, a crew's, read as the show's. Controls: a return to a place
or a state ("returned to its roots", "to the top of the chart"), a person's return, a return
from a break. Every sentence and show is invented for this test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of

PUBLISHED = dt.date(2031, 3, 10)
ABOUT = " The drama Harrow Lane follows two brothers who run a ferry on Lake Erie."

Row = tuple[str, int | None, str, str | None]


def _facts(body: str) -> set[Row]:
    return {(f.show, f.season, f.kind, f.date) for f in facts_of(body + ABOUT, "", PUBLISHED)}


@pytest.mark.parametrize("body, expected", [
    ("Harrow Lane returned on January 12 with its third season.",
     ("Harrow Lane", 3, "premiere", "2031-01-12")),
    ("Harrow Lane's third season returned on January 12.",
     ("Harrow Lane", 3, "premiere", "2031-01-12")),
    pytest.param("Harrow Lane returned to Kestrel Play last week with its third season.",
                 ("Harrow Lane", 3, "premiere", "2031-03"),
                 marks=pytest.mark.xfail(strict=True, reason="'returned to' is left out of the "
                                         "premiere words: a network no list holds after it "
                                         "('Kestrel Play') was read as a show of its own")),
    ("Harrow Lane returned with its third season on January 12.",
     ("Harrow Lane", 3, "premiere", "2031-01-12")),
], ids=["returned-on-with", "season-returned-on", "returned-to-last-week", "returned-with"])
def test_a_return_that_happened_is_the_seasons_premiere(body: str, expected: Row) -> None:
    assert expected in _facts(body)


@pytest.mark.parametrize("body, expected", [
    ("Harrow Lane returned for its third season in January.",
     ("Harrow Lane", 3, "premiere", "2031-01")),
    ("Harrow Lane came back for a third season in January.",
     ("Harrow Lane", 3, "premiere", "2031-01")),
    ("Harrow Lane returns on June 5 with its fourth season.",
     ("Harrow Lane", 4, "premiere", "2031-06-05")),
], ids=["returned-for", "came-back-for", "returns-on"])
def test_returns_main_read_stay(body: str, expected: Row) -> None:
    assert expected in _facts(body)


@pytest.mark.parametrize("body", [
    "The cast of Harrow Lane returned to Belfast in May.",
    "The cast of Harrow Lane returns to Belfast in May.",
    "The Harrow Lane crew returned to Belfast on Monday.",
], ids=["cast-returned", "cast-returns", "crew-returned"])
def test_people_coming_back_are_no_premiere(body: str) -> None:
    assert not {r for r in _facts(body) if r[2] == "premiere"}


@pytest.mark.parametrize("body", [
    "Harrow Lane returned to its roots in season 3.",
    "Harrow Lane returned to the top of the streaming chart in January.",
    "Jane Doe returned to Harrow Lane on Monday as a guest star.",
    "Harrow Lane returned from its winter break on January 12.",
    "Harrow Lane returned with a bang in its third season.",
], ids=["roots", "top-of-chart", "person", "winter-break", "with-a-bang"])
def test_other_returns_are_no_premiere(body: str) -> None:
    assert not {r for r in _facts(body) if r[2] == "premiere"}
