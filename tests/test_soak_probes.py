"""bench/procmem.py's Spool: what a soak keeps from each probe stays out of the process it
measures. Kept in a list, every probe's figures (~12.7 KB of Python objects) were counted as
the daemon's live growth by the next probe. Real probes, traced with tracemalloc (no timing)."""

from __future__ import annotations

import gc
import statistics
import sys
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from procmem import Spool, diff_lines, probe  # noqa: E402

PROBES = 7


def _kept_per_probe(keep: object) -> float:
    """Python bytes still allocated after each of ``PROBES`` probes handed to ``keep`` (a
    list's append or a spool's add), the median of the probes (a one-off in between, such as
    the interpreter's table of interned strings growing, moves one probe, not the median)."""
    probe()  # first use: imports, ctypes handles, caches of the stdlib
    gc.collect()
    tracemalloc.start(1)
    try:
        steps = []
        for cycle in range(PROBES):
            before = tracemalloc.get_traced_memory()[0]
            keep((cycle, probe()))  # type: ignore[operator]
            gc.collect()
            steps.append(tracemalloc.get_traced_memory()[0] - before)
    finally:
        tracemalloc.stop()
    return float(statistics.median(steps))


def test_spooled_probes_do_not_stay_in_the_process() -> None:
    listed: list[tuple[int, dict[str, object]]] = []
    in_list = _kept_per_probe(listed.append)
    spool = Spool()
    try:
        in_spool = _kept_per_probe(spool.add)
        back = spool.items()
    finally:
        spool.close()
    # the probes' figures are several KB of objects each: kept in a list they stay
    assert in_list > 4000
    # spooled, what stays per probe is a small fraction of that (the file's buffer is fixed)
    assert in_spool < in_list / 10
    # and everything comes back in order, usable by the report
    assert [c for c, _ in back] == list(range(PROBES))
    assert [sorted(p) for _, p in back] == [sorted(p) for _, p in listed]
    assert diff_lines(back[0][1], back[-1][1], 1000)
