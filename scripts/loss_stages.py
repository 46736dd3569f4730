"""Where a labelled fact is lost, stage by stage (issue 10, round 41, a dev tool).

    .venv/bin/python scripts/loss_stages.py [DEVSET] [--folds 1,2,3,4] [--new | --old] [--list]

Each article is read as ``monitor eval --folds`` scores it (the rules' candidates with the
title and kind models trained without its fold, then the fact scorer trained without it),
inside ``rules.tracing()`` — the same trace ``monitor extract --explain`` prints. Every label
the output does not match compatibly goes to the first stage that lost it, and every false fact
to the stage that should have stopped it (the classes: ``MISS_STAGES`` / ``FALSE_STAGES``).
The tables give counts per stage x kind. ``--list`` prints each article's misses and false
facts with their stage, and refuses a selection that holds a sealed article
(``Folds.is_sealed``): a sealed fold is counted, never listed.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from monitor.extract import kindmodel, rules, scorer, titlescore
from monitor.extract.evaluate import (
    CorpusArticle,
    LabelledFact,
    compatible_match,
    greedy_match,
    load_corpus,
)
from monitor.extract.facts import candidates_with_rules
from monitor.extract.folds import Folds, is_new_article, load_folds
from monitor.extract.shows import normalise_title
from monitor.models import Fact

DEVSET = Path("/work/shared/devset")
KINDS = ("renewed", "filming_started", "filming_wrapped", "premiere", "cancelled",
         "episode_count")

#: The stages a miss is put in, in the order they are tried (the first that holds wins);
#: ``dropped:`` and ``after_engine:`` carry the rule's name.
MISS_STAGES: tuple[tuple[str, str], ...] = (
    ("title.never_proposed", "the label's show is never a title candidate"),
    ("title.vetoed", "a title candidate, never kept"),
    ("trigger.none", "no candidate of the label's kind anywhere in the article"),
    ("dropped:<rule> (naming)", "the kind's candidate in a sentence naming the show was dropped"),
    ("target.other_show", "the kind's candidates went to other shows only"),
    ("dropped:<rule> (elsewhere)", "the kind's candidates were all dropped, none naming the show"),
    ("season.null / season.number", "the show and kind made, never the label's season"),
    ("after_engine:<rule>", "the key made by the engine, removed before the candidate list"),
    ("date.undated", "the key among the candidates, undated, the label dated"),
    ("date.other", "the key among the candidates, dated (or counted) otherwise"),
    ("scorer.dropped", "a compatible candidate the learned scorer did not keep"),
    ("matched.elsewhere", "a compatible prediction matched to another label"),
    ("other", "none of the above"),
)
FALSE_STAGES: tuple[tuple[str, str], ...] = (
    ("false.wrong_date", "the label's key, its date or count incompatible"),
    ("false.duplicate", "a compatible label, matched by another prediction"),
    ("false.wrong_season", "the show and kind labelled, another season"),
    ("false.kind_misread", "the show and season labelled, another kind"),
    ("false.wrong_show", "an unlabelled show; the kind labelled for another show"),
    ("false.show_labelled_other", "the show labelled with other kinds and seasons"),
    ("false.not_in_labels", "an unlabelled show, the kind not labelled at all"),
)


@dataclass(frozen=True)
class Reading:
    """One article read through the pipeline: the trace, the candidates, the output."""

    trace: rules.Trace
    candidates: tuple[LabelledFact, ...]
    final: tuple[LabelledFact, ...]


def _labelled(fact: Fact) -> LabelledFact:
    return LabelledFact(fact.show, fact.season, fact.kind, fact.date, fact.certainty,
                        fact.value, fact.evidence)


@contextlib.contextmanager
def _models(held_out: int | None) -> Iterator[scorer.Model | None]:
    """The fold's title and kind models in force, and its fact scorer (service ones when
    ``held_out`` is None)."""
    data = scorer.shipped()
    model = data.for_training(held_out) if data is not None else None
    if held_out is None:
        yield model
        return
    with titlescore.using(titlescore.for_fold(held_out)), \
            kindmodel.using(kindmodel.for_fold(held_out)):
        yield model


def read(item: CorpusArticle, held_out: int | None) -> Reading:
    """The article read as ``monitor eval`` reads it for fold ``held_out``, traced."""
    with _models(held_out) as model, rules.tracing() as trace:
        facts, fired = candidates_with_rules(item.article)
        final = scorer.keep(item.article, facts, model, fired)
    return Reading(trace, tuple(_labelled(f) for f in facts), tuple(_labelled(f) for f in final))


# --- the stages ------------------------------------------------------------------------------


def _key_ok(gold: LabelledFact, show: str, season: int | None, kind: str) -> bool:
    """``evaluate``'s key match (kind, show, season; a cancellation may name the next one),
    whatever the dates or counts."""
    return compatible_match(replace(gold, date=None, value=None),
                            LabelledFact(show, season, kind, None, "confirmed"))


def _names(sentence: str, show: str) -> bool:
    return bool(show) and f" {show} " in f" {normalise_title(sentence)} "


def miss_stage(gold: LabelledFact, reading: Reading, matched: Sequence[LabelledFact]) -> str:
    """The first stage that lost the label ``gold`` (``matched``: the predictions the scorer
    already paired with other labels)."""
    show = normalise_title(gold.show)
    trace = reading.trace
    kept = {normalise_title(t) for t, ok, _ in trace.titles if ok}
    kept |= {normalise_title(f.show) for f in reading.candidates}
    if show not in kept:
        seen = {normalise_title(t) for t, _, _ in trace.titles}
        seen |= {normalise_title(s) for s, _ in trace.spans}
        return "title.vetoed" if show in seen else "title.never_proposed"
    events = [e for e in trace.events if e.kind == gold.kind]
    made = [(s, n) for e in events for s, n, k in e.facts
            if k == gold.kind and normalise_title(s) == show]
    made += [(f.show, f.season) for f in reading.candidates
             if f.kind == gold.kind and normalise_title(f.show) == show]
    if not made:
        if not events and not any(f.kind == gold.kind for f in reading.candidates):
            return "trigger.none"
        naming = [e for e in events if e.dropped_by and _names(e.sentence, show)]
        if naming:
            return f"dropped:{naming[0].dropped_by} (naming)"
        if any(e.facts for e in events) or any(f.kind == gold.kind for f in reading.candidates):
            return "target.other_show"
        dropped = [e for e in events if e.dropped_by]
        if dropped:
            return f"dropped:{dropped[0].dropped_by} (elsewhere)"
        return "trigger.none"
    if not any(_key_ok(gold, s, n, gold.kind) for s, n in made):
        return "season.null" if gold.season is None or all(n is None for _, n in made) \
            else "season.number"
    keyed = [f for f in reading.candidates if _key_ok(gold, f.show, f.season, f.kind)]
    if not keyed:
        drops = [e for e in trace.events if e.dropped_by and e.kind == gold.kind
                 and normalise_title(e.phrase) == show]
        return f"after_engine:{drops[0].dropped_by}" if drops else "after_engine:untraced"
    if not any(compatible_match(gold, f) for f in keyed):
        if gold.kind != "episode_count" and all(f.date is None for f in keyed):
            return "date.undated"
        return "date.other"
    if not any(compatible_match(gold, f) for f in reading.final):
        return "scorer.dropped"
    if any(compatible_match(gold, f) for f in matched):
        return "matched.elsewhere"
    return "other"


def false_stage(pred: LabelledFact, item: CorpusArticle, free: Sequence[bool]) -> str:
    """The stage that should have stopped the false fact ``pred`` (``free[g]``: whether label
    ``g`` was left unmatched)."""
    gold = item.facts
    show = normalise_title(pred.show)
    if any(_key_ok(g, pred.show, pred.season, pred.kind) for g in gold):
        if any(compatible_match(g, pred) for g, left in zip(gold, free, strict=True)
               if not left):
            return "false.duplicate"
        return "false.wrong_date"
    shows = {normalise_title(g.show) for g in gold}
    if show in shows:
        if any(normalise_title(g.show) == show and g.kind == pred.kind for g in gold):
            return "false.wrong_season"
        if any(normalise_title(g.show) == show and g.season == pred.season for g in gold):
            return "false.kind_misread"
        return "false.show_labelled_other"
    if any(g.kind == pred.kind for g in gold):
        return "false.wrong_show"
    return "false.not_in_labels"


@dataclass(frozen=True)
class Losses:
    """One article's misses and false facts, each with its stage."""

    id: str
    misses: tuple[tuple[LabelledFact, str], ...]
    false: tuple[tuple[LabelledFact, str], ...]
    #: For each false fact, the ``target.*`` or ``season.*`` rules that made it (by its stage:
    #: the target rules of a wrong show, the season rules of a wrong season).
    made_by: tuple[tuple[str, ...], ...] = ()


#: The rule family that answers for each false-fact stage.
BLAMED = {"false.wrong_season": "season.", "false.wrong_show": "target.",
          "false.not_in_labels": "target."}


def made_by(fact: LabelledFact, stage: str, trace: rules.Trace) -> tuple[str, ...]:
    """The rules of ``BLAMED``'s family for ``stage`` that made ``fact`` (the trace's events
    giving its show, season and kind)."""
    family = BLAMED.get(stage)
    if family is None:
        return ()
    key = (normalise_title(fact.show), fact.season, fact.kind)
    found = [r for e in trace.events if any(
        (normalise_title(s), n, k) == key for s, n, k in e.facts)
        for r in e.rules if r.startswith(family)]
    return tuple(dict.fromkeys(found)) or (f"{family}(untraced)",)


def losses(item: CorpusArticle, reading: Reading) -> Losses:
    """Score the output against the labels as ``evaluate.score_article`` does, then put each
    miss and false fact in its stage."""
    gold, predicted = list(item.facts), list(reading.final)
    pairs = greedy_match(gold, predicted, compatible_match)
    matched_g = {g for g, _ in pairs}
    matched_p = {p for _, p in pairs}
    rest = [p for p in range(len(predicted)) if p not in matched_p]
    optional = greedy_match(list(item.optional), [predicted[p] for p in rest], compatible_match)
    neutral = {rest[p] for _, p in optional}
    taken = [predicted[p] for p in matched_p]
    misses = tuple((g, miss_stage(g, reading, taken))
                   for n, g in enumerate(gold) if n not in matched_g)
    free = [n not in matched_g for n in range(len(gold))]
    false = tuple((p, false_stage(p, item, free)) for n, p in enumerate(predicted)
                  if n not in matched_p and n not in neutral)
    return Losses(item.id, misses, false,
                  tuple(made_by(p, stage, reading.trace) for p, stage in false))


def run(items: Sequence[CorpusArticle], fold_of: Callable[[str], int | None]) -> list[Losses]:
    """Each article's losses, read for its fold."""
    return [losses(item, read(item, fold_of(item.id))) for item in items]


# --- the tables ------------------------------------------------------------------------------


def table(rows: Counter[tuple[str, str]], title: str) -> str:
    """Counts per stage x kind, stages by total."""
    totals = Counter[str]()
    for (stage, _), count in rows.items():
        totals[stage] += count
    heads = [k.replace("filming_", "f_").replace("episode_count", "count") for k in KINDS]
    width = max([len(title), *(len(s) for s in totals)]) + 2
    out = [f"{title:<{width}}" + "".join(f"{h:>11}" for h in heads) + f"{'total':>8}"]
    for stage, total in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])):
        out.append(f"{stage:<{width}}" + "".join(f"{rows[(stage, k)]:>11}" for k in KINDS)
                   + f"{total:>8}")
    out.append(f"{'total':<{width}}" + "".join(
        f"{sum(c for (_, k), c in rows.items() if k == kind):>11}" for kind in KINDS)
        + f"{sum(totals.values()):>8}")
    return "\n".join(out)


def report(found: Sequence[Losses]) -> str:
    misses = Counter((stage, g.kind) for one in found for g, stage in one.misses)
    false = Counter((stage, p.kind) for one in found for p, stage in one.false)
    blamed = Counter((rule, p.kind) for one in found
                     for (p, _), rules_ in zip(one.false, one.made_by, strict=True)
                     for rule in rules_)
    return (f"{len(found)} articles, {sum(misses.values())} missed labels, "
            f"{sum(false.values())} false facts\n\n{table(misses, 'MISSES')}\n\n"
            f"{table(false, 'FALSE FACTS')}\n\n"
            f"{table(blamed, 'RULES OF FALSE FACTS (season: wrong season; target: others)')}")


def listing(found: Sequence[Losses]) -> str:
    lines = []
    for one in found:
        for fact, stage in one.misses:
            lines.append(f"{one.id} MISS  {stage:<34} {fact.describe()}")
        for (fact, stage), rules_ in zip(one.false, one.made_by, strict=True):
            lines.append(f"{one.id} FALSE {stage:<34} {fact.describe()}"
                         + (f"  [{', '.join(rules_)}]" if rules_ else ""))
    return "\n".join(lines)


def select(items: Sequence[CorpusArticle], folds: Folds, numbers: Sequence[int],
           part: str | None) -> list[CorpusArticle]:
    """The articles of the folds ``numbers``, all or only the new (075+) or old ones."""
    chosen = [item for item in items if folds.fold_of(item.id) in numbers]
    if part == "new":
        chosen = [item for item in chosen if is_new_article(item.id)]
    elif part == "old":
        chosen = [item for item in chosen if not is_new_article(item.id)]
    return chosen


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEVSET)
    parser.add_argument("--folds", default=None,
                        help="fold numbers (default: the open folds)")
    parser.add_argument("--folds-file", type=Path, default=None,
                        help="another folds.json (its folds use the service models)")
    part = parser.add_mutually_exclusive_group()
    part.add_argument("--new", action="store_const", const="new", dest="part",
                      help="only articles 075+")
    part.add_argument("--old", action="store_const", const="old", dest="part",
                      help="only articles 001-074")
    parser.add_argument("--list", action="store_true",
                        help="each open article's misses and false facts")
    args = parser.parse_args(argv)
    folds = load_folds(args.folds_file) if args.folds_file else load_folds()
    own = args.folds_file is None or folds.folds == load_folds().folds
    numbers = ([int(n) for n in args.folds.split(",")] if args.folds else
               [n for n in range(1, len(folds.folds) + 1) if n not in folds.sealed])
    items = select(load_corpus(args.corpus), folds, numbers, args.part)
    if args.list and any(folds.is_sealed(item.id) for item in items):
        print("refused: --list over a sealed article (count a sealed fold without --list)",
              file=sys.stderr)
        return 2
    found = run(items, folds.fold_of if own else lambda _: None)
    print(report(found))
    if args.list:
        print()
        print(listing(found))
    return 0


if __name__ == "__main__":
    sys.exit(main())
