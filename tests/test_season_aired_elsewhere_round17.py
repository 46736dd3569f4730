"""A renewal with no season of its own, after a season the article tells as aired, round 17
(branch r17seasons).

"Kestrel Play has renewed Tallow Creek. The drama's second season premiered in June." gave the
renewal no season, although a cancellation in the same place took the aired season as its last
(``season.cancelled_after_aired``). Rule ``season.renewed_after_aired``: a renewal reported as
news of the day (no time of its own, or the publication month it fell back on), naming no
season, of a show whose latest season the article tells as aired and names none later, is of
the next season. In a sentence naming several shows, a season phrase a show's possessive opens
("A's second season ended in May; B's first season ended in June") is that show's.

Controls keep what they give today: a renewal the text dates (it may be the one before the
aired season), a later season named, a cancellation, "two more seasons". Every show and
sentence is invented.
"""

from __future__ import annotations

import pytest
from articles import facts_of

HEAD = "Kestrel Play news"
SHOW = "Tallow Creek"
OTHER = "Salt Acre"


def _seasons(body: str, show: str = SHOW, kind: str = "renewed") -> set[int | None]:
    return {f.season for f in facts_of(body, HEAD) if f.show == show and f.kind == kind}


@pytest.mark.parametrize("renewal", [
    "Kestrel Play has renewed {show}.",
    "{show} has been renewed by Kestrel Play.",
    "{show} is coming back: Kestrel Play has picked it up again.",
    "Kestrel Play has renewed {show}, its drama set in a mining town.",
])
@pytest.mark.parametrize("aired", [
    "The drama's {ord} season premiered in June.",
    "Its {ord} season ended in May.",
    "The drama's {ord} season aired in the spring.",
])
@pytest.mark.parametrize("season", [("first", 1), ("second", 2), ("fourth", 4)])
def test_the_renewal_is_of_the_season_after_the_aired_one(
        renewal: str, aired: str, season: tuple[str, int]) -> None:
    ordinal, number = season
    body = renewal.format(show=SHOW) + " " + aired.format(ord=ordinal)
    assert _seasons(body) == {number + 1}


def test_several_shows_each_with_its_possessive_season() -> None:
    body = (f"Kestrel Play has renewed {SHOW} and {OTHER}. {SHOW}'s second season ended in "
            f"May; {OTHER}'s first season ended in June.")
    assert _seasons(body) == {3}
    assert _seasons(body, OTHER) == {2}


@pytest.mark.parametrize(("body", "kind", "expected"), [
    # a renewal the text dates: maybe the one that came before the aired season
    (f"Kestrel Play renewed {SHOW} in March. The drama's second season premiered in June.",
     "renewed", {None}),
    # a later season named
    (f"Kestrel Play has renewed {SHOW}. Its second season premiered in June, and a third "
     "season is being written.", "renewed", {3}),
    # a cancellation takes the aired season (as before)
    (f"Kestrel Play has cancelled {SHOW}. The drama's second season premiered in June.",
     "cancelled", {2}),
    # several seasons at once: counted by their own rule (no number, as before)
    (f"Kestrel Play has renewed {SHOW} for two more seasons. Its second season premiered in "
     "June.", "renewed", {None}),
])
def test_controls(body: str, kind: str, expected: set[int | None]) -> None:
    assert _seasons(body, kind=kind) == expected
