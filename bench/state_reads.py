"""The state stage of an article as the daemon runs it, at several state sizes: before and after
keeping the confirmed titles and latest seasons across polls (issue 14).

    .venv/bin/python bench/state_reads.py [--shows 100,2000,20000] [--articles 40] [--rounds 5]
                                          [--quick]

Every article reads the confirmed titles (the gazetteer) and each show's latest season before
its facts are extracted, and its ingest writes them. The daemon opens a ``StateStore`` per poll;
before, the store kept those reads for its own life only, so every poll read them in full (at
1,730 shows 7-11 ms of CPU per article, growing with the state). Now the daemon keeps them in a
``monitor.store.known.KnownState`` across polls: one counter row read per article, updated in
place by its own ingests.

For each size, a state holding that many shows is made first (seasons rows written directly:
1-3 seasons a show, a status on each, a premiere date on some, 20% of the shows backed by two
articles, so confirmed titles); then, paired article by article (``common.run_paired``), each
round on a fresh copy of it:

- ``state, a store per poll (before)``: ``StateStore(path)`` opened for the article, its
  titles and seasons read (``store.articles.known()``: a full read, as every poll did), the
  gazetteer and the aired seasons made (``pipeline.known_shows``, ``aired_seasons``), the
  article ingested, the store closed;
- ``state, the daemon's kept copy (after)``: the same with ``StateStore(path, known=kept)``,
  ``kept`` made once per round (the daemon's first read is untimed), the aired seasons through
  ``pipeline.AIRED`` as the pipeline now takes them (kept per day while no latest season
  changes; here every article adds shows, so it is made again for each);
- ``facts, with the state's names``: ``extract_facts`` given that gazetteer and those aired
  seasons (what the extractor does with a gazetteer of this size);
- ``facts, with no names``: ``extract_facts`` with none (the extractor alone).

The articles are the first ``--articles`` pages of the bench corpus (their text and facts made
beforehand). Wall time is paired; CPU time (``time.process_time``) is summed per configuration.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from common import (
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
from corpus import every_title, make_corpus

from monitor import pipeline
from monitor.config import Config, parse_config
from monitor.extract.facts import extract_facts
from monitor.ingest.text import extract_page_text
from monitor.models import Article, Fact
from monitor.names import show_key
from monitor.store.known import KnownState
from monitor.store.state import SeenItem, StateStore

NOW = dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC)
FEED = "http://127.0.0.1/bench-feed.xml"
STATUSES = ("renewed", "filming", "wrapped", "premiere_scheduled", "cancelled")
BEFORE = "state, a store per poll (before)"
AFTER = "state, the daemon's kept copy (after)"
NAMED = "facts, with the state's names"
BARE = "facts, with no names"


def titles(n: int) -> list[str]:
    """``n`` titles whose show keys differ (the corpus's titles, then with a year added)."""
    every = every_title()
    found: dict[str, str] = {}
    i = 0
    while len(found) < n:
        base = every[i % len(every)]
        name = base if i < len(every) else f"{base} ({1990 + i // len(every)})"
        found.setdefault(show_key(name), name)
        i += 1
    return list(found.values())


def make_state(path: Path, shows: int) -> dict[str, int]:
    """A state holding ``shows`` shows (see the module's docstring)."""
    seasons = confirmed = 0
    with StateStore(path) as store, store.db.write(serial=True) as db:
        for i, name in enumerate(titles(shows)):
            for n in range(1, 2 + i % 3):
                sources = 2 if i % 5 == 0 else 1
                premiere = f"20{15 + (i + n) % 10}-0{1 + n % 9}-1{n % 10}" if i % 2 else None
                db.execute(
                    "INSERT INTO seasons (show_key, season, show, status, since, premiere, "
                    "premiere_certainty, speculative_premiere, episode_count, sources, "
                    "source_count, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?)",
                    [show_key(name), n, name, STATUSES[(i + n) % len(STATUSES)], "2024-01-01",
                     premiere, "confirmed" if premiere else None,
                     '["' + '", "'.join(f"https://n.example/{i}/{n}/{s}" for s in range(sources))
                     + '"]', sources, "2026-01-01T00:00:00+00:00"])
                seasons += 1
            confirmed += i % 5 == 0
    return {"shows": shows, "seasons": seasons, "confirmed": confirmed}


def make_config(workdir: Path) -> Config:
    return parse_config({"monitor": {"state": str(workdir / "unused.db")},
                         "watch": {"all": True}}, path=workdir / "bench.toml")


def measure(size: int, workdir: Path, config: Config, articles: list[Article],
            facts: list[list[Fact]], n_rounds: int
            ) -> tuple[dict[str, int], Any, dict[str, float]]:
    """The four configurations over a state of ``size`` shows."""
    primed = workdir / f"primed-{size}.db"
    made = time.perf_counter()
    counts = make_state(primed, size)
    print(f"  a state of {size:,} shows made in {time.perf_counter() - made:.1f} s",
          flush=True)
    cpu = dict.fromkeys((BEFORE, AFTER, NAMED, BARE), 0.0)
    live: dict[str, Any] = {}

    def fresh(key: str) -> Callable[[int], None]:
        def begin(r: int, key: str = key) -> None:
            path = workdir / f"{key}-{size}-{r}.db"
            shutil.copyfile(primed, path)
            live[key] = path
            if key == "after":
                live["kept"] = KnownState()
                with StateStore(path, known=live["kept"]) as store:
                    # the daemon's first read, once; and the facts stage's inputs
                    ctx = pipeline.make_context(config, store, now=lambda: NOW)
                    known = store.articles.known()
                    live["shows"] = pipeline.known_shows(ctx, known)
                    # as the pipeline hands them to the extractor: per day, read-only
                    live["aired"] = [pipeline.AIRED(known.seasons, a.published)
                                     for a in articles]
        return begin

    def poll(key: str, name: str) -> Callable[[int], None]:
        def run(j: int) -> None:
            started = time.process_time()
            store = StateStore(live[key], known=live.get("kept") if key == "after"
                               else None)
            try:
                ctx = pipeline.make_context(config, store, now=lambda: NOW)
                known = store.articles.known()
                pipeline.known_shows(ctx, known)
                if key == "after":  # kept per day while no show's latest season changes
                    pipeline.AIRED(known.seasons, articles[j].published)
                else:
                    pipeline.aired_seasons(known.seasons, articles[j].published)
                store.articles.ingest(
                    articles[j], facts[j], watched=config.watch.watches, channels=(),
                    now=NOW, seen=SeenItem.of(FEED, articles[j].url, articles[j].url))
            finally:
                store.close()
            cpu[name] += time.process_time() - started
        return run

    def named(j: int) -> None:
        started = time.process_time()
        extract_facts(articles[j], live["shows"], live["aired"][j])
        cpu[NAMED] += time.process_time() - started

    def bare(j: int) -> None:
        started = time.process_time()
        extract_facts(articles[j])
        cpu[BARE] += time.process_time() - started

    contenders = [
        Contender(BEFORE, poll("before", BEFORE), begin=fresh("before")),
        Contender(AFTER, poll("after", AFTER), begin=fresh("after")),
        Contender(NAMED, named),
        Contender(BARE, bare),
    ]
    rounds = run_paired(contenders, len(articles), n_rounds, warmup=0)
    units = len(articles) * rounds.rounds
    return counts, rounds, {k: v / units * 1e3 for k, v in cpu.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shows", default="100,2000,20000", help="state sizes, in shows")
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="tiny sizes (smoke test)")
    args = parser.parse_args()
    if args.quick:
        args.shows, args.articles, args.rounds = "50,400", 4, 2
    sizes = [int(s) for s in args.shows.split(",")]
    logging.disable(logging.WARNING)
    header("State reads per article")
    print(pin_to_cpu(0))

    pages = make_corpus(args.articles)
    articles: list[Article] = []
    facts: list[list[Fact]] = []
    for page in pages:
        text = extract_page_text(page.body, url=page.url, content_type=page.content_type)
        article = Article(url=page.url, title=text.title, text=text.text,
                          published=text.published or page.published, feed_url=FEED,
                          guid=page.url)
        articles.append(article)
        facts.append(extract_facts(article))

    results: list[tuple[dict[str, int], Any, dict[str, float]]] = []
    with tempfile.TemporaryDirectory(prefix="bench-state-reads-") as tmp:
        workdir = Path(tmp)
        config = make_config(workdir)
        for size in sizes:
            results.append(measure(size, workdir, config, articles, facts, args.rounds))

    print()
    print(f"{len(articles)} corpus articles x {args.rounds} rounds per state size; "
          f"{sum(len(f) for f in facts) / len(facts):.1f} facts per article")
    rows = []
    for counts, rounds, cpu_ms in results:
        for name in (BEFORE, AFTER, NAMED, BARE):
            rows.append([f"{counts['shows']:,} ({counts['confirmed']:,} confirmed, "
                         f"{counts['seasons']:,} seasons)", name, spread(rounds.ms_per_unit(name)),
                         f"{cpu_ms[name]:.2f}",
                         "{} ({})".format(*med_min(rounds.ratios(name, AFTER)))])
        print(rounds.reference_line())
    print(table(rows, ["shows in the state", "configuration",
                       "ms/article: median (min–max of rounds)", "CPU ms/article",
                       "x after: median (min)"]))
    small, large = results[0], results[-1]
    grow_before = large[2][BEFORE] - small[2][BEFORE]
    grow_after = large[2][AFTER] - small[2][AFTER]
    grow_named = (large[2][NAMED] - large[2][BARE]) - (small[2][NAMED] - small[2][BARE])
    print()
    print(f"from {small[0]['shows']:,} to {large[0]['shows']:,} shows, CPU per article: "
          f"state before {grow_before:+.2f} ms, state after {grow_after:+.2f} ms; what the "
          f"extractor spends on the state's names {grow_named:+.2f} ms")
    after_ms = statistics.median(large[1].ms_per_unit(AFTER))
    small_ms = statistics.median(small[1].ms_per_unit(AFTER))
    targets([[f"the state stage's cost per article does not grow with the shows (after: "
              f"{large[0]['shows']:,} vs {small[0]['shows']:,} shows, CPU within 1 ms)",
              f"CPU {small[2][AFTER]:.2f} -> {large[2][AFTER]:.2f} ms; wall {small_ms:.2f} -> "
              f"{after_ms:.2f} ms", verdict(abs(grow_after) <= 1.0)]])


if __name__ == "__main__":
    main()
