"""Round 37 (r37decisions): renewals and cancellations in the British commissioning words.

Round 37's census of the sealed fold (MEASUREMENTS "Round 37, renewals and cancellations told in
a sentence that names the show…") found the largest class of missed renewals whose show and
trigger share a sentence to be sentences with a commissioning word and no renewal candidate at
all. The grid (``tests/commission_grid.py``) writes that family over four title shapes in
British and Irish press, press releases, trade headlines and wire copy. What round 37 built:

1. ``trigger.more_commissioned``: more of a show commissioned, no season number ("has
   commissioned more X", "a further six episodes of X", "More X commissioned by Kestrel").
2. ``trigger.another_run_told``: a run or outing a deciding verb gives ("commissioned for a
   second run"), another series there will be or got ("There is to be a third series of X",
   "X gets another series"), a numbered season's order as a hyphened noun ("a second-series
   commission", which ``SEASON_RE`` now reads as season 2).
3. ``trigger.not_commissioned_more``: the same refused, a cancellation.
4. ``drop.background_season_order`` narrowed: a numbered season's order told alone in the past
   ("Series two of X was commissioned by Ann Lee") is the article's news; the drop keeps its
   story ("season 1 drew well, and a second season was announced soon after"), a later season
   named in the article, an unread number.

Cells the branch still misses are ``LEFT``, strict xfail. All titles, networks and people are
invented.
"""

from __future__ import annotations

import datetime as dt

import grid_tally
import pytest
from articles import explained, facts_of
from commission_grid import cells
from decisions_grid import Cell, outcome

PUBLISHED = dt.date(2026, 11, 2)

#: A numbered title after "More" in a sentence-case headline is read as "Precinct" (title
#: discovery, as in round 36's reference grid), on both trees.
LEFT = frozenset({"renewed-uk-more_commissioned_headline-numbered"})

GRID = grid_tally.params(cells(), LEFT)


@pytest.mark.parametrize("cell", GRID)
def test_commission_cell(cell: Cell) -> None:
    right, false = outcome(cell)
    assert right and not false, (cell.text, false)


CUE = "The Kestrel drama Salt Road follows three sisters in a fishing town. "


def _decisions(body: str, headline: str = "TV news") -> set[tuple[str, int | None, str]]:
    return {(f.show, f.season, f.kind) for f in facts_of(body, headline, PUBLISHED)
            if f.kind in ("renewed", "cancelled")}


#: Near misses: words beside the new ones that must stay no decision (pass on both trees).
NON_FACTS = [
    ("more_drama_than_ever", CUE + "Kestrel has commissioned more drama than ever this year."),
    ("more_british_comedy", CUE + "Kestrel has commissioned more British comedy this year."),
    ("more_dramas_commissioned", CUE + "More dramas were commissioned by Kestrel this year "
     "than ever."),
    ("new_drama_commissioned", "Kestrel has commissioned a new drama, Salt Road, from Ann Lee."),
    ("more_episodes_of_the_first_series", CUE + "Kestrel has commissioned more episodes of "
     "its first series of Salt Road."),
    ("another_series_regular", CUE + "Ann Lee gets another series regular role in Salt Road."),
    ("a_series_of_screenings", CUE + "There will be a series of screenings of Salt Road in "
     "May."),
    ("stage_run_in_the_west_end", CUE + "The stage version of Salt Road has been commissioned "
     "for a second run in the West End."),
    ("renewed_her_contract", CUE + "Ann Lee has renewed her contract with Kestrel."),
    ("if_it_gets_another_series", CUE + "If Salt Road gets another series, Ann Lee will "
     "return."),
    ("cancelled_the_flight", CUE + "Kestrel cancelled the cast's flight to Lisbon."),
    ("end_of_the_season", CUE + "Ann Lee said the end of the season would surprise fans."),
]


@pytest.mark.parametrize("body", [b for _, b in NON_FACTS], ids=[i for i, _ in NON_FACTS])
def test_near_misses_are_no_decisions(body: str) -> None:
    assert _decisions(body) == set()


#: Earlier readings kept (pass on both trees): a past order that is the show's history still
#: dropped; a negated "get another series" stays the cancellation it was.
KEPT = [
    ("history_soon_after", "Salt Road season 1 drew well, and a second season was announced "
     "soon after.", set()),
    ("later_season_named", CUE + "Series two of Salt Road was commissioned by Ann Lee. The "
     "fourth series begins filming in May.", set()),
    ("wont_get_another_series", CUE + "Salt Road won't get another series.",
     {("Salt Road", None, "cancelled")}),
    ("dated_confirmation", "Salt Road season 2 was confirmed in March.",
     {("Salt Road", 2, "renewed")}),
]


@pytest.mark.parametrize("name,body,want", KEPT, ids=[k[0] for k in KEPT])
def test_earlier_readings_kept(name: str, body: str,
                               want: set[tuple[str, int | None, str]]) -> None:
    assert _decisions(body) == want


#: New readings outside the grid's templates (fail on the base).
NEW = [
    ("commissioned_more_of", CUE + "Kestrel commissioned more of Salt Road.",
     {("Salt Road", None, "renewed")}),
    ("second_series_commission_season", CUE + "Kestrel has given Salt Road a second-series "
     "commission.", {("Salt Road", 2, "renewed")}),
    ("series_two_commissioned_season", CUE + "Series two of Salt Road was commissioned by Ann "
     "Lee for Kestrel.", {("Salt Road", 2, "renewed")}),
    ("not_be_commissioning_new_episodes", CUE + "Kestrel will not be commissioning new "
     "episodes of Salt Road.", {("Salt Road", None, "cancelled")}),
]


@pytest.mark.parametrize("name,body,want", NEW, ids=[k[0] for k in NEW])
def test_new_readings(name: str, body: str, want: set[tuple[str, int | None, str]]) -> None:
    assert _decisions(body) == want


def test_explain_names_the_commissioning_rules() -> None:
    text = explained(CUE + "Kestrel has commissioned a further six episodes of Salt Road.",
                     published=PUBLISHED)
    assert "trigger.more_commissioned" in text
    assert "Salt Road S? renewed" in text
    text = explained(CUE + "Salt Road has been recommissioned for a further outing.",
                     published=PUBLISHED)
    assert "trigger.another_run_told" in text
    text = explained(CUE + "Kestrel will not commission further episodes of Salt Road.",
                     published=PUBLISHED)
    assert "trigger.not_commissioned_more" in text
