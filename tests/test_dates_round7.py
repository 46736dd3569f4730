"""Which date a premiere (or another event) gets (issue 10, round 7): the date classes the
genre writes, probed with sentences written for this test about invented shows.

- a weekday after "last" / "this past" lies behind the article whatever the verb's tense;
- "this spring" in text that looks ahead, written after that spring, is the coming spring;
- a plan told in the past ("it was announced in February that X would premiere in June")
  takes the nearest June, on either side of the article;
- a trigger that sets a day ("Netflix dated X for June 14", "is scheduled for June 14") looks
  ahead though its verb is past in form;
- a date before a trigger, across "before"/"after"/"and", belongs to the first event
  ("screens at a festival in September before debuting on Netflix on October 4");
- episodes released weekly from a date start on that date; "available to stream from";
- the British "X series 3" names X's third season, like "X season 3".
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import DatedRow, dated_rows, facts_of

from monitor.extract.dates import find_dates

PUBLISHED = dt.date(2024, 5, 10)  # a Friday
NOVEMBER = dt.date(2024, 11, 20)
DECEMBER = dt.date(2024, 12, 18)
G = "Glass Harbor"


def _facts(text: str, published: dt.date = PUBLISHED) -> set[DatedRow]:
    return dated_rows(facts_of(text, published=published))


@pytest.mark.parametrize(("text", "future", "value"), [
    ("It premiered last Friday.", None, "2024-05-03"),  # published on a Friday: a week back
    ("It premiered this past Friday.", None, "2024-05-03"),
    ("It premiered last Monday.", None, "2024-05-06"),
    ("It premiered last Monday.", True, "2024-05-06"),  # "last" wins over a forward tense
])
def test_last_weekday_lies_behind(text: str, future: bool | None, value: str) -> None:
    assert [d.value for d in find_dates(text, PUBLISHED, future=future)] == [value]


@pytest.mark.parametrize(("future", "season", "value"), [
    (True, "spring", "2025-SP"),  # November looking ahead: the coming spring
    (True, "fall", "2024-FA"),  # still this fall
    (True, "winter", "2024-WI"),
    (False, "spring", "2024-SP"),  # "premiered this spring": the one behind
    (None, "spring", "2024-SP"),
])
def test_this_season_after_it_is_over(future: bool | None, season: str, value: str) -> None:
    text = f"It premieres this {season}."
    assert [d.value for d in find_dates(text, NOVEMBER, future=future)] == [value]


PREMIERE_DATES = [
    ("Glass Harbor season 2 will premiere this spring.", NOVEMBER,
     {(G, 2, "premiere", "2025-SP")}),
    ("Glass Harbor season 2 premiered on Netflix last Friday.", PUBLISHED,
     {(G, 2, "premiere", "2024-05-03")}),
    ("It was announced in February that Glass Harbor season 2 would premiere in June.",
     PUBLISHED, {(G, 2, "premiere", "2024-06")}),
    ("It was announced in April that Glass Harbor season 2 would premiere in March.",
     PUBLISHED, {(G, 2, "premiere", "2024-03")}),
    ("Netflix has dated Glass Harbor season 2 for June 14.", PUBLISHED,
     {(G, 2, "premiere", "2024-06-14")}),
    ("Glass Harbor season 2 is scheduled for June 14.", PUBLISHED,
     {(G, 2, "premiere", "2024-06-14")}),
    ("Glass Harbor season 2 is slated for 2025.", PUBLISHED, {(G, 2, "premiere", "2025")}),
    ("Glass Harbor season 2 is not expected until 2025.", PUBLISHED,
     {(G, 2, "premiere", "2025")}),
    ("Glass Harbor season 2 returns early next year.", DECEMBER,
     {(G, 2, "premiere", "2025")}),
    ("Glass Harbor season 2 returns later this year.", PUBLISHED,
     {(G, 2, "premiere", "2024")}),
    ("Glass Harbor season 2 will premiere at the Lakeside Film Festival in September before "
     "debuting on Netflix on October 4.", PUBLISHED, {(G, 2, "premiere", "2024-10-04")}),
    ("Glass Harbor season 2 will be released weekly from June 14 to August 2.", PUBLISHED,
     {(G, 2, "premiere", "2024-06-14")}),
    ("Glass Harbor season 2 will air weekly between June 14 and August 2.", PUBLISHED,
     {(G, 2, "premiere", "2024-06-14")}),
    ("Glass Harbor season 2 will be available to stream from June 14.", PUBLISHED,
     {(G, 2, "premiere", "2024-06-14")}),
    ("Glass Harbor season 2 will begin on BBC One on Sunday 16 June at 9pm.", PUBLISHED,
     {(G, 2, "premiere", "2024-06-16")}),
    ("Glass Harbor series 2 premieres on June 14.", PUBLISHED,
     {(G, 2, "premiere", "2024-06-14")}),
    ("Glass Harbor series three will air on BBC One in the autumn.", PUBLISHED,
     {(G, 3, "premiere", "2024-FA")}),
]


@pytest.mark.parametrize(("text", "published", "expected"), PREMIERE_DATES,
                         ids=[t[:60] for t, _, _ in PREMIERE_DATES])
def test_premiere_dates(text: str, published: dt.date, expected: set[tuple[object, ...]]
                        ) -> None:
    assert _facts(text, published) == expected


NOT_PREMIERES = [
    # a shoot scheduled or beginning is no premiere
    "Filming on Glass Harbor season 2 is scheduled for June.",
    "Filming on Glass Harbor season 2 will begin on location on Monday, June 3.",
    # episodes weekly, with no start
    "New episodes of Glass Harbor season 2 air weekly on Netflix.",
    # the Marvel series, not a title's season
    "The Marvel series will premiere on June 14.",
]


@pytest.mark.parametrize("text", NOT_PREMIERES, ids=[t[:60] for t in NOT_PREMIERES])
def test_not_premieres(text: str) -> None:
    assert not any(kind == "premiere" for _, _, kind, _ in _facts(text))


RESCHEDULED = [
    ("Glass Harbor season 2 has been pushed back to June 14.", "2024-06-14"),
    ("Glass Harbor season 2 has been delayed to 2025.", "2025"),
    ("Glass Harbor season 2 has moved to Friday, June 14.", "2024-06-14"),
    ("Glass Harbor season 2 has been postponed until next year.", "2025"),
    # the old date is another plan's; the new one is the premiere's
    ("Glass Harbor season 2, originally set for June 7, has been pushed back to June 14.",
     "2024-06-14"),
    ("Glass Harbor season 2 will premiere two weeks from today.", "2024-05"),
    ("Glass Harbor season 2 will premiere a month from now.", "2024-06"),
]


@pytest.mark.parametrize(("text", "date"), RESCHEDULED, ids=[t[:60] for t, _ in RESCHEDULED])
def test_a_premiere_moved_to_its_new_date(text: str, date: str) -> None:
    assert _facts(text) == {(G, 2, "premiere", date)}


@pytest.mark.parametrize("text", [
    "Glass Harbor moved to Fridays this summer.",  # a time slot, not a date
    "Glass Harbor moved to Friday nights in the fall.",
    "Glass Harbor season 2 was originally set for June 7.",  # a plan that changed
])
def test_a_slot_or_an_old_plan_is_no_premiere(text: str) -> None:
    assert not any(kind == "premiere" for _, _, kind, _ in _facts(text))


@pytest.mark.parametrize(("text", "date"), [
    # a premiere set for a date looks ahead whatever the sentence's other verbs say
    ("Netflix announced Glass Harbor season 2 on Tuesday, with a premiere set for August 9.",
     "2024-08-09"),
    ("Glass Harbor season 2 has a premiere date: August 9, Netflix announced Tuesday.",
     "2024-08-09"),
    # a month before its event's noun, no tense: the nearest one
    ("The teaser for Glass Harbor season 2, released Tuesday, confirms an August premiere.",
     "2024-08"),
])
def test_a_premiere_date_set_looks_ahead(text: str, date: str) -> None:
    assert _facts(text) == {(G, 2, "premiere", date)}


@pytest.mark.parametrize(("text", "date"), [
    ("Glass Harbor season 2 is coming in early 2025.", "2025"),
    ("Glass Harbor season 2 is coming to Netflix later this year.", "2024"),
    ("Glass Harbor season 2 is coming this fall.", "2024-FA"),
])
def test_a_season_coming_in_a_window(text: str, date: str) -> None:
    assert _facts(text) == {(G, 2, "premiere", date)}


def test_news_coming_is_no_premiere() -> None:
    assert _facts("More news about Glass Harbor season 2 is coming in the weeks ahead.") == set()


@pytest.mark.parametrize(("text", "date"), [
    ("Glass Harbor is back on Sunday at 9pm on BBC One.", "2024-05-12"),
    ("Glass Harbor will be back June 14 on Netflix.", "2024-06-14"),  # not "back in June"
])
def test_a_show_back_on_a_day_premieres_then(text: str, date: str) -> None:
    assert _facts(text) == {(G, None, "premiere", date)}


def test_back_in_a_month_still_lies_behind() -> None:
    assert _facts("Glass Harbor season 2 began filming back in February.") == {
        (G, 2, "filming_started", "2024-02")}
