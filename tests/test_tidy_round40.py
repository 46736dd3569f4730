"""Round 40's tidy (branch r40tidy): what rounds 39 and 40 wrote twice is written once, facts
and grid outputs unchanged.

- the grids' passage cell (house, name, axis, checks, shape, body, titles, an optional
  headline): ``grid_tally.Cell``, read by ``slate_grid``, ``decisions_unseen_grid``,
  ``headcase_grid`` and ``story_grid`` (and the grids importing theirs); the tally by axis,
  house and shape of a per-kind shows diff: ``grid_tally.run_found`` /
  ``grid_tally.by_axis_house_shape``;
- the invented time lines' story cells of rounds 37, 39 and 40:
  ``invented_timelines.round_tests``;
- a decision's described object's opening ("another of its", "the", "Kestrel's"):
  ``showwords.described_object_opening``, read by ``rules._DESCRIBED_OBJECT_RE`` and
  ``shows._DESCRIBED_OBJECT_BEFORE_RE`` (whose owner's possessive is
  ``showwords.POSSESSIVE``);
- the decision forms ``rules._KIND_STATUS_RE``, ``SLATE_RETURN_RE`` and ``SLATE_END_RE`` share:
  ``showwords.RENEW_FORMS``, ``PICKED_UP``, ``CANCEL_FORMS`` (``DECISION_WORDS`` built from
  them).

The structural cells fail on the base commit; the controls pass on both. Sentences are
invented (Kestrel, Tovrel; Salt Road, Lantern House, Copper Vale)."""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import grid_tally
import pytest

from monitor.extract import rules, shows, showwords

TESTS = Path(__file__).parent
EXTRACT = Path(showwords.__file__).resolve().parent
#: The fields of the grids' shared passage cell.
CELL_FIELDS = ("house", "name", "axis", "checks", "shape", "body", "titles", "headline")


def _cell_fields(path: Path) -> list[tuple[str, ...]]:
    """The field names of each ``Cell`` class ``path`` defines itself."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ClassDef) and node.name == "Cell":
            found.append(tuple(s.target.id for s in node.body if isinstance(s, ast.AnnAssign)
                               and isinstance(s.target, ast.Name)))
    return found


# --- the grids' cell --------------------------------------------------------------------------


def test_the_shared_cell_has_the_passage_fields() -> None:
    assert tuple(grid_tally.Cell.__dataclass_fields__) == CELL_FIELDS


@pytest.mark.parametrize("grid", ["slate_grid", "decisions_unseen_grid", "headcase_grid",
                                  "story_grid", "story_reports_grid", "decision_target_grid",
                                  "kinds_unseen_grid", "found_titles_grid"])
def test_a_passage_grid_reads_the_shared_cell(grid: str) -> None:
    assert importlib.import_module(grid).Cell is grid_tally.Cell


def test_no_grid_defines_the_passage_cell_again() -> None:
    """A grid's own ``Cell`` with the shared fields (with or without a headline) is a twin;
    the cells that differ in substance (a wanted count, a wording, a date row) stay."""
    twins = [path.name for path in sorted(TESTS.glob("*.py")) if path.name != "grid_tally.py"
             for fields in _cell_fields(path)
             if set(fields) in (set(CELL_FIELDS), set(CELL_FIELDS) - {"headline"})]
    assert twins == []


def test_no_grid_spells_the_axis_house_shape_keys() -> None:
    spelt = re.compile(r'\(\("axis", (\w+)\.axis\), \("house", \1\.house\), '
                       r'\("shape", \1\.shape\), \("all", "all"\)\)')
    copies = [path.name for path in sorted(TESTS.glob("*_grid.py"))
              if spelt.search(re.sub(r"\s+", " ", path.read_text(encoding="utf-8")))]
    assert copies == []


@pytest.mark.parametrize("titles, letters, shows", [
    (("Salt Road", "Lantern House", "Copper Vale"), "AC", {"Salt Road", "Copper Vale"}),
    (("Salt Road", "Lantern House"), "B", {"Lantern House"}),
])
def test_control_the_cell_wants_its_lettered_titles(titles: tuple[str, ...], letters: str,
                                                    shows: set[str]) -> None:
    cell = grid_tally.Cell("wire", "n", "a", (("renewed", letters), ("cancelled", "!A")), "w",
                           "body", titles)
    assert cell.wanted("renewed") == (True, shows)
    assert cell.wanted("cancelled") == (False, {"Salt Road"})
    assert cell.id == "a-wire-n-w" and cell.headline == ""


def test_control_run_found_counts_found_and_false(capsys: pytest.CaptureFixture[str]) -> None:
    cells = [grid_tally.Cell("wire", "n", "a", (), "w", "b", ()),
             grid_tally.Cell("uk", "n", "a", (), "w", "b", ())]
    diffs = {"wire": {"renewed": (set(), set())}, "uk": {"renewed": ({"x"}, {"y"})}}
    grid_tally.run_found(cells, lambda c: diffs[c.house], lambda c, r, d: c.id, argv=[])
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].split() == ["all", "all", "2", "1", "1", "1"]
    assert lines[3].split() == ["house", "uk", "1", "0", "1", "1"]


# --- the invented time lines' story cells -----------------------------------------------------

TIMELINES = ["test_invented_timelines_round37", "test_invented_timelines_round39",
             "test_invented_timelines_round40"]


@pytest.mark.parametrize("module", TIMELINES)
def test_a_rounds_story_cells_come_from_round_tests(module: str) -> None:
    source = (TESTS / f"{module}.py").read_text(encoding="utf-8")
    assert "round_tests(" in source
    assert "def test_an_invented_time_line_alerts_each_change_once_in_order" not in source
    assert "def test_the_labelled_facts_replay_every_step" not in source


def test_no_story_file_writes_the_labelled_replay_again() -> None:
    copies = [p.name for p in sorted(TESTS.glob("test_invented_timelines_round*.py"))
              if "def test_the_labelled_facts_replay_every_step" in p.read_text()]
    assert copies == []


# --- a decision's described object ------------------------------------------------------------


def test_both_described_object_patterns_read_one_opening() -> None:
    opening = showwords._DESCRIBED_OF + "(?:" + showwords._DESCRIBED_OWNER_WORDS
    assert opening in rules._DESCRIBED_OBJECT_RE.pattern
    assert opening in shows._DESCRIBED_OBJECT_BEFORE_RE.pattern
    assert showwords.POSSESSIVE in shows._DESCRIBED_OBJECT_BEFORE_RE.pattern
    for module in ("rules.py", "shows.py"):
        source = (EXTRACT / module).read_text(encoding="utf-8")
        assert "another|one" not in source and "its|their|his|her|the|another" not in source


@pytest.mark.parametrize("before, matches", [
    ("Kestrel renewed Salt Road but cancelled its other drama, ", True),
    ("Tovrel axed another of its comedies, ", True),
    ("Kestrel renewed the network's longest-running drama, ", True),
    ("Kestrel cancelled Dana Holt's fishing drama, ", True),
    ("Kestrel renewed Salt Road, ", False),
    ("Salt Road and Copper Vale, ", False),
])
def test_control_the_described_object_before_a_comma(before: str, matches: bool) -> None:
    assert bool(shows._DESCRIBED_OBJECT_BEFORE_RE.search(before)) is matches


@pytest.mark.parametrize("after, matches", [
    (" its other drama, Copper Vale", True),
    (" another of its comedies, Lantern House", True),
    (" the network's longest-running drama, Copper Vale", True),
    (" Kestrel's fishing drama, Copper Vale", True),
    (" Salt Road for a third season", False),
])
def test_control_the_described_object_after_the_verb(after: str, matches: bool) -> None:
    assert bool(rules._DESCRIBED_OBJECT_RE.match(after)) is matches


# --- the decision forms the status readings share --------------------------------------------


def test_the_status_readings_share_the_decision_forms() -> None:
    renew, cancel = "|".join(showwords.RENEW_FORMS), "|".join(showwords.CANCEL_FORMS)
    assert renew in rules._KIND_STATUS_RE["renewed"].pattern
    assert showwords.PICKED_UP in rules._KIND_STATUS_RE["renewed"].pattern
    assert cancel in rules._KIND_STATUS_RE["cancelled"].pattern
    assert renew in showwords.SLATE_RETURN_RE.pattern
    assert showwords.PICKED_UP in showwords.SLATE_RETURN_RE.pattern
    assert cancel in showwords.SLATE_END_RE.pattern
    assert showwords.DECISION_WORDS["renewed"][:2] == showwords.RENEW_FORMS
    assert showwords.DECISION_WORDS["cancelled"][:2] == showwords.CANCEL_FORMS


def test_the_decision_forms_are_spelt_once() -> None:
    spelt = {"recommission\\w": 0, "ax(?:e|ed|es|ing)": 0}
    for module in ("rules.py", "showwords.py"):
        source = (EXTRACT / module).read_text(encoding="utf-8")
        for form in spelt:
            spelt[form] += source.count(form)
    assert spelt == {"recommission\\w": 1, "ax(?:e|ed|es|ing)": 1}


@pytest.mark.parametrize("kind, told, status", [
    ("renewed", "Kestrel has recommissioned it.", True),
    ("renewed", "It was picked up for a third season.", True),
    ("renewed", "Tovrel renews Copper Vale.", True),
    ("renewed", "Copper Vale was axed.", False),
    ("cancelled", "Kestrel axed Salt Road.", True),
    ("cancelled", "The cancellation came on Friday.", True),
    ("cancelled", "Kestrel is scrapping it.", True),
    ("cancelled", "The axeman cometh, a Lantern House episode.", False),
    ("cancelled", "Kestrel renewed Salt Road.", False),
])
def test_control_the_next_sentences_status(kind: str, told: str, status: bool) -> None:
    assert bool(rules._KIND_STATUS_RE[kind].search(told)) is status


@pytest.mark.parametrize("told, status", [
    ("Copper Vale will be back for a fourth run.", "return"),
    ("Lantern House was recommissioned.", "return"),
    ("Salt Road was picked up.", "return"),
    ("Copper Vale has been axed.", "end"),
    ("Salt Road won't return.", "end"),
    ("Lantern House was cancelled.", "end"),
    ("The axeman is a drama.", None),
])
def test_control_the_slates_status(told: str, status: str | None) -> None:
    got = ("end" if showwords.SLATE_END_RE.search(told)
           else "return" if showwords.SLATE_RETURN_RE.search(told) else None)
    assert got == status
