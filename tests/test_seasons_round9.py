"""Seasons and dates from context, round 9 (issue 10): the season an article is about, carried
to the sentences that name none. Every sentence is written for this test about invented
shows."""

from __future__ import annotations

import datetime as dt

import pytest
from articles import DatedRow, dated_rows, facts_of

PUBLISHED = dt.date(2024, 5, 10)


def _facts(title: str, text: str) -> set[DatedRow]:
    return dated_rows(facts_of(text, title, PUBLISHED))


# --- the season the article is about: its lead's news, not the season named most often -----


def test_the_leads_season_outweighs_history_named_more_often() -> None:
    # the first series is named three times (awards, cast), the news is the second
    facts = _facts("BBC Two confirms hit drama Tin Roof will return",
                   "BBC Two has confirmed the thriller is coming back for a second series. "
                   "Tin Roof's first series won two awards. The first series of Tin Roof "
                   "starred Maya Lind. Tin Roof's first series was shot in Hull.")
    assert ("Tin Roof", 2, "renewed", "2024-05") in facts
    assert not any(season == 1 and kind == "renewed" for _, season, kind, _ in facts)


def test_a_sentence_without_a_season_takes_the_leads() -> None:
    facts = _facts("Salt Road: what we know",
                   "Netflix has ordered a third season of its hospital drama. Salt Road's "
                   "second season was a hit, and Salt Road's second season cast is back. "
                   "Salt Road will begin filming in Dublin in August.")
    assert ("Salt Road", 3, "filming_started", "2024-08") in facts


def test_a_lead_naming_two_seasons_decides_nothing() -> None:
    # "the second season" aired, "a third" is ordered: no single season, the count decides
    facts = _facts("Salt Road: what we know",
                   "After the second season of the hospital drama drew well, Netflix ordered "
                   "a third. Salt Road's second season was a hit. Salt Road's second season "
                   "cast is back. Salt Road begins filming in August.")
    assert ("Salt Road", 2, "filming_started", "2024-08") in facts


def test_a_headline_naming_seasons_keeps_its_say() -> None:
    # the headline names seasons 8 and 9: the lead's season 7 premiere is no article season
    facts = _facts("Glass Harbor: seasons 8 and 9 ordered at once",
                   "The seventh season of Glass Harbor kicks off tonight. Glass Harbor "
                   "season 8 will have ten episodes. Glass Harbor season 8 will be hosted by "
                   "Maya Lind. The renewal comes as no surprise.")
    assert any(f[:3] == ("Glass Harbor", 8, "renewed") for f in facts)
    assert not any(season == 7 and kind == "renewed" for _, season, kind, _ in facts)


def test_a_lead_telling_an_earlier_season_is_history() -> None:
    # the lead names the fourth season as aired; the article names the fifth: the news is the
    # fifth's, the fourth is history
    facts = _facts("Glass Harbor completes filming its final season",
                   "The showrunner confirmed that Glass Harbor has officially wrapped. A year "
                   "after the show's fourth season premiered, filming has finished. Glass "
                   "Harbor season 5 will be its last. Glass Harbor season 5 stars Maya Lind.")
    assert any(f[:3] == ("Glass Harbor", 5, "filming_wrapped") for f in facts)
    assert not any(f[1:3] == (4, "filming_wrapped") for f in facts)


# --- a season the time order rules out ------------------------------------------------------


def test_a_wrap_before_the_main_seasons_shoot_is_the_season_before() -> None:
    facts = _facts("Glass Harbor season 3 to start filming next month",
                   "Glass Harbor may only have returned to our screens in March, but filming "
                   "had wrapped in November 2023.")
    assert ("Glass Harbor", 2, "filming_wrapped", "2023-11") in facts
    assert not any(f[1:3] == (3, "filming_wrapped") for f in facts)


def test_a_wrap_in_an_article_about_the_wrap_stays_the_main_seasons() -> None:
    # the headline tells the wrap itself: "in late April" is the main season's own
    facts = _facts("Glass Harbor season 3 finishes filming",
                   "The showrunner said his goodbyes as he announced the end of filming on "
                   "Glass Harbor in late April.")
    assert any(f[1:3] == (3, "filming_wrapped") for f in facts)
    assert not any(f[1:3] == (2, "filming_wrapped") for f in facts)


def test_a_concession_grants_the_premiere_it_tells() -> None:
    # "may have only returned ..., but": a concession, not a hedge; the return came before
    # the main season's shoot, so it is the season before
    facts = _facts("Glass Harbor season 3 to start filming next month",
                   "Glass Harbor might have just returned to our screens in March, but its "
                   "writers are already back at work.")
    assert ("Glass Harbor", 2, "premiere", "2024-03") in facts


def test_may_without_a_concession_stays_a_hedge() -> None:
    facts = {(f.show, f.season, f.kind, f.certainty) for f in facts_of(
        "Glass Harbor season 2 may have its premiere in June on Netflix.",
        "Glass Harbor season 2: what we know", PUBLISHED)}
    assert ("Glass Harbor", 2, "premiere", "speculative") in facts


# --- a season without a number: counted from the run so far ---------------------------------


@pytest.mark.parametrize(("text", "season"), [
    ("After three seasons on Netflix, Glass Harbor will return for a new season.", 4),
    ("Glass Harbor has been renewed for another season after three seasons on Hulu.", 4),
    ("Glass Harbor, which has now run for five seasons, has been renewed for another "
     "season.", 6),
    ("Netflix renewed Glass Harbor while its second season was still airing.", 3),
])
def test_a_numberless_renewal_follows_the_run_so_far(text: str, season: int) -> None:
    assert any(f[:3] == ("Glass Harbor", season, "renewed") for f in _facts("", text))


def test_a_numberless_renewal_with_no_run_counted_stays_unnumbered() -> None:
    facts = _facts("", "Netflix has renewed Glass Harbor for a new season.")
    assert any(f[:3] == ("Glass Harbor", None, "renewed") for f in facts)
