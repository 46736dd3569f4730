"""Article path: fetch from loopback -> text -> facts -> state, paired with lxml and trafilatura.

    .venv/bin/python bench/article_throughput.py [--pages 240] [--rounds 7] [--profile] [--quick]

The corpus is ``bench/corpus.py``: realistic pages (1,000-3,000 elements, six site layouts,
sentences that never repeat, some pages the main-text XPath misses so the trafilatura fallback
of ``monitor.ingest.text`` runs); its statistics are printed first. A server in its own process
(``bench/feedserver.py``, pinned to the other CPU) serves the same pages on 127.0.0.1; this
process is pinned to one CPU, so rates are per core.

Configurations, run page by page interleaved (``common.run_paired``; order rotated per round):

- ``lxml floor``: ``lxml.html.fromstring(page).text_content()``: parse and take all text;
- ``trafilatura default``: ``trafilatura.extract(page)``: its default settings (comments kept,
  no metadata);
- ``trafilatura with metadata``: ``trafilatura.extract(page, url=url, with_metadata=True)``:
  the yardstick, since the monitor also returns the title and the date;
- ``fetch``: ``monitor.ingest.fetch.fetch_url`` of the page from the loopback server;
- ``text``: ``monitor.ingest.text.extract_page_text`` on the page bytes;
- ``facts``: ``monitor.extract.facts.extract_facts`` on the page's text (extracted beforehand);
- ``state``: ``store.articles.ingest`` of those facts, the item marked seen in the same
  transaction (a fresh file per round);
- ``whole path``: ``monitor.pipeline.process_item``: fetch from loopback, text, facts and state,
  as the poller runs each new item (a fresh state file per round).

Targets (issue 14): whole path >= 100 articles/s per core and <= 1.5x trafilatura with metadata;
facts <= 3 ms per article.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import logging
import pstats
import statistics
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import lxml.html
import trafilatura
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
from corpus import Page, corpus_stats, make_corpus
from feedserver import FeedServer, other_cpu

from monitor import pipeline
from monitor.config import Config, parse_config
from monitor.extract.facts import extract_facts
from monitor.ingest import text as text_module
from monitor.ingest.fetch import fetch_url, make_session
from monitor.ingest.text import extract_page_text
from monitor.models import Article, Fact, FeedItem
from monitor.store.state import SeenItem, StateStore

NOW = dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC)
FEED = "http://127.0.0.1/bench-feed.xml"
YARDSTICK = "trafilatura with metadata"
FLOOR = "lxml floor"


def make_config(server: FeedServer, workdir: Path) -> Config:
    raw = {
        "monitor": {"state": str(workdir / "unused.db"), "allow_hosts": ["127.0.0.1"]},
        "feeds": [{"url": server.url("/feed/0.xml"), "name": "bench"}],
        "watch": {"all": True},
        "channels": {"hook": {"kind": "webhook", "url": server.url("/_hook")}},
    }
    return parse_config(raw, path=workdir / "bench.toml")


def fallback_pages(pages: list[Page], module: Any = trafilatura,
                   names: tuple[str, ...] = ("extract", "bare_extraction")) -> list[int]:
    """Pages on which ``extract_page_text`` asked trafilatura (its fallback), found by counting
    calls into trafilatura's public entry points while it runs (untimed); with ``module`` and
    ``names``, calls into those functions instead."""
    calls = [0]
    saved = {name: getattr(module, name) for name in names}

    def counting(fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            calls[0] += 1
            return fn(*args, **kwargs)
        return wrapper

    hit = []
    try:
        for name, fn in saved.items():
            setattr(module, name, counting(fn))
        for j, page in enumerate(pages):
            calls[0] = 0
            extract_page_text(page.body, url=page.url, content_type=page.content_type)
            if calls[0]:
                hit.append(j)
    finally:
        for name, fn in saved.items():
            setattr(module, name, fn)
    return hit


def profile_whole_path(pages: list[Page], items: list[FeedItem], config: Config,
                       workdir: Path, top: int) -> str:
    store = StateStore(workdir / "profile.db")
    ctx = pipeline.make_context(config, store, now=lambda: NOW)
    profiler = cProfile.Profile()
    try:
        profiler.enable()
        for item in items:
            pipeline.process_item(item, ctx)
        profiler.disable()
    finally:
        store.close()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs()
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)
    return "\n".join(line for line in out.getvalue().splitlines() if line.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=240, help="corpus size (default 240)")
    parser.add_argument("--rounds", type=int, default=7, help="paired rounds (default 7)")
    parser.add_argument("--profile", action="store_true", help="add a cProfile of the path")
    parser.add_argument("--top", type=int, default=30, help="profile lines to show")
    parser.add_argument("--quick", action="store_true", help="tiny sizes (smoke test)")
    args = parser.parse_args()
    if args.quick:
        args.pages, args.rounds = 8, 2
    logging.disable(logging.WARNING)  # skipped-page warnings would only time the terminal

    header("Article path")
    server_cpu = other_cpu()
    print(pin_to_cpu(0) + (f"; server pinned to CPU {server_cpu}" if server_cpu is not None
                           else "; server not pinned"))
    pages = make_corpus(args.pages)
    print("\n".join(corpus_stats(pages).lines()))
    for what, hit in (
            ("its second reading (the main reading missed them)",
             fallback_pages(pages, text_module, ("prose_blocks",))),
            ("its trafilatura fallback", fallback_pages(pages))):
        print(f"pages where extract_page_text ran {what}: {len(hit)} of {len(pages)} "
              "(layouts: " + (", ".join(sorted({pages[j].layout for j in hit})) or "-") + ")")

    with tempfile.TemporaryDirectory(prefix="bench-article-") as tmp, \
            FeedServer(corpus_pages=args.pages, cpu=server_cpu) as server:
        workdir = Path(tmp)
        config = make_config(server, workdir)
        urls = [server.url(f"/page/{j}.html") for j in range(len(pages))]
        session = make_session(config.user_agent)
        served = fetch_url(session, urls[-1]).body
        if served != pages[-1].body:
            raise SystemExit("the server's corpus differs from this process's")

        # Inputs of the facts and state stages: each page's text and facts, made beforehand.
        articles: list[Article] = []
        facts: list[list[Fact]] = []
        for page in pages:
            text = extract_page_text(page.body, url=page.url, content_type=page.content_type)
            article = Article(url=page.url, title=text.title, text=text.text,
                              published=text.published or page.published, feed_url=FEED,
                              guid=page.url)
            articles.append(article)
            facts.append(extract_facts(article, config.watch.shows))
        items = [FeedItem(feed_url=FEED, guid=f"page-{j}", link=url, title="", published=None)
                 for j, url in enumerate(urls)]
        channels = tuple(config.channels)
        state: dict[str, Any] = {}

        def fresh_store(key: str) -> Callable[[int], None]:
            def begin(r: int) -> None:
                state[key] = StateStore(workdir / f"{key}-{r}.db")
            return begin

        def close_store(key: str) -> Callable[[int], None]:
            def end(r: int) -> None:
                state.pop(key).close()
            return end

        def begin_whole(r: int) -> None:
            fresh_store("whole")(r)
            state["ctx"] = pipeline.make_context(config, state["whole"], now=lambda: NOW,
                                                 session=session)

        def ingest(j: int) -> None:
            store: StateStore = state["state"]
            store.articles.ingest(articles[j], facts[j], watched=config.watch.watches,
                                  channels=channels, now=NOW,
                                  seen=SeenItem.of(FEED, articles[j].url, articles[j].url))

        contenders = [
            Contender(FLOOR, lambda j: lxml.html.fromstring(pages[j].body).text_content()),
            Contender("trafilatura default", lambda j: trafilatura.extract(pages[j].body)),
            Contender(YARDSTICK, lambda j: trafilatura.extract(
                pages[j].body, url=pages[j].url, with_metadata=True)),
            Contender("fetch", lambda j: fetch_url(session, urls[j])),
            Contender("text", lambda j: extract_page_text(
                pages[j].body, url=pages[j].url, content_type=pages[j].content_type)),
            Contender("facts", lambda j: extract_facts(articles[j], config.watch.shows)),
            Contender("state", ingest, begin=fresh_store("state"), end=close_store("state")),
            Contender("whole path", lambda j: pipeline.process_item(items[j], state["ctx"]),
                      begin=begin_whole, end=close_store("whole")),
        ]
        rounds = run_paired(contenders, len(pages), args.rounds)
        profile = (profile_whole_path(pages, items, config, workdir, args.top)
                   if args.profile else "")
        session.close()

    n_facts = sum(len(f) for f in facts)
    print()
    print(f"{len(pages)} pages x {rounds.rounds} rounds; {n_facts / len(pages):.1f} facts per "
          f"article")
    print(rounds.reference_line())
    print()
    rows = []
    for c in contenders:
        ms = rounds.ms_per_unit(c.name)
        rows.append([c.name, spread(ms), f"{1000 / rounds.median_ms(c.name):,.0f}",
                     "{} ({})".format(*med_min(rounds.ratios(c.name, YARDSTICK))),
                     "{} ({})".format(*med_min(rounds.ratios(c.name, FLOOR), "{:.1f}"))])
    print(table(rows, ["configuration", "ms/article: median (min–max of rounds)", "articles/s",
                       f"x {YARDSTICK}: median (min)", f"x {FLOOR}: median (min)"]))
    whole = rounds.median_ms("whole path")
    stages = sum(rounds.median_ms(s) for s in ("fetch", "text", "facts", "state"))
    print()
    print("whole path by stage (medians, ms/article): " + ", ".join(
        f"{s} {rounds.median_ms(s):.2f} ({rounds.median_ms(s) / stages:.0%})"
        for s in ("fetch", "text", "facts", "state"))
        + f"; sum {stages:.2f} vs whole path {whole:.2f}")
    ratio = rounds.ratios("whole path", YARDSTICK)
    facts_ms = rounds.ms_per_unit("facts")
    targets([
        [">= 100 articles/s per core (whole path)",
         f"{1000 / whole:.0f}/s ({1000 / min(rounds.ms_per_unit('whole path')):.0f}/s)",
         verdict(1000 / whole >= 100)],
        [f"whole path <= 1.5x {YARDSTICK}", "{}x ({}x)".format(*med_min(ratio)),
         verdict(statistics.median(ratio) <= 1.5)],
        ["facts <= 3 ms per article", "{} ms ({} ms)".format(*med_min(facts_ms)),
         verdict(rounds.median_ms("facts") <= 3)],
    ])
    if profile:
        print()
        print("## cProfile of the whole path, one pass over the corpus (profiler overhead "
              "included)")
        print(profile)


if __name__ == "__main__":
    main()
