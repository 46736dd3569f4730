"""Round 30 (r30lists2): a list's extent is its own joiners' and its kind head's, wherever the
decision stands before the head in the clause.

Round 29's kind head (``title.keep.kind_list``) made every item of a governed list a show
whatever its look, but a list was governed only when its decision stood within four words of
the first item: "Tovrel ordered second seasons of the rookie series Lisbon, Martha Gus,
Summer Gate and Salt Road" kept two items of four, "gave the green light to fresh runs of the
dramas Salt Road and Havana" (an idiom written with spaces) one of two, and "the dramas Martha
and Lisbon" was one title. ``lists.far_kind_governed`` reads a decision's own verb or idiom
farther back in the head's clause, and ``shows._kind_pair_split`` splits "A and B" under a
plural-only kind (rule ``list.govern.far_kind_head``). Controls: a cast list, a singular
"series" over one title with "and", a verb of people after the list, a clause break between
the decision and the head, places and networks after a preposition. All titles, networks and
people are invented.
"""

from __future__ import annotations

import pytest
from articles import explained, facts_of, normalised_shows_kinds


def _pairs(body: str, headline: str = "") -> set[tuple[str, str]]:
    return normalised_shows_kinds(facts_of(body, headline))


CELLS = [
    # the kind head farther than four words from the decision
    ("Tovrel ordered second seasons of the rookie series Lisbon, Martha Gus, Summer Gate, "
     "Havana and Salt Road.",
     {("lisbon", "renewed"), ("martha gus", "renewed"), ("summer gate", "renewed"),
      ("havana", "renewed"), ("salt road", "renewed")}),
    ("Kestrel has ordered third seasons of its rookie dramas Naples, Rosa Hazel, Easter and "
     "Copper Vale.",
     {("naples", "renewed"), ("rosa hazel", "renewed"), ("easter", "renewed"),
      ("copper vale", "renewed")}),
    ("Tovrel has renewed two more seasons of the new comedies Frankie Dune, Naples and "
     "Lantern House.",
     {("frankie dune", "renewed"), ("naples", "renewed"), ("lantern house", "renewed")}),
    # an idiom written with spaces governs as its one-word form does
    ("Tovrel gave the green light to fresh runs of the dramas Salt Road and Havana.",
     {("salt road", "renewed"), ("havana", "renewed")}),
    ("Kestrel is giving the green light to new runs of the sitcoms Rosa Hazel, Naples and "
     "Copper Vale.",
     {("rosa hazel", "renewed"), ("naples", "renewed"), ("copper vale", "renewed")}),
    # two titles joined by one "and" under a plural-only kind: two shows
    ("Tovrel renewed the dramas Martha and Lisbon.",
     {("martha", "renewed"), ("lisbon", "renewed")}),
    ("Tovrel ordered new seasons of the comedies Winter Gus and Havana.",
     {("winter gus", "renewed"), ("havana", "renewed")}),
]


@pytest.mark.parametrize(("body", "expected"), CELLS, ids=[f"cell{i}" for i in range(len(CELLS))])
def test_far_kind_headed_list_items_are_shows(body: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _pairs(body)


def test_explain_names_the_pair_rule() -> None:
    text = explained("Tovrel renewed the dramas Martha and Lisbon.")
    assert "Martha: title.keep.kind_list" in text
    assert "Lisbon: title.keep.kind_list" in text


CONTROLS = [
    # a cast list past the head
    ("Tovrel ordered second seasons of the dramas starring Ada Lin, Tom Vey and Rosa Hazel.",
     {"ada lin", "tom vey", "rosa hazel"}),
    # a verb of people after the list
    ("Tovrel ordered new seasons of the dramas Ada Lin and Tom Vey created.",
     {"ada lin", "tom vey"}),
    # a clause break between the decision and the head
    ("Tovrel cancelled its deal, and fans of the dramas Lisbon, Martha and Winter were upset.",
     {"lisbon", "martha", "winter"}),
    # places and networks after a preposition: no kind head right before them
    ("Tovrel ordered second seasons of the dramas filmed in Lisbon, Havana and Naples.",
     {"lisbon", "havana", "naples"}),
    ("Tovrel ordered second seasons of the dramas seen on Kestrel, Marlow TV and Vela Plus.",
     {"kestrel", "marlow tv", "vela plus"}),
]


@pytest.mark.parametrize(("body", "absent"), CONTROLS,
                         ids=[f"control{i}" for i in range(len(CONTROLS))])
def test_not_a_far_kind_headed_list(body: str, absent: set[str]) -> None:
    shows = {show for show, _ in _pairs(body)}
    assert not shows & absent


def test_singular_series_keeps_one_title_with_and() -> None:
    assert ("pride and glory", "renewed") in _pairs("Tovrel renewed the series Pride and Glory.")
    assert not {("pride", "renewed"), ("glory", "renewed")} & _pairs(
        "Tovrel renewed the series Pride and Glory.")


def test_far_governor_pattern_is_linear_on_long_text() -> None:
    import subprocess
    import sys
    code = ("import time\n"
            "from monitor.extract.lists import far_kind_governed, pair_kind_headed\n"
            "text = 'renewed ' + 'of ' * 40000 + 'the dramas ' + 'A and B ' * 5000\n"
            "t = time.process_time()\n"
            "far_kind_governed(text, len(text) - 8, len(text))\n"
            "pair_kind_headed(text, len(text) - 8, len(text))\n"
            "assert time.process_time() - t < 2\n")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
