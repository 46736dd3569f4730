"""Round 35 (r35decisions): renewals and cancellations as other sites write them.

The grid (``tests/decisions_grid.py``): trade headlines in Title Case, wire copy, British
press ("series" for a season), press releases, fan sites, and the decision told in the sentence
after the one naming the show, each over four title shapes. What round 35 built for it:

1. Whoever decided is never the show referred to: an invented streamer the network vocabulary
   does not know, kept as a name where the previous sentence wrote it ("The Kestrel drama Salt
   Road follows three sisters. Kestrel has renewed it"), is passed over for the previous
   sentence's other show (``target.decider_before_reference``, ``target.decider_of_report``:
   ``rules._referred_show_not``); a season given, handed or granted to a reference ("Kestrel
   has given the series a third season"), a go-ahead given to a season and a season decided
   against are a decider's verbs (``patterns.DECIDING_VERB_OBJECT_RE``).
2. A decision's adjective before a headline's season ("'Salt Road' Lands Early Season 3
   Renewal", "Gets Speedy Season 2 Pickup") is no title (``title_vetoes.json`` hype_words).
3. Cancellation wordings: "would not make more episodes of X" (not "air": a pause), the
   British "drops X after two series" (counted; not "after the series finale").

Cells the branch still misses are ``LEFT``, strict xfail. All titles, networks and people are
invented.
"""

from __future__ import annotations

import datetime as dt

import grid_tally
import pytest
from articles import explained, facts_of
from decisions_grid import Cell, cells, outcome

PUBLISHED = dt.date(2026, 11, 2)

#: Cells the branch does not read (MEASUREMENTS round 35): "cease production on X" is left out
#: of the cancellation vocabulary on purpose (round 7 measured it among wordings that cost a
#: false fact; ``tests/test_kinds_round11.py`` keeps it out); "the third season will be its
#: last" is a planned end, which the labels' convention does not count as a cancellation; a
#: numbered title quoted between "Passes On" and its season.
LEFT = frozenset({
    "cancelled-wire-cease_production-words",
    "cancelled-wire-cease_production-the_x",
    "cancelled-wire-cease_production-one_word",
    "cancelled-wire-cease_production-numbered",
    "cancelled-release-final_season-words",
    "cancelled-release-final_season-the_x",
    "cancelled-release-final_season-one_word",
    "cancelled-release-final_season-numbered",
    "cancelled-trade-passes_on_season-numbered",
})


GRID = grid_tally.params(cells(), LEFT)


@pytest.mark.parametrize("cell", GRID)
def test_decision_cell(cell: Cell) -> None:
    right, false = outcome(cell)
    assert right and not false, (cell.text, false)


CUE = "The Kestrel drama Salt Road follows three sisters in a fishing town. "

#: Near misses: words beside the new ones that must stay no fact (pass on both trees).
NON_FACTS = [
    ("air_more_episodes_until", CUE + "Kestrel will not air more episodes of Salt Road until "
     "March."),
    ("make_more_episodes_this_year", "Kestrel will not make more episodes this year."),
    ("dropped_after_the_series_finale", CUE + "Kestrel dropped the trailer for Salt Road "
     "after the series finale."),
    ("given_a_new_time_slot", CUE + "Kestrel has given the series a new time slot."),
    ("given_the_cast_a_bonus", CUE + "Kestrel has given the cast a bonus."),
    ("decided_against_the_move", CUE + "Kestrel has decided against the move."),
]


@pytest.mark.parametrize("body", [b for _, b in NON_FACTS], ids=[i for i, _ in NON_FACTS])
def test_near_misses_are_no_decisions(body: str) -> None:
    assert [f for f in facts_of(body, "TV news", PUBLISHED)
            if f.kind in ("renewed", "cancelled")] == []


#: Controls: the decider rules' earlier readings kept (pass on both trees).
KEPT = [
    ("earlier_sentence_known_network", "NBC's Salt Road drew strong ratings. Kestrel Play "
     "renewed it for a second season on Friday.", ("Salt Road", "renewed")),
    ("known_network_decides", "The NBC drama Salt Road follows three sisters. NBC has renewed "
     "it for a second season.", ("Salt Road", "renewed")),
    ("another_networks_show", "The Tovrel drama Lisbon is a hit. Kestrel has renewed it for a "
     "second season.", ("Lisbon", "renewed")),
    ("early_edition_is_a_title", "Early Edition is a Kestrel drama.",
     ("Early Edition", "renewed")),
    ("season_of_a_named_show", "Kestrel has passed on a second season of Tovrel's drama "
     "Lisbon.", ("Lisbon", "cancelled")),
]
KEPT_HEADLINES = {"early_edition_is_a_title": "'Early Edition' Renewed For Season 3"}


@pytest.mark.parametrize("name,body,want", KEPT, ids=[k[0] for k in KEPT])
def test_earlier_readings_kept(name: str, body: str, want: tuple[str, str]) -> None:
    got = {(f.show, f.kind) for f in facts_of(body, KEPT_HEADLINES.get(name, "TV news"),
                                              PUBLISHED) if f.kind in ("renewed", "cancelled")}
    assert got == {want}


#: New readings outside the grid's templates (fail on the base).
NEW = [
    ("green_light_to_a_season", CUE + "Kestrel has given the green light to a second season.",
     ("Salt Road", "renewed")),
    ("go_ahead_for_a_season", CUE + "Kestrel gave the go-ahead for a second season.",
     ("Salt Road", "renewed")),
    ("decided_against_a_season", CUE + "Kestrel has decided against a second season.",
     ("Salt Road", "cancelled")),
    ("decided_against_a_season_of_the_drama", CUE + "Kestrel has decided against a second "
     "season of the drama.", ("Salt Road", "cancelled")),
    ("handed_the_show_a_season", CUE + "Kestrel has handed the show a third season.",
     ("Salt Road", "renewed")),
    ("streamer_axed_it", "Lumen Plus's comedy Salt Road drew few viewers. Lumen Plus axed "
     "it after one season.", ("Salt Road", "cancelled")),
]


@pytest.mark.parametrize("name,body,want", NEW, ids=[k[0] for k in NEW])
def test_new_decider_readings(name: str, body: str, want: tuple[str, str]) -> None:
    got = {(f.show, f.kind) for f in facts_of(body, "TV news", PUBLISHED)
           if f.kind in ("renewed", "cancelled")}
    assert got == {want}


def test_explain_names_the_decider_rule_on_the_referred_show() -> None:
    text = explained(CUE + "Kestrel has renewed it for a third season.", published=PUBLISHED)
    assert "target.decider_before_reference" in text
    assert "Salt Road S3 renewed" in text
