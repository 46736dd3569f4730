"""Round 41's tidy (branch r41tidy): what rounds 34 to 40 wrote twice in the tests is written
once, test ids, marks and grid outputs unchanged.

- a round test's cells as pytest params (each under its id, a strict xfail with its reason
  where left): ``grid_tally.params``, read by the round tests of rounds 34 to 40, by
  ``date_readings_grid.round_params`` and ``invented_timelines.story_cells``;
- a round test's check of one cell (right, nothing false): ``grid_tally.check_outcome``, read
  by round 39's and 40's date tests;
- the one-body article of a passage cell (its headline or "TV news", a publication day) and
  the facts as a reader gives them: ``slate_grid.outcome(cell, read, published)``, read by
  ``kinds_unseen_grid``, ``list_vouch_grid``, ``headcase_grid``, ``found_titles_grid`` and
  ``decisions_unseen_grid``; the titles kept as facts: ``slate_grid.with_kept_titles``; the
  reader's type: ``grid_tally.Reader``; each passage over each title triple:
  ``slate_grid.cells(passages, shapes, coda)``, read by ``kinds_unseen_grid``,
  ``list_vouch_grid`` and ``decision_target_grid``;
- the title shapes several grids write over: ``grid_tally.TITLE_SHAPES`` /
  ``grid_tally.title_shapes``.

Sentences are invented (Kestrel; Salt Road, Lantern House)."""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import grid_tally
import pytest
import slate_grid

TESTS = Path(__file__).parent
#: The round tests whose three tests checked a cell in the same three lines.
DATE_TESTS = ["test_date_readings_round39.py", "test_date_leftovers_round40.py"]
#: The grids that build their one-body article through ``slate_grid.outcome``.
ONE_BODY_GRIDS = ["kinds_unseen_grid", "list_vouch_grid", "headcase_grid",
                  "found_titles_grid", "decisions_unseen_grid"]


def _source(name: str) -> str:
    return (TESTS / name).read_text(encoding="utf-8")


# --- a round test's cells as params -----------------------------------------------------------


def test_no_test_module_spells_a_cells_param() -> None:
    """``pytest.param(cell, id=cell.id, ...)`` is ``grid_tally.params``'s alone."""
    spelt = re.compile(r"pytest\.param\((\w+), id=\1\.id\b")
    copies = [path.name for path in sorted(TESTS.glob("*.py"))
              if path.name not in ("grid_tally.py", Path(__file__).name)
              and spelt.search(path.read_text(encoding="utf-8"))]
    assert copies == [], "make the cells' params with grid_tally.params(cells, left)"


def test_round_params_and_story_cells_read_grid_tally_params() -> None:
    assert "grid_tally.params(" in _source("date_readings_grid.py")
    assert "grid_tally.params(" in _source("invented_timelines.py")


class _Cell:
    def __init__(self, id: str) -> None:
        self.id = id


def _marks(param: object) -> list[tuple[bool, str]]:
    return [(mark.kwargs["strict"], mark.kwargs["reason"]) for mark in param.marks]  # type: ignore[attr-defined]


@pytest.mark.parametrize("left, reason, want", [
    ((), "left", [[], []]),
    (frozenset({"b"}), "left", [[], [(True, "left")]]),
    ({"a"}, "not read yet", [[(True, "not read yet")], []]),
    ({"b": "a title's number"}, "left", [[], [(True, "a title's number")]]),
    (lambda cell: "odd" if cell.id == "a" else None, "left", [[(True, "odd")], []]),
])
def test_control_params_mark_the_cells_left(left: grid_tally.Left, reason: str,
                                            want: list[list[tuple[bool, str]]]) -> None:
    cells = [_Cell("a"), _Cell("b")]
    got = grid_tally.params(cells, left, reason=reason)
    assert [p.id for p in got] == ["a", "b"]
    assert [p.values for p in got] == [(cells[0],), (cells[1],)]
    assert [_marks(p) for p in got] == want


# --- a round test's check of one cell ---------------------------------------------------------


def _checks_in_three_lines(path: Path) -> list[str]:
    """The test functions of ``path`` whose body is the three lines ``check_outcome`` holds."""
    spelt = ["right, false = outcome(cell)", "assert right", "assert not false"]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef) and node.name.startswith("test_"):
            body = [s for s in node.body
                    if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
            if [ast.unparse(s) for s in body] == spelt:
                found.append(node.name)
    return found


def test_no_round_test_checks_a_cell_in_three_spelt_lines() -> None:
    copies = [f"{path.name}::{name}" for path in sorted(TESTS.glob("test_*.py"))
              for name in _checks_in_three_lines(path)]
    assert copies == []


@pytest.mark.parametrize("name", DATE_TESTS)
def test_the_date_round_tests_check_through_check_outcome(name: str) -> None:
    assert _source(name).count("check_outcome(outcome, cell)") == 3


@pytest.mark.parametrize("outcome, fails", [
    ((True, []), False),
    ((False, []), True),
    ((True, ["a false fact"]), True),
])
def test_control_check_outcome(outcome: tuple[bool, list[str]], fails: bool) -> None:
    if fails:
        with pytest.raises(AssertionError):
            grid_tally.check_outcome(lambda cell: outcome, "cell")
    else:
        grid_tally.check_outcome(lambda cell: outcome, "cell")


# --- the one-body article ---------------------------------------------------------------------


@pytest.mark.parametrize("grid", ONE_BODY_GRIDS)
def test_a_one_body_grid_reads_slate_grids_outcome(grid: str) -> None:
    source = _source(f"{grid}.py")
    assert "Article(" not in source and "extract_facts" not in source
    assert "slate_grid" in source


@pytest.mark.parametrize("grid", ["kinds_unseen_grid", "list_vouch_grid", "decision_target_grid"])
def test_a_triple_grid_writes_its_cells_through_slate_grid(grid: str) -> None:
    source = _source(f"{grid}.py")
    assert "slate_grid.cells(" in source and "yield Cell(" not in source


def test_no_grid_keeps_titles_as_facts_again() -> None:
    spelt = 'SimpleNamespace(show=title, kind="title")'
    copies = [path.name for path in sorted(TESTS.glob("*_grid.py"))
              if path.name != "slate_grid.py" and spelt in path.read_text(encoding="utf-8")]
    assert copies == [], "read the kept titles through slate_grid.with_kept_titles(keep)"


def test_the_reader_type_is_one() -> None:
    assert importlib.import_module("story_grid").Reader is grid_tally.Reader
    assert not re.search(r"^Reader = ", _source("story_grid.py"), re.M)


def _cell(checks: tuple[tuple[str, str], ...], headline: str = "") -> grid_tally.Cell:
    return grid_tally.Cell("wire", "n", "a", checks, "words",
                           "Kestrel has renewed Salt Road for a second season.",
                           ("Salt Road", "Lantern House"), headline)


def test_control_slate_outcome_reads_the_facts_through_its_reader() -> None:
    assert slate_grid.outcome(_cell((("renewed", "A"),)))[0]
    right, diff = slate_grid.outcome(_cell((("renewed", "A"),)), lambda facts: [])
    assert not right and diff["renewed"][0] and not diff["renewed"][1]
    titled = slate_grid.outcome(_cell((("title", "A"),)),
                                slate_grid.with_kept_titles(lambda title: title != "Kestrel"))
    assert titled[0]


# --- the shared title shapes ------------------------------------------------------------------


def _spelt_shapes(path: Path) -> list[tuple[str, ...]]:
    """The tuples of two titles or more in ``path`` that begin a shared title shape."""
    shared = {titles[:n] for titles in grid_tally.TITLE_SHAPES.values()
              for n in range(2, len(titles) + 1)}
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Tuple) and all(isinstance(e, ast.Constant) for e in node.elts):
            values = tuple(e.value for e in node.elts)  # type: ignore[attr-defined]
            if values in shared:
                found.append(values)
    return found


def test_no_grid_spells_a_shared_title_shape() -> None:
    copies = [path.name for path in sorted(TESTS.glob("*_grid.py"))
              if path.name != "grid_tally.py" and _spelt_shapes(path)]
    assert copies == []


@pytest.mark.parametrize("grid", ["slate_grid", "decision_target_grid", "kinds_unseen_grid",
                                  "list_vouch_grid", "strict_dates_grid", "decisions_unseen_grid",
                                  "headcase_grid", "reference_grid", "cataphora_grid"])
def test_a_grid_takes_its_shared_shapes_from_the_table(grid: str) -> None:
    shapes = importlib.import_module(grid).SHAPES
    shared = [name for name, titles in shapes.items()
              if titles == grid_tally.TITLE_SHAPES.get(name, ())[:len(titles)]]
    assert shared and "grid_tally.title_shapes(" in _source(f"{grid}.py")


def test_control_title_shapes_keep_the_order_asked() -> None:
    assert list(grid_tally.title_shapes("one_word", "words", titles=2).items()) == [
        ("one_word", ("Quillmarsh", "Ferrowby")), ("words", ("Salt Road", "Lantern House"))]
    assert grid_tally.title_shapes("the_x")["the_x"] == grid_tally.TITLE_SHAPES["the_x"]
