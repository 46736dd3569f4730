"""Poll cycle over 1,000 feeds in three mixes, paired feed by feed with a keep-alive GET loop.

    .venv/bin/python bench/poll_cycle.py [--feeds 1000] [--rounds 5] [--mix all] [--profile]
                                         [--quick]

A server in its own process (``bench/feedserver.py``, pinned to the other CPU) serves 1,000
feeds of 20 items each (RSS 2.0, every fifth one Atom) on 127.0.0.1. Three mixes, each on its
own state file, primed first (every item the feeds list is marked seen, then one full cycle
stores the validators), so the measured cycles are the steady state:

- ``304``: every feed has validators and nothing changed: every poll is a 304;
- ``200``: no feed sends validators (``/plain/<i>.xml``): every poll gets the whole feed,
  parses it, and finds every item already seen;
- ``new5``: validators, and before each round 5% of the feeds gain one item: those polls get
  the feed and fetch, extract and store the new article.

Configurations, run feed by feed interleaved (``common.run_paired``; order rotated per round),
all sending the same conditional headers (the validators the state held when the round began):

- ``http.client GET loop``: one keep-alive ``http.client.HTTPConnection``, GET, read the body:
  the floor of a poll;
- ``requests GET loop``: the same through one ``requests.Session`` (what an HTTP library costs);
- ``poll_feed``: ``monitor.pipeline.poll_feed``, which ``poll_all`` runs for each feed in turn;
- in the ``200`` mix also ``parse_feed`` (``monitor.ingest.feeds.parse_feed`` on the feed bytes,
  fetched beforehand: the lxml fast path), ``parse_feed(fast_path=False)`` (feedparser alone, what
  parse_feed was before the fast path) and ``lxml.etree parse`` of the same bytes (the floor).

Targets (issue 14): feed parsing >= 5x faster on the no-validator cycle (parse_feed paired with
feedparser alone, round by round); poll cycle figures as ratios to the GET loop. Peak memory
(ru_maxrss) is printed.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import http.client
import io
import logging
import pstats
import random
import statistics
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

import lxml.etree
import requests
from common import (
    Contender,
    Rounds,
    header,
    med_min,
    peak_rss_mib,
    pin_to_cpu,
    run_paired,
    spread,
    table,
    targets,
    verdict,
)
from corpus import make_corpus
from feedserver import ITEMS_PER_FEED, FeedServer, other_cpu

from monitor import pipeline
from monitor.config import Config, parse_config
from monitor.ingest.feeds import parse_feed
from monitor.ingest.text import extract_page_text
from monitor.store.state import FeedState, StateStore

NOW = dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC)
MIXES = ("304", "200", "new5")
FLOOR = "http.client GET loop"
FEEDPARSER = "parse_feed(fast_path=False)"
NEW_SHARE = 0.05


class KeepAliveGet:
    """GETs over one persistent http.client connection (reopened if the server closes it)."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.conn = http.client.HTTPConnection(host, port, timeout=20)

    def get(self, path: str, headers: dict[str, str]) -> tuple[int, bytes]:
        for attempt in (1, 2):
            try:
                self.conn.request("GET", path, headers=headers)
                response = self.conn.getresponse()
                return response.status, response.read()
            except (http.client.RemoteDisconnected, ConnectionError):
                self.conn.close()
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=20)
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def close(self) -> None:
        self.conn.close()


def conditional_headers(state: FeedState) -> dict[str, str]:
    headers = {}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    return headers


def make_config(server: FeedServer, n_feeds: int, mix: str, workdir: Path) -> Config:
    prefix = "/plain/" if mix == "200" else "/feed/"
    raw = {
        "monitor": {"state": str(workdir / f"poll-{mix}.db"), "allow_hosts": ["127.0.0.1"]},
        "feeds": [{"url": server.url(f"{prefix}{i}.xml"), "name": f"feed {i}"}
                  for i in range(n_feeds)],
        "watch": {"all": True},
        "channels": {"hook": {"kind": "webhook", "url": server.url("/_hook")}},
    }
    return parse_config(raw, path=workdir / "bench.toml")


def prime(config: Config, store: StateStore, getter: KeepAliveGet) -> None:
    """Mark every item the feeds list now as seen (as a daemon that has been running would
    have), then poll every feed once so the state holds their validators."""
    for feed in config.feeds:
        _, body = getter.get(urlsplit(feed.url).path, {})
        for item in parse_feed(body, feed.url):
            store.feeds.mark_seen(feed.url, item.guid, item.link, now=NOW,
                                 content_hash=pipeline.item_content_hash(item))
    ctx = pipeline.make_context(config, store, now=lambda: NOW)
    outcomes = pipeline.poll_all(config.feeds, ctx)
    errors = [o for o in outcomes if o.result == "error"]
    if errors or any(o.items_new for o in outcomes):
        raise SystemExit(f"priming failed: {errors[:1]} / new items on a primed feed")
    ctx.session.close()


def warm_article_path() -> None:
    """Run the text extraction (and its trafilatura fallback, whose first call loads word
    lists for half a second) once before anything is timed: the daemon pays that once."""
    for page in make_corpus(40):
        if page.layout in ("legacy", "divs", "gazette"):
            extract_page_text(page.body, url=page.url, content_type=page.content_type)


def profile_cycle(config: Config, store: StateStore, top: int) -> str:
    ctx = pipeline.make_context(config, store, now=lambda: NOW)
    profiler = cProfile.Profile()
    profiler.runcall(pipeline.poll_all, config.feeds, ctx)
    ctx.session.close()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs()
    stats.sort_stats("cumulative").print_stats(top)
    return "\n".join(line for line in out.getvalue().splitlines() if line.strip())


def run_mix(mix: str, server: FeedServer, args: argparse.Namespace, workdir: Path,
            rng: random.Random) -> tuple[Rounds, list[Contender], dict[str, int], str]:
    config = make_config(server, args.feeds, mix, workdir)
    store = StateStore(config.state_path)
    getter = KeepAliveGet("127.0.0.1", server.port)
    prime(config, store, getter)
    feeds = config.feeds
    paths = [urlsplit(f.url).path for f in feeds]
    session = requests.Session()
    ctx = pipeline.make_context(config, store, now=lambda: NOW)
    headers: list[dict[str, str]] = []
    counts = {"new": 0, "errors": 0}

    def begin_round(r: int) -> None:
        if mix == "new5" and r >= 0:
            chosen = rng.sample(range(len(feeds)), max(1, round(len(feeds) * NEW_SHARE)))
            requests.post(server.url("/_bump"), data=",".join(map(str, chosen)), timeout=10)
        headers[:] = [conditional_headers(store.feeds.state(f.url)) for f in feeds]

    def poll(j: int) -> None:
        outcome = pipeline.poll_feed(feeds[j], ctx)
        counts["new"] += outcome.items_new
        counts["errors"] += outcome.result == "error"

    contenders = [
        Contender(FLOOR, lambda j: getter.get(paths[j], headers[j]), begin=begin_round),
        Contender("requests GET loop", lambda j: session.get(
            feeds[j].url, headers=headers[j], timeout=(5, 20)).content),
        Contender("poll_feed", poll),
    ]
    if mix == "200":
        bodies = [getter.get(p, {})[1] for p in paths]
        contenders += [
            Contender("parse_feed", lambda j: parse_feed(bodies[j], feeds[j].url)),
            Contender(FEEDPARSER, lambda j: parse_feed(bodies[j], feeds[j].url,
                                                       fast_path=False)),
            Contender("lxml.etree parse", lambda j: sum(
                1 for _ in lxml.etree.fromstring(bodies[j]).iter())),
        ]
    rounds = run_paired(contenders, len(feeds), args.rounds, warmup=0)
    if counts["errors"]:
        raise SystemExit(f"{mix}: {counts['errors']} polls failed")
    profile = ""
    if args.profile:
        if mix == "new5":
            begin_round(args.rounds)
        profile = profile_cycle(config, store, args.top)
    session.close()
    getter.close()
    ctx.session.close()
    store.close()
    return rounds, contenders, counts, profile


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--mix", choices=(*MIXES, "all"), default="all")
    parser.add_argument("--profile", action="store_true", help="add a cProfile of one cycle")
    parser.add_argument("--top", type=int, default=25, help="profile lines to show")
    parser.add_argument("--quick", action="store_true", help="tiny sizes (smoke test)")
    args = parser.parse_args()
    if args.quick:
        args.feeds, args.rounds = 40, 2
    header("Poll cycle")
    server_cpu = other_cpu()
    print(pin_to_cpu(0) + (f"; server pinned to CPU {server_cpu}" if server_cpu is not None
                           else "; server not pinned"))
    print(f"{args.feeds} feeds of {ITEMS_PER_FEED} items (every fifth Atom), {args.rounds} "
          f"paired rounds per mix")
    logging.disable(logging.WARNING)
    rng = random.Random(14)
    warm_article_path()
    mixes = MIXES if args.mix == "all" else (args.mix,)
    results: dict[str, tuple[Rounds, list[Contender], dict[str, int], str]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-poll-") as tmp, \
            FeedServer(corpus_pages=120, cpu=server_cpu) as server:
        workdir = Path(tmp)
        # The daemon logs at info level: a line per feed per poll goes to its log file.
        logging.disable(logging.NOTSET)
        logging.basicConfig(filename=workdir / "monitor.log", level=logging.INFO, force=True)
        for mix in mixes:
            print(f"mix {mix}: priming and running", file=sys.stderr, flush=True)
            results[mix] = run_mix(mix, server, args, workdir, rng)
        stats = requests.get(server.url("/_stats"), timeout=10).json()

    rows: list[list[str]] = []
    target_rows: list[list[str]] = []
    for mix, (rounds, contenders, counts, _) in results.items():
        print()
        print(f"## mix {mix}: {args.feeds} feeds x {rounds.rounds} rounds"
              + (f"; {counts['new']} new articles in all" if mix == "new5" else ""))
        print(rounds.reference_line())
        rows = []
        for c in contenders:
            ms = rounds.ms_per_unit(c.name)
            cycle = [m * args.feeds / 1e3 for m in ms]
            ratio = ("{} ({})".format(*med_min(rounds.ratios(c.name, FLOOR)))
                     if c.name not in ("lxml.etree parse", FEEDPARSER) else "-")
            rows.append([c.name, spread(ms, "{:.3f}"), spread(cycle), ratio])
        print(table(rows, ["configuration", "ms per feed: median (min–max)",
                           "s per cycle of all feeds", f"x {FLOOR}: median (min)"]))
        poll = rounds.ratios("poll_feed", FLOOR)
        target_rows.append([f"mix {mix}: poll_feed cycle vs {FLOOR}",
                            "{}x ({}x)".format(*med_min(poll)), "(no target; baseline)"])
        if mix == "200":
            parse_ms = rounds.ms_per_unit("parse_feed")
            share = [p / q for p, q in zip(rounds.seconds["parse_feed"],
                                           rounds.seconds["poll_feed"], strict=True)]
            floor_ratio = rounds.ratios("parse_feed", "lxml.etree parse")
            speedup = rounds.ratios(FEEDPARSER, "parse_feed")
            print(f"parse_feed: {statistics.median(parse_ms):.3f} ms per feed, "
                  f"{statistics.median(share):.0%} of poll_feed's time, "
                  f"{statistics.median(floor_ratio):.1f}x an lxml.etree parse of the same bytes, "
                  f"{statistics.median(speedup):.1f}x faster than feedparser alone")
            target_rows.append([
                "feed parsing >= 5x faster on the no-validator cycle",
                "parse_feed {} ms/feed ({}); {}x lxml parse; {}x ({}x) faster than {}".format(
                    *med_min(parse_ms, "{:.3f}"), f"{statistics.median(floor_ratio):.1f}",
                    *med_min(speedup), FEEDPARSER),
                verdict(statistics.median(speedup) >= 5.0)])
    print()
    print(f"server answered: {stats}")
    peak = peak_rss_mib()
    target_rows.append(["peak memory of the polling process <= 200 MB", f"{peak:.0f} MiB",
                        verdict(peak <= 200)])
    targets(target_rows)
    for mix, (*_, profile) in results.items():
        if profile:
            print()
            print(f"## cProfile of one poll_all cycle, mix {mix} (profiler overhead included)")
            print(profile)


if __name__ == "__main__":
    main()
