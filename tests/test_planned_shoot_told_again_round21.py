"""A headline's planned shoot is the shoot the body dates, not a renewal — round 21 (issue 10,
r21kinds).

``kind.planned_shoot_is_renewal`` reads a headline's undated planned shoot ("Glass Harbor to
film season 2 in Lisbon") as the season's renewal: alone, it says the season exists. When the
body dates that season's shoot ("Filming on season 2 begins in March"), the headline tells the
same shoot, and the labelling guide gives no renewal for it (a planned shoot puts the season on
the board); main gave an undated renewal beside the dated shoot. Now it merges into the shoot
(``kind.planned_shoot_told_again``). Controls (pass on main too): the headline alone keeps its
renewal; a renewal the body tells in a decision's words stays. Every sentence and show is
invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import dated_rows, facts_of

PUBLISHED = dt.date(2031, 11, 20)
SHOWS = ["Glass Harbor", "Nightjar", "The Quiet Orchard"]
HEADLINES = ["{s} to film season 2 in Lisbon", "{s} Will Film Second Season In Lisbon",
             "{s} to shoot second season in Wales", "{s} set to film season 2 in Leeds"]
TOLD = {
    "a plan with a year": ("Production on the second season is scheduled to start in early "
                           "2032.", "2032"),
    "a month": ("Filming on season 2 begins in March.", "2032-03"),
    "an apposition": ("The production, scheduled to start in early 2032, will employ local "
                      "crews.", "2032"),
    "cameras": ("Cameras will roll on the new season in the spring.", "2032-SP"),
    "the season as subject": ("The drama's second season starts filming in January.",
                              "2032-01"),
}
CONTEXT = "{s} is a drama on Tovrel. "


def _rows(body: str, headline: str, show: str) -> set[tuple[str, int | None, str, str | None]]:
    return dated_rows(facts_of(CONTEXT.format(s=show) + body.format(s=show),
                               headline.format(s=show), PUBLISHED))


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("headline", HEADLINES)
@pytest.mark.parametrize("told", list(TOLD), ids=list(TOLD))
def test_the_body_dating_the_shoot_makes_the_headline_the_shoot(told: str, headline: str,
                                                                show: str) -> None:
    body, date = TOLD[told]
    assert _rows(body, headline, show) == {(show, 2, "filming_started", date)}


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("headline", HEADLINES)
def test_the_headline_alone_is_still_the_renewal(headline: str, show: str) -> None:
    assert _rows("The cast is back, the producers said.", headline, show) == {
        (show, 2, "renewed", None)}


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("headline", HEADLINES)
def test_a_renewal_the_body_tells_stays(headline: str, show: str) -> None:
    assert _rows("Tovrel renewed {s} for a second season in May. Filming begins in March.",
                 headline, show) == {(show, 2, "renewed", "2031-05"),
                                     (show, 2, "filming_started", "2032-03")}
