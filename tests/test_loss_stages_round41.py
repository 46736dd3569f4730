"""``scripts/loss_stages.py`` (issue 10, round 41, branch r41losses): every missed label goes
to the first pipeline stage that lost it, every false fact to the stage that should have
stopped it; ``--list`` never lists a sealed article.

Every article here is invented (Kestrel, Tovrel; Copper Vale, Salt Road, Lantern House,
Ashford Lane, Marrow Field)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from pathlib import Path

import pytest

from monitor.extract.evaluate import CorpusArticle, LabelledFact
from monitor.models import Article

ROOT = Path(__file__).resolve().parent.parent


def _script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("loss_stages",
                                                  ROOT / "scripts" / "loss_stages.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["loss_stages"] = module
    spec.loader.exec_module(module)
    return module


ls = _script()


def _fact(show: str, season: int | None, kind: str, date: str | None = None
          ) -> LabelledFact:
    return LabelledFact(show, season, kind, date, "confirmed")


def _item(ident: str, title: str, text: str, facts: list[LabelledFact]) -> CorpusArticle:
    return CorpusArticle(ident, Article(url=f"corpus:{ident}", title=title, text=text,
                                        published=dt.date(2026, 3, 2)), tuple(facts), ())


CASES = [
    (_item("a", "Kestrel renews Copper Vale",
           "Kestrel has renewed the drama Copper Vale for a third season, the network said "
           "on Monday.",
           [_fact("Copper Vale", 2, "renewed"), _fact("Marrow Field", 1, "cancelled")]),
     {("Copper Vale", "season.number"), ("Marrow Field", "title.never_proposed")},
     {("Copper Vale", "false.wrong_season")}),
    (_item("b", "Salt Road sets its return",
           "Tovrel said the drama Salt Road will premiere its second season on March 3, 2027.",
           [_fact("Salt Road", 2, "premiere", "2027-04"),
            _fact("Salt Road", 2, "filming_wrapped")]),
     {("Salt Road", "date.other"), ("Salt Road", "trigger.none")},
     {("Salt Road", "false.wrong_date")}),
    (_item("c", "Lantern House renewed",
           "Kestrel has renewed the comedy Lantern House for a second season.", []),
     set(), {("Lantern House", "false.not_in_labels")}),
    (_item("d", "Ashford Lane cancelled",
           "Tovrel has cancelled the drama Ashford Lane after one season. Kestrel has renewed "
           "the comedy Lantern House for a second season.",
           [_fact("Ashford Lane", 1, "cancelled"), _fact("Lantern House", 2, "renewed")]),
     set(), set()),
]


@pytest.mark.parametrize(("item", "misses", "false"), CASES, ids=[c[0].id for c in CASES])
def test_each_loss_has_its_stage(item: CorpusArticle, misses: set[tuple[str, str]],
                                 false: set[tuple[str, str]]) -> None:
    found = ls.losses(item, ls.read(item, None))
    assert {(g.show, stage) for g, stage in found.misses} == misses
    assert {(p.show, stage) for p, stage in found.false} == false


def test_the_stages_named_are_the_documented_ones() -> None:
    found = ls.run([c[0] for c in CASES], lambda _: None)
    named = {stage for one in found for _, stage in (*one.misses, *one.false)}
    documented = {name for names, _ in (*ls.MISS_STAGES, *ls.FALSE_STAGES)
                  for name in names.split(" / ")}
    assert named <= documented
    text = ls.report(found)
    assert text.startswith("4 articles, 4 missed labels, 3 false facts")
    assert "MISSES" in text and "FALSE FACTS" in text


def _corpus(tmp_path: Path) -> tuple[Path, Path]:
    articles = tmp_path / "corpus" / "articles"
    articles.mkdir(parents=True)
    for ident, (item, _, _) in zip(("001", "002", "075", "076"), CASES, strict=True):
        data = {"title": item.article.title, "text": item.article.text,
                "published": "2026-03-02",
                "facts": [{"show": f.show, "season": f.season, "kind": f.kind,
                           "date": f.date, "certainty": f.certainty} for f in item.facts]}
        (articles / f"{ident}.json").write_text(json.dumps(data), "utf-8")
    folds = tmp_path / "folds.json"
    folds.write_text(json.dumps({"folds": [["001", "075"], ["002", "076"]], "sealed": [2]}),
                     "utf-8")
    return tmp_path / "corpus", folds


def test_the_list_refuses_a_sealed_article(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    corpus, folds = _corpus(tmp_path)
    args = [str(corpus), "--folds-file", str(folds)]
    assert ls.main([*args, "--folds", "2", "--list"]) == 2
    assert "refused" in capsys.readouterr().err
    # the sealed fold's old article (001-074) is open; its new one is counted, not listed
    assert ls.main([*args, "--folds", "2", "--old", "--list"]) == 0
    assert "002 MISS  date.other" in capsys.readouterr().out
    assert ls.main([*args, "--folds", "2"]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("2 articles") and "076" not in printed


def test_the_open_folds_are_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus, folds = _corpus(tmp_path)
    assert ls.main([str(corpus), "--folds-file", str(folds), "--list"]) == 0
    printed = capsys.readouterr().out
    assert "001 MISS  season.number" in printed and "075 FALSE false.not_in_labels" in printed
    assert "002 " not in printed and "076 " not in printed
