"""Does the work of reading one article grow linearly with its size? (issue 16)

The static ReDoS check (tests/test_redos.py) sees regular expressions only. The two fuzzed
pages that ran past their budget were slow for another reason: Python code doing, for every
clause break of a 220 KB headline, a loop over every show mention in it (quadratic), and a
long article naming thousands of titles made every per-title step scan the whole text. This
check catches that class: each hostile shape below is read (page -> text -> facts, the worker's
job) at sizes n, 2n and 4n, and the *work* is counted (Python line and call events, through
``sys.settrace``): a deterministic count, not a time, so it means the same on a busy machine.
Doubling the input of linear code doubles the count; quadratic code quadruples it.

Lines are capped at 2,000 characters before matching (monitor.extract.facts.MAX_LINE_CHARS),
so work inside one line may grow faster than linearly up to that cap; the sizes here are all
past it, which is what the cap is for: what must stay linear is the article.

    python bench/growth.py                 # every shape at 8, 16 and 32 KB
    python bench/growth.py --base 3000     # smaller (tests/test_growth.py runs some shapes so)
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from monitor.errors import ParseError
from monitor.models import FeedItem
from monitor.pipeline import read_article

NOW = dt.datetime(2025, 3, 10, 12, 0, tzinfo=dt.UTC)
#: The largest count ratio allowed for a doubled input (linear is 2, quadratic 4).
MAX_RATIO = 2.5

#: Runs repeated along one long line: fuzz.RUNS, and phrases that give every stage of the fact
#: extractor many items at once (triggers, show mentions, dates, seasons, clause breaks).
RUNS = ("1", "a", "A", "Ab ", " ", "-", "<", "&", "(", "Salt Road, ", "x.", "Salt Road renewed, ",
        "Season 2, ", "renewed ", "June 3, 2025, ", '"Salt Road" ', "Salt Road and Glass Harbor, ",
        "(HBO, June 3) ", "; ", "Salt Road: ", "Salt Road premieres June 5. ", "renewed June 5 ",
        "HBO renewed Salt Road for season 3 in 2025; ", "Ab Cd Ef ", "S2 ", "wrapped filming ",
        "It was renewed. ")


def _word(number: int) -> str:
    """A distinct made-up capitalised word per number ("Bora", "Cora", ... "Baqora")."""
    letters = ""
    number += 1
    while number:
        number, digit = divmod(number, 26)
        letters += "abcdefghijklmnopqrstuvwxyz"[digit]
    return (letters + "ora").capitalize()


#: One sentence per number, each naming new titles: the article-level shapes.
DISTINCT: dict[str, Callable[[int], str]] = {
    "renewed titles": lambda i: f"HBO renewed {_word(i)} {_word(i + 7)} for a second season. ",
    "quoted titles": lambda i: f'"{_word(i)} {_word(i + 3)}" premieres June {i % 28 + 1}. ',
    "title lines": lambda i: f"{_word(i)} Road: renewed\n",
    "people and titles": lambda i: f"Mary {_word(i)} joins {_word(i + 1)} Harbor season 2. ",
    "season of titles": lambda i: f"the {_word(i).lower()} season of {_word(i)} Lane wrapped. ",
    "long titles": lambda i: " ".join(_word(i + k) for k in range(i % 40 + 1)) + " season 2. ",
}

#: HTML structures, repeated: the page-text stage's shapes.
MARKUP = {
    "paragraphs": "<p>HBO renewed Salt Road for a second season in June.</p>",
    "nested divs": "<div class='c'><p>HBO renewed Salt Road for a second season.</p>",
    "nested chrome": "<div class='sidebar related'><p>Salt Road premieres June 5.</p>",
    "links": "<a href='/x'>Salt Road</a> ",
    "list items": "<li>Salt Road (HBO, June 3)</li>",
    "table cells": "<td>Salt Road</td>",
    "comments": "<!-- x --><p>Salt Road wrapped.</p>",
    "nested quotes": "<blockquote><p>Salt Road renewed.</p>",
    "unclosed tags": "<p><b><i>Salt Road renewed ",
}


@dataclass(frozen=True)
class Case:
    """One input: a page body and its media type."""

    body: bytes
    content_type: str


def _repeat(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


def _page(body: str, title: str = "Salt Road renewed") -> str:
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"{body}</article></body></html>")


def shapes() -> dict[str, Callable[[int], Case]]:
    """name -> a function from a size in characters to the case of about that size."""
    out: dict[str, Callable[[int], Case]] = {}
    for run in RUNS:
        out[f"one line of {run!r}"] = lambda size, run=run: Case(
            ("Salt Road renewed\n\nHBO renewed Salt Road.\n\n" + _repeat(run, size)
             + "(Salt Road renewed\n").encode(), "text/plain")
        out[f"headline of {run!r}"] = lambda size, run=run: Case(
            _page("<p>HBO has renewed Salt Road for a second season.</p>",
                  (_repeat(run, size) + "(Salt Road renewed").replace("&", "&amp;")
                  .replace("<", "&lt;")).encode(),
            "text/html")
    for name, make in DISTINCT.items():
        def distinct(size: int, make: Callable[[int], str] = make) -> Case:
            parts: list[str] = []
            total = number = 0
            while total < size:
                parts.append(make(number))
                total += len(parts[-1])
                number += 1
            return Case(("Salt Road renewed\n\n" + "".join(parts)).encode(), "text/plain")
        out[name] = distinct
    for name, unit in MARKUP.items():
        out[f"html {name}"] = lambda size, unit=unit: Case(
            _page(_repeat(unit, size)).encode(), "text/html")
    return out


def count_work(fn: Callable[..., Any], *args: Any) -> int:
    """The number of Python line and call events while ``fn(*args)`` runs (ParseError is an
    answer like any other)."""
    events = 0

    def trace(frame: Any, event: str, arg: Any) -> Any:
        nonlocal events
        events += 1
        return trace

    previous = sys.gettrace()
    sys.settrace(trace)
    try:
        fn(*args)
    except ParseError:
        pass
    finally:
        sys.settrace(previous)
    return events


def read(case: Case) -> None:
    url = "https://n.example/a"
    item = FeedItem("https://n.example/feed.xml", url, url, "", None)
    read_article(case.body, url, case.content_type, item, NOW, ())


def growth(make: Callable[[int], Case], base: int, steps: int = 3) -> list[int]:
    """The work of reading the case at ``base``, 2x``base``, 4x``base``... characters."""
    try:
        read(make(base // 4))  # warm-up: first calls fill caches and compile patterns
    except ParseError:
        pass
    return [count_work(read, make(base * 2 ** step)) for step in range(steps)]


def ratios(counts: list[int]) -> list[float]:
    return [later / max(1, earlier) for earlier, later in zip(counts, counts[1:], strict=False)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", type=int, default=8000, help="smallest size (characters)")
    parser.add_argument("--only", help="shapes whose name contains this")
    args = parser.parse_args(argv)
    bad = 0
    print(f"{'shape':45} {'work at n, 2n, 4n':>36}  ratios (linear 2.0, limit {MAX_RATIO})")
    for name, make in shapes().items():
        if args.only and args.only not in name:
            continue
        counts = growth(make, args.base)
        steps = ratios(counts)
        verdict = "SUPER-LINEAR" if steps[-1] > MAX_RATIO else ""
        bad += bool(verdict)
        print(f"{name:45} {' '.join(f'{c:>11,}' for c in counts)}  "
              f"{' '.join(f'{r:.2f}' for r in steps)} {verdict}", flush=True)
    print(f"{bad} shape(s) super-linear")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
