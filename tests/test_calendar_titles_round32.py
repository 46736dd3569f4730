"""Round 32 (r32calendar): titles made of calendar words — a weekday alone, a weekday opening
"<Weekday> Night <Name>", a name ending on a weekday.

1. A day of the week alone is a title where the text governs it as a show: an active
   decision's object before the season decided ("Kestrel has renewed Wednesday for a third
   season"), a season's owner ("season 2 of Wednesday", "Wednesday's second season"), a
   passive decision's subject opening its clause before its season, a kind of show's name
   before a subject's verb (``title.keep.weekday_word``). Once kept, its word is no date
   (round 31's ``date.none_inside_kept_title``).
2. "Friday Night Harbor": a weekday, a capitalised time of day and a capitalised name word
   keep the weekday as the title's first word (``title.span.weekday_time_name``); "Friday
   Night" alone, a schedule's "Friday Night Premiere", a league's "Sunday Night Football" and a
   heading's "Returns Friday Night With ..." stay times.
3. A month alone after a kind of show before a relative clause of the show's life ("the quiz
   show August that debuted in 2019") or after a network's possessive before the show's
   status ("Kestrel's June will return for a second series"), as
   ``title.keep.time_word`` already read "its legal drama October".
4. "Mabel Tuesday has been renewed": a name widened by a weekday at its edge
   (``title.span.calendar_edge``) that a decision governs is no person's name
   (``title.keep.governed_weekday_edge``).

Controls: a weekday the sentence dates by stays the date ("renewed Salt Road on Wednesday",
"Salt Road was renewed Monday for a third season", "cancelled Salt Road Monday after two
seasons", "renewed the series Monday for a third season"), a month or weekday of an ordinary
title's premiere or shoot, a heading in title case, "May" as a modal, and people named so in a
cast line. All titles, networks and people are invented; published on a Monday.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import cell_reader, dated_rows, explained

PUBLISHED = dt.date(2026, 11, 2)  # a Monday

Rows = set[tuple[str, int | None, str, str | None]]


_rows = cell_reader(dated_rows, "", PUBLISHED)


# --- cells that fail on the base --------------------------------------------------------------

WEEKDAY_ALONE = [
    ("object_for_season", "Kestrel has renewed Wednesday for a third season.",
     ("Wednesday", 3, "renewed", "2026-11")),
    ("object_after_seasons", "Kestrel has cancelled Friday after two seasons.",
     ("Friday", 2, "cancelled", "2026-11")),
    ("season_n_of", "Season 2 of Wednesday premiered in August 2025.",
     ("Wednesday", 2, "premiere", "2025-08")),
    ("ordinal_season_of", "The second season of Saturday premiered in August 2025.",
     ("Saturday", 2, "premiere", "2025-08")),
    ("possessive_season", "Tuesday's second season premiered in August 2025.",
     ("Tuesday", 2, "premiere", "2025-08")),
    ("passive_subject", "Thursday was renewed for a fourth season at Tovrel.",
     ("Thursday", 4, "renewed", "2026-11")),
    ("kind_then_verb", "The drama Sunday has been renewed for a third season.",
     ("Sunday", 3, "renewed", "2026-11")),
    ("returning_subject", "Salt Road premieres on Kestrel in May. Elsewhere, Friday returns "
     "for a second season in June.", ("Friday", 2, "premiere", "2027-06")),
    ("coming_back_subject", "In other news, Tuesday is coming back for a fifth season.",
     ("Tuesday", 5, "renewed", "2026-11")),
    ("kind_object_named_again", "Kestrel has renewed the drama Wednesday for a third season. "
     "The drama Wednesday follows a family of ghosts.", ("Wednesday", 3, "renewed", "2026-11")),
]


@pytest.mark.parametrize(("body", "row"), [(b, r) for _, b, r in WEEKDAY_ALONE],
                         ids=[i for i, _, _ in WEEKDAY_ALONE])
def test_a_weekday_governed_as_a_show_is_its_title(body: str, row: tuple[object, ...]) -> None:
    assert row in _rows(body)


def test_a_weekday_show_through_an_article() -> None:
    rows = _rows("Kestrel has renewed Wednesday for a third season. The second season of "
                 "Wednesday premiered in August 2025. Filming on Wednesday season 3 will begin "
                 "in Dublin next spring.")
    assert rows == {("Wednesday", 3, "renewed", "2026-11"),
                    ("Wednesday", 2, "premiere", "2025-08"),
                    ("Wednesday", 3, "filming_started", "2027-SP")}


WEEKDAY_TIME_NAMES = [
    ("return_with_date",
     "Tovrel announced that Friday Night Harbor will return for a fourth season on "
     "January 9, 2027.", ("Friday Night Harbor", 4, "premiere", "2027-01-09")),
    ("cancelled_subject", "Saturday Night Lantern was cancelled after five seasons.",
     ("Saturday Night Lantern", 5, "cancelled", "2026-11")),
    ("morning", "Kestrel has renewed Monday Morning Havana for a second season.",
     ("Monday Morning Havana", 2, "renewed", "2026-11")),
]


@pytest.mark.parametrize(("body", "row"), [(b, r) for _, b, r in WEEKDAY_TIME_NAMES],
                         ids=[i for i, _, _ in WEEKDAY_TIME_NAMES])
def test_weekday_night_and_a_name_is_one_title(body: str, row: tuple[object, ...]) -> None:
    rows = _rows(body)
    assert row in rows
    assert not any(show == str(row[0]).split(" ", 1)[1] for show, *_ in rows)


def test_a_first_name_and_a_weekday_renewed_is_a_title() -> None:
    assert _rows("Mabel Tuesday has been renewed for a second season at Kestrel.") == {
        ("Mabel Tuesday", 2, "renewed", "2026-11")}


MONTH_ALONE = [
    ("kind_relative_clause", "Kestrel has axed the quiz show August that debuted in 2019.",
     {("August", None, "cancelled", "2026-11"), ("August", 1, "premiere", "2019")}),
    ("network_possessive_status", "Salt Road airs on Kestrel. Kestrel's June will return for "
     "a second series next year.", {("June", 2, "premiere", "2027")}),
]


@pytest.mark.parametrize(("body", "expected"), [(b, e) for _, b, e in MONTH_ALONE],
                         ids=[i for i, _, _ in MONTH_ALONE])
def test_a_month_a_kind_or_a_network_owns_is_a_title(body: str, expected: Rows) -> None:
    assert _rows(body) == expected


@pytest.mark.parametrize(("body", "rule"), [
    ("Kestrel has renewed Wednesday for a third season.", "title.keep.weekday_word"),
], ids=["weekday_word"])
def test_explain_names_the_rule(body: str, rule: str) -> None:
    assert rule in explained(body, published=PUBLISHED)


# --- controls: pass on the base and on the branch ---------------------------------------------

CONTROLS = [
    ("on_weekday", "Kestrel renewed Salt Road on Wednesday for a third season.", "",
     {("Salt Road", 3, "renewed", "2026-10-28")}),
    ("passive_then_weekday", "Salt Road was renewed Monday for a third season.", "",
     {("Salt Road", 3, "renewed", "2026-11-02")}),
    ("object_then_weekday", "Kestrel cancelled Salt Road Monday after two seasons.", "",
     {("Salt Road", 2, "cancelled", "2026-11-02")}),
    ("series_then_weekday", "Kestrel renewed the series Monday for a third season.", "",
     set()),
    ("returns_weekday_date", "Salt Road returns Friday, March 6 for its second season.", "",
     {("Salt Road", 2, "premiere", "2027-03-06")}),
    ("premiere_month", "Salt Road season 2 will premiere in April.", "",
     {("Salt Road", 2, "premiere", "2027-04")}),
    ("wrapped_weekday", "Salt Road season 2 wrapped filming Monday.", "",
     {("Salt Road", 2, "filming_wrapped", "2026-11-02")}),
    ("heading_on_weekday", "Kestrel has renewed Salt Road for a second season.",
     "Salt Road Renewed On Wednesday", {("Salt Road", 2, "renewed", "2026-11")}),
    ("may_modal", "Salt Road May return for a second season, Kestrel said.", "",
     {("Salt Road", 2, "renewed", None)}),
    ("cast_line", "Salt Road has been renewed for a second season. The drama stars April "
     "Reyes and Mabel Tuesday as sisters.", "", {("Salt Road", 2, "renewed", "2026-11")}),
    ("heading_friday_night_with", "Salt Road season 2 premieres on Friday, December 4.",
     "Salt Road Returns Friday Night With Two Episodes",
     {("Salt Road", 2, "premiere", "2026-12-04")}),
    ("friday_night_on_network", "Salt Road returns Sunday Night on Kestrel for a second "
     "season.", "", {("Salt Road", None, "premiere", "2026-11-08")}),
    ("night_premiere_block", "Salt Road season 3 premieres Sunday Night Premiere block on "
     "Kestrel.", "", {("Salt Road", 3, "premiere", "2026-11-08")}),
    ("league_slot", "Kestrel's Sunday Night Football season kicked off on Thursday.", "",
     set()),
    ("network_month_lineup", "Kestrel has renewed Salt Road for a second season. Kestrel's "
     "June lineup is set to return on Friday.", "",
     {("Salt Road", 2, "renewed", "2026-11"), ("Salt Road", 2, "premiere", "2026-11-06")}),
    ("kind_apposed_relative", "Kestrel has axed the quiz show August, which premiered in "
     "2019.", "", {("August", None, "cancelled", "2026-11"), ("August", 1, "premiere", "2019")}),
    ("kind_relative_no_name", "Kestrel's reality show that debuted in April was cancelled.",
     "", set()),
    ("said_weekday_that", "Kestrel said Friday that Salt Road returns for a second season.",
     "", {("Salt Road", 2, "renewed", "2026-10-30")}),
    ("on_weekday_comma", "On Friday, Salt Road returns for a second season.", "",
     {("Salt Road", 2, "premiere", "2026-11-06")}),
    ("sunday_new_season_of", "Sunday's new season of Salt Road premiered on Kestrel.", "",
     {("Salt Road", None, "premiere", "2026-11-01")}),
]


@pytest.mark.parametrize(("body", "headline", "expected"),
                         [(b, h, e) for _, b, h, e in CONTROLS],
                         ids=[i for i, *_ in CONTROLS])
def test_control_keeps_its_output(body: str, headline: str, expected: Rows) -> None:
    assert _rows(body, headline) == expected
