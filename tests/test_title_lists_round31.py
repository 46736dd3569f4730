"""Round 31 (r31lists3): lists round 30 left — a decision on a thing of its own, a list item
ending on a weekday, and a subject list "all coming back" under a kind set before it.

1. A decision governs the shows after it only when its object leads on to them: the kind head
   itself, or a season, a run, a count of them ("renewed fresh runs of the dramas A and B").
   A noun of its own before a preposition ("cancelled plans for spin-offs of the dramas A and
   B", "axed a deal for the sitcoms A, B and C") makes the plans or the deal the thing decided
   (``lists.object_breaks``; the list side under ``list.govern.far_kind_head``, the fact side
   rule ``drop.decision_on_another_thing``).
2. A calendar word ending an inner list item ("the sitcoms Havana, Mabel Tuesday and Lantern
   House") is the item's word, not the decision's day (``date.calendar_word_ends_list_item``,
   ``title.span.list_item_time_tail``); "on Monday" after the last item stays the date.
   Under a plural-only kind head, "Salt Road, Lisbon" is two items, not a town and its region
   (``title.span.kind_listed_pair``).
3. A subject list "all coming back" with no season or year counts under a plural kind set
   before it with a comma ("the rest of its dramas, A, B and C are all coming back",
   ``title.keep.all_decided_list``); never a cast list or a kind a noun of its own belongs to.
   A weekday opening an item before "of" and a name keeps its place in the title ("Friday of
   Marlow", ``title.span.weekday_of_name``), as the date reader already reads it.

All titles, networks and people are invented.
"""

from __future__ import annotations

import pytest
from articles import explained, facts_of, normalised_shows_kinds

from monitor.extract.dates import find_dates


def _pairs(body: str, headline: str = "") -> set[tuple[str, str]]:
    return normalised_shows_kinds(facts_of(body, headline))


# --- 1. a decision on a thing of its own -----------------------------------------------------

OBJECT_CELLS = [
    # (body, shows that must carry no decision)
    ("Kestrel cancelled plans for spin-offs of the dramas Lisbon and Havana.",
     {"lisbon", "havana", "lisbon and havana"}),
    ("Kestrel cancelled plans for spin-offs of the dramas Salt Road and Copper Vale.",
     {"salt road", "copper vale"}),
    ("Tovrel has scrapped plans to revive the comedies Lantern House and Copper Vale.",
     {"lantern house", "copper vale"}),
    ("Kestrel cancelled plans for a spin-off of the drama Salt Road.", {"salt road"}),
    ("Kestrel has cancelled a film of the drama Salt Road.", {"salt road"}),
    ("Tovrel renewed the rights to the thriller Copper Vale.", {"copper vale"}),
    ("Kestrel cancelled the sequel to Lantern House after one season.", {"lantern house"}),
]


@pytest.mark.parametrize(("body", "undecided"), OBJECT_CELLS,
                         ids=[f"object{i}" for i in range(len(OBJECT_CELLS))])
def test_a_decision_on_a_thing_of_its_own_decides_no_show(body: str, undecided: set[str]) -> None:
    decided = {show for show, kind in _pairs(body) if kind in ("renewed", "cancelled")}
    assert not decided & undecided


def test_explain_names_the_drop() -> None:
    text = explained("Kestrel cancelled plans for spin-offs of the dramas Salt Road and "
                     "Copper Vale.")
    assert "drop.decision_on_another_thing" in text


OBJECT_CONTROLS = [
    # the kind head is the object: both shows decided
    ("Kestrel cancelled the dramas Lisbon and Havana.",
     {("lisbon", "cancelled"), ("havana", "cancelled")}),
    ("Kestrel cancelled the dramas Salt Road and Copper Vale.",
     {("salt road", "cancelled"), ("copper vale", "cancelled")}),
    # a season or a run of the shows leads on to them
    ("Tovrel renewed fresh runs of the dramas Salt Road and Copper Vale.",
     {("salt road", "renewed"), ("copper vale", "renewed")}),
    ("Tovrel ordered second seasons of the rookie series Lisbon, Martha Gus and Salt Road.",
     {("lisbon", "renewed"), ("martha gus", "renewed"), ("salt road", "renewed")}),
    ("Kestrel has ordered a second season of the drama Salt Road.", {("salt road", "renewed")}),
    # an idiom's own noun
    ("Tovrel gave the green light to fresh runs of the dramas Salt Road and Havana.",
     {("salt road", "renewed"), ("havana", "renewed")}),
    ("Kestrel has pulled the plug on the comedies Salt Road and Copper Vale.",
     {("salt road", "cancelled"), ("copper vale", "cancelled")}),
    ("Kestrel gave the axe to the dramas Salt Road and Copper Vale.",
     {("salt road", "cancelled"), ("copper vale", "cancelled")}),
    # the reboot of a show is the show's new life; its production is the show's making
    ("Kestrel renewed the reboot of Salt Road for a second season.", {("salt road", "renewed")}),
    ("Kestrel cancelled production on Salt Road after two seasons.",
     {("salt road", "cancelled")}),
    # a count of them
    ("Kestrel renewed the rest of its dramas, Salt Road, Copper Vale and Lantern House.",
     {("salt road", "renewed"), ("copper vale", "renewed"), ("lantern house", "renewed")}),
    # no decision's own verb before the plans: the trigger is no transitive decision
    ("The network confirmed there are no more plans to continue the drama Salt Road, which is "
     "cancelled.", {("salt road", "cancelled")}),
    # the last noun before the show decides: a season of it, a renewal of it
    ("Kestrel scrapped plans for a second season of the drama Salt Road.",
     {("salt road", "cancelled")}),
    ("Tovrel has scrapped its renewal of Copper Vale after one season.",
     {("copper vale", "cancelled")}),
    # a noun governor ("the axe") has no object to break: the list stays governed
    ("Kestrel renewed Lantern House. The axe also fell on Salt Road, Copper Vale and Havana.",
     {("salt road", "cancelled"), ("copper vale", "cancelled"), ("havana", "cancelled")}),
    # the decided show before the thing of its own keeps its decision
    ("Kestrel renewed Salt Road, and cancelled plans for a sequel to Copper Vale.",
     {("salt road", "renewed")}),
]


@pytest.mark.parametrize(("body", "expected"), OBJECT_CONTROLS,
                         ids=[f"object_control{i}" for i in range(len(OBJECT_CONTROLS))])
def test_a_decision_on_the_shows_still_decides_them(body: str,
                                                     expected: set[tuple[str, str]]) -> None:
    assert expected <= _pairs(body)


# --- 2. a list item ending on a weekday or a month -------------------------------------------

TAIL_CELLS = [
    ("Tovrel has renewed the sitcoms Havana, Mabel Tuesday and Lantern House.",
     {("havana", "renewed"), ("mabel tuesday", "renewed"), ("lantern house", "renewed")}),
    ("Kestrel has cancelled the dramas Salt Road, Rosa Friday, Copper Vale and Lantern House.",
     {("salt road", "cancelled"), ("rosa friday", "cancelled"), ("copper vale", "cancelled"),
      ("lantern house", "cancelled")}),
    ("Tovrel renewed Salt Road, Rosa June and Copper Vale for new seasons.",
     {("salt road", "renewed"), ("rosa june", "renewed"), ("copper vale", "renewed")}),
]


@pytest.mark.parametrize(("body", "expected"), TAIL_CELLS,
                         ids=[f"tail{i}" for i in range(len(TAIL_CELLS))])
def test_a_calendar_word_ending_an_inner_item_is_the_items(
        body: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _pairs(body)


def test_the_inner_items_word_dates_nothing() -> None:
    facts = facts_of("Tovrel has renewed the sitcoms Havana, Mabel Tuesday and Lantern House.")
    assert facts and all(f.date == "2024-05" for f in facts)


def test_explain_names_the_span_rule() -> None:
    text = explained("Tovrel has renewed the sitcoms Havana, Mabel Tuesday and Lantern House.")
    assert "Mabel Tuesday: title.keep" in text


TAIL_CONTROLS = [
    # "on Monday" after the last item is the decision's day
    ("Tovrel has renewed the sitcoms Havana, Lantern House and Copper Vale on Monday.",
     "Monday"),
    # a list of days
    ("The comedy airs Monday, Tuesday and Friday.", "Tuesday"),
    # a calendar word after the last item: the date
    ("Kestrel renewed Salt Road, Copper Vale and Lantern House Friday.", "Friday"),
]


@pytest.mark.parametrize(("sentence", "word"), TAIL_CONTROLS,
                         ids=[f"tail_control{i}" for i in range(len(TAIL_CONTROLS))])
def test_a_date_after_the_list_stays_a_date(sentence: str, word: str) -> None:
    import datetime as dt
    assert any(m.text.endswith(word) for m in find_dates(sentence, dt.date(2024, 5, 10)))


def test_on_monday_after_the_last_item_dates_the_renewal() -> None:
    facts = facts_of("Tovrel has renewed the sitcoms Havana, Lantern House and Copper Vale on "
                     "Monday.")
    assert facts and all(f.date == "2024-05-06" for f in facts)


# --- 2b. a title, a comma and a place under a plural kind head ------------------------------

PAIR_CELLS = [
    ("Tovrel greenlit fresh runs of the dramas Salt Road, Lisbon and Havana.",
     {("salt road", "renewed"), ("lisbon", "renewed"), ("havana", "renewed")}),
    ("Tovrel renewed the dramas Havana, Salt Road, Lisbon and Copper Vale.",
     {("havana", "renewed"), ("salt road", "renewed"), ("lisbon", "renewed"),
      ("copper vale", "renewed")}),
    ("Kestrel has cancelled the comedies Lantern House, Naples and Copper Vale after one "
     "season.",
     {("lantern house", "cancelled"), ("naples", "cancelled"), ("copper vale", "cancelled")}),
]


@pytest.mark.parametrize(("body", "expected"), PAIR_CELLS,
                         ids=[f"pair{i}" for i in range(len(PAIR_CELLS))])
def test_a_title_and_a_place_under_a_plural_kind_are_two_items(
        body: str, expected: set[tuple[str, str]]) -> None:
    pairs = _pairs(body)
    assert expected <= pairs
    assert not any(" " in show and show.endswith((" lisbon", " naples")) for show, _ in pairs)


PAIR_CONTROLS = [
    # a one-word town and its region stays one
    ("Tovrel killed off the dramas Copper Vale, Salt Road, Tarrow, Nevada and Lantern House.",
     "tarrow nevada"),
    # "the series" may head one title
    ("Tovrel renewed the series Salt Road, Lisbon and Havana.", "salt road lisbon"),
    # no kind head: round 32 (r32places) reads a decided list's place as an item of its own
    # ("Tovrel renewed Salt Road, Lisbon and Havana": three shows,
    # tests/test_place_items_round32.py); a pair the list does not go on past stays one
    ("Tovrel renewed Salt Road, Lisbon for a second season.", "salt road lisbon"),
]


@pytest.mark.parametrize(("body", "whole"), PAIR_CONTROLS,
                         ids=[f"pair_control{i}" for i in range(len(PAIR_CONTROLS))])
def test_without_a_plural_kind_or_with_a_one_word_town_the_pair_stays(body: str,
                                                                       whole: str) -> None:
    assert whole in {show for show, _ in _pairs(body)}


def test_explain_names_the_pair_rule() -> None:
    text = explained("Tovrel greenlit fresh runs of the dramas Salt Road, Lisbon and Havana.")
    assert "Lisbon: title.keep.kind_list" in text and "Salt Road: title.keep" in text


# --- 3. a subject list "all coming back" under a kind set before it --------------------------

ALL_CELLS = [
    ("Over on Kestrel, the rest of the superhero shows, Martha Gus, Lisbon and Rosa Hazel are "
     "all coming back.",
     {("martha gus", "renewed"), ("lisbon", "renewed"), ("rosa hazel", "renewed")}),
    ("Over on Kestrel, the rest of its dramas, Martha Gus, Lisbon and Rosa Hazel, are all "
     "coming back.",
     {("martha gus", "renewed"), ("lisbon", "renewed"), ("rosa hazel", "renewed")}),
    ("Tovrel's other comedies, Havana, Winter Gus, Naples and Salt Road, will all return.",
     {("havana", "renewed"), ("winter gus", "renewed"), ("naples", "renewed"),
      ("salt road", "renewed")}),
]


# a weekday opening an item before "of" and a name: the item's word ("Friday of Marlow")
WEEKDAY_OF_CELLS = [
    ("On Kestrel, Salt Road gets one last run while the rest of its dramas, Havana, The "
     "Lisbon, October Gus and Friday of Marlow are all coming back.",
     {("havana", "renewed"), ("lisbon", "renewed"), ("october gus", "renewed"),
      ("friday of marlow", "renewed")}),
    ("Kestrel renewed the comedies Salt Road, Copper Vale and Sunday of Marlow.",
     {("salt road", "renewed"), ("copper vale", "renewed"), ("sunday of marlow", "renewed")}),
    ("Kestrel has renewed Saturday of Copper Vale for a second season.",
     {("saturday of copper vale", "renewed")}),
]
ALL_CELLS += WEEKDAY_OF_CELLS


@pytest.mark.parametrize(("body", "expected"), ALL_CELLS,
                         ids=[f"all{i}" for i in range(len(ALL_CELLS))])
def test_a_kind_set_before_the_list_makes_a_bare_return_every_items(
        body: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _pairs(body)


def test_explain_names_the_all_decided_rule() -> None:
    text = explained("Over on Kestrel, the rest of the superhero shows, Martha Gus, Lisbon and "
                     "Rosa Hazel are all coming back.")
    assert "Martha Gus: title.keep.all_decided_list" in text


ALL_CONTROLS = [
    # cast lists
    ("The stars of its dramas, Ada Lin, Tom Vey and Rosa Hazel, are all coming back.",
     {"ada lin", "tom vey", "rosa hazel"}),
    ("The cast is set: Ada Lin, Tom Vey and Rosa Hazel are all coming back.",
     {"ada lin", "tom vey", "rosa hazel"}),
    # a kind a noun of its own belongs to
    ("The writers of the comedies, Ada Lin, Tom Vey and Rosa Hazel, are all coming back.",
     {"ada lin", "tom vey", "rosa hazel"}),
    ("Tovrel said the leads of its new dramas, Martha Gus, Lisbon Vey and Rosa Hazel are all "
     "coming back.", {"martha gus", "lisbon vey", "rosa hazel"}),
    ("After a break from its dramas, Martha Gus, Tom Vey and Rosa Hazel are all coming back "
     "to the stage.", {"martha gus", "tom vey", "rosa hazel"}),
    # no kind before the list, no season, no year
    ("Martha Gus, Lisbon and Rosa Hazel are all coming back.",
     {"martha gus", "lisbon", "rosa hazel"}),
    # a weekday "of" a time or a lower-case word stays a time
    ("Kestrel renewed Salt Road on the Friday of Thanksgiving Week.",
     {"friday of thanksgiving week", "thanksgiving week"}),
    ("Kestrel renewed Salt Road, and the news came on Friday of that week.",
     {"friday of that week", "friday"}),
]


@pytest.mark.parametrize(("body", "not_shows"), ALL_CONTROLS,
                         ids=[f"all_control{i}" for i in range(len(ALL_CONTROLS))])
def test_people_and_unheaded_lists_stay_no_shows(body: str, not_shows: set[str]) -> None:
    assert not {show for show, _ in _pairs(body)} & not_shows


# --- linear on long inputs ---------------------------------------------------------------------

def test_the_new_patterns_stay_linear_on_long_lines() -> None:
    import subprocess
    import sys
    code = (
        "import time\n"
        "from monitor.extract import lists\n"
        "t = time.perf_counter()\n"
        "lists.object_breaks(' plans' * 20000)\n"
        "lists.object_breaks('a' * 100000)\n"
        "lists._OBJECT_BREAK_RE.search('x-' * 50000)\n"
        "lists._HEAD_OWNED_BEFORE_RE.search('a ' * 50000)\n"
        "lists._KIND_APPOSED_HEAD_RE.search('the ' * 25000)\n"
        "lists._KIND_HEAD_ITEMS_RE.search('the dramas ' + 'Ab Cd, ' * 20000)\n"
        "lists.plural_kind_heads('the dramas ' + 'Ab Cd, ' * 20000, 140000)\n"
        "lists._ALL_RETURN_BARE_RE.match(' will' * 20000)\n"
        "from monitor.extract.rules import _LOWER_OBJECT_GAP_RE\n"
        "_LOWER_OBJECT_GAP_RE.fullmatch(' ab' * 30000 + '.')\n"
        "assert time.perf_counter() - t < 5, time.perf_counter() - t\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
