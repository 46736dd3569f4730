"""Facts alone: ``extract_facts`` per article on the realistic corpus (and the devset), paired.

    .venv/bin/python bench/facts_speed.py [--pages 240] [--rounds 7] [--base DIR] [--devset]
                                          [--cpu] [--stages [--passes 5]] [--quick]

The articles are the text ``extract_page_text`` gives for the corpus pages of
``bench/article_throughput.py`` (``bench/corpus.py``: ~44 sentences, ~590 words an article),
made once beforehand; ``--devset`` adds the shared devset's articles (~14 sentences each) as a
second set, timed apart. This process is pinned to one CPU.

Configurations, run article by article interleaved (``common.run_paired``; order rotated per
round):

- ``lxml floor``: ``lxml.html.fromstring(page).text_content()`` of the article's page, the
  yardstick ``article_throughput.py`` uses, so the figures compare across runs and machines;
- ``facts``: ``monitor.extract.facts.extract_facts(article)`` of this tree;
- ``facts (base)`` with ``--base DIR``: the same function of another version of the source
  (``git archive REV | tar -x -C DIR``), imported as a package of its own, so before and after
  are measured in one process on the same articles, round by round.

``--cpu`` times each call with ``time.process_time`` (this process's CPU time) instead of the
wall clock: on a loaded machine the wall clock also counts the other processes' turns.

``--stages`` then splits this tree's ``extract_facts`` on the corpus into its stages: the CPU
time spent inside each (``STAGES``: the module attribute each call goes through is wrapped
with a timer for the run), per article, the least of ``--passes`` passes, with its share of
the whole; a stage's time includes the stages it calls (``discover`` holds ``title_spans``).

Target (issue 14): facts <= 3 ms per article on the realistic corpus.
"""

from __future__ import annotations

import argparse
import importlib
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import lxml.html
from common import (
    DEVSET,
    Contender,
    header,
    med_min,
    pin_to_cpu,
    run_paired,
    spread,
    table,
    targets,
    verdict,
)
from corpus import make_corpus

from monitor.extract.evaluate import load_corpus
from monitor.extract.facts import extract_facts
from monitor.ingest.text import extract_page_text
from monitor.models import Article

FLOOR = "lxml floor"


#: The stages ``--stages`` times: (module, attribute, what it is). Each is called through
#: that module's global name, so wrapping the attribute times every call of the extractor.
STAGES = (
    ("facts", "topical_lines", "the article's lines and their section topics"),
    ("facts", "split_sentences", "lines into sentences"),
    ("facts", "status_list_facts", "status lists (\"Renewed: A, B\")"),
    ("facts", "calendar_facts", "listings and calendars (listings.listing_items)"),
    ("facts", "discover", "title discovery (shows.discover), of which:"),
    ("shows", "title_spans", "- title-case runs of each sentence"),
    ("shows", "validate", "- the article-wide vetoes (titles.validate)"),
    ("facts", "_build_context", "the article context (main show, seasons named, ...)"),
    ("facts", "_find_triggers", "trigger patterns, every sentence (and the headline)"),
    ("facts", "_episode_hits", "episode-count phrases, every sentence"),
    ("facts", "_read_sentence", "a trigger sentence read: clauses, dates, owners"),
    ("rules", "candidate_facts", "the rule engine, per candidate"),
)


def stage_times(articles: Sequence[Article], passes: int) -> tuple[float, dict[str, float]]:
    """CPU ms per article of ``extract_facts`` and of each of ``STAGES`` inside it (the least
    of ``passes`` passes over ``articles``)."""
    modules = {name: importlib.import_module(f"monitor.extract.{name}")
               for name in {module for module, _, _ in STAGES}}
    spent: dict[str, float] = {}

    def timed(key: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[key] = spent.get(key, 0.0) + time.process_time() - start
        return call

    originals = {(module, attr): getattr(modules[module], attr) for module, attr, _ in STAGES}
    for (module, attr), function in originals.items():
        setattr(modules[module], attr, timed(attr, function))
    best: dict[str, float] = {}
    whole = float("inf")
    try:
        for _ in range(passes):
            spent.clear()
            start = time.process_time()
            for article in articles:
                extract_facts(article)
            whole = min(whole, time.process_time() - start)
            for key, value in spent.items():
                best[key] = min(best.get(key, float("inf")), value)
    finally:
        for (module, attr), function in originals.items():
            setattr(modules[module], attr, function)
    per = 1000 / len(articles)
    return whole * per, {key: value * per for key, value in best.items()}


def print_stages(articles: Sequence[Article], passes: int) -> None:
    whole, stages = stage_times(articles, passes)
    print(f"## stages of extract_facts (this tree), corpus: CPU ms per article, the least of "
          f"{passes} passes; a stage includes the stages it calls")
    rows = [[f"`{attr}`", what, f"{stages.get(attr, 0.0):.2f}",
             f"{100 * stages.get(attr, 0.0) / whole:.0f}%"] for _, attr, what in STAGES]
    rows.append(["`extract_facts`", "the whole", f"{whole:.2f}", "100%"])
    print(table(rows, ["stage", "what", "ms/article", "share"]))
    print()


def base_extractor(source: Path, workdir: Path) -> tuple[Callable[[Any], Any], Any]:
    """``extract_facts`` and the ``Article`` class of the tree at ``source``, imported under
    the name ``monitor_base`` (the package's own imports are relative)."""
    shutil.copytree(source / "monitor", workdir / "monitor_base")
    sys.path.insert(0, str(workdir))
    facts = importlib.import_module("monitor_base.extract.facts")
    models = importlib.import_module("monitor_base.models")
    return facts.extract_facts, models.Article


def run_set(name: str, articles: Sequence[Article], pages: Sequence[bytes],
            base: tuple[Callable[[Any], Any], Any] | None, rounds: int,
            clock: Callable[[], float] = time.perf_counter) -> dict[str, Any]:
    print(f"## {name}: {len(articles)} articles, "
          f"{statistics.mean(len(a.text) for a in articles):,.0f} characters of text each")
    contenders = [Contender(FLOOR, lambda j: lxml.html.fromstring(pages[j]).text_content()),
                  Contender("facts", lambda j: extract_facts(articles[j]))]
    if base is not None:
        base_facts, base_article = base
        copies = [base_article(**vars(a)) for a in articles]
        contenders.append(Contender("facts (base)", lambda j: base_facts(copies[j])))
    result = run_paired(contenders, len(articles), rounds, clock=clock)
    print(result.reference_line())
    rows = []
    for c in contenders:
        rows.append([c.name, spread(result.ms_per_unit(c.name)),
                     f"{1000 / result.median_ms(c.name):,.0f}",
                     "{} ({})".format(*med_min(result.ratios(c.name, FLOOR), "{:.2f}"))])
    print(table(rows, ["configuration", "ms/article: median (min–max of rounds)",
                       "articles/s", f"x {FLOOR}: median (min)"]))
    if base is not None:
        speedup = result.ratios("facts (base)", "facts")
        print(f"facts (base) over facts, per round: median {statistics.median(speedup):.3f}, "
              f"min {min(speedup):.3f}, max {max(speedup):.3f}")
    print()
    return {"facts": result.ms_per_unit("facts"), "median": result.median_ms("facts")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=240, help="corpus size (default 240)")
    parser.add_argument("--rounds", type=int, default=7, help="paired rounds (default 7)")
    parser.add_argument("--base", type=Path, help="a source tree to compare with")
    parser.add_argument("--devset", action="store_true", help="also time the devset")
    parser.add_argument("--cpu", action="store_true",
                        help="time this process's CPU (time.process_time), not the wall clock")
    parser.add_argument("--stages", action="store_true",
                        help="also time the extractor's stages (CPU) on the corpus")
    parser.add_argument("--passes", type=int, default=5, help="passes for --stages (default 5)")
    parser.add_argument("--quick", action="store_true", help="tiny sizes (smoke test)")
    args = parser.parse_args()
    if args.quick:
        args.pages, args.rounds, args.passes = 8, 2, 1
    header("Facts alone")
    print(pin_to_cpu(0))
    pages = make_corpus(args.pages)
    articles = []
    for page in pages:
        text = extract_page_text(page.body, url=page.url, content_type=page.content_type)
        articles.append(Article(url=page.url, title=text.title, text=text.text,
                                published=text.published or page.published, feed_url="bench",
                                guid=page.url))
    with tempfile.TemporaryDirectory(prefix="bench-facts-") as tmp:
        base = base_extractor(args.base, Path(tmp)) if args.base else None
        print(f"base: {args.base}" if base else "base: none (--base DIR to pair with one)")
        clock = time.process_time if args.cpu else time.perf_counter
        print("clock: CPU time of this process (--cpu)" if args.cpu else "clock: wall")
        print()
        found = run_set("corpus", articles, [p.body for p in pages], base, args.rounds, clock)
        if args.devset and DEVSET.is_dir():
            dev = [item.article for item in load_corpus(DEVSET)][:8 if args.quick else None]
            # the floor parses some page of the corpus per article: only a yardstick
            run_set("devset", dev, [pages[j % len(pages)].body for j in range(len(dev))],
                    base, args.rounds, clock)
        if args.stages:
            print_stages(articles, args.passes)
    targets([["facts <= 3 ms per article (corpus)",
              "{} ms ({} ms)".format(*med_min(found["facts"])),
              verdict(found["median"] <= 3)]])


if __name__ == "__main__":
    main()
