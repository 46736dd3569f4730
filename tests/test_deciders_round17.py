"""Issue 10, round 17 (code health): "this name decides about shows" is one reading
(``monitor.extract.deciders``), read by title discovery and by the network shapes alike, and
the network reading finds a name's spans without compiling a pattern per name.

The facts of the grid below are the same before and after (controls); what fails on the tree
before is the one place (the module) and the compile per deciding name.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

import pytest
from articles import facts_of, row

from monitor.extract import titles

#: Names invented for this file; networks no list knows.
_GRID = [
    # (headline, body, the rows the article gives)
    ("", "Tovrel renews Copper Lantern. Copper Lantern has been renewed for a second season.",
     [("Copper Lantern", 2, "renewed")]),
    ("", "Brindle Play has cancelled the drama. Fenwick Lane was cancelled after one season.",
     [("Fenwick Lane", 1, "cancelled")]),
    ("Salt Acre Renews Its Vows", "Salt Acre has been renewed for a third season.",
     [("Salt Acre", 3, "renewed")]),
    ("", "Marrowby picked up the comedy. Orchard Row season 2 will premiere in May 2025.",
     [("Orchard Row", 2, "premiere")]),
]


@pytest.mark.parametrize(("headline", "body", "rows"), _GRID)
def test_deciders_and_shows_give_what_they_gave(headline: str, body: str,
                                                 rows: list[tuple[str, int, str]]) -> None:
    """Controls: the same facts on both trees."""
    assert sorted({row(f) for f in facts_of(body, headline)}) == sorted(rows)


def test_the_reading_is_one_module_that_both_callers_read() -> None:
    deciders = importlib.import_module("monitor.extract.deciders")
    shows = importlib.import_module("monitor.extract.shows")
    assert shows.deciding_rule is deciders.deciding_rule
    assert shows.decides_after is deciders.decides_after
    assert titles.undergoes_decision is deciders.undergoes_decision
    assert [shape for shape, _ in titles._DECIDING_NETWORK_SHAPES] == [
        shape for shape, _ in deciders.DECIDING_SHAPES]
    assert not hasattr(shows, "_DECIDER_AFTER_RE") and not hasattr(titles, "_SHOW_AFTER_RE")


def test_deciding_names_are_checked_without_compiling_a_pattern_each(
        monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("Tovrel renews the drama. Brindle Play has cancelled its comedy.\n"
            "Marrowby picking it up. Quillfeather renews three dramas.")
    expected = titles.networks_by_shape(text)
    compiled: list[Any] = []
    real = re.compile

    def counting(pattern: Any, flags: int = 0) -> re.Pattern[str]:
        compiled.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(re, "compile", counting)
    assert titles.networks_by_shape(text) == expected
    assert {"tovrel", "brindle play", "marrowby", "quillfeather"} <= expected
    assert compiled == []


@pytest.mark.parametrize("line", [
    "tovrel renews TOVREL Play; Tovrel's slate, tovrel_2 and (Tovrel) TovRel",
    "Tovrel Tovrel", "aTovrel Tovrel’s Tovrel-Play", "", "TOVREL.", "İstovrel Tovrel İ tovrel",
])
@pytest.mark.parametrize("name", ["tovrel", "tovrel play", "tovrel tovrel"])
def test_case_blind_spans_are_what_a_case_blind_pattern_finds(name: str, line: str) -> None:
    deciders = importlib.import_module("monitor.extract.deciders")
    pattern = re.compile(rf"(?i)(?<![\w'’]){re.escape(name)}(?![\w'’])")
    assert list(deciders.whole_word_spans(name, line, lower=True)) == [
        m.span() for m in pattern.finditer(line)]
