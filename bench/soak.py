"""Soak: the daemon's poll job over 1,000 growing feeds for 50,000 cycles; the slope of memory.

    .venv/bin/python bench/soak.py [--feeds 1000] [--cycles 50000] [--bump-every 10]
                                   [--shows 2500] [--new-shows-per-year 300]
                                   [--max-seconds S] [--tracemalloc [--trace-frames N]]
                                   [--trim] [--probe-at C1,C2,...] [--cache-cap N] [--quick]
                                   [--poll-threads N] [--no-trim-memory]
                                   [--article-workers N] [--article-worker-jobs J]
                                   [--dump-snapshots DIR] [--samples-out FILE]
    .venv/bin/python bench/soak.py --from-samples FILE [FILE] [--article-worker-jobs J]

The daemon (``monitor.scheduler.Daemon``, built from a real config file: 1,000 feeds at the
default interval, a webhook channel, info logging to a file) runs in this process. A cycle is
one call of its poll job, the unit the scheduler runs: the feeds are polled round-robin while
the injected clock moves on by interval / feeds per cycle, so each feed comes due exactly once
per interval, as under the scheduler, and 50,000 cycles are 50 intervals (25 hours) of
simulated time. The delivery job runs every ``--deliver-every`` cycles and posts the alerts to
the server's webhook receiver.

The state grows all along: a server in its own process (``bench/feedserver.py``) gives every
feed a new item on every ``--bump-every``-th request (feeds in turn; a 200 with the new feed,
otherwise 304), so a tenth of the polls fetch, extract and store a new article and queue its
alerts: ~5,000 articles over the full run (4,800 a day for these feeds), each a realistic page
of its own (``corpus.make_page``), so articles, facts and alerts keep growing too. Every item
the feeds list at the start is marked seen first, as a daemon that has been running would have.

The shows those articles name are a fixed population, as in real TV news (``corpus.Population``):
``--shows`` titles (2,500) from the start, every one stored before the first cycle as a daemon
that has been running knows them (two articles each: confirmed titles, a latest season), and
``--new-shows-per-year`` (300) new ones coming in at the simulated rate. So what the monitor
keeps per show stays the size it has in a real deployment, and a slope is growth with the
cycles, not with an ever longer list of shows. ``--shows 0`` is the old generator: a show
invented in nearly every article (~900,000 a year at the default rate), the state's shows
growing all along.

Resident memory (VmRSS) is sampled throughout. The bound is on its slope after the warm-up
(``--warmup``, a share of the cycles): the least-squares line through the samples, in KiB per
1,000 cycles, extrapolated to a year of cycles at the default interval for these feeds
(feeds x a year / interval); the target is that a year adds at most 10% to the post-warm-up
level.

A bounded cache that is still filling grows memory too, then stops: counting its filling as a
slope for a year would call it a leak, leaving it out could hide one. So every sample also
records each of monitor's functools caches' entries, and at the end the size of an entry of
each is measured (caches emptied, 60 fresh corpus articles read with tracemalloc on, each cache
emptied again: the memory it gives back over its entries). The verdict takes the slope of VmRSS
less what the caches hold (entries x size) at each sample, extrapolated to a year, plus what
the caches could still add until every one is full (counted once: that is their bound). The
raw slope is printed beside it. ``--max-seconds`` stops a run early (a bounded background job)
and reports the cycles it did.

The slow caches (``_clean_token`` and ``_is_cap``, 16,384 entries each) are under a tenth full
after 50,000 cycles, so a run as shipped cannot show what grows once every bounded part is
full. ``--cache-cap N`` runs the same daemon with every memo cache of monitor capped at N
entries (``MONITOR_CACHE_CAP``, the one knob of ``monitor/memo.py``; the script runs itself
again with it set, since it is read when monitor is imported): they are full within the
warm-up, and the slope after it is what grows besides them. Either way the caches' bound as
shipped is measured and printed, never left out: a fresh cache of each one's shipped size
around the same function, filled with the arguments real articles give it (made distinct
where they repeat), its memory taken with tracemalloc; the verdict is also given with that
whole bound added once.

What a growth of VmRSS is made of: every sample also records the C heap (glibc ``mallinfo2``:
bytes in use and bytes free inside the heap), the blocks Python's allocator has out and the
objects the gc tracks, and their slopes are printed; at the end ``malloc_trim(0)`` shows how
much of VmRSS was free heap. ``--trim`` trims before every sample (VmRSS without that free
memory). ``--tracemalloc`` traces from the end of the warm-up on (the warm-up runs at full
speed) and lists the allocations still alive at the end by line and by traceback, with the gc's
objects by type at both points.

``monitor run`` polls on ``monitor.poll_workers`` threads (8) with delivery on a thread of its
own, and glibc gives every thread that allocates a malloc arena of its own: ``--poll-threads N``
runs the polls on a pool of N worker threads and delivery on another (one poll at a time
still), so the arenas are those of the service; set ``MALLOC_ARENA_MAX`` (and
``GLIBC_TUNABLES``) in the environment as the systemd unit does. The daemon's
``malloc_trim(0)`` after every poll (``monitor.trim_memory``) is on, as shipped;
``--no-trim-memory`` turns it off.

``monitor run`` reads pages, extracts facts and parses feeds in ``monitor.article_workers``
child processes (``monitor.workers.WorkerPool``, started by a fork server), and so does the
soak: ``--article-workers N`` (the config's default, 2) opens the daemon's pool as the service
does (``Daemon.open_workers``), each worker serving ``--article-worker-jobs`` jobs before a
fresh one replaces it (``monitor.article_worker_jobs``; 0: never); ``--article-workers 0`` does
that work in the soak's own process, as the soak did before. Every sample then also reads, from
/proc, VmRSS and Pss (``smaps_rollup``: a page shared with the fork server counted as a share)
of the daemon and of each worker the pool has at that moment (workers are replaced: the pool's
current pids), and the slopes after the warm-up are given for the daemon alone, the workers,
and their sum. At the end every worker reports its glibc heap and trims it (how much of a
worker's memory is free heap).

Where the memory is (``bench/procmem.py``): every sample also records SQLite's allocator in use
and pymalloc's bytes in blocks and in arenas, and the raw slope is broken down by allocator.
``--probe-at`` reads, at those cycles, /proc/self/smaps by kind of mapping, SQLite's allocator,
glibc's ``mallinfo2``, ``sys._debugmallocstats()`` and every lru cache in the process, and
prints what changed between consecutive probes (with ``--tracemalloc``, also the net change by
line between them; with ``--gc-freed``, what each probe's full collection gave back). The samples
are kept in columns allocated before the first cycle and each probe's findings are spooled to a
file as taken (``procmem.Spool``), so the soak's own record does not grow while it measures
growth; ``bench/tracesites.py`` groups dumped snapshots by site, span by span.

A slope alone does not say whether the growth differs from zero, and the workers' sawtooth
moves a line fitted through every sample with where the window cuts it: the report also gives
each slope with a block-bootstrap interval and its halves, and the workers' slope through one
point per worker's life at the same phase of it (``bench/slope.py``), with the verdict met,
not met, or not decided by the run. ``--samples-out FILE`` writes every sample as it is taken
(a JSON line: the daemon's VmRSS and Pss, each worker's pid, jobs served and VmRSS), so a run
stopped or killed keeps its figures; ``--from-samples`` estimates them again from such files,
and for two runs of the same code (an A/A pair) the difference of each figure: its span.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import gc
import itertools
import json
import logging
import os
import sqlite3
import sys
import tempfile
import time
import tracemalloc
from array import array
from collections import Counter
from multiprocessing import forkserver
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import heapwalk
import requests
from common import header, least_squares, rss_kib, table, targets, verdict
from corpus import Population, make_page, season_of
from feedserver import FeedServer
from procmem import (
    Spool,
    diff_lines,
    mallinfo,
    malloc_trim,
    probe,
    pss_kib,
    pymalloc_stats,
    rss_of,
    sqlite_memory,
    trim_here,
)
from slope import (
    DESCRIBE_HEADERS,
    Sample,
    Slope,
    byte_estimates,
    describe,
    estimates,
    read_samples,
)

from monitor import memo, pipeline
from monitor.config import MONITOR_DEFAULTS
from monitor.extract.facts import extract_facts
from monitor.ingest.feeds import parse_feed
from monitor.ingest.text import extract_page_text
from monitor.models import Article, Fact, ShowName
from monitor.scheduler import Daemon, DaemonThreadPool
from monitor.store.state import StateStore

TOLERANCE = 0.10
START = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
YEAR_SECONDS = 365 * 86400
#: The feeds' interval (the config's default, which ``write_config`` keeps).
INTERVAL = 1800.0


def write_config(workdir: Path, server: FeedServer, n_feeds: int, *,
                 trim_memory: bool = True, article_workers: int = 2,
                 article_worker_jobs: int = 0) -> Path:
    feeds = "".join(f'\n[[feeds]]\nname = "feed {i}"\nurl = "{server.url(f"/feed/{i}.xml")}"\n'
                    for i in range(n_feeds))
    path = workdir / "soak.toml"
    path.write_text(f"""
[monitor]
state = "{workdir / 'soak.db'}"
allow_hosts = ["127.0.0.1"]
log_level = "info"
trim_memory = {str(trim_memory).lower()}
article_workers = {max(1, article_workers)}
article_worker_jobs = {article_worker_jobs}

[fetch]
host_delay = 0
{feeds}
[watch]
all = true

[channels.hook]
kind = "webhook"
url = "{server.url('/_hook')}"
""", encoding="utf-8")
    return path


def prime(daemon: Daemon) -> None:
    """Mark every item the feeds list now as seen (a daemon that has been running)."""
    session = requests.Session()
    with StateStore(daemon.config.state_path) as store:
        for feed in daemon.config.feeds:
            body = session.get(feed.url, timeout=20).content
            for item in parse_feed(body, feed.url):
                store.feeds.mark_seen(feed.url, item.guid, item.link, now=START,
                                     content_hash=pipeline.item_content_hash(item))
    session.close()


def prime_shows(daemon: Daemon, titles: tuple[str, ...]) -> None:
    """Store every show of the population as a daemon that has run for a while knows it: two
    articles each renewing the season it is at (a confirmed title and a latest season)."""
    with StateStore(daemon.config.state_path) as store:
        for j, title in enumerate(titles):
            for a in range(2):
                url = f"https://prime.example/{j}/{a}"
                fact = Fact(show=title, season=season_of(title), kind="renewed",
                            date="2025-06", certainty="confirmed",
                            evidence=f"{title} has been renewed.", source_url=url)
                store.articles.ingest(
                    Article(url=url, title=f"{title} renewed", text=fact.evidence,
                            published=dt.date(2025, 6, 1 + a)), [fact],
                    watched=lambda _t: False, channels=(), now=START)


def count_rows(path: Path) -> dict[str, int]:
    """Rows in the state file's main tables, read from the file (the store has no counter)."""
    out: dict[str, int] = {}
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        for name in ("articles", "facts", "seasons", "alerts", "seen_items"):
            try:
                out[name] = conn.execute(f"SELECT COUNT(*) FROM {name}").fetchone()[0]
            except sqlite3.Error:
                pass
        try:
            out["shows"] = conn.execute(
                "SELECT COUNT(DISTINCT show_key) FROM seasons").fetchone()[0]
        except sqlite3.Error:
            pass
    finally:
        conn.close()
    return out


def object_counts() -> Counter[str]:
    """Objects the garbage collector tracks, by type (module-qualified)."""
    gc.collect()
    return Counter(f"{type(o).__module__}.{type(o).__qualname__}" for o in gc.get_objects())


def heap_figures() -> tuple[int, int, int, int]:
    """The C heap (glibc ``mallinfo2``: bytes in use, bytes free inside the heap; -1 where
    unknown), the blocks Python's own allocator has out, and the objects the gc tracks: what
    a growth of VmRSS is made of."""
    info = mallinfo()
    in_use, free = (info["uordblks"] + info["hblkhd"], info["fordblks"]) if info else (-1, -1)
    return in_use, free, sys.getallocatedblocks(), len(gc.get_objects())


def measure_point(cycle: int, state: Path) -> dict[str, Any]:
    """At a cycle: VmRSS, Python's traced memory, the gc's objects by type, the state's rows."""
    objects = object_counts()
    return {"cycle": cycle, "rss": rss_kib(), "traced": tracemalloc.get_traced_memory()[0],
            "objects": objects, "rows": count_rows(state)}


#: What ``functools.lru_cache`` and ``functools.cache`` return.
LRU_WRAPPER: type = functools._lru_cache_wrapper  # type: ignore[attr-defined]


def monitor_caches() -> dict[str, Any]:
    """The functools caches in monitor's modules, by qualified name (a cache still filling
    grows memory until it is full, then stops: bounded, not a leak; one without a maxsize is
    never subtracted from the slope). The libraries' caches (trafilatura's ``trim``,
    ``line_processing``...) are bounded too but not subtracted: their filling counts in the
    slope; ``--probe-at`` lists every lru cache that grew."""
    found: dict[str, Any] = {}
    for name, module in list(sys.modules.items()):
        if name != "monitor" and not name.startswith("monitor."):
            continue
        for value in list(vars(module).values()):
            # Monitor's own (not urllib's urlsplit imported into a module), each once.
            if isinstance(value, LRU_WRAPPER) and getattr(value, "__module__", "") == name:
                found[f"{name}.{value.__qualname__}"] = value
    return found


def cache_entries(caches: dict[str, Any]) -> dict[str, int]:
    return {name: fn.cache_info().currsize for name, fn in caches.items()}


def bytes_per_entry(caches: dict[str, Any], shows: tuple[ShowName, ...],
                    pages: int = 60) -> dict[str, float]:
    """What an entry of each cache holds, measured: every cache emptied, ``pages`` fresh
    corpus articles read as the daemon reads them with tracemalloc on, then each cache
    emptied again and the memory it gives back divided by its entries."""
    for fn in caches.values():
        fn.cache_clear()
    gc.collect()
    tracemalloc.start(1)
    for i in range(pages):
        page = make_page(10_000_000 + i)
        text = extract_page_text(page.body, url=page.url, content_type=page.content_type)
        extract_facts(Article(url=page.url, title=text.title, text=text.text,
                              published=text.published or page.published), shows)
    out: dict[str, float] = {}
    for name, fn in caches.items():
        held = fn.cache_info().currsize
        before = tracemalloc.get_traced_memory()[0]
        fn.cache_clear()
        gc.collect()
        if held:
            out[name] = max(0.0, before - tracemalloc.get_traced_memory()[0]) / held
    tracemalloc.stop()
    return out


def harvest_arguments(caches: dict[str, Any], shows: tuple[ShowName, ...],
                      pages: int = 60) -> dict[str, list[tuple[tuple[Any, ...], Any]]]:
    """The arguments each memo cache's function is called with while ``pages`` fresh corpus
    articles are read as the daemon reads them (recorded by rebinding the modules' names for it
    for the duration of this measurement only; the run itself calls the caches untouched)."""
    seen: dict[str, list[tuple[tuple[Any, ...], Any]]] = {name: [] for name in caches}
    saved: list[tuple[Any, str, Any]] = []
    monitor_modules = [m for n, m in list(sys.modules.items())
                       if n == "monitor" or n.startswith("monitor.")]
    for name, fn in caches.items():

        def record(*args: Any, _fn: Any = fn, _log: list[Any] = seen[name], **kw: Any) -> Any:
            _log.append((args, tuple(sorted(kw.items()))))
            return _fn(*args, **kw)

        for module in monitor_modules:  # every module's name for it (``from .x import f``)
            for attr, value in list(vars(module).items()):
                if value is fn:
                    saved.append((module, attr, fn))
                    setattr(module, attr, record)
    try:
        for i in range(pages):
            page = make_page(20_000_000 + i)
            text = extract_page_text(page.body, url=page.url, content_type=page.content_type)
            extract_facts(Article(url=page.url, title=text.title, text=text.text,
                                  published=text.published or page.published), shows)
    finally:
        for module, attr, fn in saved:
            setattr(module, attr, fn)
    return seen


def bytes_when_full(caches: dict[str, Any], shows: tuple[ShowName, ...]) -> dict[str, float]:
    """Each memo cache's size in bytes at its size as shipped (``monitor.memo.SHIPPED``),
    measured by filling it: a cache of the shipped size around the same function is filled
    with the arguments the function gets from real articles, made distinct where the articles
    repeat them (their first string argument suffixed with a round number, so keys and results
    keep their real size), with tracemalloc on; what emptying it gives back is its bound. Run
    in any process, capped or not (the cache filled is a fresh one of the shipped size)."""
    wanted = {name: fn for name, fn in caches.items() if name in memo.SHIPPED}
    calls = harvest_arguments(wanted, shows)
    out: dict[str, float] = {}
    for name, fn in wanted.items():
        distinct = list(dict.fromkeys(calls.get(name, ())))
        if not distinct or not distinct[0][0] or not isinstance(distinct[0][0][0], str):
            continue
        full = memo.SHIPPED[name]
        fresh = functools.lru_cache(maxsize=full)(fn.__wrapped__)
        gc.collect()
        tracemalloc.start(1)
        before = tracemalloc.get_traced_memory()[0]
        for i in range(full * 4):
            if fresh.cache_info().currsize >= full:
                break
            args, kw = distinct[i % len(distinct)]
            rnd = i // len(distinct)
            fresh(*((args[0] + (f" {rnd}" if rnd else ""),) + args[1:]), **dict(kw))
        held = fresh.cache_info().currsize
        filled = tracemalloc.get_traced_memory()[0]
        fresh.cache_clear()
        gc.collect()
        given_back = filled - tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        if held == full:
            out[name] = float(max(0, min(filled - before, given_back)))
    return out


def worker_jobs_now(workers: Any) -> list[tuple[int, int]]:
    """(pid, jobs served) of each worker the pool has now: a worker's age in jobs tells where
    in its recycle period a sample caught it."""
    with workers._lock:
        alive = list(workers._all)
    return [(pid, w.jobs) for w in alive if (pid := w.pid) is not None]


class Samples:
    """The run's samples in columns allocated up front (``array``s of a fixed length): the
    soak's own record must not grow while it measures growth (a list of tuples and a dict of
    every cache's entries per sample was ~1.9 KiB per sample, ~10 KiB per 1,000 cycles at the
    default rate, counted in the slope until this)."""

    COLUMNS = ("cycle", "rss", "heap_in_use", "heap_free", "blocks", "objects", "sqlite",
               "db_bytes", "py_used", "py_arenas", "pss", "w_rss", "w_pss", "w_max", "w_count",
               "recycled", "replaced")

    def __init__(self, capacity: int, worker_slots: int = 0) -> None:
        self.capacity, self.n = capacity, 0
        self.cols = {name: array("q", bytes(8 * capacity)) for name in self.COLUMNS}
        self.caches: dict[str, array[int]] = {}
        #: Each worker at each sample, (pid, jobs served, VmRSS KiB) in ``worker_slots``
        #: slots (pid 0: an empty slot): where in its recycle period a sample caught it.
        self.slots = worker_slots
        self.workers = array("q", bytes(8 * 3 * worker_slots * capacity))

    def add(self, entries: dict[str, int], workers: Any = (), **values: int) -> None:
        if self.n >= self.capacity:
            raise RuntimeError(f"more than {self.capacity} samples")
        for slot, (pid, jobs, kib) in enumerate(list(workers)[:self.slots]):
            at = 3 * (self.n * self.slots + slot)
            self.workers[at:at + 3] = array("q", (pid, jobs, kib))
        for name, value in values.items():
            self.cols[name][self.n] = value
        for name, count in entries.items():
            if name not in self.caches:  # a module imported on first use: once
                self.caches[name] = array("q", bytes(8 * self.capacity))
            self.caches[name][self.n] = count
        self.n += 1

    def column(self, name: str) -> list[int]:
        return list(self.cols[name][:self.n])

    def samples(self) -> list[Sample]:
        """Every sample as ``bench/slope.py`` reads them: the daemon's VmRSS, each worker."""
        out = []
        for i, (cycle, rss) in enumerate(zip(self.column("cycle"), self.column("rss"),
                                             strict=True)):
            at = 3 * i * self.slots
            row = self.workers[at:at + 3 * self.slots]
            out.append(Sample(cycle, rss, tuple(
                (row[k], row[k + 1], row[k + 2]) for k in range(0, len(row), 3) if row[k])))
        return out

    def held(self) -> list[dict[str, int]]:
        """Each cache's entries at every sample."""
        return [{name: counts[i] for name, counts in self.caches.items()}
                for i in range(self.n)]


def uncertainty_table(figures: list[tuple[str, Slope]], per_year: float) -> str:
    return table([describe(name, fig, per_year, TOLERANCE)
                  for name, fig in figures], DESCRIBE_HEADERS)


def report_saved(paths: list[Path], *, feeds: int, max_jobs: int, workers: int) -> None:
    """The slopes with their uncertainty of runs saved with --samples-out; for two runs of the
    same code (an A/A pair), what separates their figures: the span of the figure itself."""
    per_year = feeds * YEAR_SECONDS / INTERVAL
    runs = []
    for path in paths:
        samples, warm = read_samples(path)
        figures = estimates(samples, warm, max_jobs=max_jobs, workers=workers)
        if figures:  # the daemon's figures in bytes, a year as a share of its VmRSS level
            figures += byte_estimates(path, warm, figures[0][1].level)
        runs.append(figures)
        print(f"{path.name}: {len(samples)} samples to cycle {samples[-1].cycle:,} "
              f"(warm-up to {warm:,}); a year = {per_year:,.0f} cycles for {feeds:,} feeds")
        print(uncertainty_table(figures, per_year))
        print()
    if len(runs) == 2:
        a, b = runs
        second = dict(b)
        shared = [(name, fa - second[name]) for name, fa in a if name in second]
        print(f"{paths[0].name} minus {paths[1].name} (the same code twice: the span of each "
              "figure; a year as a share of the first run's level):")
        print(table([[name, f"{d.slope * 1000:+.1f}",
                      f"{d.low * 1000:+.1f} to {d.high * 1000:+.1f}",
                      f"{d.halves[0] * 1000:+.1f} / {d.halves[1] * 1000:+.1f}",
                      "yes" if d.differs_from_zero else "no"] for name, d in shared],
                    ["figure", "difference, KiB per 1,000 cycles", "95% interval",
                     "first half / second half", "differs from 0"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--cycles", type=int, default=50_000)
    parser.add_argument("--warmup", type=float, default=0.1, help="share of cycles (0.1)")
    parser.add_argument("--bump-every", type=int, default=10,
                        help="a feed gains an item every N-th request to it (10)")
    parser.add_argument("--deliver-every", type=int, default=50)
    parser.add_argument("--shows", type=int, default=2500,
                        help="the population of shows the articles name, stored first "
                             "(2500); 0: a show invented in nearly every article")
    parser.add_argument("--new-shows-per-year", type=float, default=300.0,
                        help="new shows joining the population, at the simulated rate (300)")
    parser.add_argument("--samples", type=int, default=250, help="RSS samples over the run")
    parser.add_argument("--tracemalloc", action="store_true",
                        help="also list where Python memory grew after the warm-up (slower)")
    parser.add_argument("--trace-frames", type=int, default=8,
                        help="frames per traceback with --tracemalloc (8; 1 is much faster)")
    parser.add_argument("--max-seconds", type=float, default=None,
                        help="stop after this long and report the cycles done (a bounded run)")
    parser.add_argument("--trim", action="store_true",
                        help="malloc_trim(0) before every sample: VmRSS without the free "
                             "memory the C heap keeps (tells live growth from retention)")
    parser.add_argument("--probe-at", default="",
                        help="cycles (comma-separated) at which to read the process's "
                             "mappings, SQLite's and pymalloc's allocators; the differences "
                             "between consecutive ones are printed (bench/procmem.py)")
    parser.add_argument("--cache-cap", type=int, default=None,
                        help="cap every memo cache of monitor at N entries (the environment "
                             "variable MONITOR_CACHE_CAP, see monitor/memo.py), so they are full "
                             "within the warm-up; the process runs again with it set")
    parser.add_argument("--poll-threads", type=int, default=0, metavar="N",
                        help="run the polls on a pool of N worker threads and delivery on a "
                             "thread of its own, as `monitor run` does (monitor.poll_workers, "
                             "8 by default); 0: in the main thread (the default)")
    parser.add_argument("--no-trim-memory", action="store_true",
                        help="monitor.trim_memory = false: the daemon does not give the C "
                             "heap's free memory back after every poll (on by default)")
    parser.add_argument("--article-workers", type=int,
                        default=MONITOR_DEFAULTS["article_workers"], metavar="N",
                        help="read and extract articles in N worker processes, as `monitor "
                             "run` does (monitor.article_workers, "
                             f"{MONITOR_DEFAULTS['article_workers']} by default); 0: in the "
                             "soak's own process")
    parser.add_argument("--article-worker-jobs", type=int,
                        default=MONITOR_DEFAULTS["article_worker_jobs"], metavar="J",
                        help="jobs a worker serves before a fresh one replaces it "
                             "(monitor.article_worker_jobs, "
                             f"{MONITOR_DEFAULTS['article_worker_jobs']} by default; 0: never)")
    parser.add_argument("--dump-snapshots", default=None, metavar="DIR",
                        help="with --tracemalloc: also write the snapshots taken at --probe-at "
                             "to DIR (tracemalloc.Snapshot.load reads them back)")
    parser.add_argument("--gc-freed", action="store_true",
                        help="with --tracemalloc: at each --probe-at, also list by traceback "
                             "what the probe's full gc.collect() gave back (what lives only "
                             "until a full collection, which the daemon itself may not run)")
    parser.add_argument("--heap-census", action="store_true",
                        help="at each --probe-at, also walk glibc's arenas and name the live "
                             "blocks next to free holes (bench/heapwalk.py; slow)")
    parser.add_argument("--samples-out", default=None, metavar="FILE",
                        help="also write every sample to FILE as it is taken, one JSON line "
                             "each (the daemon's VmRSS and Pss, each worker's pid, jobs served "
                             "and VmRSS): a run stopped or killed keeps what it measured, and "
                             "the slopes can be estimated again from it")
    parser.add_argument("--from-samples", nargs="+", default=None, metavar="FILE",
                        help="run nothing: the slopes with their uncertainty from the files "
                             "--samples-out wrote (--feeds and --article-worker-jobs as in "
                             "those runs); with two (an A/A pair), their differences too")
    parser.add_argument("--quick", action="store_true", help="tiny sizes (smoke test)")
    args = parser.parse_args()
    if args.from_samples:
        header("Soak: slopes from saved samples")
        report_saved([Path(f) for f in args.from_samples], feeds=args.feeds,
                     max_jobs=args.article_worker_jobs, workers=args.article_workers)
        return
    if args.cache_cap is not None and memo.CAP != args.cache_cap:
        # The cap is read once, when monitor is imported: the same command again with it set.
        os.execve(sys.executable, [sys.executable, *sys.argv],
                  {**os.environ, memo.CAP_VARIABLE: str(args.cache_cap)})
    probe_at = sorted({int(c) for c in args.probe_at.split(",") if c.strip()})
    if args.quick:
        args.feeds, args.cycles, args.bump_every, args.deliver_every = 20, 300, 3, 20
        args.shows = min(args.shows, 40)
        probe_at = probe_at or [100, 300]
    # What each probe finds, spooled to files as taken (Spool): kept in lists, the probes'
    # own ~12.7 KB each counted as the daemon's live growth at the next probe.
    probes = Spool()  # (cycle, the probe's figures)
    traced_at = Spool()  # --tracemalloc at --probe-at: (cycle, snapshot)
    censuses = Spool()  # --heap-census at --probe-at: (cycle, lines)
    gc_freed = Spool()  # --gc-freed: (cycle, the top differences)
    # A feed's item k comes bump-every intervals after item k-1: new shows per item k.
    population = (Population(args.shows, args.new_shows_per_year * args.bump_every * INTERVAL
                             / YEAR_SECONDS) if args.shows else None)
    header("Soak")
    growth: list[tracemalloc.StatisticDiff] = []
    by_line: list[tracemalloc.StatisticDiff] = []
    snapshot: tracemalloc.Snapshot | None = None
    points: list[dict[str, Any]] = []  # with --tracemalloc: the warm-up's end and the end
    caches = monitor_caches()

    with tempfile.TemporaryDirectory(prefix="bench-soak-") as tmp, \
            FeedServer(corpus_pages=1, auto_bump=args.bump_every,
                       fresh_articles=True, population=population) as server:
        workdir = Path(tmp)
        # What `monitor run` does with log_level = info: a line per poll, here to a file.
        logging.basicConfig(filename=workdir / "monitor.log", level=logging.INFO, force=True)
        clock = {"now": START}
        config = write_config(workdir, server, args.feeds, trim_memory=not args.no_trim_memory,
                              article_workers=args.article_workers,
                              article_worker_jobs=args.article_worker_jobs)
        daemon = Daemon(config, now=lambda: clock["now"])
        StateStore(daemon.config.state_path).close()
        feeds = daemon.config.feeds
        interval = feeds[0].interval
        assert interval == INTERVAL, "the population's rate assumes the default interval"
        step = dt.timedelta(seconds=interval / len(feeds))
        prime(daemon)
        if population is not None:
            primed = time.perf_counter()
            prime_shows(daemon, population.titles(0))
            print(f"  {args.shows:,} shows stored first in {time.perf_counter() - primed:.0f} s",
                  file=sys.stderr, flush=True)
        # With --poll-threads, polls run on a pool of worker threads and delivery on one of its
        # own, as `monitor run`'s executors do: each thread that mallocs gets a glibc arena.
        pools = ((DaemonThreadPool(args.poll_threads, "poll"), DaemonThreadPool(1, "deliver"))
                 if args.poll_threads else None)
        # The article workers, as `monitor run` opens them. A worker started by the fork server
        # runs the parent's main script as __mp_main__: point it at `monitor`'s entry script,
        # as under the service, not at this one (which would import the bench's modules).
        main_module = sys.modules["__main__"]
        main_file = getattr(main_module, "__file__", None)
        workers = None
        if args.article_workers:
            entry = Path(sys.executable).parent / "monitor"
            if entry.exists():
                main_module.__file__ = str(entry)
            else:
                del main_module.__file__
            workers = daemon.open_workers()

        poll = daemon.poll_job
        warm = max(1, int(args.cycles * args.warmup))
        every = max(1, args.cycles // args.samples)
        record = Samples(args.cycles // every + 2, args.article_workers)
        # One line per sample, written and flushed as it is taken (a fixed-size buffer: the
        # soak's own record does not grow in memory).
        samples_out = open(args.samples_out, "w", encoding="utf-8") if args.samples_out else None
        start = time.perf_counter()
        for cycle in range(1, args.cycles + 1):
            if args.max_seconds is not None and cycle > warm + every \
                    and time.perf_counter() - start > args.max_seconds:
                print(f"  stopped after {cycle - 1:,} of {args.cycles:,} cycles: "
                      f"--max-seconds {args.max_seconds:g}", file=sys.stderr, flush=True)
                args.cycles = cycle - 1
                break
            clock["now"] += step
            feed = feeds[(cycle - 1) % len(feeds)]
            if pools is None:
                poll(feed)
            else:  # on a worker thread of the pool, as the scheduler runs it; one at a time
                pools[0].submit(poll, feed).result()
            if cycle % args.deliver_every == 0:
                if pools is None:
                    daemon.deliver_job()
                else:
                    pools[1].submit(daemon.deliver_job).result()
            if cycle == warm and args.tracemalloc:
                # Traced from here on: what is still allocated at the end was allocated after
                # the warm-up (and the warm-up runs at full speed).
                points.append(measure_point(cycle, daemon.config.state_path))
                tracemalloc.start(args.trace_frames)
                snapshot = tracemalloc.take_snapshot()
            if cycle % every == 0 or cycle == warm:
                if args.trim:
                    malloc_trim()
                rss = rss_kib()
                # Between cycles no job is in flight; a recycled worker's replacement (made on
                # the pool's thread) is waited for, so the pool's workers are all alive.
                if workers:
                    workers.settle(timeout=60)
                alive = worker_jobs_now(workers) if workers else []
                w_rss = [rss_of(pid) for pid, _ in alive]
                w_pss = [pss_kib(pid) for pid, _ in alive]
                in_use, free, blocks, objects = heap_figures()
                pystats = pymalloc_stats()
                caches |= monitor_caches()  # modules imported on first use
                record.add(cache_entries(caches),
                           [(pid, jobs, kib) for (pid, jobs), kib in zip(alive, w_rss,
                                                                           strict=True)],
                           cycle=cycle, rss=rss, heap_in_use=in_use,
                           heap_free=free, blocks=blocks, objects=objects,
                           sqlite=sqlite_memory()[0],
                           py_used=pystats.get("bytes in allocated blocks", -1),
                           py_arenas=pystats.get("Total", -1),
                           db_bytes=sum(p.stat().st_size for p in workdir.glob("soak.db*")),
                           pss=pss_kib(), w_rss=sum(w_rss), w_pss=sum(w_pss),
                           w_max=max(w_rss, default=0), w_count=len(w_rss),
                           recycled=workers.recycled if workers else 0,
                           replaced=workers.replaced if workers else 0)
                if samples_out is not None:
                    samples_out.write(json.dumps({
                        "cycle": cycle, "rss": rss, "pss": record.cols["pss"][record.n - 1],
                        "warm": warm, "seconds": round(time.perf_counter() - start, 1),
                        "workers": [[pid, jobs, kib] for (pid, jobs), kib
                                    in zip(alive, w_rss, strict=True)],
                        "recycled": workers.recycled if workers else 0,
                        # The daemon's low-noise figures (bytes, not pages): glibc's in use
                        # and free, pymalloc's bytes in allocated blocks, Python's blocks out,
                        # the gc's objects, SQLite's allocator (--from-samples fits them too).
                        "heap_in_use": in_use, "heap_free": free,
                        "py_used": pystats.get("bytes in allocated blocks", -1),
                        "blocks": blocks, "objects": objects,
                        "sqlite": sqlite_memory()[0],
                        # Full collections so far (the gc's own and one per probe): what only
                        # a full collection frees waits for one.
                        "gc_full": gc.get_stats()[2]["collections"]}) + "\n")
                    samples_out.flush()
            if cycle in probe_at:  # after the sample, so after its trim with --trim
                before_gc = (tracemalloc.take_snapshot()
                             if args.gc_freed and tracemalloc.is_tracing() else None)
                gc.collect()
                if before_gc is not None:  # what the full collection gave back, by traceback
                    gc_freed.add((cycle, before_gc.compare_to(
                        tracemalloc.take_snapshot(), "traceback")[:15]))
                    del before_gc
                probes.add((cycle, probe()))
                if args.heap_census:
                    censuses.add((cycle, heapwalk.report(heapwalk.census())))
                if tracemalloc.is_tracing():
                    traced_at.add((cycle, tracemalloc.take_snapshot()))
            if cycle % (every * 20) == 0:
                print(f"  cycle {cycle:,}: VmRSS {rss / 1024:.1f} MiB"
                      + (f", workers {sum(w_rss) / 1024:.1f} MiB ({workers.recycled} "
                         "recycled)" if workers else "")
                      + f", {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
        secs = time.perf_counter() - start
        if samples_out is not None:
            samples_out.close()
        if pools is not None:
            for pool in pools:
                pool.shutdown()
        worker_heaps: list[dict[str, int]] = []
        worker_jobs = (0, 0)
        fork_server: tuple[int, int] | None = None
        if workers is not None:
            # Each worker in turn (the idle queue is first in, first out): its heap, trimmed.
            workers.max_jobs = 0  # the probes below are not jobs to recycle a worker for
            worker_heaps = [workers.run(trim_here, what="the worker's heap", doing="trimming")
                            for _ in range(workers.size)]
            worker_jobs = (workers.recycled, workers.replaced)
            # The fork server the workers come from (one per process, not counted in the sums:
            # its size does not change; a worker shares its pages until it writes them).
            server_pid = getattr(forkserver._forkserver, "_forkserver_pid", None)
            fork_server = (rss_of(server_pid), pss_kib(server_pid)) if server_pid else None
            workers.close()
            daemon.workers = None
            if main_file is not None:
                main_module.__file__ = main_file
        if snapshot is not None:
            points.append(measure_point(args.cycles, daemon.config.state_path))
            last = tracemalloc.take_snapshot()
            growth = last.compare_to(snapshot, "traceback")
            by_line = last.compare_to(snapshot, "lineno")
            tracemalloc.stop()
        trim_before = rss_kib()
        trimmed = malloc_trim()
        trim_after = rss_kib()
        rss_end = rss_kib()
        gc.collect()
        after_gc = rss_kib()  # before the caches' measurements below, which allocate
        with StateStore(daemon.config.state_path) as store:
            shows = (*daemon.config.watch.shows, *store.articles.confirmed_titles())
        per_entry = bytes_per_entry(caches, shows)
        full_bytes = bytes_when_full(caches, shows)
        stats = requests.get(server.url("/_stats"), timeout=10).json()
        rows = count_rows(daemon.config.state_path)
        with StateStore(daemon.config.state_path) as store:
            states = Counter(d.state for a in store.outbox.alerts() for d in a.deliveries)
        log_size = (workdir / "monitor.log").stat().st_size

    cycles = record.column("cycle")
    samples = list(zip(cycles, record.column("rss"), strict=True))
    sizes = list(zip(cycles, record.column("db_bytes"), strict=True))
    heap = [(c, figures) for c, *figures in zip(
        cycles, *(record.column(k) for k in ("heap_in_use", "heap_free", "blocks", "objects")),
        strict=True)]
    sqlite_used = record.column("sqlite")
    held = record.held()
    base = next(kib for cycle, kib in samples if cycle == warm)
    # What the bounded caches hold at each sample, from their entries and the measured size
    # of an entry (a cache not filled in the measurement counts at the mean size).
    mean_entry = sum(per_entry.values()) / max(1, len(per_entry))
    allowed = {name: fn.cache_info().maxsize or 0 for name, fn in caches.items()}
    # Only a cache with a maxsize is bounded: one without is never subtracted from the slope.
    cache_kib = [sum(n * per_entry.get(name, mean_entry) for name, n in h.items()
                     if allowed[name]) / 1024 for h in held]
    headroom_kib = sum((allowed[name] - n) * per_entry.get(name, mean_entry)
                       for name, n in held[-1].items() if allowed[name]) / 1024
    rest = [(c, kib - cache) for (c, kib), cache in zip(samples, cache_kib, strict=True)
            if c > warm]
    rest_slope, _ = least_squares([c for c, _ in rest], [kib for _, kib in rest])
    after = [(c, kib) for c, kib in samples if c > warm]
    slope, intercept = least_squares([c for c, _ in after], [kib for _, kib in after])
    fitted_base = intercept + slope * warm
    per_1000 = slope * 1000
    cycles_per_year = len(feeds) * YEAR_SECONDS / interval
    year_kib = slope * cycles_per_year
    year_share = year_kib / fitted_base
    db_slope, _ = least_squares([c for c, _ in sizes if c > warm],
                                [b for c, b in sizes if c > warm])
    peak = max(kib for _, kib in after)
    host = urlsplit(feeds[0].url).netloc
    print(f"{len(feeds)} feeds on {host} every {interval / 60:.0f} min; {args.cycles:,} "
          f"poll cycles ({args.cycles / len(feeds):.0f} intervals, "
          f"{args.cycles * interval / len(feeds) / 3600:.1f} h simulated) in {secs:.0f} s "
          f"({args.cycles / secs:.0f} cycles/s); warm-up {warm:,} cycles")
    print("shows: " + (f"a population of {population.shows:,} titles stored first, "
                       f"{args.new_shows_per_year:g} new a year at the simulated rate "
                       f"({population.new_per_item:.3f} per feed item)" if population else
                       "invented in nearly every article (--shows 0)"))
    print("polls: " + (f"on a pool of {args.poll_threads} worker threads, delivery on a thread "
                       "of its own (as `monitor run`)" if args.poll_threads else
                       "in the main thread")
          + "; malloc_trim(0) after every poll (monitor.trim_memory): "
          f"{'off' if args.no_trim_memory else 'on'}; "
          f"MALLOC_ARENA_MAX={os.environ.get('MALLOC_ARENA_MAX') or 'unset'}, "
          f"GLIBC_TUNABLES={os.environ.get('GLIBC_TUNABLES') or 'unset'}")
    print("articles and feeds: " + (
        f"read and parsed in {args.article_workers} worker processes (as `monitor run`; "
        f"monitor.article_worker_jobs = {args.article_worker_jobs}: "
        + (f"a worker is replaced after {args.article_worker_jobs:,} jobs" if
           args.article_worker_jobs else "never replaced") + f"); {worker_jobs[0]} recycled, "
        f"{worker_jobs[1]} replaced after a failure" if workers else
        "in the soak's own process (--article-workers 0)"))
    print(f"state at the end: {rows}; deliveries {dict(states)}; "
          f"file {sizes[-1][1] / 1e6:.1f} MB (+{db_slope * 1000 / 1024:.0f} KiB per 1,000 "
          f"cycles); log {log_size / 1e6:.1f} MB")
    print(f"server answered: {stats}")
    print()
    marks = [samples[min(len(samples) - 1, round(i * (len(samples) - 1) / 10))]
             for i in range(11)]
    print(table([[f"{c:,}", f"{kib / 1024:.1f}", f"{(kib - base) / base:+.1%}"]
                 for c, kib in marks], ["cycle", "VmRSS MiB", "vs end of warm-up"]))
    print()
    print(f"VmRSS at the end of the warm-up {base / 1024:.1f} MiB (fitted "
          f"{fitted_base / 1024:.1f}); peak after it {peak / 1024:.1f} MiB "
          f"({(peak - base) / base:+.1%}); final {samples[-1][1] / 1024:.1f} MiB; after "
          f"malloc_trim(0) and gc.collect() {after_gc / 1024:.1f} MiB")
    warm_i = next(i for i, (c, _) in enumerate(samples) if c == warm)
    print(f"functools caches in monitor ({len(caches)}): "
          f"{sum(held[warm_i].values()):,} entries at the end of the warm-up, "
          f"{sum(held[-1].values()):,} at the end (of {sum(allowed.values()):,} allowed); what "
          f"the bounded ones hold, from an entry's measured size: "
          f"{cache_kib[warm_i] / 1024:.1f} MiB -> {cache_kib[-1] / 1024:.1f} MiB, "
          f"{headroom_kib / 1024:.1f} MiB more when every one is full")
    shown = sorted(((name, n) for name, n in held[-1].items() if n),
                   key=lambda kv: -kv[1] * per_entry.get(kv[0], mean_entry))
    print(table([[name.removeprefix("monitor."), f"{held[warm_i][name]:,}", f"{n:,}",
                  f"{allowed[name]:,}" if allowed[name] else "unbounded",
                  f"{per_entry.get(name, mean_entry):.0f}",
                  f"{n * per_entry.get(name, mean_entry) / 1024:,.0f}",
                  f"{allowed[name] * per_entry.get(name, mean_entry) / 1024:,.0f}"
                  if allowed[name] else "(not subtracted)"]
                 for name, n in shown[:30]],
                ["cache", "entries at warm-up", "at the end", "allowed", "B/entry",
                 "KiB held", "KiB when full"]))
    shipped_kib = sum(full_bytes.values()) / 1024
    print(f"monitor's memo caches at their size as shipped (monitor.memo.SHIPPED), measured by "
          f"filling them: {shipped_kib / 1024:.1f} MiB in all; in this run "
          + (f"capped at {memo.CAP:,} entries ({memo.CAP_VARIABLE})" if memo.CAP else
             "as shipped (no cap)"))
    print(table([[name.removeprefix("monitor."), f"{memo.SHIPPED[name]:,}",
                  f"{allowed.get(name, 0):,}",
                  f"{full_bytes[name] / memo.SHIPPED[name]:.0f}",
                  f"{full_bytes[name] / 1024:,.0f}"]
                 for name in sorted(full_bytes, key=lambda k: -full_bytes[k])],
                ["cache", "entries as shipped", "allowed in this run", "B/entry when full",
                 "KiB full as shipped"]))
    rest_year = rest_slope * cycles_per_year
    bound_share = (rest_year + headroom_kib) / fitted_base
    print(f"slope after warm-up without what the caches hold: {rest_slope * 1000:+.1f} KiB per "
          f"1,000 cycles -> {rest_year / 1024:+,.0f} MiB a year; with the caches' room to fill "
          f"({headroom_kib / 1024:+.1f} MiB, once): {bound_share:+.1%} of the post-warm-up "
          f"level (final VmRSS before this measurement {rss_end / 1024:.1f} MiB)")
    print(f"slope after warm-up (least squares over {len(after)} samples): {per_1000:+.1f} KiB "
          f"per 1,000 cycles")
    print(f"a year at the default interval = {cycles_per_year:,.0f} cycles for {len(feeds)} "
          f"feeds: {year_kib / 1024:+,.0f} MiB ({year_share:+.0%} of the post-warm-up level)")
    if slope > 0:
        print(f"+{TOLERANCE:.0%} reached after {TOLERANCE * fitted_base / slope:,.0f} cycles "
              f"({TOLERANCE * fitted_base / slope / cycles_per_year * 365:,.0f} days for "
              f"{len(feeds)} feeds)")
    heap_after = [(c, h) for c, h in heap if c > warm]
    if heap_after and heap_after[0][1][0] >= 0:
        slopes = [least_squares([c for c, _ in heap_after],
                                [h[k] for _, h in heap_after])[0] * 1000 for k in range(4)]
        print(f"slopes after warm-up per 1,000 cycles: C heap in use {slopes[0] / 1024:+.1f} "
              f"KiB, free inside the C heap {slopes[1] / 1024:+.1f} KiB, Python allocator "
              f"blocks {slopes[2]:+.0f}, gc-tracked objects {slopes[3]:+.0f} (at the end: "
              f"{heap[-1][1][0] / 2**20:.1f} MiB in use, {heap[-1][1][1] / 2**20:.1f} MiB "
              f"free, {heap[-1][1][2]:,} blocks, {heap[-1][1][3]:,} objects)")
        py = [(c, u, a) for c, u, a in zip(cycles, record.column("py_used"),
                                            record.column("py_arenas"), strict=True)
              if c > warm and u >= 0]
        if py:
            py_used = least_squares([c for c, _, _ in py], [u for _, u, _ in py])[0] * 1000
            py_room = least_squares([c for c, _, _ in py], [a - u for _, u, a in py])[0] * 1000
            rest = per_1000 - (slopes[0] + slopes[1] + py_used + py_room) / 1024
            print(f"what the raw slope ({per_1000:+.1f} KiB per 1,000 cycles) is made of: "
                  f"C heap in use {slopes[0] / 1024:+.1f}, free in the C heap "
                  f"{slopes[1] / 1024:+.1f}, pymalloc's blocks in use {py_used / 1024:+.1f}, "
                  f"pymalloc's arenas not in blocks (free blocks, pools not yet used: resident "
                  f"only once touched) {py_room / 1024:+.1f}, the rest {rest:+.1f} (at the end:"
                  f" pymalloc {py[-1][1] / 2**20:.1f} MiB in blocks of {py[-1][2] / 2**20:.0f}"
                  " MiB of arenas)")
    print(f"malloc_trim(0) at the end: VmRSS {trim_before / 1024:.1f} -> "
          f"{trim_after / 1024:.1f} MiB ({'trimmed' if trimmed else 'nothing given back'}): "
          "what dropped was free memory in the C heap")
    if sqlite_used and sqlite_used[0] >= 0:
        used_after = [(c, u) for (c, _), u in zip(samples, sqlite_used, strict=True) if c > warm]
        sqlite_slope, _ = least_squares([c for c, _ in used_after], [u for _, u in used_after])
        print(f"SQLite's allocator in use (sqlite3_memory_used): "
              f"{used_after[0][1] / 1024:,.0f} KiB after the warm-up, "
              f"{sqlite_used[-1] / 1024:,.0f} KiB at the end, max "
              f"{max(sqlite_used) / 1024:,.0f} KiB (slope {sqlite_slope * 1000 / 1024:+.1f} KiB "
              "per 1,000 cycles): the connections are closed between polls, and their page "
              "caches with them")
    for (c1, p1), (c2, p2) in itertools.pairwise(probes.items()):
        print()
        print(f"what changed between cycle {c1:,} and {c2:,} (after gc.collect()"
              f"{' and malloc_trim(0)' if args.trim else ''}; bench/procmem.py):")
        for line in diff_lines(p1, p2, c2 - c1):
            print(line)
    for cycle, lines in censuses.items():
        print()
        print(f"glibc's arenas walked at cycle {cycle:,} (bench/heapwalk.py):")
        print("\n".join(lines))
    if len(points) == 2:
        a, b = points
        rows = {k: b["rows"].get(k, 0) - a["rows"].get(k, 0) for k in b["rows"]}
        print()
        print(f"between cycle {a['cycle']:,} and {b['cycle']:,} (tracemalloc on): VmRSS "
              f"{(b['rss'] - a['rss']) / 1024:+.1f} MiB, Python's traced memory "
              f"{(b['traced'] - a['traced']) / 2**20:+.1f} MiB (tracemalloc's own tables are "
              f"in VmRSS too); the state gained {rows}")
        grown = b["objects"] - a["objects"]
        print("gc-tracked objects that grew, by type (top 15):")
        for name, n in grown.most_common(15):
            print(f"  {n:+8d}  {name}  ({b['objects'][name]:,} at the end)")
    for (c1, s1), (c2, s2) in itertools.pairwise(traced_at.items()):
        print()
        print(f"Python allocations, net change from cycle {c1:,} to {c2:,} (both traced: what "
              "a bounded cache evicts in between counts as given back), by line (top 20):")
        for diff in s2.compare_to(s1, "lineno")[:20]:
            f = diff.traceback[0]
            print(f"  {diff.size_diff / 1024:+9.0f} KiB {diff.count_diff:+8d} blocks  "
                  f"{f.filename.split('site-packages/')[-1]}:{f.lineno}")
        print("the same by traceback (top 20; allocation site first, then its callers):")
        for diff in s2.compare_to(s1, "traceback")[:20]:
            frames = " <- ".join(f"{Path(f.filename).name}:{f.lineno}"
                                 for f in list(diff.traceback)[::-1][:7])
            print(f"  {diff.size_diff / 1024:+9.0f} KiB {diff.count_diff:+8d} blocks  {frames}")
        if args.dump_snapshots:
            for c, s in ((c1, s1), (c2, s2)):
                s.dump(str(Path(args.dump_snapshots) / f"trace-{c}.snapshot"))
    for cycle, freed in gc_freed.items():
        print()
        print(f"what the full collection at cycle {cycle:,} gave back, by traceback (top 15; "
              "allocation site first, then its callers):")
        for diff in freed:
            frames = " <- ".join(f"{Path(f.filename).name}:{f.lineno}"
                                 for f in list(diff.traceback)[::-1][:7])
            print(f"  {diff.size_diff / 1024:+9.1f} KiB {diff.count_diff:+8d} blocks  {frames}")
    if growth:
        print()
        print("Python allocations that grew after the warm-up, by line (top 15):")
        for diff in by_line[:15]:
            f = diff.traceback[0]
            print(f"  {diff.size_diff / 1024:+9.0f} KiB {diff.count_diff:+8d} blocks  "
                  f"{f.filename.split('site-packages/')[-1]}:{f.lineno}")
        print("the same by traceback (top 15 by size; allocation site first, then its callers):")
        for diff in growth[:15]:
            frames = " <- ".join(f"{Path(f.filename).name}:{f.lineno}"
                                 for f in list(diff.traceback)[::-1][:7])
            print(f"  {diff.size_diff / 1024:+9.0f} KiB {diff.count_diff:+8d} blocks  {frames}")
    worker_rows: list[list[str]] = []
    if workers is not None:
        print()
        print("the daemon and its article workers (VmRSS and Pss from /proc; the workers the "
              "pool had at each sample, summed):")
        cols = {k: record.column(k) for k in ("rss", "pss", "w_rss", "w_pss", "w_max",
                                               "w_count", "recycled")}
        print(table([[f"{cycles[i]:,}", f"{cols['rss'][i] / 1024:.1f}",
                      f"{cols['w_rss'][i] / 1024:.1f}", f"{cols['w_max'][i] / 1024:.1f}",
                      f"{(cols['rss'][i] + cols['w_rss'][i]) / 1024:.1f}",
                      f"{cols['pss'][i] / 1024:.1f}", f"{cols['w_pss'][i] / 1024:.1f}",
                      f"{(cols['pss'][i] + cols['w_pss'][i]) / 1024:.1f}",
                      f"{cols['w_count'][i]}", f"{cols['recycled'][i]}"]
                     for i in (min(len(cycles) - 1, round(k * (len(cycles) - 1) / 10))
                               for k in range(11))],
                    ["cycle", "daemon VmRSS MiB", "workers VmRSS MiB", "largest worker",
                     "sum VmRSS", "daemon Pss MiB", "workers Pss", "sum Pss", "workers",
                     "recycled so far"]))
        after_i = [i for i, c in enumerate(cycles) if c > warm]
        xs = [cycles[i] for i in after_i]

        def slope_of(values: list[int]) -> tuple[float, float]:
            """KiB per 1,000 cycles after the warm-up, and the share of the post-warm-up
            level a year of cycles adds."""
            k, b = least_squares(xs, [values[i] for i in after_i])
            level = b + k * warm
            return k * 1000, k * cycles_per_year / level if level > 0 else float("nan")

        both_rss = [a + b for a, b in zip(cols["rss"], cols["w_rss"], strict=True)]
        both_pss = [a + b for a, b in zip(cols["pss"], cols["w_pss"], strict=True)]
        rows_w = [("the daemon alone", cols["rss"], cols["pss"]),
                  ("the workers", cols["w_rss"], cols["w_pss"]),
                  ("the daemon and its workers", both_rss, both_pss)]
        print(table([[name, *(f"{v:+.1f}" for v in (slope_of(r)[0], slope_of(q)[0])),
                      *(f"{v:+.0%}" for v in (slope_of(r)[1], slope_of(q)[1]))]
                     for name, r, q in rows_w],
                    ["after the warm-up", "VmRSS KiB per 1,000 cycles", "Pss KiB per 1,000",
                     "VmRSS: a year", "Pss: a year"]))
        for h in worker_heaps:
            print(f"worker {h['pid']} at the end: VmRSS {h['rss'] / 1024:.1f} MiB, glibc in "
                  f"use {h['in_use'] / 2**20:.1f} MiB, free inside its heap "
                  f"{h['free'] / 2**20:.1f} MiB (arena {h['arena'] / 2**20:.1f} MiB); after "
                  f"malloc_trim(0) {h['trimmed'] / 1024:.1f} MiB")
        if fork_server:
            print(f"the fork server the workers are started from (not in the sums): VmRSS "
                  f"{fork_server[0] / 1024:.1f} MiB, Pss {fork_server[1] / 1024:.1f} MiB")
        for name, r, q in rows_w[1:]:
            (r_k, r_y), (q_k, q_y) = slope_of(r), slope_of(q)
            worker_rows.append([f"a year of cycles adds <= {TOLERANCE:.0%}: {name} (VmRSS; "
                                "Pss beside it), raw slope after the warm-up",
                                f"{r_k:+.1f} KiB/1,000 cycles -> {r_y:+.0%}/year (Pss "
                                f"{q_k:+.1f} -> {q_y:+.0%})", verdict(r_y <= TOLERANCE)])
    figures = estimates(record.samples(), warm, max_jobs=args.article_worker_jobs,
                        workers=args.article_workers)
    if figures:
        print()
        print("the slopes with their uncertainty (bench/slope.py: a block bootstrap of the "
              "line's residuals, the halves of the window; a recycled worker at the same "
              "phase of each life):")
        print(uncertainty_table(figures, cycles_per_year))
    shipped_share = (rest_year + shipped_kib) / fitted_base
    targets([[f"a year of cycles adds <= {TOLERANCE:.0%} to VmRSS (slope after warm-up, "
              "less what the bounded caches hold, plus their room to fill)",
              f"{rest_slope * 1000:+.1f} KiB/1,000 cycles + {headroom_kib / 1024:.1f} MiB of "
              f"caches -> {bound_share:+.1%}/year"
              + (f" (caches capped at {memo.CAP:,})" if memo.CAP else ""),
              verdict(bound_share <= TOLERANCE)],
             ["the same with monitor's memo caches at their full size as shipped, measured "
              "(counted once, as if all empty at the end of the warm-up)",
              f"{rest_slope * 1000:+.1f} KiB/1,000 cycles + {shipped_kib / 1024:.1f} MiB "
              f"-> {shipped_share:+.1%}/year", verdict(shipped_share <= TOLERANCE)],
             ["the same, the raw slope (a filling cache counted as growth for ever)",
              f"{per_1000:+.1f} KiB/1,000 cycles -> {year_share:+.0%}/year",
              verdict(year_share <= TOLERANCE)], *worker_rows], "measured")


if __name__ == "__main__":
    main()
