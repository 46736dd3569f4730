"""Round-ups of many titles in layouts nobody tuned to (round 34, issue 10, r34roundups).

``roundup_layouts`` writes one set of decisions (renewed, cancelled, one undecided) as an HTML
page in many layouts and reads it the way the monitor reads a fetched page. The cells here are
the layouts read right on the branch: those ``sections.section_items`` now reads (an item's
own verdict told as "coming back", "won't be back", "returning", "bit the dust"; a place's
name as a title under a status heading; a section of one item beside another status section;
a heading of no decision, "Ending", closing the section before it; an item's blurb paragraph
inside its section; two items with their own verdicts; a heading "Shows that got the axe")
and controls read right before. Hand-written cells: the precision the round keeps (an
undecided item, a premiere round-up, a person's name under a heading). Invented networks,
titles and sentences.
"""

from __future__ import annotations

import pytest
from articles import facts_of, rows
from roundup_layouts import CASTS, LAYOUTS, expected, page, page_decisions

LAYOUT = dict(LAYOUTS)

#: (layout, cast) read right on the branch and not on 2158740.
NEW = [
    ("sections-ul", "one-word"), ("bullets-casual", "words"), ("bullets-casual", "one-word"),
    ("bullets-slang", "words"), ("bullets-slang", "one-word"), ("bullets-dust", "words"),
    ("bullets-dust", "people-numbers"), ("bullets-dust", "one-word"),
    ("network-dash", "one-word"), ("label-before", "words"), ("label-before", "one-word"),
    ("sections-axe", "words"), ("sections-axe", "one-word"),
]
#: (layout, cast) read right on both.
CONTROLS = [
    ("sections-p", "words"), ("sections-p", "one-word"), ("sections-ul", "words"),
    ("heading-per-show", "words"), ("heading-per-show", "people-numbers"),
    ("heading-per-show", "one-word"),
    ("bullets-dash", "words"), ("bullets-dash", "people-numbers"),
    ("bullets-colon", "words"), ("bullets-colon", "people-numbers"),
    ("network-dash", "words"), ("scorecard-lines", "words"),
    ("scorecard-lines", "people-numbers"), ("scorecard-lines", "one-word"),
    ("prose", "words"), ("verdict-in-heading", "words"), ("verdict-in-heading", "one-word"),
    ("verdict-after-heading", "words"), ("verdict-after-heading", "people-numbers"),
]


@pytest.mark.parametrize(("layout", "cast"), NEW + CONTROLS,
                         ids=[f"{'new' if c in NEW else 'control'}-{c[0]}-{c[1]}"
                              for c in NEW + CONTROLS])
def test_layout_read_right(layout: str, cast: str) -> None:
    decisions = CASTS[cast]
    assert page_decisions(page(decisions, LAYOUT[layout])) == expected(decisions)


def test_no_decision_heading_stops_the_section_before_it() -> None:
    """"Ending" over two items is no renewal of them: the "Coming back" section ends there."""
    decisions = CASTS["words"]
    got = page_decisions(page(decisions, LAYOUT["sections-ending"]))
    assert got <= expected(decisions)


INTRO = "Kestrel made its calls on the spring slate this week, the network said on Monday."

LINES = [
    # new: a section of one item beside another status section
    ("new-one-item-sibling",
     ["Renewed", "Salt Road", "Lantern House", "Cancelled", "Copper Vale"],
     {("Salt Road", "renewed"), ("Lantern House", "renewed"), ("Copper Vale", "cancelled")},
     set()),
    # new: a place's name under a status heading
    ("new-place-title", ["Renewed", "Lisbon", "Nightjar", "Lantern House"],
     {("Lisbon", "renewed"), ("Nightjar", "renewed")}, set()),
    # new: "won't be back" as an item's own verdict
    ("new-wont-be-back", ["Salt Road – won't be back", "Lantern House – won't be back",
                          "Copper Vale – renewed"],
     {("Salt Road", "cancelled"), ("Lantern House", "cancelled")}, set()),
    ("new-bit-the-dust", ["Salt Road – bit the dust", "Lantern House – renewed",
                          "Copper Vale – bit the dust"],
     {("Salt Road", "cancelled"), ("Copper Vale", "cancelled")}, set()),
    # new: two items in a row, each with its own verdict, under no heading
    ("new-two-own-verdicts", ["Salt Road (Kestrel) – renewed",
                              "Lantern House (Kestrel) – cancelled"],
     {("Salt Road", "renewed"), ("Lantern House", "cancelled")}, set()),
    ("control-two-own-verdicts-colon", ["Salt Road: renewed for season 3",
                                    "Lantern House: cancelled after two seasons"],
     {("Salt Road", "renewed"), ("Lantern House", "cancelled")}, set()),
    # controls
    ("control-two-items-one-undecided", ["Salt Road (Kestrel) – renewed",
                                         "Lantern House (Kestrel) – still awaiting a decision"],
     set(), {("Lantern House", "renewed"), ("Lantern House", "cancelled")}),
    ("control-two-items-one-verdict", ["Salt Road: the drama ends its run",
                                       "Lantern House (Kestrel) – cancelled"],
     set(), {("Salt Road", "cancelled"), ("Salt Road", "renewed")}),
    ("control-undecided-item", ["Salt Road – renewed", "Lantern House – cancelled",
                                "Orchard Lane – still awaiting a decision"],
     {("Salt Road", "renewed")}, {("Orchard Lane", "renewed"), ("Orchard Lane", "cancelled")}),
    ("control-not-coming-back", ["Salt Road – not coming back", "Lantern House – renewed",
                                 "Copper Vale – not coming back"],
     {("Salt Road", "cancelled")}, {("Salt Road", "renewed"), ("Copper Vale", "renewed")}),
    ("control-returning-with-day", ["Salt Road – returning Sept 3",
                                    "Lantern House – returning Oct 1",
                                    "Copper Vale – returning Nov 5"],
     set(), {("Salt Road", "renewed"), ("Lantern House", "renewed"),
             ("Copper Vale", "renewed")}),
    ("control-returning-this-fall", ["Returning this fall:", "Salt Road (Sept 3)",
                                     "Lantern House (Oct 1)"],
     set(), {("Salt Road", "renewed"), ("Lantern House", "renewed")}),
    ("new-person-under-heading", ["Renewed", "Salt Road", "Jane Holt", "Lantern House"],
     {("Salt Road", "renewed"), ("Lantern House", "renewed")}, {("Jane Holt", "renewed")}),
]


@pytest.mark.parametrize(("lines", "present", "absent"), [c[1:] for c in LINES],
                         ids=[c[0] for c in LINES])
def test_item_lines(lines: list[str], present: set[tuple[str, str]],
                    absent: set[tuple[str, str]]) -> None:
    got = {(show, kind) for show, _, kind in rows(facts_of("\n".join([INTRO, *lines]),
                                                           "Kestrel's week in television"))}
    assert present <= got
    assert not absent & got


def test_weekday_after_title_is_no_part_of_it() -> None:
    """Control: "cancelled Mabel Tuesday after two seasons" names Mabel, on a Tuesday."""
    assert rows(facts_of("Kestrel cancelled Mabel Tuesday after two seasons.")) == {
        ("Mabel", 2, "cancelled")}


SENTENCES = [
    ("new-three-towns", "Kestrel renewed Lisbon, Havana and Dallas this week.",
     {("Lisbon", None, "renewed"), ("Havana", None, "renewed"), ("Dallas", None, "renewed")}),
    ("new-three-towns-cancelled", "Tovrel has cancelled Lisbon, Havana and Dallas.",
     {("Lisbon", None, "cancelled"), ("Havana", None, "cancelled"),
      ("Dallas", None, "cancelled")}),
    ("control-towns-filmed", "Kestrel renewed the show, which was filmed in Lisbon, Havana "
     "and Dallas.", set()),
    ("control-towns-subject-list", "Paris, Rome and Vienna have all been cancelled as "
     "filming locations.", set()),
    ("control-towns-including", "The drama, renewed on Friday, films in cities including "
     "Lisbon, Havana and Dallas.", set()),
    ("control-towns-after-title", "Kestrel renewed Salt Road, Lisbon and Havana this week.",
     {("Salt Road", None, "renewed"), ("Lisbon", None, "renewed"),
      ("Havana", None, "renewed")}),
]


@pytest.mark.parametrize(("sentence", "expected_rows"), [c[1:] for c in SENTENCES],
                         ids=[c[0] for c in SENTENCES])
def test_list_sentence(sentence: str, expected_rows: set[tuple[str, int | None, str]]) -> None:
    assert rows(facts_of(sentence)) == expected_rows
