"""Round 29 (r29lists): a list a plural kind of show heads is a list of shows, whatever the
items look like.

"Tovrel cancelled four shows: Lisbon, Martha, Winter and Salt Road" names four shows; before
round 29 the items' look (a place, a first name, a calendar word) vetoed them one by one, and a
list whose items mostly look like names was no list at all. ``lists.kind_headed`` reads the
plural kind right before the first item ("the shows", "four dramas:", "several series, including")
and ``title.keep.kind_list`` lifts the person, place, first-name and holiday vetoes of its items
(a network's stays); a lone calendar word item is a candidate there. Controls: a cast list,
filming places, networks, a verb of people after the list, a possessive, a photo that "shows".
All titles, networks and people are invented.
"""

from __future__ import annotations

import pytest
from articles import explained, facts_of, normalised_shows_kinds


def _pairs(body: str, headline: str = "") -> set[tuple[str, str]]:
    return normalised_shows_kinds(facts_of(body, headline))


CELLS = [
    ("Tovrel cancelled the shows Lisbon, Martha and Rosa Hazel.",
     {("lisbon", "cancelled"), ("martha", "cancelled"), ("rosa hazel", "cancelled")}),
    ("The streamer has canceled four shows — Salt Road, Martha, Winter and Copper Vale — as it "
     "shifts its strategy.",
     {("salt road", "cancelled"), ("martha", "cancelled"), ("winter", "cancelled"),
      ("copper vale", "cancelled")}),
    ("Kestrel has given several dramas the chop, including Lisbon, Rosa Hazel, October "
     "Christmas and Frankie Dune.",
     {("lisbon", "cancelled"), ("rosa hazel", "cancelled"),
      ("october christmas", "cancelled"), ("frankie dune", "cancelled")}),
    ("Kestrel canceled original series Naples, Saturday Olive and Martha Gus, leaving just two "
     "originals on its slate.",
     {("naples", "cancelled"), ("saturday olive", "cancelled"), ("martha gus", "cancelled")}),
    ("Tovrel is cancelling the sitcoms Havana, Mabel Quist and Lantern House.",
     {("havana", "cancelled"), ("mabel quist", "cancelled"), ("lantern house", "cancelled")}),
    ("Copper Vale will end next year. Tovrel has also axed three comedies: Lisbon, Easter and "
     "Ada Moreau.",
     {("lisbon", "cancelled"), ("easter", "cancelled"), ("ada moreau", "cancelled")}),
    ("Kestrel cancelled the dramas Friday, Salt Road and August this week.",
     {("friday", "cancelled"), ("salt road", "cancelled"), ("august", "cancelled")}),
]


@pytest.mark.parametrize(("body", "expected"), CELLS, ids=[f"cell{i}" for i in range(len(CELLS))])
def test_kind_headed_list_items_are_shows(body: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _pairs(body)


PAIR_CELLS = [
    # a first name, a comma and a place inside a list: two items, not a town and its region
    ("Tovrel has cancelled Salt Road, Clara, Havana and Copper Vale.",
     {("salt road", "cancelled"), ("clara", "cancelled"), ("havana", "cancelled"),
      ("copper vale", "cancelled")}),
    ("Tovrel cancelled the shows Salt Road, Martha, Lisbon and Rosa Hazel.",
     {("martha", "cancelled"), ("lisbon", "cancelled"), ("rosa hazel", "cancelled")}),
    ("Tovrel renewed the comedies Salt Road, Winter, Naples and Lantern House.",
     {("winter", "renewed"), ("naples", "renewed"), ("lantern house", "renewed")}),
]


@pytest.mark.parametrize(("body", "expected"), PAIR_CELLS,
                         ids=[f"pair{i}" for i in range(len(PAIR_CELLS))])
def test_listed_name_and_place_are_two_items(body: str, expected: set[tuple[str, str]]) -> None:
    pairs = _pairs(body)
    assert expected <= pairs
    assert not any(", " in show for show, _ in pairs)


PAIR_CONTROLS = [
    # a town and its region stays one (a show's title here)
    ("Tovrel killed off the dramas Copper Vale, Salt Road, Tarrow, Nevada and Lantern "
     "House.", "tarrow nevada"),
]


@pytest.mark.parametrize(("body", "whole"), PAIR_CONTROLS)
def test_town_and_region_stay_one(body: str, whole: str) -> None:
    assert whole in {show for show, _ in _pairs(body)}


def test_explain_names_the_rule() -> None:
    text = explained("Tovrel cancelled the shows Lisbon, Martha and Rosa Hazel.")
    assert "title.keep.kind_list" in text


CONTROLS = [
    # a cast list after the show
    ("Tovrel renewed the drama Salt Road, starring Ada Lin, Tom Vey and Mara Sol.",
     {"ada lin", "tom vey", "mara sol"}),
    # the people who made the shows: a verb of people after the list
    ("Tovrel has cancelled the shows Ada Lin, Tom Vey and Mara Sol created.",
     {"ada lin", "tom vey", "mara sol"}),
    # filming places
    ("Tovrel renewed the dramas Salt Road and Copper Vale, which film in Lisbon, Naples and "
     "Havana.", {"lisbon", "naples", "havana"}),
    # networks stay networks
    ("Kestrel cancelled the shows on Netflix, Hulu and HBO this week.",
     {"netflix", "hulu", "hbo"}),
    # a possessive: the shows' people
    ("Tovrel renewed the shows' stars Ada Lin and Tom Vey for two more years.",
     {"ada lin", "tom vey"}),
    # "shows" as a verb
    ("Tovrel renewed Salt Road for a third season. The photo shows Ada Lin and Tom Vey on set.",
     {"ada lin", "tom vey"}),
    # a month after the list is its date, not an item
    ("Kestrel cancelled the dramas Salt Road and Copper Vale in August.", {"august"}),
    # places a town-and-region pair or a first name and a place: filming, no shows
    ("Salt Road films in Austin, Texas and Eugene, Oregon this spring.",
     {"austin", "texas", "eugene", "oregon", "austin texas", "eugene oregon"}),
    ("The network cancelled Ada Lin, Marfa, Texas and Tom Vey.",
     {"ada lin", "marfa", "texas", "marfa texas", "tom vey"}),
    # an aside naming another show: the decided one is the subject
    ("Salt Road, from the makers of Copper Vale, has been cancelled after three seasons.",
     {"copper vale"}),
]


@pytest.mark.parametrize(("body", "absent"), CONTROLS,
                         ids=[f"control{i}" for i in range(len(CONTROLS))])
def test_controls_name_no_show(body: str, absent: set[str]) -> None:
    assert not {show for show, _ in _pairs(body)} & absent


def test_kind_head_pattern_stays_linear() -> None:
    import subprocess
    import sys
    code = ("import time; from monitor.extract.lists import kind_headed; "
            "t = 'the ' + 'new ' * 30000 + 'shows ' + 'x ' * 20000 + 'Salt Road and Copper Vale.'; "
            "s = time.process_time(); kind_headed(t, len(t) - 26, len(t) - 1); "
            "assert time.process_time() - s < 2")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=30)


# --- an adverb set off by commas between a network and its decision ----------------------------

ASIDE_CELLS = [
    ("Tovrel, meanwhile, has cancelled Salt Road and Copper Vale.",
     {("salt road", "cancelled"), ("copper vale", "cancelled")}),
    ("Kestrel, for its part, has renewed Lantern House.", {("lantern house", "renewed")}),
    ("Vela, in turn, picked up Copper Vale for a second season.",
     {("copper vale", "renewed")}),
]


@pytest.mark.parametrize(("body", "expected"), ASIDE_CELLS,
                         ids=[f"aside{i}" for i in range(len(ASIDE_CELLS))])
def test_network_past_an_adverb_decides(body: str, expected: set[tuple[str, str]]) -> None:
    pairs = _pairs(body)
    assert expected <= pairs
    assert not {show for show, _ in pairs} & {"tovrel", "kestrel", "vela"}


def test_explain_names_the_aside_rule() -> None:
    text = explained("Tovrel, meanwhile, has cancelled Salt Road and Copper Vale.")
    assert "title.veto.decider_past_aside" in text


ASIDE_CONTROLS = [
    # the show past the adverb is still the show: a passive decision
    ("Salt Road, meanwhile, has been renewed for a third season.", {("salt road", "renewed")},
     set()),
    # a lower-case object: no show at all
    ("Kestrel, meanwhile, has cancelled its summer tour.", set(), {"kestrel"}),
    # a person past the adverb renews a deal: no show
    ("Ada Lin, meanwhile, has renewed her deal with Kestrel.", set(), {"ada lin"}),
]


@pytest.mark.parametrize(("body", "present", "absent"), ASIDE_CONTROLS,
                         ids=[f"aside_control{i}" for i in range(len(ASIDE_CONTROLS))])
def test_adverb_aside_controls(body: str, present: set[tuple[str, str]],
                               absent: set[str]) -> None:
    pairs = _pairs(body)
    assert present <= pairs
    assert not {show for show, _ in pairs} & absent
