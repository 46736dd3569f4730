"""Which date and which season belong to a trigger (issue 10, round 6): the labelling
conventions (the devset and seeds READMEs) probed with sentences written for this test about
invented shows, and the mechanisms that attach a date or a season to its trigger when a
sentence tells two events.

The conventions, per kind:
- renewed / cancelled: the day (or month) of the decision; reported as just happened with no
  time stated, the published month; the announcement is the event.
- filming_started / filming_wrapped / premiere: the day of the event, not of its
  announcement ("announced on Monday that it premieres April 14" is April 14).
- a date without a year takes the year the context implies: the tense of its words, or the
  date of the event the sentence links it to ("after", "ahead of").
- windows keep the precision the text gives: "this fall" is YYYY-FA, "early 2025" and
  "later this year" are a year, "summer 2025" is 2025-SU.
- seasons: new / freshman = 1 and a renewal of it is 2; a renewal for "a third season" is 3;
  "cancelled after two seasons" is 2 (the last made); no season named: null.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import DatedRow, dated_rows, facts_of

from monitor.extract.dates import find_dates, ordered_events

PUBLISHED = dt.date(2024, 5, 10)  # a Friday


def _facts(text: str, title: str = "") -> set[DatedRow]:
    return dated_rows(facts_of(text, title, PUBLISHED))


# --- the conventions -----------------------------------------------------------------------

CONVENTIONS = [
    # the announcement is not the event
    ("Glass Harbor season 2 premieres June 14, Netflix announced on Monday.",
     {("Glass Harbor", 2, "premiere", "2024-06-14")}),
    ("Netflix revealed on Wednesday that filming on Glass Harbor season 2 begins in August.",
     {("Glass Harbor", 2, "filming_started", "2024-08")}),
    ("HBO renewed Glass Harbor for a second season on Monday, with production to start in "
     "the fall.", {("Glass Harbor", 2, "renewed", "2024-05-06"),
                   ("Glass Harbor", 2, "filming_started", "2024-FA")}),
    # just happened, no time stated: the published month
    ("Netflix has renewed Glass Harbor for a second season.",
     {("Glass Harbor", 2, "renewed", "2024-05")}),
    ("Filming has begun on Glass Harbor season 2.",
     {("Glass Harbor", 2, "filming_started", "2024-05")}),
    ("Glass Harbor season 2 has wrapped filming.",
     {("Glass Harbor", 2, "filming_wrapped", "2024-05")}),
    # windows at the precision the text gives
    ("Glass Harbor season 2 will premiere this fall.",
     {("Glass Harbor", 2, "premiere", "2024-FA")}),
    ("Glass Harbor season 2 will premiere in early 2025.",
     {("Glass Harbor", 2, "premiere", "2025")}),
    ("Glass Harbor season 2 will premiere later this year.",
     {("Glass Harbor", 2, "premiere", "2024")}),
    ("Glass Harbor season 2 is slated for a fall 2024 premiere.",
     {("Glass Harbor", 2, "premiere", "2024-FA")}),
    # a date without a year: the tense says which year
    ("Glass Harbor season 2 premieres on March 3.",
     {("Glass Harbor", 2, "premiere", "2025-03-03")}),
    ("Glass Harbor season 2 premiered on June 3.",
     {("Glass Harbor", 2, "premiere", "2023-06-03")}),
    ("Glass Harbor season 2 started filming in December.",
     {("Glass Harbor", 2, "filming_started", "2023-12")}),
    ("Glass Harbor was renewed for a second season back in January.",
     {("Glass Harbor", 2, "renewed", "2024-01")}),
    # seasons
    ("ABC renewed freshman drama Glass Harbor.", {("Glass Harbor", 2, "renewed", "2024-05")}),
    ("Glass Harbor has been cancelled after two seasons.",
     {("Glass Harbor", 2, "cancelled", "2024-05")}),
]


@pytest.mark.parametrize(("sentence", "expected"), CONVENTIONS,
                         ids=[s[:50] for s, _ in CONVENTIONS])
def test_conventions(sentence: str, expected: set[tuple[object, ...]]) -> None:
    assert _facts(sentence) == expected


# --- two events in one sentence --------------------------------------------------------------


def test_two_verbs_of_a_shoot_are_two_events() -> None:
    # the wrap's phrase never reaches back over "and" to the start's "filming"
    assert _facts("Glass Harbor season 2 began filming in January and wrapped in April.") == {
        ("Glass Harbor", 2, "filming_started", "2024-01"),
        ("Glass Harbor", 2, "filming_wrapped", "2024-04")}


def test_a_date_without_a_year_takes_the_linked_dates_year() -> None:
    text = ("Salt Road went into production on its closing season in October 2019, "
            "following the debut of season three in March.")
    dates = ordered_events(text, find_dates(text, dt.date(2021, 5, 15)))
    assert [d.value for d in dates] == ["2019-10", "2019-03"]
    assert not dates[1].relative
    # without the link, the publication date decides as before
    plain = "Salt Road went into production in October 2019. The third season aired in March."
    assert [d.value for d in ordered_events(plain, find_dates(plain, dt.date(2021, 5, 15)))] \
        == ["2019-10", "2021-03"]


def test_an_event_ahead_of_another_comes_after_it() -> None:
    assert _facts("Filming on Glass Harbor season 2 began in January, ahead of a premiere in "
                  "the fall.") == {("Glass Harbor", 2, "filming_started", "2024-01"),
                                   ("Glass Harbor", 2, "premiere", "2024-FA")}


def test_an_event_before_the_linked_one_moves_to_the_year_before() -> None:
    text = "The series wrapped in November, ahead of its premiere in March 2025."
    assert [d.value for d in ordered_events(text, find_dates(text, PUBLISHED, future=True))] \
        == ["2024-11", "2025-03"]
    text = "It premiered in March 2024, after filming wrapped in November."
    assert [d.value for d in ordered_events(text, find_dates(text, PUBLISHED))] \
        == ["2024-03", "2023-11"]


def test_a_leading_link_orders_the_main_clause() -> None:
    assert _facts("After wrapping in March, Glass Harbor season 2 returns in October.") == {
        ("Glass Harbor", 2, "premiere", "2024-10")}
    text = "After wrapping in December 2023, the show returns in March."
    assert [d.value for d in ordered_events(text, find_dates(text, PUBLISHED))][1] == "2024-03"


@pytest.mark.parametrize(("text", "value"), [
    ("It premieres 6/14 on NBC.", "2024-06-14"),
    ("It premieres on 6/14/25 on NBC.", "2025-06-14"),
    ("It premieres on 14/06/2025 on BBC One.", "2025-06-14"),
    ("It premieres on 12/25.", "2024-12-25"),
])
def test_numeric_dates_where_one_number_can_only_be_the_day(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text, PUBLISHED, future=True)] == [value]


@pytest.mark.parametrize("text", [
    "It airs Sunday at 9/8c.", "The hotline is open 24/7.", "Critics rated it 3/10.",
    "It premieres on 4/5.",  # April 5 or 4 May: no date
    "Three in 10/12 viewers.",
])
def test_numbers_with_a_slash_that_are_no_date(text: str) -> None:
    assert [d.text for d in find_dates(text, PUBLISHED, future=True)
            if "/" in d.text] == []


@pytest.mark.parametrize("text", [
    "Glass Harbor season 2 begins June 13 on BBC One.",
    "Glass Harbor season 2 starts on June 13.",
    "Glass Harbor season 2 is coming June 13.",
    "Glass Harbor season 2 premieres 6/13 on NBC.",
])
def test_a_season_that_begins_on_a_day_premieres(text: str) -> None:
    assert _facts(text) == {("Glass Harbor", 2, "premiere", "2024-06-13")}


def test_a_shoot_that_begins_on_a_day_is_no_premiere() -> None:
    assert _facts("Filming on Glass Harbor season 2 begins June 13 in Belfast.") == {
        ("Glass Harbor", 2, "filming_started", "2024-06-13")}


# --- which season ----------------------------------------------------------------------------

SEASONS_AFTER_AIRED = [
    ("Glass Harbor season 2 premiered in January. The show has been renewed for another "
     "season.", ("Glass Harbor", 3, "renewed", "2024-05")),
    ("Glass Harbor season 2 premiered in January. The next season will begin filming in June.",
     ("Glass Harbor", 3, "filming_started", "2024-06")),
    ("Glass Harbor, which premiered its first season in January, has been renewed.",
     ("Glass Harbor", 2, "renewed", "2024-05")),
    ("Glass Harbor was renewed in February, two months after season 1 premiered in December.",
     ("Glass Harbor", 2, "renewed", "2024-02")),
    ("Glass Harbor season 1 aired in January. Netflix has ordered another series.",
     ("Glass Harbor", 2, "renewed", "2024-05")),
]


@pytest.mark.parametrize(("text", "fact"), SEASONS_AFTER_AIRED,
                         ids=[t[:50] for t, _ in SEASONS_AFTER_AIRED])
def test_a_renewal_after_an_aired_season_is_the_next(text: str,
                                                     fact: tuple[object, ...]) -> None:
    assert fact in _facts(text)


def test_a_later_season_named_keeps_the_renewal_there() -> None:
    # the article names season 3 as the one to come: the renewal is of it, not of season 4
    facts = _facts("Glass Harbor season 3 premieres in June. Glass Harbor season 2 premiered "
                   "in January. Netflix has renewed the drama.")
    assert ("Glass Harbor", 3, "renewed", "2024-05") in facts


def test_a_premiere_told_before_a_numbered_renewal_is_the_season_before() -> None:
    assert _facts("Following its premiere in January, Glass Harbor was renewed for a second "
                  "season on Tuesday.") == {("Glass Harbor", 1, "premiere", "2024-01"),
                                            ("Glass Harbor", 2, "renewed", "2024-05-07")}
    # a premiere still to come: "ahead of" puts it after the article, not last June
    facts = _facts("Glass Harbor was renewed for a second season ahead of its premiere in "
                   "June.")
    assert ("Glass Harbor", 2, "renewed", "2024-05") in facts
    assert any(kind == "premiere" and date == "2024-06" for _, _, kind, date in facts)


def test_a_season_named_for_the_first_verb_is_not_the_seconds() -> None:
    # "the show was renewed": a subject of its own; the season aired is the second
    assert _facts("Glass Harbor's second season premiered in January and the show was renewed "
                  "in March.") == {("Glass Harbor", 2, "premiere", "2024-01"),
                                   ("Glass Harbor", 3, "renewed", "2024-03")}
    # one subject for both verbs: the season is both verbs'
    assert ("Glass Harbor", 2, "filming_wrapped", "2024-03") in _facts(
        "Glass Harbor season 2 began filming in January and wrapped in March.")


# --- which trigger and which show a date belongs to --------------------------------------------


def test_one_event_and_one_time_past_a_list_of_places() -> None:
    assert _facts("Glass Harbor season 3 is set to start shooting in Cork, Ireland, and "
                  "Halifax, Nova Scotia, in the autumn of 2025.") == {
        ("Glass Harbor", 3, "filming_started", "2025-FA")}
    # a clause of its own in between: the date is that clause's
    assert _facts("Glass Harbor season 3 is set to start shooting in Cork, Ireland, and "
                  "Halifax, where the first season was made back in the spring of "
                  "2021.") == {("Glass Harbor", 3, "filming_started", None)}


def test_a_relative_clause_after_a_list_is_the_last_names() -> None:
    facts = _facts("Both Salt Road and Tin Roof (which was renewed in June 2023) are on the "
                   "network's autumn schedule.")
    assert ("Tin Roof", None, "renewed", "2023-06") in facts
    assert not any(show == "Salt Road" and date == "2023-06" for show, _, _, date in facts)


@pytest.mark.parametrize(("text", "date"), [
    ("The 2025 season of Glass Harbor premieres on June 14.", "2025-06-14"),
    ("Glass Harbor returns for its 2025 season on June 14.", "2025-06-14"),
    ("The 2025 season of Glass Harbor premieres in 2025.", "2025"),
    ("The 2025 season of Glass Harbor will premiere in the summer.", "2025-SU"),
])
def test_a_season_named_by_its_year_holds_the_dates_without_one(text: str, date: str) -> None:
    assert _facts(text) == {("Glass Harbor", None, "premiere", date)}


def test_each_event_of_a_sentence_keeps_its_own_season() -> None:
    assert _facts("Glass Harbor season 2 premiered on Netflix on Friday, May 3, and has been "
                  "renewed for a third season.") == {
        ("Glass Harbor", 2, "premiere", "2024-05-03"), ("Glass Harbor", 3, "renewed", "2024-05")}
    assert _facts("Netflix renewed Glass Harbor for a third season on Tuesday, less than a week "
                  "after season 2 premiered on May 3.") == {
        ("Glass Harbor", 2, "premiere", "2024-05-03"),
        ("Glass Harbor", 3, "renewed", "2024-05-07")}


@pytest.mark.parametrize(("text", "value"), [
    ("It premieres next Friday.", "2024-05-17"),  # published on a Friday: a week on
    ("It premieres next Monday.", "2024-05-13"),
    ("It premieres this coming Monday.", "2024-05-13"),
    ("It premiered Friday.", "2024-05-10"),
])
def test_next_weekday_lies_ahead(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text, PUBLISHED)] == [value]
