"""The benchmarks' shared harness: paired rounds, the reference workload, the machine, tables.

Timings on a shared 2-core machine drift by tens of percent within minutes, so no benchmark
compares configurations measured one after the other. ``run_paired`` interleaves them unit by
unit (a page, a feed, a process start): in each round every configuration handles unit 1, then
every configuration handles unit 2, and so on, in an order rotated from round to round, so a
slow spell hits them all alike. A ratio is taken per round (the two configurations' totals over
the same units in the same round) and reported as the median and the minimum over the rounds.

``reference_ms`` times a fixed small workload (lxml parse and walk of a generated page plus a
pure-Python word count) once per round, so a figure from another machine can be scaled: divide
an absolute time by the reference time of the same run to compare it across machines.

Nothing here asserts a time: the smoke tests only check that every benchmark runs.
"""

from __future__ import annotations

import gc
import os
import platform
import random
import re
import resource
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import lxml.html

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "tests" / "fixtures" / "seeds"
#: The labelled development set: $MONITOR_DEVSET, else ../shared/devset beside the checkout
#: (from a worktree under /work/wt/NAME, the shared one).
DEVSET = Path(os.environ.get("MONITOR_DEVSET") or REPO.parent / "shared" / "devset")
if not DEVSET.is_dir():
    DEVSET = Path("/work/shared/devset")


# --- the machine --------------------------------------------------------------------------------

def machine() -> str:
    """One line naming the machine: kernel, CPUs and model, memory, Python and key libraries."""
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kib / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return (f"{platform.system()} {platform.release()} {platform.machine()}; {os.cpu_count()} "
            f"CPUs ({cpu}){mem}; Python {platform.python_version()}; {_versions()}")


def _versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    out = []
    for name in ("lxml", "trafilatura", "feedparser", "requests"):
        try:
            out.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            pass
    return ", ".join(out)


def load() -> str:
    """The load averages: how busy the shared machine was (other engineers' jobs included)."""
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def header(title: str, argv: Sequence[str] | None = None) -> None:
    """The title, the exact command, the machine and its load, before any figure."""
    args = " ".join(sys.argv[1:] if argv is None else argv)
    print(f"# {title}")
    print(f"command: .venv/bin/python bench/{Path(sys.argv[0]).name} {args}".rstrip())
    print(f"machine: {machine()}")
    print(f"load average at start: {load()}")
    print()
    flush()


def pin_to_cpu(index: int = 0) -> str:
    """Pin this process to one CPU (the ``index``-th it may use): per-core figures."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity)"
    cpus = sorted(os.sched_getaffinity(0))
    cpu = cpus[index % len(cpus)]
    os.sched_setaffinity(0, {cpu})
    return f"pinned to CPU {cpu}"


# --- the reference workload ---------------------------------------------------------------------

_REFERENCE_PAGE: bytes | None = None
_WORD = re.compile(r"[A-Za-z]+")


def _reference_page() -> bytes:
    """A fixed page of ~2,400 elements, the same on every machine and every run."""
    global _REFERENCE_PAGE
    if _REFERENCE_PAGE is None:
        rng = random.Random(1234)
        words = [w for w in "the of and season show series network filming premiere renewed "
                 "episode cast story finale writer critic viewer studio trailer date".split()]
        items = []
        for i in range(600):
            text = " ".join(rng.choice(words) for _ in range(rng.randint(8, 30)))
            items.append(f'<div class="c{i % 17}"><p id="p{i}">{text}. <a href="/x/{i}">'
                         f"link {i}</a></p><span>{i}</span></div>")
        _REFERENCE_PAGE = ("<html><head><title>reference</title></head><body>"
                           + "".join(items) + "</body></html>").encode()
    return _REFERENCE_PAGE


def reference_workload() -> int:
    """lxml parse + walk + text of the reference page, then a pure-Python word count; returns
    a checksum so nothing is optimised away."""
    doc = lxml.html.document_fromstring(_reference_page())
    counts: dict[str, int] = {}
    tags = 0
    for el in doc.iter():
        tags += 1
        for word in _WORD.findall(el.text or ""):
            counts[word.lower()] = counts.get(word.lower(), 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    total = 0
    for i in range(60_000):  # plain interpreter work: arithmetic, calls, a small dict
        total += (i * 7) % 13 + len(ranked[i % len(ranked)][0])
    return tags + total + len(doc.text_content())


def reference_ms(repeat: int = 3) -> float:
    """The reference workload's time on this machine now, in ms (fastest of ``repeat``)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        reference_workload()
        best = min(best, time.perf_counter() - start)
    return best * 1e3


# --- paired rounds ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Contender:
    """One configuration of a paired benchmark.

    ``run(unit)`` does the work for one unit (page, feed, process start) and is timed;
    ``begin(round)`` runs untimed before each round (a fresh state file, say) and
    ``end(round)`` after it (closing that file).
    """

    name: str
    run: Callable[[int], object]
    begin: Callable[[int], None] | None = None
    end: Callable[[int], None] | None = None


@dataclass
class Rounds:
    """Seconds per configuration per round (summed over the round's units)."""

    units: int
    seconds: dict[str, list[float]]
    reference: list[float] = field(default_factory=list)  # ms, once per round

    @property
    def rounds(self) -> int:
        return len(next(iter(self.seconds.values()), []))

    def ratios(self, name: str, baseline: str) -> list[float]:
        """``name``'s time over ``baseline``'s, round by round (paired)."""
        return [a / b for a, b in zip(self.seconds[name], self.seconds[baseline], strict=True)]

    def ms_per_unit(self, name: str) -> list[float]:
        return [s / self.units * 1e3 for s in self.seconds[name]]

    def median_ms(self, name: str) -> float:
        return statistics.median(self.ms_per_unit(name))

    def over(self, name: str, floor: str) -> list[float]:
        """``name``'s ms per unit beyond ``floor``'s, round by round: what it adds to the floor."""
        return [m - f for m, f in zip(self.ms_per_unit(name), self.ms_per_unit(floor),
                                      strict=True)]

    def reference_line(self) -> str:
        ref = self.reference
        if not ref:
            return "reference workload: not timed"
        return (f"reference workload (bench/common.py reference_workload): median "
                f"{statistics.median(ref):.1f} ms, min {min(ref):.1f} ms over {len(ref)} rounds")


def run_paired(contenders: Sequence[Contender], units: int, rounds: int, *,
               warmup: int = 2, progress: bool = True,
               clock: Callable[[], float] = time.perf_counter) -> Rounds:
    """Run every contender on every unit, interleaved unit by unit, for ``rounds`` rounds.

    Round r runs the contenders in the order rotated by r (for unit u: contenders[r:] +
    contenders[:r]), so none is always first after another's work. ``warmup`` units are run
    untimed by each contender first (imports, caches, lazy set-up). The garbage collector runs
    between rounds, not inside them. ``clock``: wall clock by default; ``time.process_time``
    times this process's CPU only (what other processes of a loaded machine take is left out).
    """
    if units < 1 or rounds < 1:
        raise ValueError("run_paired needs at least one unit and one round")
    if warmup:
        for c in contenders:
            if c.begin:
                c.begin(-1)
            for u in range(min(warmup, units)):
                c.run(u)
            if c.end:
                c.end(-1)
    result = Rounds(units=units, seconds={c.name: [] for c in contenders})
    for r in range(rounds):
        gc.collect()
        result.reference.append(reference_ms())
        shift = r % len(contenders)
        order = list(contenders[shift:]) + list(contenders[:shift])
        for c in order:
            if c.begin:
                c.begin(r)
        totals = dict.fromkeys((c.name for c in contenders), 0.0)
        for u in range(units):
            for c in order:
                start = clock()
                c.run(u)
                totals[c.name] += clock() - start
        for c in order:
            if c.end:
                c.end(r)
        for name, secs in totals.items():
            result.seconds[name].append(secs)
        if progress:
            print(f"  round {r + 1}/{rounds}: " + ", ".join(
                f"{name} {secs / units * 1e3:.2f} ms" for name, secs in totals.items()),
                file=sys.stderr, flush=True)
    return result


def spread(values: Sequence[float], fmt: str = "{:.2f}") -> str:
    """'median (min … max)' of per-round figures."""
    if not values:
        return "-"
    med = statistics.median(values)
    return f"{fmt.format(med)} ({fmt.format(min(values))}–{fmt.format(max(values))})"


def med_min(values: Sequence[float], fmt: str = "{:.2f}") -> tuple[str, str]:
    return fmt.format(statistics.median(values)), fmt.format(min(values))


# --- memory -------------------------------------------------------------------------------------

def rss_kib(pid: int | str = "self") -> int:
    """Resident set size (VmRSS) of a process in KiB, from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError(f"no VmRSS for pid {pid}")


def peak_rss_mib() -> float:
    """Peak resident memory of this process so far (ru_maxrss, KiB on Linux) in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def least_squares(xs: Sequence[float], ys: Sequence[float]) -> tuple[float, float]:
    """(slope, intercept) of the least-squares line through the points."""
    n = len(xs)
    if n < 2:
        return 0.0, ys[0] if ys else 0.0
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / (sxx or 1e-12)
    return slope, my - slope * mx


# --- output -------------------------------------------------------------------------------------

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


def targets(rows: Sequence[Sequence[object]],
            measured: str = "measured: median of rounds (min)") -> None:
    """The issue's targets this benchmark measures: (target, measured, verdict) rows."""
    print()
    print(table(rows, ["target", measured, "verdict"]))
    print(f"load average at end: {load()}")
    flush()


def flush() -> None:
    sys.stdout.flush()
