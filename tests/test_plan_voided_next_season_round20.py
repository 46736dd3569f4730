"""A cancellation after season N voids season N+1's premiere plan — round 20 (issue 10,
r20kinds).

``drop.plan_voided`` drops a premiere plan the article's cancellation undid ("Tovrel cancelled
Glass Harbor; its third season had been set to premiere October 1"), matched on the season the
cancellation gives. A cancellation carries the last season made ("cancelled after two
seasons" is season 2), so the plan of the season after it ("the third season was due to
premiere in June") slipped through as an expected premiere of a season that will not be made.
Controls: a premiere plan in force (no voided wording) beside the cancellation, and a voided
plan of the season itself, as before. Every sentence and show is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import Row, facts_of
from articles import rows as rows_of

PUBLISHED = dt.date(2031, 3, 10)
SHOWS = ["Glass Harbor", "Nightjar", "The Salt Road"]
CONTEXT = "{s} is a crime drama on Tovrel. "
CANCELLED = ["Tovrel has cancelled {s} after two seasons.",
             "{s} has been cancelled by Tovrel after two seasons.",
             "Tovrel has axed {s} after its second season."]
PLANS = ["The third season was due to premiere in June.",
         "The drama was expected to return for a third season in June.",
         "Its third season had been set to premiere on June 4.",
         "The third season had been slated to debut in June."]


def _rows(body: str, show: str) -> set[Row]:
    return rows_of(facts_of(body.format(s=show), "", PUBLISHED))


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("plan", PLANS)
@pytest.mark.parametrize("cancelled", CANCELLED)
def test_the_next_seasons_plan_is_voided(cancelled: str, plan: str, show: str) -> None:
    rows = _rows(CONTEXT + f"{cancelled} {plan}", show)
    assert (show, 2, "cancelled") in rows
    assert not {r for r in rows if r[2] == "premiere"}


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("cancelled", CANCELLED)
def test_a_plan_in_force_stays(cancelled: str, show: str) -> None:
    rows = _rows(CONTEXT + f"{cancelled} Its final episodes air on June 4.", show)
    assert (show, 2, "cancelled") in rows


@pytest.mark.parametrize("show", SHOWS)
def test_the_seasons_own_plan_is_voided_as_before(show: str) -> None:
    rows = _rows(CONTEXT + "Tovrel cancelled {s} on Monday. Its third season had been set to "
                 "premiere on October 1.", show)
    assert not {r for r in rows if r[2] == "premiere"}
