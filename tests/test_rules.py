"""The extractor's rules are named records in one place, and `monitor extract --explain` says
which rules made each fact and which rule dropped each candidate. Sentences of our own."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from monitor.cli import main
from monitor.extract import rules
from monitor.extract.explain import explain
from monitor.models import Article

SOURCES = Path(__file__).resolve().parent.parent / "monitor" / "extract"


def test_every_rule_has_kinds_an_action_and_an_example() -> None:
    for name, rule in rules.RULES.items():
        assert rule.name == name and rule.kinds and rule.action and rule.example, name
        assert set(rule.kinds) <= set(rules.ALL_KINDS), name


def test_every_rule_named_in_the_code_is_registered() -> None:
    used = set()
    for path in SOURCES.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r'"((?:title|drop|kind|date|certainty|list)\.[a-z_.]+)"', text))
    assert used and used <= set(rules.RULES), used - set(rules.RULES)


def test_an_unknown_rule_name_fails_at_once() -> None:
    with pytest.raises(KeyError, match="unknown extraction rule"):
        rules.check("drop.because_i_said_so")


def test_explain_names_the_rules_of_each_fact_and_each_drop() -> None:
    text = ("Hulu has renewed Glass Harbor for a third season. "
            "Salt Road has not been renewed for a second season. "
            "In the end Scotland wrapped filming for the crew.")
    article = Article("u", "", text, dt.date(2024, 5, 10))
    facts, report = explain(article)
    assert {(f.show, f.season, f.kind) for f in facts} >= {("Glass Harbor", 3, "renewed")}
    facts_part, dropped_part = report.split("DROPPED CANDIDATES")
    assert "Glass Harbor S3 renewed 2024-05" in facts_part
    assert "trigger.vocabulary" in facts_part and "date.publication_month" in facts_part
    assert "-> drop.negated" in dropped_part
    assert "vetoed Scotland: title.veto.place" in report


def test_no_trace_is_kept_when_not_explaining() -> None:
    assert rules.active() is None
    with rules.tracing() as trace:
        assert rules.active() is trace
    assert rules.active() is None


def test_cli_extract_explain(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Will Glass Harbor return for a fifth season?\n\nNetflix has cancelled "
                    "Glass Harbor after four seasons.", encoding="utf-8")
    assert main(["extract", str(path), "--published", "2024-05-10", "--explain"]) == 0
    out = capsys.readouterr().out
    assert "Glass Harbor S4 cancelled" in out and "-> drop.question" in out
