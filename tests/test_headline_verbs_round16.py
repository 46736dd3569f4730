"""A title-case headline's unquoted title and the news after it, round 16 (branch s16verbs).

A headline run joins the show to the words after it ("Salt Road Not Renewed", "Salt Road
Picked Up For Season 2"): a denial or a verb phrase after the title ends it, so the show keeps
its name and a denied decision gives no renewal; a run the body writes whole ("Never Have I
Ever", "Picked Up" as a show's name) or one a denial opens ("Not Dead Yet") keeps its words.
Every show and sentence is invented for this test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of

PUBLISHED = dt.date(2031, 3, 10)
URL = "https://news.example/r16v"


def _kinds(headline: str, body: str) -> set[tuple[str, str]]:
    return {(f.show, f.kind) for f in facts_of(body, headline, PUBLISHED, URL)}


_ABOUT = "Salt Road follows two sisters who run a trucking firm in Nevada."


@pytest.mark.parametrize("headline", [
    "Salt Road Not Renewed For Season 3",
    "Salt Road Not Renewed At Netflix",
    "Salt Road Never Renewed For Season 3",
    "Salt Road Isn't Renewed For Season 3",
])
def test_a_denied_renewal_in_a_headline_renews_nothing(headline: str) -> None:
    kinds = _kinds(headline, _ABOUT)
    assert not {k for _, k in kinds} & {"renewed"}, kinds
    assert all(show == "Salt Road" for show, _ in kinds), kinds


def test_a_headline_renewal_denied_is_a_cancellation() -> None:
    kinds = _kinds("Salt Road Not Renewed For Season 3", _ABOUT)
    assert kinds == {("Salt Road", "cancelled")}, kinds


@pytest.mark.parametrize("headline,lead", [
    ("Salt Road Not Renewed For Season 3 Yet", ""),
    ("TV news", "If Salt Road is not renewed for a third season, the cast will move on."),
    ("TV news", "Salt Road has not been renewed for a third season yet."),
])
def test_a_renewal_still_open_is_no_cancellation(headline: str, lead: str) -> None:
    kinds = _kinds(headline, f"{lead} {_ABOUT}".strip())
    assert not {k for _, k in kinds} & {"renewed", "cancelled"}, kinds


def test_a_denied_cancellation_in_a_headline_cancels_nothing() -> None:
    kinds = _kinds("Salt Road Not Cancelled, Netflix Says", _ABOUT)
    assert not {k for _, k in kinds} & {"cancelled"}, kinds
    assert all(show == "Salt Road" for show, _ in kinds), kinds


@pytest.mark.parametrize("headline,kind", [
    ("Salt Road Picked Up For Season 2 At Netflix", "renewed"),
    ("Salt Road Greenlit For Second Season", "renewed"),
    ("Salt Road Coming Back For Season 2", "renewed"),
    ("Salt Road Returning For Season 2", "renewed"),
    ("Salt Road Confirmed For Season 2", "renewed"),
    ("Salt Road Scores Season 2 Renewal", "renewed"),
    ("Salt Road Won't Get Season 3", "cancelled"),
    ("Netflix Drops Salt Road After Two Seasons", "cancelled"),
    ("Netflix Kills Salt Road After Two Seasons", "cancelled"),
])
def test_a_verb_phrase_after_the_title_ends_it(headline: str, kind: str) -> None:
    assert ("Salt Road", kind) in _kinds(headline, _ABOUT)


@pytest.mark.parametrize("headline,show,body", [
    ("Never Have I Ever Renewed For Season 4", "Never Have I Ever",
     "Never Have I Ever follows a girl who keeps a list."),
    ("'Not Dead Yet' Renewed For Season 3", "Not Dead Yet",
     "The comedy stars Jane Doe as a ghost writer."),
    ("'After Life' Renewed For Season 3", "After Life",
     "After Life follows a widower in a small town."),
    ("Salt Road Won't Stop Renewed For Season 2", "Salt Road Won't Stop",
     "Salt Road Won't Stop follows two sisters on the road."),
    ("Picked Up Renewed For Season 2", "Picked Up",
     "Picked Up follows a tow truck driver in Ohio."),
    ("The World Ends With Us Renewed For Season 2", "The World Ends With Us",
     "The World Ends With Us follows a courier after a flood."),
    ("Salt Road After Dark Renewed For Season 2", "Salt Road After Dark",
     "Salt Road After Dark follows two sisters at night."),
    ("Tell Me No Stories Renewed For Season 2", "Tell Me No Stories",
     "Tell Me No Stories follows a family of liars."),
])
def test_a_title_holding_such_words_keeps_its_name(headline: str, show: str,
                                                   body: str) -> None:
    assert (show, "renewed") in _kinds(headline, body)
