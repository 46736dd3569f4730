"""A found show's second fact: the count told with its return (round 23, s23second).

"Copper Lantern ended its first season in May. Next spring, Copper Lantern will return with
ten episodes." gave the return's premiere season 2 (``season.return_after_aired``) but the count
in the same clause no season, so the labelled count of the returning season was missed.
``season.count_with_return_after_aired`` gives the count the return's season. Invented names,
networks and sentences; controls keep what they give today."""

from __future__ import annotations

import pytest
from articles import facts_of, make_article

from monitor.extract.explain import explain

SHOWS = ["Copper Lantern", "Marrow Creek", "The Tinsmith's Daughter"]

#: (how the article tells a season as aired, that season)
AIRED = [
    ("{show} ended its first season in May.", 1),
    ("{show} concluded its second season on April 4.", 2),
    ("{show}'s third season ended in March on Vantor.", 3),
]

#: a return still to come, told with a count in its clause
RETURNS = [
    "In winter 2027, {show} will return to the schedule with 11 episodes.",
    "Next spring, {show} will return with ten episodes.",
    "{show} returns next January with eight episodes.",
    "{show} is set to return in the fall with 12 episodes.",
    "{show} will be back on Kelvory in March with six episodes.",
    "The drama is returning in June with nine episodes.",
]

GRID = [(show, aired, aired_season, back) for show in SHOWS for aired, aired_season in AIRED
        for back in RETURNS]


def _counts(text: str) -> set[tuple[int | None, int | None]]:
    return {(f.season, f.value) for f in facts_of(text) if f.kind == "episode_count"}


@pytest.mark.parametrize(("show", "aired", "season", "back"), GRID,
                         ids=[f"{s[:6]}-{n}-{r}" for s in SHOWS for n in range(3)
                              for r in range(len(RETURNS))])
def test_count_told_with_the_return_is_the_next_seasons(show: str, aired: str, season: int,
                                                       back: str) -> None:
    text = f"{aired.format(show=show)} {back.format(show=show)}"
    counts = _counts(text)
    assert counts and all(n == season + 1 for n, _ in counts), counts


def test_explain_names_the_rule() -> None:

    _, text = explain(make_article("Copper Lantern ended its first season in May. Next "
                                   "spring, Copper Lantern will return with ten episodes."))
    assert "season.count_with_return_after_aired" in text


#: controls: (text, the counts' seasons and values today)
CONTROLS = [
    # the count of the season told as aired, no return
    ("Copper Lantern ended its first season in May with ten episodes.", {(1, 10)}),
    # the return numbers its season: the sentence's season rules read it
    ("Copper Lantern ended its first season in May. Copper Lantern will return for a third "
     "season with eight episodes.", {(3, 8)}),
    # a return told as past is not one still to come: no season, as today
    ("Marrow Creek concluded its second season on April 4. Marrow Creek returned in 2023 with "
     "ten episodes.", {(None, 10)}),
    # no season told as aired: nothing to count from
    ("Marrow Creek will return to Vantor in March with ten episodes.", {(None, 10)}),
]


@pytest.mark.parametrize(("text", "expected"), CONTROLS, ids=[f"control-{i}" for i in
                                                               range(len(CONTROLS))])
def test_controls(text: str, expected: set[tuple[int | None, int | None]]) -> None:
    assert _counts(text) == expected
