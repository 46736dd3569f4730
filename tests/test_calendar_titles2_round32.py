"""Round 32 wave 2 (r32calendar2): calendar-word titles r32calendar left.

1. A day of the week and a time of day in the plural, the whole title ("Monday Mornings",
   "Friday Nights"), where the text governs it as a weekday alone is governed: an active
   decision's object before the season decided, a passive subject opening its clause before
   its season, a kind of show's name before the season decided
   (``title.keep.weekday_times``); elsewhere it stays a habit's time ("airs Sunday Nights").
2. A name ending on a month that a decision governs with the season it decides, nothing
   between: "Mabel March has been renewed for a third season" (``title.keep.governed_month_
   edge``, the name veto no longer drops the whole), "renewed Mabel March for a third season"
   (``title.span.decided_month_tail``: "March" and "May" are verbs too, so the widening needs
   the active decision and the season right after).
3. A month alone after a person's "-led" ("the Ada Reyes-led October after one season") or
   opening its clause before "won't return" ("October won't return for a third season"):
   ``title.keep.time_word`` widened.

Controls: a month the sentence dates by ("renewed Salt Road in March", "March 3", "last
March", a heading's "Salt Road March"), a mention without the month elsewhere, a cast line,
a bare "Mabel March has been renewed" (no season: the name veto stands), a slot's "Sunday
Nights", a singular "Friday Night", and a name ending on a weekday written once after an active
decision ("cancelled Mabel Tuesday after two seasons": the same words as "cancelled Salt Road
Monday after two seasons"; left), which two mentions already read as one title. All titles,
networks and people are invented; published on a Monday.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import cell_reader, dated_rows, explained

PUBLISHED = dt.date(2026, 11, 2)  # a Monday

Rows = set[tuple[str, int | None, str, str | None]]


_rows = cell_reader(dated_rows, "", PUBLISHED)


# --- cells that fail on the base --------------------------------------------------------------

NEW = [
    ("weekday_times_object_after_seasons", "Kestrel has cancelled Monday Mornings after one "
     "season.", {("Monday Mornings", 1, "cancelled", "2026-11")}),
    ("weekday_times_object_for_season", "Tovrel has renewed Friday Nights for a second "
     "season.", {("Friday Nights", 2, "renewed", "2026-11")}),
    ("weekday_times_passive_subject", "Sunday Evenings has been renewed for a third season.",
     {("Sunday Evenings", 3, "renewed", "2026-11")}),
    ("weekday_times_after_kind", "Kestrel renewed the comedy Saturday Afternoons for a fourth "
     "season.", {("Saturday Afternoons", 4, "renewed", "2026-11")}),
    ("month_edge_passive_subject", "Mabel March has been renewed for a third season at "
     "Kestrel.", {("Mabel March", 3, "renewed", "2026-11")}),
    ("month_edge_passive_june", "Ada June was renewed for a second season.",
     {("Ada June", 2, "renewed", "2026-11")}),
    ("month_tail_object_march", "The network has renewed Mabel March for a third season.",
     {("Mabel March", 3, "renewed", "2026-11")}),
    ("month_tail_object_may", "Kestrel has cancelled Lisbon May after two seasons.",
     {("Lisbon May", 2, "cancelled", "2026-11")}),
    ("month_after_led", "Kestrel cancelled the Ada Reyes-led October after one season.",
     {("October", 1, "cancelled", "2026-11")}),
    ("month_after_led_for_season", "Tovrel has renewed the Ada Reyes-fronted August for a "
     "second season.", {("August", 2, "renewed", "2026-11")}),
    ("month_wont_return", "October won't return for a third season, Kestrel said.",
     {("October", 2, "cancelled", "2026-11")}),
    ("month_will_not_return_that", "Kestrel confirmed that November will not return for a "
     "second season.", {("November", 1, "cancelled", "2026-11")}),
    ("month_tail_object_named_again", "Tovrel has renewed Hazel March for a second season. "
     "The drama follows two sisters in Havana.", {("Hazel March", 2, "renewed", "2026-11")}),
]


@pytest.mark.parametrize(("body", "expected"), [(b, e) for _, b, e in NEW],
                         ids=[i for i, _, _ in NEW])
def test_a_calendar_title_governed_as_a_show(body: str, expected: Rows) -> None:
    assert _rows(body) == expected


@pytest.mark.parametrize(("body", "rule"), [
    ("Kestrel has cancelled Monday Mornings after one season.", "title.keep.weekday_times"),
    ("Mabel March has been renewed for a third season at Kestrel.",
     "title.keep.governed_month_edge"),
    ("The network has renewed Mabel March for a third season.",
     "title.span.decided_month_tail"),
], ids=["weekday_times", "governed_month_edge", "decided_month_tail"])
def test_explain_names_the_rule(body: str, rule: str) -> None:
    assert rule in explained(body, published=PUBLISHED)


# --- controls: pass on the base and on the branch ---------------------------------------------

CONTROLS = [
    ("in_month", "Kestrel renewed Salt Road in March for a third season.", "",
     {("Salt Road", 3, "renewed", "2026-03")}),
    ("month_day", "Kestrel renewed Salt Road March 3 for a third season.", "",
     {("Salt Road", 3, "renewed", "2026-03-03")}),
    ("month_day_comma", "Kestrel renewed Lisbon March 12, for a second season.", "",
     {("Lisbon", 2, "renewed", "2026-03-12")}),
    ("last_month", "Kestrel renewed Salt Road last March for a third season.", "",
     {("Salt Road", 3, "renewed", "2026-03")}),
    ("passive_month_day", "Salt Road was renewed March 3 for a third season.", "",
     {("Salt Road", 3, "renewed", "2026-03-03")}),
    ("heading_month", "Kestrel renewed Salt Road for a third season.", "Salt Road March",
     {("Salt Road", 3, "renewed", "2026-11")}),
    ("month_bare_elsewhere", "Kestrel renewed Mabel March for a third season. Mabel returns "
     "in May.", "", {("Mabel", 3, "renewed", "2026-11"), ("Mabel", 3, "premiere", "2027-05")}),
    ("month_edge_no_season", "Mabel March has been renewed at Kestrel.", "", set()),
    ("cast_line_month", "Starring April Reyes and Mabel March, the drama has been renewed for "
     "a third season.", "", set()),
    ("quoted_month", "Kestrel has renewed \"Mabel March\" for a third season.", "",
     {("Mabel March", 3, "renewed", "2026-11")}),
    ("slot_plural", "Kestrel renewed Salt Road, which airs Sunday Nights, for a third season.",
     "", {("Salt Road", 3, "renewed", "2026-11")}),
    ("moved_to_plural", "Kestrel moved Salt Road to Sunday Nights for its second season.", "",
     set()),
    ("plural_no_season", "Kestrel has renewed Salt Road. Sunday Nights will never be the "
     "same.", "", {("Salt Road", None, "renewed", "2026-11")}),
    ("weekday_edge_once", "Kestrel has cancelled Mabel Tuesday after two seasons.", "",
     {("Mabel", 2, "cancelled", "2026-10-27")}),
    ("weekday_edge_twice", "Kestrel has cancelled Mabel Tuesday after two seasons. Mabel "
     "Tuesday follows a nurse in Lisbon.", "", {("Mabel Tuesday", 2, "cancelled", "2026-11")}),
    ("weekday_edge_heading", "Kestrel has cancelled Mabel Tuesday after two seasons.",
     "Kestrel Cancels Mabel Tuesday", {("Mabel Tuesday", 2, "cancelled", "2026-11")}),
    ("led_month_noun", "Kestrel said the Tovrel-led October summit was cancelled.", "",
     set()),
    ("in_month_wont_return", "In October, Salt Road won't return for a third season.", "",
     {("Salt Road", 2, "cancelled", "2026-10")}),
    ("month_will_not_be", "October will not be a good month for Salt Road.", "", set()),
    ("object_then_weekday", "Kestrel cancelled Salt Road Monday after two seasons.", "",
     {("Salt Road", 2, "cancelled", "2026-11-02")}),
]


@pytest.mark.parametrize(("body", "headline", "expected"),
                         [(b, h, e) for _, b, h, e in CONTROLS],
                         ids=[i for i, *_ in CONTROLS])
def test_control_keeps_its_output(body: str, headline: str, expected: Rows) -> None:
    assert _rows(body, headline) == expected
