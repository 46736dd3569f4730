"""A premiere told as the airing, a noun, with its time right after — round 17 (issue 10,
s17second).

A found show's premiere is often told in passing, by reference and as a noun: "Season 2 was
far stronger ahead of its airing this February", "the season is being readied for airing
early next year", "the drama's third season is set for broadcast on June 4". The vocabulary
knew the verbs ("will air", "airs on") and "air date", not the noun: no candidate at all. A
time must follow the noun, so "currently airing", "airing reruns" and "the airing of the
finale" stay nothing.

Every sentence and show is invented for this test.
"""

from __future__ import annotations

import pytest
from articles import facts_of, full_rows

HEADLINE = "Harrow Lane Season 3: Everything We Know"
SHOOT = "Production on Harrow Lane season 3 began in Belfast in March. "


def _premieres(body: str) -> set[tuple[str, int | None, str, str | None, str]]:
    return {r for r in full_rows(facts_of(SHOOT + body, HEADLINE)) if r[2] == "premiere"}


@pytest.mark.parametrize("sentence, expected", [
    ("The new season is being readied for airing early next year.",
     ("Harrow Lane", 3, "premiere", "2025", "expected")),
    ("The drama's third season is set for airing on June 4.",
     ("Harrow Lane", 3, "premiere", "2024-06-04", "expected")),
    ("The season is slated for airing this fall.",
     ("Harrow Lane", 3, "premiere", "2024-FA", "expected")),
    ("Harrow Lane season 2 drew big ratings ahead of its airing this February.",
     ("Harrow Lane", 2, "premiere", "2024-02", "confirmed")),
    ("The third season is being dubbed in time for its broadcast next spring.",
     ("Harrow Lane", 3, "premiere", "2025-SP", "expected")),
    pytest.param("The season is set for airing in the fall.",
                 ("Harrow Lane", 3, "premiere", "2024-FA", "expected"),
                 marks=pytest.mark.xfail(strict=True, reason="'set for' before the noun is no "
                                         "mark of the future: the bare 'in the fall' is read as "
                                         "the last fall, season 2's")),
], ids=["readied-for-airing", "set-for-airing-day", "slated-this-fall", "ahead-of-its-airing",
        "in-time-for-its-broadcast", "set-for-airing-in-the-fall"])
def test_the_airing_as_a_noun_with_its_time_is_the_premiere(
        sentence: str, expected: tuple[str, int, str, str, str]) -> None:
    assert _premieres(sentence) == {expected}


@pytest.mark.parametrize("sentence", [
    "Harrow Lane is currently airing on Netflix.",
    "The network is airing reruns of the show this summer.",
    "Fans gathered for the airing of the finale.",
    "The drama won't return until the strike ends.",
], ids=["currently-airing", "airing-reruns", "airing-of-the-finale", "until-no-time"])
def test_controls_give_no_premiere(sentence: str) -> None:
    assert _premieres(sentence) == set()
