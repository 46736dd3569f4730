"""Round 32 (r32regions): two towns are two items, a town and its region one name.

The place vocabulary was one flat set, so "Lisbon, Havana" inside a list (two towns: two
items) read like "Tarrow, Nevada" or "Lisbon, Portugal" (a town and its state or country: one
place name). The vocabulary now tells a region — a country, a US state, a Canadian province or
territory, a UK nation, an Australian state (``Vocabulary.regions``, built by
``scripts/build_vocabulary.py``) — from a town: inside a list, a name, a comma and a place that
is no region are two of the list's items (``title.span.listed_towns``), and a decided list
holding two towns side by side and a plain title is one of shows, its places shows too
(``shows._decided_places_after_titles``).

Controls: a town and its region stay one name ("Tarrow, Nevada", "Roswell, New Mexico",
"Lisbon, Portugal", "Tarrow, Ontario"), inside a list or alone; a pair no list holds ("renewed
Lisbon, Havana for a second season") keeps its reading; a shoot "in Lisbon, Portugal" is a
place; round 31's and r32places's grids keep theirs (run them too). All titles, networks and
places' shows are invented; published on a Monday.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import cell_reader, explained, rows

from monitor.extract.titles import vocabulary

PUBLISHED = dt.date(2026, 11, 2)  # a Monday

Rows = set[tuple[str, int | None, str]]


_rows = cell_reader(rows, "", PUBLISHED)


# --- cells that fail on the base --------------------------------------------------------------

TOWN_ITEMS = [
    ("two_inner_towns", "Kestrel renewed Salt Road, Lisbon, Havana and Lantern House for new "
     "seasons.", {"Salt Road", "Lisbon", "Havana", "Lantern House"}, "renewed"),
    ("three_inner_towns", "Kestrel cancelled Salt Road, Havana, Lisbon, Dallas and Lantern "
     "House.", {"Salt Road", "Havana", "Lisbon", "Dallas", "Lantern House"}, "cancelled"),
    ("towns_open_the_list", "Kestrel renewed Lisbon, Havana and Lantern House for new seasons.",
     {"Lisbon", "Havana", "Lantern House"}, "renewed"),
    ("towns_axed", "Tovrel axed Lantern House, Atlanta, Berlin and Salt Road.",
     {"Lantern House", "Atlanta", "Berlin", "Salt Road"}, "cancelled"),
    ("status_after_list", "Salt Road, Lisbon, Havana and Lantern House were cancelled by "
     "Kestrel.", {"Salt Road", "Lisbon", "Havana", "Lantern House"}, "cancelled"),
    ("all_decided_subject", "Salt Road, Lisbon, Havana and Lantern House have all been renewed "
     "for new seasons.", {"Salt Road", "Lisbon", "Havana", "Lantern House"}, "renewed"),
    ("kind_headed_list", "Kestrel renewed the dramas Salt Road, Lisbon, Havana and Lantern "
     "House.", {"Salt Road", "Lisbon", "Havana", "Lantern House"}, "renewed"),
    ("one_word_name_before_town", "Kestrel renewed Salt Road, Marlow, Lisbon and Lantern House "
     "for new seasons.", {"Salt Road", "Marlow", "Lisbon", "Lantern House"}, "renewed"),
]


@pytest.mark.parametrize(("body", "shows", "kind"), [c[1:] for c in TOWN_ITEMS],
                         ids=[c[0] for c in TOWN_ITEMS])
def test_two_towns_in_a_list_are_two_items(body: str, shows: set[str], kind: str) -> None:
    assert _rows(body) == {(show, None, kind) for show in shows}


def test_explain_shows_the_towns_kept() -> None:
    """A span rule: ``--explain`` shows the two towns it cut apart, kept as listed with a
    show."""
    text = explained("Kestrel renewed Salt Road, Lisbon, Havana and Lantern House for new "
                     "seasons.", "", PUBLISHED)
    assert "kept   Lisbon: title.keep.listed_with_show" in text
    assert "kept   Havana: title.keep.listed_with_show" in text
    assert "Lisbon, Havana" not in text.split("TITLE CANDIDATES")[-1]


REGIONS = [
    ("us_state", "nevada", True),
    ("two_word_state", "new mexico", True),
    ("country", "portugal", True),
    ("canadian_province", "ontario", True),
    ("uk_nation", "scotland", True),
    ("city", "lisbon", False),
    ("another_city", "havana", False),
]


@pytest.mark.parametrize(("name", "region"), [c[1:] for c in REGIONS],
                         ids=[c[0] for c in REGIONS])
def test_the_vocabulary_tells_a_region_from_a_town(name: str, region: bool) -> None:
    assert (name in vocabulary().regions) is region


# --- controls: the same output on the base and the branch -------------------------------------

CONTROLS = [
    ("town_and_state_in_list", "Kestrel renewed Salt Road, Tarrow, Nevada and Lantern House for "
     "new seasons.", {("Salt Road", None, "renewed"), ("Tarrow, Nevada", None, "renewed"),
                      ("Lantern House", None, "renewed")}),
    ("roswell_new_mexico_in_list", "Kestrel renewed Salt Road, Roswell, New Mexico and Lantern "
     "House for new seasons.", {("Salt Road", None, "renewed"),
                                ("Roswell, New Mexico", None, "renewed"),
                                ("Lantern House", None, "renewed")}),
    ("roswell_new_mexico_alone", "Kestrel renewed Roswell, New Mexico for a second season.",
     {("Roswell, New Mexico", 2, "renewed")}),
    ("town_and_country_in_list", "Kestrel renewed Salt Road, Lisbon, Portugal and Lantern House "
     "for new seasons.", {("Salt Road", None, "renewed"), ("Lisbon, Portugal", None, "renewed"),
                          ("Lantern House", None, "renewed")}),
    ("town_and_province_in_list", "Kestrel renewed Salt Road, Tarrow, Ontario and Lantern House "
     "for new seasons.", {("Salt Road", None, "renewed"), ("Tarrow, Ontario", None, "renewed"),
                          ("Lantern House", None, "renewed")}),
    ("pair_no_list_holds", "Kestrel renewed Lisbon, Havana for a second season.",
     {("Lisbon, Havana", 2, "renewed")}),
    ("filmed_in_town_and_country", "Filming on season two of Salt Road began in Lisbon, "
     "Portugal last week.", {("Salt Road", 2, "filming_started")}),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in CONTROLS],
                         ids=[c[0] for c in CONTROLS])
def test_a_town_and_its_region_stay_one_name(body: str, expected: Rows) -> None:
    assert _rows(body) == expected
