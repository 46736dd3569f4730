"""Measure the fact extractor against a labelled corpus.

Two corpus layouts are read: a devset directory (``articles/*.json``, each with id, url, title,
published, text and facts) and a seeds directory (``labels.json``: a list of entries naming a
``file`` whose text sits next to it). Predicted and labelled facts are matched on normalised
title (case, punctuation, diacritics, a leading "The", "&" = "and"), season and kind - a
``cancelled`` label also accepts the next season's number - greedily and deterministically.

Scores: strict (same date or value) and compatible (one date a prefix of the other, a season code
and a month inside it, or a label without a date) precision / recall / F1 per kind and overall,
certainty agreement on compatible matches, and every miss and false fact with its evidence.
This module reads the corpus files and nothing else; it never changes them.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ParseError
from ..models import FACT_KINDS, Article, Fact
from . import dates as datemod
from . import kindmodel, scorer, titlescore
from .facts import candidates_with_rules, extract_facts
from .folds import Folds, is_new_article, load_folds
from .shows import normalise_title


@dataclass(frozen=True)
class LabelledFact:
    """A fact as the corpus labels it (or as the extractor predicted it)."""

    show: str
    season: int | None
    kind: str
    date: str | None
    certainty: str
    value: int | None = None
    evidence: str = ""

    def describe(self) -> str:
        season = f"S{self.season}" if self.season is not None else "S?"
        what = f"value={self.value}" if self.kind == "episode_count" else (self.date or "-")
        return f"{self.show} {season} {self.kind} {what} ({self.certainty})"


@dataclass(frozen=True)
class CorpusArticle:
    """One labelled article."""

    id: str
    article: Article
    facts: tuple[LabelledFact, ...]
    #: Facts that are defensible but not required: a prediction matching one is no hit and no
    #: false fact.
    optional: tuple[LabelledFact, ...] = ()


@dataclass(frozen=True)
class Score:
    """Counts for one kind (or overall)."""

    gold: int = 0
    predicted: int = 0
    strict_tp: int = 0
    compatible_tp: int = 0

    @staticmethod
    def _prf(tp: int, gold: int, predicted: int) -> tuple[float, float, float]:
        precision = tp / predicted if predicted else (1.0 if not gold else 0.0)
        recall = tp / gold if gold else (1.0 if not predicted else 0.0)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    @property
    def strict(self) -> tuple[float, float, float]:
        return self._prf(self.strict_tp, self.gold, self.predicted)

    @property
    def compatible(self) -> tuple[float, float, float]:
        return self._prf(self.compatible_tp, self.gold, self.predicted)


@dataclass(frozen=True)
class Problem:
    """A missed label or a false prediction, with where it came from."""

    article_id: str
    fact: LabelledFact
    #: For a false fact, a label with the same show and kind whose date or season differs.
    near: LabelledFact | None = None


@dataclass(frozen=True)
class EvalReport:
    """The result of evaluating a corpus."""

    corpus: str
    articles: int
    per_kind: dict[str, Score]
    overall: Score
    certainty_agree: int
    certainty_total: int
    misses: tuple[Problem, ...] = ()
    false_facts: tuple[Problem, ...] = ()
    seconds: float = 0.0
    per_article: dict[str, Score] = field(default_factory=dict)
    #: Predictions matching an optional label (``optional_facts``): counted neither way.
    optional_hits: int = 0

    @property
    def certainty_agreement(self) -> float:
        return self.certainty_agree / self.certainty_total if self.certainty_total else 1.0


# --- loading -----------------------------------------------------------------------------------


def _labelled(raw: dict[str, object]) -> LabelledFact:
    season = raw.get("season")
    value = raw.get("value")
    return LabelledFact(
        show=str(raw["show"]),
        season=int(season) if isinstance(season, int | str) and str(season).isdigit() else None,
        kind=str(raw["kind"]),
        date=str(raw["date"]) if raw.get("date") else None,
        certainty=str(raw.get("certainty") or "confirmed"),
        value=int(value) if isinstance(value, int) else None,
    )


def load_corpus(corpus_dir: Path) -> list[CorpusArticle]:
    """Read a devset (``articles/*.json``) or seeds (``labels.json``) directory."""
    corpus_dir = Path(corpus_dir)
    items: list[CorpusArticle] = []
    articles_dir = corpus_dir / "articles"
    try:
        if articles_dir.is_dir():
            for path in sorted(articles_dir.glob("*.json")):
                data = _read_json(path)
                items.append(_corpus_article(f"{path.stem}", data, str(data.get("text", ""))))
        labels = corpus_dir / "labels.json"
        if labels.is_file():
            for entry in _read_json(labels):
                text_path = corpus_dir / entry["file"]
                text = text_path.read_text(encoding="utf-8")
                items.append(_corpus_article(Path(entry["file"]).stem, entry, text))
    except (OSError, KeyError, TypeError, AttributeError) as exc:
        raise ParseError(f"{corpus_dir}: not a labelled corpus: {exc!r}") from exc
    if not items:
        raise ParseError(f"{corpus_dir}: no articles/*.json and no labels.json")
    return items


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ParseError(f"{path}: not valid JSON: {exc}") from exc


def _corpus_article(ident: str, data: dict[str, object], text: str) -> CorpusArticle:
    article = Article(
        url=str(data.get("url") or f"corpus:{ident}"),
        title=str(data.get("title") or ""),
        text=text,
        published=dt.date.fromisoformat(str(data["published"])),
    )
    raw_facts = data.get("facts") or []
    facts = tuple(_labelled(f) for f in raw_facts) if isinstance(raw_facts, list) else ()
    raw_optional = data.get("optional_facts") or []
    optional = tuple(_labelled(f) for f in raw_optional) if isinstance(raw_optional, list) else ()
    return CorpusArticle(ident, article, facts, optional)


# --- matching ----------------------------------------------------------------------------------


def _same_key(gold: LabelledFact, pred: LabelledFact) -> bool:
    if gold.kind != pred.kind or normalise_title(gold.show) != normalise_title(pred.show):
        return False
    if gold.season == pred.season:
        return True
    return (gold.kind == "cancelled" and gold.season is not None
            and pred.season == gold.season + 1)


def strict_match(gold: LabelledFact, pred: LabelledFact) -> bool:
    """Same show, season, kind and the same date (or value)."""
    if not _same_key(gold, pred):
        return False
    if gold.kind == "episode_count":
        return gold.value == pred.value
    return gold.date == pred.date


def compatible_match(gold: LabelledFact, pred: LabelledFact) -> bool:
    """Same show, season, kind and dates that agree at the coarser precision."""
    if not _same_key(gold, pred):
        return False
    if gold.kind == "episode_count":
        return gold.value is None or gold.value == pred.value
    if gold.date is None:
        return True
    if pred.date is None:
        return False
    return datemod.compatible(gold.date, pred.date)


def greedy_match(gold: Sequence[LabelledFact], pred: Sequence[LabelledFact],
                 accept: Callable[[LabelledFact, LabelledFact], bool]) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index), strict pairs first, then in list order."""
    candidates = []
    for g, gfact in enumerate(gold):
        for p, pfact in enumerate(pred):
            if accept(gfact, pfact):
                exact = strict_match(gfact, pfact)
                candidates.append((0 if exact else 1, gfact.certainty != pfact.certainty, g, p))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, _, g, p in candidates:
        if g in used_g or p in used_p:
            continue
        used_g.add(g)
        used_p.add(p)
        pairs.append((g, p))
    return sorted(pairs)


def _as_labelled(fact: Fact) -> LabelledFact:
    return LabelledFact(fact.show, fact.season, fact.kind, fact.date, fact.certainty,
                        fact.value, fact.evidence)


# --- evaluation ------------------------------------------------------------------------------

Extractor = Callable[[Article], Sequence[Fact]]


@dataclass(frozen=True)
class ArticleResult:
    """One article scored: counts per kind, certainty agreement, misses and false facts."""

    id: str
    #: kind -> [gold, predicted, strict hits, compatible hits]
    counts: dict[str, list[int]]
    certainty_agree: int
    certainty_total: int
    misses: tuple[Problem, ...]
    false_facts: tuple[Problem, ...]
    #: Predictions that matched an optional label: neither hits nor false facts.
    optional_hits: int = 0
    seconds: float = 0.0


def score_article(item: CorpusArticle, predicted: Sequence[LabelledFact],
                  seconds: float = 0.0) -> ArticleResult:
    """Match an article's predictions against its labels (optional labels are neutral)."""
    gold = list(item.facts)
    strict_pairs = greedy_match(gold, predicted, strict_match)
    compat_pairs = greedy_match(gold, predicted, compatible_match)
    matched_g = {g for g, _ in compat_pairs}
    matched_p = {p for _, p in compat_pairs}
    # A prediction left over that matches an optional label counts neither way.
    rest = [p for p in range(len(predicted)) if p not in matched_p]
    optional_pairs = greedy_match(list(item.optional), [predicted[p] for p in rest],
                                  compatible_match)
    neutral = {rest[p] for _, p in optional_pairs}
    counts: dict[str, list[int]] = {kind: [0, 0, 0, 0] for kind in FACT_KINDS}
    for fact in gold:
        counts.setdefault(fact.kind, [0, 0, 0, 0])[0] += 1
    for p, fact in enumerate(predicted):
        if p not in neutral:
            counts.setdefault(fact.kind, [0, 0, 0, 0])[1] += 1
    for g, _ in strict_pairs:
        counts[gold[g].kind][2] += 1
    agree = 0
    for g, p in compat_pairs:
        counts[gold[g].kind][3] += 1
        agree += gold[g].certainty == predicted[p].certainty
    misses = tuple(Problem(item.id, fact) for g, fact in enumerate(gold) if g not in matched_g)
    false_facts = []
    for p, fact in enumerate(predicted):
        if p in matched_p or p in neutral:
            continue
        near = next((gf for gf in gold if gf.kind == fact.kind and normalise_title(
            gf.show) == normalise_title(fact.show)), None)
        false_facts.append(Problem(item.id, fact, near))
    return ArticleResult(item.id, counts, agree, len(compat_pairs), misses, tuple(false_facts),
                         len(neutral), seconds)


def aggregate(corpus: str, results: Sequence[ArticleResult]) -> EvalReport:
    """The report over a set of scored articles."""
    per_kind: dict[str, list[int]] = {kind: [0, 0, 0, 0] for kind in FACT_KINDS}
    for result in results:
        for kind, counts in result.counts.items():
            row = per_kind.setdefault(kind, [0, 0, 0, 0])
            for i in range(4):
                row[i] += counts[i]
    scores = {kind: Score(*counts) for kind, counts in per_kind.items()}
    overall = Score(*(sum(s[i] for s in per_kind.values()) for i in range(4)))
    return EvalReport(
        corpus, len(results), scores, overall,
        sum(r.certainty_agree for r in results), sum(r.certainty_total for r in results),
        tuple(p for r in results for p in r.misses),
        tuple(p for r in results for p in r.false_facts),
        sum(r.seconds for r in results),
        {r.id: Score(*(sum(c[i] for c in r.counts.values()) for i in range(4)))
         for r in results},
        sum(r.optional_hits for r in results))


def run_articles(items: Sequence[CorpusArticle], extractor: Extractor | None = None
                 ) -> list[ArticleResult]:
    """Extract and score each article (after one warm-up call: regex compilation is a one-off
    cost, not throughput)."""
    run = extractor or (lambda article: extract_facts(article))
    if items:
        run(items[0].article)
    results = []
    for item in items:
        started = time.perf_counter()
        predicted = [_as_labelled(f) for f in run(item.article)]
        results.append(score_article(item, predicted, time.perf_counter() - started))
    return results


def evaluate_corpus(corpus_dir: Path, extractor: Extractor | None = None,
                    ids: Collection[str] | None = None) -> EvalReport:
    """Run the extractor over every article of the corpus (or those in ``ids``) and score it
    against the labels."""
    items = load_corpus(Path(corpus_dir))
    if ids is not None:
        items = [item for item in items if item.id in ids]
    return aggregate(str(corpus_dir), run_articles(items, extractor))


@dataclass(frozen=True)
class FoldsReport:
    """Each fold's articles scored; reports per fold, pooled, and over any part."""

    corpus: str
    per_fold: tuple[tuple[ArticleResult, ...], ...]
    sealed: frozenset[int]

    def report(self, folds: Collection[int] | None = None,
               keep: Callable[[str], bool] | None = None) -> EvalReport:
        """The report over some folds (all by default), of the articles ``keep`` accepts."""
        chosen = [r for n, results in enumerate(self.per_fold, 1)
                  if folds is None or n in folds for r in results if keep is None or keep(r.id)]
        return aggregate(self.corpus, chosen)

    @property
    def pooled(self) -> EvalReport:
        return self.report()


def evaluate_folds(corpus_dir: Path, folds: Folds | None = None,
                   extractor_for: Callable[[frozenset[str]], Extractor] | None = None,
                   only: Collection[int] | None = None) -> FoldsReport:
    """Score each fold of the corpus (the repository's folds unless given).

    ``extractor_for(training_ids)`` builds the extractor that scores a fold from the articles
    of the other folds, so a learned part is always scored on articles it was not trained on;
    without it the shipped extractor scores every fold. ``only`` limits the folds scored.
    """
    folds = folds or load_folds()
    items = load_corpus(Path(corpus_dir))
    per_fold: list[tuple[ArticleResult, ...]] = []
    for number, ids in enumerate(folds.folds, 1):
        if only is not None and number not in only:
            per_fold.append(())
            continue
        extractor = extractor_for(folds.without([number])) if extractor_for else None
        chosen = [item for item in items if item.id in set(ids)]
        per_fold.append(tuple(run_articles(chosen, extractor)))
    return FoldsReport(str(corpus_dir), tuple(per_fold), folds.sealed)


def cross_validated(folds: Folds) -> Callable[[frozenset[str]], Extractor] | None:
    """For ``evaluate_folds``: each fold's articles go through the rules and the learned scorer
    trained without that fold (the shipped per-fold models). None when the folds are not the
    repository's (a model per fold exists only for those) or no scorer is shipped."""
    if (scorer.shipped() is None and titlescore.shipped() is None
            and kindmodel.shipped() is None) or folds.folds != load_folds().folds:
        return None

    def extractor_for(training_ids: frozenset[str]) -> Extractor:
        held_out = next(n for n in range(1, len(folds.folds) + 1)
                        if folds.without([n]) == training_ids)
        facts = scorer.fold_extractor(held_out, candidates_with_rules) \
            if scorer.shipped() is not None else extract_facts
        title_model = titlescore.for_fold(held_out)
        kind_model = kindmodel.for_fold(held_out)

        def extract(article: Article) -> Sequence[Fact]:
            # titles decided by the title scorer trained without this fold, when one ships;
            # kinds proposed and vetoed by the (show, kind) model trained without it
            with titlescore.using(title_model), kindmodel.using(kind_model):
                return facts(article)

        return extract

    return extractor_for


def format_report(report: EvalReport, *, verbose: bool = True, markdown: bool = False,
                  hidden: Callable[[str], bool] | None = None) -> str:
    """A table of the scores, then (verbose) every miss and false fact.

    The table is aligned plain text, or with ``markdown`` a pipe table a README can include as
    is (``format_table``). Problems of articles for which ``hidden`` is true (the sealed folds)
    are counted but never listed.
    """
    lines = [
        f"corpus: {report.corpus}  articles: {report.articles}  "
        f"extraction: {report.articles / report.seconds if report.seconds else 0:.0f} articles/s",
        "",
    ]
    if markdown:
        lines.append(format_table(report))
    else:
        lines.append(format_plain_table(report))
    lines.append("")
    lines.append(f"certainty agreement on compatible matches: {report.certainty_agreement:.2f} "
                 f"({report.certainty_agree}/{report.certainty_total})")
    lines.append(f"misses: {len(report.misses)}  false facts: {len(report.false_facts)}"
                 + (f"  optional facts found: {report.optional_hits}"
                    if report.optional_hits else ""))
    if verbose:
        shown_misses = [p for p in report.misses if not (hidden and hidden(p.article_id))]
        shown_false = [p for p in report.false_facts if not (hidden and hidden(p.article_id))]
        withheld = len(report.misses) + len(report.false_facts) - len(shown_misses) \
            - len(shown_false)
        if withheld:
            lines.append(f"({withheld} misses and false facts of sealed articles not listed)")
        if shown_misses:
            lines.append("")
            lines.append("MISSES (labelled, not found):")
            lines.extend(f"  [{p.article_id}] {p.fact.describe()}" for p in shown_misses)
        if shown_false:
            lines.append("")
            lines.append("FALSE FACTS (found, not labelled):")
            for problem in shown_false:
                lines.append(f"  [{problem.article_id}] {problem.fact.describe()}")
                if problem.near:
                    lines.append(f"      label: {problem.near.describe()}")
                evidence = " ".join(problem.fact.evidence.split())
                lines.append(f"      evidence: {evidence[:220]}")
    return "\n".join(lines)


def format_plain_table(report: EvalReport) -> str:
    """The per-kind and overall scores as an aligned plain-text table."""
    lines = [f"{'kind':<16} {'gold':>5} {'pred':>5}   {'strict P':>8} {'R':>5} "
             f"{'F1':>5}   {'compat P':>8} {'R':>5} {'F1':>5}"]

    def row(name: str, score: Score) -> str:
        sp, sr, sf = score.strict
        cp, cr, cf = score.compatible
        return (f"{name:<16} {score.gold:>5} {score.predicted:>5}   {sp:>8.2f} {sr:>5.2f} "
                f"{sf:>5.2f}   {cp:>8.2f} {cr:>5.2f} {cf:>5.2f}")

    lines.extend(row(kind, score) for kind, score in report.per_kind.items())
    lines.append(row("OVERALL", report.overall))
    return "\n".join(lines)


def format_folds(result: FoldsReport, *, verbose: bool = False, markdown: bool = False,
                 hidden: Callable[[str], bool] | None = None) -> str:
    """One line per fold, the open and sealed folds pooled (all articles, and those from 075 on
    alone), then the pooled table."""
    lines = [f"{'folds':<16} {'articles':>8} {'gold':>5} {'pred':>5}   {'strict F1':>9}   "
             f"{'compat P':>8} {'R':>5} {'F1':>5}   {'certainty':>9}"]

    def row(name: str, r: EvalReport) -> str:
        _, _, sf = r.overall.strict
        cp, cr, cf = r.overall.compatible
        return (f"{name:<16} {r.articles:>8} {r.overall.gold:>5} {r.overall.predicted:>5}   "
                f"{sf:>9.2f}   {cp:>8.2f} {cr:>5.2f} {cf:>5.2f}   "
                f"{r.certainty_agreement:>9.2f}")

    scored = [n for n, r in enumerate(result.per_fold, 1) if r]
    for number in scored:
        lines.append(row(f"{number}{' sealed' if number in result.sealed else ''}",
                         result.report([number])))
    open_folds = [n for n in scored if n not in result.sealed]
    sealed = [n for n in scored if n in result.sealed]
    for name, part in (("open", open_folds), ("sealed", sealed)):
        if part and len(part) < len(scored):
            lines.append(row(name, result.report(part)))
    for name, part in (("open", open_folds), ("sealed", sealed)):
        if part:
            lines.append(row(f"{name} 075+", result.report(part, is_new_article)))
            lines.append(row(f"{name} 001-074", result.report(
                part, lambda i: not is_new_article(i))))
    lines.append(row("pooled", result.pooled))
    lines.append("")
    lines.append(format_report(result.pooled, verbose=verbose, markdown=markdown, hidden=hidden))
    return "\n".join(lines)


def format_table(report: EvalReport) -> str:
    """The per-kind and overall scores as a Markdown pipe table, with certainty agreement."""
    lines = [
        "| kind | gold | pred | strict P | strict R | strict F1 | compat P | compat R "
        "| compat F1 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]

    def row(name: str, score: Score) -> str:
        sp, sr, sf = score.strict
        cp, cr, cf = score.compatible
        return (f"| {name} | {score.gold} | {score.predicted} | {sp:.2f} | {sr:.2f} | {sf:.2f} "
                f"| {cp:.2f} | {cr:.2f} | {cf:.2f} |")

    lines.extend(row(kind, score) for kind, score in report.per_kind.items())
    lines.append(row("**overall**", report.overall))
    return "\n".join(lines)


def run_eval(corpus_dir: Path, *, verbose: bool = False,
             markdown: bool = False) -> tuple[str, EvalReport]:
    """What ``monitor eval CORPUS_DIR`` prints, and the report behind it."""
    report = evaluate_corpus(Path(corpus_dir))
    return format_report(report, verbose=verbose, markdown=markdown), report


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m monitor.evaluate CORPUS_DIR [--markdown] [-v]``: the eval table, in Markdown
    for a README when asked (``monitor eval`` prints the plain-text form)."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m monitor.evaluate")
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--markdown", action="store_true", help="a Markdown pipe table")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and false facts")
    args = parser.parse_args(argv)
    text, _ = run_eval(args.corpus, verbose=args.verbose, markdown=args.markdown)
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
