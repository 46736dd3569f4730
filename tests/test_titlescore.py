"""The learned title scorer's plumbing (issue 10, round 3): measured, not shipped; when a model
is active it decides which candidates are titles, watched titles always stay, and a file
trained on other features is refused. Sentences written for this file."""

from __future__ import annotations

import pytest

from monitor.extract import titlescore
from monitor.extract.shows import discover, last_verdicts
from monitor.models import ShowName

TEXTS = ["Netflix has renewed Glass Harbor for a third season.",
         "Jane Doe wrapped filming on the comedy on Friday."]


def _model(bias: float, threshold: float = 0.5) -> titlescore.Model:
    return titlescore.Model(tuple(0.0 for _ in titlescore.FEATURES), bias, threshold)


def test_no_title_model_ships_so_the_rules_decide() -> None:
    assert titlescore.shipped() is None and titlescore.current() is None
    assert discover(TEXTS, "").titles == ("Glass Harbor",)


def test_an_active_model_decides_and_watched_titles_stay() -> None:
    with titlescore.using(_model(-30.0)):
        assert discover(TEXTS, "").titles == ()
        assert {v.rule for v in last_verdicts()} >= {"title.scorer.drop"}
        watched = discover(TEXTS, "", known_shows=(ShowName("Glass Harbor"),))
        assert watched.titles == ("Glass Harbor",)
    with titlescore.using(_model(30.0)):
        titles = discover(TEXTS, "").titles
        assert "Jane Doe" in titles  # the rules' person veto, overruled
        assert {v.title: v.rule for v in last_verdicts()}["Jane Doe"] == "title.scorer.keep"


def test_every_candidate_is_recorded_with_a_full_feature_vector() -> None:
    with titlescore.using(None), titlescore.recording() as rows:
        discover(TEXTS, "")
    assert {(c.title, c.rule) for c, _, _ in rows} == {
        ("Glass Harbor", "title.keep.strong"), ("Jane Doe", "title.veto.person_name")}
    for candidate, view, key in rows:
        vector = titlescore.features(candidate, view, key)
        assert len(vector) == len(titlescore.FEATURES)
        assert vector[titlescore.FEATURES.index(f"rule={candidate.rule}")] == 1.0


def test_a_title_scorer_file_trained_on_other_features_is_refused() -> None:
    with pytest.raises(ValueError, match="other features"):
        titlescore.parse({"features": ["cue=quoted"], "models": {}})
    model = {"weights": [0.0] * len(titlescore.FEATURES), "bias": 1.0, "threshold": 0.4}
    models = titlescore.parse({"features": list(titlescore.FEATURES),
                               "models": {"all": model, "without-2": model}})
    assert models["without-2"].threshold == 0.4
