"""Time lines: a season followed across several articles, replayed through the status layer.

The devset's 24 time lines (``timelines.json``) are replayed with each article's labelled facts,
in the time line's order, through a real state store: every expected status must come in order,
with exactly one status alert where the status rises and no other status alert for the season.
This isolates the status rules from the extractor. The devset is read from $MONITOR_DEVSET, else
``<repo root>/../shared/devset``; without it these tests are skipped (its texts are third-party
and never copied here). The scorer and ``monitor eval --timelines`` are also tested on a small
corpus of sentences of our own.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from monitor.cli import main
from monitor.evaluation.timelines import Step, Timeline, load_timelines, replay_timeline

REPO = Path(__file__).resolve().parent.parent
DEVSET = Path(os.environ.get("MONITOR_DEVSET") or REPO.parent / "shared" / "devset")
HAVE_DEVSET = (DEVSET / "timelines.json").is_file()
needs_devset = pytest.mark.skipif(
    not HAVE_DEVSET, reason=f"no devset at {DEVSET}: set MONITOR_DEVSET to the directory "
                            "holding timelines.json and articles/ (e.g. /work/shared/devset)")


def devset_timelines() -> list[Any]:
    if not HAVE_DEVSET:
        return [pytest.param(None, id="no-devset")]
    return [pytest.param(t, id=f"{t.show}-S{t.season}".replace(" ", "-"))
            for t in load_timelines(DEVSET)]


@needs_devset
def test_the_devset_has_its_24_time_lines() -> None:
    assert len(load_timelines(DEVSET)) == 24


@needs_devset
@pytest.mark.parametrize("timeline", devset_timelines())
def test_a_devset_time_line_with_labelled_facts_alerts_every_status_in_order(
        timeline: Timeline) -> None:
    result = replay_timeline(timeline, DEVSET, "gold")
    got = [s.status for s in result.steps]
    assert got == list(timeline.expected), "statuses after each article"
    expected_alerts = [(s.article, s.expected_alert) for s in result.steps if s.expected_alert]
    got_alerts = [(s.article, status) for s in result.steps for status in s.status_alerts]
    assert got_alerts == expected_alerts, "status alerts: one per rise, no other"
    # Alerts of the other kinds only where a value really moved.
    for step in result.steps:
        for alert in step.alerts:
            if alert.kind == "premiere_moved":
                assert alert.previous_date and alert.date != alert.previous_date
            assert alert.kind in ("status_change", "premiere_moved", "episodes_changed")


@needs_devset
def test_the_devset_premiere_that_moved_alerts_once() -> None:
    """Preacher S2 was announced for 19 June 2017, then moved to 25 June: one alert."""
    [preacher] = [t for t in load_timelines(DEVSET) if t.show == "Preacher"]
    result = replay_timeline(preacher, DEVSET, "gold")
    moved = [(s.article, a.previous_date, a.date) for s in result.steps for a in s.alerts
             if a.kind == "premiere_moved"]
    assert moved == [("157", "2017-06-19", "2017-06-25")]


# --- the scorer, on a corpus of our own sentences ----------------------------------------------

def write_corpus(root: Path, timelines: list[dict[str, Any]],
                 articles: dict[str, dict[str, Any]]) -> Path:
    (root / "articles").mkdir(parents=True)
    (root / "timelines.json").write_text(json.dumps(timelines), encoding="utf-8")
    for number, article in articles.items():
        (root / "articles" / f"{number}.json").write_text(json.dumps(article), encoding="utf-8")
    return root


def labelled(number: str, published: str, *facts: dict[str, Any]) -> dict[str, Any]:
    return {"id": f"a{number}", "url": f"https://news.example/{number}", "published": published,
            "title": f"Example Show news {number}", "facts": list(facts),
            "text": "Example Show news of our own. " * 3}


def gold(kind: str, date: str | None, certainty: str = "confirmed") -> dict[str, Any]:
    return {"show": "Example Show", "season": 2, "kind": kind, "date": date,
            "certainty": certainty}


ARTICLES = {
    "001": labelled("001", "2024-01-10", gold("renewed", "2024-01")),
    "002": labelled("002", "2024-05-20", gold("filming_started", "2024-03-01")),
    "003": labelled("003", "2024-09-01", gold("filming_wrapped", "2024-08"),
                    gold("premiere", "2025", "expected")),
    "004": labelled("004", "2025-01-15", gold("premiere", "2025-04-14", "expected")),
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus", [
        {"show": "Example Show", "season": 2, "articles": ["001", "002", "003", "004"],
         "expected_statuses": ["renewed", "filming", "wrapped", "premiere_scheduled"]},
        # Mislabelled on purpose: the scorer must see a wrong status and a missed alert.
        {"show": "Example Show", "season": 2, "articles": ["001", "003"],
         "expected_statuses": ["renewed", "filming"]},
    ], ARTICLES)


def test_a_right_time_line_scores_right_and_a_wrong_one_does_not(corpus: Path) -> None:
    right, wrong = (replay_timeline(t, corpus, "gold") for t in load_timelines(corpus))
    assert right.every_step_right and right.final_right and right.false_alerts == ()
    late = right.steps[1].alerts[0]
    assert (late.to_status, late.reported_late) == ("filming", True)  # two months late
    assert not wrong.final_right and not wrong.every_step_right
    assert wrong.steps[1].status == "wrapped"
    assert wrong.false_alerts == (("003", "wrapped"),)
    assert wrong.steps[1].missed_alert


def test_step_scoring() -> None:
    def step(expected_alert: str | None, *got: str) -> Step:
        from monitor.models import Alert

        alerts = tuple(Alert(id=g, kind="status_change", show="X", season=1, from_status=None,
                             to_status=g, date=None, certainty=None, evidence="", sources=(),
                             created_at=dt.datetime(2024, 1, 1, tzinfo=dt.UTC)) for g in got)
        return Step(article="1", published=dt.date(2024, 1, 1), expected="filming",
                    expected_alert=expected_alert, status="filming", alerts=alerts)

    assert step("filming", "filming").right
    assert step(None).right
    assert not step("filming").right and step("filming").missed_alert
    assert step(None, "filming").false_alerts == ("filming",)
    assert step("filming", "filming", "wrapped").false_alerts == ("wrapped",)


def test_eval_timelines_command(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "--timelines", str(corpus), "--gold"]) == 0
    out = capsys.readouterr().out
    assert "time lines replayed with labelled facts" in out
    assert "ok    Example Show S2: final premiere_scheduled (expected premiere_scheduled), " \
           "steps right 4/4" in out
    assert "MISS  Example Show S2: final wrapped (expected filming), steps right 1/2, " \
           "false status alerts: wrapped at 003" in out
    assert "✗ 003 (2024-09-01): expected filming (alert), got wrapped; " \
           "alert renewed → wrapped" in out
    assert out.rstrip().endswith("final status right: 1/2; every step right: 1/2; "
                                 "false status alerts: 1 (in 1 time lines)")
    assert main(["eval", "--timelines", str(corpus), "--gold", "-v"]) == 0
    verbose = capsys.readouterr().out
    assert "002 (2024-05-20): expected filming (alert), got filming; " \
           "alert renewed → filming (reported late)" in verbose
    # With the extractor: the same report shape (its figures depend on the extractor).
    assert main(["eval", "--timelines", str(corpus)]) == 0
    assert "time lines replayed with extracted facts" in capsys.readouterr().out


def test_eval_timelines_errors_name_the_file(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "--timelines", str(tmp_path)]) == 2
    assert f"{tmp_path}: no timelines.json there" in capsys.readouterr().err
    write_corpus(tmp_path / "bad", [{"show": "X", "season": 1, "articles": ["001"],
                                     "expected_statuses": []}], {})
    assert main(["eval", "--timelines", str(tmp_path / "bad")]) == 2
    assert "timelines.json: time line 1 (X S1): 1 articles but 0 expected statuses" in \
        capsys.readouterr().err
    write_corpus(tmp_path / "missing", [{"show": "X", "season": 1, "articles": ["404"],
                                         "expected_statuses": ["renewed"]}], {})
    assert main(["eval", "--timelines", str(tmp_path / "missing"), "--gold"]) == 2
    assert "404.json: cannot read the article" in capsys.readouterr().err
    assert main(["eval"]) == 2
    assert "give a CORPUS directory, or --timelines DIR" in capsys.readouterr().err


def test_the_extractor_replay_knows_the_titles_the_store_has_confirmed(tmp_path: Path) -> None:
    """As in service: after two articles back a season's status, a later article that names
    the show with no cue ("X fans, rejoice: production on season 2 wrapped") is read with it
    known."""
    def article(number: str, published: str, text: str) -> dict[str, Any]:
        return {**labelled(number, published), "title": "News of the week", "text": text}

    root = write_corpus(tmp_path / "corpus", [
        {"show": "Example Show", "season": 2, "articles": ["001", "002", "003"],
         "expected_statuses": ["renewed", "renewed", "wrapped"]},
    ], {
        "001": article("001", "2024-01-10", "Example Show has been renewed for a second season."),
        "002": article("002", "2024-01-12", "Netflix renewed Example Show for season 2."),
        "003": article("003", "2024-09-01",
                       "Example Show fans, rejoice: production on season 2 wrapped in August."),
    })
    (timeline,) = load_timelines(root)
    result = replay_timeline(timeline, root, "extractor")
    assert [step.status for step in result.steps] == ["renewed", "renewed", "wrapped"]


def test_eval_timelines_never_lists_a_sealed_time_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A time line with an article of a sealed fold (075+) counts only in the totals: neither
    its name nor its steps are printed, even with -v; --unseal lists it."""
    from monitor.extract.folds import load_folds

    folds = load_folds()
    sealed_id = next(i for n in sorted(folds.sealed) for i in folds.folds[n - 1]
                     if folds.is_sealed(i))
    root = write_corpus(tmp_path / "corpus", [
        {"show": "Example Show", "season": 2, "articles": ["001"],
         "expected_statuses": ["renewed"]},
        {"show": "Hidden Example", "season": 1, "articles": ["001", sealed_id],
         "expected_statuses": [None, "filming"]},
    ], {"001": ARTICLES["001"],
        sealed_id: labelled(sealed_id, "2024-05-20", {**gold("filming_started", "2024-05"),
                                                      "show": "Hidden Example", "season": 1})})
    assert main(["eval", "--timelines", str(root), "--gold", "-v"]) == 0
    out = capsys.readouterr().out
    assert "Hidden Example" not in out and sealed_id not in out
    assert "open time lines (1): final status right: 1/1;" in out
    assert "sealed time lines (1, never listed): final status right: 1/1; " \
           "every step right: 1/1; false status alerts: 0" in out
    assert out.rstrip().endswith("final status right: 2/2; every step right: 2/2; "
                                 "false status alerts: 0 (in 0 time lines)")
    assert main(["eval", "--timelines", str(root), "--gold", "--unseal"]) == 0
    assert "ok    Hidden Example S1" in capsys.readouterr().out


# --- pseudo time lines: every labelled season, replayed -----------------------------------------

def other(kind: str, date: str | None, show: str, season: int,
          certainty: str = "confirmed") -> dict[str, Any]:
    return {"show": show, "season": season, "kind": kind, "date": date, "certainty": certainty}


def test_pseudo_time_lines_follow_every_labelled_season_in_publication_order(
        tmp_path: Path) -> None:
    """One time line per (show, season) the labels name, its articles by publication date, the
    expected statuses and alerts those of the labelled facts; a season without a number and an
    article ``open_article`` refuses are left out."""
    from monitor.evaluation.timelines import pseudo_timelines

    root = write_corpus(tmp_path / "corpus", [], {
        "001": labelled("001", "2024-05-20", gold("filming_started", "2024-05"),
                        other("cancelled", None, "Other Show", 3)),
        "002": labelled("002", "2024-01-10", gold("renewed", "2024-01"),
                        other("renewed", None, "Other Show", None)),  # type: ignore[arg-type]
        "003": labelled("003", "2024-09-01", gold("filming_wrapped", "2024-08")),
        "004": labelled("004", "2024-02-01", other("renewed", None, "Other Show", 3)),
    })
    timelines = pseudo_timelines(root, lambda article: article != "004")
    assert [(t.name, t.articles, t.expected, t.expected_alerts) for t in timelines] == [
        ("Example Show S2", ("002", "001", "003"), ("renewed", "filming", "wrapped"),
         ("renewed", "filming", "wrapped")),
        ("Other Show S3", ("001",), ("cancelled",), ("cancelled",)),
    ]


def test_a_pseudo_time_line_scores_against_the_labelled_alerts(tmp_path: Path) -> None:
    """A recap of a season that aired alerts no one with labelled facts: the extractor's alert
    there is false, and a status the labels reach without an alert is not a missed alert."""
    from monitor.evaluation.timelines import false_alert_cause, pseudo_timelines

    root = write_corpus(tmp_path / "corpus", [], {
        "001": labelled("001", "2024-06-01", gold("premiere", "2024-04-02"),
                        gold("renewed", None)),
    })
    (timeline,) = pseudo_timelines(root, lambda article: True)
    assert timeline.expected == ("premiere_scheduled",) and timeline.expected_alerts == (None,)
    (step,) = replay_timeline(timeline, root, "gold").steps
    assert step.right and not step.missed_alert
    wrong = Step(article="001", published=dt.date(2024, 6, 1), expected="renewed",
                 expected_alert=None, status="renewed", alerts=())
    assert false_alert_cause(wrong, "renewed").startswith("alerted where the labels")
    assert false_alert_cause(wrong, "cancelled").startswith("cancelled (the labels")
    assert false_alert_cause(wrong, "filming").startswith("ahead")
    short = replace(wrong, expected="wrapped")
    assert false_alert_cause(short, "filming").startswith("short")


def test_eval_pseudo_time_lines_command_refuses_the_sealed_folds(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--pseudo`` never reads a sealed fold's article (075+): not listed, not counted, not
    opened (a broken file there is no error); ``--unseal`` is refused."""
    from monitor.extract.folds import load_folds

    folds = load_folds()
    sealed_id = next(i for n in sorted(folds.sealed) for i in folds.folds[n - 1]
                     if folds.is_sealed(i))
    root = write_corpus(tmp_path / "corpus", [], {"001": ARTICLES["001"],
                                                  "002": ARTICLES["002"]})
    (root / "articles" / f"{sealed_id}.json").write_text("not json", encoding="utf-8")
    assert main(["eval", "--timelines", str(root), "--pseudo", "--gold"]) == 0
    out = capsys.readouterr().out
    assert sealed_id not in out
    assert out.rstrip().endswith("final status right: 1/1; every step right: 1/1; "
                                 "false status alerts: 0 (in 0 time lines)")
    assert main(["eval", "--timelines", str(root), "--pseudo", "--unseal"]) == 2
    assert "--pseudo reads the open folds only" in capsys.readouterr().err


def test_a_final_status_short_of_the_expected_one_is_put_on_the_stage_that_lost_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--causes`` tells where a season was lost: its show never extracted from the article,
    the kind the status needs never extracted, that kind put on another season, or found on
    the season (the status rules, a date or a certainty)."""
    from monitor.evaluation.timelines import format_missed_steps, missed_step_cause
    from monitor.models import Fact

    def extracted(kind: str, season: int | None, certainty: str = "confirmed") -> Fact:
        return Fact(show="Example Show", season=season, kind=kind,  # type: ignore[arg-type]
                    date="2024-05", certainty=certainty,  # type: ignore[arg-type]
                    evidence="Example Show news.")

    short = Step(article="001", published=dt.date(2024, 6, 1), expected="filming",
                 expected_alert="filming", status=None, alerts=())
    assert missed_step_cause(short, 2) == "the show never extracted from the article"
    assert missed_step_cause(replace(short, replayed=(extracted("renewed", 2),)), 2) == \
        "the show found, no filming_started fact for it"
    assert missed_step_cause(replace(short, replayed=(extracted("filming_started", None),)),
                             2) == "the kind found, put on another season (or none)"
    assert missed_step_cause(replace(short, replayed=(
        extracted("filming_started", 2, "expected"),)), 2).startswith("the kind found on the")
    assert missed_step_cause(replace(short, status="filming"), 2) is None
    assert missed_step_cause(replace(short, status="wrapped"), 2) is None
    # Any firm fact puts a season on the board: "renewed" needs no particular kind.
    renewed = replace(short, expected="renewed", replayed=(extracted("premiere", 3),))
    assert missed_step_cause(renewed, 2) == "the kind found, put on another season (or none)"
    # Through the command, on a corpus whose extractor finds nothing of the show.
    root = write_corpus(tmp_path / "corpus", [], {"001": labelled(
        "001", "2024-05-20", gold("filming_started", "2024-05"))})
    assert main(["eval", "--timelines", str(root), "--pseudo", "--causes"]) == 0
    out = capsys.readouterr().out
    assert "final statuses short of the expected one, by stage:\n" \
           "    1  the show never extracted from the article\n" \
           "         Example Show S2 at 001: expected filming, got -" in out
    assert format_missed_steps([]) == ""
