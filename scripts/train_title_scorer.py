"""Train the learned title scorer (``monitor/extract/data/title_scorer.json``) and measure it.

    .venv/bin/python scripts/train_title_scorer.py [DEVSET] [--write]

Runs the extractor with the rules deciding titles over every labelled article, records every
title candidate ``discover`` weighs (kept or vetoed) with its structural features
(``monitor.extract.titlescore``), labels it 1 when its normalised title is a labelled show of
the article (or of an optional fact) and 0 otherwise, and fits a logistic regression
(scikit-learn, from the ``dev`` extra): one model per fold, trained without that fold, and one
on every fold.

The keep threshold is chosen on the open folds (those folds.json does not seal) only, by the
compatible fact F1 of the whole extractor with each fold's titles decided by the model that
never saw it. The script then prints, side by side, the rules and the scorer, cross-validated:
open 075+, sealed 075+ (in aggregate only), 001-074 and the whole devset. With ``--write`` it
ships the models; ship them only when the sealed folds go up (issue 10's protocol).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

from monitor.extract import titlescore
from monitor.extract.evaluate import (
    CorpusArticle,
    EvalReport,
    aggregate,
    load_corpus,
    normalise_title,
    run_articles,
)
from monitor.extract.facts import extract_facts
from monitor.extract.folds import is_new_article, load_folds

#: Regularisation: fixed, not tuned (tuning it on the folds would leak the sealed ones).
C = 1.0
OUT = Path(__file__).resolve().parent.parent / "monitor" / "extract" / "data" / \
    titlescore.DATA_FILE


def _rows(items: Sequence[CorpusArticle]) -> tuple[list[list[float]], list[int], list[str]]:
    """Feature rows of every title candidate, labels, and each row's article id."""
    rows: list[list[float]] = []
    labels: list[int] = []
    ids: list[str] = []
    with titlescore.using(None):
        for item in items:
            shows = {normalise_title(f.show) for f in (*item.facts, *item.optional)}
            with titlescore.recording() as recorded:
                extract_facts(item.article)
            for candidate, view, key in recorded:
                rows.append(titlescore.features(candidate, view, key))
                labels.append(1 if key in shows else 0)
                ids.append(item.id)
    return rows, labels, ids


def _fit(rows: list[list[float]], labels: list[int]) -> LogisticRegression:
    model = LogisticRegression(C=C, max_iter=5000)
    model.fit(rows, labels)
    return model


def _as_model(fitted: LogisticRegression, threshold: float) -> titlescore.Model:
    return titlescore.Model(tuple(float(w) for w in fitted.coef_[0]),
                            float(fitted.intercept_[0]), threshold)


def _cross_validated(items: Sequence[CorpusArticle], fold_of: Callable[[str], int | None],
                     models: dict[int, titlescore.Model | None]) -> list:  # type: ignore[type-arg]
    """Every article scored with titles decided by its fold's model (None: the rules)."""
    results = []
    for number, model in models.items():
        chosen = [i for i in items if fold_of(i.id) == number]
        with titlescore.using(model):
            results.extend(run_articles(chosen, extract_facts))
    return results


def _line(name: str, report: EvalReport) -> str:
    p, r, f = report.overall.compatible
    return (f"{name:14} compat P {p:.3f} R {r:.3f} F1 {f:.3f}  strict F1 "
            f"{report.overall.strict[2]:.3f}  certainty {report.certainty_agreement:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("devset", nargs="?", default=str(Path(__file__).resolve().parents[3]
                                                         / "shared" / "devset"))
    parser.add_argument("--write", action="store_true", help=f"write {OUT}")
    args = parser.parse_args(argv)
    folds = load_folds()
    items = load_corpus(Path(args.devset))
    rows, labels, ids = _rows(items)
    fold_of = {i: folds.fold_of(i) for i in set(ids)}
    numbers = range(1, len(folds.folds) + 1)
    open_folds = tuple(k for k in numbers if k not in folds.sealed)
    fitted = {k: _fit([r for r, i in zip(rows, ids, strict=True) if fold_of[i] != k],
                      [y for y, i in zip(labels, ids, strict=True) if fold_of[i] != k])
              for k in numbers}
    probabilities = [0.0] * len(rows)
    for k in numbers:
        at = [n for n, i in enumerate(ids) if fold_of[i] == k]
        for n, p in zip(at, fitted[k].predict_proba([rows[n] for n in at])[:, 1], strict=True):
            probabilities[n] = float(p)
    open_rows = [n for n, i in enumerate(ids) if fold_of[i] in open_folds]
    auc = roc_auc_score([labels[n] for n in open_rows], [probabilities[n] for n in open_rows])
    print(f"{len(rows)} candidates, {sum(labels)} labelled shows; cross-validated AUC on the "
          f"open folds {auc:.3f}")

    open_items = [i for i in items if folds.fold_of(i.id) in open_folds]
    best, best_f1 = 0.5, -1.0
    for step in range(5, 96, 5):
        threshold = step / 100
        models = {k: _as_model(fitted[k], threshold) for k in open_folds}
        f1 = aggregate("open", _cross_validated(open_items, folds.fold_of, models)
                       ).overall.compatible[2]
        if f1 > best_f1 + 1e-9:
            best, best_f1 = threshold, f1
    print(f"threshold {best:.2f} (open folds, compatible fact F1 {best_f1:.3f})")

    rules = _cross_validated(items, folds.fold_of, dict.fromkeys(numbers))
    learned = _cross_validated(items, folds.fold_of,
                               {k: _as_model(fitted[k], best) for k in numbers})

    def part(results: list, keep: Callable[[str], bool]) -> EvalReport:  # type: ignore[type-arg]
        return aggregate("part", [r for r in results if keep(r.id)])

    parts: list[tuple[str, Callable[[str], bool]]] = [
        ("open 075+", lambda i: folds.fold_of(i) in open_folds and is_new_article(i)),
        ("sealed 075+", lambda i: folds.fold_of(i) not in open_folds and is_new_article(i)),
        ("001-074", lambda i: not is_new_article(i)),
        ("whole devset", lambda i: True),
    ]
    for name, keep in parts:
        print(_line(f"rules {name}", part(rules, keep)))
        print(_line(f"scorer {name}", part(learned, keep)))
    if args.write:
        models = {f"without-{k}": _as_model(fitted[k], best) for k in numbers}
        models["all"] = _as_model(_fit(rows, labels), best)
        OUT.write_text(json.dumps({
            "about": "Learned title scorer (monitor/extract/titlescore.py), written by "
                     "scripts/train_title_scorer.py.",
            "features": list(titlescore.FEATURES),
            "models": {name: {"weights": list(m.weights), "bias": m.bias,
                              "threshold": m.threshold} for name, m in models.items()},
        }, indent=1) + "\n", "utf-8")
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
