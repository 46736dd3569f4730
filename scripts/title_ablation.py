"""What each title rule family contributes: turn it off, score again (open folds only).

    .venv/bin/python scripts/title_ablation.py [DEVSET]

A *veto* family turned off keeps the candidates it vetoed; a *cue* family turned off drops the
titles that only it proposed (a title with another cue stays). Each line gives compatible
P / R / F1 on the open folds' articles 075+, then F1 on the open folds' 075+ split into the
folds read longest and the last fold opened (the freshest evidence: a family that helps the
first and hurts the last is memory), on 001-074 (every fold: those are not sealed), and how
many open 075+ articles change score: a family that moves one or two articles is a memory of
them, not a mechanism. The sealed folds are never scored here (issue 10's protocol:
only `monitor eval --folds 5`, in aggregate, at milestones).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Collection, Sequence
from pathlib import Path

from monitor.extract import shows
from monitor.extract.evaluate import (
    ArticleResult,
    CorpusArticle,
    aggregate,
    load_corpus,
    run_articles,
)
from monitor.extract.folds import is_new_article, load_folds
from monitor.extract.titles import Verdict

VETOES = ("title.veto.network", "title.veto.place", "title.veto.nationality",
          "title.veto.person_name", "title.veto.section_label", "title.veto.sports",
          "title.veto.adverb", "title.veto.pronoun", "title.veto.first_name_or_initials",
          "title.veto.surname", "title.veto.other_work", "title.veto.common_word",
          "title.veto.person_context", "title.veto.headline_fragment", "title.veto.event",
          "title.veto.description")
CUES = ("season", "trigger", "list", "quoted", "slug", "possessive", "headline_lead",
        "status_line", "heading", "both", "context", "known", "headline")

_ORIGINAL_DECIDE = shows._decide


def _ablated(vetoes: Collection[str], cues: Collection[str]) -> Callable[..., list[str]]:
    def decide(verdicts: Sequence[Verdict], persons: Collection[str], fragments: Sequence[str],
               found: dict[str, set[str]], *rest: object) -> list[str]:
        kept = _ORIGINAL_DECIDE(verdicts, persons, fragments, found, *rest)
        freed = [v.title for v in verdicts if not v.kept and v.rule in vetoes]
        if "title.veto.person_context" in vetoes:
            freed += list(persons)
        if "title.veto.headline_fragment" in vetoes:
            freed += list(fragments)
        kept = [*kept, *(t for t in freed if t not in kept)]
        return [t for t in kept if not (t in found and found[t] and found[t] <= set(cues))]
    return decide


def _score(items: Sequence[CorpusArticle]) -> tuple[list[ArticleResult], str]:
    results = run_articles(items)
    p, r, f = aggregate("", results).overall.compatible
    return results, f"{p:.3f} / {r:.3f} / {f:.3f}"


def _split(results: Sequence[ArticleResult], is_last: Sequence[bool]) -> str:
    """Compatible F1 of the earlier open folds and of the last one opened, side by side."""
    earlier = [r for r, last in zip(results, is_last, strict=True) if not last]
    latest = [r for r, last in zip(results, is_last, strict=True) if last]
    return (f"{aggregate('', earlier).overall.compatible[2]:<8.3f} "
            f"{aggregate('', latest).overall.compatible[2]:.3f}")


def main(argv: Sequence[str]) -> int:
    corpus_dir = Path(argv[0]) if argv else Path("/work/shared/devset")
    folds = load_folds()
    open_ids = {a for i, fold in enumerate(folds.folds, start=1) if i not in folds.sealed
                for a in fold}
    corpus = load_corpus(corpus_dir)
    open_new = [c for c in corpus if c.id[:3] in open_ids and is_new_article(c.id[:3])]
    old = [c for c in corpus if not is_new_article(c.id[:3])]
    last = max(i for i in range(1, len(folds.folds) + 1) if i not in folds.sealed)
    is_last = [folds.fold_of(c.id) == last for c in open_new]
    base_new, base_new_text = _score(open_new)
    _, base_old_text = _score(old)
    print(f"{'family':40} {'open 075+ P / R / F1':24} {'earlier':8} {f'fold {last}':8} "
          f"{'001-074 P / R / F1':24} articles")
    print(f"{'(all on)':40} {base_new_text:24} {_split(base_new, is_last):17} "
          f"{base_old_text:24}")
    for family in (*VETOES, *(f"cue.{c}" for c in CUES)):
        if family.startswith("cue."):
            shows._decide = _ablated((), {family[4:]})
        else:
            shows._decide = _ablated({family}, ())
        try:
            new, new_text = _score(open_new)
            _, old_text = _score(old)
        finally:
            shows._decide = _ORIGINAL_DECIDE
        moved = sum(a.counts != b.counts for a, b in zip(base_new, new, strict=True))
        print(f"{family:40} {new_text:24} {_split(new, is_last):17} {old_text:24} {moved}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
