"""Soak: the daemon's poll job over 1,000 growing feeds for 50,000 cycles; the slope of memory.

    .venv/bin/python bench/soak.py [--feeds 1000] [--cycles 50000] [--bump-every 10] [--quick]

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
of its own (``corpus.make_page``), so shows, seasons and facts keep growing too. Every item the
feeds list at the start is marked seen first, as a daemon that has been running would have.

Resident memory (VmRSS) is sampled throughout. The bound is on its slope after the warm-up
(``--warmup``, a share of the cycles): the least-squares line through the samples, in KiB per
1,000 cycles, extrapolated to a year of cycles at the default interval for these feeds
(feeds x a year / interval); the target is that a year adds at most 10% to the post-warm-up
level.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import logging
import sqlite3
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import requests
from common import header, least_squares, rss_kib, table, targets, verdict
from feedserver import FeedServer

from monitor import pipeline
from monitor.ingest.feeds import parse_feed
from monitor.scheduler import Daemon
from monitor.store.state import StateStore

TOLERANCE = 0.10
START = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
YEAR_SECONDS = 365 * 86400


def write_config(workdir: Path, server: FeedServer, n_feeds: int) -> Path:
    feeds = "".join(f'\n[[feeds]]\nname = "feed {i}"\nurl = "{server.url(f"/feed/{i}.xml")}"\n'
                    for i in range(n_feeds))
    path = workdir / "soak.toml"
    path.write_text(f"""
[monitor]
state = "{workdir / 'soak.db'}"
allow_hosts = ["127.0.0.1"]
log_level = "info"

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
    finally:
        conn.close()
    return out


def monitor_caches() -> tuple[int, int]:
    """Entries held and allowed by the functools caches in monitor's modules (a cache that is
    still filling grows memory until it is full)."""
    held = allowed = 0
    for name, module in list(sys.modules.items()):
        if name != "monitor" and not name.startswith("monitor."):
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            if callable(info):
                stats = info()
                held += stats.currsize
                allowed += stats.maxsize or 0
    return held, allowed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--cycles", type=int, default=50_000)
    parser.add_argument("--warmup", type=float, default=0.1, help="share of cycles (0.1)")
    parser.add_argument("--bump-every", type=int, default=10,
                        help="a feed gains an item every N-th request to it (10)")
    parser.add_argument("--deliver-every", type=int, default=50)
    parser.add_argument("--samples", type=int, default=250, help="RSS samples over the run")
    parser.add_argument("--tracemalloc", action="store_true",
                        help="also list where Python memory grew after the warm-up (slower)")
    parser.add_argument("--quick", action="store_true", help="tiny sizes (smoke test)")
    args = parser.parse_args()
    if args.quick:
        args.feeds, args.cycles, args.bump_every, args.deliver_every = 20, 300, 3, 20
    header("Soak")
    if args.tracemalloc:
        tracemalloc.start(8)
    growth: list[tracemalloc.StatisticDiff] = []
    snapshot: tracemalloc.Snapshot | None = None
    caches_warm = (0, 0)

    with tempfile.TemporaryDirectory(prefix="bench-soak-") as tmp, \
            FeedServer(corpus_pages=1, auto_bump=args.bump_every,
                       fresh_articles=True) as server:
        workdir = Path(tmp)
        # What `monitor run` does with log_level = info: a line per poll, here to a file.
        logging.basicConfig(filename=workdir / "monitor.log", level=logging.INFO, force=True)
        clock = {"now": START}
        daemon = Daemon(write_config(workdir, server, args.feeds), now=lambda: clock["now"])
        StateStore(daemon.config.state_path).close()
        feeds = daemon.config.feeds
        interval = feeds[0].interval
        step = dt.timedelta(seconds=interval / len(feeds))
        prime(daemon)
        warm = max(1, int(args.cycles * args.warmup))
        every = max(1, args.cycles // args.samples)
        samples: list[tuple[int, int]] = []
        sizes: list[tuple[int, int]] = []
        start = time.perf_counter()
        for cycle in range(1, args.cycles + 1):
            clock["now"] += step
            daemon.poll_job(feeds[(cycle - 1) % len(feeds)])
            if cycle % args.deliver_every == 0:
                daemon.deliver_job()
            if cycle == warm:
                caches_warm = monitor_caches()
                if args.tracemalloc:
                    snapshot = tracemalloc.take_snapshot()
            if cycle % every == 0 or cycle == warm:
                samples.append((cycle, rss_kib()))
                sizes.append((cycle, sum(p.stat().st_size
                                         for p in workdir.glob("soak.db*"))))
            if cycle % (every * 20) == 0:
                print(f"  cycle {cycle:,}: VmRSS {samples[-1][1] / 1024:.1f} MiB, "
                      f"{time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
        secs = time.perf_counter() - start
        caches_end = monitor_caches()
        if snapshot is not None:
            growth = tracemalloc.take_snapshot().compare_to(snapshot, "traceback")
            tracemalloc.stop()
        stats = requests.get(server.url("/_stats"), timeout=10).json()
        rows = count_rows(daemon.config.state_path)
        with StateStore(daemon.config.state_path) as store:
            states = Counter(d.state for a in store.outbox.alerts() for d in a.deliveries)
        gc.collect()
        after_gc = rss_kib()
        log_size = (workdir / "monitor.log").stat().st_size

    base = next(kib for cycle, kib in samples if cycle == warm)
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
          f"gc.collect() {after_gc / 1024:.1f} MiB")
    print(f"functools caches in monitor: {caches_warm[0]:,} entries at the end of the warm-up, "
          f"{caches_end[0]:,} at the end (of {caches_end[1]:,} allowed)")
    print(f"slope after warm-up (least squares over {len(after)} samples): {per_1000:+.1f} KiB "
          f"per 1,000 cycles")
    print(f"a year at the default interval = {cycles_per_year:,.0f} cycles for {len(feeds)} "
          f"feeds: {year_kib / 1024:+,.0f} MiB ({year_share:+.0%} of the post-warm-up level)")
    if slope > 0:
        print(f"+{TOLERANCE:.0%} reached after {TOLERANCE * fitted_base / slope:,.0f} cycles "
              f"({TOLERANCE * fitted_base / slope / cycles_per_year * 365:,.0f} days for "
              f"{len(feeds)} feeds)")
    if growth:
        print()
        print("Python allocations that grew after the warm-up (tracemalloc, top 12 by size; "
              "allocation site first, then its callers):")
        for diff in growth[:12]:
            frames = " <- ".join(f"{Path(f.filename).name}:{f.lineno}"
                                 for f in list(diff.traceback)[::-1][:5])
            print(f"  {diff.size_diff / 1024:+9.0f} KiB {diff.count_diff:+8d} blocks  {frames}")
    targets([[f"a year of cycles adds <= {TOLERANCE:.0%} to VmRSS (slope after warm-up)",
              f"{per_1000:+.1f} KiB/1,000 cycles -> {year_share:+.0%}/year",
              verdict(year_share <= TOLERANCE)]], "measured")


if __name__ == "__main__":
    main()
