"""Wordings and two bugs round 35's wave 1 left (issue 10, round 35, branch r35wording).

Invented sentences ("Salt Road" on "Kestrel", published Friday 10 May 2024), each a class in
its forms:

- a holiday with its own year keeps the year ("at Christmas 2025", "on Christmas Day 2025",
  "around Thanksgiving 2025"; ``dates`` pattern ``holiday``);
- a number a count noun follows in a decision's list is no title ("..., taking it past 100
  episodes"; rule ``title.span.count_no_item``);
- a day before its month after a schedule's verb or an arrival ("slated X for 14 July", "for the
  14th of July", "is coming 14 July", "returns 14 July", "returns from Sunday 14 July");
- a broadcaster's British active with the season as its object ("will show / broadcast / screen
  the second series of X from Sunday 14 July", "is to broadcast series 2 of X on 14 July"),
  where a day's number before its month is no title's number ("X from Sunday 14 July");
- a holiday after the name ("... of X on Christmas Day"; rule ``title.span.holiday_tail``);
- a run extended to a year or a season ("Kestrel has extended X through 2028", "extends X
  through season 6"): a renewal; a deal, a contract, a licence or a deadline extended is none.
"""

from __future__ import annotations

import pytest
from articles import cell_reader, full_rows

from monitor.extract import rules

_facts = cell_reader(full_rows)

PREMIERE = "premiere"

# (id, body, expected (season, kind, date) of Salt Road)
NEW_CELLS = [
    # a holiday's own year
    ("holiday-year-return-at", "Salt Road will return for its third season at Christmas 2025, "
     "Kestrel said.", (3, PREMIERE, "2025-12-25")),
    ("holiday-year-day-on", "Salt Road season 3 will premiere on Christmas Day 2025 on Kestrel.",
     (3, PREMIERE, "2025-12-25")),
    ("holiday-year-boxing-day", "The third series of Salt Road will air on Boxing Day 2025.",
     (3, PREMIERE, "2025-12-26")),
    ("holiday-year-of", "Salt Road season 3 will premiere at Christmas of 2025.",
     (3, PREMIERE, "2025-12-25")),
    ("holiday-year-around-month", "Salt Road season 3 will premiere around Thanksgiving 2025.",
     (3, PREMIERE, "2025-11")),
    # a day before its month
    ("slated-day-month", "Kestrel has slated Salt Road season 2 for 14 July.",
     (2, PREMIERE, "2024-07-14")),
    ("slated-nth-of-month", "Kestrel has slated Salt Road season 2 for the 14th of July.",
     (2, PREMIERE, "2024-07-14")),
    ("slated-second-series-day-month", "Kestrel has slated the second series of Salt Road for "
     "14 July.", (2, PREMIERE, "2024-07-14")),
    ("scheduled-day-month", "Kestrel has scheduled Salt Road season 2 for 3 March 2025.",
     (2, PREMIERE, "2025-03-03")),
    ("is-coming-day-month", "Salt Road season 2 is coming 14 July.", (2, PREMIERE, "2024-07-14")),
    ("is-coming-on-day-month", "Salt Road season 2 is coming on 14 July.",
     (2, PREMIERE, "2024-07-14")),
    ("returns-from-weekday-day-month", "Salt Road season 2 returns from Sunday 14 July.",
     (2, PREMIERE, "2024-07-14")),
    ("returns-from-day-month", "Salt Road season 2 returns from 14 July.",
     (2, PREMIERE, "2024-07-14")),
    ("returns-from-month-day", "Salt Road season 2 returns from July 14.",
     (2, PREMIERE, "2024-07-14")),
    # a broadcaster's British active
    ("will-show-second-series-from", "Kestrel will show the second series of Salt Road from "
     "Sunday 14 July.", (2, PREMIERE, "2024-07-14")),
    ("will-broadcast-second-series-from", "Kestrel will broadcast the second series of Salt "
     "Road from Sunday 14 July.", (2, PREMIERE, "2024-07-14")),
    ("is-to-broadcast-series-n-of-on", "Kestrel is to broadcast series 2 of Salt Road on 14 July.",
     (2, PREMIERE, "2024-07-14")),
    ("will-air-second-season-weekday-day-month", "Kestrel will air the second season of Salt "
     "Road on Sunday 14 July.", (2, PREMIERE, "2024-07-14")),
    ("will-premiere-series-n-of-month", "Kestrel will premiere series 2 of Salt Road in July.",
     (2, PREMIERE, "2024-07")),
    # a holiday after the name
    ("holiday-after-name-christmas-day", "Kestrel will premiere the second season of Salt Road "
     "on Christmas Day.", (2, PREMIERE, "2024-12-25")),
    ("holiday-after-name-boxing-day", "Kestrel will air season 2 of Salt Road on Boxing Day.",
     (2, PREMIERE, "2024-12-26")),
    ("holiday-after-name-new-years-day", "Kestrel will launch the third season of Salt Road on "
     "New Year's Day.", (3, PREMIERE, "2025-01-01")),
]


@pytest.mark.parametrize("body, expected", [(b, e) for _, b, e in NEW_CELLS],
                         ids=[i for i, _, _ in NEW_CELLS])
def test_new_cell(body: str, expected: tuple[object, ...]) -> None:
    got = {r[1:4] for r in _facts(body) if r[0] == "Salt Road"}
    assert expected in got, got


#: A run extended to a year or a season: a renewal (its date is the horizon, as "renewed
#: through 2028" already gives; the season where the text tells it).
_ENDED = " The drama's second season ended in March."
EXTENDED = [
    ("has-extended-through-year", "Kestrel has extended Salt Road through 2028." + _ENDED,
     (None, "renewed")),
    ("extends-through-season", "Kestrel extends Salt Road through season 6." + _ENDED,
     (6, "renewed")),
    ("extended-until-year-into-season", "Kestrel has extended Salt Road until 2027, taking it "
     "into a fourth season." + _ENDED, (4, "renewed")),
    ("extended-the-drama-through-series", "Kestrel has extended the drama Salt Road through "
     "series 5." + _ENDED, (5, "renewed")),
]


@pytest.mark.parametrize("body, expected", [(b, e) for _, b, e in EXTENDED],
                         ids=[i for i, _, _ in EXTENDED])
def test_extended_is_renewal(body: str, expected: tuple[object, ...]) -> None:
    got = {r[1:3] for r in _facts(body) if r[0] == "Salt Road"}
    assert expected in got, got


@pytest.mark.parametrize("body", [
    "Kestrel has extended its deal with Salt Road creator Dana Holt through 2028." + _ENDED,
    "Kestrel has extended Dana Holt's contract through 2028. Salt Road's second season ended "
    "in March.",
    "Kestrel extended the Salt Road licence through 2028." + _ENDED,
    "Kestrel has extended the deadline for Salt Road entries until 2027." + _ENDED,
], ids=["creator-deal", "star-contract", "licence", "deadline"])
def test_extended_deal_is_no_renewal(body: str) -> None:
    assert not {r for r in _facts(body) if r[2] == "renewed"}


MILESTONES = [
    ("past-n-episodes", "Kestrel has renewed Salt Road for a sixth season, taking it past 100 "
     "episodes."),
    ("to-n-episodes", "Kestrel has renewed Salt Road for a sixth season, taking it to 120 "
     "episodes."),
    ("the-show-past", "Kestrel has renewed Salt Road for a sixth season, taking the show past "
     "100 episodes."),
    ("bare-past", "Kestrel renewed Salt Road for season 6, past 100 episodes."),
    ("total-past", "Kestrel has renewed Salt Road for a sixth season, taking its total past 100 "
     "episodes."),
]


@pytest.mark.parametrize("body", [b for _, b in MILESTONES], ids=[i for i, _ in MILESTONES])
def test_milestone_count_is_no_title(body: str) -> None:
    rows = _facts(body)
    assert {r[0] for r in rows} == {"Salt Road"}, rows


def test_count_no_item_record() -> None:
    """The rule's own example reads as it says: no number for a title."""
    record = rules.RULES["title.span.count_no_item"]
    assert {r[0] for r in _facts(record.example)} == {"Lantern House"}


def test_holiday_tail_record() -> None:
    record = rules.RULES["title.span.holiday_tail"]
    assert (2, PREMIERE, "2024-12-25") in {
        r[1:4] for r in _facts(record.example) if r[0] == "Lantern House"}


# --- controls: the same output on the base commit and here -----------------------------------

@pytest.mark.parametrize("body, show, expected", [
    # a holiday with no year keeps the tense's year
    ("Salt Road season 3 will premiere on Christmas Day on Kestrel.", "Salt Road",
     (3, PREMIERE, "2024-12-25")),
    # a number alone in a decision's list is still an item
    ("Kestrel has cancelled Salt Road, Lisbon and 4400.", "4400", (None, "cancelled")),
    # the month before the day, as before
    ("Kestrel has slated Salt Road season 2 for July 14.", "Salt Road",
     (2, PREMIERE, "2024-07-14")),
    # a numbered title keeps its number before a season phrase
    ("Kestrel will premiere the second season of Ward 13 on July 14.", "Ward 13",
     (2, PREMIERE, "2024-07-14")),
    ("Kestrel has renewed Salt Road for two more seasons.", "Salt Road", (None, "renewed")),
    # read on the base already: a weekday and a day before its month after "coming back on"
    ("Salt Road season 2 is coming back on Sunday 14 July.", "Salt Road",
     (2, PREMIERE, "2024-07-14")),
    # a quoted title keeps its holiday
    ("Kestrel renewed 'Murder on Christmas Eve' for a second season.", "Murder on Christmas Eve",
     (2, "renewed")),
], ids=["holiday-without-year", "number-item-no-count", "month-day", "numbered-title",
        "two-more-seasons", "coming-back-on-weekday-day-month", "quoted-holiday-title"])
def test_control_kept(body: str, show: str, expected: tuple[object, ...]) -> None:
    got = {r[1:1 + len(expected)] for r in _facts(body) if r[0] == show}
    assert expected in got, _facts(body)


def test_count_with_millions_is_no_title() -> None:
    """Read on the base already: "4 million viewers" is no item."""
    body = "Kestrel has renewed Salt Road for a third season, after 4 million viewers."
    assert {r[0] for r in _facts(body)} == {"Salt Road"}


@pytest.mark.parametrize("body", [
    "The Salt Road movie is coming 14 July.",
    "Dana Holt returns from Sunday 14 July.",
    "Salt Road season 2 returns from its winter break on Sunday.",
    "The Salt Road video game season 2 is coming 14 July.",
    "Kestrel will show Salt Road from Sunday 14 July.",
    "Kestrel will show the first series of Salt Road again from Sunday 14 July.",
    "Filming on Salt Road season 2 is slated for 14 July.",
    "Salt Road is not coming back, Kestrel said on 14 July.",
    "Kestrel will show the second series of Salt Road to fans at a screening on 14 July.",
], ids=["film-is-coming", "person-returns-from", "returns-from-break", "game-season-coming",
        "rerun-without-season", "rerun-first-series-again", "shoot-slated", "not-coming-back",
        "shown-at-a-screening"])
def test_control_no_premiere(body: str) -> None:
    got = {r for r in _facts(body) if r[2] == PREMIERE}
    assert not got, got


# (lead, round 35) "New episodes of X" after the sentence that told X's season to come: that
# season's premiere, as "The new episodes arrive ..." is (``rules._new_episodes_of_told_season``);
# another show's new episodes, or a day too near to be a new season's, are not.
_TOLD = "Kestrel renewed Salt Road for a third season. "


def test_new_episodes_of_the_told_show_are_its_season() -> None:
    got = {r[1:4] for r in _facts(_TOLD + "New episodes of Salt Road premiere on September "
                                  "14.") if r[0] == "Salt Road"}
    assert (3, PREMIERE, "2024-09-14") in got, got


@pytest.mark.parametrize("body", [
    _TOLD + "New episodes of Lantern House premiere on September 14.",
    _TOLD + "New episodes of Salt Road arrive on Sunday.",
], ids=["another-shows-new-episodes", "too-near-for-a-season"])
def test_new_episodes_control(body: str) -> None:
    got = {r for r in _facts(body) if r[0] == "Salt Road" and r[2] == PREMIERE}
    assert not got, got
