"""Soak: the daemon's poll job over 10,000 cycles; resident memory must stay flat.

    .venv/bin/python bench/soak.py [--cycles 10000] [--warmup 0.1] [--quick]

The daemon (``monitor.scheduler.Daemon``, built from a real config file) runs in this process
and its poll job is called back to back, as the scheduler would call it on a very short
interval, against a feed served by a local server in its own process (``bench/feedserver.py``).
The feed answers 304 to conditional GETs and gains a new item every ``--every`` requests, so the
whole path (fetch, text, facts, state, outbox) runs now and then; the delivery job runs every
``--deliver-every`` cycles and posts the alerts to the server's webhook receiver.

Resident memory (VmRSS from /proc/self/status) is sampled throughout. After the warm-up
(``--warmup``, a share of the cycles), it must stay within 10% of its level at the end of the
warm-up (issue 5 / issue 6). The baseline is that level, measured in the same run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import logging
import tempfile
import time
from pathlib import Path

import requests
from common import header, rss_kib, table, verdict
from feedserver import FeedServer

from monitor.scheduler import Daemon
from monitor.store.state import StateStore

TOLERANCE = 0.10
START = dt.datetime(2024, 6, 1, tzinfo=dt.UTC)
STEP = dt.timedelta(seconds=2)


def write_config(workdir: Path, server: FeedServer) -> Path:
    path = workdir / "soak.toml"
    path.write_text(f"""
[monitor]
state = "{workdir / 'soak.db'}"
allow_hosts = ["127.0.0.1"]
log_level = "info"
min_interval = "1s"

[fetch]
host_delay = 0

[[feeds]]
name = "soak feed"
url = "{server.url('/feed/7.xml')}"
interval = "1s"

[watch]
all = true

[channels.hook]
kind = "webhook"
url = "{server.url('/_hook')}"
""", encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cycles", type=int, default=10_000)
    parser.add_argument("--warmup", type=float, default=0.1, help="share of cycles (0.1)")
    parser.add_argument("--every", type=int, default=100, help="a new item every N polls")
    parser.add_argument("--deliver-every", type=int, default=50)
    parser.add_argument("--samples", type=int, default=200, help="RSS samples over the run")
    parser.add_argument("--quick", action="store_true", help="tiny sizes (smoke test)")
    args = parser.parse_args()
    if args.quick:
        args.cycles, args.every, args.deliver_every = 300, 30, 20
    header("Soak")

    with tempfile.TemporaryDirectory(prefix="bench-soak-") as tmp, \
            FeedServer(corpus_pages=40, auto_bump=args.every) as server:
        workdir = Path(tmp)
        # What `monitor run` does with log_level = info: a line per poll, here to a file.
        logging.basicConfig(filename=workdir / "monitor.log", level=logging.INFO, force=True)
        # The scheduler would call the job once per interval; the injected clock moves on by
        # two intervals per cycle so no poll is skipped as "not due yet".
        clock = {"now": START}

        daemon = Daemon(write_config(workdir, server), now=lambda: clock["now"])
        StateStore(daemon.config.state_path).close()
        feed = daemon.config.feeds[0]
        warm = max(1, int(args.cycles * args.warmup))
        step = max(1, args.cycles // args.samples)
        samples: list[tuple[int, int]] = []
        start = time.perf_counter()
        for cycle in range(1, args.cycles + 1):
            clock["now"] += STEP
            daemon.poll_job(feed)
            if cycle % args.deliver_every == 0:
                daemon.deliver_job()
            if cycle % step == 0 or cycle == warm:
                samples.append((cycle, rss_kib()))
        secs = time.perf_counter() - start
        stats = requests.get(server.url("/_stats"), timeout=10).json()
        with StateStore(daemon.config.state_path) as store:
            articles = store.db.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
            alerts = len(store.outbox.alerts())
        gc.collect()
        after_gc = rss_kib()

    base = next(kib for cycle, kib in samples if cycle == warm)
    after = [kib for cycle, kib in samples if cycle > warm]
    peak, final = max(after), after[-1]
    growth = (peak - base) / base
    print(f"{args.cycles} poll cycles in {secs:.1f} s ({args.cycles / secs:.0f}/s); "
          f"warm-up {warm} cycles; {articles} articles ingested, {alerts} alerts; "
          f"server: {stats}")
    print()
    marks = [samples[min(len(samples) - 1, round(i * (len(samples) - 1) / 10))]
             for i in range(11)]
    print(table([[f"{c:,}", f"{kib / 1024:.1f}", f"{(kib - base) / base:+.1%}"]
                 for c, kib in marks], ["cycle", "VmRSS MiB", "vs after warm-up"]))
    print()
    print(f"RSS after warm-up {base / 1024:.1f} MiB; peak after warm-up {peak / 1024:.1f} MiB "
          f"({growth:+.1%}); final {final / 1024:.1f} MiB; after gc.collect() "
          f"{after_gc / 1024:.1f} MiB")
    xs = [c for c, _ in samples if c > warm]
    mean_x, mean_y = sum(xs) / len(xs), sum(after) / len(after)
    slope = (sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, after, strict=True))
             / max(1e-9, sum((x - mean_x) ** 2 for x in xs)))
    print(f"trend after warm-up (least squares): {slope * 1000:+.1f} KiB per 1,000 cycles")
    print()
    print(table([[f"RSS within {TOLERANCE:.0%} of its post-warm-up level", f"{growth:+.1%}",
                  verdict(growth <= TOLERANCE)]], ["target", "measured", "verdict"]))


if __name__ == "__main__":
    main()
