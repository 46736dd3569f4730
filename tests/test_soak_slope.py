"""bench/slope.py: a soak's slope with its uncertainty, and a recycled worker's level read at
the same phase of each of its lives. Synthetic series with a known growth (no process, no
timing): the estimate must find a growth that is there, not find one that is not, and not be
moved by where a window cuts a sawtooth."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from slope import (  # noqa: E402
    BYTE_FIGURES,
    Sample,
    Slope,
    byte_estimates,
    describe,
    estimates,
    fit,
    read_samples,
    worker_levels,
)


def _steps(n: int, slope: float, seed: int) -> tuple[list[int], list[float]]:
    """``n`` samples 100 cycles apart: a level of 50,000 KiB plus ``slope`` KiB per cycle,
    plus plateaus of noise ~20 samples long (a resident size moves in steps, not sample by
    sample)."""
    rng = random.Random(seed)
    xs = [100 * i for i in range(n)]
    ys, offset = [], 0.0
    for i, x in enumerate(xs):
        if i % 20 == 0:
            offset = rng.uniform(-300, 300)
        ys.append(50_000 + slope * x + offset + rng.uniform(-20, 20))
    return xs, ys


def test_a_flat_series_in_steps_does_not_differ_from_zero() -> None:
    """No growth, plateaus of noise: the interval spans 0 (a textbook standard error over
    the 400 points as if independent would not)."""
    xs, ys = _steps(400, 0.0, seed=3)
    s = fit(xs, ys)
    assert s.low < 0 < s.high and not s.differs_from_zero
    # the textbook interval, for contrast: the same slope +- 2 standard errors of
    # independent points, much narrower than the blocks' interval
    n = len(xs)
    mx = sum(xs) / n
    resid = [y - (s.level + s.slope * (x - xs[0])) for x, y in zip(xs, ys, strict=True)]
    se = (sum(r * r for r in resid) / (n - 2) / sum((x - mx) ** 2 for x in xs)) ** 0.5
    assert 4 * se < s.high - s.low


def test_a_growth_is_found_with_an_interval_around_it() -> None:
    xs, ys = _steps(400, 0.05, seed=5)  # +50 KiB per 1,000 cycles
    s = fit(xs, ys)
    assert s.differs_from_zero and s.low < 0.05 < s.high
    assert all(0.02 < h < 0.08 for h in s.halves)
    assert fit(xs, ys) == s  # seeded: the same points give the same interval


def test_sums_and_differences_combine_the_draws() -> None:
    a = fit(*_steps(200, 0.05, seed=1))
    b = fit(*_steps(200, 0.05, seed=2))
    both = a + b
    assert both.slope == pytest.approx(a.slope + b.slope)
    assert both.level == pytest.approx(a.level + b.level)
    assert both.low < a.low + b.high and both.high > a.high + b.low
    gap = a - b
    assert gap.slope == pytest.approx(a.slope - b.slope) and gap.low < 0 < gap.high
    same = a - a
    assert same.slope == 0 and same.low == same.high == 0
    assert a.scaled(2).slope == pytest.approx(2 * a.slope)


def _sawtooth(lives: int, *, jobs: int, per_life_kib: float, cut: int) -> list[Sample]:
    """Two workers recycled every ``jobs`` jobs, one job each per cycle between samples 10
    cycles apart: a fresh worker starts at 30,000 KiB and climbs 8,000 KiB over its first
    jobs, then stays; each life's level is ``per_life_kib`` above the one before (the growth
    to find). The run stops ``cut`` samples into the last lives (a window cutting a tooth)."""
    samples: list[Sample] = []
    pid, cycle = 100, 0
    for life in range(lives):
        last = life == lives - 1
        span = jobs // 10 if not last else cut
        for k in range(span):
            served = 10 * k + 10
            climb = 8000 * min(1.0, served / (0.6 * jobs))
            level = 30_000 + climb + life * per_life_kib
            cycle += 10
            samples.append(Sample(cycle, 60_000, ((pid, served, round(level)),
                                                  (pid + 1, served, round(level) + 500))))
        pid += 2
    return samples


def test_a_worker_is_read_at_the_same_phase_of_each_life() -> None:
    """Lives that reach 450 jobs give a point each, at the first sample with 450 served (its
    VmRSS then, or the life's largest, at the same cycle); a life cut short gives none."""
    samples = _sawtooth(6, jobs=500, per_life_kib=0.0, cut=10)
    at_age = worker_levels(samples, age=450)
    assert len(at_age) == 10  # 5 whole lives x 2 workers; the 6th, cut at 100 jobs, left out
    assert {kib for _, kib in at_age} == {38_000, 38_500}
    largest = worker_levels(samples, age=450, largest=True)
    assert [c for c, _ in largest] == [c for c, _ in at_age]
    assert worker_levels(samples, age=450, after=samples[-1].cycle) == []


def test_the_phase_aligned_slope_is_not_moved_by_where_the_window_cuts() -> None:
    """No growth between lives, four lives in the window (as in a real soak): a line through
    every sample of a worker moves by over 1 MiB per 1,000 cycles with where the run stops in
    the last tooth, the phase-aligned slope is 0 wherever it stops. With a growth between
    lives, the aligned slope finds it."""
    naive, label = [], "a worker, VmRSS at 450 jobs served (one point per life)"
    for cut in (20, 45):
        flat = _sawtooth(4, jobs=500, per_life_kib=0.0, cut=cut)
        after = flat[30:]  # the window begins on the first life's plateau
        naive.append(fit([s.cycle for s in after], [s.workers[0][2] for s in after]).slope)
        aligned = dict(estimates(flat, after[0].cycle - 1, max_jobs=500, workers=2))[label]
        assert aligned.slope == pytest.approx(0.0, abs=1e-9) and not aligned.differs_from_zero
    assert abs(naive[0] - naive[1]) > 1.0  # KiB per cycle: > 1 MiB per 1,000 cycles
    growing = _sawtooth(12, jobs=500, per_life_kib=200.0, cut=5)
    figures = dict(estimates(growing, 0, max_jobs=500, workers=2))
    aligned = figures[label]
    assert aligned.slope == pytest.approx(200.0 / 500, rel=1e-6) and aligned.differs_from_zero
    total = figures["the daemon and its 2 workers (the daemon + 2 x the first worker figure)"]
    assert total.slope == pytest.approx(2 * 200.0 / 500, rel=1e-6)


def test_describe_says_what_the_interval_allows() -> None:
    per_year = 17_520_000
    grows = fit(*_steps(400, 0.05, seed=5))
    row = describe("daemon", grows, per_year, 0.10)
    assert row[-2] == "yes" and row[-1] == "NOT met"
    flat = fit(*_steps(400, 0.0, seed=3))
    row = describe("daemon", flat, per_year, 0.10)
    assert row[-2] == "no" and row[-1].startswith("not decided")
    tiny = fit([0, 1, 2, 3, 4, 5], [50_000.0] * 6)
    assert describe("daemon", tiny, per_year, 0.10)[-1] == "met"


def test_saved_samples_are_read_back(tmp_path: Path) -> None:
    path = tmp_path / "run.jsonl"
    path.write_text("".join(json.dumps({"cycle": c, "rss": 1000 + c, "pss": 900, "warm": 20,
                                        "seconds": 0.1, "workers": [[7, c, 4000]],
                                        "recycled": 0}) + "\n" for c in (10, 20, 30)))
    samples, warm = read_samples(path)
    assert warm == 20
    assert samples == [Sample(c, 1000 + c, ((7, c, 4000),)) for c in (10, 20, 30)]


def test_an_interval_off_zero_with_halves_that_disagree_decides_nothing() -> None:
    """Few points: a bootstrap interval can exclude 0 while the window's halves go opposite
    ways; then neither a growth nor a verdict is claimed."""
    draws = tuple(0.5 + i / 1000 for i in range(1000))
    split = Slope(0.001, 50_000.0, (0.004, -0.002), 0.0005, 0.0015, 4, draws)
    assert not split.differs_from_zero
    assert describe("worker", split, 17_520_000, 0.10)[-1].startswith("not decided")
    agreed = Slope(0.001, 50_000.0, (0.001, 0.002), 0.0005, 0.0015, 4, draws)
    assert agreed.differs_from_zero
    assert describe("worker", agreed, 17_520_000, 0.10)[-1] == "NOT met"


def test_the_daemons_byte_figures_are_fitted_in_kib_against_its_vmrss(tmp_path: Path) -> None:
    """The figures in bytes a sample carries (live Python bytes, glibc in use): fitted after
    the warm-up in KiB, a year read as a share of the daemon's VmRSS level (what the figure
    adds to it), and a sample where a figure was unknown (-1: pymalloc's statistics under
    tracemalloc) left out of that figure only."""
    rng = random.Random(11)
    path = tmp_path / "run.jsonl"
    rows = []
    for c in range(0, 40_001, 100):
        rows.append({"cycle": c, "rss": 57_000, "pss": 44_000, "warm": 5_000, "seconds": 1.0,
                     "workers": [], "recycled": 0,
                     # +2 KiB per 1,000 cycles live Python bytes, glibc flat; bytes, not KiB
                     "py_used": -1 if c % 1000 == 500 else
                     int(20_000 * 1024 + 2.048 * c + rng.uniform(-512, 512)),
                     "heap_in_use": int(15_000 * 1024 + rng.uniform(-4096, 4096))})
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    found = dict(byte_estimates(path, 5_000, level=57_000.0))
    py = found[BYTE_FIGURES["py_used"]]
    heap = found[BYTE_FIGURES["heap_in_use"]]
    assert py.n == 350 - 35 and heap.n == 350  # after the warm-up; the unknown ones left out
    assert py.slope * 1000 == pytest.approx(2.0, abs=0.05) and py.differs_from_zero
    assert py.level == heap.level == 57_000.0
    assert not heap.differs_from_zero and abs(heap.slope * 1000) < 0.1
    # a year (17.52 M cycles) of +2 KiB per 1,000 cycles on a 57,000 KiB daemon: +61%
    assert describe("py", py, 17_520_000, 0.10)[5].startswith("+61%")
    assert BYTE_FIGURES["sqlite"] not in found  # a figure no sample carries is not fitted
