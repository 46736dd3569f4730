"""Round 36, wave 2 (r36seasons2): two seasons told together, and a new show's first season.

Round 36's first season branch left these wordings (``tests/season_grid.py`` holds them over
four title shapes; this file checks the readings with their dates and certainty):

1. Two seasons told together in the other common forms: "ordered two more seasons of X, its
   fourth and fifth" (``patterns.MORE_SEASONS_RE``: the count as the order's object, so
   ``season.more_seasons_to_end`` reads it), "picked up X for a fourth and fifth season" /
   "for Fourth And Fifth Seasons" (``patterns._A_SEASON``: the trigger reaches the pair), "a
   fourth season and a fifth" (``patterns.SEASON_RE``'s ``ord_c``: the second told after the
   noun, at a clause's end). Both seasons are facts of the same kind, date and certainty.
2. "X, now in its third season, has been renewed for a fourth": the apposition cues X as a
   show (``shows._AFTER_SEASON_RE``), so ``season.after_current`` answers.
3. A new show's commission is its first season's order, not a renewal's season 2
   (``patterns.ORDER_WORD_RE`` takes "commissioned", not "recommissioned", for
   ``kind.series_order_is_first_season``); and "ordered a second season of new drama X" is
   X's renewal for season 2, not a first season planned (``rules._series_order``).

Controls keep their readings on both trees. All titles, networks and people are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import explained, facts_of

PUBLISHED = dt.date(2026, 3, 2)

FullRow = tuple[str, int | None, str, str | None, str]


def _rows(body: str, headline: str = "TV news") -> set[FullRow]:
    return {(f.show, f.season, f.kind, f.date, f.certainty)
            for f in facts_of(body, headline, PUBLISHED)}


def _of(rows: set[FullRow], show: str, kind: str) -> set[FullRow]:
    return {r for r in rows if r[0] == show and r[2] == kind}


#: Two seasons told together: (id, headline, body, show, the seasons, date) — each season a
#: renewal of that date, confirmed.
TWO = [
    ("wire-ordered_more_of_its_ordinals", "TV news",
     "Kestrel has ordered two more seasons of Salt Road, its fourth and fifth.",
     "Salt Road", (4, 5), "2026-03"),
    ("uk-commissioned_more_series_of_its_ordinals", "TV news",
     "Tovrel has commissioned two more series of Copper Vale, its third and fourth, it said "
     "on Monday.", "Copper Vale", (3, 4), "2026-03-02"),
    ("trade-picked_up_ordinal_and_ordinal", "TV news",
     "Kestrel has picked up Glass Harbor for a fourth and fifth season.", "Glass Harbor", (4, 5),
     "2026-03"),
    ("trade-headline_picks_up_title_case", "Kestrel Picks Up Salt Road For Fourth And Fifth "
     "Seasons", "The Kestrel drama Salt Road follows three sisters in a fishing town.",
     "Salt Road", (4, 5), "2026-03"),
    ("uk-series_and_a_series_after", "TV news",
     "Kestrel has recommissioned Havana for a third series and a fourth.", "Havana", (3, 4),
     "2026-03"),
    ("wire-season_and_a_season_then_clause", "TV news",
     "Kestrel has renewed Salt Road for a fourth season and a fifth, with filming to begin in "
     "May.", "Salt Road", (4, 5), "2026-03"),
]


@pytest.mark.parametrize("name,headline,body,show,seasons,date", TWO,
                         ids=[t[0] for t in TWO])
def test_two_seasons_told_together(name: str, headline: str, body: str, show: str,
                                   seasons: tuple[int, ...], date: str) -> None:
    got = _of(_rows(body, headline), show, "renewed")
    assert got == {(show, s, "renewed", date, "confirmed") for s in seasons}


#: Other new readings: (id, body, show, kind, the seasons wanted, a kind forbidden).
NEW = [
    ("fan-now_in_its_renewed_for_a_fourth",
     "Salt Road, now in its third season, has been renewed for a fourth.",
     "Salt Road", "renewed", {4}, None),
    ("uk-currently_in_its_series_recommissioned_for_a_third",
     "Havana, currently in its second series, has been recommissioned by Kestrel for a "
     "third.", "Havana", "renewed", {3}, None),
    ("uk-new_series_commissioned_is_no_renewal",
     "Kestrel's new series Salt Road has been commissioned.", "Salt Road", "renewed", set(),
     None),
    ("uk-new_series_commissioned_premiere_is_first",
     "Kestrel's new series Salt Road has been commissioned and will premiere on 4 May.",
     "Salt Road", "premiere", {1}, "renewed"),
    ("trade-second_season_of_new_drama_is_renewal",
     "Kestrel has ordered a second season of new drama Lisbon.", "Lisbon", "renewed", {2},
     "premiere"),
]

#: Controls (the same on both trees): (id, body, show, kind, the seasons, a kind forbidden).
KEPT = [
    ("green_lit_new_drama_first_season", "Kestrel has green-lit the new drama Salt Road.",
     "Salt Road", "premiere", {1}, "renewed"),
    ("new_series_recommissioned_is_second", "Kestrel's new series Salt Road has been "
     "recommissioned.", "Salt Road", "renewed", {2}, None),
    ("season_and_a_fifth_episode", "Kestrel renewed Salt Road for a fourth season and a "
     "fifth episode of the special aired.", "Salt Road", "renewed", {4}, None),
    ("season_and_a_fifth_is_likely", "Kestrel has renewed Salt Road for a fourth season and "
     "a fifth is likely.", "Salt Road", "renewed", {4}, None),
    ("more_seasons_alone", "Kestrel has ordered two more seasons of Salt Road.", "Salt Road",
     "renewed", {None}, None),
    ("renewed_ordinal_and_ordinal", "Kestrel has renewed Salt Road for a fourth and fifth "
     "season.", "Salt Road", "renewed", {4, 5}, None),
    ("more_episodes_of", "Kestrel ordered two more episodes of Salt Road.", "Salt Road",
     "renewed", set(), None),
    ("person_now_in_her_season", "Mara Quillon, now in her third season as head writer, has "
     "renewed her contract.", "Mara Quillon", "renewed", set(), None),
    ("second_series_of_new_comedy_commissioned", "Kestrel has commissioned a second series "
     "of new comedy Havana.", "Havana", "renewed", {2}, "premiere"),
    ("return_for_its_ordinal_and_ordinal_seasons", "Kestrel today confirmed that Lantern "
     "House will return for its fourth and fifth seasons.", "Lantern House", "renewed",
     {4, 5}, None),
    ("currently_in_its_season_renewed", "Kestrel has renewed Salt Road, currently in its third "
     "season.", "Salt Road", "renewed", {4}, None),
]


def _check(body: str, show: str, kind: str, want: set[int | None], forbid: str | None) -> None:
    rows = _rows(body)
    assert {r[1] for r in _of(rows, show, kind)} == want, rows
    if forbid:
        assert not _of(rows, show, forbid), rows


@pytest.mark.parametrize("name,body,show,kind,want,forbid", NEW, ids=[n[0] for n in NEW])
def test_new_readings(name: str, body: str, show: str, kind: str, want: set[int | None],
                      forbid: str | None) -> None:
    _check(body, show, kind, want, forbid)


@pytest.mark.parametrize("name,body,show,kind,want,forbid", KEPT, ids=[k[0] for k in KEPT])
def test_controls_kept(name: str, body: str, show: str, kind: str, want: set[int | None],
                       forbid: str | None) -> None:
    _check(body, show, kind, want, forbid)


def test_explain_names_the_series_order_rule_for_a_commission() -> None:
    text = explained("Kestrel's new series Salt Road has been commissioned and will premiere "
                     "on 4 May.", published=PUBLISHED)
    assert "kind.series_order_is_first_season" in text
    assert "Salt Road S2" not in text
