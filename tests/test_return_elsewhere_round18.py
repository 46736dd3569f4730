"""A return to a ranking, to work or to a stage is no premiere — round 18 (issue 10, r18false).

"X returns to the top of the streaming charts this week" and "X will return to filming in
Belfast next month" gave the show a premiere (of this week, of next month): the return word
read as the season's, though nothing comes back on air. Rule ``drop.return_elsewhere``: a
return to a ranking (the top, No. 1, the charts, a top 10), to work (filming, production, the
set, the studio) or to a stage or a form ("its roots"). Controls: a return on a day, to a
network, to screens or the schedule, for a season. Every sentence and show is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of

PUBLISHED = dt.date(2031, 3, 10)
TITLES = ["Harrow Lane", "The Salt Road", "Quillon"]
ABOUT = " The drama {t} follows two brothers who run a ferry on Lake Erie."

Row = tuple[str, int | None, str, str | None]


def _facts(body: str, title: str) -> set[Row]:
    text = body.format(t=title) + ABOUT.format(t=title)
    return {(f.show, f.season, f.kind, f.date) for f in facts_of(text, "", PUBLISHED)}


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("body", [
    "{t} returns to the top of the streaming charts this week.",
    "{t} returns to Kestrel's top 10 this week.",
    "{t} returns to No. 1 in the ratings this week.",
    "{t} will return to filming in Belfast next month.",
    "{t} returns to production in June after the strike.",
    "{t} star Mara Quill returns to the stage in June.",
    "{t} is returning to its roots in June.",
], ids=["top-of-charts", "network-top-10", "number-one", "filming-next-month",
        "production-in-june", "star-to-the-stage", "roots"])
def test_a_return_elsewhere_is_no_premiere(body: str, title: str) -> None:
    assert not {r for r in _facts(body, title) if r[2] in ("premiere", "renewed")}


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("body, expected", [
    ("{t} returns on June 4.", ("premiere", "2031-06-04")),
    ("{t} returns to Kestrel on June 4.", ("premiere", "2031-06-04")),
    ("{t} returns to screens on June 4.", ("premiere", "2031-06-04")),
    ("{t} returns for its third season on June 4.", ("premiere", "2031-06-04")),
    ("{t} returns to the top of Kestrel's schedule on June 4 with its third season.",
     ("premiere", "2031-06-04")),
], ids=["on-a-day", "to-a-network", "to-screens", "for-a-season", "top-of-schedule"])
def test_a_return_on_air_stays(body: str, expected: tuple[str, str], title: str) -> None:
    assert expected in {(r[2], r[3]) for r in _facts(body, title) if r[0] == title}


@pytest.mark.parametrize("title", TITLES)
def test_a_return_for_a_season_stays_a_renewal(title: str) -> None:
    assert (title, 3, "renewed", "2031-03") in _facts("{t} will return for a third season.", title)
