"""The devset's time lines replayed end to end — articles → extracted facts → state → alerts —
with today's figures as floors, so a change to the extractor or to the status rules that loses
a time line fails the suite (``monitor eval --timelines ../shared/devset`` prints the same).

Skipped without the devset (read from $MONITOR_DEVSET, else ``<repo root>/../shared/devset``),
like the labelled-facts replay in test_timelines.py. Only totals are asserted and reported:
the sealed fold's time lines are never named.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from monitor.evaluation.timelines import evaluate_timelines, pseudo_timelines, replay_timeline
from monitor.extract.folds import load_folds

REPO = Path(__file__).resolve().parent.parent
DEVSET = Path(os.environ.get("MONITOR_DEVSET") or REPO.parent / "shared" / "devset")

#: Today's figures over all 24 time lines (raise them when they improve, never lower them).
FINAL_RIGHT_AT_LEAST = 24
EVERY_STEP_RIGHT_AT_LEAST = 23
FALSE_STATUS_ALERTS_AT_MOST = 0
#: The same over the pseudo time lines (every season the open folds' labels name: 358).
PSEUDO_FINAL_RIGHT_AT_LEAST = 330
PSEUDO_EVERY_STEP_RIGHT_AT_LEAST = 328
PSEUDO_FALSE_STATUS_ALERTS_AT_MOST = 0


@pytest.mark.skipif(not (DEVSET / "timelines.json").is_file(),
                    reason=f"no devset at {DEVSET}: set MONITOR_DEVSET")
def test_the_devset_time_lines_end_to_end_keep_todays_figures() -> None:
    results = evaluate_timelines(DEVSET, "extractor")
    sealed = load_folds().is_sealed
    figures = {
        part: (sum(r.final_right for r in rs), sum(r.every_step_right for r in rs),
               sum(len(r.false_alerts) for r in rs), len(rs))
        for part, rs in (
            ("all", results),
            ("open", [r for r in results if not any(map(sealed, r.timeline.articles))]),
            ("sealed", [r for r in results if any(map(sealed, r.timeline.articles))]))}
    final, every, false, total = figures["all"]
    assert total == 24
    report = "; ".join(f"{part}: final {f}/{n}, every step {e}/{n}, false alerts {a}"
                       for part, (f, e, a, n) in figures.items())
    assert final >= FINAL_RIGHT_AT_LEAST, report
    assert every >= EVERY_STEP_RIGHT_AT_LEAST, report
    assert false <= FALSE_STATUS_ALERTS_AT_MOST, report


@pytest.mark.skipif(not (DEVSET / "timelines.json").is_file(),
                    reason=f"no devset at {DEVSET}: set MONITOR_DEVSET")
def test_the_pseudo_time_lines_end_to_end_keep_todays_figures() -> None:
    """Every season the open folds' labels name, replayed (the sealed folds are not read)."""
    sealed = load_folds().is_sealed
    timelines = pseudo_timelines(DEVSET, lambda article: not sealed(article))
    results = [replay_timeline(t, DEVSET, "extractor") for t in timelines]
    final = sum(r.final_right for r in results)
    every = sum(r.every_step_right for r in results)
    false = sum(len(r.false_alerts) for r in results)
    report = f"final {final}/{len(results)}, every step {every}, false alerts {false}"
    assert len(results) >= 350, report
    assert final >= PSEUDO_FINAL_RIGHT_AT_LEAST, report
    assert every >= PSEUDO_EVERY_STEP_RIGHT_AT_LEAST, report
    assert false <= PSEUDO_FALSE_STATUS_ALERTS_AT_MOST, report
