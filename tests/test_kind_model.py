"""The learned (show, kind) model (``monitor/extract/kindmodel.py``): plain-Python inference on
tiny models written here, the rows it reads, proposals and vetoes as traced rules, and the
training script on an invented mini-corpus. Every sentence is invented."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import math
import sys
from pathlib import Path

import pytest
from articles import FullRow, full_rows, make_article

from monitor.extract import kindmodel
from monitor.extract.explain import explain
from monitor.extract.facts import extract_facts
from monitor.models import Article

ROOT = Path(__file__).resolve().parent.parent

ARTICLE = make_article(
    url="https://example.test/salt-road",
    headline="Netflix renews Salt Road",
    body=("Netflix has renewed the drama Salt Road for a second season, the streamer said on "
          "Tuesday.\n\nThe cast of Salt Road is back in the studio in Vancouver for season 2. "
          "Salt Road will return to screens on June 3, 2025, the network says."),
    published=dt.date(2024, 5, 14))


def _facts(model: kindmodel.Model | None, article: Article = ARTICLE) -> set[FullRow]:
    with kindmodel.using(model):
        return full_rows(extract_facts(article))


def test_probability_is_a_logistic_over_the_named_features() -> None:
    model = kindmodel.Model({"renewed|w:back": 2.0, "renewed|bias": 0.5}, -1.0, 0.9, 0.1)
    features = {"renewed|w:back": 1.0, "renewed|bias": 1.0, "renewed|w:unknown": 1.0}
    assert model.probability(features) == pytest.approx(1 / (1 + math.exp(-1.5)))
    assert model.probability({}) == pytest.approx(1 / (1 + math.exp(1.0)))


def test_parse_reads_the_shipped_form() -> None:
    models = kindmodel.parse({"models": {"all": {"bias": -2.0, "propose": 0.9, "veto": 0.05,
                                                 "weights": {"cancelled|w:axed": 3.5}}}})
    assert models["all"] == kindmodel.Model({"cancelled|w:axed": 3.5}, -2.0, 0.9, 0.05)
    with pytest.raises(ValueError):
        kindmodel.parse({"models": []})


def test_rows_mask_the_title_and_numbers_and_join_each_kind() -> None:
    with kindmodel.using(None), kindmodel.recording() as recorded:
        extract_facts(ARTICLE)
    facts, rows = recorded[0]
    assert {(f.show, f.kind) for f in facts} == {("Salt Road", "renewed"), ("Salt Road",
                                                                             "premiere")}
    by_kind = {row.kind: row for row in rows if row.show == "Salt Road"}
    assert set(by_kind) == set(kindmodel.KINDS)
    renewed = by_kind["renewed"].features
    assert "renewed|w:<show>" in renewed and "renewed|w2:drama <show>" in renewed
    assert "renewed|w:0" in renewed and "renewed|w:2" not in renewed  # numbers as one token
    assert not any(name.endswith((":salt", ":road")) for name in renewed)  # the title masked
    assert "renewed|h:renews" in renewed and "renewed|in_headline" in renewed
    assert "renewed|trig_near:renewed" in renewed and "renewed|ruled:premiere" in renewed
    assert all(name.startswith("premiere|") for name in by_kind["premiere"].features)
    assert by_kind["renewed"].ruled and by_kind["renewed"].proposal() is None
    assert not by_kind["filming_started"].ruled


def test_a_model_that_never_acts_changes_nothing() -> None:
    rules_alone = _facts(None)
    assert _facts(kindmodel.Model({"filming_started|w:studio": 9.0}, 0.0, 1.01, 0.0)) == \
        rules_alone


def test_a_kind_scored_above_the_threshold_is_proposed_and_explained() -> None:
    article = make_article(url="https://example.test/glass-harbor", headline="Glass Harbor update",
                           body="The cast of Glass Harbor is back in the studio in Vancouver for "
                                "season 2. Glass Harbor stars Ana Reyes and Tom Ford.",
                           published=dt.date(2024, 5, 14))
    model = kindmodel.Model({"filming_started|w:studio": 6.0}, -3.0, 0.5, 0.0)
    found = _facts(model, article)
    # the season its sentence names; undated news of the day: the publication month
    assert found == {("Glass Harbor", 2, "filming_started", "2024-05", "confirmed")}
    assert _facts(None, article) == set()
    with kindmodel.using(model):
        _, text = explain(article)
    assert "Glass Harbor S2 filming_started 2024-05 (confirmed)" in text
    assert "evidence: The cast of Glass Harbor is back in the studio" in text
    assert "rules: kind.model_proposed" in text


def test_a_premiere_is_proposed_only_with_a_date_in_its_sentence() -> None:
    article = make_article(url="https://example.test/tin-roof", headline="Tin Roof is coming back",
                           body="The comedy Tin Roof is coming back to the channel with season 4. "
                                "Tin Roof stars Ana Reyes.",
                           published=dt.date(2024, 5, 14))
    model = kindmodel.Model({"premiere|bias": 9.0, "cancelled|bias": 9.0}, 0.0, 0.5, 0.0)
    found = _facts(model, article)
    assert not any(kind == "premiere" for _, _, kind, _, _ in found)
    assert ("Tin Roof", 4, "cancelled", "2024-05", "confirmed") in found  # what the model says


def test_a_proposal_takes_the_hedge_of_its_sentence() -> None:
    article = make_article(url="https://example.test/paper-moon", headline="Paper Moon news",
                           body="The drama Paper Moon could be back in the studio this summer for "
                                "season 3, insiders say. Paper Moon stars Ana Reyes.",
                           published=dt.date(2024, 5, 14))
    model = kindmodel.Model({"filming_started|w:studio": 9.0}, -3.0, 0.5, 0.0)
    found = {f for f in _facts(model, article) if f[2] == "filming_started"}
    assert found and all(certainty == "speculative" for *_, certainty in found)


def test_a_rule_fact_scored_under_the_veto_is_dropped_and_explained() -> None:
    model = kindmodel.Model({"renewed|w:renewed": -12.0}, 3.0, 1.01, 0.2)
    found = _facts(model)
    assert not any(kind == "renewed" for _, _, kind, _, _ in found)
    assert ("Salt Road", 2, "premiere", "2025-06-03", "expected") in found
    with kindmodel.using(model):
        _, text = explain(ARTICLE)
    assert "kind.model_vetoed" in text.split("DROPPED CANDIDATES")[1]


# --- the training script on an invented mini-corpus -------------------------------------------

_SHOWS = ("Salt Road", "Glass Harbor", "Tin Roof", "Night Ferry", "Paper Moon", "Copper Hill",
          "Blue Lantern", "Iron Orchard", "Quiet Valley")
_SENTENCES = {
    "renewed": "{network} has renewed the drama {show} for a third season, it said on Monday.",
    "cancelled": "{network} has cancelled the comedy {show} after two seasons.",
    "filming_started": "Filming on the third season of the drama {show} began this week.",
}


def _mini_corpus(root: Path) -> tuple[Path, Path]:
    articles = root / "corpus" / "articles"
    articles.mkdir(parents=True)
    ids = []
    kinds = list(_SENTENCES)
    for n, show in enumerate(_SHOWS):
        kind = kinds[n % 3]
        ident = f"{201 + n}"
        ids.append(ident)
        season = 2 if kind == "cancelled" else 3
        text = (_SENTENCES[kind].format(network="Netflix", show=show)
                + f"\n\n{show} stars Ana Reyes and Tom Ford. The drama {show} is set in Maine.")
        (articles / f"{ident}.json").write_text(json.dumps({
            "id": ident, "url": f"https://example.test/{ident}", "title": f"{show} news",
            "published": "2024-05-14", "text": text,
            "facts": [{"show": show, "season": season, "kind": kind, "date": "2024-05",
                       "certainty": "confirmed"}]}), "utf-8")
    folds = root / "folds.json"
    folds.write_text(json.dumps({"folds": [ids[0:3], ids[3:6], ids[6:9]], "sealed": [3]}),
                     "utf-8")
    return root / "corpus", folds


def test_the_training_script_writes_models_the_service_reads(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]
                                                             ) -> None:
    pytest.importorskip("sklearn")
    spec = importlib.util.spec_from_file_location("train_kind_model",
                                                  ROOT / "scripts" / "train_kind_model.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    sys.modules["train_kind_model"] = script
    spec.loader.exec_module(script)
    corpus, folds = _mini_corpus(tmp_path)
    out = tmp_path / "kind_model.json"
    assert script.main([str(corpus), "--folds", str(folds), "--write", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "9 articles" in printed and "rules open 075+" in printed
    assert "both open 075+" in printed and "sealed" not in printed.lower()
    models = kindmodel.parse(json.loads(out.read_text("utf-8")))
    assert set(models) == {"all", "without-1", "without-2", "without-3"}
    weights = models["all"].weights
    assert weights and len(weights) <= script.TOP
    assert all(name.split("|", 1)[0] in kindmodel.KINDS for name in weights)
    # it learned something of the corpus: its own kind's trigger weighs for the kind
    assert weights.get("renewed|trig_near:renewed", 0.0) > 0
    with kindmodel.using(models["all"]):
        assert extract_facts(make_article(url="https://example.test/x", headline="Salt Road news",
                                          body=_SENTENCES["renewed"].format(network="HBO",
                                                                            show="Salt Road"),
                                          published=dt.date(2024, 5, 14)))
