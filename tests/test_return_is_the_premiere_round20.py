"""A return told again beside its premiere date is that premiere, not a renewal — round 20
(issue 10, r20kinds).

Sentence by sentence, "X will return for a third season" is a renewal (round 18's reading of a
return with no time). The article as a whole often says otherwise: when it gives the same
season a premiere month or day still to come, the return is the premiere told again ("Glass
Harbor will return for a third season. The third season premieres June 4."), and handing over
a renewal dated the publication month reports a decision nobody made that month. So a renewal
read from a return's words alone, with no time of its own and no one announcing it, merges
into the show's premiere (``kind.return_is_the_premiere``, ``facts._returns_told_again``); so
does a planned ending's ("will end with its fifth season": the season is scheduled, the ending
decided long before). Controls: a renewal told with a decision's words or announced, a return
of another season than the premiere's, a premiere already past, a premiere with no month (a
year, a season of the year: the labels give both there) or only guessed, a return or an ending
alone, an ending announced. Every sentence and show is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import Row, facts_of
from articles import rows as rows_of

PUBLISHED = dt.date(2031, 3, 10)
SHOWS = ["Glass Harbor", "Nightjar", "The Salt Road"]
CONTEXT = "{s} is a crime drama on Tovrel. "

RETURNS = ["{s} will return for a third season.", "{s} is coming back for a third season.",
           "{s} will be back for a third season.", "{s} returns for a third season.",
           "{s} is set to return for a third season.", "{s} is returning for a third season.",
           "{s} will return for season 3.", "{s} is coming back."]
PREMIERES = ["The third season premieres June 4 on Tovrel.",
             "Season 3 debuts on Tovrel on June 4.",
             "The new season arrives on Tovrel on Thursday, June 4.",
             "The drama's third season will premiere on Tovrel on June 4, 2031.",
             "{s} season 3 premieres June 4 on Tovrel.",
             "The third season premieres in June on Tovrel.",
             "The drama premieres June 4 on Tovrel."]


def _rows(body: str, show: str, headline: str = "") -> set[Row]:
    return rows_of(facts_of(body.format(s=show), headline.format(s=show), PUBLISHED))


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("premiere", PREMIERES)
@pytest.mark.parametrize("ret", RETURNS)
@pytest.mark.parametrize("order", ["return-first", "premiere-first"])
def test_a_return_beside_its_premiere_day_is_the_premiere(order: str, ret: str, premiere: str,
                                                           show: str) -> None:
    body = CONTEXT + (f"{ret} {premiere}" if order == "return-first" else f"{premiere} {ret}")
    rows = _rows(body, show)
    assert rows & {(show, 3, "premiere"), (show, None, "premiere")}
    assert not {r for r in rows if r[2] == "renewed"}


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("premiere", PREMIERES)
@pytest.mark.parametrize("headline", ["{s} Will Return For A Third Season",
                                      "{s} is coming back for season 3"])
def test_a_headline_return_over_a_premiere_day(headline: str, premiere: str,
                                               show: str) -> None:
    rows = _rows(CONTEXT + premiere, show, headline)
    assert rows & {(show, 3, "premiere"), (show, None, "premiere")}
    assert not {r for r in rows if r[2] == "renewed"}


# --- controls: what each keeps today --------------------------------------------------------

@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("renewal", [
    "Tovrel has renewed {s} for a third season.",
    "{s} has been picked up for a third season.",
    "Tovrel announced that {s} will return for a third season.",
    "{s} will return for a third season, Tovrel confirmed on Monday.",
    "{s} is officially coming back for a third season.",
])
@pytest.mark.parametrize("premiere", PREMIERES[:2])
def test_a_renewal_told_as_a_decision_stays_beside_the_premiere(renewal: str, premiere: str,
                                                                show: str) -> None:
    rows = _rows(CONTEXT + f"{renewal} {premiere}", show)
    assert {(show, 3, "renewed"), (show, 3, "premiere")} <= rows


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("ret", RETURNS[:4])
@pytest.mark.parametrize("premiere, season", [
    ("Season 2 premieres June 4 on Tovrel.", 2),  # another season's premiere
    ("The second season premiered on Tovrel on January 4.", 2),  # past
])
def test_a_return_of_another_season_stays_a_renewal(ret: str, premiere: str, season: int,
                                                    show: str) -> None:
    rows = _rows(CONTEXT + f"{premiere} {ret}", show)
    assert (show, 3, "renewed") in rows
    assert (show, season, "premiere") in rows


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("ret", RETURNS[:4])
@pytest.mark.parametrize("premiere", [
    "The third season premieres later this year on Tovrel.",  # no month
    "The third season will premiere in 2031.",
    "The third season will premiere this fall.",
    "The third season could premiere on June 4.",  # a guess
])
def test_a_return_beside_a_premiere_with_no_month_stays_a_renewal(ret: str, premiere: str,
                                                                show: str) -> None:
    assert (show, 3, "renewed") in _rows(CONTEXT + f"{ret} {premiere}", show)


@pytest.mark.parametrize("show", SHOWS)
def test_a_renewal_and_a_dated_premiere_both_stay(show: str) -> None:
    body = CONTEXT + ("Tovrel renewed {s} for a fourth season on Monday. "
                      "The third season premieres June 4.")
    rows = _rows(body, show)
    assert {(show, 4, "renewed"), (show, 3, "premiere")} <= rows


@pytest.mark.parametrize("show", SHOWS)
def test_a_return_alone_stays_a_renewal(show: str) -> None:
    assert (show, 3, "renewed") in _rows(CONTEXT + RETURNS[0], show)


ENDINGS = ["{s} will end with its fifth season.", "{s} will conclude with its fifth season.",
           "{s} is set to end with a fifth and final season.",
           "{s} is going to end with its fifth season."]
FINAL_PREMIERES = ["The fifth season premieres June 4 on Tovrel.",
                   "The final season premieres June 4 on Tovrel.",
                   "Season 5 arrives on Tovrel in June."]


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("premiere", FINAL_PREMIERES)
@pytest.mark.parametrize("ending", ENDINGS)
def test_a_planned_ending_beside_its_premiere_date_is_the_premiere(ending: str, premiere: str,
                                                                   show: str) -> None:
    rows = _rows(CONTEXT + f"{ending} {premiere}", show)
    assert (show, 5, "premiere") in rows
    assert not {r for r in rows if r[2] == "renewed"}


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("ending", [
    "Tovrel announced that {s} will end with its fifth season.",
    "In January, Tovrel said {s} would come to an end with its fifth season.",
    "{s} will end with its fifth season, Tovrel confirmed.",
])
def test_an_announced_ending_stays_a_renewal(ending: str, show: str) -> None:
    rows = _rows(CONTEXT + f"{ending} {FINAL_PREMIERES[0]}", show)
    assert {(show, 5, "renewed"), (show, 5, "premiere")} <= rows


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("ending", ENDINGS)
def test_a_planned_ending_alone_stays_a_renewal(ending: str, show: str) -> None:
    assert (show, 5, "renewed") in _rows(CONTEXT + ending, show)


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("ending", ENDINGS[:2])
def test_a_planned_ending_beside_a_cancellation_is_left_as_it_is(ending: str,
                                                                 show: str) -> None:
    rows = _rows(CONTEXT + f"Tovrel has cancelled {show}. {ending}", show)
    assert (show, 5, "renewed") in rows


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("decision", ["Tovrel renewed the drama in May.",
                                      "Status: Renewed", "Tovrel has renewed the drama."])
def test_a_return_beside_a_renewal_told_elsewhere_stays(decision: str, show: str) -> None:
    body = CONTEXT + f"{RETURNS[0]}\n\n{decision}\n\n{PREMIERES[0]}"
    rows = _rows(body, show)
    assert {(show, 3, "renewed"), (show, 3, "premiere")} <= rows
