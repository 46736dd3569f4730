"""The net change between the tracemalloc snapshots ``soak.py --tracemalloc --dump-snapshots
DIR`` wrote, by site, span by span (bench/README.md, *eleventh part*).

A site is the most recent frame of an allocation's traceback inside ``monitor/`` or ``bench/``
(the library frame when there is none): the place in our code that made or asked for the
block. Each row gives the net change from the first snapshot (or ``--start``) to the last and
the change in every span between consecutive snapshots: a site that grows span after span
is growing; one large only in the first span is objects made before tracing began being
replaced (tracing counts a replacement as growth until every such object was replaced once).

    python bench/tracesites.py DIR [--start CYCLE] [--top 30]
"""

from __future__ import annotations

import argparse
import re
import tracemalloc
from collections import defaultdict
from pathlib import Path


def site(traceback: tracemalloc.Traceback) -> str:
    """The most recent frame in our code (frames are stored oldest first)."""
    frames = list(traceback)
    for frame in reversed(frames):
        for root in ("/monitor/", "/bench/"):
            if root in frame.filename:
                return f"{root.strip('/')}/{frame.filename.split(root, 1)[1]}:{frame.lineno}"
    last = frames[-1]
    return f"{last.filename.split('python3.11/')[-1]}:{last.lineno} (no frame of ours)"


def by_site(snapshot: tracemalloc.Snapshot) -> dict[str, tuple[int, int]]:
    """Bytes and blocks by site."""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for stat in snapshot.statistics("traceback"):
        row = out[site(stat.traceback)]
        row[0] += stat.size
        row[1] += stat.count
    return {k: (v[0], v[1]) for k, v in out.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dir", type=Path)
    parser.add_argument("--start", type=int, default=None,
                        help="the cycle of the snapshot to count the net change from")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    found = sorted((int(m.group(1)), p) for p in args.dir.glob("trace-*.snapshot")
                   if (m := re.search(r"trace-(\d+)", p.name)))
    sites = [(cycle, by_site(tracemalloc.Snapshot.load(str(p)))) for cycle, p in found]
    if len(sites) < 2:
        raise SystemExit("two snapshots or more are needed")
    first = dict(sites).get(args.start, sites[0][1]) if args.start else sites[0][1]
    start = args.start or sites[0][0]
    last_cycle, last = sites[-1]
    names = set().union(*(s for _, s in sites))
    rows = []
    for name in names:
        spans = [b.get(name, (0, 0))[0] - a.get(name, (0, 0))[0]
                 for (_, a), (_, b) in zip(sites, sites[1:], strict=False)]
        net = last.get(name, (0, 0))[0] - first.get(name, (0, 0))[0]
        blocks = last.get(name, (0, 0))[1] - first.get(name, (0, 0))[1]
        rows.append((net, blocks, name, spans))
    rows.sort(key=lambda r: -abs(r[0]))
    total = sum(r[0] for r in rows)
    print(f"net change {start:,} -> {last_cycle:,}: {total / 1024:+.1f} KiB "
          f"({total / 1024 / ((last_cycle - start) / 1000):+.2f} KiB per 1,000 cycles)")
    print("spans: " + ", ".join(f"{a:,}-{b:,}" for (a, _), (b, _) in
                                zip(sites, sites[1:], strict=False)))
    for net, blocks, name, spans in rows[:args.top]:
        print(f"{net / 1024:+8.1f} KiB {blocks:+7d} blocks  {name}  spans (KiB): "
              + " ".join(f"{s / 1024:+.1f}" for s in spans))


if __name__ == "__main__":
    main()
