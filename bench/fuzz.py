"""Seeded mutation fuzzing of feed parsing, page text and fact extraction (issue 16).

Each case starts from a small feed or page written here and applies a few random mutations
(hostile characters and references, long runs before punctuation, truncation, duplicated
slices, flipped bytes). A case passes when the stage returns or raises the monitor's own
``ParseError``; anything else is a crash. Page cases run through real worker processes with a
per-article budget, so a case over budget is counted, not waited for.

    python bench/fuzz.py                  # 10,000 feeds and 10,000 pages (the long run)
    python bench/fuzz.py --feeds 500 --pages 500 --seed 7

``tests/test_fuzz.py`` runs a few hundred cases of the same generator in the test suite.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import random
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field

from monitor.errors import ParseError
from monitor.ingest.feeds import parse_feed
from monitor.models import FeedItem
from monitor.pipeline import read_article
from monitor.workers import WorkerPool

NOW = dt.datetime(2025, 3, 10, 12, 0, tzinfo=dt.UTC)

FEED_SEEDS = (
    b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>TV</title>'
    b"<item><title>HBO renews Salt Road &amp; more</title><link>https://n.example/a</link>"
    b"<guid>a</guid><pubDate>Mon, 03 Mar 2025 10:00:00 GMT</pubDate>"
    b"<description>&lt;p&gt;Season 2 is coming.&lt;/p&gt;</description></item>"
    b"<item><title>Glass Harbor wraps</title><link>/b</link></item></channel></rss>",
    b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>TV</title>'
    b'<entry><id>urn:x:1</id><title type="html">Filming &lt;b&gt;starts&lt;/b&gt;</title>'
    b'<link href="https://n.example/c"/><updated>2025-03-04T10:00:00Z</updated>'
    b"<content type=\"html\">The show begins filming in June.</content></entry></feed>",
)
PAGE_SEEDS = (
    "<html><head><title>Salt Road renewed | TV</title><meta property=\"article:published_time\""
    " content=\"2025-03-03\"></head><body><nav>Home</nav><article><h1>Salt Road renewed</h1>"
    "<p>HBO has renewed Salt Road for a second season, which begins filming in June 2025."
    "</p><figure>photo</figure><p>The Crossing (Netflix, June 3) premieres soon.</p>"
    "</article><footer>(c)</footer></body></html>",
    "Glass Harbor wraps\n\nNetflix confirmed that filming on Glass Harbor season 3 wrapped "
    "yesterday. The season will have 8 episodes and premieres in spring 2026.\n",
)
HOSTILE = ("&#55357;&#56842;", "&#55357;", "&#0;", "&#x110000;", "&#99999999999;", "\x00",
           "\x01", "\x0b", "\x1f", "\x7f", "\ufffe", "\ud800", "\u202e", "\xad", "<![CDATA[",
           "]]>", "<!--", "&", "&amp", "<", ">", '"', "'", "(", ")", ":", "\n", "\r", "\t",
           "<script>", "</p>", "<p>", "<item>", "</item>", "<entry>", "&lt;", "Season ",
           "renewed ", "2025", "(HBO, June 3)", "\u00e9", "\U0001F60A")
RUNS = ("1", "a", "A", "Ab ", " ", "-", "<", "&", "(", "Salt Road, ", "\n", "x.")


def _mutate(data: str, rng: random.Random) -> str:
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(6)
        at = rng.randrange(len(data) + 1)
        if op == 0:
            data = data[:at] + rng.choice(HOSTILE) + data[at:]
        elif op == 1:  # a long run, often followed by punctuation: finding 1's shape
            run = rng.choice(RUNS) * rng.choice((100, 1_000, 20_000))
            data = data[:at] + run + rng.choice(("(", ":", "", ")", ";")) + data[at:]
        elif op == 2:
            data = data[:at]
        elif op == 3 and data:
            start = rng.randrange(len(data))
            data = data[:at] + data[start:start + rng.randint(1, 200)] * rng.randint(1, 20) \
                + data[at:]
        elif op == 4 and data:
            data = data[:at] + data[at + rng.randint(1, 50):]
        else:
            data = data[:at] + chr(rng.randrange(0x110000)) + data[at:]
    return data


def feed_case(rng: random.Random) -> bytes:
    seed = rng.choice(FEED_SEEDS).decode("utf-8")
    text = _mutate(seed, rng)
    data = text.encode("utf-8", "surrogatepass")
    if rng.random() < 0.2:  # flipped bytes: invalid UTF-8 in a document declaring UTF-8
        raw = bytearray(data)
        for _ in range(rng.randint(1, 5)):
            if raw:
                raw[rng.randrange(len(raw))] = rng.randrange(256)
        data = bytes(raw)
    return data


def page_case(rng: random.Random) -> tuple[bytes, str]:
    seed = rng.choice(PAGE_SEEDS)
    text = _mutate(seed, rng)
    kind = "text/html" if seed.startswith("<") or rng.random() < 0.3 else "text/plain"
    return text.encode("utf-8", "surrogatepass"), kind


@dataclass
class Report:
    cases: int = 0
    ok: int = 0
    parse_errors: int = 0
    over_budget: int = 0
    crashes: list[str] = field(default_factory=list)
    seconds: float = 0.0
    #: The slowest case: (seconds, case number).
    slowest: tuple[float, int] = (0.0, -1)

    def timed(self, number: int, started: float) -> None:
        self.slowest = max(self.slowest, (time.monotonic() - started, number))

    def line(self, what: str) -> str:
        return (f"{what}: {self.cases} cases in {self.seconds:.1f} s: {self.ok} read, "
                f"{self.parse_errors} refused with a ParseError, {len(self.crashes)} crashes, "
                f"{self.over_budget} over budget; slowest case {self.slowest[1]} in "
                f"{self.slowest[0]:.2f} s")


def fuzz_feeds(count: int, seed: int) -> Report:
    rng, report = random.Random(seed), Report()
    started = time.monotonic()
    for number in range(count):
        data = feed_case(rng)
        report.cases += 1
        case_started = time.monotonic()
        try:
            parse_feed(data, f"https://n.example/feed{number}.xml")
            report.ok += 1
        except ParseError:
            report.parse_errors += 1
        except Exception:
            report.crashes.append(f"feed case {number}: {traceback.format_exc(limit=3)}")
        report.timed(number, case_started)
    report.seconds = time.monotonic() - started
    return report


def fuzz_pages(count: int, seed: int, *, budget: float = 10.0, workers: int = 2,
               progress: Callable[[int], None] | None = None) -> Report:
    rng, report = random.Random(seed), Report()
    started = time.monotonic()
    with WorkerPool(workers, budget) as pool:
        for number in range(count):
            body, kind = page_case(rng)
            url = f"https://n.example/page{number}"
            item = FeedItem("https://n.example/feed.xml", url, url, "", None,
                            summary="Fallback summary about Salt Road season 2.")
            report.cases += 1
            case_started = time.monotonic()
            try:
                pool.run(read_article, body, url, kind, item, NOW, (), what=url)
                report.ok += 1
            except ParseError as exc:
                text = str(exc)
                if "took longer than" in text:
                    report.over_budget += 1
                elif "unexpected error" in text or "the worker died" in text:
                    report.crashes.append(f"page case {number}: {text}")  # contained, but a bug
                else:
                    report.parse_errors += 1
            except Exception:
                report.crashes.append(f"page case {number}: {traceback.format_exc(limit=3)}")
            report.timed(number, case_started)
            if progress is not None and number % 1000 == 999:
                progress(number + 1)
    report.seconds = time.monotonic() - started
    return report


def unexpected_in_pages(count: int, seed: int) -> list[str]:
    """Page cases whose ParseError came from a library failure (not a plain refusal): these
    are contained, but worth a look. Run inline, so no budget: for the test suite's few."""
    rng, odd = random.Random(seed), []
    for number in range(count):
        body, kind = page_case(rng)
        url = f"https://n.example/page{number}"
        item = FeedItem("https://n.example/feed.xml", url, url, "", None)
        try:
            read_article(body, url, kind, item, NOW, ())
        except ParseError:
            pass
        except Exception:
            odd.append(f"page case {number}: {traceback.format_exc(limit=3)}")
    return odd


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=10_000)
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--budget", type=float, default=10.0,
                        help="seconds one page may take (the daemon's default is 30)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.CRITICAL)  # the libraries' complaints about broken input
    feeds = fuzz_feeds(args.feeds, args.seed)
    print(feeds.line("feeds"), flush=True)
    pages = fuzz_pages(args.pages, args.seed, budget=args.budget,
                       progress=lambda n: print(f"  pages: {n} done", flush=True))
    print(pages.line("pages"), flush=True)
    for crash in (feeds.crashes + pages.crashes)[:10]:
        print(crash, file=sys.stderr)
    return 1 if feeds.crashes or pages.crashes or pages.over_budget else 0


if __name__ == "__main__":
    sys.exit(main())
