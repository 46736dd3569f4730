"""Helpers shared by the benchmarks: machine description, timers, memory readings, tables.

Every benchmark prints its figures as ratios against a baseline measured in the same run, because
absolute times on a shared machine are noise. Nothing here asserts a time.
"""

from __future__ import annotations

import os
import platform
import resource
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "tests" / "fixtures" / "seeds"


def machine() -> str:
    """One line naming the machine: kernel, CPU count and model, Python version."""
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{' '.join(platform.uname()[:3])} {platform.machine()}; {os.cpu_count()} CPUs "
            f"({cpu}); Python {platform.python_version()}")


def header(title: str) -> None:
    print(f"# {title}")
    print(f"machine: {machine()}")
    print(f"uname -a: {' '.join(platform.uname())}")
    print()


def timed(fn: Callable[[], object]) -> float:
    """Wall seconds one call of ``fn`` takes."""
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def best_of(fn: Callable[[], object], repeat: int) -> float:
    """The fastest of ``repeat`` runs: the least disturbed by the rest of the machine."""
    return min(timed(fn) for _ in range(max(1, repeat)))


def rss_kib(pid: int | str = "self") -> int:
    """Resident set size (VmRSS) of a process in KiB, from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError(f"no VmRSS for pid {pid}")


def peak_rss_mib() -> float:
    """Peak resident memory of this process so far (ru_maxrss, KiB on Linux) in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def table(rows: Sequence[Sequence[object]], headers: Sequence[str]) -> str:
    """A Markdown table, so the output can be pasted into bench/README.md as it is."""
    cells = [[str(c) for c in row] for row in rows]
    widths = [max([len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(headers)]
    line = "| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)) + " |"
    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    body = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |"
            for r in cells]
    return "\n".join([line, rule, *body])


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def flush() -> None:
    sys.stdout.flush()
