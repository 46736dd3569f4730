"""Poll cycle: 1,000 feeds, most answering 304, 2% with a new item, against a bare GET loop.

    .venv/bin/python bench/poll_cycle.py [--feeds 1000] [--new 0.02] [--rounds 3] [--quick]

A feed server runs in its own process on 127.0.0.1 (``bench/feedserver.py``). The state file
is primed first: the items the feeds list at the start are marked seen (through
``StateStore.mark_item_seen``) and one full cycle stores every feed's ETag, so the measured
cycles are the steady state. Then, each round: 2% of the feeds get one new item; a bare loop of
conditional GETs (one ``requests.Session``, the ETags the state holds) runs over all feeds; then
one full cycle of our poller (``monitor.pipeline.poll_all``) over the same feeds, which also
fetches, extracts and ingests the new articles. The same is repeated with the new items moved
on again for each configuration, and the fastest round of each counts.

Also measured, to show what bounded concurrency would give: the bare loop on
``--workers`` threads, and ``pipeline.poll_feed`` on a bounded thread pool of ``--workers``
(the shape a concurrent ``poll_all`` would take: one session per worker, one shared store).

Targets (issue 6): one cycle <= 5 s on this 2-core machine, <= 1.5x the bare loop, bounded
concurrency, peak memory (ru_maxrss of this process) <= 200 MB.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import logging
import pstats
import random
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import requests
from common import header, peak_rss_mib, table, verdict
from feedserver import ITEMS_PER_FEED, FeedServer

from monitor import pipeline
from monitor.config import Config, parse_config
from monitor.ingest.fetch import make_session
from monitor.store.state import StateStore

NOW = dt.datetime(2024, 6, 1, 12, 0, tzinfo=dt.UTC)


def make_config(server: FeedServer, n_feeds: int, workdir: Path) -> Config:
    raw = {
        "monitor": {"state": str(workdir / "poll.db"), "allow_hosts": ["127.0.0.1"]},
        "feeds": [{"url": server.url(f"/feed/{i}.xml"), "name": f"feed {i}"}
                  for i in range(n_feeds)],
        "watch": {"all": True},
    }
    return parse_config(raw, path=workdir / "bench.toml")


def prime(config: Config, store: StateStore) -> float:
    """Mark the items every feed lists at generation 0 as seen; return the seconds it took."""
    start = time.perf_counter()
    for feed in config.feeds:
        i = int(feed.url.rsplit("/", 1)[1].split(".")[0])
        for k in range(-ITEMS_PER_FEED + 1, 1):
            link = feed.url.replace(f"/feed/{i}.xml", f"/article/{i}/{k}.html")
            store.feeds.mark_seen(feed.url, f"feed-{i}-item-{k}", link, now=NOW)
    return time.perf_counter() - start


def bump(server: FeedServer, n_feeds: int, share: float, rng: random.Random) -> list[int]:
    chosen = sorted(rng.sample(range(n_feeds), max(1, round(n_feeds * share))))
    requests.post(server.url("/_bump"), data=",".join(map(str, chosen)), timeout=10)
    return chosen


def bare_loop(urls_etags: list[tuple[str, str | None]], workers: int) -> float:
    """Conditional GETs of every feed, nothing else: one session per thread."""
    local = threading.local()

    def get(pair: tuple[str, str | None]) -> None:
        session = getattr(local, "session", None)
        if session is None:
            session = local.session = requests.Session()
        url, etag = pair
        headers = {"If-None-Match": etag} if etag else {}
        response = session.get(url, headers=headers, timeout=(5, 20))
        response.content  # noqa: B018 (read the body, as a poller must)

    start = time.perf_counter()
    if workers <= 1:
        for pair in urls_etags:
            get(pair)
    else:
        with ThreadPoolExecutor(workers) as pool:
            list(pool.map(get, urls_etags))
    return time.perf_counter() - start


def pooled_poll(config: Config, store: StateStore, workers: int) -> list[pipeline.PollOutcome]:
    """poll_feed on a bounded pool: what a concurrent poll_all could be (bench-side sketch)."""
    base = pipeline.make_context(config, store, now=lambda: NOW)
    local = threading.local()

    def one(feed: pipeline.FeedConfig) -> pipeline.PollOutcome:
        ctx = getattr(local, "ctx", None)
        if ctx is None:
            ctx = local.ctx = replace(base, session=make_session(config.user_agent))
        return pipeline.poll_feed(feed, ctx)

    with ThreadPoolExecutor(workers) as pool:
        return list(pool.map(one, config.feeds))


def profile_of(fn: Callable[[], object], top: int = 30) -> str:
    profiler = cProfile.Profile()
    profiler.runcall(fn)
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs()
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top // 2)
    return "\n".join(line for line in out.getvalue().splitlines() if line.strip())


def timed_cycle(run: Callable[[], list[pipeline.PollOutcome]]) -> tuple[float, int, int]:
    start = time.perf_counter()
    outcomes = run()
    secs = time.perf_counter() - start
    errors = [o for o in outcomes if o.result == "error"]
    if errors:
        raise SystemExit(f"poll errors: {errors[0].feed}: {errors[0].error}")
    return secs, sum(o.items_new for o in outcomes), len(outcomes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--new", type=float, default=0.02, help="share of feeds with a new item")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=8, help="threads of the pooled rows")
    parser.add_argument("--profile", action="store_true", help="add a cProfile of poll_all")
    parser.add_argument("--quick", action="store_true", help="tiny sizes (smoke test)")
    args = parser.parse_args()
    if args.quick:
        args.feeds, args.rounds = 40, 1
    header("Poll cycle")
    profile = ""
    rng = random.Random(6)

    with tempfile.TemporaryDirectory(prefix="bench-poll-") as tmp, FeedServer() as server:
        workdir = Path(tmp)
        # The daemon logs at info level: one line per feed per poll goes to its log.
        logging.basicConfig(filename=workdir / "monitor.log", level=logging.INFO, force=True)
        config = make_config(server, args.feeds, workdir)
        store = StateStore(config.state_path)
        ctx = pipeline.make_context(config, store, now=lambda: NOW)
        prime_secs = prime(config, store)
        first, _, _ = timed_cycle(lambda: pipeline.poll_all(config.feeds, ctx))
        print(f"{args.feeds} feeds; primed {args.feeds * ITEMS_PER_FEED} seen items in "
              f"{prime_secs:.1f} s; first cycle (every feed 200, ETags stored) {first:.2f} s")

        def etags() -> list[tuple[str, str | None]]:
            return [(f.url, store.feeds.state(f.url).etag) for f in config.feeds]

        results: dict[str, list[float]] = {k: [] for k in
                                           ("bare", "bare_pool", "poll_all", "pool")}
        new_items: dict[str, int] = {}
        for _ in range(args.rounds):
            bump(server, args.feeds, args.new, rng)
            results["bare"].append(bare_loop(etags(), 1))
            results["bare_pool"].append(bare_loop(etags(), args.workers))
            secs, new_items["poll_all"], _ = timed_cycle(
                lambda: pipeline.poll_all(config.feeds, ctx))
            results["poll_all"].append(secs)
            bump(server, args.feeds, args.new, rng)
            secs, new_items["pool"], _ = timed_cycle(
                lambda: pooled_poll(config, store, args.workers))
            results["pool"].append(secs)
        if args.profile:
            bump(server, args.feeds, args.new, rng)
            profile = profile_of(lambda: pipeline.poll_all(config.feeds, ctx))
        store.close()
        stats = requests.get(server.url("/_stats"), timeout=10).json()

    best = {k: min(v) for k, v in results.items()}
    bare = best["bare"]
    rows = [
        ["bare loop of conditional GETs, 1 session (baseline)", f"{bare:.2f}", "1.00", "-"],
        [f"bare loop, {args.workers} threads", f"{best['bare_pool']:.2f}",
         f"{best['bare_pool'] / bare:.2f}", "-"],
        ["pipeline.poll_all (library, as is)", f"{best['poll_all']:.2f}",
         f"{best['poll_all'] / bare:.2f}", str(new_items["poll_all"])],
        [f"poll_feed on a pool of {args.workers} (sketch)", f"{best['pool']:.2f}",
         f"{best['pool'] / bare:.2f}", str(new_items["pool"])],
    ]
    print()
    print(table(rows, ["one cycle over all feeds", "seconds", "x bare loop", "new articles"]))
    print()
    print(f"server answered: {stats}")
    peak = peak_rss_mib()
    print()
    print(table([
        ["poll_all cycle <= 5 s", f"{best['poll_all']:.2f} s", verdict(best["poll_all"] <= 5)],
        ["poll_all <= 1.5x bare loop", f"{best['poll_all'] / bare:.2f}x",
         verdict(best["poll_all"] / bare <= 1.5)],
        ["peak memory <= 200 MB", f"{peak:.0f} MiB", verdict(peak <= 200)],
    ], ["target", "measured", "verdict"]))
    if profile:
        print()
        print("## cProfile of one steady-state poll_all cycle (profiler overhead included)")
        print(profile)


if __name__ == "__main__":
    main()
