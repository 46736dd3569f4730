"""A season told by its audience has aired, round 19 (branch r19seasons).

"X's second season averaged 3 million viewers. Kestrel One has renewed X.": a season told by
its ratings or its reception ("drew", "averaged", "was watched by", "pulled in", "attracted",
"racked up", "was a hit") is one that aired, so a renewal naming no season is of the next one
(``season.renewal_after_aired``, ``season.renewal_after_main_aired``), a cancellation of that
one. The aired verbs (``SEASON_AIRED_AFTER_RE``) held only airing words ("premiered",
"aired", "ended"), so the renewal took the season named (2, not 3).

Controls keep what they give today: a season told by its airing, a season told ahead, a
cancellation. Every name is invented.
"""

from __future__ import annotations

import pytest
from articles import facts_of, rows

SHOWS = ["Marsh Light", "The Copper Vale", "Nightjar"]

_AUDIENCE = [
    "{show}'s second season averaged 3 million viewers.",
    "{show}'s second season drew small numbers.",
    "{show}'s second season was watched by 3 million people.",
    "{show}'s second season pulled in 3 million viewers.",
    "{show}'s second season was a hit.",
    "{show}'s second season was a ratings hit.",
    "{show}'s second season attracted 3 million viewers.",
    "{show}'s second season racked up 40 million hours viewed.",
]
_RENEWALS = [
    "Kestrel One has renewed {show}.",
    "Kestrel One renewed {show} on Monday.",
]


def _seasons(body: str, show: str, kind: str) -> set[int | None]:
    return {s for name, s, k in rows(facts_of(body, f"{show} news")) if name == show
            and k == kind}


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("audience", _AUDIENCE)
@pytest.mark.parametrize("renewal", _RENEWALS)
def test_a_renewal_after_a_season_told_by_its_audience_is_the_next(
        show: str, audience: str, renewal: str) -> None:
    body = f"{audience.format(show=show)} {renewal.format(show=show)}"
    assert _seasons(body, show, "renewed") == {3}


# round 38 (r38seasons): read now — the show's name may stand between the season and its verb
def test_a_season_of_the_show_named_after_it() -> None:
    body = "Season 2 of Marsh Light attracted 3 million viewers. Kestrel One has renewed " \
        "Marsh Light."
    assert _seasons(body, "Marsh Light", "renewed") == {3}


# --- controls ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "kind", "expected"), [
    ("Marsh Light's second season premiered in March. Kestrel One has renewed Marsh Light.",
     "renewed", {3}),
    ("Marsh Light's second season will premiere in March. Kestrel One has renewed Marsh "
     "Light.", "renewed", {2}),
    ("Marsh Light's second season drew small numbers. Kestrel One has cancelled Marsh Light.",
     "cancelled", {2}),
    ("Marsh Light's second season is a hit with critics. Kestrel One has renewed Marsh Light.",
     "renewed", {2}),
])
def test_controls_keep_their_seasons(body: str, kind: str, expected: set[int | None]) -> None:
    assert _seasons(body, "Marsh Light", kind) == expected
