"""Train the learned (show, kind) model (``monitor/extract/data/kind_model.json``), measure it.

    .venv/bin/python scripts/train_kind_model.py [DEVSET] [--mode both|propose|veto] [--write]

Runs the extractor (the rules) over every labelled article, recording for each show it keeps as
a title and each kind the row of ``monitor.extract.kindmodel`` (features, whether the rules
made a fact of that kind for the show, the fact a proposal would add), labels each row 1 when
the article's labels hold a fact of that kind for that show (rows only an optional label holds
are left out), and fits a logistic regression (scikit-learn, from the ``dev`` extra): one model
per fold, trained without that fold, and one on every fold. Each is shipped as its ``TOP``
strongest weights; every figure below is computed with that shipped form and the plain-Python
inference the service runs.

The thresholds are picked per model on the training folds: the model without fold k takes the
propose and veto thresholds that maximise the compatible F1 of the open folds other than k (each
scored by its own model without it); the service model and the sealed folds' take those of all
open folds. The script prints the open folds' figures only (each open fold scored by the model
trained without it): rules alone, propose, veto, both. The sealed folds are scored only by
``monitor eval --folds 5`` in aggregate, at milestones, with the file written.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from monitor.extract import kindmodel
from monitor.extract.evaluate import (
    CorpusArticle,
    EvalReport,
    _as_labelled,
    aggregate,
    load_corpus,
    score_article,
)
from monitor.extract.facts import extract_facts
from monitor.extract.folds import Folds, is_new_article, load_folds
from monitor.extract.shows import normalise_title
from monitor.models import Fact

#: Regularisation: fixed, not tuned (tuning it on the folds would leak them).
C = 0.5
#: The weights shipped per model (the strongest by magnitude).
TOP = 1500
PROPOSE_GRID = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)
VETO_GRID = (0.01, 0.02, 0.05, 0.1, 0.15, 0.2)
NEVER_PROPOSE = 1.01
NEVER_VETO = 0.0
OUT = Path(__file__).resolve().parent.parent / "monitor" / "extract" / "data" / \
    kindmodel.DATA_FILE


Recorded = tuple[CorpusArticle, list[Fact], list[kindmodel.Row]]


def record(items: Sequence[CorpusArticle]) -> list[Recorded]:
    """Each article with the rules' facts and its rows."""
    out: list[Recorded] = []
    with kindmodel.using(None):
        for item in items:
            with kindmodel.recording() as recorded:
                extract_facts(item.article)
            facts, rows = recorded[-1] if recorded else ([], [])
            out.append((item, facts, rows))
    return out


def label(item: CorpusArticle, row: kindmodel.Row) -> int | None:
    """1: a label of the row's show and kind; 0: none; None: only an optional one."""
    def holds(facts: Sequence[object]) -> bool:
        return any(normalise_title(f.show) == row.key and f.kind == row.kind  # type: ignore
                   for f in facts)
    if holds(item.facts):
        return 1
    return None if holds(item.optional) else 0


def fit(recorded: Sequence[Recorded], propose: float, veto: float) -> kindmodel.Model:
    """A model on the recorded articles, shipped form (its ``TOP`` strongest weights)."""
    features: list[dict[str, float]] = []
    labels: list[int] = []
    for item, _, rows in recorded:
        for row in rows:
            y = label(item, row)
            if y is not None:
                features.append(dict(row.features))
                labels.append(y)
    vectoriser = DictVectorizer()
    matrix = vectoriser.fit_transform(features)
    fitted = LogisticRegression(C=C, max_iter=5000)
    fitted.fit(matrix, labels)
    names = vectoriser.get_feature_names_out()
    weights = sorted(zip(names, fitted.coef_[0], strict=True), key=lambda x: -abs(x[1]))[:TOP]
    return kindmodel.Model({str(n): round(float(w), 4) for n, w in weights},
                           round(float(fitted.intercept_[0]), 4), propose, veto)


def probabilities(model: kindmodel.Model, recorded: Sequence[Recorded]) -> list[list[float]]:
    return [[model.probability(r.features) for r in rows] for _, _, rows in recorded]


def scored(recorded: Sequence[Recorded], probs: Sequence[Sequence[float]], propose: float,
           veto: float) -> EvalReport:
    results = []
    for (item, facts, rows), p in zip(recorded, probs, strict=True):
        decided = kindmodel.decide(facts, rows, p, propose, veto)
        results.append(score_article(item, [_as_labelled(f) for f in decided]))
    return aggregate("part", results)


def best_thresholds(recorded: Sequence[Recorded], probs: Sequence[Sequence[float]], mode: str,
                    act: bool = False) -> tuple[float, float]:
    """The (propose, veto) pair of ``mode`` with the best compatible F1 on these articles
    (``act``: the best pair that proposes or vetoes at all, even when the rules alone score
    better)."""
    proposes = PROPOSE_GRID if mode in ("both", "propose") else (NEVER_PROPOSE,)
    vetoes = VETO_GRID if mode in ("both", "veto") else (NEVER_VETO,)
    best = (NEVER_PROPOSE, NEVER_VETO)
    best_f1 = -1.0 if act else scored(recorded, probs, *best).overall.compatible[2]
    for propose in proposes:
        for veto in vetoes:
            f1 = scored(recorded, probs, propose, veto).overall.compatible[2]
            if f1 > best_f1 + 1e-9:
                best, best_f1 = (propose, veto), f1
    return best


def _line(name: str, report: EvalReport) -> str:
    p, r, f = report.overall.compatible
    facts = report.overall.predicted
    return (f"{name:22} compat P {p:.3f} R {r:.3f} F1 {f:.3f}  strict F1 "
            f"{report.overall.strict[2]:.3f}  certainty {report.certainty_agreement:.3f}  "
            f"facts {facts}")


def train(recorded: Sequence[Recorded], folds: Folds, mode: str, act: bool = False
          ) -> tuple[dict[str, kindmodel.Model], dict[int, list[list[float]]]]:
    """The models (``without-N``, ``all``) with their thresholds, and each fold's articles'
    probabilities under the model without it."""
    numbers = range(1, len(folds.folds) + 1)
    open_folds = [k for k in numbers if k not in folds.sealed]
    by_fold = {k: [r for r in recorded if folds.fold_of(r[0].id) == k] for k in numbers}
    models: dict[str, kindmodel.Model] = {}
    probs: dict[int, list[list[float]]] = {}
    for k in numbers:
        models[f"without-{k}"] = fit([r for j in numbers if j != k for r in by_fold[j]],
                                     NEVER_PROPOSE, NEVER_VETO)
        probs[k] = probabilities(models[f"without-{k}"], by_fold[k])

    def chosen(among: Sequence[int]) -> tuple[float, float]:
        return best_thresholds([r for j in among for r in by_fold[j]],
                               [p for j in among for p in probs[j]], mode, act)

    for k in numbers:
        propose, veto = chosen([j for j in open_folds if j != k])
        models[f"without-{k}"] = kindmodel.Model(models[f"without-{k}"].weights,
                                                 models[f"without-{k}"].bias, propose, veto)
    propose, veto = chosen(open_folds)
    everything = fit(recorded, propose, veto)
    models["all"] = everything
    return models, probs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("devset", nargs="?", default=str(Path(__file__).resolve().parents[3]
                                                         / "shared" / "devset"))
    parser.add_argument("--mode", choices=("both", "propose", "veto"), default="both")
    parser.add_argument("--act", action="store_true",
                        help="pick the best thresholds that propose or veto something, even "
                        "where the rules alone score better on the training folds")
    parser.add_argument("--folds", type=Path, default=None,
                        help="a folds file (default: the repository's, monitor/extract/data/"
                        "folds.json)")
    parser.add_argument("--write", action="store_true", help=f"write {OUT}")
    parser.add_argument("--out", type=Path, default=OUT, help="where --write writes")
    args = parser.parse_args(argv)
    folds = load_folds(args.folds)
    items = load_corpus(Path(args.devset))
    recorded = record(items)
    rows = sum(len(r[2]) for r in recorded)
    positives = sum(1 for item, _, rs in recorded for row in rs if label(item, row) == 1)
    print(f"{len(recorded)} articles, {rows} (show, kind) rows, {positives} labelled")
    models, probs = train(recorded, folds, args.mode, args.act)
    numbers = range(1, len(folds.folds) + 1)
    open_folds = [k for k in numbers if k not in folds.sealed]
    for k in numbers:
        m = models[f"without-{k}"]
        print(f"without-{k}: propose >= {m.propose:.2f}, veto < {m.veto:.2f}")
    print(f"all: propose >= {models['all'].propose:.2f}, veto < {models['all'].veto:.2f}")
    # open folds, cross-validated: each open fold's articles under its own model
    parts = {"open 075+": lambda i: is_new_article(i), "open 001-074":
             lambda i: not is_new_article(i), "open all": lambda i: True}
    for name, keep in parts.items():
        chosen = [(r, p) for k in open_folds for r, p in zip(
            [r for r in recorded if folds.fold_of(r[0].id) == k], probs[k], strict=True)
            if keep(r[0].id)]
        recs = [r for r, _ in chosen]
        ps = [p for _, p in chosen]
        print(_line(f"rules {name}", scored(recs, ps, NEVER_PROPOSE, NEVER_VETO)))
        results = []
        for k in open_folds:
            m = models[f"without-{k}"]
            mine = [(r, p) for r, p in chosen if folds.fold_of(r[0].id) == k]
            results.extend(score_article(r[0], [_as_labelled(f) for f in kindmodel.decide(
                r[1], r[2], p, m.propose, m.veto)]) for r, p in mine)
        print(_line(f"{args.mode} {name}", aggregate(name, results)))
    if args.write:
        args.out.write_text(json.dumps({
            "about": "Learned (show, kind) model (monitor/extract/kindmodel.py), written by "
                     f"scripts/train_kind_model.py --mode {args.mode}"
                     f"{' --act' if args.act else ''}: 'all' serves, "
                     "'without-N' scores fold N in monitor eval --folds 5.",
            "models": {name: {"bias": m.bias, "propose": m.propose, "veto": m.veto,
                              "weights": dict(m.weights)}
                       for name, m in sorted(models.items())},
        }, separators=(",", ":"), sort_keys=True) + "\n", "utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
