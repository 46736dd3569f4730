"""A run told as a first season and a count after it gives a cancellation its season, round 18
(branch r18seasons).

"It premiered in 2014 and earned two other seasons": the show ran three seasons, and its
cancellation ends the third. The extractor read run lengths told as one count ("ran for three
seasons") but not a first season and the seasons after it, so the cancellation had no season.
``facts._runs_after_first`` feeds the run lengths ``season.run_length_elsewhere`` reads: in a
sentence naming the show alone, or opening on it ("It", "The drama") after one naming it
alone.

Controls keep what they give today: a renewal "for two more seasons" (seasons ahead, no run),
a run told as one count, and a count in a sentence about another show. Every name is
invented.
"""

from __future__ import annotations

import pytest
from articles import facts_of, rows

SHOWS = ["Brackwater", "The Tin Orchard", "Salt Meridian"]

_RUNS = {
    "{show} premiered in 2014 and earned two other seasons.": 3,
    "{show} debuted in 2019, then got three more seasons.": 4,
    "It premiered in 2014 and earned two other seasons.": 3,
    "The drama launched in 2016 and went on to earn one more season.": None,
    "The drama launched in 2016 and went on to land four more seasons.": 5,
}
_CANCELS = [
    "Kestrel One has cancelled {show}.",
    "Kestrel One also cancelled the comedy \"{show},\" a modest hit for years.",
]


def _seasons(body: str, show: str) -> set[int | None]:
    return {season for s, season, kind in rows(facts_of(body, "Kestrel One's decisions"))
            if s == show and kind == "cancelled"}


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("cancel", _CANCELS)
@pytest.mark.parametrize("run", [r for r, n in _RUNS.items() if n is not None])
def test_a_first_season_and_a_count_after_it_is_the_run(show: str, cancel: str,
                                                        run: str) -> None:
    body = ("Kestrel One renewed Copper Lane for a fifth season. "
            f"{cancel.format(show=show)} {run.format(show=show)}")
    assert _seasons(body, show) == {_RUNS[run]}


# --- controls ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "show", "expected"), [
    ("Kestrel One has cancelled Brackwater. Brackwater ran for three seasons.", "Brackwater",
     {3}),
    ("Kestrel One has cancelled Brackwater. Copper Lane premiered in 2014 and earned two "
     "other seasons.", "Brackwater", {None}),
    ("Kestrel One has cancelled Brackwater.", "Brackwater", {None}),
])
def test_controls_keep_their_seasons(body: str, show: str, expected: set[int | None]) -> None:
    assert _seasons(body, show) == expected


def test_seasons_ahead_are_no_run() -> None:
    facts = rows(facts_of("Kestrel One has renewed Brackwater for two more seasons.",
                          "Kestrel One's decisions"))
    assert not any(kind == "cancelled" for _, _, kind in facts)
