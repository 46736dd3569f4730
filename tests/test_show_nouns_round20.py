"""The common show nouns spelt once (round 20, code health): the patterns that read only the
commonest kinds of show ("the series", "both comedies") take the first few of
``showwords.COMMON_SHOW_NOUNS`` rather than spelling them again, so the lists cannot drift
apart; the patterns compile to the strings they compiled to before (the facts are the same).
Round 22 (r22health): the other sets of show nouns ``titles.py`` and ``shows.py`` spelt by
hand are named sets of ``showwords`` too, and the guard covers both files. Round 23
(r23health): so are those of the other modules (``lists``, ``patterns``, ``deciders``,
``evidence``, ``facts``, ``listings``, ``sections``), and the guard covers them."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from monitor.extract import deciders, patterns
from monitor.extract.showwords import (
    COMMON_SHOW_NOUNS,
    SHOW_NOUN_GROUPS,
    SHOW_NOUNS,
    common_show_nouns,
)

_EXTRACT = Path(patterns.__file__).parent


def test_the_common_nouns_are_show_nouns_each_in_one_group() -> None:
    assert set(COMMON_SHOW_NOUNS) <= set(SHOW_NOUNS)
    for noun in COMMON_SHOW_NOUNS:
        assert sum(noun in group for group in SHOW_NOUN_GROUPS.values()) == 1, noun


def test_the_first_few_in_order_singular_or_plural() -> None:
    assert common_show_nouns(3) == "show|series|drama"
    assert common_show_nouns(5) == "show|series|drama|comedy|sitcom"
    assert common_show_nouns(4, plural=True) == "shows|series|dramas|comedies"
    assert common_show_nouns(5, plural=True) == "shows|series|dramas|comedies|sitcoms"


@pytest.mark.parametrize("module", ["patterns.py", "rules.py", "deciders.py", "lists.py",
                                    "facts.py", "titles.py", "shows.py"])
def test_no_pattern_spells_the_common_nouns_again(module: str) -> None:
    source = (_EXTRACT / module).read_text(encoding="utf-8")
    assert "show|series|drama" not in source
    assert "shows|series|dramas" not in source


#: A common show noun as a pattern spells it ("drama", "dramas", "dramas?", "comedies").
_COMMON_FORM = "|".join(sorted(
    {re.escape(form) + r"(?:s?\?)?" for noun in COMMON_SHOW_NOUNS
     for form in (noun, noun[:-1] + "ies" if noun.endswith("y") else noun + "s")},
    key=len, reverse=True))
#: Three or more of them in a row of one alternation, in whatever order: a set spelt by hand.
_HAND_SPELT_RE = re.compile(rf"(?<![\w-])(?:{_COMMON_FORM})(?:\|(?:{_COMMON_FORM})){{2,}}(?![\w-])")
#: Where a pattern goes on in the next string literal ("...dramas|" / r"comedies|...").
_LITERAL_JOIN_RE = re.compile(r"[\"']\s*\n\s*(?:rf|fr|r|f)?[\"']")


def hand_spelt_sets(source: str) -> list[str]:
    """The runs of three or more common show nouns a source spells as one alternation."""
    return _HAND_SPELT_RE.findall(_LITERAL_JOIN_RE.sub("", source))


@pytest.mark.parametrize("module", ["titles.py", "shows.py", "lists.py", "patterns.py",
                                    "deciders.py", "evidence.py", "facts.py", "listings.py",
                                    "sections.py", "rules.py"])
def test_no_set_of_show_nouns_is_spelt_by_hand(module: str) -> None:
    """``title.veto.role_maker``'s and ``role_modifier``'s kinds, ``shows``' appositive,
    modifier, not-a-title and described-title nouns: named sets of ``showwords`` read through
    ``kind_alt`` (round 22); the plural decisions and lists of ``lists``, the counts, orders,
    parts and plural subjects of ``patterns``, a section's lead-in (round 23)."""
    source = (_EXTRACT / module).read_text(encoding="utf-8")
    assert hand_spelt_sets(source) == []


@pytest.mark.parametrize(("source", "found"), [
    ('r"(?:drama|comedy|series|sitcom)\\s"', 1),
    ('r"series|shows?|dramas?|"\n        r"comedy|comedies"', 1),
    ('r"(?:procedurals|dramas|comedies|"\n    r"sitcoms|thrillers)"', 1),
    ('r"(?:drama|comedy|vehicle)"', 0),
    ('rf"(?:{kind_alt(MADE_BY_KINDS)}|season)"', 0),
    ('r"spinoff|spin-off|sequel|prequel"', 0),
])
def test_the_guard_sees_a_set_spelt_by_hand(source: str, found: int) -> None:
    assert len(hand_spelt_sets(source)) == found


def test_a_named_set_reads_as_its_nouns_longest_first() -> None:
    from monitor.extract.showwords import kind_alt  # round 22's (the guard runs on older trees)
    assert kind_alt({"drama", "dramas", "show"}) == "dramas|drama|show"
    assert kind_alt({"spin-off"}) == r"spin\-off"


@pytest.mark.parametrize(("pattern", "text"), [
    (patterns.REFERENCE_START_RE, "The sitcom returns to Kestrel in May."),
    (patterns.REFERENCE_START_RE, "Later, the Maya Lind-led comedy wrapped its shoot."),
    (patterns.OWN_SUBJECT_RE, "Tin Roof ended in 2031, and the programme was never revived."),
    (patterns.SHOW_REFERENCE_RE, "This thriller has been a hit for Vantor."),
    (patterns.PLURAL_REFERENCE_RE, "Both of the Kestrel dramas return in the fall."),
    (patterns.EXAMPLES_LIKE_RE, "Vantor has ordered more sitcoms like"),
    (patterns.SEASON_AIRED_AFTER_RE, " of the comedy premiered to strong numbers"),
])
def test_a_common_noun_is_read_where_it_was(pattern: patterns.Caseless | object,
                                            text: str) -> None:
    assert pattern.search(text) is not None  # type: ignore[attr-defined]


@pytest.mark.parametrize(("module", "name", "text"), [
    ("lists", "_PLURAL_GATE_RE", "Vantor renews its dramedies"),
    ("lists", "_LIST_CONNECTIVE_RE", "On the comedy side, "),
    ("lists", "_LIST_STANDS_FOR_RE", "Vantor's sitcoms include "),
    ("patterns", "PLURAL_SHOWS_SUBJECT_RE", "the thrillers which were "),
    ("patterns", "SERIES_ORDER_RE", "ordered the new hour-long sitcom Glass Harbor"),
    ("patterns", "EPISODE_COUNT_RE", "a six-part docuseries"),
    ("patterns", "COUNTED_SHOWS_RE", "three other Vantor programmes"),
    ("patterns", "TV_WORD_RE", "a sitcom"),
    ("sections", "_SHOW_NOUN_RE", "The following programmes are returning:"),
    ("evidence", "_PLURAL_REFERRED_RE", "Both sitcoms have been renewed"),
])
def test_a_named_set_is_read_where_its_nouns_were(module: str, name: str, text: str) -> None:
    """Round 23: each set of nouns a module spelt by hand is a named set of ``showwords``."""
    found = getattr(importlib.import_module(f"monitor.extract.{module}"), name)
    assert found.search(text) is not None


@pytest.mark.parametrize(("pattern", "text"), [
    (patterns.REFERENCE_START_RE, "The telenovela returns to Kestrel in May."),
    (patterns.OWN_SUBJECT_RE, "Tin Roof ended in 2031, and the anthology was never revived."),
    (patterns.PLURAL_REFERENCE_RE, "Both of the Kestrel sitcoms return in the fall."),
])
def test_a_noun_past_the_first_few_is_not(pattern: object, text: str) -> None:
    assert pattern.search(text) is None  # type: ignore[attr-defined]


def test_a_decider_after_a_common_noun_and_after_one_past_them() -> None:
    assert deciders.DECIDER_RELATIVE_BEFORE_RE.search("Copper Vale, a thriller that ")
    assert deciders.DECIDER_RELATIVE_BEFORE_RE.search("Copper Vale, a docuseries that ")
    assert deciders.DECIDER_RELATIVE_BEFORE_RE.search("Copper Vale, a soap that ") is None
