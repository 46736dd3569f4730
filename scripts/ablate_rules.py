"""What each facts rule and each trigger alternative is worth on the OPEN folds (ablation).

Turns off one engine rule (``extract/rules.py``) or one trigger alternative
(``patterns.TRIGGERS`` and the rarer families of ``patterns.FAMILY_TRIGGERS``) at a time,
re-extracts the open folds' articles and prints the change in compatible hits, predictions and
F1 (articles 075+ and 001-074 apart) and how many articles' facts changed. Sealed folds are
refused: they are scored only in aggregate.

    .venv/bin/python scripts/ablate_rules.py ../shared/devset [--triggers] [--folds 1,2,3,4]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

from monitor.extract import facts as factsmod
from monitor.extract import patterns, rules
from monitor.extract.evaluate import _as_labelled, load_corpus, score_article
from monitor.extract.folds import is_new_article, load_folds


def _score(items: list, ) -> tuple[dict[str, tuple[int, int, int]], dict[str, tuple]]:
    """(per group: gold, predicted, compatible hits), and each article's predictions."""
    groups = {"075+": [0, 0, 0], "001-074": [0, 0, 0]}
    per_article: dict[str, tuple] = {}
    for item in items:
        predicted = [_as_labelled(f) for f in factsmod.extract_facts(item.article)]
        per_article[item.id] = tuple(sorted(map(repr, predicted)))
        result = score_article(item, predicted)
        row = groups["075+" if is_new_article(item.id[:3]) else "001-074"]
        for counts in result.counts.values():
            row[0] += counts[0]
            row[1] += counts[1]
            row[2] += counts[3]
    return {k: (v[0], v[1], v[2]) for k, v in groups.items()}, per_article


def _f1(gold: int, pred: int, hits: int) -> float:
    return 2 * hits / (gold + pred) if gold + pred else 1.0


def _report(name: str, base: tuple, now: tuple) -> str:
    (bg, bp), (ng, np_) = base, now
    new_b, new_n = bg["075+"], ng["075+"]
    old_b, old_n = bg["001-074"], ng["001-074"]
    changed = sum(1 for k in bp if bp[k] != np_[k])
    return (f"{name:55s} 075+ hits {new_n[2] - new_b[2]:+3d} pred {new_n[1] - new_b[1]:+3d} "
            f"F1 {_f1(*new_n) - _f1(*new_b):+.3f} | 001-074 hits {old_n[2] - old_b[2]:+3d} "
            f"pred {old_n[1] - old_b[1]:+3d} | articles changed {changed}")


def _set_triggers(table: dict[str, tuple[str, ...]]) -> None:
    factsmod._TRIGGER_RES.clear()
    factsmod._TRIGGER_RES.update({
        kind: re.compile(r"(?i)\b(?:" + "|".join(alts) + r")") for kind, alts in table.items()})
    factsmod._TRIGGER_LOWER_RES.clear()
    factsmod._TRIGGER_LOWER_RES.update({
        kind: patterns.lower_case_regex("(?=[a-z])" + p.pattern)
        for kind, p in factsmod._TRIGGER_RES.items()})
    _forget_triggers()


def _set_families(table: dict[str, tuple[str, ...]]) -> None:
    """The rarer trigger families (``patterns.FAMILY_TRIGGERS``), compiled as facts.py does."""
    lower, any_case = factsmod.family_patterns(table)
    factsmod._FAMILY_LOWER_RES.clear()
    factsmod._FAMILY_LOWER_RES.update(lower)
    factsmod._FAMILY_RES.clear()
    factsmod._FAMILY_RES.update(any_case)
    _forget_triggers()


def _forget_triggers() -> None:
    """The memos that hold triggers read with the patterns before (each line's dates)."""
    factsmod._line_triggers.cache_clear()
    factsmod.eventdates._stated_days.cache_clear()


def _ablate_each(table: dict[str, tuple[str, ...]], install: Any, label: str, base: tuple,
                 items: list) -> None:
    """Each alternative of ``table`` left out in turn (``install`` puts a table in place), its
    change reported; the table as it was put back at the end."""
    for kind, alts in table.items():
        for n, alt in enumerate(alts):
            install({**table, kind: alts[:n] + alts[n + 1:]})
            print(_report(f"{label}{kind}[{n}] {alt[:40 - len(label)]}", base, _score(items)),
                  flush=True)
    install(table)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--folds", default="1,2,3,4")
    parser.add_argument("--triggers", action="store_true", help="ablate trigger alternatives")
    parser.add_argument("--baseline", action="store_true", help="only the figures as they are")
    args = parser.parse_args(argv)
    folds = load_folds()
    wanted = {int(x) for x in args.folds.split(",")}
    if wanted & set(folds.sealed):
        print("sealed folds are scored only in aggregate (monitor eval --folds 5)",
              file=sys.stderr)
        return 2
    ids = {a for n, fold in enumerate(folds.folds, 1) if n in wanted for a in fold}
    items = [i for i in load_corpus(args.corpus) if i.id in ids]
    base = _score(items)
    print(f"baseline 075+ gold/pred/hits {base[0]['075+']} F1 {_f1(*base[0]['075+']):.3f}; "
          f"001-074 {base[0]['001-074']} F1 {_f1(*base[0]['001-074']):.3f}")
    if args.baseline:
        return 0
    if args.triggers:
        _ablate_each(dict(patterns.TRIGGERS), _set_triggers, "", base, items)
        _ablate_each(dict(patterns.FAMILY_TRIGGERS), _set_families, "family ", base, items)
        return 0
    for stage, stage_rules in rules._BY_STAGE.items():
        for rule in stage_rules:
            saved = rules._BY_STAGE[stage]
            rules._BY_STAGE[stage] = tuple(r for r in saved if r is not rule)
            try:
                print(_report(rule.name, base, _score(items)), flush=True)
            finally:
                rules._BY_STAGE[stage] = saved
    return 0


if __name__ == "__main__":
    sys.exit(main())
