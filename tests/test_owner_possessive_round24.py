"""An owner's possessive spelt once (round 24, code health): the list items, the title spans
and the list gaps that read an owner's name before what it owns ("Kestrel's \\"Salt Road\\"",
"Tobin Reyes' Copper Vale") build it from ``showwords.owner_possessive`` and
``showwords.POSSESSIVE``, each keeping its anchors; the guard fails where a module spells the
possessive's two forms by hand again. The patterns read what they read before (the facts are
the same: ``bench/facts_compare.py``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from monitor.extract import facts, listings, patterns, shows
from monitor.extract.showwords import POSSESSIVE, owner_possessive

_EXTRACT = Path(patterns.__file__).parent

#: The possessive's two forms as one alternation, spelt by hand: "'s" or an "s" then the
#: apostrophe ("['’]s|s['’]", "['’]s|(?<=s)['’]", either order).
_HAND_SPELT_RE = re.compile(r"\['’\]s\|(?:\(\?<=s\)|s)\['’\]|(?:\(\?<=s\)|s)\['’\]\|\['’\]s")


def _modules() -> list[str]:
    return sorted(p.name for p in _EXTRACT.glob("*.py") if p.name != "showwords.py")


@pytest.mark.parametrize("module", _modules())
def test_no_module_spells_the_owner_possessive_by_hand(module: str) -> None:
    source = (_EXTRACT / module).read_text(encoding="utf-8")
    assert _HAND_SPELT_RE.findall(source) == []


def test_the_guard_finds_both_hand_spellings() -> None:
    assert _HAND_SPELT_RE.search(r"""r"[A-Z]\w*(?:['’]s|s['’])\s" """)
    assert _HAND_SPELT_RE.search(r"""r"[A-Z]\w*(?:['’]s|(?<=s)['’])\s" """)
    assert not _HAND_SPELT_RE.search(r"""r"\w['’]s?\s" """)


@pytest.mark.parametrize("pattern", [
    listings._OWNER_BEFORE_QUOTE_RE, shows._OWNER_OF_QUOTED_RE, facts._OWNED_ITEM_GAP_RE,
    shows.LIST_GAP_RE, shows._SPAN_OWNER_RE])
def test_the_five_read_the_one_possessive(pattern: re.Pattern[str]) -> None:
    assert POSSESSIVE in pattern.pattern


OWNERS = ("Kestrel's", "Tobin Reyes'", "Tobin Reyes’s", "Mara Quell’s", "Vantor TV's",
          "Dana Lee Holt's")
NOT_OWNERS = ("Kestrel", "Tobin Reyes", "kestrel's", "Dana' ", "the network's")


@pytest.mark.parametrize("owner", OWNERS)
def test_an_owner_and_its_possessive(owner: str) -> None:
    assert re.fullmatch(owner_possessive(), owner)


@pytest.mark.parametrize("text", NOT_OWNERS)
def test_no_owner_without_a_capital_and_a_possessive(text: str) -> None:
    assert not re.fullmatch(owner_possessive(), text)


def test_the_name_in_group_one_keeps_its_s() -> None:
    found = re.match(owner_possessive(capture=True), "Tobin Reyes' Copper Vale")
    assert found is not None and found.group(1) == "Tobin Reyes"


@pytest.mark.parametrize(("text", "owner"), [
    ("Tobin Reyes' Copper Vale", "Tobin Reyes"),
    ("Mara Quell's Salt Road", "Mara Quell"),
])
def test_a_span_owner(text: str, owner: str) -> None:
    found = shows._SPAN_OWNER_RE.match(text)
    assert found is not None and found.group(1) == owner


@pytest.mark.parametrize("gap", [
    ', Tobin Reyes\' "', ", and Mara Quell's “", ", Vantor's \""])
def test_an_owner_between_two_list_items(gap: str) -> None:
    assert facts._OWNED_ITEM_GAP_RE.match(gap + "Copper Vale")


def test_a_list_gap_with_the_next_items_owner() -> None:
    assert shows.LIST_GAP_RE.match(', Tobin Reyes\' "')
    assert shows.LIST_GAP_RE.match(", and Dana Holt's ")
    assert not shows.LIST_GAP_RE.match(", which Dana Holt's ")
