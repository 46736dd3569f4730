"""What a glibc malloc tunable costs the work: two processes, one with it, paired job by job.

    .venv/bin/python bench/malloc_tunables.py [--tunables glibc.malloc.tcache_count=0]
                                              [--pages 40] [--rounds 5] [--quick]

``GLIBC_TUNABLES`` is read when a process starts, so the two configurations cannot share one
process: two child processes run the same jobs, started alike (``MALLOC_ARENA_MAX=2``, as the
systemd unit) except that one has ``GLIBC_TUNABLES`` set. The parent hands each the same unit
in turn (paired unit by unit, the order rotated every round, as ``common.run_paired``), and a
child answers with the CPU time its job took (``time.process_time``: what other processes of
a loaded machine take is left out). The units are the jobs the article workers run (page
``u`` of the endless corpus read into an article and its facts, ``read_article``; feed ``u``
parsed, ``parse_feed``) and the state work of a poll in the daemon (the state file opened, a
feed's state read, an article stored, closed), each timed on its own. The ratio per round is
the tuned child's total over the plain one's; the median and the range of the rounds are
printed, with an A/A line (both children plain) for the noise of the method.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from common import header, spread

JOBS = ("read_article", "parse_feed", "state")


def child(pages: int, state_dir: str) -> None:
    """The loop of a child: make the units first (untimed), then answer "kind unit" lines with
    the job's CPU seconds."""
    import time

    from corpus import make_page
    from feedserver import corpus_item, feed_body

    from monitor.ingest.feeds import parse_feed
    from monitor.models import Article, FeedItem
    from monitor.pipeline import read_article
    from monitor.store.state import StateStore

    made = [make_page(u) for u in range(pages)]
    feeds = [feed_body(corpus_item(made), u, 40 + u) for u in range(pages)]
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    state = Path(state_dir) / f"state-{os.getpid()}.db"
    StateStore(state).close()
    articles: list[Article] = []

    def job(kind: str, u: int) -> None:
        page = made[u]
        if kind == "read_article":
            item = FeedItem("http://127.0.0.1/feed.xml", page.url, page.url, page.title, None)
            article, _facts = read_article(page.body, page.url, page.content_type, item, now, ())
            articles.append(article)
            del articles[:-4]
        elif kind == "parse_feed":
            parse_feed(feeds[u], f"http://127.0.0.1/feed/{u}.xml")
        else:  # a poll's state work: open, read the feed's state, store an article, close
            with StateStore(state) as store:
                store.feeds.state(f"http://127.0.0.1/feed/{u}.xml")
                if articles:
                    store.articles.ingest(articles[-1], [], watched=lambda _s: False,
                                          channels=[], now=now)

    for line in sys.stdin:
        kind, unit = line.split()
        start = time.process_time()
        job(kind, int(unit))
        print(f"{time.process_time() - start:.9f}", flush=True)


class Child:
    def __init__(self, tunables: str | None, pages: int, state_dir: str) -> None:
        env = {**os.environ, "MALLOC_ARENA_MAX": "2"}
        env.pop("GLIBC_TUNABLES", None)
        if tunables:
            env["GLIBC_TUNABLES"] = tunables
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "--child", str(pages), state_dir], env=env,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)

    def run(self, kind: str, unit: int) -> float:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(f"{kind} {unit}\n")
        self.proc.stdin.flush()
        return float(self.proc.stdout.readline())

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait(timeout=60)


def paired(children: dict[str, Child], pages: int, rounds: int
           ) -> dict[str, dict[str, list[float]]]:
    """Per job kind, per child, the CPU seconds of each round (summed over its units)."""
    names = list(children)
    out = {kind: {name: [] for name in names} for kind in JOBS}  # type: dict[str, dict[str, list[float]]]
    for kind in JOBS:  # warm-up: two units each, untimed
        for name in names:
            for u in range(min(2, pages)):
                children[name].run(kind, u)
    for r in range(rounds):
        order = names[r % len(names):] + names[:r % len(names)]
        totals = {kind: dict.fromkeys(names, 0.0) for kind in JOBS}
        for u in range(pages):
            for kind in JOBS:
                for name in order:
                    totals[kind][name] += children[name].run(kind, u)
        for kind in JOBS:
            for name in names:
                out[kind][name].append(totals[kind][name])
        print(f"  round {r + 1}/{rounds}: " + "; ".join(
            f"{kind} " + ", ".join(f"{n} {totals[kind][n] / pages * 1e3:.2f} ms" for n in names)
            for kind in JOBS), file=sys.stderr, flush=True)
    return out


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(int(sys.argv[2]), sys.argv[3])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tunables", default="glibc.malloc.tcache_count=0")
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="tiny sizes (smoke test)")
    args = parser.parse_args()
    if args.quick:
        args.pages, args.rounds = 3, 2
    header("malloc tunables")
    print(f"GLIBC_TUNABLES={args.tunables} against none (both MALLOC_ARENA_MAX=2); "
          f"{args.pages} units, {args.rounds} rounds; CPU time of each job in its process")
    with tempfile.TemporaryDirectory(prefix="bench-tunables-") as tmp:
        children = {"plain": Child(None, args.pages, tmp),
                    "plain again": Child(None, args.pages, tmp),
                    "tuned": Child(args.tunables, args.pages, tmp)}
        try:
            result = paired(children, args.pages, args.rounds)
        finally:
            for c in children.values():
                c.close()
    print()
    print("| job | plain ms (median of rounds) | tuned ms | tuned / plain, median (min–max) "
          "| A/A: plain again / plain |")
    print("|---|---:|---:|---:|---:|")
    for kind in JOBS:
        per = {n: [s / args.pages * 1e3 for s in result[kind][n]] for n in result[kind]}
        ratio = [a / b for a, b in zip(result[kind]["tuned"], result[kind]["plain"], strict=True)]
        aa = [a / b for a, b in zip(result[kind]["plain again"], result[kind]["plain"],
                                    strict=True)]
        print(f"| {kind} | {statistics.median(per['plain']):.2f} | "
              f"{statistics.median(per['tuned']):.2f} | {spread(ratio, '{:.3f}')} | "
              f"{spread(aa, '{:.3f}')} |")


if __name__ == "__main__":
    main()
