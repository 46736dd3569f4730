"""Broadcasters and streamers outside the US are networks too — round 18 (issue 10, r18false).

"Viaplay's Harrow Lane has been renewed" kept "Viaplay's Harrow Lane" as the title (a name no
label has, or an extension of the labelled one): the owner's possessive is split off a title
only when the networks list (``data/title_vetoes.json``) knows the owner, and it knew few of
the Korean, Indian, Spanish, German, French, Italian, Nordic, Irish and Australian services the
unseen articles come from. Controls: a network the list already held, a title with an owner's
possessive of its own ("Nobody's Garden"). The shows are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of

PUBLISHED = dt.date(2031, 3, 10)
ADDED = ["Wavve", "Coupang Play", "Voot", "ALTBalaji", "MX Player", "Telecinco", "Globo",
         "Viaplay", "Yle", "M6", "ProSieben", "Joyn", "Youku", "Tencent Video", "UPtv",
         "Virgin Media One"]


def _shows(body: str) -> set[str]:
    return {f.show for f in facts_of(body, "", PUBLISHED)}


@pytest.mark.parametrize("network", ADDED)
def test_the_networks_possessive_is_no_part_of_the_title(network: str) -> None:
    assert _shows(f"{network}'s Harrow Lane has been renewed for a third season.") == {
        "Harrow Lane"}


@pytest.mark.parametrize("network", ["Netflix", "Hulu", "ZDF", "tvN"])
def test_networks_the_list_held(network: str) -> None:
    assert _shows(f"{network}'s Harrow Lane has been renewed for a third season.") == {
        "Harrow Lane"}


def test_a_possessive_title_stays_whole() -> None:
    assert _shows("\"Nobody's Garden\" has been renewed for a third season.") == {
        "Nobody's Garden"}
