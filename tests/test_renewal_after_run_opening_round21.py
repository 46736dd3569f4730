"""A renewal in a sentence that opens on the season it came after, round 21 (branch
r21seasons).

"After a successful first season, Nightjar has been renewed by Tovrel.": the sentence's one
season phrase is the season that aired, before the trigger, so round 13's
``season.renewal_after_season_run`` (the phrase after the trigger: "renewed after a strong
second season") did not read it, and the renewal stayed unnumbered (or took the aired
season). Rule ``season.renewal_after_run_opening``: the sentence opens on "After / Following /
On the strength of / Off the back of / Coming off" the one season phrase it holds, closed by a
comma: the renewal is of the next season, as the devset's convention reads a renewal of a
show after its first season (season 2).

Every name is invented.
"""

from __future__ import annotations

import pytest
from articles import Row, facts_of, make_article, rows

SHOWS = ["Nightjar", "Copper Harbor", "The Salt Ledger"]
NETWORKS = ["Tovrel", "Kestrel One"]

#: (body, (season, kind)): each fails on the base tree.
_AFTER = [
    ("After a successful first season, {show} has been renewed by {net}.", (2, "renewed")),
    ("Following a strong second season, {net} has renewed {show}.", (3, "renewed")),
    ("On the strength of its third season, {show} has been picked up again by {net}.",
     (4, "renewed")),
    ("Off the back of a hit first season, {net} renewed {show} on Monday.", (2, "renewed")),
    ("Coming off a record-breaking second season, {show} will return to {net}.",
     (3, "renewed")),
    ("After the first season, {show} was renewed by {net}.", (2, "renewed")),
]

#: Controls: (body, (season, kind)) that pass on both trees.
_CONTROLS = [
    # the renewal names its own season
    ("After its first season, {show} has been renewed for a third season by {net}.",
     (3, "renewed")),
    # another show's season
    ("After a successful first season of Marsh Light, {net} renewed {show}.",
     (None, "renewed")),
    # a cancellation carries the last season made
    ("After a successful first season, {show} has been cancelled by {net}.", (1, "cancelled")),
    # the season after the trigger, as before
    ("{net} renewed {show} after a strong second season.", (3, "renewed")),
]


def _rows(body: str) -> set[Row]:
    return rows(facts_of(body, "TV news"))


@pytest.mark.parametrize("net", NETWORKS)
@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize(("body", "expected"), _AFTER)
def test_the_renewal_is_the_season_after_the_one_it_opens_on(
        body: str, expected: tuple[int, str], show: str, net: str) -> None:
    facts = _rows(body.format(show=show, net=net))
    assert (show, *expected) in facts, facts


@pytest.mark.parametrize("net", NETWORKS)
@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize(("body", "expected"), _CONTROLS)
def test_controls_keep_what_they_give(body: str, expected: tuple[int | None, str], show: str,
                                      net: str) -> None:
    facts = _rows(body.format(show=show, net=net))
    assert (show, *expected) in facts, facts


def test_explain_names_the_rule() -> None:
    from monitor.extract.explain import explain
    _, text = explain(make_article("After a successful first season, Nightjar has been renewed "
                                   "by Tovrel.", "TV news"))
    assert "season.renewal_after_run_opening" in text
