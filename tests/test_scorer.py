"""The learned fact scorer: a plain-Python logistic regression over structural features,
shipped as JSON with one model per fold held out. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest
from articles import make_article

from monitor.extract import scorer
from monitor.extract.evaluate import cross_validated
from monitor.extract.facts import candidates_with_rules, extract_facts, filter_candidates
from monitor.extract.folds import Folds, load_folds

ARTICLE = make_article("Hulu has renewed Glass Harbor for a third season. Filming on the second "
                       "season of Tin Roof wrapped in March.", "Glass Harbor renewed for season 3",
                       dt.date(2024, 5, 15), "https://news.example/glass-harbor-renewed")


def _model(bias: float, threshold: float = 0.5) -> scorer.Model:
    return scorer.Model(tuple(0.0 for _ in scorer.ALL_FEATURES), bias, threshold)


def _file(bias: float) -> dict[str, object]:
    model = {"weights": [0.0] * len(scorer.ALL_FEATURES), "bias": bias, "threshold": 0.5}
    return {"features": list(scorer.ALL_FEATURES),
            "models": {"all": model, **{f"without-{n}": model for n in range(1, 6)}}}


def test_a_scorer_file_holds_a_model_per_fold_and_one_for_service() -> None:
    data = scorer.parse(_file(2.0))
    assert data.for_training(None).bias == 2.0 and data.for_training(3).bias == 2.0
    with pytest.raises(KeyError, match="without-9"):
        data.for_training(9)


def test_a_file_trained_on_other_features_is_refused() -> None:
    with pytest.raises(ValueError, match="other features"):
        scorer.parse({"features": ["kind=renewed"], "models": {}})


def test_the_model_keeps_what_scores_over_its_threshold() -> None:
    candidates = candidates_with_rules(ARTICLE)
    assert len(candidates[0]) >= 2
    assert filter_candidates(ARTICLE, candidates, _model(30.0)) == candidates[0]
    assert filter_candidates(ARTICLE, candidates, _model(-30.0)) == []
    assert filter_candidates(ARTICLE, candidates, None) == candidates[0]


def test_features_are_structural_and_one_per_name() -> None:
    facts, fired = candidates_with_rules(ARTICLE)
    rows = scorer.feature_rows(ARTICLE, facts, fired)
    assert all(len(row) == len(scorer.ALL_FEATURES) for row in rows)
    named = dict(zip(scorer.ALL_FEATURES, rows[0], strict=True))
    assert named["title_in_headline"] == 1.0 and named["title_in_url"] == 1.0
    assert any(rule.startswith("title.keep") for rule in fired[0])


def test_a_weight_moves_the_decision() -> None:
    facts, fired = candidates_with_rules(ARTICLE)
    weights = [0.0] * len(scorer.ALL_FEATURES)
    weights[scorer.ALL_FEATURES.index("title_in_headline")] = 10.0
    model = scorer.Model(tuple(weights), -5.0, 0.5)
    kept = filter_candidates(ARTICLE, (facts, fired), model)
    assert {f.show for f in kept} == {"Glass Harbor"}


def test_service_extraction_applies_the_service_model() -> None:
    # No scorer is shipped today (it did not beat the rules on the sealed folds): the rules'
    # candidates are the facts.
    assert scorer.shipped() is None
    assert extract_facts(ARTICLE) == filter_candidates(
        ARTICLE, candidates_with_rules(ARTICLE), scorer.service_model())


def test_cross_validation_only_with_a_scorer_and_the_repository_folds() -> None:
    assert cross_validated(load_folds()) is None  # nothing shipped: the rules score every fold
    assert cross_validated(Folds((("001",), ("002",)))) is None
