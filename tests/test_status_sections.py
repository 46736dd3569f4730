"""A round-up's status heading ("Cancelled") over bulleted "Title:" entries gives each entry's
show that status, even when the entry's own text has no status verb. Sentences written for
these tests."""

from __future__ import annotations

from articles import Row, facts_of, rows

from monitor.extract.sections import status_entries

ROUNDUP = """Here is what the networks decided this spring.

Cancelled

These are the series that will not return next season, network by network, with a short
look back at each of them and at the people who made them.

ABC

  • Salt Road: This legal drama from Jane Miller was cancelled after two seasons.
  • Tin Roof: The family comedy starring Ann Lowe lasted three seasons.
  • Glass Harbor: Based on a Danish series, this adaptation of a divorce ran for 2 seasons.

Renewed

  • Night Ferry: The crime drama returns for another run in the fall.
"""


def _facts(text: str) -> set[Row]:
    return rows(facts_of(text, "Spring round-up"))


def test_entries_under_a_status_heading_take_its_status_and_their_seasons() -> None:
    facts = _facts(ROUNDUP)
    assert ("Salt Road", 2, "cancelled") in facts
    assert ("Tin Roof", 3, "cancelled") in facts
    assert ("Glass Harbor", 2, "cancelled") in facts
    assert any(show == "Night Ferry" and kind == "renewed" for show, _, kind in facts)
    assert not any(show == "Night Ferry" and kind == "cancelled" for show, _, kind in facts)


def test_entries_without_a_status_heading_take_no_status() -> None:
    text = ROUNDUP.replace("Cancelled\n", "Looking back\n").replace("Renewed\n", "Also\n")
    facts = _facts(text)
    assert not any(show in ("Tin Roof", "Glass Harbor") for show, _, _ in facts)


def test_status_entries_reads_the_lines_shape() -> None:
    lines = ["Likely to be cancelled", "A long paragraph that introduces the list below it.",
             "• Tin Roof: The comedy lasted a single season.", "Tin Roof is not bulleted here."]
    entries = status_entries(lines)
    assert [(e.title, e.kind, e.certainty, e.season) for e in entries] == [
        ("Tin Roof", "cancelled", "speculative", 1)]


def test_a_scorecard_title_may_carry_a_subtitle_in_parentheses() -> None:
    text = ("Salt Road: Could go either way. Officially cancelled.\n"
            "How to Live Near Your Aunt (for the Rest of Your Days): Too early to tell. "
            "Officially cancelled.\n"
            "Tin Roof: A sure thing. Officially renewed.\n")
    facts = _facts(text)
    assert ("How to Live Near Your Aunt (for the Rest of Your Days)", None, "cancelled") in facts
    assert ("Salt Road", None, "cancelled") in facts  # the run of three lines holds
