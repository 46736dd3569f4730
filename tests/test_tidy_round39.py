"""Round 39's tidy (branch r39tidy): what rounds 36-38 wrote twice is written once, facts
unchanged.

- the season grids' machinery (``Wording``, ``Cell``, ``cells``, ``outcome``, the tally):
  ``tests/season_grid.py``'s, read by ``season_nouns_grid`` and ``season_story_grid`` (a Cell
  subclass sets its "other" and "intro" sentences);
- the date grids' cell, day, show, season, false rows and tally: ``tests/date_choice_grid.py``'s,
  read by ``contrast_dates_grid``; ``passing_grid`` reads its shows of a kind through
  ``reference_grid.shows_of_kind``;
- ``SLATE_SENTENCES`` (showwords) and ``LEAD_SENTENCES`` (shows) each bound once;
- the calendar from ``dates``: ``swap``'s months and calendar words, ``rules``' and ``sections``'
  plain capitals (``dates.CALENDAR_CAPITALS``), ``rules``' season codes, ``showwords``' month
  alternation, ``patterns.MONTH_STEMS``, ``listings._WEEKDAYS``;
- ``rules._KIND_STATUS_RE``'s premiere verbs: ``showwords.PREMIERE_WORDS``.

The structural cells fail on the base commit one by one; the controls pass on both. Sentences
are invented (Kestrel, Tovrel; Salt Road, Lantern House, Copper Vale)."""

from __future__ import annotations

import ast
import importlib
import inspect
import re
from pathlib import Path

import pytest

from monitor.extract import dates, listings, patterns, rules, sections, showwords, swap

#: the extractor's modules as imported (the tree under test, not this file's)
EXTRACT = Path(dates.__file__).resolve().parent


def _bound_in(name: str) -> list[str]:
    """The extractor's modules that bind ``name`` at their top level."""
    found = []
    for path in sorted(EXTRACT.glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = (node.targets if isinstance(node, ast.Assign)
                       else [node.target] if isinstance(node, ast.AnnAssign) else [])
            if any(isinstance(t, ast.Name) and t.id == name for t in targets):
                found.append(path.name)
    return found


# --- constants bound once ---------------------------------------------------------------------


@pytest.mark.parametrize("name, homes", [
    ("SLATE_SENTENCES", ["showwords.py"]),
    ("LEAD_SENTENCES", ["shows.py"]),
    ("_LEAD_SENTENCES", []),
    ("SEASON_CODES", ["dates.py"]),
    ("_SEASON_CODES", []),
    ("CALENDAR_CAPITALS", ["dates.py"]),
])
def test_a_constant_is_bound_in_one_module(name: str, homes: list[str]) -> None:
    assert _bound_in(name) == homes


def test_control_the_constants_keep_their_values() -> None:
    from monitor.extract import evidence, shows

    assert shows.SLATE_SENTENCES == evidence.SLATE_SENTENCES == 3
    assert shows.LEAD_SENTENCES == 3
    assert dates.SEASON_CODES == {"spring": "SP", "summer": "SU", "fall": "FA",
                                  "autumn": "FA", "winter": "WI"}


# --- the calendar from dates ------------------------------------------------------------------

CAPITALS = frozenset(
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday "
    "Saturday Sunday".split())


def test_the_calendar_capitals_are_the_months_and_weekdays() -> None:
    assert dates.CALENDAR_CAPITALS == CAPITALS
    assert rules._PLAIN_CAPITALS == CAPITALS | {"Season", "Seasons", "I"}
    assert sections._PLAIN_CAPITALS == CAPITALS | {"I", "Season", "Part", "ET", "PT"}


def test_the_month_words_are_joined_from_dates() -> None:
    assert showwords._MONTH_NAMES == "|".join(m.capitalize() for m in dates.MONTH_NAMES)
    assert patterns.MONTH_STEMS == "|".join(dates._MONTH_STEMS)
    assert patterns.MONTH_STEMS == "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
    assert listings._WEEKDAYS >= {*dates.WEEKDAYS, "mondays", "sundays", "tues", "thurs"}


def test_swap_reads_the_months_of_dates() -> None:
    forms = swap._MONTH.removeprefix("(?:").removesuffix(r")\.?").split("|")
    assert set(forms) == {name.capitalize() for name in dates.MONTHS}
    assert forms == sorted(forms, key=lambda form: (-len(form), form))
    assert swap._CALENDAR_WORDS == frozenset((*dates.WEEKDAYS, *dates.MONTH_NAMES))


def test_swap_spells_no_run_of_months_or_weekdays() -> None:
    source = Path(swap.__file__).read_text(encoding="utf-8").lower()
    for names in (dates.MONTH_NAMES, tuple(dates.WEEKDAYS)):
        stems = [name[:3] for name in names]
        for first, second in zip(stems, stems[1:], strict=False):
            # a month and the next one (or their stems) a few characters apart: a list
            assert not re.search(rf"\b{first}[\w(?:)]{{0,9}}\W{{1,4}}{second}", source), first


@pytest.mark.parametrize("text, month", [
    ("It premieres on March 4 on Kestrel.", "March"),
    ("Filming wraps Sept. 12, the network said.", "Sept."),
    ("Salt Road returns in January 2027.", "January"),
    ("Lantern House starts Jan 5.", "Jan"),
    ("The finale airs Dec. 20.", "Dec."),
])
def test_swap_date_spaces_take_every_month_form(text: str, month: str) -> None:
    found = swap._DATE_SPACES.search(text)
    assert found is not None and found.group(1) == month


@pytest.mark.parametrize("text", ["Mayday 5 is a drama.", "It may 5 times.",
                                  "Marching 4 abreast.", "MAY 5"])
def test_control_swap_date_spaces_leave_non_months(text: str) -> None:
    assert swap._DATE_SPACES.search(text) is None


# --- a premiere's verbs -----------------------------------------------------------------------


def test_kind_status_premiere_is_built_from_premiere_words() -> None:
    assert "|".join(showwords.PREMIERE_WORDS) in rules._KIND_STATUS_RE["premiere"].pattern


@pytest.mark.parametrize("sentence, told", [
    ("Salt Road premieres on Kestrel in June.", True),
    ("It debuted on Tovrel last year.", True),
    ("Copper Vale is returning this spring.", True),
    ("The premiere is set for May 4.", True),
    ("Copper Vale was cancelled on Tuesday.", False),
    ("Kestrel renewed Salt Road.", False),
])
def test_control_kind_status_premiere_reads_the_same_words(sentence: str, told: bool) -> None:
    assert bool(rules._KIND_STATUS_RE["premiere"].search(sentence)) is told


@pytest.mark.parametrize("kind, word, told", [
    ("renewed", "renewal", True), ("renewed", "green-lit", False),
    ("cancelled", "cancellation", True), ("cancelled", "scrap", True),
    ("cancelled", "pulled the rug", True), ("cancelled", "axeman", False),
])
def test_control_kind_status_decisions_keep_their_own_reading(kind: str, word: str,
                                                             told: bool) -> None:
    """Why the decisions' verbs stay spelled in ``rules`` (MEASUREMENTS, round 39)."""
    assert bool(rules._KIND_STATUS_RE[kind].search(f"Kestrel {word} Salt Road.")) is told


# --- the season grids -------------------------------------------------------------------------


@pytest.mark.parametrize("grid", ["season_nouns_grid", "season_story_grid"])
def test_season_grids_read_season_grids_machinery(grid: str) -> None:
    season_grid, module = importlib.import_module("season_grid"), importlib.import_module(grid)
    source = inspect.getsource(module)
    for twin in ("class Wording", "def outcome", "def article", "SHAPES", "def _s(",
                 "grid_tally"):
        assert twin not in source, twin
    assert issubclass(module.Cell, season_grid.Cell)
    assert module.Wording is season_grid.Wording and module.outcome is season_grid.outcome
    assert module.report is season_grid.report


def _cell(grid: str, placement: str, template: str) -> tuple[str, str]:
    module, season_grid = importlib.import_module(grid), importlib.import_module("season_grid")
    wording = season_grid.Wording("wire", "axis", "name", template, {}, placement)
    cell = module.Cell(wording, "words", "Salt Road",
                       template.format(T="Salt Road", N=season_grid.NETWORK))
    return cell.article()


@pytest.mark.parametrize("grid, placement, template, article", [
    ("season_grid", "body", "{T} wrapped.", ("Kestrel news", "Salt Road wrapped.")),
    ("season_grid", "headline", "{N} Renews '{T}'",
     ("Kestrel Renews 'Salt Road'",
      "The Kestrel drama Salt Road follows three sisters in a fishing town.")),
    ("season_grid", "headline", "{T} Renewed || {N} renewed {T}.",
     ("Salt Road Renewed", "Kestrel renewed Salt Road.")),
    ("season_grid", "other", "{T} wrapped.",
     ("Kestrel news", "Kestrel renewed Copper Vale for a fourth season on Monday. "
                      "Salt Road wrapped.")),
    ("season_story_grid", "other", "{T} wrapped.",
     ("Kestrel news", "Tovrel cancelled Copper Vale after one season on Friday. "
                      "Salt Road wrapped.")),
    ("season_nouns_grid", "intro", "{T} Part 5 wrapped.",
     ("Kestrel news", "The drama Salt Road is one of Kestrel's biggest hits. "
                      "Salt Road Part 5 wrapped.")),
])
def test_a_season_cell_places_its_text(grid: str, placement: str, template: str,
                                       article: tuple[str, str]) -> None:
    assert _cell(grid, placement, template) == article


@pytest.mark.parametrize("grid, count", [("season_grid", 168), ("season_nouns_grid", 136),
                                         ("season_story_grid", 108)])
def test_control_the_season_grids_keep_their_cells(grid: str, count: int) -> None:
    cells = list(importlib.import_module(grid).cells())
    assert len(cells) == count == len({c.id for c in cells})
    assert all(type(c) is importlib.import_module(grid).Cell for c in cells)


# --- the date grids and the passing grid ------------------------------------------------------


def test_contrast_dates_grid_reads_date_choice_grids_cell() -> None:
    choice, contrast = (importlib.import_module(g)
                        for g in ("date_choice_grid", "contrast_dates_grid"))
    assert contrast.Cell is choice.Cell and contrast.report is choice.report
    assert contrast.is_false is choice.is_false
    assert (contrast.PUBLISHED, contrast.SHOW, contrast.SEASON) == (
        choice.PUBLISHED, choice.SHOW, choice.SEASON)
    source = inspect.getsource(contrast)
    for twin in ("class Cell", "verdict_tables(", "PUBLISHED =", "extract_facts("):
        assert twin not in source, twin


def test_is_false_spares_the_other_shows_given() -> None:
    choice = importlib.import_module("date_choice_grid")
    cell = choice.Cell("c", "", "premiere", "2025-02", "control", "control")
    ours = ("Salt Road", 2, "premiere", "2025-02", "confirmed")
    lisbon = ("Lisbon", 3, "premiere", "2025-03", "confirmed")
    other_season = ("Salt Road", 1, "premiere", "2025-03", "confirmed")
    assert not choice.is_false(cell, {ours})
    assert choice.is_false(cell, {ours, lisbon})
    assert not choice.is_false(cell, {ours, lisbon}, frozenset({"Lisbon"}))
    assert choice.is_false(cell, {ours, other_season}, frozenset({"Lisbon"}))


def test_passing_grid_reads_the_reference_grids_shows() -> None:
    passing, reference = (importlib.import_module(g) for g in ("passing_grid", "reference_grid"))
    assert passing.shows_of_kind is reference.shows_of_kind
    assert "extract_facts(" not in inspect.getsource(passing)


def test_shows_of_kind_names_the_shows_of_the_kind() -> None:
    reference = importlib.import_module("reference_grid")
    got = reference.shows_of_kind("TV news", "Kestrel has renewed Salt Road for a third season. "
                                  "Tovrel has cancelled Copper Vale.", "renewed")
    assert got == {"salt road"}


# --- the twins left, and why ------------------------------------------------------------------


@pytest.mark.parametrize("told, status", [
    ("Salt Road will return in January.", "return"),
    ("Salt Road has been renewed.", "return"),
    ("Lantern House will not be back.", "end"),
    ("Lantern House was scrapped.", "end"),
    ("Kestrel will scrap Lantern House.", "end"),
    ("Lantern House is a drama about a lighthouse.", None),
])
def test_control_slate_status_keeps_its_words(told: str, status: str | None) -> None:
    """``SLATE_RETURN_RE`` / ``SLATE_END_RE`` stay spelled (built from ``DECISION_WORDS`` the
    bare "scrap" would be lost, "green-lit" and "pulled the plug" gained)."""
    assert showwords.slate_status(told) == status


def test_the_slate_words_differ_from_the_decision_words_only_as_written_down() -> None:
    decisions = re.compile(rf"(?i)\b(?:{'|'.join(showwords.DECISION_WORDS['cancelled'])})\b")
    assert showwords.SLATE_END_RE.search("Kestrel will scrap it.")
    assert not decisions.search("Kestrel will scrap it.")
    assert not showwords.SLATE_RETURN_RE.search("Kestrel green-lit it.")
    assert not showwords.SLATE_END_RE.search("Kestrel pulled the plug.")


# --- the lead's merge: the shows-diff of the decision grids, written once ----------------------

TESTS = Path(__file__).parent
#: The grids whose cells check which shows a kind goes to (exactly, or never).
SHOWS_DIFF_GRIDS = ["slate_grid", "decisions_unseen_grid", "story_grid", "headcase_grid"]


@pytest.mark.parametrize("grid", sorted({*SHOWS_DIFF_GRIDS, "own_number_grid"}))
def test_no_grid_spells_the_shows_diff_or_its_count_again(grid: str) -> None:
    """Four grids spelt the per-kind shows diff, five its count, line for line (the lead's
    merge of round 39): ``grid_tally.shows_diff`` and ``found_and_false`` hold them."""
    source = (TESTS / f"{grid}.py").read_text(encoding="utf-8")
    assert "(want - got, got - want) if exact" not in source
    assert "found = all(not missed" not in source
    # round 40 (r40tidy): ``grid_tally.run_found`` counts through ``found_and_false``
    assert "found_and_false" in source or "grid_tally.run_found(" in source


def test_shows_diff_reads_exact_and_forbidden_kinds() -> None:
    """An exact kind misses the shows it wants and counts the others as false; a forbidden
    kind ('!') counts only the shows it names."""
    import grid_tally

    class Fact:
        def __init__(self, show: str, kind: str) -> None:
            self.show, self.kind = show, kind

    facts = [Fact("Salt Road", "renewed"), Fact("The Copper Vale", "cancelled")]
    wanted = {"renewed": (True, {"Salt Road", "Lantern House"}),
              "cancelled": (False, {"Copper Vale"})}
    right, diff = grid_tally.shows_diff(facts, [("renewed", ""), ("cancelled", "")],
                                        wanted.__getitem__)
    assert not right
    assert diff == {"renewed": ({"lantern house"}, set()), "cancelled": (set(), {"copper vale"})}
    assert grid_tally.found_and_false(diff) == (False, diff)
    assert grid_tally.found_and_false({"renewed": (set(), set())}) == (True, None)
