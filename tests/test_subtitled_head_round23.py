"""A subtitled title's head, used after the full title, names the full title's show
(``title.head_of_subtitled_title``, issue 10, round 23).

Writers give the full title once ("Kestrel has ordered Salt Road: The Lost Years") and go on
with its head ("Salt Road premieres March 4"): the premiere went to "Salt Road", a name no
label of the show gives, or was dropped as an unevidenced title while the full title had the
evidence. The head's facts now go to the full title when the two can be one show. A parent and
its spinoff stay two shows: a head named first, with a season the full title never has, told
of beside a spinoff or franchise, shared by two subtitled titles, or given the opposite fate.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of

from monitor.extract import rules
from monitor.extract.shows import normalise_title

PUBLISHED = dt.date(2025, 2, 1)
PAIRS = (("Salt Road", "Salt Road: The Lost Years"), ("Copper Vale", "Copper Vale: Origins"),
         ("Quillmarsh", "Quillmarsh: Dead Water"))
NETWORKS = ("Kestrel", "Tovrel Plus")
SHORTENED = {
    "introduced": "{N} has ordered {L}, a new drama from Ana Ruiz. {S} premieres March 4 on {N}.",
    "quoted": "{N} has ordered \u201c{L},\u201d a new drama from Ana Ruiz. \u201c{S}\u201d "
              "premieres March 4 on {N}.",
    "season": "{L} season 2 is coming. {S} returns March 4 on {N} for its second season.",
    "renewed": "{N} has renewed {L} for a second season. {S} returns March 4 on {N}.",
    "wrapped": "{L} wrapped filming on its second season in October. {S} returns March 4 on "
               "{N}.",
}


def _premieres(body: str) -> set[tuple[str, str | None]]:
    return {(normalise_title(f.show), f.date) for f in facts_of(body, published=PUBLISHED)
            if f.kind == "premiere"}


@pytest.mark.parametrize("article", SHORTENED)
@pytest.mark.parametrize("network", NETWORKS)
@pytest.mark.parametrize("pair", PAIRS, ids=lambda p: p[0])
def test_the_head_after_the_full_title_names_the_full_title(pair: tuple[str, str],
                                                            network: str, article: str) -> None:
    short, full = pair
    found = _premieres(SHORTENED[article].format(S=short, L=full, N=network))
    assert found == {(normalise_title(full), "2025-03-04")}


TWO_SHOWS = {
    "spinoff": "{S} ended its run in 2022 after six seasons. Its spin-off, {L}, premieres March 4 "
               "on {N}.",
    "both_told": "{N} renewed {S} for a fifth season, and {L} premieres March 4 on {N}.",
    "parent_season": "{L} wrapped its only season in 2020. {S} season 6 premieres March 4 on "
                     "{N}.",
    "fates": "{N} has cancelled {L}. The network has renewed {S}, which returns March 4.",
    "head_first": "{S} was a hit for {N}. {L} is a new drama from Ana Ruiz. {S} returns March 4 "
                  "on {N}.",
}


@pytest.mark.parametrize("article", TWO_SHOWS)
@pytest.mark.parametrize("pair", PAIRS, ids=lambda p: p[0])
def test_a_parent_and_its_spinoff_stay_two_shows(pair: tuple[str, str], article: str) -> None:
    short, full = pair
    body = TWO_SHOWS[article].format(S=short, L=full, N="Kestrel")
    found = _premieres(body)
    told = full if article in ("spinoff", "both_told") else short
    assert (normalise_title(told), "2025-03-04") in found


def test_two_subtitled_titles_of_one_head_name_nothing_new() -> None:
    body = ("Kestrel has ordered Salt Road: The Lost Years and Salt Road: Low Tide. Salt Road "
            "premieres March 4 on Kestrel.")
    shows = {normalise_title(f.show) for f in facts_of(body, published=PUBLISHED)}
    assert normalise_title("Salt Road: The Lost Years") not in shows
    assert normalise_title("Salt Road: Low Tide") not in shows


def test_explain_names_the_rule() -> None:
    body = ("Kestrel has ordered Salt Road: The Lost Years, a new drama from Ana Ruiz. "
            "Salt Road premieres March 4 on Kestrel.")
    with rules.tracing() as trace:
        facts_of(body, published=PUBLISHED)
    assert any("title.head_of_subtitled_title" in e.rules for e in trace.events)
