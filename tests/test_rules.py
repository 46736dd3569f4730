"""The extractor's rules are named records in one place, and `monitor extract --explain` says
which rules made each fact and which rule dropped each candidate. Sentences of our own."""

from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path

import pytest
from articles import make_article

from monitor.cli import main
from monitor.extract import rules
from monitor.extract.explain import explain
from monitor.extract.facts import extract_facts

SOURCES = Path(__file__).resolve().parent.parent / "monitor" / "extract"


def test_every_rule_has_kinds_a_description_and_an_example() -> None:
    for name, rule in rules.RULES.items():
        assert rule.name == name and rule.kinds and rule.does and rule.example, name
        assert set(rule.kinds) <= set(rules.ALL_KINDS), name
        assert rule.stage is None or rule.stage in rules.STAGES, name


#: Dotted names in the extractor's source that are files, not rules.
_FILE_NAME = re.compile(r".*\.(?:json|py|txt|xml|html|db|toml)")


def _rule_like_strings() -> dict[str, set[str]]:
    """Every string constant of the extractor's source shaped like a rule name, by file."""
    found: dict[str, set[str]] = {}
    for path in SOURCES.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and re.fullmatch(r"[a-z]+(?:\.[a-z_]+)+", node.value)
                    and not _FILE_NAME.fullmatch(node.value)):
                found.setdefault(node.value, set()).add(path.name)
    return found


def test_every_rule_named_in_the_code_is_registered() -> None:
    used = _rule_like_strings()
    # The scan sees the title rules that shows.py and titles.py name.
    assert "shows.py" in used["title.veto.person_context"]
    assert "titles.py" in used["title.veto.network"]
    unknown = {name: files for name, files in used.items() if name not in rules.RULES}
    assert not unknown, f"rules used but not registered in rules.py: {unknown}"


def test_every_registered_rule_is_used() -> None:
    used = {name for name, files in _rule_like_strings().items() if files != {"rules.py"}}
    unused = [name for name, rule in rules.RULES.items()
              if rule.stage is None and name not in used]
    assert not unused, f"registered but never applied: {unused}"


@pytest.mark.parametrize("name", [n for n, r in rules.RULES.items() if r.stage is not None])
def test_each_engine_rule_fires_on_its_own_example(name: str) -> None:
    """A rule's example ("headline || body" when it needs a headline) makes the rule act."""
    rule = rules.RULES[name]
    title, _, body = rule.example.rpartition(" || ")
    with rules.tracing() as trace:
        extract_facts(make_article(body, title, dt.date(2024, 5, 15)))
    acted = {r for e in trace.events for r in e.rules}
    assert name in acted, (rule.example, [(e.phrase, e.rules) for e in trace.events])


def test_a_first_match_stage_stops_at_the_first_rule_and_an_every_stage_does_not() -> None:
    # "returns for season 3 on June 5": one date rule acts (the owned phrase), while the kind
    # stage both re-reads the kind and its certainty.
    article = make_article("Glass Harbor returns for season 3 on June 5.",
                           published=dt.date(2024, 5, 15))
    with rules.tracing() as trace:
        facts = extract_facts(article)
    assert [(f.show, f.season, f.kind, f.date, f.certainty) for f in facts] == [
        ("Glass Harbor", 3, "premiere", "2024-06-05", "expected")]
    made = next(e for e in trace.events if e.facts)
    date_rules = [r for r in made.rules if rules.RULES[r].stage == "date"]
    assert date_rules == ["date.owned_phrase"]
    assert made.rules.index("kind.return_with_date_is_premiere") < made.rules.index(
        "certainty.future_date")


def test_an_unknown_rule_name_fails_at_once() -> None:
    with pytest.raises(KeyError, match="unknown extraction rule"):
        rules.check("drop.because_i_said_so")


def test_explain_names_the_rules_of_each_fact_and_each_drop() -> None:
    text = ("Hulu has renewed Glass Harbor for a third season. "
            "Salt Road has not been renewed for a second season. "
            "In the end Scotland wrapped filming for the crew.")
    article = make_article(text, published=dt.date(2024, 5, 10))
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
