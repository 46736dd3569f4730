"""Round 39 (r39strict): the date a decision carries when the text gives it no time.

Round 39's census of compatible-but-not-strict matches (counts only on the sealed fold)
found its largest class a renewal or a cancellation labelled undated that the extractor gave
the publication month (11 of 17; 8 by ``date.publication_month``, 7 in round-ups), then a
label coarser than ours whose date stands in the headline (3). By the devset README only an
event reported as just happened takes the publication month; a round-up under a heading that
names a year is dated with that year. The readings built:

1. ``date.decision_describes_show_undated``: a decision in a clause that describes the
   show's past — a time or relative clause with its own subject ("ever since Kestrel
   cancelled X", "X, which Kestrel cancelled after two seasons"), a passive infinitive
   ("before being cancelled", "only to be axed"), a participle set off by commas ("X, axed by
   Kestrel after two seasons, remains ...") — takes no date.
2. ``date.decision_in_past_record_undated``: a decision told as part of a record ("In the
   past, Kestrel has cancelled X", "in recent months", "Other Kestrel dramas to be cancelled
   include X", "a string of dramas, including X", "follows those of X") takes no date.
3. ``date.headline_year_of_decisions``: a decision the article would date by its publication
   month, under a headline that frames its decisions of the kind in a year ("Every TV Show
   Cancelled in 2026 So Far", "The Shows Kestrel Has Axed This Year"), takes that year.

The grid is ``tests/strict_dates_grid.py``: every ``describes``, ``record`` and ``headline``
cell fails on the base tree (4f5eb4d) and passes here; every control passes on both. Cells
the branch still misses are ``LEFT`` (strict xfail). All titles, networks and people are
invented.
"""

from __future__ import annotations

import datetime as dt

import grid_tally
import pytest
from articles import explained, facts_of
from strict_dates_grid import Cell, cells, outcome

PUBLISHED = dt.date(2026, 5, 14)

#: Cells the branch does not read, none of them for the date: two one-word titles joined by
#: "and" are read as one name ("Ferrowby and Brackenhurst"); a colon title opening a relative
#: clause is cut at its colon.
LEFT = frozenset({
    "describes-uk-which_network_cancelled-colon",
    "record-trade-other_shows_include-one_word",
    "record-wire-in_recent_months-one_word",
    "record-trade-string_including-one_word",
    "record-uk-follows_those_of-one_word",
})

GRID = grid_tally.params(cells(), LEFT)


@pytest.mark.parametrize("cell", GRID)
def test_strict_dates_cell(cell: Cell) -> None:
    right, diff = outcome(cell)
    assert right, (cell.headline, cell.body, diff)


def _dates(body: str, headline: str, kind: str = "cancelled") -> dict[str, str | None]:
    return {f.show: f.date for f in facts_of(body, headline, PUBLISHED) if f.kind == kind}


@pytest.mark.parametrize("rule,headline,body", [
    ("date.decision_describes_show_undated", "Fans Still Want More",
     "Fans have campaigned for a revival ever since Kestrel cancelled Salt Road in its second "
     "season."),
    ("date.decision_in_past_record_undated", "Kestrel Cancels Salt Road",
     "Kestrel has cancelled Salt Road. Other Kestrel dramas to be cancelled include Copper "
     "Vale and Lantern House."),
    ("date.headline_year_of_decisions", "Every Kestrel Drama Cancelled in 2026",
     "Kestrel has cancelled Copper Vale after two seasons."),
])
def test_explain_names_the_rule(rule: str, headline: str, body: str) -> None:
    assert rule in explained(body, headline, PUBLISHED)


#: Readings outside the grid's templates (fail on the base tree).
NEW = [
    ("record_over_the_years", "Kestrel Renews Salt Road",
     "Kestrel has renewed Salt Road. Over the years, Tovrel has cancelled Copper Vale twice.",
     {"Copper Vale": None}),
    ("headline_of_year_possessive", "2026's TV Cancellations: The Shows That Won't Return",
     "Kestrel has cancelled Copper Vale after two seasons.", {"Copper Vale": "2026"}),
    ("describes_before_the_network_axed_it", "Mara Quell Signs With Tovrel",
     "Mara Quell starred in Lantern House for three seasons before Kestrel axed it.",
     {"Lantern House": None}),
]


@pytest.mark.parametrize("name,headline,body,want", NEW, ids=[k[0] for k in NEW])
def test_new_readings(name: str, headline: str, body: str, want: dict[str, str | None]
                      ) -> None:
    got = _dates(body, headline)
    assert {show: got.get(show, "missing") for show in want} == want


#: Controls: dates kept (pass on both trees).
KEPT = [
    # the headline's year is a season's span, not the decisions' year
    ("season_span_headline", "Kestrel's 2026-27 Cancellations",
     "Kestrel has cancelled Copper Vale after two seasons.", {"Copper Vale": "2026-05"}),
    # a headline year after the publication's is a plan, not the decisions' year
    ("future_headline_year", "Every Show Cancelled in 2027 Will Be Missed",
     "Kestrel has cancelled Copper Vale after two seasons.", {"Copper Vale": "2026-05"}),
    # "after" a network's decision: news of days ago keeps the month its labels give
    ("after_network_axed", "Kestrel Cancels Salt Road",
     "Kestrel has cancelled Salt Road, a week after Kestrel axed Copper Vale.",
     {"Salt Road": "2026-05", "Copper Vale": "2026-05"}),
    # a record lead-in after the news's own name leaves the news dated
    ("own_name_before_record", "Kestrel Cancels Salt Road",
     "The cancellation of Salt Road follows those of two other dramas.",
     {"Salt Road": "2026-05"}),
]


@pytest.mark.parametrize("name,headline,body,want", KEPT, ids=[k[0] for k in KEPT])
def test_kept_dates(name: str, headline: str, body: str, want: dict[str, str | None]) -> None:
    got = _dates(body, headline)
    assert {show: got.get(show, "missing") for show in want} == want
