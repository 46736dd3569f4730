"""``monitor status`` and ``monitor history`` show where sources disagree; ``monitor replay
--json`` payloads carry reported_late and previous_date (state written by the store's ingest)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from monitor.cli import main
from monitor.models import Article, Fact
from monitor.store.state import StateStore

NOW = dt.datetime(2025, 3, 1, 9, 0, tzinfo=dt.UTC)


def fact(kind: str, date: str | None, certainty: str = "expected") -> Fact:
    return Fact(show="Example Show", season=2, kind=kind, date=date,  # type: ignore[arg-type]
                certainty=certainty,  # type: ignore[arg-type]
                evidence=f"Example Show season 2: {kind} {date}.")


@pytest.fixture
def state(tmp_path: Path) -> Path:
    path = tmp_path / "state.db"
    with StateStore(path) as store:
        for url, published, date in [("https://n.example/a", "2025-02-01", "2025-04-14"),
                                     ("https://n.example/b", "2025-02-01", "2025-04-14"),
                                     ("https://n.example/c", "2025-02-01", "2025-04-07")]:
            store.articles.ingest(Article(url=url, title="t", text=url,
                                 published=dt.date.fromisoformat(published)),
                         [fact("premiere", date)], watched=lambda _t: True, channels=(),
                         now=NOW)
    return path


def test_status_marks_the_disagreement_and_explains_it(
        state: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status", "--state", str(state)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["SHOW", "SEASON", "STATUS", "SINCE", "PREMIERE", "SOURCES"]
    assert out[1].split() == ["Example", "Show", "2", "premiere", "scheduled", "14", "Apr",
                              "2025", "14", "Apr", "2025", "(expected)", "*", "3"]
    assert out[3:] == [
        "* sources disagree (the season goes by the first value):",
        "  Example Show S2: sources disagree on the premiere: 2 sources: 14 Apr 2025; "
        "1 source: 7 Apr 2025"]
    assert main(["status", "--state", str(state), "--json"]) == 0
    [row] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    [d] = row["disagreements"]
    assert d["kind"] == "premiere"
    assert [(c["date"], c["sources"]) for c in d["claims"]] == [
        ("2025-04-14", ["https://n.example/a", "https://n.example/b"]),
        ("2025-04-07", ["https://n.example/c"])]


def test_history_shows_both_dates_and_the_disagreement(
        state: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["history", "example show", "--state", str(state)]) == 0
    out = capsys.readouterr().out
    assert "Example Show S2  Premiere 7 Apr 2025 (expected)" in out
    assert "Example Show S2  Premiere 14 Apr 2025 (expected)" in out
    assert out.rstrip().endswith("Example Show S2: sources disagree on the premiere: "
                                 "2 sources: 14 Apr 2025; 1 source: 7 Apr 2025")
    assert out.count("sources disagree") == 1
    assert main(["history", "example show", "--state", str(state), "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["date"]: len(r["disagreement"]["claims"]) for r in rows} == {
        "2025-04-14": 2, "2025-04-07": 2}


def test_replay_json_payloads_carry_the_new_keys(
        seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["replay", str(seeds_dir), "--json"]) == 0
    alerts = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert alerts
    for alert in alerts:
        assert isinstance(alert["reported_late"], bool)
        assert "previous_date" in alert and "previous_sources" in alert
