"""Round 19: with no main show (a headline naming several), a sentence that names no show but
numbers a season in the trigger's clause ("The network ordered ten episodes each for seasons
2 and 3") speaks of the show last named on its own, when no sentence since named any show
(rule ``target.numbered_season_subject``). On main it was dropped (``drop.no_show``): only a
sentence opening on "Season 3", "It" or "The series" reached that show. Invented names
throughout."""

from __future__ import annotations

import pytest
from articles import facts_of, make_article

from monitor.extract.explain import explain

HEADS = ("{a} cancelled at Kestrel One; {b} and {c} renewed",
         "Kestrel One cancels {a}, renews {b} and {c}")
TRIOS = (("Harrow Lane", "Tin Roof", "Salt Road"), ("Glass Harbor", "Quill Street", "Dun Moor"))
LEADS = ("Kestrel One has cancelled {a} after three seasons. ",
         "Kestrel One has cancelled {a} after three seasons.\n\nRatings fell all year. ",
         "Kestrel One has cancelled {a} after three seasons. The comedy premiered in 2021. "
         "Ratings fell all year. The producers hope to find a new home. ")
SECONDS = (
    ("The network ordered ten episodes each for seasons 2 and 3.", {(2, 10), (3, 10)}),
    ("The network had ordered 13 episodes for season 3.", {(3, 13)}),
    ("The network ordered eight episodes for the third season.", {(3, 8)}),
)


def _counts(body: str, head: str, show: str) -> set[tuple[int | None, int | None]]:
    return {(f.season, f.value) for f in facts_of(body, head)
            if f.kind == "episode_count" and f.show == show}


@pytest.mark.parametrize("trio", TRIOS, ids=lambda t: t[0])
@pytest.mark.parametrize("head", HEADS)
@pytest.mark.parametrize("lead", LEADS)
@pytest.mark.parametrize("second, expected", SECONDS)
def test_numbered_season_goes_to_the_running_subject(
        trio: tuple[str, str, str], head: str, lead: str, second: str,
        expected: set[tuple[int, int]]) -> None:
    a, b, c = trio
    body = lead.format(a=a) + second
    assert _counts(body, head.format(a=a, b=b, c=c), a) == expected


def test_explain_names_the_rule() -> None:
    a, b, c = TRIOS[0]
    _, text = explain(make_article(LEADS[0].format(a=a) + SECONDS[0][0],
                                   HEADS[0].format(a=a, b=b, c=c)))
    assert "target.numbered_season_subject" in text


@pytest.mark.parametrize("second", [
    # a capitalised name the titles do not hold, or a game's season
    "I enjoy Copper Vale, and it will be back for a fourth season.",
    "The Chapter 5 Season 3 release date of Brickfall was on Friday.",
    # no season numbered, no reference
    "The network ordered ten episodes.",
    # shows counted, not one
    "The network ordered ten episodes each for two comedies' third seasons.",
])
def test_controls_stay_without_the_fact(second: str) -> None:
    a, b, c = TRIOS[0]
    body = LEADS[0].format(a=a) + second.format(b=b)
    facts = facts_of(body, HEADS[0].format(a=a, b=b, c=c))
    assert not [f for f in facts if f.show == a and f.kind != "cancelled"]


def test_control_a_main_show_keeps_what_main_gives() -> None:
    body = "Kestrel One has renewed Harrow Lane. The network ordered ten episodes for season 2."
    assert _counts(body, "Harrow Lane renewed at Kestrel One", "Harrow Lane") == {(2, 10)}


def test_control_another_show_named_since() -> None:
    # the rule does not reach past another show's sentence; main's main show took it already
    a, b, c = TRIOS[0]
    body = (LEADS[0].format(a=a) + f"Kestrel One also renewed {b}. The network ordered ten "
            "episodes each for seasons 2 and 3.")
    _, text = explain(make_article(body, HEADS[0].format(a=a, b=b, c=c)))
    assert "target.numbered_season_subject" not in text
