"""A season told right next to an event by reference, with no word of the event, round 21
(branch r21seasons).

"Nightjar has started filming in Leeds. Its third season is set in Lisbon.": round 20's
``season.event_told_across`` gives an event naming no season the one season a nearby sentence
tells for it only when that sentence names the show or opens on the event's noun and holds a
word of the event; a sentence telling the season by reference ("Its third season", "The
drama's third season", "Season 3", "The third season") and what it is about left the shoot
unnumbered. Rule ``season.season_told_next_to_event``: when nothing else gave a season, the
sentence right before or after the event's, naming no show, opening on one season by
reference, told in the present or ahead (no "was", no season told as aired) and holding no
trigger of any kind, gives it.

Every name is invented.
"""

from __future__ import annotations

import pytest
from articles import DatedRow, dated_rows, facts_of, make_article

SHOWS = ["Nightjar", "Copper Harbor", "The Salt Ledger"]
NETWORKS = ["Tovrel", "Kestrel One"]
NEWS = "{show} news"

#: (headline, body, (season, kind, date)): each fails on the base tree.
_NEXT = [
    (NEWS, "{show} has started filming in Leeds. Its third season is set in Lisbon.",
     (3, "filming_started", "2024-05")),
    (NEWS, "{show} returns on June 5. Its third season picks up where the second left off.",
     (3, "premiere", "2024-06-05")),
    (NEWS, "Cameras are rolling on {show} in Leeds. The third season follows Mara to Lisbon.",
     (3, "filming_started", "2024-05")),
    (NEWS, "{show} has wrapped filming in Leeds. Season 3 follows Mara to Lisbon.",
     (3, "filming_wrapped", "2024-05")),
    (NEWS, "The drama's third season is set in Lisbon. {show} has started filming in Leeds.",
     (3, "filming_started", "2024-05")),
    (NEWS, "{show} will begin filming on {net} sets in June. Its fourth season adds Dana Holt "
     "to the cast.", (4, "filming_started", "2024-06")),
    (NEWS, "{show} returns on June 5. The 3rd season finds Mara in Lisbon.",
     (3, "premiere", "2024-06-05")),
]


def _facts(body: str, headline: str) -> set[DatedRow]:
    return dated_rows(facts_of(body, headline))


@pytest.mark.parametrize("net", NETWORKS)
@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize(("headline", "body", "expected"), _NEXT)
def test_the_season_told_next_to_the_event_is_its(headline: str, body: str,
                                                  expected: tuple[int, str, str], show: str,
                                                  net: str) -> None:
    facts = _facts(body.format(show=show, net=net), headline.format(show=show, net=net))
    assert (show, *expected) in facts, facts


#: Controls: (headline, body, (season, kind, date)) that pass on both trees.
_CONTROLS = [
    # an earlier season told in the past, or as aired, is not the event's
    (NEWS, "{show} has started filming in Leeds. Its second season was set in Lisbon.",
     (None, "filming_started", "2024-05")),
    (NEWS, "{show} has started filming in Leeds. Its second season drew three million viewers.",
     (None, "filming_started", "2024-05")),
    (NEWS, "{show} returns on June 5. Its second season premiered in 2022.",
     (3, "premiere", "2024-06-05")),
    # another show's season
    (NEWS, "{show} returns on June 5. Marsh Light's third season is set in Lisbon.",
     (None, "premiere", "2024-06-05")),
    (NEWS, "{show} has started filming in Leeds. The second season of Marsh Light is set in "
     "Lisbon.", (None, "filming_started", "2024-05")),
    # a sentence between: only the one right next to the event
    (NEWS, "{show} has started filming in Leeds. The cast is led by Dana Holt. Its third season "
     "is set in Lisbon.", (None, "filming_started", "2024-05")),
    # already read (season.event_of_the_season_named, the base tree's rules)
    (NEWS, "{net} has renewed {show}. Its third season will follow Mara to Lisbon.",
     (3, "renewed", "2024-05")),
]


@pytest.mark.parametrize("net", NETWORKS)
@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize(("headline", "body", "expected"), _CONTROLS)
def test_controls_keep_what_they_give(headline: str, body: str,
                                      expected: tuple[int | None, str, str], show: str,
                                      net: str) -> None:
    facts = _facts(body.format(show=show, net=net), headline.format(show=show, net=net))
    assert (show, *expected) in facts, facts


@pytest.mark.xfail(strict=True, reason="'the finale' in the season's sentence reads as a season "
                   "told as aired (AIRED_SEASON_RE), though it is the previous season's finale")
def test_a_finale_named_as_a_time_reference() -> None:
    body = ("Nightjar returns on June 5. The drama's third season is set a year after the "
            "events of the finale.")
    assert ("Nightjar", 3, "premiere", "2024-06-05") in _facts(body, "Nightjar news")


def test_explain_names_the_rule() -> None:
    from monitor.extract.explain import explain
    _, text = explain(make_article("Nightjar has started filming in Leeds. Its third season is "
                                   "set in Lisbon.", "Nightjar news"))
    assert "season.season_told_next_to_event" in text
