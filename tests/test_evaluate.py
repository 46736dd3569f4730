"""The corpus scorer, on tiny hand-made corpora in both layouts (devset and seeds)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from monitor.errors import ParseError
from monitor.extract.evaluate import (
    LabelledFact,
    compatible_match,
    evaluate_corpus,
    format_report,
    format_table,
    greedy_match,
    load_corpus,
    run_eval,
    strict_match,
)
from monitor.models import Article, Fact

ARTICLE_TEXT = (
    "Harbor Lights season 2 has officially wrapped filming. "
    "The series is expected to return in 2025."
)
LABELS = [
    {"show": "Harbor Lights", "season": 2, "kind": "filming_wrapped", "date": "2024-05",
     "certainty": "confirmed"},
    {"show": "Harbor Lights", "season": 2, "kind": "premiere", "date": "2025-SP",
     "certainty": "expected"},
    {"show": "Night Ferry", "season": 1, "kind": "cancelled", "date": None,
     "certainty": "confirmed"},
]


def _devset(root: Path) -> Path:
    (root / "articles").mkdir(parents=True)
    article = {"id": "harbor-wrap", "url": "https://news.example/harbor", "title":
               "Harbor Lights Season 2 Wraps", "published": "2024-05-15", "text": ARTICLE_TEXT,
               "facts": LABELS}
    (root / "articles" / "001.json").write_text(json.dumps(article), encoding="utf-8")
    return root


def _seeds(root: Path) -> Path:
    root.mkdir(parents=True)
    (root / "001_x.txt").write_text(ARTICLE_TEXT, encoding="utf-8")
    entry = {"file": "001_x.txt", "url": None, "title": "Harbor Lights Season 2 Wraps",
             "published": "2024-05-15", "facts": LABELS}
    (root / "labels.json").write_text(json.dumps([entry]), encoding="utf-8")
    return root


@pytest.mark.parametrize("layout", [_devset, _seeds], ids=["devset", "seeds"])
def test_both_layouts_load_the_same_article(tmp_path: Path, layout) -> None:  # type: ignore
    [item] = load_corpus(layout(tmp_path / "corpus"))
    assert item.article.text == ARTICLE_TEXT
    assert item.article.published.isoformat() == "2024-05-15"
    assert [f.kind for f in item.facts] == ["filming_wrapped", "premiere", "cancelled"]


def test_empty_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="no articles/"):
        load_corpus(tmp_path)


def test_broken_label_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "labels.json").write_text("[{", encoding="utf-8")
    with pytest.raises(ParseError, match="labels.json: not valid JSON"):
        load_corpus(tmp_path)


def test_scores_the_real_extractor(tmp_path: Path) -> None:
    report = evaluate_corpus(_devset(tmp_path / "corpus"))
    # wrap: strict; premiere 2025 vs label 2025-SP: compatible only; Night Ferry: missed.
    assert report.overall.gold == 3
    assert report.per_kind["filming_wrapped"].strict_tp == 1
    assert report.per_kind["premiere"].strict_tp == 0
    assert report.per_kind["premiere"].compatible_tp == 1
    assert [p.fact.show for p in report.misses] == ["Night Ferry"]
    assert report.certainty_agreement == 1.0


def _fixed(facts: Sequence[Fact]):  # type: ignore[no-untyped-def]
    return lambda article: list(facts)


def _fact(show: str, season: int | None, kind: str, date: str | None,
          certainty: str = "confirmed", value: int | None = None) -> Fact:
    return Fact(show=show, season=season, kind=kind, date=date,  # type: ignore[arg-type]
                certainty=certainty, evidence=f"{show} evidence", value=value)  # type: ignore


def test_counts_false_facts_with_evidence_and_near_label(tmp_path: Path) -> None:
    corpus = _devset(tmp_path / "corpus")
    predicted = [
        _fact("harbor lights", 2, "filming_wrapped", "2024-05-14"),   # compatible only
        _fact("Harbor Lights", 2, "premiere", "2026", "speculative"),  # wrong date
        _fact("Night Ferry", 2, "cancelled", None),                   # next season accepted
    ]
    report = evaluate_corpus(corpus, extractor=_fixed(predicted))
    assert report.overall.predicted == 3
    assert report.overall.compatible_tp == 2
    assert report.overall.strict_tp == 1  # Night Ferry: labelled date None == predicted None
    [false] = report.false_facts
    assert false.fact.date == "2026" and false.near is not None
    text = format_report(report, verbose=True)
    assert "FALSE FACTS" in text and "Harbor Lights evidence" in text
    assert "MISSES" in text and "Harbor Lights S2 premiere 2025-SP" in text
    assert "OVERALL" in format_report(report, verbose=False)


def _lf(show: str, season: int | None, kind: str, date: str | None,
        value: int | None = None) -> LabelledFact:
    return LabelledFact(show, season, kind, date, "confirmed", value)


@pytest.mark.parametrize(("gold", "pred", "strict", "compatible"), [
    (_lf("The Harbor", 3, "premiere", "2024-06-26"), _lf("Harbor", 3, "premiere", "2024-06-26"),
     True, True),
    (_lf("Salt & Pepper: LA", 21, "renewed", None), _lf("salt and pepper la", 21, "renewed",
                                                        "2019"), False, True),
    (_lf("Nobody", 2, "renewed", "2024-05"), _lf("Nōbody", 2, "renewed", "2024-05-07"),
     False, True),
    (_lf("X", 2, "premiere", "2025-SP"), _lf("X", 2, "premiere", "2025-04"), False, True),
    (_lf("X", 2, "premiere", "2025-04"), _lf("X", 2, "premiere", None), False, False),
    (_lf("X", 2, "premiere", "2025"), _lf("X", 3, "premiere", "2025"), False, False),
    (_lf("X", 1, "cancelled", None), _lf("X", 2, "cancelled", None), True, True),
    (_lf("X", 1, "cancelled", None), _lf("X", 1, "renewed", None), False, False),
    (_lf("X", 2, "episode_count", None, 8), _lf("X", 2, "episode_count", None, 10),
     False, False),
])
def test_match_rules(gold: LabelledFact, pred: LabelledFact, strict: bool,
                     compatible: bool) -> None:
    assert strict_match(gold, pred) is strict
    assert compatible_match(gold, pred) is compatible


def test_greedy_matching_prefers_strict_pairs_and_is_deterministic() -> None:
    gold = [_lf("X", 2, "premiere", "2025"), _lf("X", 2, "premiere", "2025-04-01")]
    pred = [_lf("X", 2, "premiere", "2025-04-01"), _lf("X", 2, "premiere", "2025")]
    pairs = greedy_match(gold, pred, compatible_match)
    assert pairs == [(0, 1), (1, 0)]
    assert greedy_match(gold, pred, compatible_match) == pairs


def test_run_eval_returns_text_and_report(tmp_path: Path) -> None:
    text, report = run_eval(_seeds(tmp_path / "seeds"), verbose=True)
    assert report.articles == 1
    assert text.startswith("corpus:")
    assert "certainty agreement" in text


def test_seed_fixtures_score_perfectly(seeds_dir: Path) -> None:
    report = evaluate_corpus(seeds_dir)
    assert report.overall.compatible_tp == report.overall.gold
    assert not report.false_facts


def test_extractor_receives_articles(tmp_path: Path) -> None:
    seen: list[Article] = []

    def spy(article: Article) -> list[Fact]:
        seen.append(article)
        return []

    evaluate_corpus(_devset(tmp_path / "corpus"), extractor=spy)
    assert {a.url for a in seen} == {"https://news.example/harbor"}  # one warm-up call too


def test_markdown_table_has_a_row_per_kind_and_overall(tmp_path: Path) -> None:
    text, report = run_eval(_seeds(tmp_path / "seeds"), markdown=True)
    table = format_table(report)
    assert table in text
    rows = table.splitlines()
    assert rows[0].startswith("| kind | gold | pred |") and rows[1].startswith("|---|")
    assert len(rows) == 2 + len(report.per_kind) + 1
    assert rows[-1].startswith("| **overall** | ") and all(r.endswith("|") for r in rows)


def _devset_with_optional(root: Path) -> Path:
    (root / "articles").mkdir(parents=True)
    article = {"id": "x", "url": "https://news.example/x", "title": "T", "published":
               "2024-05-15", "text": ARTICLE_TEXT, "facts": LABELS[:1],
               "optional_facts": [{"show": "Harbor Lights", "season": 2, "kind": "premiere",
                                   "date": "2025", "certainty": "expected"}]}
    (root / "articles" / "080.json").write_text(json.dumps(article), encoding="utf-8")
    return root


def test_optional_facts_count_neither_as_hits_nor_as_false_facts(tmp_path: Path) -> None:
    corpus = _devset_with_optional(tmp_path / "corpus")
    predicted = [_fact("Harbor Lights", 2, "filming_wrapped", "2024-05"),
                 _fact("Harbor Lights", 2, "premiere", "2025-04", "expected"),
                 _fact("Harbor Lights", 3, "premiere", "2026", "expected")]
    report = evaluate_corpus(corpus, extractor=_fixed(predicted))
    overall = report.overall
    assert (overall.gold, overall.predicted, overall.compatible_tp) == (1, 2, 1)
    assert report.optional_hits == 1
    assert [p.fact.season for p in report.false_facts] == [3]
    assert "optional facts found: 1" in format_report(report)


def test_sealed_articles_are_scored_but_never_listed(tmp_path: Path) -> None:
    corpus = _devset_with_optional(tmp_path / "corpus")
    report = evaluate_corpus(corpus, extractor=_fixed([_fact("Night Ferry", 1, "renewed", None)]))
    text = format_report(report, verbose=True, hidden=lambda article_id: article_id == "080")
    assert "Night Ferry" not in text and "Harbor Lights" not in text
    assert "2 misses and false facts of sealed articles not listed" in text
    assert "Night Ferry" in format_report(report, verbose=True)


def test_folds_are_scored_one_by_one_and_pooled(tmp_path: Path) -> None:
    from monitor.extract.evaluate import evaluate_folds, format_folds
    from monitor.extract.folds import Folds

    corpus = _devset_with_optional(tmp_path / "corpus")
    (corpus / "articles" / "001.json").write_text(json.dumps({
        "id": "001", "url": "u", "title": "", "published": "2024-01-02",
        "text": "Netflix renewed Glass Harbor for a second season.",
        "facts": [{"show": "Glass Harbor", "season": 2, "kind": "renewed", "date": None,
                   "certainty": "confirmed"}]}), encoding="utf-8")
    trained_on: list[frozenset[str]] = []

    def extractor_for(training: frozenset[str]):  # type: ignore[no-untyped-def]
        trained_on.append(training)
        return _fixed([_fact("Glass Harbor", 2, "renewed", None)])

    folds = Folds((("001",), ("080",)), frozenset({2}))
    result = evaluate_folds(corpus, folds, extractor_for)
    assert trained_on == [frozenset({"080"}), frozenset({"001"})]
    assert result.report([1]).overall.compatible_tp == 1
    assert result.report([2]).overall.compatible_tp == 0
    assert result.pooled.overall.gold == 2
    text = format_folds(result)
    assert "2 sealed" in text and "sealed 075+" in text and "open 001-074" in text
