"""An episode's running time or place is no episode count (round 25, r25kinds; rules
``drop.runtime_not_count`` and ``drop.episodes_into``).

"Copper Wharf premieres March 3 with a two-hour episode" gave the show an episode count of 2
beside its premiere: the count pattern lets "hour" stand between a number and "episode"
("eight hour-long episodes"), so a number joined to the hour by a hyphen was read as the count.
"Two episodes into its third season" is a place in the season, no count of it. The grid: the
running times × premieres, returns, finales and renewals told around them, with invented names;
the controls are counts told beside a running time, and counts near "into".
"""

from __future__ import annotations

import pytest
from articles import facts_of, normalised_rows

RUNTIMES = ["a two-hour episode", "a three-hour episode", "a 2-hour episode",
            "two-hour episodes every Sunday", "a four-hour episode"]
FRAMES = [
    "{S} premieres March 3 with {R}.",
    "{S} returns for its third season on March 3 with {R}.",
    "{S} will kick off its third season on March 3 with {R}, Kestrel said.",
    "Kestrel renewed {S} for a third season, which premieres March 3 with {R}.",
    "{S}, which returns March 3 with {R}, has been renewed for a fourth season.",
    "{S} premiered on March 3 with {R}.",
    "{S} ends its third season with {R} on May 5.",
]
SHOWS = ("Copper Wharf", "Nightjar")
INTO = [
    "{S} returns March 3, two episodes into its third season.",
    "{S} was cancelled two episodes into season 2.",
    "{S} paused its run three episodes into the new season.",
]


def _counts(body: str) -> set[tuple[str, int | None, str]]:
    return {r for r in normalised_rows(facts_of(body)) if r[2] == "episode_count"}


def _cells() -> list[str]:
    cells = [frame.format(S=show, R=runtime) for frame in FRAMES for runtime in RUNTIMES
             for show in SHOWS]
    cells += [frame.format(S=show) for frame in INTO for show in SHOWS]
    return cells


@pytest.mark.parametrize("body", _cells(), ids=_cells())
def test_no_count_from_a_running_time_or_place(body: str) -> None:
    assert _counts(body) == set()


@pytest.mark.parametrize(("body", "count"), [
    # a count told with a running time beside its number
    ("Copper Wharf returns March 3 with eight hour-long episodes.", 8),
    ("Copper Wharf returns March 3 with eight one-hour episodes.", 8),
    ("Copper Wharf returns March 3 with eight 60-minute episodes.", 8),
    ("Copper Wharf's third season will have ten hour-long episodes.", 10),
    ("The third season of Copper Wharf has ten episodes, the last a two-hour episode.", 10),
    ("Copper Wharf's 10-episode third season premieres March 3.", 10),
    # "into" that places no episode
    ("Kestrel split the 16 episodes into two parts of Copper Wharf's third season.", 16),
    ("Copper Wharf's third season was cut from 10 episodes to eight.", 8),
])
def test_controls(body: str, count: int) -> None:
    facts = [f for f in facts_of(body) if f.kind == "episode_count"]
    assert [f.value for f in facts] == [count]
