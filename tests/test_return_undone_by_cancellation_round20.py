"""A return the article's cancellation undid is no renewal — round 20 (issue 10, r20kinds).

Sentence by sentence, "the drama was expected to return for a third season" is a renewal (a
return with no time). Read with the rest of the article — "Tovrel has cancelled Glass Harbor
after two seasons" — it is a hope or a plan the cancellation ended, as a premiere plan the
cancellation voided is (``drop.plan_voided``). So a renewal read from a return's words alone,
with no time of its own and no one announcing it, of a show the article cancels as this
month's news, is dropped (``drop.return_undone_by_cancellation``, ``facts._returns_told_again``).
Controls: a revival (the show picked up in a decision's words, or cancelled long before the
return), a return told as past, a return of an earlier season than the one cancelled, and the
cancellation itself, which stays. Every sentence and show is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import Row, facts_of
from articles import rows as rows_of

PUBLISHED = dt.date(2031, 3, 10)
SHOWS = ["Glass Harbor", "Nightjar", "The Salt Road"]
CONTEXT = "{s} is a crime drama on Tovrel. "

CANCELLED = ["Tovrel has cancelled {s} after two seasons.", "{s} has been axed by Tovrel.",
             "Tovrel has pulled the plug on {s}.", "Tovrel cancelled {s} on Monday."]
RETURNS = ["Fans had hoped the drama would return for a third season.",
           "The drama was widely expected to return for a third season.",
           "The drama had been set to return for a third season.",
           "The cast expected the drama to return for a third season.",
           "The drama was supposed to come back for a third season.",
           "Many thought the drama would be back for a third season."]


def _rows(body: str, show: str, headline: str = "") -> set[Row]:
    return rows_of(facts_of(body.format(s=show), headline.format(s=show), PUBLISHED))


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("ret", RETURNS)
@pytest.mark.parametrize("cancelled", CANCELLED)
def test_a_return_the_cancellation_undid_is_no_renewal(cancelled: str, ret: str,
                                                       show: str) -> None:
    rows = _rows(f"{CONTEXT}{cancelled} {ret}", show)
    assert any(r[0] == show and r[2] == "cancelled" for r in rows)
    assert not {r for r in rows if r[2] == "renewed"}


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("ret", RETURNS)
@pytest.mark.parametrize("headline", ["{s} Cancelled At Tovrel", "Tovrel axes {s}"])
def test_under_a_cancelling_headline(headline: str, ret: str, show: str) -> None:
    rows = _rows(f"{CONTEXT}{ret}", show, headline)
    assert any(r[0] == show and r[2] == "cancelled" for r in rows)
    assert not {r for r in rows if r[2] == "renewed"}


# --- controls: what each keeps today --------------------------------------------------------

@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("body", [
    # a revival: the pick-up in a decision's words
    "Tovrel cancelled {s} on Monday. Kestrel has picked up the drama for a third season, and "
    "it will return for a third season on Kestrel.",
    # a cancellation long before the return
    "{s} is back for a third season. Tovrel cancelled the drama in 2029, and Kestrel picked "
    "it up.",
    "{s} will return for a third season. Tovrel cancelled the drama in 2029.",
])
def test_a_revival_keeps_its_renewal(body: str, show: str) -> None:
    assert (show, 3, "renewed") in _rows(body, show)


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("body, kept", [
    ("{s} returned for a second season. Tovrel has now cancelled the drama.", "renewed"),
    ("{s} was back for a second season. Tovrel has now cancelled the drama.", "renewed"),
    ("Tovrel has axed {s}. The series returned for its second season in January.",
     "premiere"),
])
def test_a_return_told_as_past_stays(body: str, kept: str, show: str) -> None:
    assert (show, 2, kept) in _rows(body, show)


@pytest.mark.parametrize("show", SHOWS)
def test_a_return_alone_stays_a_renewal(show: str) -> None:
    assert (show, 3, "renewed") in _rows("{s} will return for a third season.", show)


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("cancelled", CANCELLED)
def test_the_cancellation_stays(cancelled: str, show: str) -> None:
    assert any(r[0] == show and r[2] == "cancelled" for r in _rows(CONTEXT + cancelled, show))
