"""Which season a fact is of (issue 10, round 7): the season classes the genre writes, probed
with sentences written for this test about invented shows.

- a season counted in other words: "a third run", a reality show's "44th cycle";
- two seasons in one phrase: "a third and fourth season", "both a third and a fourth season";
- "the upcoming season" after a season the article tells as aired is the next one (and with
  none aired it is the one the article is about, never the highest number it names);
- a cancellation with no season: the run "the drama ran for three seasons" gives, or else the
  latest season the article tells as aired (the last one made);
- a renewal with no season of a show the article calls new anywhere, or says debuted within
  the year, is of season 2;
- a renewal with no season, when the article goes on to name the season to come ("The
  drama's second season will premiere in 2025"), is of that season.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import DatedRow, dated_rows, facts_of, make_article

from monitor.extract.facts import extract_facts

PUBLISHED = dt.date(2024, 5, 10)
G = "Glass Harbor"


def _facts(text: str, title: str = "") -> set[DatedRow]:
    return dated_rows(facts_of(text, title, PUBLISHED))


SEASONS = [
    ("Netflix has renewed Glass Harbor for a second run.", {(G, 2, "renewed", "2024-05")}),
    ("Netflix has renewed Glass Harbor for a third run, the network said.",
     {(G, 3, "renewed", "2024-05")}),
    ("CBS has renewed Glass Harbor for a 44th cycle.", {(G, 44, "renewed", "2024-05")}),
    ("Netflix has renewed Glass Harbor for a third and fourth season.",
     {(G, 3, "renewed", "2024-05"), (G, 4, "renewed", "2024-05")}),
    ("CBS has renewed Glass Harbor for both a 12th and a 13th cycle.",
     {(G, 12, "renewed", "2024-05"), (G, 13, "renewed", "2024-05")}),
    ("Glass Harbor season 2 premiered in January. The upcoming season will premiere in 2025.",
     {(G, 2, "premiere", "2024-01"), (G, 3, "premiere", "2025")}),
    ("Netflix has cancelled Glass Harbor. The drama ran for three seasons.",
     {(G, 3, "cancelled", "2024-05")}),
    ("Glass Harbor has been cancelled. Its third season premiered in March.",
     {(G, 3, "cancelled", "2024-05"), (G, 3, "premiere", "2024-03")}),
    ("Glass Harbor is a freshman drama. Netflix has renewed it.",
     {(G, 2, "renewed", "2024-05")}),
    ("Glass Harbor, the new comedy from Jane Doe, has been renewed.",
     {(G, 2, "renewed", "2024-05")}),
    ("Netflix has renewed Glass Harbor, which debuted in January.",
     {(G, 1, "premiere", "2024-01"), (G, 2, "renewed", "2024-05")}),
    ("Netflix has renewed Glass Harbor. The drama's second season will premiere in 2025.",
     {(G, 2, "renewed", "2024-05"), (G, 2, "premiere", "2025")}),
]


@pytest.mark.parametrize(("text", "expected"), SEASONS, ids=[t[:60] for t, _ in SEASONS])
def test_seasons(text: str, expected: set[tuple[object, ...]]) -> None:
    assert _facts(text) == expected


TWINS = [
    # a season phrase of its own stays; the rules above only fill a missing one
    ("Glass Harbor is a new drama. Netflix has renewed it for a third season.",
     {(G, 3, "renewed", "2024-05")}),
    # a debut years ago says nothing of the season
    ("Netflix has renewed Glass Harbor, which debuted in 2015.",
     {(G, 1, "premiere", "2015"), (G, None, "renewed", "2024-05")}),
    # "upcoming" with no season aired: the season the article is about
    ("Glass Harbor season 2 premieres in June. The upcoming season has eight episodes.",
     {(G, 2, "premiere", "2024-06"), (G, 2, "episode_count", None)}),
    # the renewal "following the season 2 finale" is of season 3, not the season named
    ("Netflix renewed Glass Harbor on Monday, following the season 2 finale.",
     {(G, 3, "renewed", "2024-05-06")}),
    # a first run of episodes is no season phrase of its own
    ("Glass Harbor's first run of episodes drew big ratings.", set()),
]


@pytest.mark.parametrize(("text", "expected"), TWINS, ids=[t[:60] for t, _ in TWINS])
def test_twins(text: str, expected: set[tuple[object, ...]]) -> None:
    assert _facts(text) == expected


def test_a_falling_pair_is_no_range_of_seasons() -> None:
    # "respectively": the seasons go to the shows one by one (not read yet); never 6 to 14
    facts = _facts("Fox renewed Glass Harbor and Salt Road for 14th and 6th seasons "
                   "respectively.")
    assert ("Salt Road", 6, "renewed", "2024-05") in facts
    assert not any(season in (7, 8, 9, 10, 11, 12, 13) for _, season, _, _ in facts)
    assert ("Salt Road", 17, "renewed", "2024-05") not in facts


TWO_EVENTS = [
    # the season a renewal governs ("renewed for a second season") is not the premiere's
    ("Glass Harbor premiered in August 2023 and was renewed for a second season in October.",
     {(G, 1, "premiere", "2023-08"), (G, 2, "renewed", "2023-10")}),
    # a renewal's long passive never reaches back over another event's verb
    ("Season 1 of Glass Harbor premiered in August 2023 and was renewed for a second season "
     "in October.", {(G, 1, "premiere", "2023-08"), (G, 2, "renewed", "2023-10")}),
    ("The first season of Glass Harbor premiered in August 2023 and was renewed for a second "
     "season in October.", {(G, 1, "premiere", "2023-08"), (G, 2, "renewed", "2023-10")}),
    ("Glass Harbor season 2 premiered in January and was renewed for a third season in March.",
     {(G, 2, "premiere", "2024-01"), (G, 3, "renewed", "2024-03")}),
    # one event, the passive whole
    ("A second season of Glass Harbor has been ordered.", {(G, 2, "renewed", "2024-05")}),
]


@pytest.mark.parametrize(("text", "expected"), TWO_EVENTS, ids=[t[:60] for t, _ in TWO_EVENTS])
def test_two_events_keep_their_seasons(text: str, expected: set[tuple[object, ...]]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Glass Harbor's third outing premieres June 14.", {(G, 3, "premiere", "2024-06-14")}),
    ("Glass Harbor's sophomore outing premieres June 14.", {(G, 2, "premiere", "2024-06-14")}),
    ("Netflix has renewed Glass Harbor for a third outing.", {(G, 3, "renewed", "2024-05")}),
    # an instalment stays unnumbered: films and split parts are called so as often
    ("Glass Harbor will return for its third instalment in June.",
     {(G, None, "premiere", "2024-06")}),
])
def test_a_season_called_an_outing(text: str, expected: set[tuple[object, ...]]) -> None:
    assert _facts(text) == expected


def test_a_season_ordered_in_a_relative_clause() -> None:
    published = dt.date(2023, 10, 4)
    article = make_article("The third season of Glass Harbor, which was ordered in May 2022, "
                           "begins filming in October.", published=published)
    assert {(f.show, f.season, f.kind, f.date) for f in extract_facts(article)} == {
        (G, 3, "renewed", "2022-05"), (G, 3, "filming_started", "2023-10")}
    # ordered "alongside season 3": both seasons renewed then; the shoot stays the fourth's
    article = make_article("The fourth season of Glass Harbor, which was ordered alongside "
                           "season 3 in June 2022, begins filming in November.",
                           published=published)
    assert {(f.show, f.season, f.kind, f.date) for f in extract_facts(article)} == {
        (G, 3, "renewed", "2022-06"), (G, 4, "renewed", "2022-06"),
        (G, 4, "filming_started", "2023-11")}


@pytest.mark.parametrize(("text", "expected"), [
    ("ABC has renewed Glass Harbor, which is currently airing its fifth season.",
     {(G, 6, "renewed", "2024-05")}),
    ("ABC has renewed Glass Harbor, midway through its fifth season.",
     {(G, 6, "renewed", "2024-05")}),
    ("ABC has renewed Glass Harbor ahead of its fifth season finale.",
     {(G, 6, "renewed", "2024-05")}),
    # a cancellation ends the season on air: the last one made
    ("ABC has cancelled Glass Harbor, which is currently airing its fifth season.",
     {(G, 5, "cancelled", "2024-05")}),
])
def test_counting_from_the_season_on_air(text: str, expected: set[tuple[object, ...]]) -> None:
    assert _facts(text) == expected
