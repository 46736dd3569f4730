"""An event still to come, naming no season, is of the season the article names ahead of an
aired one, round 21 (branch r21seasons).

"Dana Holt has joined the cast of Nightjar. Tovrel renewed the drama for a third season in
March, after the second season premiered in January. Filming begins in June.": the shoot names
no season, and the article has no main season, so it stayed unnumbered; round 19's
``season.event_of_the_season_named`` gives such an event the season named ahead only when no
season of the show is told as aired. Rule ``season.event_ahead_of_aired``: a premiere, a shoot
or a wrap still to come (expected or guessed, or told ahead or dated from the article's month
on), of a show whose article tells a season as aired and names a higher one, is of that higher
one. An event told as past may be the aired season's and keeps what it has (controls), and so
does a renewal (the devset's convention: a renewal the text does not number stays unnumbered).

Every name is invented.
"""

from __future__ import annotations

import pytest
from articles import FullRow, facts_of, full_rows, holds, make_article

SHOWS = ["Nightjar", "Copper Harbor", "The Salt Ledger"]
NETWORKS = ["Tovrel", "Kestrel One"]
JOINS = "Dana Holt joins {show}"
LEAD = ("Dana Holt has joined the cast of {show}. {net} renewed the drama for a third season "
        "in March, after the second season premiered in January. ")

#: (headline, body, (season, kind[, date[, certainty]])): each fails on the base tree.
_AHEAD = [
    (JOINS, LEAD + "Filming begins in June.", (3, "filming_started", "2024-06", "expected")),
    (JOINS, LEAD + "The show is expected to return in 2025.", (3, "premiere", "2025")),
    (JOINS, LEAD + "The drama will return to screens in 2025.", (3, "premiere", "2025")),
    (JOINS, LEAD + "Cameras started rolling this week.",
     (3, "filming_started", "2024-05", "confirmed")),
    (JOINS, LEAD + "The shoot will wrap in October.", (3, "filming_wrapped", "2024-10")),
    (JOINS, "Dana Holt has joined the cast of {show}. {net} renewed the drama for a fourth "
     "season in March, after the third season premiered in January. Production is scheduled "
     "to start in June.", (4, "filming_started", "2024-06")),
    ("TV news roundup", "Marsh Light returns on June 5. {net} renewed {show} for a third season "
     "after its second season premiered in January. {show} begins filming in June.",
     (3, "filming_started", "2024-06")),
]


def _facts(body: str, headline: str) -> set[FullRow]:
    return full_rows(facts_of(body, headline))



@pytest.mark.parametrize("net", NETWORKS)
@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize(("headline", "body", "expected"), _AHEAD)
def test_an_event_to_come_is_the_season_ahead(headline: str, body: str,
                                              expected: tuple[object, ...], show: str,
                                              net: str) -> None:
    facts = _facts(body.format(show=show, net=net), headline.format(show=show, net=net))
    assert holds(facts, show, expected), facts


#: Controls: (headline, body, (season, kind[, date])) that pass on both trees.
_CONTROLS = [
    # a past event may be the aired season's: it keeps what it had
    (JOINS, LEAD + "Filming wrapped in December.", (None, "filming_wrapped", "2023-12")),
    (JOINS, LEAD + "The show first premiered in 2021.", (1, "premiere", "2021")),
    (JOINS, LEAD, (2, "premiere", "2024-01")),
    # no season named above the aired one: nothing to take
    (JOINS, "Dana Holt has joined the cast of {show}. The drama's second season premiered in "
     "January. Filming begins in June.", (None, "filming_started", "2024-06")),
    # a renewal the text does not number stays unnumbered
    ("{show} news", "{net} has renewed {show}. The second season premiered in March to strong "
     "numbers.", (None, "renewed")),
]


@pytest.mark.parametrize("net", NETWORKS)
@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize(("headline", "body", "expected"), _CONTROLS)
def test_controls_keep_what_they_give(headline: str, body: str, expected: tuple[object, ...],
                                      show: str, net: str) -> None:
    facts = _facts(body.format(show=show, net=net), headline.format(show=show, net=net))
    assert holds(facts, show, expected), facts


@pytest.mark.xfail(strict=True, reason="'New episodes could arrive in early 2025' makes no "
                   "premiere (drop.excluded_context drops the candidate before any season is "
                   "decided)")
def test_a_guessed_return_is_the_season_ahead() -> None:
    body = LEAD.format(show="Nightjar", net="Tovrel") + "New episodes could arrive in early 2025."
    assert ("Nightjar", 3, "premiere", "2025", "speculative") in _facts(
        body, JOINS.format(show="Nightjar"))


def test_explain_names_the_rule() -> None:
    from monitor.extract.explain import explain
    _, text = explain(make_article(LEAD.format(show="Nightjar", net="Tovrel")
                                   + "Filming begins in June.", JOINS.format(show="Nightjar")))
    assert "season.event_ahead_of_aired" in text
