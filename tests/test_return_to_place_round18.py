"""A return told with where it goes: the show's, for the season after — round 18 (issue 10,
s18returns).

"X returns to Kestrel for a third season" gave nothing, "X will return to Kestrel for a third
season" a renewal of no season, "X could return to Kestrel for a third season in 2031" the
premiere to *Kestrel* (the nearest name, kept as a title), and in a headline "... for a third
season in 2031" season 1: the network between the verb and its season stood nearer than the
show. Rules ``trigger.return_to_place_for_season`` (the whole "returns to NAME for a" is the
return's phrase), ``target.return_subject`` (the fact goes to the show named before the verb)
and ``season.return_to_place`` (the season right after the phrase is the return's). The kind
stays the one decision of the return words: no time, a renewal; a time, the premiere then
(``kind.return_with_date_is_premiere``). Controls: a return to a known network, a return for a
season told before the network, a person returning to a place, a return to the top of the
charts. Every sentence, show and network is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of

PUBLISHED = dt.date(2031, 3, 10)
TITLES = ["Harrow Lane", "The Salt Road", "Quillon"]
NETWORKS = ["Kestrel", "Kestrel Play", "Netflix"]
ABOUT = "{t} is a crime drama from Mara Quill."
VERBS = ["returns", "will return", "is returning", "is set to return", "is coming back",
         "will be back"]

Row = tuple[str, int | None, str, str | None]


def _facts(sentence: str, title: str, network: str, headline: bool) -> set[Row]:
    line = sentence.format(t=title, n=network)
    if headline:
        found = facts_of(ABOUT.format(t=title), line.rstrip("."), PUBLISHED)
    else:
        found = facts_of(ABOUT.format(t=title) + " " + line, "", PUBLISHED)
    return {(f.show, f.season, f.kind, f.date) for f in found}


@pytest.mark.parametrize("headline", [False, True], ids=["body", "headline"])
@pytest.mark.parametrize("network", NETWORKS)
@pytest.mark.parametrize("verb", VERBS)
@pytest.mark.parametrize("title", TITLES)
def test_a_return_to_a_place_without_a_time_is_the_seasons_renewal(
        title: str, verb: str, network: str, headline: bool) -> None:
    found = _facts("{t} " + verb + " to {n} for a third season.", title, network, headline)
    assert found == {(title, 3, "renewed", "2031-03")}


@pytest.mark.parametrize("headline", [False, True], ids=["body", "headline"])
@pytest.mark.parametrize("network", NETWORKS)
@pytest.mark.parametrize("when, date", [(" in 2032", "2032"), (" this fall", "2031-FA"),
                                        (" next year", "2032"), (" on June 4", "2031-06-04")],
                         ids=["year", "season-of-year", "next-year", "day"])
@pytest.mark.parametrize("verb", VERBS + ["could return"])
def test_a_return_to_a_place_with_a_time_is_the_seasons_premiere(
        verb: str, when: str, date: str, network: str, headline: bool) -> None:
    title = "Harrow Lane"
    found = _facts("{t} " + verb + " to {n} for a third season" + when + ".", title, network,
                   headline)
    assert found == {(title, 3, "premiere", date)}


@pytest.mark.parametrize("network", NETWORKS)
@pytest.mark.parametrize("title", TITLES)
def test_a_guessed_return_to_a_place_is_a_speculative_renewal(title: str, network: str) -> None:
    found = _facts("{t} could return to {n} for a third season.", title, network, False)
    assert found == {(title, 3, "renewed", None)}


# --- controls: these give today what they gave before ---------------------------------------


@pytest.mark.parametrize("network", NETWORKS)
@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("sentence, expected", [
    ("{t} will return for a third season on {n}.", (3, "renewed", "2031-03")),
    ("{t} returns for a third season in 2032.", (3, "premiere", "2032")),
    ("{t} returns to {n} on June 4.", (None, "premiere", "2031-06-04")),
    ("{t} will return for a third season.", (3, "renewed", "2031-03")),
], ids=["season-before-network", "season-and-year", "network-and-day", "plain"])
def test_other_returns_keep_their_reading(sentence: str, expected: tuple[int | None, str, str],
                                          title: str, network: str) -> None:
    assert _facts(sentence, title, network, False) == {(title, *expected)}


@pytest.mark.parametrize("sentence", [
    "{t} returns to the top of the streaming charts for a third week.",
    "Mara Quill returns to Belfast for a third season of {t} in June.",
    "{t} star Jane Doe returns to the stage for a short run.",
], ids=["charts", "person-to-a-place", "star-to-the-stage"])
def test_a_return_elsewhere_gives_no_return_of_the_show(sentence: str) -> None:
    found = _facts(sentence, "Harrow Lane", "Kestrel", False)
    assert not {r for r in found if r[2] == "renewed" or (r[2] == "premiere" and r[3] != "2031-06")}
