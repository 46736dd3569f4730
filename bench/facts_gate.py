"""How far the trigger-gated shape can go: an experiment on a patched copy, not a change.

    .venv/bin/python bench/facts_gate.py [--passes 5] [--quick]

Issue 14's eighth pass (branch ``fast15``, bench/README.md) asked whether the per-sentence work
of ``extract_facts`` can run only on the sentences that can give a fact, with the others
feeding the article-wide evidence cheaply. This measures the ceiling of that shape and what it
costs in facts, without changing ``monitor/``:

- ``monitor/`` is copied into a temporary directory and the copy's ``shows.discover`` is
  patched (a textual patch, checked to apply) so that a body sentence the gate refuses is
  skipped whole: no title spans, no cues, no quoted titles (only the carry-over of "a show
  was brought in" to the next sentence is kept); the headline is never gated;
- the copy's ``facts._build_context`` (the article context: main show, seasons named, new
  shows, ...) is given the gated sentences only;
- the gate is the trigger pre-pass of the sentence loop on the sentence as written:
  ``_find_triggers`` or ``_episode_hits`` finds something. Its verdicts are computed in a
  first pass and looked up afterwards (a *free* gate): the times are the shape's bound.

For each set (the bench corpus's 240 articles, the devset's articles outside the sealed fold,
the seeds) it prints the sentences, how many pass the gate, in how many articles the facts
change (a count: no names, no text) and ``extract_facts``'s CPU time per article with and
without the gate (the least of ``--passes`` passes, the two alternated pass by pass).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from common import DEVSET, REPO, SEEDS

#: The patch: the anchor in ``shows.discover`` and what replaces it.
_ANCHOR = """        spans = title_spans(text, joins)
        if text is headline:
            spans = _headline_spans(text, spans, body)
"""
_GATED = """        if GATE is not None and text is not headline and not GATE(text):
            introduced = INTRODUCED_RE.search(text) is not None
            continue
""" + _ANCHOR
_DEF = "def discover(texts:"


def patched_copy(into: Path) -> None:
    """``monitor/`` copied into ``into`` with the gate hook in ``shows.discover``."""
    shutil.copytree(REPO / "monitor", into / "monitor",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shows = into / "monitor" / "extract" / "shows.py"
    source = shows.read_text(encoding="utf-8")
    if source.count(_ANCHOR) != 1 or source.count(_DEF) != 1:
        raise SystemExit("facts_gate: shows.discover no longer has the patch's anchor; "
                         "update _ANCHOR")
    source = source.replace(_ANCHOR, _GATED).replace(_DEF, f"GATE = None\n\n\n{_DEF}")
    shows.write_text(source, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="tiny sizes")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="facts_gate_"))
    try:
        patched_copy(tmp)
        sys.path.insert(0, str(tmp))
        run(args.passes if not args.quick else 1, args.quick)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def run(passes: int, quick: bool) -> None:
    import corpus  # noqa: PLC0415 - after the patched copy is first on the path

    from monitor.extract import facts, shows  # noqa: PLC0415
    from monitor.extract.evaluate import load_corpus  # noqa: PLC0415
    from monitor.extract.folds import load_folds  # noqa: PLC0415
    from monitor.ingest.text import extract_page_text  # noqa: PLC0415
    from monitor.models import Article  # noqa: PLC0415

    assert str(Path(facts.__file__)).startswith(tempfile.gettempdir()), facts.__file__
    sets: dict[str, list[Article]] = {"corpus": []}
    for page in corpus.make_corpus(12 if quick else 240):
        text = extract_page_text(page.body, url=page.url, content_type=page.content_type)
        sets["corpus"].append(Article(
            url=page.url, title=text.title, text=text.text,
            published=text.published or page.published, feed_url="bench", guid=page.url))
    if DEVSET.is_dir():
        folds = load_folds()  # the sealed fold is left out whole: never read one by one
        sets["devset outside the sealed fold"] = [
            item.article for item in load_corpus(DEVSET)
            if folds.fold_of(item.id) not in folds.sealed][:10 if quick else None]
    sets["seeds"] = [item.article for item in load_corpus(SEEDS)]

    verdicts: dict[str, bool] = {}

    def gate(text: str) -> bool:
        if text not in verdicts:
            verdicts[text] = bool(facts._find_triggers(text)) or bool(facts._episode_hits(text))
        return verdicts[text]

    whole_context = facts._build_context

    def gated_context(article: Article, sentences: Any, index: Any, known: Any) -> Any:
        return whole_context(article, [s for s in sentences if gate(s.text)], index, known)

    skipped = [0]  # body sentences discovery skipped: the patch at work

    def discovery_gate(text: str) -> bool:
        passes = gate(text)
        skipped[0] += not passes
        return passes

    def gated(on: bool) -> None:
        shows.GATE = discovery_gate if on else None  # type: ignore[attr-defined]
        facts._build_context = gated_context if on else whole_context  # type: ignore[assignment]

    def outcome(article: Article) -> list[dict[str, Any]]:
        return [fact.as_dict() for fact in facts.extract_facts(article)]

    print("# Facts on trigger sentences only: the shape's bound (bench/facts_gate.py)")
    print("| set | articles | sentences | pass the gate | skipped by discovery | facts change in "
          "| CPU ms/article: all sentences | gated | ratio |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, articles in sets.items():
        gated(False)
        before = [outcome(a) for a in articles]
        gated(True)
        skipped[0] = 0
        after = [outcome(a) for a in articles]  # also fills the gate's verdicts
        skipped_once = skipped[0]
        texts = [s for a in articles for line, _ in facts.topical_lines(a.text, a.title)
                 for s in facts.split_sentences(line)]
        passing = sum(gate(t) for t in texts)
        best = {False: float("inf"), True: float("inf")}
        for _ in range(passes):
            for on in (False, True):
                gated(on)
                start = time.process_time()
                for article in articles:
                    facts.extract_facts(article)
                best[on] = min(best[on], (time.process_time() - start) / len(articles) * 1e3)
        gated(False)
        changed = sum(b != a for b, a in zip(before, after, strict=True))
        print(f"| {name} | {len(articles)} | {len(texts)} | {passing} | {skipped_once} | "
              f"{changed} | "
              f"{best[False]:.2f} | {best[True]:.2f} | {best[False] / best[True]:.3f}x |")


if __name__ == "__main__":
    main()
