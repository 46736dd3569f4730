"""Episode counts in their usual forms: per-season counts in one sentence, counts after the
season they count, orders cut or extended, totals, the final episodes of a season, counts
that are no season's. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of

PUBLISHED = dt.date(2024, 5, 10)


def _counts(text: str, title: str = "") -> set[tuple[object, ...]]:
    return {(f.show, f.season, f.value) for f in facts_of(text, title, PUBLISHED)
            if f.kind == "episode_count"}


@pytest.mark.parametrize(("text", "want"), [
    ("Harbour Street season 3 is coming. Its first season - shot around a mining town - "
     "spanned six episodes, while the second - shot on an island - got a seven-episode order.",
     {("Harbour Street", 1, 6), ("Harbour Street", 2, 7)}),
    ("Harbour Street season 3 will be shorter. Season 1 had 10 episodes, while Season 2 got "
     "eight.", {("Harbour Street", 1, 10), ("Harbour Street", 2, 8)}),
    ("Harbour Street season 8 was confirmed, and the extended 16-episode seventh season drops "
     "in June.", {("Harbour Street", 7, 16)}),
    ("Harbour Street season 1 was a hit. The streamer has ordered 12 episodes each for seasons 2 "
     "and 3 of Harbour Street.",
     {("Harbour Street", 2, 12), ("Harbour Street", 3, 12)}),
    ("NBC picked up 13 additional episodes of Harbour Street season 5.",
     {("Harbour Street", 5, 13)}),
    ("A second run of the six-part crime thriller Harbour Street begins filming in the "
     "spring.", {("Harbour Street", 2, 6)}),
    ("Harbour Street season 3 has a teaser. One thing is clear: Jane Doe might not survive "
     "Harbour Street's next eight-episode season.", {("Harbour Street", 3, 8)}),
])
def test_counts_and_their_seasons(text: str, want: set[tuple[object, ...]]) -> None:
    assert want <= _counts(text)


@pytest.mark.parametrize(("text", "value"), [
    ("NBC handed Harbour Street season 2 six more episodes, taking the total up to 19.", 19),
    ("Harbour Street season 2 had its 13-episode order cut to 10.", 10),
    ("Harbour Street season 2 had its order extended from 13 to 22 episodes.", 22),
])
def test_an_order_changed_counts_what_it_became(text: str, value: int) -> None:
    assert _counts(text) == {("Harbour Street", 2, value)}


@pytest.mark.parametrize("text", [
    "The final six episodes of Harbour Street season 4 air in the summer.",
    "Harbour Street ran for three seasons and a total of 39 episodes.",
    "NBC will not produce any more episodes of Harbour Street season 2, it has 12 episodes "
    "left of its 100 episodes so far.",
])
def test_parts_and_totals_are_no_season_count(text: str) -> None:
    assert not _counts(text)


def test_the_final_episodes_of_the_final_season_are_its_count() -> None:
    text = ("Harbour Street will end with its upcoming fourth season in autumn. The final 10 "
            "episodes start airing on Oct. 6.")
    assert ("Harbour Street", 4, 10) in _counts(text, "Harbour Street to end")
