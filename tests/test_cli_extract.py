"""`monitor extract`: one article's facts, and the JSON-lines contract for batch use."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from monitor.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "seeds"
FACT_KEYS = {"show", "season", "kind", "date", "value", "certainty", "evidence"}


def run_jsonl(lines: list[str], capsys: pytest.CaptureFixture[str],
              monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(lines) + "\n"))
    assert main(["extract", "--jsonl", "-"]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_jsonl_gives_one_line_per_input_with_the_fact_fields(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    records = [
        {"id": "a", "text": "Netflix has renewed Moonfall Bay for a third season.",
         "url": "https://news.example/a", "title": "Moonfall Bay renewed",
         "published": "2024-03-05"},
        {"id": 7, "html": "<html><body><article><h1>Glass Harbor wraps</h1><p>Production on "
                          "Glass Harbor season 2 wrapped yesterday, the studio said.</p>"
                          "</article></body></html>",
         "url": "https://news.example/b", "title": "Glass Harbor wraps",
         "published": "2024-06-12"},
        {"id": "empty", "text": "A review of a film about nothing in particular.",
         "url": "", "title": "", "published": "2024-01-01"},
    ]
    out = run_jsonl([json.dumps(r) for r in records], capsys, monkeypatch)
    assert [o["id"] for o in out] == ["a", 7, "empty"]
    assert all(set(o) == {"id", "facts"} for o in out)
    for o in out:
        for fact in o["facts"]:
            assert FACT_KEYS <= set(fact)
            assert fact["season"] is None or isinstance(fact["season"], int)
    renewed = [f for f in out[0]["facts"] if f["kind"] == "renewed"]
    assert [(f["show"], f["season"], f["certainty"]) for f in renewed] == [
        ("Moonfall Bay", 3, "confirmed")]
    wrapped = [f for f in out[1]["facts"] if f["kind"] == "filming_wrapped"]
    assert [(f["show"], f["season"], f["date"]) for f in wrapped] == [
        ("Glass Harbor", 2, "2024-06-11")]
    assert out[2]["facts"] == []


def test_jsonl_bad_line_is_named_and_every_line_answered(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    # Issue 16, finding 3: the first bad line used to stop the run.
    lines = ['{"id": 1, "text": "x"}', "not json", '["a list"]', '{"id": 4}',
             '{"id": 5, "text": "Nothing.", "published": "May 5"}',
             '{"id": 6, "html": "<p>a\\u0001b</p><script>s</script>\\u0001 tail</p>"}',
             '{"id": 7, "text": "HBO renewed Salt Road for a second season."}']
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(lines) + "\n"))
    assert main(["extract", "--jsonl", "-"]) == 1  # some lines failed
    captured = capsys.readouterr()
    out = [json.loads(line) for line in captured.out.splitlines()]
    assert [o["id"] for o in out] == [1, None, None, 4, 5, 6, 7]
    assert "-:2: not valid JSON" in out[1]["error"]
    assert out[2]["error"] == "-:3: each line must be a JSON object"
    assert out[3]["error"] == "-:4: needs a 'text' or 'html' string"
    assert "-:5: published date 'May 5' is not YYYY-MM-DD" in out[4]["error"]
    assert "facts" in out[5] and out[6]["facts"][0]["show"] == "Salt Road"
    assert "Traceback" not in captured.err


def test_extract_one_seed_page_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    page = FIXTURES / "000_600423d476aa6f8d.html"
    assert main(["extract", str(page), "--published", "2017-09-16", "--json",
                 "--url", "https://news.example/jj-wrap"]) == 0
    facts = json.loads(capsys.readouterr().out)
    wrap = [f for f in facts if f["kind"] == "filming_wrapped" and f["show"] == "Jessica Jones"]
    assert [(f["season"], f["date"], f["certainty"]) for f in wrap] == [
        (2, "2017-09-15", "confirmed")]
    assert all(FACT_KEYS <= set(f) for f in facts)


def test_extract_reads_the_date_from_page_metadata(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(FIXTURES / "001_f48608595cd94a19.html")]) == 0
    out = capsys.readouterr().out
    assert "filming_started" in out and "2017-04-03" in out


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).parent / "monitor"
    result = subprocess.run([str(script), "extract", "--help"],
                            capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 0 and "--jsonl" in result.stdout


def test_eval_command_scores_the_seed_labels(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(FIXTURES), "-v"]) == 0
    out = capsys.readouterr().out
    overall = next(line for line in out.splitlines() if line.startswith("OVERALL")).split()
    assert overall[1] == "29"  # every labelled seed fact is scored
    assert "certainty agreement" in out


def test_eval_markdown_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(FIXTURES), "--markdown"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "| kind | gold | pred | strict P | strict R | strict F1 | compat P | compat R | " \
           "compat F1 |" in lines


def test_eval_of_a_directory_without_labels_is_an_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(tmp_path)]) == 2
    assert str(tmp_path) in capsys.readouterr().err


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "monitor"
    state = tmp_path / "s.db"
    subprocess.run([str(script), "replay", str(FIXTURES), "--state", str(state), "--json"],
                   capture_output=True, check=True, timeout=120)
    reader = subprocess.Popen([str(script), "history", "Jessica Jones", "--state", str(state)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert reader.stdout is not None and reader.stderr is not None
    reader.stdout.read(10)
    reader.stdout.close()  # like `| head -c 10`
    err = reader.stderr.read()
    reader.stderr.close()
    reader.wait(timeout=60)
    assert b"Traceback" not in err


def test_eval_folds_rejects_unknown_fold_numbers(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(FIXTURES), "--only", "7"]) != 0
    assert "--only: folds are numbered 1 to 5" in capsys.readouterr().err
