"""Seeded, bounded fuzzing in the suite (issue 16): a few hundred mutated feeds and pages.

The generator is bench/fuzz.py's (the long run of 10,000 each lives there). A case passes when
the stage returns or refuses with the monitor's ParseError; a crash (any other exception) or a
page over the per-article budget fails the test with the case number to replay.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import fuzz  # noqa: E402


def test_fuzzed_feeds_never_crash_the_parser() -> None:
    report = fuzz.fuzz_feeds(300, seed=1)
    assert report.cases == 300 and report.ok > 0 and report.parse_errors > 0
    assert report.crashes == [], report.crashes[0]


def test_fuzzed_pages_never_crash_and_stay_within_budget() -> None:
    """The budget is the daemon's kind of bound, not a timing: a backtracking pattern takes
    minutes on these pages; the slowest honest case took 5.3 s here at load 5, so 30 s holds on
    a loaded machine where 10 s did not."""
    report = fuzz.fuzz_pages(150, seed=2, budget=30.0, workers=2)
    assert report.cases == 150 and report.ok > 0
    assert report.crashes == [], report.crashes[0]
    assert report.over_budget == 0


def test_fuzzed_pages_raise_nothing_but_parse_errors_inline() -> None:
    assert fuzz.unexpected_in_pages(100, seed=3) == []
