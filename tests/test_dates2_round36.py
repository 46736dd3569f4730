"""Relative times and named days after the verb (issue 10, round 36 wave 2, branch r36dates2).

Read on this branch, not on ed3aa8e:

- "the new year" against the article's date: the coming year from February on ("is due to
  return in the new year" in May is next January), the year just begun in January, and this
  year's start when told in the past (``dates._resolve``);
- a date right after another kind's trigger is that event's, no finer date of the fact's own
  ("wrapped in August, and the second series premieres early next year": the premiere keeps
  next year; ``eventdates._owned_by_other``);
- a named day straight after a premiere verb, before its network ("premieres Easter Monday on
  Kestrel": the day, no title; ``titles._holiday_then_place``);
- a start told with a named day, "the new year" or a time relative to the article's ("begins
  on Kestrel on Boxing Day", "starts next spring on Kestrel", "is due in the new year";
  ``patterns._TIME_AFTER``, ``_RUN_BEGUN``, ``_ARRIVAL_WITH_TIME``), and "comes to Kestrel
  on <day>" told as to come (``patterns.SCHEDULED_PRESENT_RE``).

Invented names throughout (Salt Road, Lisbon, Lantern House, Havana; Kestrel, Tovrel).
Controls keep their output on both trees.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of

from monitor.extract.dates import find_dates

MAY = dt.date(2024, 5, 10)
NOV = dt.date(2024, 11, 13)
MARCH = dt.date(2025, 3, 4)
JAN = dt.date(2025, 1, 8)

#: (id, published, sentence, the rows (show, season, kind, date) it must give, exactly).
Case = tuple[str, dt.date, str, set[tuple[str, int | None, str, str | None]]]

CELLS: list[Case] = [
    # "the new year" from February on is the coming one
    ("uk-due-to-return-new-year-may", MAY,
     "The second series of Salt Road is due to return in the new year.",
     {("Salt Road", 2, "premiere", "2025")}),
    ("wire-will-be-back-new-year-march", MARCH,
     "Kestrel said the third season of Salt Road will be back in the new year.",
     {("Salt Road", 3, "renewed", None), ("Salt Road", 3, "premiere", "2026")}),
    ("trade-returns-from-new-year-august", dt.date(2024, 8, 20),
     "Lantern House season 2 returns to Tovrel from the new year.",
     {("Lantern House", 2, "premiere", "2025")}),
    ("press-due-no-return-verb-november", NOV,
     "The second series of Salt Road is due in the new year.",
     {("Salt Road", 2, "premiere", "2025")}),
    ("press-due-on-network-new-year-may", MAY,
     "Havana season 2 is due on Kestrel in the new year.",
     {("Havana", 2, "premiere", "2025")}),
    ("uk-begins-in-the-new-year", NOV,
     "The third series of Lisbon begins in the new year on Tovrel.",
     {("Lisbon", 3, "premiere", "2025")}),
    # the premiere's own relative year, not the wrap's month
    ("uk-wrapped-in-august-early-next-year", NOV,
     "Filming on Salt Road wrapped in August, and the second series premieres early next "
     "year on Kestrel.",
     {("Salt Road", 2, "filming_wrapped", "2024-08"), ("Salt Road", 2, "premiere", "2025")}),
    ("trade-finished-shooting-in-july-next-year", NOV,
     "Lantern House finished shooting in July and season 2 debuts next year on Tovrel.",
     {("Lantern House", 2, "filming_wrapped", "2024-07"),
      ("Lantern House", 2, "premiere", "2025")}),
    # a named day straight after the verb, then the network
    ("trade-premieres-easter-monday-on", NOV,
     "Salt Road season 2 premieres Easter Monday on Kestrel.",
     {("Salt Road", 2, "premiere", "2025-04-21")}),
    ("trade-premieres-christmas-day-on", NOV,
     "Salt Road season 2 premieres Christmas Day on Kestrel.",
     {("Salt Road", 2, "premiere", "2024-12-25")}),
    ("uk-debuts-boxing-day-on", NOV,
     "The second series of Lisbon debuts Boxing Day on Tovrel.",
     {("Lisbon", 2, "premiere", "2024-12-26")}),
    ("uk-returns-boxing-day", NOV,
     "The second series of Salt Road returns Boxing Day.",
     {("Salt Road", 2, "premiere", "2024-12-26")}),
    ("irish-returns-st-patricks-day-on", NOV,
     "Havana season 3 returns St Patrick's Day on Kestrel.",
     {("Havana", 3, "premiere", "2025-03-17")}),
    # the schedule's present "comes to <network> on <day>" is to come, as "returns" is
    ("listing-comes-to-network-on-christmas-day", MAY,
     "Salt Road season 2 comes to Kestrel on Christmas Day.",
     {("Salt Road", 2, "premiere", "2024-12-25")}),
    ("listing-comes-to-network-on-month-day", MAY,
     "Lisbon season 2 comes to Tovrel on December 25.",
     {("Lisbon", 2, "premiere", "2024-12-25")}),
    # a start told with its network, then a named day or a relative time
    ("uk-begins-on-network-on-boxing-day", NOV,
     "The second series of Salt Road begins on Kestrel on Boxing Day.",
     {("Salt Road", 2, "premiere", "2024-12-26")}),
    ("uk-starts-on-christmas-day-on", NOV,
     "The second series of Salt Road starts on Christmas Day on Kestrel.",
     {("Salt Road", 2, "premiere", "2024-12-25")}),
    ("uk-starts-next-spring-channel-confirmed", NOV,
     "The second series of Salt Road starts next spring on Kestrel, the channel confirmed "
     "on 12 November.",
     {("Salt Road", 2, "premiere", "2025-SP")}),
    ("trade-will-begin-early-next-year", NOV,
     "Havana season 2 will begin early next year on Tovrel.",
     {("Havana", 2, "premiere", "2025")}),
    ("uk-begins-this-autumn", MAY,
     "The third series of Lantern House begins this autumn on Kestrel.",
     {("Lantern House", 3, "premiere", "2024-FA")}),
]

#: Near misses that keep their output on both trees.
CONTROLS: list[Case] = [
    # read on the base already (a time with its own preposition after the day)
    ("au-premieres-australia-day-at", NOV,
     "Lantern House season 2 premieres Australia Day at 8.30pm on Tovrel.",
     {("Lantern House", 2, "premiere", "2025-01-26")}),
    ("scot-starts-on-network-on-hogmanay", NOV,
     "The new series of Lisbon starts on Tovrel on New Year's Eve.",
     {("Lisbon", None, "premiere", "2024-12-31")}),
    ("new-year-in-january-this-year", JAN,
     "The second series of Salt Road is due to return in the new year.",
     {("Salt Road", 2, "premiere", "2025")}),
    ("new-years-day-dated", NOV,
     "Salt Road season 2 premieres on New Year's Day on Kestrel.",
     {("Salt Road", 2, "premiere", "2025-01-01")}),
    ("holiday-with-on-before", NOV,
     "Salt Road season 2 premieres on Easter Monday on Kestrel.",
     {("Salt Road", 2, "premiere", "2025-04-21")}),
    ("day-month-after-network", NOV,
     "The second series of Salt Road starts on 26 December on Kestrel.",
     {("Salt Road", 2, "premiere", "2024-12-26")}),
    ("wrap-and-premiere-own-days", NOV,
     "Filming on Salt Road wrapped in August, and the second series premieres on February "
     "14 on Kestrel.",
     {("Salt Road", 2, "filming_wrapped", "2024-08"),
      ("Salt Road", 2, "premiere", "2025-02-14")}),
    ("career-began-on-a-stage", NOV,
     "Her career began on Broadway in 2011.", set()),
    ("trailer-next-spring", NOV,
     "The Salt Road trailer drops next spring.", set()),
    ("filming-starts-next-spring", NOV,
     "Filming on the second series of Salt Road starts next spring.",
     {("Salt Road", 2, "filming_started", "2025-SP")}),
    ("strike-starts-next-year", NOV,
     "The writers' strike starts next year.", set()),
]


def _rows(published: dt.date, body: str) -> set[tuple[str, int | None, str, str | None]]:
    return {(f.show, f.season, f.kind, f.date) for f in facts_of(body, "", published)}


@pytest.mark.parametrize(("published", "body", "expected"), [c[1:] for c in CELLS],
                         ids=[c[0] for c in CELLS])
def test_cell(published: dt.date, body: str,
              expected: set[tuple[str, int | None, str, str | None]]) -> None:
    assert _rows(published, body) == expected


@pytest.mark.parametrize(("published", "body", "expected"), [c[1:] for c in CONTROLS],
                         ids=[c[0] for c in CONTROLS])
def test_control(published: dt.date, body: str,
                 expected: set[tuple[str, int | None, str, str | None]]) -> None:
    assert _rows(published, body) == expected


@pytest.mark.parametrize(("published", "text", "future", "expected"), [
    (MAY, "It returns in the new year.", True, "2025"),
    (MARCH, "It returns in the new year.", None, "2026"),
    (JAN, "It returns in the new year.", True, "2025"),
    (NOV, "Filming began in the new year.", False, "2024"),
], ids=["may-ahead", "march-untold", "january-this-year", "told-past-this-year"])
def test_the_new_year(published: dt.date, text: str, future: bool | None,
                      expected: str) -> None:
    assert [m.value for m in find_dates(text, published, future=future)] == [expected]
