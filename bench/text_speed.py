"""Text stage alone: ``extract_page_text`` per page class, paired with the lxml floor and a base.

    .venv/bin/python bench/text_speed.py [--pages 240] [--rounds 5] [--base DIR] [--cpu] [--quick]

The article benchmark's corpus (``corpus.make_corpus``), split into the pages the main reading
of ``monitor.ingest.text`` reads (``article_blocks`` finds MIN_ARTICLE_CHARS) and those it
misses (the second reading, and trafilatura where that finds no article block). Per class,
page by page interleaved (``common.run_paired``):

- ``lxml floor``: ``lxml.html.fromstring(page).text_content()``;
- ``text``: ``monitor.ingest.text.extract_page_text`` of this tree;
- ``text (base)`` with ``--base DIR``: the same function of another source tree (its
  ``monitor`` package copied and imported as ``monitor_base``), before/after in one process.

``--cpu`` times this process's CPU (``time.process_time``) instead of the wall clock: on a
shared machine the robust figure. Pinned to one CPU.
"""

from __future__ import annotations

import argparse
import importlib
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import lxml.html
from common import Contender, header, med_min, pin_to_cpu, run_paired, spread, table, targets
from corpus import Page, make_corpus

from monitor.ingest import text

#: Two runs of the same code pair within 2% of each other here (an A/A run).
SAME = 0.98


def base_text(source: Path, workdir: Path) -> Callable[..., Any]:
    """``extract_page_text`` of the source tree at ``source``, imported as ``monitor_base``."""
    shutil.copytree(source / "monitor", workdir / "monitor_base")
    sys.path.insert(0, str(workdir))
    module = importlib.import_module("monitor_base.ingest.text")
    return module.extract_page_text  # type: ignore[no-any-return]


def main_read(page: Page) -> bool:
    doc = text.parse_html(page.body.decode("utf-8"))
    return sum(len(b) for b in text.article_blocks(doc)) >= text.MIN_ARTICLE_CHARS


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=240, help="corpus size (default 240)")
    parser.add_argument("--rounds", type=int, default=5, help="paired rounds (default 5)")
    parser.add_argument("--base", type=Path, help="a source tree to compare with")
    parser.add_argument("--cpu", action="store_true", help="time CPU, not the wall clock")
    parser.add_argument("--quick", action="store_true", help="tiny sizes (smoke test)")
    args = parser.parse_args()
    if args.quick:
        args.pages, args.rounds = 24, 2
    header("Text stage")
    print(pin_to_cpu(0))
    clock = time.process_time if args.cpu else time.perf_counter
    print("clock: " + ("CPU time of this process (--cpu)" if args.cpu else "wall clock"))
    pages = make_corpus(args.pages)
    classes = {"main reading": [p for p in pages if main_read(p)],
               "missed by it": [p for p in pages if not main_read(p)]}
    classes["all pages"] = pages
    with tempfile.TemporaryDirectory(prefix="bench-text-") as tmp:
        base = base_text(args.base, Path(tmp)) if args.base else None
        print(f"base: {args.base}" if base else "base: none (--base DIR to pair with one)")
        rows = []
        ratios: dict[str, list[float]] = {}
        for name, group in classes.items():
            if not group:
                continue
            contenders = [
                Contender("lxml floor", lambda j, g=group: lxml.html.fromstring(
                    g[j].body).text_content()),
                Contender("text", lambda j, g=group: text.extract_page_text(
                    g[j].body, url=g[j].url, content_type=g[j].content_type)),
            ]
            if base is not None:
                contenders.append(Contender("text (base)", lambda j, g=group, f=base: f(
                    g[j].body, url=g[j].url, content_type=g[j].content_type)))
            rounds = run_paired(contenders, len(group), args.rounds, clock=clock)
            print(f"{name}: {len(group)} pages; {rounds.reference_line()}")
            for c in contenders:
                rows.append([name, c.name, spread(rounds.ms_per_unit(c.name)),
                             "{} ({})".format(*med_min(rounds.ratios(c.name, "lxml floor"),
                                                       "{:.1f}"))])
            if base is not None:
                ratios[name] = rounds.ratios("text (base)", "text")
    print()
    print(table(rows, ["pages", "configuration", "ms/page: median (min–max of rounds)",
                       "x lxml floor: median (min)"]))
    if ratios:
        print()
        for name, values in ratios.items():
            print(f"{name}: text (base) over text, per round: median "
                  f"{statistics.median(values):.3f} (min {min(values):.3f}, "
                  f"max {max(values):.3f})")
    targets([[f"{name}: text no slower than its base (base over text >= {SAME:.2f}: an A/A "
              "run's spread)", "{} ({})".format(*med_min(values, "{:.3f}")),
              "met" if statistics.median(values) >= SAME else "NOT met"]
             for name, values in ratios.items()] or
            [["(no --base: nothing to compare)", "-", "-"]])


if __name__ == "__main__":
    main()
