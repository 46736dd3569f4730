"""What ``extract_page_text`` returns on a fixed set of pages, to compare two versions exactly.

A speed change to ``monitor/ingest/text.py`` must not change what it extracts. This writes one
JSON line per page (its case name, then title, text and published date, or the error it raised)
for:

- the bench corpus (``corpus.make_corpus``: 240 pages, the article benchmark's, plus pages 240
  to ``--pages`` of the endless corpus so every layout is well represented);
- the seed pages (tests/fixtures/seeds, HTML and text) and the fuzz generator's mutated pages
  (``fuzz.page_case``, ``--fuzz`` of them);
- the pages the test suite handed to the HTML and text extractors, when recorded with
  ``bench/record_pages.py`` (``--recorded DIR``).

Run it once with the old code importable and once with the new, then compare the two files::

    git archive BASE | tar -x -C /tmp/text-base
    pytest -q -p no:cacheprovider -p record_pages tests   # with PYTHONPATH=bench and
                                                           # RECORD_PAGES=/tmp/pages (optional)
    PYTHONPATH=/tmp/text-base .venv/bin/python bench/text_compare.py --recorded /tmp/pages \\
        --out /tmp/before.jsonl
    .venv/bin/python bench/text_compare.py --recorded /tmp/pages --out /tmp/after.jsonl
    .venv/bin/python bench/text_compare.py --compare /tmp/before.jsonl /tmp/after.jsonl

The first line of each file names the ``monitor`` package that produced it.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import corpus
import fuzz
from common import SEEDS

import monitor
from monitor.errors import ParseError
from monitor.ingest import text as text_module


def cases(pages: int, fuzz_count: int, recorded: Path | None) -> Iterator[tuple[str, Any]]:
    """(case name, a function of no argument giving the result) for every page compared."""
    for page in corpus.make_corpus(min(pages, 240)):
        yield f"corpus:{page.url}", _page_text(page.body, page.url, page.content_type)
    for i in range(240, pages):
        page = corpus.make_page(i)
        yield f"corpus:{page.url}", _page_text(page.body, page.url, page.content_type)
    for path in sorted(SEEDS.iterdir()):
        if path.suffix in (".html", ".txt"):
            yield f"seed:{path.name}", _page_text(path.read_bytes(), f"file:///seeds/{path.name}",
                                                  None)
    rng = random.Random(14)
    for n in range(fuzz_count):
        body, kind = fuzz.page_case(rng)
        yield f"fuzz:{n}", _page_text(body, f"https://n.example/page{n}", kind)
    if recorded is not None:
        for path in sorted(recorded.glob("*.json")):
            record = json.loads(path.read_text())
            yield (f"recorded:{path.stem}",
                   _recorded(record["function"], record["markup"], record["url"]))


def _page_text(body: bytes, url: str, content_type: str | None) -> Any:
    return lambda: text_module.extract_page_text(body, url=url, content_type=content_type)


def _recorded(function: str, markup: str, url: str) -> Any:
    if function == "html_page":
        return lambda: text_module.html_page(markup, url)
    return lambda: text_module.plain_text_page(markup)


def outcome(run: Any) -> dict[str, Any]:
    try:
        page = run()
    except ParseError as exc:
        return {"error": f"ParseError: {exc}"}
    return {"title": page.title, "text": page.text,
            "published": page.published.isoformat() if page.published else None}


def dump(out: Path, pages: int, fuzz_count: int, recorded: Path | None) -> int:
    count = 0
    with out.open("w", encoding="utf-8") as sink:
        sink.write(json.dumps({"monitor": str(Path(monitor.__file__).parent)}) + "\n")
        for name, run in cases(pages, fuzz_count, recorded):
            sink.write(json.dumps({"case": name, **outcome(run)}, ensure_ascii=False) + "\n")
            count += 1
    return count


def compare(before: Path, after: Path) -> int:
    """The number of cases whose output differs (cases present in one file only count too)."""
    old = before.read_text(encoding="utf-8").splitlines()[1:]
    new = after.read_text(encoding="utf-8").splitlines()[1:]
    differ = sum(a != b for a, b in zip(old, new, strict=False)) + abs(len(old) - len(new))
    for a, b in zip(old, new, strict=False):
        if a != b:
            print("differs:", json.loads(a)["case"])
    print(f"{len(old)} cases before, {len(new)} after, {differ} differ")
    return differ


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path)
    parser.add_argument("--pages", type=int, default=600)
    parser.add_argument("--fuzz", type=int, default=1000)
    parser.add_argument("--recorded", type=Path)
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        sys.exit(1 if compare(*args.compare) else 0)
    if not args.out:
        parser.error("--out or --compare is required")
    count = dump(args.out, args.pages, args.fuzz, args.recorded)
    print(f"{count} cases written to {args.out} by {Path(monitor.__file__).parent}")


if __name__ == "__main__":
    main()
