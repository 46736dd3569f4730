"""A renewal, or a premiere still to come, of a show whose run the article counts, round 22
(branch r22dates).

"Tovrel has renewed Nightjar after three seasons.": the count is the seasons made, so the
renewal is of the fourth. On the base tree the count was read as the article's main season
(``season.main_show`` gave the renewal season 3), or the renewal stayed unnumbered when the
count opened the sentence ("After two seasons, ..."), carried an adjective ("after three
successful seasons") or came as "X, which has run for three seasons," or "The drama, which has
run for two seasons,". Rule ``season.season_after_run_count``: the run counted beside the show
(the trigger's own "after N seasons", the sentence opening on it, or the run
``season.run_length_elsewhere`` reads for cancellations) plus one. A cancellation keeps the
last season made (the controls).

Every name is invented.
"""

from __future__ import annotations

import pytest
from articles import Row, facts_of, make_article, rows

SHOWS = ["Nightjar", "Copper Harbor", "The Salt Ledger"]
NETWORKS = ["Tovrel", "Kestrel One"]

#: (body, (season, kind)): each fails on the base tree.
_RUNS = [
    ("{net} has renewed the drama {show} after three seasons.", (4, "renewed")),
    ("{net} renewed {show} after two seasons, the network said on Monday.", (3, "renewed")),
    ("The drama {show} has been renewed by {net} after four seasons.", (5, "renewed")),
    ("{net} renewed the drama {show} after three successful seasons.", (4, "renewed")),
    ("After three seasons on {net}, the drama {show} has been renewed.", (4, "renewed")),
    ("{show}, which has run for three seasons on {net}, has been renewed.", (4, "renewed")),
    ("{show} has been renewed by {net}. The drama ran for three seasons.", (4, "renewed")),
    ("{net} has renewed {show}. The comedy, which has run for two seasons, is a hit.",
     (3, "renewed")),
    ("After two seasons, the drama {show} will return to {net} in June.", (3, "premiere")),
    ("{show}, which ran for two seasons, returns to {net} on June 5.", (3, "premiere")),
]

#: Controls: (body, (season, kind)) that give the same on both trees.
_CONTROLS = [
    # a cancellation carries the last season made
    ("{net} has cancelled the drama {show} after three seasons.", (3, "cancelled")),
    ("{show} has been cancelled by {net}. The drama ran for three seasons.", (3, "cancelled")),
    # the renewal names its own season
    ("{net} has renewed the drama {show} for a fourth season after three seasons.",
     (4, "renewed")),
    # an ordinal after "its" names a season other rules read
    ("{net} has renewed {show} after its third season.", (4, "renewed")),
    # no run counted: unnumbered
    ("{net} has renewed {show}. The drama premiered in March.", (None, "renewed")),
    # a premiere told as past is not the season after the run
    ("{show}, which ran for two seasons, premiered on {net} in 2019.", (1, "premiere")),
]


def _rows(body: str) -> set[Row]:
    return rows(facts_of(body, "TV news"))


@pytest.mark.parametrize("net", NETWORKS)
@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize(("body", "expected"), _RUNS)
def test_the_season_after_a_counted_run(body: str, expected: tuple[int, str], show: str,
                                        net: str) -> None:
    facts = _rows(body.format(show=show, net=net))
    assert (show, *expected) in facts, facts


@pytest.mark.parametrize("net", NETWORKS)
@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize(("body", "expected"), _CONTROLS)
def test_controls_keep_what_they_give(body: str, expected: tuple[int | None, str], show: str,
                                      net: str) -> None:
    facts = _rows(body.format(show=show, net=net))
    assert (show, *expected) in facts, facts


def test_revival_past_a_relative_clause() -> None:
    # a revival's targeting read the network as the show; round 24's
    # target.subject_past_own_aside gives the verb after the relative clause to its subject
    facts = _rows("Nightjar, which ran for three seasons on another network, has been revived "
                  "by Tovrel.")
    assert ("Nightjar", 4, "renewed") in facts, facts


@pytest.mark.parametrize(("body", "expected"), [
    # "years" may be a hiatus ("returns after three years away"): not counted as seasons
    ("{net} renewed the drama {show} after three years on the air.", (4, "renewed")),
])
@pytest.mark.xfail(strict=True, reason="left for a later round (see MEASUREMENTS.md, round 22)")
def test_left(body: str, expected: tuple[int, str]) -> None:
    facts = _rows(body.format(show="Nightjar", net="Tovrel"))
    assert ("Nightjar", *expected) in facts, facts


def test_explain_names_the_rule() -> None:
    from monitor.extract.explain import explain
    _, text = explain(make_article("Tovrel has renewed the drama Nightjar after three seasons.",
                                   "TV news"))
    assert "season.season_after_run_count" in text
