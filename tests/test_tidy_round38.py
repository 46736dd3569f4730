"""Round 38's tidy (branch r38tidy): what round 37 wrote twice is written once, facts
unchanged.

- the generated grids' tally (cells / right / missed / false per axis, one table): one helper,
  ``tests/grid_tally.py``, for the reference, cataphora, commission, decisions, season and UK
  press grids (each printed the same table before and after);
- the time-line cell of rounds 35 and 37 (``_moves`` and the replay assertion): beside
  ``corpus_fixture`` in ``tests/invented_timelines.py`` (``story_cells``, ``alert_moves``,
  ``assert_replays_every_step``);
- the weekdays and months a status item keeps in its title (``listings._ITEM_TIME_WORD``)
  and ``listings._MONTH_NAMES``: built from ``dates.WEEKDAYS`` / ``dates.MONTH_NAMES``;
- a decision's words (``showwords.DECISION_WORDS``): the one spelling of
  ``FORWARD_STATUS_RE`` and ``STATUS_VERB_RE``;
- ``shows.discover``'s state of a lead's reference ahead: an enum (``shows._Ahead``), no
  longer ``str | bool``.

The structural cells import what round 38 added inside the test, so that on the base commit
they fail one by one and the controls still run. Sentences are invented (Kestrel, Tovrel;
Salt Road, Lantern House, Tuesday Lemon)."""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import re
from collections import Counter
from pathlib import Path

import pytest

from monitor.extract import dates, listings, showwords
from monitor.extract.facts import extract_facts
from monitor.models import Article

TESTS = Path(__file__).parent
#: The grids whose tally is the shared shape (axes → cells / right / missed / false).
TALLY_GRIDS = ["reference_grid", "cataphora_grid", "commission_grid", "decisions_grid",
               "season_grid", "uk_press_grid", "slate_grid",
               "passing_grid", "typography_grid", "season_story_grid", "story_grid",
               "date_readings_grid", "swap_shapes_grid", "decisions_unseen_grid",
               "strict_dates_grid", "title_edges_grid", "headcase_grid", "own_number_grid",
               "decision_season_grid", "kinds_unseen_grid", "decision_target_grid",
               "date_leftovers_grid", "story_reports_grid", "found_titles_grid",
               "list_vouch_grid", "reference_target_grid", "body_titles_grid", "shapes_grid",
               "renamed_grid", "name_titles_grid", "season_forms_grid",
               "new_show_season_grid", "passing_target_grid", "name_titles2_grid"]
PUBLISHED = dt.date(2026, 5, 20)


def _facts(headline: str, text: str) -> set[tuple[str, str]]:
    found = extract_facts(Article("https://wire.example.test/kestrel", headline, text,
                                  PUBLISHED))
    return {(f.show, f.kind) for f in found}


# --- the grids' tally ------------------------------------------------------------------------


@pytest.mark.parametrize("grid", TALLY_GRIDS)
def test_grid_main_uses_the_shared_tally(grid: str) -> None:
    module = importlib.import_module(grid)
    main = inspect.getsource(module.main)
    # a grid of another's cells prints through that grid's ``report``
    runner = inspect.getsource(module.report) if "report(" in main else main
    assert "grid_tally.run(" in runner or "grid_tally.run_found(" in runner
    assert '"cells")] += 1' not in runner


def test_no_grid_copies_the_tally_loop() -> None:
    copies = [p.name for p in sorted(TESTS.glob("*_grid.py"))
              if '"cells")] += 1' in p.read_text()]
    assert len(list(TESTS.glob("*_grid.py"))) >= len(TALLY_GRIDS)
    assert copies == []


def test_grid_tally_counts_and_prints_one_table(capsys: pytest.CaptureFixture[str]) -> None:
    grid_tally = importlib.import_module("grid_tally")
    cells = [("a", True, []), ("a", False, []), ("b", True, ["x"]), ("b", False, ["y"])]
    grid_tally.run(cells, lambda c: (c[1], c[2]), lambda c: (("kind", c[0]), ("all", "all")),
                   lambda c, right, false: f"{c[0]} {right} {false}", argv=["-v"])
    out = capsys.readouterr().out.splitlines()
    assert out == ["a False []", "b True ['x']", "b False ['y']",
                   "axis   value      cells right missed false",
                   "all    all            4     1      2     2",
                   "kind   a              2     1      1     0",
                   "kind   b              2     0      1     2"]


def test_grid_tally_one_axis_in_the_order_counted() -> None:
    grid_tally = importlib.import_module("grid_tally")
    counts: Counter[tuple[tuple[str, ...], str]] = grid_tally.tally(
        ["uk", "ie", "uk"], lambda c: (True, ()), lambda c: ((c,), ("all",)))
    assert grid_tally.table(counts, ("axis",), (14,), sort=False) == [
        "axis           cells right missed false",
        "uk                 2     2      0     0",
        "all                3     3      0     0",
        "ie                 1     1      0     0"]


@pytest.mark.parametrize("grid", ["premiere_grid", "date_choice_grid", "contrast_dates_grid"])
def test_verdict_grids_use_the_shared_tables(grid: str) -> None:
    module = importlib.import_module(grid)
    source = inspect.getsource(module.main)
    # a date grid prints through date_choice_grid's ``report`` (round 39)
    if "report(" in source:
        source = inspect.getsource(module.report)
    assert "grid_tally.verdict_tables(" in source and "by_axis" not in source


def test_verdict_tables_print_each_table_and_the_total(
        capsys: pytest.CaptureFixture[str]) -> None:
    grid_tally = importlib.import_module("grid_tally")
    cells = [("a", "june", "right", False), ("a", "june", "missed", True),
             ("b", "july", "wrong-date", False)]
    grid_tally.verdict_tables(cells, lambda c: (c[2], c[3], f"{c[2]} {c[0]}"),
                              lambda c: (c[0], c[1]), ("axis", "date"),
                              (("right", "right"), ("missed", "missed"),
                               ("wrong-date", "wrong-date"), ("false", "false")),
                              verbose=True)
    assert capsys.readouterr().out.splitlines() == [
        "missed a", "wrong-date b",
        "", "axis                 right missed wrong-date false",
        "a                        1      1          0     1",
        "b                        0      0          1     0",
        "", "date                 right missed wrong-date false",
        "june                     1      1          0     1",
        "july                     0      0          1     0",
        "total {'right': 1, 'missed': 1, 'false': 1, 'wrong-date': 1}"]


@pytest.mark.parametrize("grid, origin", [("cataphora_grid", "reference_grid"),
                                          ("commission_grid", "decisions_grid")])
def test_a_grid_of_anothers_cells_reads_them_there(grid: str, origin: str) -> None:
    module, source = importlib.import_module(grid), importlib.import_module(origin)
    assert module.Cell is source.Cell and module.report is source.report
    assert "class Cell" not in inspect.getsource(module)


def test_reference_cells_carry_their_template() -> None:
    cataphora = importlib.import_module("cataphora_grid")
    for cell in cataphora.cells():
        passage = next(p for p in cataphora.PASSAGES if p[1] == cell.name)
        assert cell.body_template == passage[5]
        assert cell.shows == (2 if "{B}" in passage[5] else 1)


# --- the time-line cell ----------------------------------------------------------------------


@pytest.mark.parametrize("module", ["test_invented_timelines_round35",
                                    "test_invented_timelines_round37"])
def test_timeline_grids_read_the_one_cell(module: str) -> None:
    source = (TESTS / f"{module}.py").read_text()
    assert "def _moves" not in source and "def _cells" not in source
    # round 40 (r40tidy): round 37's story cells come from ``round_tests``, which reads it
    assert "assert_replays_every_step(story, corpus)" in source or "round_tests(" in source


def test_alert_moves_reads_both_kinds_of_move() -> None:
    from types import SimpleNamespace as Alert

    from invented_timelines import alert_moves

    alerts = [Alert(kind="status_change"),
              Alert(kind="premiere_moved", previous_date="2027-03-08", date="2027-02-22"),
              Alert(kind="episodes_changed", previous_episode_count=10, episode_count=8)]
    assert alert_moves(alerts) == (("premiere_moved", "2027-03-08", "2027-02-22"),
                                   ("episodes_changed", "10", "8"))


def test_story_cells_mark_the_left_stories() -> None:
    from invented_timelines import STORIES_ROUND37, story_cells

    left = {STORIES_ROUND37[0].id: "a cause"}
    cells = story_cells(STORIES_ROUND37, left)
    assert [c.id for c in cells] == [s.id for s in STORIES_ROUND37]
    assert [bool(c.marks) for c in cells] == [s.id in left for s in STORIES_ROUND37]


# --- weekdays and months --------------------------------------------------------------------

FULL_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
              "January", "February", "March", "April", "June", "July", "August", "September",
              "October", "November", "December"]


def test_month_names_are_built_from_the_months() -> None:
    assert dates.MONTH_NAMES == ("january", "february", "march", "april", "may", "june",
                                 "july", "august", "september", "october", "november",
                                 "december")
    assert listings._MONTH_NAMES == frozenset(dates.MONTH_NAMES)


@pytest.mark.parametrize("word", FULL_NAMES)
def test_item_time_word_holds_every_month_and_weekday(word: str) -> None:
    assert re.fullmatch(listings._ITEM_TIME_WORD, word)


@pytest.mark.parametrize("word", ["May", "Sept", "Tues", "monday", "Mayday", "Sun"])
def test_control_item_time_word_leaves_may_and_short_forms(word: str) -> None:
    assert not re.fullmatch(listings._ITEM_TIME_WORD, word)


def test_item_time_word_is_built_from_dates() -> None:
    names = [n.capitalize() for n in (*dates.WEEKDAYS, *dates.MONTH_NAMES) if n != "may"]
    assert listings._ITEM_TIME_WORD == "(?:" + "|".join(names) + ")"


@pytest.mark.parametrize("title", ["Tuesday Lemon", "Martha Saturday", "Havana of August"])
def test_control_a_scorecard_keeps_its_time_word_titles(title: str) -> None:
    body = f"Our tally.\n{title}: CANCELLED after two seasons.\nSalt Road: Renewed for Season 4"
    assert (title, "cancelled") in _facts("TV scorecard", body)


# --- a decision's words ----------------------------------------------------------------------

DECISION_FORMS = {
    "renewed": ["renewed", "renews", "renewing", "recommissioned", "green-lit", "greenlit",
                "picked up", "picked  up"],
    "cancelled": ["cancelled", "canceled", "cancels", "axe", "axed", "axes", "axing",
                  "scrapped", "scraps", "pulled the plug"],
}


def test_status_patterns_are_built_from_the_decision_words() -> None:
    words = "|".join(f for forms in showwords.DECISION_WORDS.values() for f in forms)
    assert words in showwords.FORWARD_STATUS_RE.pattern
    assert words in showwords.STATUS_VERB_RE.pattern
    assert "|".join(showwords.PREMIERE_WORDS) in showwords.FORWARD_STATUS_RE.pattern
    assert "|".join(showwords.PRESENT_PREMIERE_WORDS) in showwords.STATUS_VERB_RE.pattern


@pytest.mark.parametrize("kind, word", [(k, w) for k, ws in DECISION_FORMS.items()
                                        for w in ws])
def test_both_status_patterns_accept_every_decision_word(kind: str, word: str) -> None:
    sentence = f"Kestrel {word} Salt Road."
    assert showwords.FORWARD_STATUS_RE.search(sentence)
    assert showwords.STATUS_VERB_RE.search(sentence)


@pytest.mark.parametrize("word, forward, verb", [
    ("premieres", True, True), ("premiering", True, True), ("debuts", True, True),
    ("returns", True, True), ("returning", True, True),
    ("premiered", True, False), ("debuted", True, False), ("returned", True, False),
    ("a third season", True, False), ("another run", True, False),
    ("scrap", False, False), ("renewables", False, False), ("axle", False, False),
    ("cancellation", False, False), ("pulled the rug", False, False),
], ids=lambda v: str(v).replace(" ", "_"))
def test_control_the_two_patterns_keep_their_tenses(word: str, forward: bool,
                                                    verb: bool) -> None:
    sentence = f"Salt Road {word} on Tovrel."
    assert bool(showwords.FORWARD_STATUS_RE.search(sentence)) is forward
    assert bool(showwords.STATUS_VERB_RE.search(sentence)) is verb


# --- a lead's reference ahead -----------------------------------------------------------------


def test_discover_holds_its_reference_state_as_an_enum() -> None:
    from monitor.extract import shows

    assert [s.name for s in shows._Ahead] == ["NONE", "TOLD", "CARRIED"]
    assert "ahead: str | bool" not in inspect.getsource(shows.discover)


@pytest.mark.parametrize("between", [
    pytest.param("", id="named-next"),
    pytest.param(" The network made the announcement on Tuesday.", id="carried-one-sentence"),
])
def test_control_a_lead_reference_named_after_it(between: str) -> None:
    text = (f"Kestrel has renewed its fishing drama for a third season.{between} Salt Road, "
            "created by Mara Quell, follows a crew off the Cornish coast.")
    assert ("Salt Road", "renewed") in _facts("Kestrel renews fishing drama", text)


def test_control_a_reference_two_sentences_back_is_not_carried() -> None:
    text = ("Kestrel has renewed its fishing drama for a third season. The network made the "
            "announcement on Tuesday. Its stars gathered in Leeds. Salt Road, created by Mara "
            "Quell, follows a crew off the Cornish coast.")
    assert ("Salt Road", "renewed") not in _facts("Kestrel news", text)
