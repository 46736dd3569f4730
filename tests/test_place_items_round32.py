"""Round 32 (r32places): a place as an item of a list of shows a decision governs.

A title, a comma and a place ("Salt Road, Lisbon") reads as one name, a show and its town,
unless a plural kind of show heads the list (round 31's ``title.span.kind_listed_pair``). In a
list a decision governs — a decision's phrase right before it ("Kestrel renewed A, B and C"),
a status right after it ("A, B and C were cancelled"), an "all" decision with a season — a
name of two words or more, no place itself, then a comma and a place, the list going on past
the place, is two of the list's items (``title.span.governed_listed_pair``,
``lists.decision_governs_list``); the decision's list is one of shows, so its places are
shows too, however many of them there are.

Controls: a one-word name before a place keeps the pair ("Tarrow, Nevada"), as does a place
with a place ("Lisbon, Ohio"), and a list "the series" heads (one title may follow it) or a pair the
list does not go on past; a place the sentence ties to the show by a phrase of its own
("filmed in Lisbon", "which is set in Lisbon") or by a dateline ("LISBON —") is no item; a list
only "including" heads (cities, not shows), a tour's list and a cast's list name no show; a
shoot "in Lisbon, Portugal" is a place; the kind-headed list keeps round 31's reading. All
titles, networks and places' shows are invented; published on a Monday.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import cell_reader, explained, rows

PUBLISHED = dt.date(2026, 11, 2)  # a Monday

Rows = set[tuple[str, int | None, str]]


_rows = cell_reader(rows, "", PUBLISHED)


# --- cells that fail on the base --------------------------------------------------------------

PLACE_ITEMS = [
    ("place_then_title_last", "Kestrel renewed Salt Road, Lisbon and Lantern House for new "
     "seasons.", {"Salt Road", "Lisbon", "Lantern House"}, "renewed"),
    ("place_then_place_last", "Kestrel renewed Salt Road, Lisbon and Havana for new seasons.",
     {"Salt Road", "Lisbon", "Havana"}, "renewed"),
    ("inner_pair_of_four", "Kestrel has cancelled Copper Vale, Salt Road, Lisbon and Lantern "
     "House.", {"Copper Vale", "Salt Road", "Lisbon", "Lantern House"}, "cancelled"),
    ("first_pair_of_four", "Tovrel axed Lantern House, Havana, Copper Vale and Salt Road.",
     {"Lantern House", "Havana", "Copper Vale", "Salt Road"}, "cancelled"),
    ("three_items_axed", "Tovrel axed Lantern House, Havana and Salt Road.",
     {"Lantern House", "Havana", "Salt Road"}, "cancelled"),
    ("status_after_list", "Salt Road, Lisbon and Havana were cancelled by Kestrel.",
     {"Salt Road", "Lisbon", "Havana"}, "cancelled"),
    ("all_decided_subject", "Salt Road, Lisbon, Copper Vale and Lantern House have all been "
     "renewed for new seasons.", {"Salt Road", "Lisbon", "Copper Vale", "Lantern House"},
     "renewed"),
    ("clause_after_list", "Tovrel cancelled Salt Road, Lisbon and Lantern House, its crew said "
     "on Monday.", {"Salt Road", "Lisbon", "Lantern House"}, "cancelled"),
    ("own_clause_after_last", "Kestrel renewed Salt Road, Lisbon and Havana, and Tovrel "
     "Originals will stream the rest.", {"Salt Road", "Lisbon", "Havana"}, "renewed"),
]


@pytest.mark.parametrize(("body", "shows", "kind"), [c[1:] for c in PLACE_ITEMS],
                         ids=[c[0] for c in PLACE_ITEMS])
def test_a_place_after_a_comma_is_an_item_of_a_decided_list(body: str, shows: set[str],
                                                               kind: str) -> None:
    assert _rows(body) == {(show, None, kind) for show in shows}


def test_explain_shows_the_items_kept() -> None:
    """A span rule: ``--explain`` shows the items it cut apart, the places kept as listed
    with a show."""
    text = explained("Kestrel renewed Salt Road, Lisbon and Havana for new seasons.", "",
                     PUBLISHED)
    assert "kept   Salt Road: title.keep" in text
    assert "kept   Lisbon: title.keep.listed_with_show" in text
    assert "kept   Havana: title.keep.listed_with_show" in text


# --- controls: the same output on the base and the branch -------------------------------------

CONTROLS = [
    ("one_word_name_and_region", "Kestrel renewed Tarrow, Nevada and Lantern House for new "
     "seasons.", {("Tarrow, Nevada", None, "renewed"), ("Lantern House", None, "renewed")}),
    ("two_word_place_stays_whole", "Kestrel renewed Copper Vale, Salt Road and Havana for new "
     "seasons.", {("Copper Vale", None, "renewed"), ("Salt Road", None, "renewed"),
                  ("Havana", None, "renewed")}),
    ("filmed_in_phrase", "Kestrel renewed Salt Road, filmed in Lisbon, and Havana for new "
     "seasons.", {("Salt Road", None, "renewed")}),
    ("set_in_relative", "Kestrel renewed Salt Road, which is set in Lisbon, and Havana for new "
     "seasons.", {("Salt Road", None, "renewed")}),
    ("dateline_place", "LISBON — Kestrel renewed Salt Road, Lisbon and Lantern House for new "
     "seasons.", {("Salt Road, Lisbon", None, "renewed"), ("Lantern House", None, "renewed")}),
    ("possessive_place", "Kestrel renewed Salt Road, Lisbon's answer to a soap, and Lantern "
     "House.", set()),
    ("including_cities", "The drama was shot in cities including Porto Vale, Lisbon and "
     "Havana.", set()),
    ("tour_list", "Kestrel renewed Salt Road. Its stars toured Porto Vale, Lisbon and Havana.",
     {("Salt Road", None, "renewed")}),
    ("cast_of_list", "The cast of Salt Road, Lisbon and Havana met fans.", set()),
    # (round 37: the bare name opening its sentence with its own news is a show,
    # ``title.evidence.own_news``; the place stays no item)
    ("shoot_in_city_country", "Salt Road began filming in Lisbon, Portugal, in March 2026.",
     {("Salt Road", None, "filming_started")}),
    ("series_may_head_one_title", "Tovrel renewed the series Salt Road, Lisbon and Havana.",
     {("Salt Road, Lisbon", None, "renewed"), ("Havana", None, "renewed")}),
    ("pair_ends_the_list", "Tovrel renewed Salt Road, Lisbon for a second season.",
     {("Salt Road, Lisbon", 2, "renewed")}),
    ("kind_headed_round31", "Kestrel renewed the dramas Salt Road, Lisbon and Havana for new "
     "seasons.", {("Salt Road", None, "renewed"), ("Lisbon", None, "renewed"),
                  ("Havana", None, "renewed")}),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in CONTROLS],
                         ids=[c[0] for c in CONTROLS])
def test_controls_keep_their_reading(body: str, expected: Rows) -> None:
    assert _rows(body) == expected
