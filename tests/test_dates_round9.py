"""Dates by clause, round 9 (issue 10): a date inside a relative or adverbial clause with a
verb of its own is that clause's event's, never a trigger's outside it. Every sentence is
written for this test about invented shows."""

from __future__ import annotations

import datetime as dt

import pytest
from articles import DatedRow, dated_rows, facts_of

PUBLISHED = dt.date(2024, 5, 10)


def _facts(text: str, title: str = "") -> set[DatedRow]:
    return dated_rows(facts_of(text, title, PUBLISHED))


@pytest.mark.parametrize("text", [
    "Netflix renewed Salt Road, which wrapped its second season in April.",
    "Salt Road, which wrapped its second season in April, was renewed by Netflix.",
    "After Salt Road wrapped its second season in April, Netflix renewed the show.",
])
def test_a_date_in_a_clause_of_its_own_is_not_the_renewals(text: str) -> None:
    facts = _facts(text)
    assert ("Salt Road", 3, "renewed", "2024-05") in facts, facts
    assert not any(date == "2024-04" for *_, date in facts)


def test_a_relative_clause_ending_a_season_dates_no_return() -> None:
    facts = _facts("Salt Road, which ended its third season in March, will return for "
                   "another season.")
    assert ("Salt Road", 4, "renewed", "2024-05") in facts
    assert not any(kind == "premiere" for _, _, kind, _ in facts)


def test_a_clause_with_its_own_trigger_keeps_its_date() -> None:
    # the relative clause tells the premiere: its date is the premiere's
    facts = _facts("Netflix renewed Salt Road, which premiered in January, for a second "
                   "season.")
    assert any(f[2:] == ("premiere", "2024-01") for f in facts)
    # a trigger running into the clause ("Production on X, which started ...") owns its date
    facts = _facts("Production on season 3 of Salt Road, which started in January, was "
                   "paused in March.")
    assert ("Salt Road", 3, "filming_started", "2024-01") in facts


# --- times at the precision the text gives ---------------------------------------------------


@pytest.mark.parametrize(("text", "season", "date"), [
    ("Glass Harbor season 2 will premiere in late summer.", 2, "2024-SU"),
    ("Glass Harbor season 2 arrives on Hulu by early fall.", 2, "2024-FA"),
    ("Glass Harbor season 2 will premiere next early spring.", 2, "2025-SP"),
    ("Glass Harbor season 2 will premiere in late summer 2025.", 2, "2025-SU"),
    ("Glass Harbor season 2 premiered over the weekend.", 2, "2024-05"),
    ("Glass Harbor season 2 will premiere on Friday the 14th of June.", 2, "2024-06-14"),
])
def test_premiere_times_keep_the_texts_precision(text: str, season: int, date: str) -> None:
    assert ("Glass Harbor", season, "premiere", date) in _facts(text)


def test_a_weekend_is_the_one_the_tense_points_to() -> None:
    from monitor.extract.dates import find_dates
    monday = dt.date(2024, 6, 3)
    assert [m.value for m in find_dates("It premiered over the weekend.", monday)] == ["2024-06"]
    assert [m.value for m in find_dates("It premiered this past weekend.", monday)] == [
        "2024-06"]
    sunday = dt.date(2024, 6, 2)
    assert [m.value for m in find_dates("It premiered over the weekend.", sunday)] == [
        "2024-06"]
    friday = dt.date(2024, 5, 31)
    assert [m.value for m in find_dates("It premiered last weekend.", friday)] == ["2024-05"]
    assert [m.value for m in find_dates("It premieres this weekend.", friday,
                                        future=True)] == ["2024-06"]
    assert [m.value for m in find_dates("It premieres next weekend.", friday,
                                        future=True)] == ["2024-06"]


# --- a headline's "already renewed": a tracker of shows, or one show's news ------------------


def test_one_shows_early_renewal_in_the_headline_is_news_of_its_day() -> None:
    facts = _facts("ABC has renewed Glass Harbor for both a fourth and a fifth season.",
                   title="Glass Harbor: seasons 4 and 5; ABC contest show already renewed "
                   "for 2025-26")
    assert ("Glass Harbor", 4, "renewed", "2024-05") in facts
    assert ("Glass Harbor", 5, "renewed", "2024-05") in facts


def test_a_tracker_of_shows_already_renewed_dates_nothing() -> None:
    facts = _facts("ABC has renewed Glass Harbor for a fourth season.",
                   title="Which TV shows have already been renewed for 2025?")
    assert ("Glass Harbor", 4, "renewed", None) in facts
