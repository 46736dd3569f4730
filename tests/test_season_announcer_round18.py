"""A name that announces or airs a season is the network, not the show — round 18 (issue 10,
r18false).

A network no list holds, as the subject of "confirmed a third season of X", "announced a
second season of X" or "will premiere the third season of X", was kept as a title and took
the fact (the renewal went to "Kestrel", with no season; X got nothing): the sealed fold's
largest class of false facts is names no label has. Title rule
``title.veto.season_announcer``: such a subject hands out or airs seasons, as a renewal's
subject does (``title.veto.decider``). Controls: a show premiering its own season, a name
written as a show elsewhere, a renewal's subject. Every sentence and name is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of

PUBLISHED = dt.date(2031, 3, 10)
TITLES = ["Harrow Lane", "Quillon"]
NETWORKS = ["Kestrel", "Tvora Plus", "Canal Ocho"]

Row = tuple[str, int | None, str]


def _facts(body: str, headline: str = "") -> set[Row]:
    return {(f.show, f.season, f.kind) for f in facts_of(body, headline, PUBLISHED)}


@pytest.mark.parametrize("network", NETWORKS)
@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("body, season", [
    ("{n} confirmed a third season of {t} and announced its premiere date.", 3),
    ("{n} announced a second season of {t} on Monday.", 2),
    ("{n} announced a fourth season of {t}, its biggest hit.", 4),
], ids=["confirmed-a-season-of", "announced-a-season-of", "announced-with-aside"])
def test_the_announcer_is_no_show_and_the_show_gets_the_renewal(
        body: str, season: int, title: str, network: str) -> None:
    facts = _facts(body.format(n=network, t=title))
    assert (title, season, "renewed") in facts
    assert not {r for r in facts if r[0] == network}


@pytest.mark.parametrize("network", NETWORKS)
@pytest.mark.parametrize("title", TITLES)
def test_the_network_airing_a_season_takes_no_premiere(title: str, network: str) -> None:
    facts = _facts(f"{network} will premiere the third season of {title} on June 4.")
    assert not {r for r in facts if r[0] == network}


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("body, expected", [
    ("{t} premiered its second season in March, as the network had planned.",
     ("{t}", 2, "premiere")),
    ("{t} debuted its third season on Kestrel in March.", ("{t}", 3, "premiere")),
    ("Kestrel has renewed {t} for a third season.", ("{t}", 3, "renewed")),
    ("Kestrel has confirmed a third season of {t}.", ("{t}", 3, "renewed")),
    ("Season 3 of {t} was confirmed in March.", ("{t}", 3, "renewed")),
    ("Kestrel officially announced a fourth season of {t}.", ("{t}", 4, "renewed")),
], ids=["own-season-premiered", "own-season-debuted", "renewal-subject", "has-confirmed",
        "passive-confirmed", "officially-announced"])
def test_controls(body: str, expected: tuple[str, int, str], title: str) -> None:
    show, season, kind = expected
    assert (show.format(t=title), season, kind) in _facts(body.format(t=title))


def test_a_show_that_announces_is_still_a_show_when_written_as_one() -> None:
    body = ("Harrow Lane has been renewed for a third season. Harrow Lane announced a "
            "second season of its podcast too.")
    assert ("Harrow Lane", 3, "renewed") in _facts(body)
