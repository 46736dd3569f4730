"""Time as typed expressions: a date read in its own tense or its trigger's, the day an
announcement was made apart from the day the news happens, a shoot's span giving its start and
its wrap, holidays. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from articles import FullRow, facts_of, full_rows


def _facts(text: str, published: dt.date, title: str = "") -> set[FullRow]:
    return full_rows(facts_of(text, title, published))


def test_a_date_takes_its_triggers_tense_not_the_sentences() -> None:
    # "will figure" looks ahead, but the shoot "began ... back in February": last February
    facts = _facts("Harbour Street season 3 is coming. The cast began shooting back in February "
                   "around the city, and the producers have said the city will figure in the "
                   "plot.", dt.date(2018, 8, 26))
    assert ("Harbour Street", 3, "filming_started", "2018-02", "confirmed") in facts


def test_a_past_premiere_without_a_year_is_the_last_one() -> None:
    facts = _facts("Season 4 of Harbour Street debuted in March, though the lockdown rules "
                   "meant the crew could only make six episodes.", dt.date(2020, 11, 25))
    assert ("Harbour Street", 4, "premiere", "2020-03", "confirmed") in facts


def test_the_day_of_an_announcement_is_not_that_of_the_event_to_come() -> None:
    facts = _facts("On Monday, Netflix announced that Harbour Street will return for a fifth "
                   "season. Harbour Street season 5 premieres on September 3.",
                   dt.date(2021, 5, 26))
    premieres = {f for f in facts if f[2] == "premiere"}
    assert premieres == {("Harbour Street", 5, "premiere", "2021-09-03", "expected")}


def test_a_shoot_span_gives_its_start_and_its_wrap() -> None:
    facts = _facts("Filming on Harbour Street season 2 ran from March to July 2023 in Leeds.",
                   dt.date(2023, 9, 1))
    assert {("Harbour Street", 2, "filming_started", "2023-03", "confirmed"),
            ("Harbour Street", 2, "filming_wrapped", "2023-07", "confirmed")} <= facts


def test_a_shoot_place_is_no_news_of_its_start() -> None:
    facts = _facts("Filming on Harbour Street season 2 took place in Leeds.", dt.date(2023, 9, 1))
    assert not any(f[2] == "filming_started" for f in facts)


def test_a_holiday_dates_a_shoot_and_a_clause_does_not_hide_its_verb() -> None:
    facts = _facts("Production on Season 3 of Harbour Street, which started shortly after "
                   "Thanksgiving, was paused in February.", dt.date(2023, 5, 4))
    assert ("Harbour Street", 3, "filming_started", "2022-11", "confirmed") in facts


def test_a_shoot_back_underway_is_the_news_of_the_month() -> None:
    facts = _facts("Harbour Street season 5 set photos are out: production is now back underway.",
                   dt.date(2020, 8, 15), "First set photos from Harbour Street season 5")
    assert ("Harbour Street", 5, "filming_started", "2020-08", "confirmed") in facts


def test_a_return_in_a_few_days_dates_the_premiere() -> None:
    facts = _facts("Harbour Street is due to return for a second season in just a few days.",
                   dt.date(2016, 1, 13))
    assert ("Harbour Street", 2, "premiere", "2016-01", "expected") in facts
