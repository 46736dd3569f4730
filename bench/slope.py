"""A soak's memory slope with its uncertainty, and the article workers' at one phase of their
recycle (``bench/soak.py``; bench/README.md, *tenth part*).

A least-squares line through a soak's samples gives a slope, not whether it differs from zero:
the samples are not independent (resident memory moves in steps and plateaus many samples
long), so the textbook standard error is far too small, and one run's figure was smaller than
the span between two identical runs. So the slope comes here with

- the slopes over each half of the window (a growth that is real shows in both halves), and
- a moving-block bootstrap interval: the line's residuals resampled in circular blocks a
  tenth of the window long (a step or plateau stays whole inside a block), the line re-fitted
  per draw, the 2.5 and 97.5 percentiles of the draws' slopes.

The article workers are recycled every N jobs: their memory is a sawtooth (a fresh worker
climbs to its level in its first jobs, then is replaced), and where a window starts and ends
in the teeth moves a line fitted through every sample by more than the growth sought. So the
workers' slope is fitted through one point per worker's life taken at the same phase of it:
its resident memory at the first sample at or after a given age in jobs (``worker_levels``),
or its largest.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

#: Bootstrap draws (the interval's percentiles are read from them).
DRAWS = 2000
#: The bootstrap's blocks are this share of the window's samples (at least 2 samples).
BLOCK_SHARE = 0.1


@dataclass(frozen=True)
class Slope:
    """A fitted slope (per unit of x) with its uncertainty, over ``n`` points."""

    slope: float
    #: The line's value at the window's first x (the level a year's growth is a share of).
    level: float
    #: The slopes fitted over the first and the second half of the points.
    halves: tuple[float, float]
    #: The bootstrap's 95% interval of the slope.
    low: float
    high: float
    n: int
    #: The bootstrap draws' slopes, in draw order (sums of slopes combine them draw by draw).
    draws: tuple[float, ...]

    @property
    def differs_from_zero(self) -> bool:
        """The bootstrap's interval excludes 0 and both halves have the slope's sign (with few
        points, or a window of a few steps, the interval alone is too narrow: an A/A pair's
        difference came out "significant" so, bench/README.md, *tenth part*)."""
        return (self.low > 0 or self.high < 0) and all(h * self.slope > 0 for h in self.halves)

    def __add__(self, other: Slope) -> Slope:
        """The slope of a sum (the daemon and its workers): slopes, levels and halves add,
        the draws add draw by draw (independent bootstraps), their interval read again."""
        draws = tuple(a + b for a, b in zip(self.draws, other.draws, strict=True))
        low, high = _interval(draws)
        return Slope(self.slope + other.slope, self.level + other.level,
                     (self.halves[0] + other.halves[0], self.halves[1] + other.halves[1]),
                     low, high, min(self.n, other.n), draws)

    def __sub__(self, other: Slope) -> Slope:
        """The difference of two runs' slopes (an A/A pair's span), its interval likewise."""
        return self + other.scaled(-1.0)

    def scaled(self, k: float) -> Slope:
        """``k`` times this slope (``k`` identical workers); a negative ``k`` flips the
        interval."""
        draws = tuple(k * d for d in self.draws)
        low, high = _interval(draws)
        return Slope(k * self.slope, k * self.level, (k * self.halves[0], k * self.halves[1]),
                     low, high, self.n, draws)


def _line(xs: Sequence[float], ys: Sequence[float]) -> tuple[float, float]:
    """(slope, intercept) of the least-squares line."""
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs) or 1e-12
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx
    return slope, my - slope * mx


def _interval(draws: Sequence[float]) -> tuple[float, float]:
    ordered = sorted(draws)
    last = len(ordered) - 1
    return ordered[round(0.025 * last)], ordered[round(0.975 * last)]


def fit(xs: Sequence[float], ys: Sequence[float], *, draws: int = DRAWS,
        block_share: float = BLOCK_SHARE, seed: int = 0) -> Slope:
    """The least-squares slope of ``ys`` over ``xs`` with its halves and its moving-block
    bootstrap interval (seeded: the same points give the same interval)."""
    n = len(xs)
    if n < 4:
        raise ValueError(f"a slope with its uncertainty needs 4 points or more, not {n}")
    slope, intercept = _line(xs, ys)
    half = n // 2
    halves = (_line(xs[:half], ys[:half])[0], _line(xs[half:], ys[half:])[0])
    mx = sum(xs) / n
    centred = [x - mx for x in xs]
    sxx = sum(c * c for c in centred) or 1e-12
    residuals = [y - (intercept + slope * x) for x, y in zip(xs, ys, strict=True)]
    block = max(2, round(n * block_share))
    rng = random.Random(seed)
    found: list[float] = []
    for _ in range(draws):
        # Residuals in circular blocks laid end to end over the window, the line re-fitted:
        # for y* = line + r*, the slope is the line's plus r*'s own.
        picked: list[float] = []
        while len(picked) < n:
            start = rng.randrange(n)
            picked.extend(residuals[(start + k) % n] for k in range(block))
        found.append(slope + sum(c * r for c, r in zip(centred, picked, strict=False)) / sxx)
    low, high = _interval(found)
    return Slope(slope, intercept + slope * xs[0], halves, low, high, n, tuple(found))


@dataclass(frozen=True)
class Sample:
    """One sample of a soak: the cycle, the daemon's VmRSS (KiB), and each worker the pool
    had then as (pid, jobs it had served, VmRSS KiB)."""

    cycle: int
    rss: int
    workers: tuple[tuple[int, int, int], ...] = ()


def read_samples(path: Path) -> tuple[list[Sample], int]:
    """The samples ``soak.py --samples-out`` wrote (a line per sample) and the run's last
    warm-up cycle."""
    samples: list[Sample] = []
    warm = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row: dict[str, Any] = json.loads(line)
        warm = int(row.get("warm", warm))
        samples.append(Sample(int(row["cycle"]), int(row["rss"]),
                              tuple((int(p), int(j), int(k)) for p, j, k in row["workers"])))
    return samples, warm


#: The daemon's figures in bytes that ``soak.py --samples-out`` writes beside VmRSS, with
#: their names in tables: they count live bytes, not pages, so they move far less than VmRSS
#: (no trim giving pages back, no heap taking them again) and resolve a slope far finer.
BYTE_FIGURES = {
    "py_used": "the daemon's live Python bytes (pymalloc's bytes in allocated blocks)",
    "heap_in_use": "the daemon's glibc bytes in use (mallinfo2: uordblks + hblkhd)",
    "heap_free": "the daemon's glibc free bytes inside its heap (mallinfo2: fordblks)",
    "sqlite": "the daemon's SQLite allocator (sqlite3_memory_used)",
}


def read_byte_figures(path: Path, warm: int) -> dict[str, list[tuple[int, float]]]:
    """Each of ``BYTE_FIGURES`` a run's samples carry after the warm-up, as (cycle, KiB)
    points (a figure left out where it is missing or unknown, -1: pymalloc's statistics
    are not readable while tracemalloc wraps the allocator)."""
    out: dict[str, list[tuple[int, float]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row: dict[str, Any] = json.loads(line)
        if int(row["cycle"]) <= warm:
            continue
        for key in BYTE_FIGURES:
            value = row.get(key)
            if value is not None and value >= 0:
                out.setdefault(key, []).append((int(row["cycle"]), value / 1024))
    return out


def byte_estimates(path: Path, warm: int, level: float) -> list[tuple[str, Slope]]:
    """The slopes of ``BYTE_FIGURES`` with their uncertainty, each with ``level`` (the
    daemon's VmRSS level, KiB) as the level a year's growth is a share of: what the figure
    would add to the daemon's resident memory."""
    out: list[tuple[str, Slope]] = []
    for key, points in read_byte_figures(path, warm).items():
        if len(points) < 4:
            continue
        s = fit([c for c, _ in points], [v for _, v in points])
        out.append((BYTE_FIGURES[key], replace(s, level=level)))
    return out


def worker_levels(samples: Iterable[Sample], *, age: int, largest: bool = False,
                  after: int = 0) -> list[tuple[int, int]]:
    """One (cycle, VmRSS KiB) point per worker's life, at the same phase of it: the first
    sample at which the worker had served ``age`` jobs or more, with its VmRSS then or, with
    ``largest``, the largest of its life (placed at that same phase: the pool's workers can
    differ in kind, one serving the feeds and the other the articles when each poll is a feed
    and an article in turn, and a point placed where each life peaked would mix their levels
    at unlike phases). Lives that never reached the age are left out, and so are points at or
    before cycle ``after`` (the warm-up)."""
    lives: dict[int, list[tuple[int, int, int]]] = {}
    for s in samples:
        for pid, jobs, kib in s.workers:
            lives.setdefault(pid, []).append((s.cycle, jobs, kib))
    points: list[tuple[int, int]] = []
    for life in lives.values():
        reached = [p for p in life if p[1] >= age]
        if not reached:
            continue
        cycle, _, kib = reached[0]
        if largest:
            kib = max(p[2] for p in life)
        if cycle > after:
            points.append((cycle, kib))
    return sorted(points)


def describe(name: str, s: Slope, per_year: float, tolerance: float) -> list[str]:
    """A row for a table: the slope per 1,000 x with its interval and halves, the share of
    its level a year (``per_year`` x) adds with its interval, and what may be said: whether
    it differs from zero, and the target met or not met (the interval and both halves on one
    side of it), or not decided by this run."""
    def share(v: float) -> float:
        return v * per_year / s.level if s.level > 0 else float("nan")

    halves = [share(h) for h in s.halves]
    if share(s.high) <= tolerance and max(halves) <= tolerance:
        target = "met"
    elif share(s.low) > tolerance and min(halves) > tolerance:
        target = "NOT met"
    else:
        target = "not decided (the interval spans the bound)"
    return [name, f"{s.n}", f"{s.slope * 1000:+.1f}",
            f"{s.low * 1000:+.1f} to {s.high * 1000:+.1f}",
            f"{s.halves[0] * 1000:+.1f} / {s.halves[1] * 1000:+.1f}",
            f"{share(s.slope):+.0%} ({share(s.low):+.0%} to {share(s.high):+.0%})",
            "yes" if s.differs_from_zero else "no", target]


DESCRIBE_HEADERS = ["after the warm-up", "points", "KiB per 1,000 cycles",
                    "95% interval (block bootstrap)", "first half / second half",
                    "a year (interval)", "differs from 0", "<= 10% a year"]


def estimates(samples: Sequence[Sample], warm: int, *, max_jobs: int,
              workers: int) -> list[tuple[str, Slope]]:
    """The run's slopes with their uncertainty: the daemon's VmRSS through every sample after
    the warm-up; one worker's at the same phase of its lives (at 90% of ``max_jobs`` jobs,
    and at its largest); the daemon and its ``workers`` workers (the phase-aligned one,
    times the pool's size). Fewer than 4 points for a figure: that figure is left out."""
    out: list[tuple[str, Slope]] = []
    after = [s for s in samples if s.cycle > warm]
    if len(after) < 4:
        return out
    daemon = fit([s.cycle for s in after], [s.rss for s in after])
    out.append(("the daemon alone, VmRSS (every sample)", daemon))
    if not workers or not any(s.workers for s in samples):
        return out
    if max_jobs:
        age = max(1, int(0.9 * max_jobs))
        aligned = worker_levels(samples, age=age, after=warm)
        largest = worker_levels(samples, age=age, largest=True, after=warm)
        named = [(f"a worker, VmRSS at {age} jobs served (one point per life)", aligned),
                 ("a worker, its largest VmRSS (one point per life)", largest)]
    else:  # never recycled: no sawtooth, the pool's mean worker at every sample
        named = [("a worker, VmRSS (never recycled: the pool's mean, every sample)",
                  [(s.cycle, sum(k for _, _, k in s.workers) // len(s.workers))
                   for s in after if s.workers])]
    for label, points in named:
        if len(points) < 4:
            continue
        one = fit([c for c, _ in points], [k for _, k in points])
        out.append((label, one))
    if len(out) > 1:
        out.append((f"the daemon and its {workers} workers (the daemon + {workers} x the "
                    "first worker figure)", daemon + out[1][1].scaled(workers)))
    return out
