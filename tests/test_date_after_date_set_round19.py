"""A premiere whose line says its date was set, dated by the lines after it, round 19 (branch
r19seasons).

"Kestrel One has set the premiere date for the third season of X. New episodes arrive on July
12.": the premiere's own line says a date was set and does not state it; the next line does,
naming no season. Round 16 let only a line naming the fact's season (or the headline) date a
premiere no line of its own dated ("New episodes arrive June 14" may be another season's), so
the premiere was dropped as never dated. Rule ``date.told_after_date_set``: when the
premiere's line says its date was set, announced or revealed ("has set the premiere date for",
"finally has a premiere date", "revealed when ... will arrive", "the premiere date for ... has
been set"), the next two lines may date it under ``date.article_day``'s other conditions (no
other show, no other season, an event word near the date); such a premiere is a plan
(expected), whatever tense the setting is told in, so a yearless day is read ahead.

Controls keep what they give today: a premiere whose line does not say a date was set, a line
naming another season, a line further down. Every name is invented.
"""

from __future__ import annotations

import pytest
from articles import dated_rows, facts_of, full_rows

SHOWS = ["Marsh Light", "The Copper Vale", "Nightjar"]

_SET = [
    "Kestrel One has set the premiere date for the third season of {show}.",
    "The premiere date for the third season of {show} has been set.",
    "{show} season 3 finally has a premiere date.",
    "Kestrel One revealed when the third season of {show} will arrive.",
    "Kestrel One has announced a premiere date for {show} season 3.",
    "The premiere date for {show} season 3 is finally here.",
]
_DATES = [
    ("New episodes arrive on July 12.", "2024-07-12"),
    ("The new episodes will premiere on July 12.", "2024-07-12"),
    ("Fans can expect new episodes on July 12.", "2024-07-12"),
    ("New episodes will be available from July 12.", "2024-07-12"),
    ("New episodes begin streaming in September.", "2024-09"),
]


def _facts(body: str) -> set[tuple[str, int | None, str, str | None]]:
    return {r for r in dated_rows(facts_of(body)) if r[2] == "premiere"}


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("told", _SET)
@pytest.mark.parametrize(("line", "date"), _DATES)
def test_the_lines_after_a_date_set_date_the_premiere(show: str, told: str, line: str,
                                                      date: str) -> None:
    assert _facts(f"{told.format(show=show)} {line}") == {(show, 3, "premiere", date)}


def test_such_a_premiere_is_a_plan() -> None:
    body = ("Kestrel One has set the premiere date for the third season of Marsh Light. "
            "New episodes arrive on July 12.")
    assert full_rows(facts_of(body)) >= {("Marsh Light", 3, "premiere", "2024-07-12",
                                          "expected")}


def test_the_date_may_stand_two_lines_down() -> None:
    body = ("Kestrel One has set the premiere date for the third season of Marsh Light. "
            "Jane Doe is back as Mara. New episodes arrive on July 12.")
    assert _facts(body) == {("Marsh Light", 3, "premiere", "2024-07-12")}


@pytest.mark.xfail(strict=True, reason="'has landed a release date' is read as a premiere "
                   "that happened (the publication month), not as a date set")
def test_a_landed_release_date() -> None:
    body = "Marsh Light season 3 has landed a release date. New episodes arrive on July 12."
    assert _facts(body) == {("Marsh Light", 3, "premiere", "2024-07-12")}


# --- controls ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    # no date set in the premiere's line: a line naming no season does not date it, unless
    # it opens on the new episodes of the one season the line before told to come, months
    # ahead (round 33, ``trigger.new_episodes_of_told_season``; "Season 2 arrived" below and
    # the grid's soon days stay controls)
    ("Marsh Light season 3 will premiere on Kestrel One. New episodes arrive on July 12.",
     {("Marsh Light", 3, "premiere", "2024-07-12")}),
    # a line naming another season
    ("Kestrel One has set the premiere date for the third season of Marsh Light. Season 2 "
     "arrived on July 12.", set()),
    # three lines down: too far
    ("Kestrel One has set the premiere date for the third season of Marsh Light. Jane Doe "
     "is back. Ann Roe joins. New episodes arrive on July 12.", set()),
    # the date in the line itself: as before
    ("Kestrel One has set the premiere date for the third season of Marsh Light: July 12.",
     {("Marsh Light", 3, "premiere", "2024-07-12")}),
])
def test_controls_keep_their_dates(body: str, expected: set[tuple[str, int, str, str]]) -> None:
    assert _facts(body) == expected


def test_explain_names_the_rule() -> None:
    from articles import make_article

    from monitor.extract.explain import explain
    _, text = explain(make_article("Kestrel One has set the premiere date for the third season "
                                   "of Marsh Light. New episodes arrive on July 12."))
    assert "date.told_after_date_set" in text
