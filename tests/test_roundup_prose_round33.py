"""Decisions a round-up tells in its prose (round 33, issue 10, branch r33prose).

Three shapes of a round-up's sentences, each read the general way:

- a farewell idiom with a show as its object ("will say goodbye to the drama Salt Road after
  three seasons": the run ended, a cancellation; "... with its fifth and final season": that
  season ordered, a renewal) — ``trigger.farewell_run_ended``,
  ``trigger.farewell_final_season``; a cast member's farewell, "the set", "its star", a
  finale's airing stay non-facts (``drop.farewell_to_another``: the name after "to" must be
  the show's);
- a summary clause over items that are clauses ("Three dramas bit the dust – Salt Road made it
  four seasons, Lantern House made it two and Nightjar only got one"): every item with its own
  run note takes the decision, its season the note's count (``target.summary_clause_items``);
  an item telling its own fate ("finished as planned", "was renewed") keeps its own;
- status lines sharing a label ("Cancelled: Salt Road (Kestrel)" over "Renewed: Lantern House
  (Kestrel)"): the label is no alias joining the two shows, so each line's decision stays its
  own title's (``title.alias.shared_label``).

Invented names, networks and sentences, one paragraph per line as the devset's texts are.
"""

from __future__ import annotations

import pytest
from articles import facts_of, rows, shows_kinds

INTRO = ("Kestrel set its schedule for the new season on Monday, and the network made a "
         "number of calls about its drama slate.")
HEADLINE = "This week in television"
NAMES = [("Salt Road", "Lantern House", "Nightjar", "Marrowby Road"),
         ("Copper Vale", "Orchard Lane", "Tessendale", "Havana Nights")]
NAME_IDS = ["salt", "copper"]


def _rows(*lines: str) -> set[tuple[str, int | None, str]]:
    return rows(facts_of("\n".join([INTRO, *lines]), HEADLINE))


def _kinds(*lines: str) -> set[tuple[str, str]]:
    return shows_kinds(facts_of("\n".join([INTRO, *lines]), HEADLINE))


# --- a farewell idiom with a show as its object -----------------------------------------------

FAREWELLS = [
    ("will-say-goodbye", "Kestrel will say goodbye to the drama {t} after three seasons.",
     3, "cancelled"),
    ("bids-farewell", "Tovrel bids farewell to the comedy {t} after just one season.",
     1, "cancelled"),
    ("bade-adieu", "Kestrel bade adieu to the drama {t} after two seasons.", 2, "cancelled"),
    ("said-goodbye", "The network said goodbye to the series {t} after four seasons.",
     4, "cancelled"),
    ("final-fifth", "The network will also say goodbye to the drama {t} with its fifth and "
     "final season.", 5, "renewed"),
    ("final-numeral", "Tovrel will say goodbye to the comedy {t} with the 15th and final "
     "season.", 15, "renewed"),
]


@pytest.mark.parametrize(("line", "season", "kind"), [(x, s, k) for _, x, s, k in FAREWELLS],
                         ids=[i for i, *_ in FAREWELLS])
@pytest.mark.parametrize("names", NAMES, ids=NAME_IDS)
def test_farewell_to_a_show(line: str, season: int, kind: str,
                            names: tuple[str, ...]) -> None:
    title = names[0]
    assert (title, season, kind) in _rows(line.format(t=title))


FAREWELL_CONTROLS = [
    ("its-star", "Kestrel says goodbye to its star Mara Quell, who leaves the drama {t} after "
     "three seasons."),
    ("the-set", "The cast said goodbye to the set of the drama {t} after three seasons."),
    ("as-a-role", "The drama {t} said goodbye to Emily Clarke after three seasons as Detective "
     "Ruiz."),
    ("finale-aired", "Viewers said goodbye to the drama {t} last night with a finale watched "
     "by two million."),
    ("fans-object", "The drama {t} bids farewell to fans after three seasons of mysteries."),
    # a person's farewell whose name the title stage drops: the show after it is no object
    ("person-then-show", "Kestrel said goodbye to Emily Clarke after three seasons on the "
     "drama {t}."),
]


@pytest.mark.parametrize("line", [x for _, x in FAREWELL_CONTROLS],
                         ids=[i for i, _ in FAREWELL_CONTROLS])
@pytest.mark.parametrize("names", NAMES, ids=NAME_IDS)
def test_farewell_controls_stay_non_facts(line: str, names: tuple[str, ...]) -> None:
    title = names[0]
    assert (title, "cancelled") not in _kinds(line.format(t=title))


# --- a summary clause over items that are clauses ---------------------------------------------

SUMMARIES = [
    ("bit-dust-dash", "Three dramas bit the dust – {a} made it four seasons, {b} made it two "
     "and {c} only got one.", (4, 2, 1)),
    ("bit-dust-colon", "Three dramas bit the dust: {a} made it four seasons, {b} made it two "
     "and {c} only got one.", (4, 2, 1)),
    ("lasted-ran", "Three Kestrel dramas got the axe – {a} lasted three seasons, {b} ran for "
     "two and {c} managed just one.", (3, 2, 1)),
    ("cancelled-after", "Kestrel cancelled three dramas: {a} after four seasons, {b} after two "
     "and {c} after one.", (4, 2, 1)),
]


@pytest.mark.parametrize(("line", "seasons"), [(x, s) for _, x, s in SUMMARIES],
                         ids=[i for i, *_ in SUMMARIES])
@pytest.mark.parametrize("names", NAMES, ids=NAME_IDS)
def test_summary_clause_items(line: str, seasons: tuple[int, int, int],
                              names: tuple[str, ...]) -> None:
    a, b, c, _ = names
    found = _rows(line.format(a=a, b=b, c=c))
    assert {(t, s, "cancelled") for t, s in zip((a, b, c), seasons, strict=True)} <= found


@pytest.mark.parametrize("names", NAMES, ids=NAME_IDS)
def test_summary_clause_item_with_its_own_fate_is_left_out(names: tuple[str, ...]) -> None:
    a, b, c, d = names
    found = _rows(f"Four comedies bit the dust – {a} finished as planned after a short seventh "
                  f"season, {b} made it four seasons, {c} made it two and {d} only got one.")
    assert {(b, 4, "cancelled"), (c, 2, "cancelled"), (d, 1, "cancelled")} <= found
    assert (a, "cancelled") not in {(show, kind) for show, _, kind in found}


SUMMARY_CONTROLS = [
    # an item with a decision of its own keeps it
    ("own-renewal", "Three dramas bit the dust – {a} made it four seasons, {b} was renewed for "
     "a third and {c} only got one.", "{b}", "cancelled", False),
    # a count with no decision: nothing cancelled
    ("no-decision", "Three dramas made the list – {a} made it four seasons, {b} made it two "
     "and {c} only got one.", "{b}", "cancelled", False),
    ("no-decision-first", "Three dramas made the list – {a} made it four seasons, {b} made it "
     "two and {c} only got one.", "{a}", "cancelled", False),
    # a plain counted list keeps its reading
    ("plain-list", "Kestrel cancelled three dramas: {a}, {b} and {c}.", "{c}", "cancelled",
     True),
]


@pytest.mark.parametrize(("line", "who", "kind", "present"),
                         [(x, w, k, p) for _, x, w, k, p in SUMMARY_CONTROLS],
                         ids=[i for i, *_ in SUMMARY_CONTROLS])
@pytest.mark.parametrize("names", NAMES, ids=NAME_IDS)
def test_summary_clause_controls(line: str, who: str, kind: str, present: bool,
                                 names: tuple[str, ...]) -> None:
    a, b, c, _ = names
    show = who.format(a=a, b=b, c=c)
    assert ((show, kind) in _kinds(line.format(a=a, b=b, c=c))) is present


# --- status lines sharing a label ---------------------------------------------------------------

STATUS_LINES = [
    ("cancel-renew", ["Cancelled: {a} (Kestrel)", "Renewed: {b} (Kestrel)"],
     {("{a}", "cancelled"), ("{b}", "renewed")}, {("{a}", "renewed")}),
    ("renew-cancel", ["Renewed: {a} (Tovrel)", "Cancelled: {b} (Tovrel)"],
     {("{a}", "renewed"), ("{b}", "cancelled")}, {("{a}", "cancelled")}),
    ("three-lines", ["Cancelled: {a} (Kestrel)", "Renewed: {b} (Kestrel)",
                     "Cancelled: {c} (Kestrel)"],
     {("{a}", "cancelled"), ("{b}", "renewed"), ("{c}", "cancelled")},
     {("{a}", "renewed"), ("{c}", "renewed")}),
]


@pytest.mark.parametrize(("lines", "wanted", "unwanted"),
                         [(x, w, u) for _, x, w, u in STATUS_LINES],
                         ids=[i for i, *_ in STATUS_LINES])
@pytest.mark.parametrize("names", NAMES, ids=NAME_IDS)
def test_status_lines_sharing_a_label(lines: list[str], wanted: set[tuple[str, str]],
                                      unwanted: set[tuple[str, str]],
                                      names: tuple[str, ...]) -> None:
    a, b, c, _ = names
    found = _kinds(*(line.format(a=a, b=b, c=c) for line in lines))
    fill = {"{a}": a, "{b}": b, "{c}": c}
    assert {(fill[s], k) for s, k in wanted} <= found
    assert not {(fill[s], k) for s, k in unwanted} & found


LABEL_CONTROLS = [
    # one show and its other name: still one show
    ("true-alias", "{a} (Camino de Sal) was renewed by Kestrel for a second season.",
     "{a}", "renewed"),
    # two different labels: each line its own show, as before
    ("two-labels", "Renewed: {a} (Kestrel)\nRenewed: {b} (Tovrel)", "{b}", "renewed"),
]


@pytest.mark.parametrize(("text", "who", "kind"), [(x, w, k) for _, x, w, k in LABEL_CONTROLS],
                         ids=[i for i, *_ in LABEL_CONTROLS])
@pytest.mark.parametrize("names", NAMES, ids=NAME_IDS)
def test_label_controls(text: str, who: str, kind: str, names: tuple[str, ...]) -> None:
    a, b, _, _ = names
    assert (who.format(a=a, b=b), kind) in _kinds(text.format(a=a, b=b))
