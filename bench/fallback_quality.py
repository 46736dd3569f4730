"""The pages our main-text reading misses: trafilatura against our second reading, scored.

    .venv/bin/python bench/fallback_quality.py [--pages 600] [--rounds 3] [--quick]

A page reaches the fallback of ``monitor.ingest.text.html_page`` when ``article_blocks`` finds
less than MIN_ARTICLE_CHARS in it. On those pages of the bench corpus (``corpus.make_corpus``,
which knows every page's article sentences) this compares, page by page:

- ``trafilatura``: ``text._trafilatura_blocks`` (``trafilatura.extract`` with our settings:
  no comments, tables, images, deduplication or metadata), what the fallback returned before;
- ``second reading``: ``text.prose_blocks`` (paragraph-like divs count as paragraphs, a
  page-wrapping form holding the prose stays); where it finds no article block (None) the page
  is left to trafilatura and scored as trafilatura's.

Scores per page: **body recall** (the article's sentences present in the text, whitespace
normalised), **subheadings** kept (the corpus's section headings inside the article), and
**chrome**: the blocks that are neither article sentences, the headline nor a subheading (each
counted and listed by kind). CPU time (``time.process_time``) of each on the same pages, paired
page by page (``common.run_paired``), parse included for the second reading.
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from collections import Counter
from collections.abc import Sequence

from common import Contender, header, med_min, run_paired, table, targets, verdict
from corpus import SUBHEADINGS, Page, make_corpus

from monitor.ingest import text

_SPACE = re.compile(r"\s+")
#: The corpus's subheadings as patterns (their slots filled with anything).
_SUBHEADING = re.compile("|".join(
    "(?:" + re.sub(r"\\\{\w+\\\}", ".+?", re.escape(s)) + ")" for s in SUBHEADINGS))


def _norm(value: str) -> str:
    return _SPACE.sub(" ", value.replace("*", "")).strip()


def fallback_pages(pages: Sequence[Page]) -> list[Page]:
    """The pages on which the main reading finds less than MIN_ARTICLE_CHARS."""
    out = []
    for page in pages:
        doc = text.parse_html(page.body.decode("utf-8"))
        if sum(len(b) for b in text.article_blocks(doc)) < text.MIN_ARTICLE_CHARS:
            out.append(page)
    return out


def second_reading(page: Page) -> list[str] | None:
    return text.prose_blocks(text.parse_html(page.body.decode("utf-8")))


def trafilatura_reading(page: Page) -> list[str]:
    return text._trafilatura_blocks(page.body.decode("utf-8"), page.url)


def score(page: Page, blocks: Sequence[str]) -> tuple[float, int, list[str]]:
    """(body recall, subheadings kept, chrome blocks) of ``blocks`` for ``page``."""
    joined = _norm(" ".join(blocks))
    sentences = [_norm(s) for s in page.sentences]
    recall = sum(s in joined for s in sentences) / len(sentences)
    subheadings = 0
    chrome = []
    for block in blocks:
        rest = _norm(block)
        for s in sentences:
            if s in rest:
                rest = rest.replace(s, " ")
        rest = _norm(rest)
        if not rest or _norm(block) == _norm(page.title):
            continue
        if _SUBHEADING.fullmatch(rest):
            subheadings += 1
            continue
        chrome.append(rest)
    return recall, subheadings, chrome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=600, help="corpus size (default 600)")
    parser.add_argument("--rounds", type=int, default=3, help="paired rounds (default 3)")
    parser.add_argument("--quick", action="store_true", help="tiny sizes (smoke test)")
    args = parser.parse_args()
    if args.quick:
        args.pages, args.rounds = 60, 1
    header("Fallback pages: trafilatura against the second reading")
    pages = fallback_pages(make_corpus(args.pages))
    layouts = Counter(p.layout for p in pages)
    print(f"{len(pages)} of {args.pages} corpus pages reach the fallback (layouts: "
          + ", ".join(f"{k} {v}" for k, v in sorted(layouts.items())) + ")")

    rows = []
    kinds: dict[str, Counter[str]] = {}
    results: dict[str, list[tuple[float, int, list[str]]]] = {}
    left = [p for p in pages if second_reading(p) is None]
    for name, read in (("trafilatura", trafilatura_reading),
                       ("second reading", lambda p: second_reading(p)
                        or trafilatura_reading(p))):
        results[name] = [score(p, read(p)) for p in pages]
        kinds[name] = Counter(_chrome_kind(c) for _, _, chrome in results[name] for c in chrome)
    for name, scored in results.items():
        recalls = [r for r, _, _ in scored]
        rows.append([name, f"{statistics.mean(recalls):.4f}", f"{min(recalls):.3f}",
                     sum(r == 1 for r in recalls),
                     f"{statistics.mean(s for _, s, _ in scored):.2f}",
                     f"{statistics.mean(len(c) for _, _, c in scored):.2f}",
                     sum(not c for _, _, c in scored)])
    print()
    print(table(rows, ["reading", "body recall: mean", "min", "pages with every sentence",
                       "subheadings per page", "chrome blocks per page", "pages without chrome"]))
    print(f"pages the second reading leaves to trafilatura (no article block): {len(left)}")
    for name, counter in kinds.items():
        print(f"chrome kept by {name}: " + (", ".join(
            f"{kind} x{n}" for kind, n in counter.most_common(12)) or "none"))
    paired = list(zip(results["trafilatura"], results["second reading"], strict=True))
    worse = [p.url for p, ((ra, sa, ca), (rb, sb, cb)) in zip(pages, paired, strict=True)
             if rb < ra or sb < sa or len(cb) > len(ca)]
    print(f"pages where the second reading is worse on any measure: {len(worse)}"
          + "".join(f"\n  {u}" for u in worse[:10]))

    contenders = [
        Contender("trafilatura", lambda j: trafilatura_reading(pages[j])),
        Contender("second reading", lambda j: second_reading(pages[j])),
    ]
    rounds = run_paired(contenders, len(pages), args.rounds, clock=time.process_time)
    print()
    print(rounds.reference_line())
    ratio = rounds.ratios("second reading", "trafilatura")
    print(table([[c.name, "{} ({})".format(*med_min(rounds.ms_per_unit(c.name)))]
                 for c in contenders], ["reading", "CPU ms per page: median of rounds (min)"]))
    print("second reading over trafilatura, CPU per round: {} ({})".format(*med_min(ratio)))
    targets([["the second reading no worse than trafilatura on any page (recall, subheadings, "
              "chrome)", f"{len(worse)} worse of {len(pages)}", verdict(not worse)]],
            measured="measured")


def _chrome_kind(block: str) -> str:
    """A chrome block by its first words (numbers and names vary)."""
    words = re.sub(r"\d+", "N", block).split()
    return " ".join(words[:3]) + (" ..." if len(words) > 3 else "")


if __name__ == "__main__":
    main()
