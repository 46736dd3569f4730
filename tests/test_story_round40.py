"""Round 40 (r40story): a season's whole story — the readings its invented time lines needed.

Round 39 left one invented time line: a cancellation reversed under the UK headline "X saved:
series 3 back on", the body's "X will return for a third series after all, Kestrel has
confirmed" left undated, so no dated renewal reversed the cancellation. Round 40's stories
(``tests/invented_timelines.py --round40``) found a cancellation report denied in a headline
("Kestrel Denies X Cancellation Report") read as the cancellation, and an insiders' claim
("…, insiders have claimed") read as confirmed: two false "cancelled" alerts. Mended as
classes:

1. ``date.reported_now`` (``rules._reported_now``, ``patterns.REPORTED_NOW_RE``; the
   negative reading of ``date.publication_month`` shared as ``rules._undated_news``): an
   undated renewal or cancellation whose next clause reports it in the present perfect ("…,
   Kestrel has confirmed / has announced / has revealed / has said") is news now: the
   publication month, whatever the headline names. Told as earlier ("last year", "already")
   or as possible ("could return") it stays undated.
2. ``drop.denied_report`` (``rules._denied``, ``patterns.DENIAL_VERB_RE``,
   ``REPORT_NOUN_AFTER_RE``): a trigger noun right before "report(s)", "rumo(u)r(s)",
   "claims", "speculation", with a denial verb a few words before it ("Denies X
   Cancellation Report", "Shoots Down X Cancellation Rumors"), is the report denied.
3. ``ATTRIBUTION_RE``: "sources / insiders have said, have claimed, have told" closes a
   sentence as an unnamed source's claim, as "sources say" did.

4. ``date.announced_day_is_ahead`` (``rules._day_given_by_date_noun``,
   ``_DAY_BEFORE_EVENT_NOUN_RE``, ``_GIVES_A_DAY_BEFORE_RE``; ``facts._DATE_NOUN_AFTER_RE``):
   a yearless day right before the premiere noun itself, a giving verb a few words before
   it ("renewed X in May and set a March 3 premiere", "has announced a March 3 premiere",
   "gave X season 2 a March 3 debut"), is read ahead, as "a March 3 premiere date" was; a
   reporting verb before it no longer makes it the announcement's day.

The grid is ``tests/story_reports_grid.py``. All titles, networks and people are invented.
"""

from __future__ import annotations

import datetime as dt

import grid_tally
import pytest
from articles import explained, facts_of
from story_grid import Cell
from story_reports_grid import cells, outcome

GRID = grid_tally.params(cells())


@pytest.mark.parametrize("cell", GRID)
def test_story_reports_cell(cell: Cell) -> None:
    right, diff = outcome(cell)
    assert right, (cell.headline, cell.body, diff)


PUBLISHED = dt.date(2026, 5, 6)


def _dated(body: str, headline: str) -> set[tuple[str, str, str | None, str]]:
    return {(f.show, f.kind, f.date, f.certainty) for f in facts_of(body, headline, PUBLISHED)}


# --- 1. a decision reported as news now --------------------------------------------------------

@pytest.mark.parametrize("headline, body, want", [
    pytest.param("Copper Vale saved: series 3 back on",
                 "Copper Vale will return for a third series after all, Tovrel has confirmed, "
                 "weeks after the broadcaster axed it.",
                 ("Copper Vale", "renewed", "2026-05", "confirmed"), id="saved_after_all"),
    pytest.param("Salt Road: Season 4",
                 "Salt Road will not return for a fourth season, Kestrel has announced.",
                 ("Salt Road", "cancelled", "2026-05", "confirmed"), id="will_not_return"),
    pytest.param("Season 2 for Lantern House",
                 "Lantern House is coming back for a second season, the streamer has "
                 "officially confirmed.",
                 ("Lantern House", "renewed", "2026-05", "confirmed"), id="officially"),
])
def test_a_decision_reported_in_the_present_perfect_takes_the_month(
        headline: str, body: str, want: tuple[str, str, str, str]) -> None:
    assert want in _dated(body, headline)
    assert "date.reported_now" in explained(body, headline, PUBLISHED)


@pytest.mark.parametrize("headline, body", [
    pytest.param("Copper Vale: Season 3", "Copper Vale was renewed for a third season last "
                 "year, Tovrel has confirmed.", id="last_year"),
    pytest.param("Copper Vale: series 3", "Copper Vale had already been recommissioned for a "
                 "third series, Tovrel has confirmed.", id="already"),
    pytest.param("Copper Vale Season 3?", "Copper Vale could return for a third season, "
                 "Tovrel has said.", id="could"),
    pytest.param("Copper Vale: Season 3", "Copper Vale will return for a third season, and "
                 "the cast is thrilled.", id="no_report_clause"),
])
def test_a_decision_told_earlier_possible_or_unreported_is_not_dated_now(
        headline: str, body: str) -> None:
    assert not any(kind == "renewed" and date == "2026-05"
                   for _, kind, date, _ in _dated(body, headline))


# --- 2. a report denied by its decision noun ---------------------------------------------------

@pytest.mark.parametrize("headline", [
    "Kestrel Denies Ashford Lane Cancellation Report",
    "Kestrel dismisses Ashford Lane cancellation rumours",
    "KESTREL DENIES ASHFORD LANE CANCELLATION REPORTS",
])
def test_a_headline_denying_a_cancellation_report_is_no_cancellation(headline: str) -> None:
    body = "Kestrel said the third season of Ashford Lane is going ahead."
    assert not any(kind == "cancelled" for _, kind, _, _ in _dated(body, headline))


def test_a_denial_of_another_thing_leaves_the_decision() -> None:
    facts = _dated("Kestrel has cancelled Ashford Lane after two seasons. Dana Holt denied "
                   "reports of a feud on set.", "Dana Holt Denies Feud as Ashford Lane Is "
                   "Cancelled")
    assert any(kind == "cancelled" and show == "Ashford Lane" for show, kind, _, _ in facts)


# --- 3. an unnamed source's claim in the present perfect ---------------------------------------

@pytest.mark.parametrize("tail", ["insiders have claimed", "sources have told Reel Ledger",
                                  "sources have said"])
def test_an_unnamed_sources_claim_is_no_confirmed_cancellation(tail: str) -> None:
    facts = _dated(f"Kestrel has cancelled Dock 7 after two seasons, {tail}.", "Dock 7 news")
    assert not any(kind == "cancelled" and certainty == "confirmed"
                   for _, kind, _, certainty in facts)


# --- 4. a day given to the premiere noun itself ------------------------------------------------

@pytest.mark.parametrize("body", [
    "Kestrel renewed Salt Road for a second season in April and set a January 14 premiere.",
    "Kestrel has announced a January 14 premiere for season 2 of Salt Road.",
    "Kestrel, which renewed the drama in April, gave Salt Road season 2 a January 14 debut.",
])
def test_a_day_given_to_the_premiere_noun_is_read_ahead(body: str) -> None:
    facts = _dated(body, "Salt Road news")
    assert ("Salt Road", "premiere", "2027-01-14") in {(s, k, d) for s, k, d, _ in facts}


@pytest.mark.parametrize("body", [
    "Salt Road had its January 14 premiere on Kestrel and was renewed in April.",
    "The first season of Salt Road premiered on January 14 and was renewed in April.",
])
def test_a_premiere_that_happened_keeps_its_past_day(body: str) -> None:
    facts = _dated(body, "Salt Road news")
    assert not any(kind == "premiere" and date and date > "2026-05" for _, kind, date, _ in facts)
