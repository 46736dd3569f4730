"""What ``extract_facts`` returns on a fixed set of articles, to compare two versions exactly.

A speed change to ``monitor/extract/`` must change no extracted fact. This writes one JSON
line per case (its name, then what the extractor returned) for:

- every devset article (``$MONITOR_DEVSET`` or ../shared/devset), the seeds
  (tests/fixtures/seeds) and the bench corpus's articles (``corpus.make_corpus``: the article
  benchmark's 240 pages, plus pages 240 to ``--pages`` of the endless corpus), each through
  ``extract_facts`` (the facts), ``candidates_with_rules`` (the candidates and the rules that
  fired for each: the scorer's features) and ``explain`` (the ``--explain`` text);
- the devset and the seeds again with a gazetteer: every title the first pass found, as
  ``known_shows``, and the highest season it gave each as ``known_seasons`` (the service
  passes the store's confirmed titles the same way).

Run it once with the old code importable and once with the new, then compare the two files::

    git archive BASE | tar -x -C /tmp/facts-base
    cd /tmp && PYTHONPATH=/tmp/facts-base:WT/bench WT/.venv/bin/python \\
        WT/bench/facts_compare.py --out /tmp/before.jsonl
    cd /tmp && PYTHONPATH=WT:WT/bench WT/.venv/bin/python WT/bench/facts_compare.py \\
        --out /tmp/after.jsonl
    .venv/bin/python bench/facts_compare.py --compare /tmp/before.jsonl /tmp/after.jsonl

The first line of each file names the ``monitor`` package that produced it. Keep the files
outside the repository (they hold facts of third-party articles). ``--compare`` prints the
names of the cases that differ, never their content, and of an article of a sealed fold only
that one changed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import corpus
from common import DEVSET, SEEDS

import monitor
from monitor.extract.evaluate import load_corpus
from monitor.extract.explain import explain
from monitor.extract.facts import candidates_with_rules, extract_facts
from monitor.extract.folds import load_folds
from monitor.ingest.text import extract_page_text
from monitor.models import Article, Fact, ShowName


def articles(pages: int) -> Iterator[tuple[str, Article]]:
    """(case name, article) for every article compared."""
    if DEVSET.is_dir():
        for item in load_corpus(DEVSET):
            yield f"devset:{item.id}", item.article
    for item in load_corpus(SEEDS):
        yield f"seed:{item.id}", item.article
    bench = corpus.make_corpus(min(pages, 240)) + [corpus.make_page(i)
                                                   for i in range(240, pages)]
    for page in bench:
        text = extract_page_text(page.body, url=page.url, content_type=page.content_type)
        yield f"corpus:{page.url}", Article(
            url=page.url, title=text.title, text=text.text,
            published=text.published or page.published, feed_url="bench", guid=page.url)


def _facts(facts: list[Fact]) -> list[dict[str, object]]:
    return [f.as_dict() for f in facts]


def outcome(article: Article, known: tuple[ShowName, ...] = (),
            seasons: dict[str, int] | None = None) -> dict[str, Any]:
    try:
        facts = extract_facts(article, known, seasons)
        candidates, fired = candidates_with_rules(article, known, seasons)
        out: dict[str, Any] = {
            "facts": _facts(facts), "candidates": _facts(candidates),
            "fired": [sorted(f) for f in fired]}
        if not known:
            out["explain"] = explain(article)[1]
        return out
    except Exception as exc:  # noqa: BLE001 - an error is an outcome to compare too
        return {"error": f"{type(exc).__name__}: {exc}"}


def dump(out: Path, pages: int) -> None:
    found: dict[str, int] = {}
    gazetteer: list[tuple[str, Article]] = []
    count = 0
    with out.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"monitor": str(Path(monitor.__file__).parent)}) + "\n")
        for name, article in articles(pages):
            result = outcome(article)
            fh.write(json.dumps({"case": name, **result}, ensure_ascii=False) + "\n")
            count += 1
            if not name.startswith("corpus:"):
                gazetteer.append((name, article))
                for fact in result.get("facts", []):
                    found[fact["show"]] = max(found.get(fact["show"], 0), fact["season"] or 0)
        known = tuple(ShowName(title) for title in sorted(found))
        seasons = {title: n for title, n in found.items() if n}
        for name, article in gazetteer:
            result = outcome(article, known, seasons)
            fh.write(json.dumps({"case": f"known:{name}", **result}, ensure_ascii=False) + "\n")
            count += 1
    print(f"{count} cases written to {out} ({len(found)} titles in the gazetteer)")


def compare(before: Path, after: Path) -> int:
    def read(path: Path) -> tuple[str, dict[str, str]]:
        lines = path.read_text(encoding="utf-8").splitlines()
        cases = {}
        for line in lines[1:]:
            record = json.loads(line)
            cases[record.pop("case")] = json.dumps(record, sort_keys=True)
        return lines[0], cases

    head_a, a = read(before)
    head_b, b = read(after)
    print(f"before: {head_a}\nafter:  {head_b}")
    folds = load_folds()
    differ = [name for name in a.keys() | b.keys() if a.get(name) != b.get(name)]
    hidden = 0
    for name in sorted(differ):
        ident = name.split(":")[-1]
        if name.split(":")[-2] == "devset" and folds.is_sealed(ident):
            hidden += 1
            continue
        print(f"differs: {name}")
    if hidden:
        print(f"differs: {hidden} case(s) of sealed articles (facts changed; not shown)")
    print(f"{len(differ)} of {len(a.keys() | b.keys())} cases differ")
    return 1 if differ else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="write the cases here (JSON lines)")
    parser.add_argument("--pages", type=int, default=480,
                        help="bench corpus pages (default 480)")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        sys.exit(compare(*args.compare))
    if not args.out:
        parser.error("--out or --compare")
    dump(args.out, args.pages)


if __name__ == "__main__":
    main()
