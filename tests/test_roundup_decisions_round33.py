"""Decisions told over round-ups of many titles (round 33, issue 10, branch r33headline).

A round-up tells each title's decision by what stands over its line: a lead-in sentence
("Here's what got the axe:"), the headline ("Kestrel Cancels Three Dramas") over item lines
under no heading, or the item's own short line ("Salt Road (Kestrel) – cancelled after two
seasons"). ``sections.section_items`` reads them (``section.headline_items``,
``section.item_own_verdict``); an item whose own line leaves the decision open ("still
awaiting a decision", "on the bubble") takes none. Invented names, networks and sentences,
one paragraph per line as the devset's texts are.
"""

from __future__ import annotations

import pytest
from articles import facts_of, shows_kinds

INTRO = ("Kestrel set its schedule for the new season on Monday, and the network made a "
         "number of calls about its drama slate.")
NAMES = [("Salt Road", "Lantern House", "Marrowby Road"),
         ("Copper Vale", "Nightjar", "Orchard Lane")]


def _kinds(lines: list[str], headline: str) -> set[tuple[str, str]]:
    return shows_kinds(facts_of("\n".join([INTRO, *lines]), headline))


# --- a lead-in sentence's idiom governs the items under it -------------------------------

LEAD_INS = [
    ("axe", "Here's what got the axe:", "cancelled"),
    ("given-the-boot", "These dramas were given the boot:", "cancelled"),
    ("wont-be-back", "The following shows won't be back:", "cancelled"),
    ("what-coming-back", "And here's what is coming back:", "renewed"),
]
ITEM_SHAPES = [("network", "{t} ({n})"), ("bullet-network", "• {t} ({n})")]


@pytest.mark.parametrize(("lead", "kind"), [(lead, kind) for _, lead, kind in LEAD_INS],
                         ids=[i for i, _, _ in LEAD_INS])
@pytest.mark.parametrize("shape", [s for _, s in ITEM_SHAPES], ids=[i for i, _ in ITEM_SHAPES])
@pytest.mark.parametrize("names", NAMES, ids=["salt", "copper"])
def test_lead_in_idiom_governs_items(lead: str, kind: str, shape: str,
                                     names: tuple[str, ...]) -> None:
    lines = [lead, *(shape.format(t=t, n="Kestrel") for t in names)]
    assert {(t, kind) for t in names} <= _kinds(lines, "Kestrel's week in television")


# --- the headline's one decision governs heading-less item lines --------------------------

HEADLINES = [
    ("cancels-three", "Kestrel Cancels Three Dramas", "cancelled"),
    ("axes-dramas", "Tovrel axes three of its dramas", "cancelled"),
    ("renews-three", "Kestrel renews three comedies", "renewed"),
]
DECORATIONS = [
    ("network", "{t} (Kestrel)"),
    ("dash-seasons", "{t} – after two seasons"),
    ("colon-words", "{t}: the drama ends its run"),
    ("network-dash", "{t} (Kestrel) – three seasons"),
    ("bullet-bare", "• {t}"),
]


@pytest.mark.parametrize(("headline", "kind"), [(h, k) for _, h, k in HEADLINES],
                         ids=[i for i, _, _ in HEADLINES])
@pytest.mark.parametrize("shape", [s for _, s in DECORATIONS], ids=[i for i, _ in DECORATIONS])
@pytest.mark.parametrize("names", NAMES, ids=["salt", "copper"])
def test_headline_governs_unheaded_items(headline: str, kind: str, shape: str,
                                         names: tuple[str, ...]) -> None:
    lines = [shape.format(t=t) for t in names]
    assert {(t, kind) for t in names} <= _kinds(lines, headline)


# --- an item's own short line tells its decision -------------------------------------------

OWN_LINES = [
    ("dash", "{t} ({n}) – {v}"),
    ("colon", "{t}: {v}"),
    ("dash-no-network", "{t} — {v}"),
]
VERDICTS = [("cancelled after two seasons", "cancelled"), ("renewed for season three", "renewed"),
            ("cancelled", "cancelled")]


@pytest.mark.parametrize("shape", [s for _, s in OWN_LINES], ids=[i for i, _ in OWN_LINES])
@pytest.mark.parametrize("names", NAMES, ids=["salt", "copper"])
def test_item_own_line_tells_decision(shape: str, names: tuple[str, ...]) -> None:
    lines = [shape.format(t=t, n="Kestrel", v=v) for t, (v, _) in zip(names, VERDICTS,
                                                                          strict=True)]
    expected = {(t, k) for t, (_, k) in zip(names, VERDICTS, strict=True)}
    assert expected <= _kinds(lines, "Kestrel's week in television")


# --- precision: an item whose own line leaves it open takes no decision ------------------

OPEN_WORDS = [("awaiting", "still awaiting a decision"), ("bubble", "on the bubble"),
              ("undecided", "fate undecided")]


@pytest.mark.parametrize("words", [w for _, w in OPEN_WORDS], ids=[i for i, _ in OPEN_WORDS])
def test_open_item_under_cancelled_heading_takes_none(words: str) -> None:
    lines = ["CANCELLED", "Salt Road — two seasons", f"Lantern House — {words}",
             "Copper Vale — one season"]
    found = _kinds(lines, "Kestrel's decisions")
    assert ("Lantern House", "cancelled") not in found
    assert {("Salt Road", "cancelled"), ("Copper Vale", "cancelled")} <= found


# --- an item's note about its schedule leaves the heading's decision (lead, at the merge) ---

SCHEDULE_NOTES = [("date-tbd", "renewed for season 3, premiere date TBD"),
                  ("yet-to-be-announced", "renewed, return date yet to be announced"),
                  ("premiere-pending", "premiere pending"),
                  ("awaiting-date", "awaiting a premiere date"),
                  ("no-word-on-date", "no word yet on a premiere date")]


@pytest.mark.parametrize("note", [n for _, n in SCHEDULE_NOTES],
                         ids=[i for i, _ in SCHEDULE_NOTES])
def test_control_schedule_note_under_renewed_heading_keeps_renewal(note: str) -> None:
    lines = ["Renewed", "Salt Road (Kestrel) – renewed for a second season",
             f"Lantern House (Kestrel) – {note}", "Copper Vale (Kestrel) – back in the fall"]
    assert ("Lantern House", "renewed") in _kinds(lines, "Kestrel's renewal tracker")


# --- controls: kept on the base tree and on this branch -----------------------------------

@pytest.mark.parametrize("words", [w for _, w in OPEN_WORDS], ids=[i for i, _ in OPEN_WORDS])
def test_control_open_item_under_headline_takes_none(words: str) -> None:
    lines = ["Salt Road (Kestrel) – two seasons", f"Lantern House (Kestrel) – {words}",
             "Copper Vale (Kestrel) – one season"]
    assert ("Lantern House", "cancelled") not in _kinds(lines, "Kestrel Cancels Two Dramas")


@pytest.mark.parametrize("headline", ["Kestrel's week in television",
                                      "Kestrel renews one drama and cancels another",
                                      "Will Kestrel cancel its dramas?"],
                         ids=["neutral", "mixed", "question"])
def test_control_unheaded_items_without_decision_take_none(headline: str) -> None:
    lines = ["Salt Road (Kestrel) – two seasons", "Lantern House (Kestrel) – one season",
             "Copper Vale (Kestrel) – four seasons"]
    found = {show for show, _ in _kinds(lines, headline)}
    assert not found & {"Salt Road", "Lantern House", "Copper Vale"}


def test_control_bare_titles_without_bullets_are_no_unheaded_roundup() -> None:
    lines = ["Salt Road", "Lantern House", "Copper Vale"]
    found = {show for show, _ in _kinds(lines, "Kestrel Cancels Three Dramas")}
    assert not found & {"Salt Road", "Lantern House", "Copper Vale"}


def test_control_two_items_are_no_unheaded_roundup() -> None:
    lines = ["Salt Road (Kestrel) – two seasons", "Lantern House (Kestrel) – one season"]
    found = {show for show, _ in _kinds(lines, "Kestrel Cancels Three Dramas")}
    assert not found & {"Salt Road", "Lantern House"}


@pytest.mark.parametrize("verdict", ["could be cancelled", "likely renewed",
                                     "effectively cancelled"],
                         ids=["could", "likely", "effectively"])
def test_control_hedged_own_line_is_no_confirmed_decision(verdict: str) -> None:
    lines = [f"{t} (Kestrel) – {verdict}" for t in NAMES[0]]
    facts = facts_of("\n".join([INTRO, *lines]), "Kestrel's week in television")
    assert not [f for f in facts if f.show in NAMES[0] and f.certainty == "confirmed"
                and f.kind in ("renewed", "cancelled")]


def test_control_prose_paragraphs_take_no_headline_decision() -> None:
    lines = ["Salt Road: The drama about a harbour town drew its best ratings in years and "
             "the network has said nothing about its future so far this spring.",
             "Lantern House: The period piece moved to Thursdays in March and its audience "
             "followed it there, which pleased the network's schedulers a great deal.",
             "Copper Vale: The comedy's writers have been working on scripts since January "
             "and its star has been on a publicity tour of three countries."]
    found = {show for show, _ in _kinds(lines, "Kestrel Cancels Three Dramas")}
    assert not found & {"Salt Road", "Lantern House", "Copper Vale"}


def test_control_items_under_a_label_take_no_headline_decision() -> None:
    lines = ["Related:", "Salt Road: Kestrel Renews Drama for Season 3",
             "Lantern House (Kestrel) – a first look", "Copper Vale: Cast Interview"]
    found = _kinds(lines, "Kestrel Cancels Three Dramas")
    assert not found & {("Salt Road", "cancelled"), ("Lantern House", "cancelled"),
                        ("Copper Vale", "cancelled")}


def test_control_own_line_with_two_decisions_is_none() -> None:
    lines = ["Salt Road (Kestrel) – renewed, though its sister show was cancelled",
             "Lantern House (Kestrel) – one season", "Copper Vale (Kestrel) – two seasons"]
    assert not {show for show, _ in _kinds(lines, "Kestrel's week in television")} & {
        "Salt Road", "Lantern House", "Copper Vale"}


@pytest.mark.parametrize("lines", [
    ["Mara Velt (Anna Holt)", "Dana Ortiz (Beth Crane)", "Tom Asher (Nick Vale)"],
    ["Episode 1: The Pilot (June 3)", "Episode 2: The Return (June 10)",
     "Episode 3: The Storm (June 17)"],
], ids=["cast", "episodes"])
def test_control_other_lists_under_a_decision_headline(lines: list[str]) -> None:
    assert not {k for _, k in _kinds(lines, "Kestrel Cancels Three Dramas")} & {"cancelled"}
