"""One event told across sentences: its season and its date from where the article tells them,
round 20 (branch r20event).

"Tovrel has renewed Nightjar. The pickup, for a third season, comes after a strong spring.":
the renewal's own sentence names no season; the next one tells it, tied to the event by its
noun ("The pickup", "The order", "The shoot", "Production on", "The new season, its third,")
or by the show's name. Rule ``season.event_told_across`` (``eventdates.article_seasons``): a
renewal, premiere, shoot or wrap naming no season takes the one season the sentence before,
the next two (no other show named between) or the headline tells for the same event — a word
of the event there, no season told as aired, no other event's trigger alone. A season tied to
another event of the show ("The second season premiered in March") does not move.

"Kestrel One has set the premiere date for the second season of Nightjar. The date: June 5.":
a line opening on the date as a label ("The date:", "Premiere date:", "Mark your calendars:")
states the event's date (``eventdates.DATE_LABEL_OPEN``), so ``date.article_day`` dates the
premiere in the lines round 19's ``date.told_after_date_set`` opens to it.

Controls keep what they give today. Every name is invented.
"""

from __future__ import annotations

import pytest
from articles import dated_rows, facts_of, holds, make_article

SHOWS = ["Nightjar", "Copper Harbor", "The Salt Ledger"]
NETWORKS = ["Tovrel", "Kestrel One"]
NEWS = "{show} news"

#: (headline, body, (season, kind[, date])): each fails on the base tree.
_ACROSS = [
    (NEWS, "{net} has renewed {show}. The deal covers a fourth season.", (4, "renewed")),
    (NEWS, "{net} has renewed {show}. The order covers a third season of ten episodes.",
     (3, "renewed")),
    (NEWS, "{net} renewed {show} on Tuesday. The new season, its third, will shoot in Leeds.",
     (3, "renewed")),
    (NEWS, "{show} returns on June 5. The new season, the show's second, moves to Lisbon.",
     (2, "premiere", "2024-06-05")),
    (NEWS, "{show} will premiere on {net} on June 5. The return, for a second season, was "
     "confirmed on Tuesday.", (2, "premiere", "2024-06-05")),
    (NEWS, "{show} will premiere on {net} on June 5. The new season, the second, has eight "
     "episodes.", (2, "premiere", "2024-06-05")),
    (NEWS, "{show} has started filming. The shoot, for the third season, runs to August.",
     (3, "filming_started")),
    (NEWS, "{show} has started filming in Leeds. Production on the third season runs to "
     "August.", (3, "filming_started")),
    (NEWS, "Cameras are rolling on {show}. The new season, its third, shoots in Leeds.",
     (3, "filming_started")),
    (NEWS, "{show} has wrapped filming. The shoot, for the third season, lasted five months.",
     (3, "filming_wrapped")),
    (NEWS, "{net} has set the premiere date for the second season of {show}. The date: June 5.",
     (2, "premiere", "2024-06-05")),
    (NEWS, "{net} has set the premiere date for the second season of {show}. Mark your "
     "calendars: June 5.", (2, "premiere", "2024-06-05")),
]


#: A decision's day told in another sentence (rule ``date.decision_told_across``): each fails
#: on the base tree.
_ACROSS += [
    (NEWS, "{net} has renewed {show} for a third season. The news came on April 30.",
     (3, "renewed", "2024-04-30")),
    ("{show} Renewed for Season 3", "{net} announced the decision on April 30.",
     (3, "renewed", "2024-04-30")),
    (NEWS, "{show} will be back for a third season. {net} made the announcement on April 30.",
     (3, "renewed", "2024-04-30")),
    (NEWS, "{net} has cancelled {show}. The decision was announced on April 30.",
     (None, "cancelled", "2024-04-30")),
    (NEWS, "{show} has been cancelled after two seasons. {net} confirmed the news on April 30.",
     (2, "cancelled", "2024-04-30")),
]


def _facts(body: str, headline: str) -> set[tuple[str, int | None, str, str | None]]:
    return dated_rows(facts_of(body, headline))



@pytest.mark.parametrize("net", NETWORKS)
@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize(("headline", "body", "expected"), _ACROSS)
def test_an_event_takes_what_another_sentence_tells_of_it(
        headline: str, body: str, expected: tuple[object, ...], show: str, net: str) -> None:
    facts = _facts(body.format(show=show, net=net), headline.format(show=show, net=net))
    assert holds(facts, show, expected), facts


#: Controls: (headline, body, (season, kind[, date])) that pass on both trees.
_CONTROLS = [
    # the season tied to the event already read (the base tree's rules)
    (NEWS, "{net} has renewed {show}. The renewal, for season 3, follows a strong spring.",
     (3, "renewed")),
    (NEWS, "{net} has renewed {show}. The series will return for its third season in 2025.",
     (3, "renewed")),
    ("{show} Season 2 Gets Premiere Date", "The show returns on June 5 on {net}.",
     (2, "premiere", "2024-06-05")),
    ("{show} Season 4 Begins Production", "Cameras started rolling on {show} this week in "
     "Leeds.", (4, "filming_started")),
    (NEWS, "{net} has set the premiere date for the second season of {show}. Premiere date: "
     "June 5.", (2, "premiere", "2024-06-05")),
    # a season tied to another event of the show does not move (an aired season does not
    # number the renewal after it either: the article does not say which season it is)
    (NEWS, "{net} has renewed {show}. The second season premiered in March to strong numbers.",
     (None, "renewed")),
    (NEWS, "{net} has renewed {show}. The drama's first season averaged 3 million viewers.",
     (None, "renewed")),
    (NEWS, "{net} has renewed {show}. The order follows the second season's finale.",
     (None, "renewed")),
    (NEWS, "{net} has renewed {show}. The second season, which drew 3 million viewers, ended "
     "in March.", (None, "renewed")),
    (NEWS, "{net} has renewed {show}. The premiere of the second season drew 3 million "
     "viewers.", (3, "renewed")),
    # a decision's day: in its own sentence as before; another event's day is not its
    (NEWS, "{show} has been renewed for a third season, {net} announced on April 30.",
     (3, "renewed", "2024-04-30")),
    (NEWS, "{net} has renewed {show} for a third season. The second season premiered on "
     "April 2.", (3, "renewed", "2024-05")),
    (NEWS, "{net} has renewed {show} for a third season. Filming wrapped on April 2.",
     (3, "renewed", "2024-05")),
    (NEWS, "{net} has renewed {show} for a third season. Dana Holt confirmed it with a photo "
     "of the first take, filmed on April 2.", (3, "renewed", "2024-05")),
    (NEWS, "{net} has renewed {show} for a third season. The news came on January 3.",
     (3, "renewed", "2024-05")),
    # another show's season
    (NEWS, "{net} has renewed {show}. Marsh Light's third season premieres in June.",
     (None, "renewed")),
    (NEWS, "{show} has started filming. {net} renewed Marsh Light for a third season.",
     (None, "filming_started")),
]


@pytest.mark.parametrize("net", NETWORKS)
@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize(("headline", "body", "expected"), _CONTROLS)
def test_controls_keep_what_they_give(headline: str, body: str, expected: tuple[object, ...],
                                      show: str, net: str) -> None:
    facts = _facts(body.format(show=show, net=net), headline.format(show=show, net=net))
    assert holds(facts, show, expected), facts


def test_two_seasons_told_leave_the_event_unnumbered() -> None:
    body = ("Tovrel has renewed Nightjar. The order covers a third season. The deal also "
            "covers a fourth season.")
    assert _facts(body, "Nightjar news") == {("Nightjar", None, "renewed", "2024-05")}


@pytest.mark.xfail(strict=True, reason="the main show's season (season.main_show) still gives "
                   "a shoot the season another event's sentence names (a premiere's)")
def test_a_premiere_season_is_not_the_shoot_before_it() -> None:
    body = "Nightjar has started filming. The premiere, for the third season, is set for May."
    assert ("Nightjar", None, "filming_started", "2024-05") in _facts(body, "Nightjar news")


def test_explain_names_the_rule() -> None:
    from monitor.extract.explain import explain
    _, text = explain(make_article("Tovrel has renewed Nightjar. The order covers a third "
                                   "season of ten episodes.", "Nightjar news"))
    assert "season.event_told_across" in text
