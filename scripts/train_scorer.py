"""Train the learned fact scorer (``monitor/extract/data/fact_scorer.json``).

    .venv/bin/python scripts/train_scorer.py [DEVSET] [--write]

Runs the rules over every labelled article (``extract_candidates``), labels each candidate
fact kept (it matches a label compatibly, or an optional label) or dropped (a false fact), and
fits a logistic regression on the structural features of ``monitor.extract.scorer`` (scikit-
learn, from the ``dev`` extra). It writes one model per fold, trained without that fold (what
``monitor eval --folds 5`` scores each fold with), and one trained on every fold (service).

The drop threshold is chosen on the cross-validated probabilities of the open folds' articles
only, so the sealed folds' figure stays an estimate on articles nothing was tuned to. Their
labels do enter the training of the models that score the *other* folds, read by this script
alone and only in aggregate.

Rerun it whenever the rules or the features change: the shipped models describe the candidates
the rules made when they were trained.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sklearn.linear_model import LogisticRegression

from monitor.extract.evaluate import _as_labelled, load_corpus, score_article
from monitor.extract.facts import candidates_with_rules
from monitor.extract.folds import load_folds
from monitor.extract.scorer import ALL_FEATURES, DATA_FILE, feature_rows

#: Regularisation: fixed, not tuned (tuning it on the folds would leak the sealed ones).
C = 1.0
OUT = Path(__file__).resolve().parent.parent / "monitor" / "extract" / "data" / DATA_FILE


def _rows(devset: Path) -> tuple[list[list[float]], list[int], list[str], dict[str, int]]:
    """Feature rows, labels (1 keep, 0 drop), the article id of each row, and each article's
    gold count."""
    rows: list[list[float]] = []
    labels: list[int] = []
    ids: list[str] = []
    gold: dict[str, int] = {}
    for item in load_corpus(devset):
        facts, fired = candidates_with_rules(item.article)
        predicted = [_as_labelled(f) for f in facts]
        result = score_article(item, predicted)
        false = {id(p.fact) for p in result.false_facts}
        gold[item.id] = len(item.facts)
        for row, labelled in zip(feature_rows(item.article, facts, fired), predicted, strict=True):
            rows.append(row)
            labels.append(0 if id(labelled) in false else 1)
            ids.append(item.id)
    return rows, labels, ids, gold


def _fit(rows: list[list[float]], labels: list[int]) -> LogisticRegression:
    model = LogisticRegression(C=C, max_iter=2000, class_weight=None)
    model.fit(rows, labels)
    return model


def _best_threshold(probabilities: list[float], labels: list[int], gold: int) -> float:
    """The drop threshold that maximises compatible F1 = 2 kept-true / (gold + kept)."""
    best, best_f1 = 0.0, -1.0
    for step in range(0, 80):
        threshold = step / 100
        kept = [label for p, label in zip(probabilities, labels, strict=True) if p >= threshold]
        f1 = 2 * sum(kept) / (gold + len(kept)) if gold + len(kept) else 0.0
        if f1 > best_f1 + 1e-9:
            best, best_f1 = threshold, f1
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("devset", nargs="?", default=str(Path(__file__).resolve().parents[3]
                                                         / "shared" / "devset"))
    parser.add_argument("--write", action="store_true",
                        help=f"ship the models (monitor/extract/data/{DATA_FILE}); without it "
                        "the script only reports the cross-validated figures")
    args = parser.parse_args(argv)
    folds = load_folds()
    rows, labels, ids, gold = _rows(Path(args.devset))
    fold_of = {i: folds.fold_of(i) for i in set(ids)}
    models: dict[str, LogisticRegression] = {}
    held_out_p: list[float] = [0.0] * len(rows)
    for number in range(1, len(folds.folds) + 1):
        train = [j for j, i in enumerate(ids) if fold_of[i] != number]
        model = _fit([rows[j] for j in train], [labels[j] for j in train])
        models[f"without-{number}"] = model
        test = [j for j, i in enumerate(ids) if fold_of[i] == number]
        for j, p in zip(test, model.predict_proba([rows[j] for j in test])[:, 1], strict=True):
            held_out_p[j] = float(p)
    models["all"] = _fit(rows, labels)
    open_rows = [j for j, i in enumerate(ids) if fold_of[i] not in folds.sealed]
    open_gold = sum(g for i, g in gold.items() if folds.fold_of(i) not in folds.sealed)
    threshold = _best_threshold([held_out_p[j] for j in open_rows],
                                [labels[j] for j in open_rows], open_gold)
    kept_true = sum(1 for j in open_rows if labels[j] and held_out_p[j] >= threshold)
    kept = sum(1 for j in open_rows if held_out_p[j] >= threshold)
    before = 2 * sum(labels[j] for j in open_rows) / (open_gold + len(open_rows))
    after = 2 * kept_true / (open_gold + kept)
    print(f"candidates {len(rows)} (true {sum(labels)}), open gold {open_gold}; "
          f"threshold {threshold:.2f}: open folds keep {kept} of {len(open_rows)}, "
          f"{kept_true} true; compatible F1 {before:.3f} -> {after:.3f} (cross-validated)",
          file=sys.stderr)
    weights = sorted(zip(ALL_FEATURES, models["all"].coef_[0], strict=True),
                     key=lambda x: -abs(x[1]))
    print("largest weights: " + ", ".join(f"{n} {w:+.2f}" for n, w in weights[:12]),
          file=sys.stderr)
    data = {
        "about": "Logistic regression over monitor.extract.scorer.FEATURES; trained by "
                 "scripts/train_scorer.py on the devset; 'all' serves, 'without-N' scores "
                 "fold N in monitor eval --folds 5.",
        "features": list(ALL_FEATURES),
        "models": {name: {"weights": [round(float(w), 5) for w in m.coef_[0]],
                          "bias": round(float(m.intercept_[0]), 5),
                          "threshold": threshold}
                   for name, m in sorted(models.items())},
    }
    if args.write:
        OUT.write_text(json.dumps(data, indent=1) + "\n", "utf-8")
        print(f"wrote {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
