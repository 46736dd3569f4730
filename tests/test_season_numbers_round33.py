"""Round 33 (r33seasons): a fact put on the wrong season, or on none.

1. A cancellation that refers back to the show its sentence named, set by "but", "yet",
   "only for" against the plan of the sentence's one season phrase ("Salt Road was set for a
   third season, but Kestrel has now cancelled it", "had been renewed for a third season, but
   Kestrel reversed course and cancelled the show") is of that season, the one undone
   (``season.plan_undone_in_sentence``), as "Kestrel had planned a third season of Salt Road,
   but the network has now cancelled the drama" was read already. A show named as a credit
   ("from the team behind Lantern House") does not stop it.

2. "Another series of Salt Road" under a heading line of the body that numbers the show
   ("Kestrel orders Salt Road 2" over a round-up's item) is of that number, as the same line
   read as the article's headline was already (``season.next_of_known``, from the headings
   ``facts._heading_seasons`` reads; the article's sentences name no season of the show).

Controls: a cancellation whose clause names its own show, a plan of another show, two season
phrases in the sentence, a plan and a cancellation joined by "and" or told in two sentences,
a count of seasons run, and a negated cancellation keep their output; so do a heading
numbering a year, two headings numbering the show differently, a heading numbering another
show, and a sentence naming a season of the show. All titles, networks and people are
invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import cell_reader, dated_rows, explained

PUBLISHED = dt.date(2026, 11, 2)  # a Monday

Rows = set[tuple[str, int | None, str, str | None]]


_rows = cell_reader(dated_rows, "", PUBLISHED)


def _cancelled(body: str, headline: str = "") -> Rows:
    return {row for row in _rows(body, headline) if row[2] == "cancelled"}


# --- cells that fail on the base --------------------------------------------------------------

PLAN_UNDONE = [
    ("set_for_but_decider_cancelled_it",
     "The comedy Salt Road was set for a third season, but Kestrel has now cancelled it.",
     ("Salt Road", 3)),
    ("expected_to_return_but_cancelled",
     "Salt Road was expected to return for a second season, but Kestrel has cancelled it.",
     ("Salt Road", 2)),
    ("renewed_but_reversed_course",
     "Lantern House had been renewed for a third season, but Tovrel reversed course and "
     "cancelled the show.", ("Lantern House", 3)),
    ("credit_show_in_the_plan",
     "The drama Copper Vale, from the creators of Lantern House, was set for a second "
     "season, but Kestrel has cancelled it.", ("Copper Vale", 2)),
    ("yet_joins",
     "Glass Harbor was set for a fourth season, yet Tovrel has now cancelled it.",
     ("Glass Harbor", 4)),
]


@pytest.mark.parametrize(("body", "row"), [(b, r) for _, b, r in PLAN_UNDONE],
                         ids=[i for i, _, _ in PLAN_UNDONE])
def test_a_cancellation_undoing_a_plan_is_of_the_planned_season(
        body: str, row: tuple[str, int]) -> None:
    assert _cancelled(body) == {(row[0], row[1], "cancelled", "2026-11")}


def test_explain_names_the_rule() -> None:
    assert "season.plan_undone_in_sentence" in explained(
        "The comedy Salt Road was set for a third season, but Kestrel has now cancelled it.",
        published=PUBLISHED)


ROUNDUP = "Tovrel orders another series of Lantern House\nMonday 7th December 2026\n" \
    "Tovrel has ordered a second series of Lantern House, the sitcom about three flatmates.\n"

HEADING_NUMBERED = [
    ("roundup_item_heading",
     ROUNDUP + "Kestrel orders Salt Road 2\nMonday 7th December 2026\nKestrel has ordered "
     "another series of Salt Road. The comedy duo will once again provide the commentary.",
     ("Salt Road", 2, "renewed", "2026-11")),
    ("heading_alone",
     "Kestrel orders Copper Vale 3\nKestrel has ordered another series of Copper Vale.",
     ("Copper Vale", 3, "renewed", "2026-11")),
    ("confirmed_heading",
     "Glass Harbor 4 confirmed\nTovrel has commissioned another series of Glass Harbor.",
     ("Glass Harbor", 4, "renewed", "2026-11")),
]


@pytest.mark.parametrize(("body", "row"), [(b, r) for _, b, r in HEADING_NUMBERED],
                         ids=[i for i, _, _ in HEADING_NUMBERED])
def test_another_series_under_a_numbering_heading(body: str, row: tuple[object, ...]) -> None:
    assert row in _rows(body, "Comedy news")


# --- controls: pass on the base and on the branch ---------------------------------------------

CONTROLS = [
    ("other_show_cancelled_passive",
     "Salt Road was renewed for a second season, but Lantern House has been cancelled.",
     {("Lantern House", None, "cancelled", "2026-11")}),
    ("other_show_cancelled_active",
     "Salt Road was renewed for a second season, but Kestrel has cancelled Lantern House.",
     {("Lantern House", None, "cancelled", "2026-11")}),
    ("two_season_phrases",
     "Lantern House's third season drew well, and Salt Road was set for a second season, "
     "but Kestrel cancelled it.", {("Salt Road", None, "cancelled", "2026-11")}),
    ("joined_by_and",
     "Salt Road was set for a third season, and Kestrel has cancelled it.",
     {("Salt Road", None, "cancelled", "2026-11")}),
    ("planned_of_named_already",
     "Kestrel had planned a third season of Salt Road, but the network has now cancelled the "
     "drama.", {("Salt Road", 3, "cancelled", "2026-11")}),
    ("renewed_yet_cancelled_the_drama",
     "Glass Harbor had been renewed for a fourth season, yet Tovrel has now cancelled the "
     "drama.", {("Glass Harbor", 4, "cancelled", "2026-11")}),
    ("after_ordering",
     "Tovrel cancelled Salt Road on Monday, a week after ordering a third season.",
     {("Salt Road", 3, "cancelled", "2026-11-02")}),
    ("cancelled_after_its_season",
     "Salt Road was cancelled after its second season.",
     {("Salt Road", 2, "cancelled", "2026-11")}),
    ("negated", "Salt Road's second season drew few viewers, but Kestrel has not cancelled it.",
     set()),
    ("other_show_season_own_cancel",
     "Salt Road was renewed for a third season in May, but Kestrel has cancelled Lantern House "
     "after its second season.", {("Lantern House", 2, "cancelled", "2026-11")}),
]


@pytest.mark.parametrize(("body", "expected"), [(b, e) for _, b, e in CONTROLS],
                         ids=[i for i, _, _ in CONTROLS])
def test_controls_keep_their_output(body: str, expected: Rows) -> None:
    assert _cancelled(body) == expected


HEADING_CONTROLS = [
    ("year_not_season",
     "Kestrel orders Salt Road 2027\nKestrel has ordered another series of Salt Road.",
     {("Salt Road", None, "renewed", "2026-11")}),
    ("two_headings_differ",
     "Kestrel orders Salt Road 2\nKestrel has ordered another series of Salt Road.\n"
     "Salt Road 3 confirmed\nKestrel has ordered another series of Salt Road.",
     {("Salt Road", None, "renewed", "2026-11")}),
    ("heading_of_another_show",
     "Kestrel orders Salt Road 2\nKestrel has ordered another series of Lantern House.",
     {("Lantern House", None, "renewed", "2026-11")}),
    ("sentence_names_the_season",
     "Kestrel orders Salt Road 2\nSalt Road's third series aired in May. Kestrel has ordered "
     "another series of Salt Road.", {("Salt Road", 4, "renewed", "2026-11")}),
]


@pytest.mark.parametrize(("body", "expected"), [(b, e) for _, b, e in HEADING_CONTROLS],
                         ids=[i for i, _, _ in HEADING_CONTROLS])
def test_heading_controls_keep_their_output(body: str, expected: Rows) -> None:
    assert {row for row in _rows(body, "Comedy news") if row[2] == "renewed"} == expected


def test_a_numbering_headline_reads_as_before() -> None:
    assert _rows("Kestrel has ordered another series of Salt Road.",
                 "Kestrel orders Salt Road 2") == {("Salt Road", 2, "renewed", "2026-11")}
