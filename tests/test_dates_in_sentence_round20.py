"""Which date (and season) belongs to which event inside one sentence, round 20 (branch
s20dates).

A sentence telling two events, or naming a show with a label, gives each trigger its own:
- ``date.title_year_label``: "Harrow Lane (2023) returns on September 3": a year in parentheses
  right after a name or a season labels which one is meant; it dates no event.
- ``season.subject_of_linked_event`` (``dates.linked_event_subject``): "X returns on June 5,
  after its first season debuted in June": the season that opens an "after / since / before"
  clause as the subject of another trigger is that event's, not the return's.
- ``dedupe.return_after_numbered``: "Two years after its March 2022 debut, X returns on June
  5": an unnumbered premiere dated after every numbered one of its show is a later return,
  kept, not folded into the debut.
- ``date.own_sentence_dates_decided``: in a sentence of two premieres, the debut's own "June
  2023" takes no day of the return's ("June 5") over the article.
- ``dates.ordered_events``: two days of one month linked by "after" are ordered by the day.
- ``date.after_an_aside``: "wrapped its second season, which was shot in Leeds, in March": a
  closed relative aside between a trigger and its date is skipped.

Controls keep what they give today. Every name is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import dated_rows, facts_of, make_article

from monitor.extract import rules
from monitor.extract.explain import explain

SHOWS = ["Nightjar", "The Copper Vale", "Harrow Lane"]
NETWORKS = ["Tovrel", "Brightwave"]
NEWS = "{show} news"

#: (body, expected (season, kind, date) rows): each fails on the base tree.
_CELLS: list[tuple[str, list[tuple[int | None, str, str | None]]]] = [
    # a year labelling the name or the season
    ("{show} (2023) returns for a second season on September 3.",
     [(2, "premiere", "2024-09-03")]),
    ("{show} (2023) will return to {net} for a second season on September 3.",
     [(2, "premiere", "2024-09-03")]),
    ("{show} (2022) returns to {net} on September 3 with its second season.",
     [(2, "premiere", "2024-09-03")]),
    ("Season 2 of {show} (2023) premieres on {net} on September 3.",
     [(2, "premiere", "2024-09-03")]),
    ("{show} (2023) began filming its second season in April.",
     [(2, "filming_started", "2024-04")]),
    ("{show} (2023) wrapped filming on its second season in March.",
     [(2, "filming_wrapped", "2024-03")]),
    ("{show} (2023) has been renewed for a second season.", [(2, "renewed", "2024-05")]),
    ("{net} has renewed {show} (2023) for a second season.", [(2, "renewed", "2024-05")]),
    ("{net} has cancelled {show} (2023) after one season.", [(1, "cancelled", "2024-05")]),
    # an earlier season's premiere and a return in one sentence
    ("Two years after its March 2022 debut, {show} returns to {net} on June 5.",
     [(1, "premiere", "2022-03"), (None, "premiere", "2024-06-05")]),
    ("{show} returns to {net} on June 5, two years after its March 2022 debut.",
     [(1, "premiere", "2022-03"), (None, "premiere", "2024-06-05")]),
    ("{show} returns to {net} on June 5, a year after season 1 premiered in June 2023.",
     [(1, "premiere", "2023-06"), (None, "premiere", "2024-06-05")]),
    ("{show} returns on June 5, after its first season debuted on {net} on June 20.",
     [(1, "premiere", "2023-06-20"), (None, "premiere", "2024-06-05")]),
    ("{show} returns on June 5, after season 1 debuted on {net} on June 20.",
     [(1, "premiere", "2023-06-20"), (None, "premiere", "2024-06-05")]),
    # the one date is the other event's: the wrap takes none (not June 5 read back)
    ("{show} returns to {net} on June 5, two weeks after season 2 wrapped filming.",
     [(2, "premiere", "2024-06-05"), (2, "filming_wrapped", None)]),
    # a date past a relative aside
    ("{show} wrapped production on its second season, which was shot across Leeds and York, "
     "in March.", [(2, "filming_wrapped", "2024-03")]),
    ("{show} wrapped production on its second season, which was shot across Leeds and York "
     "over five months, in March.", [(2, "filming_wrapped", "2024-03")]),
    ("{show} began filming its second season, which follows the bakers to Paris, in April.",
     [(2, "filming_started", "2024-04")]),
    ("{show} began filming its second season, which was written during the strike, in "
     "April.", [(2, "filming_started", "2024-04")]),
    ("{show} premieres its second season, which was filmed entirely in Leeds, on {net} on "
     "September 3.", [(2, "premiere", "2024-09-03")]),
    ("{net} will premiere {show}, which stars Dana Holt and was created by Rafe Morrow, on "
     "September 3.", [(None, "premiere", "2024-09-03")]),
]

#: Controls (body, expected rows) that pass on both trees: one date that is the event's, a
#: year that dates its event, a date in an aside that is the aside's event's.
_CONTROLS: list[tuple[str, list[tuple[int | None, str, str | None]]]] = [
    ("{show} premiered on {net} in 2023.", [(None, "premiere", "2023")]),
    ("{show} season 2 will premiere in 2025.", [(2, "premiere", "2025")]),
    ("{show} season 2 premieres on June 9 (2024) on {net}.", [(2, "premiere", "2024-06-09")]),
    ("{show} season 2 (2023) was a hit, and season 3 premieres on June 9.",
     [(3, "premiere", "2024-06-09")]),
    ("The second season of {show} is set to debut on {net} later this year, on September 3.",
     [(2, "premiere", "2024-09-03")]),
    ("{show}, which premiered in March 2023, returns on June 5 on {net}.",
     [(None, "premiere", "2024-06-05")]),
    ("{net} announced on Monday that {show} will premiere on June 14.",
     [(None, "premiere", "2024-06-14")]),
    ("{show} began filming in May and wraps in August.",
     [(None, "filming_started", "2024-05"), (None, "filming_wrapped", "2024-08")]),
    ("{show}, which wrapped filming in March, premieres on {net} on June 12.",
     [(None, "premiere", "2024-06-12")]),
    ("{show} began filming its second season, which premieres in September, in April.",
     [(2, "filming_started", "2024-04"), (2, "premiere", "2024-09")]),
    ("{net} renewed {show}, which premiered in March, for a second season.",
     [(2, "renewed", "2024-05")]),
    ("{show} returns to {net} on June 5, two weeks after season 2 wrapped filming.",
     [(2, "premiere", "2024-06-05")]),
    ("{show} will premiere on {net} on September 3 before moving to Lumo on September 10.",
     [(None, "premiere", "2024-09-03")]),
    ("{show} wrapped filming on May 20, ahead of a premiere on May 3.",
     [(None, "filming_wrapped", "2023-05-20")]),
]


def _check(body: str, expected: list[tuple[int | None, str, str | None]], show: str,
           net: str) -> None:
    facts = dated_rows(facts_of(body.format(show=show, net=net), NEWS.format(show=show)))
    for season, kind, date in expected:
        assert (show, season, kind, date) in facts, facts


@pytest.mark.parametrize("net", NETWORKS)
@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize(("body", "expected"), _CELLS)
def test_each_event_of_a_sentence_takes_its_own_date(
        body: str, expected: list[tuple[int | None, str, str | None]], show: str,
        net: str) -> None:
    _check(body, expected, show, net)


@pytest.mark.parametrize("net", NETWORKS)
@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize(("body", "expected"), _CONTROLS)
def test_controls_keep_their_dates(body: str, expected: list[tuple[int | None, str, str | None]],
                                   show: str, net: str) -> None:
    _check(body, expected, show, net)


def test_a_label_year_dates_nothing() -> None:
    facts = dated_rows(facts_of("Nightjar (2023) returns for a second season on September 3.",
                                "Nightjar news"))
    assert not any(d and d.startswith("2023") for _, _, _, d in facts), facts


@pytest.mark.parametrize("rule", ["date.title_year_label", "season.subject_of_linked_event",
                                  "dedupe.return_after_numbered",
                                  "date.own_sentence_dates_decided", "date.after_an_aside"])
def test_explain_names_the_rule(rule: str) -> None:
    example = rules.RULES[rule].example
    _, text = explain(make_article(example, "Harrow Lane news", dt.date(2030, 5, 10)))
    assert rule in text, text
