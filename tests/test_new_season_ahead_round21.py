"""'The new season' after a season the article tells as aired is the season ahead, round 21
(branch r21seasons).

"Tovrel renewed Nightjar for a third season. The second season premiered in May. The new
season will begin filming in June.": ``season.recent_in_paragraph`` gave "the season" of the
main show the season the paragraph last named (2, told as aired), so the shoot of the new
season was numbered 2. Rule ``season.new_season_after_aired``: "the new / upcoming / next
season (series)" of the main show, when the paragraph's last season named is one the article
tells as aired, is the highest season the article names above it, else, for a premiere or a
shoot still to come, the one after it. "The season" alone keeps reading the season just
named (controls).

Every name is invented.
"""

from __future__ import annotations

import pytest
from articles import DatedRow, dated_rows, facts_of, holds, make_article

SHOWS = ["Nightjar", "Copper Harbor", "The Salt Ledger"]
NETWORKS = ["Tovrel", "Kestrel One"]
NEWS = "{show} news"

#: (headline, body, (season, kind[, date])): each fails on the base tree.
_AHEAD = [
    (NEWS, "{net} renewed {show} for a third season. The second season premiered in May. The "
     "new season will begin filming in June.", (3, "filming_started", "2024-06")),
    (NEWS, "{net} renewed {show} for a third season. The second season premiered in May. The "
     "upcoming season will begin filming in June.", (3, "filming_started", "2024-06")),
    (NEWS, "{net} renewed {show} for a third season. The second season premiered in May. "
     "Filming on the new season begins in June.", (3, "filming_started", "2024-06")),
    (NEWS, "{show} will return for a third season. Season 2 premiered on {net} in March. The "
     "new season is expected to premiere in 2025.", (3, "premiere", "2025")),
    (NEWS, "{net} renewed {show} for a third season. The second season premiered in May. The "
     "new season will premiere in 2025.", (3, "premiere", "2025")),
    (NEWS, "{show} is coming back for a fourth season at {net}. The third season ended in "
     "April. The upcoming season will have ten episodes.", (4, "episode_count")),
    (NEWS, "{net} has renewed {show} for a fourth season. The third season ended in April. The "
     "new season will consist of eight episodes.", (4, "episode_count")),
    ("{show} Renewed for Season 3", "{net} has renewed the drama. The second season premiered "
     "in March. The new season will begin filming in June.", (3, "filming_started", "2024-06")),
    (NEWS, "{show}'s second season premiered in March. The new season will begin filming in "
     "June.", (3, "filming_started", "2024-06")),
    (NEWS, "{show}'s second season premiered in March. The new season is set to premiere in "
     "2025.", (3, "premiere", "2025")),
]


def _facts(body: str, headline: str) -> set[DatedRow]:
    return dated_rows(facts_of(body, headline))



@pytest.mark.parametrize("net", NETWORKS)
@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize(("headline", "body", "expected"), _AHEAD)
def test_the_new_season_is_the_one_ahead(headline: str, body: str,
                                         expected: tuple[object, ...], show: str,
                                         net: str) -> None:
    facts = _facts(body.format(show=show, net=net), headline.format(show=show, net=net))
    assert holds(facts, show, expected), facts


#: Controls: (headline, body, (season, kind[, date])) that pass on both trees.
_CONTROLS = [
    # "the season" (no "new") is the one just named, aired or not
    (NEWS, "{show} season 2 was a hit. Season 3 arrives in June. The 10-episode season was shot "
     "in Wales.", (3, "episode_count")),
    (NEWS, "{net} renewed {show} for a third season. The second season premiered in May. The "
     "second season will have ten episodes.", (2, "episode_count")),
    # the aired season's own events keep their season
    (NEWS, "{net} has renewed {show} for a third season. The second season premiered in May.",
     (2, "premiere", "2024-05")),
    (NEWS, "{net} renewed {show} for a third season. Filming on the second season wrapped in "
     "May.", (2, "filming_wrapped", "2024-05")),
    # "the next season" already read (season.next_of_known)
    (NEWS, "{net} renewed {show} for a third season. The second season premiered in May. The "
     "next season will begin filming in June.", (3, "filming_started", "2024-06")),
    # the season the paragraph named ahead stays the new one
    (NEWS, "The second season of {show} concluded in April. {net} has renewed the drama for a "
     "third season. The new season will begin shooting in the autumn.",
     (3, "filming_started", "2024-FA")),
]


@pytest.mark.parametrize("net", NETWORKS)
@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize(("headline", "body", "expected"), _CONTROLS)
def test_controls_keep_what_they_give(headline: str, body: str, expected: tuple[object, ...],
                                      show: str, net: str) -> None:
    facts = _facts(body.format(show=show, net=net), headline.format(show=show, net=net))
    assert holds(facts, show, expected), facts


def test_a_new_season_just_aired_gets_no_guessed_count() -> None:
    """With no season named ahead, a count of "the new season" may be the aired one's: the
    rule gives it no number of its own (it keeps the paragraph's)."""
    body = "Nightjar's third season premiered in March. The new season will have ten episodes."
    assert ("Nightjar", 4, "episode_count", None) not in _facts(body, "Nightjar news")


def test_explain_names_the_rule() -> None:
    from monitor.extract.explain import explain
    _, text = explain(make_article("Tovrel renewed Nightjar for a third season. The second "
                                   "season premiered in May. The new season will begin "
                                   "filming in June.", "Nightjar news"))
    assert "season.new_season_after_aired" in text
