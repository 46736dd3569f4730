"""A renewal told after the season it came on the strength of, round 17 (branch r17seasons).

"Renewed for another season after a strong second season" gave the renewal season 2: the only
season phrase in the clause is the one that aired, and the renewal is of the season after it
(season 3). Rule ``season.renewal_after_season_run``: "after / following / on the heels of /
off the back of" (with "the finale of", "the end of" and up to two words before the ordinal)
the one season phrase after the trigger, the clause ending or the season's run told after it
("drew", "ended", "aired", its finale).

Controls keep what they give today: a renewal naming its own season, a cancellation after a
season (the last season made), another show's season. Every show and sentence is invented.
"""

from __future__ import annotations

import pytest
from articles import facts_of

HEAD = "Kestrel Play news"
SHOW = "Tallow Creek"


def _seasons(body: str, kind: str = "renewed") -> set[int | None]:
    return {f.season for f in facts_of(body, HEAD) if f.show == SHOW and f.kind == kind}


@pytest.mark.parametrize("season", [("first", 1), ("second", 2), ("third", 3)])
@pytest.mark.parametrize("sentence", [
    "Kestrel Play has renewed {show} for another season after a strong {ord} season.",
    "Kestrel Play has renewed {show} following the finale of its {ord} season.",
    "{show} has been renewed after its {ord} season drew record ratings.",
    "{show} has been renewed on the heels of its {ord} season.",
    "{show} was renewed after its {ord} season, Kestrel Play said.",
    "Kestrel Play renewed {show} off the back of a hit {ord} season.",
    "{show} is coming back for more following the end of its {ord} season.",
    "{show} has been picked up for another season after its {ord} season drew well.",
])
def test_the_renewal_is_of_the_season_after(sentence: str, season: tuple[str, int]) -> None:
    ordinal, number = season
    assert _seasons(sentence.format(show=SHOW, ord=ordinal)) == {number + 1}


@pytest.mark.parametrize(("sentence", "kind", "expected"), [
    # the renewal names its own season
    (f"Kestrel Play has renewed {SHOW} for a third season after a strong second season.",
     "renewed", {3}),
    (f"Kestrel Play renewed {SHOW} for its second season after a strong first season run.",
     "renewed", {2}),
    # a cancellation after a season ends that season
    (f"Kestrel Play cancelled {SHOW} after a weak second season.", "cancelled", {2}),
    (f"Kestrel Play has cancelled {SHOW} following the finale of its second season.",
     "cancelled", {2}),
    # another show's season
    (f"{SHOW} was renewed after the second season of Salt Acre drew well.", "renewed", {None}),
])
def test_controls(sentence: str, kind: str, expected: set[int | None]) -> None:
    assert _seasons(sentence, kind) == expected
