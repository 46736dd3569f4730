"""Round 40, r40speed: two literal pre-tests before patterns that seldom match, no fact changed.

Mechanism cells (no timing here; ``bench/facts_speed.py`` times it and
``bench/facts_compare.py`` shows no extracted fact changed):

- ``showwords.may_count_slate``: ``tells_slate`` (asked of every sentence by title discovery,
  evidence and facts) runs ``SLATE_COUNT_RE`` only on a sentence holding one of the owner's
  words every match of it holds (``SLATE_OWNER_NEEDS``), or on a text beyond ASCII;
- ``rules._show_thing_needs``: ``drop.show_named_as_modifier``'s condition reads its two
  patterns only on a sentence (``SentenceView.lowered``) holding one of the thing nouns every
  match of them holds; the nouns come from the vetoes' vocabulary, so they are a memo
  (``memo.lru(1)``), not a ``Rule.needs`` spelt at import.

Each literal set is proved against its patterns (``prefilter.required_stems``: every match
spells one of them). Sentences are invented (Kestrel, Tovrel; Glass Harbor, Salt Road).
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import prefilter, rules, showwords
from monitor.extract.facts import extract_facts
from monitor.extract.patterns import lower_case_text
from monitor.models import Article

PUBLISHED = dt.date(2026, 5, 20)


def _facts(text: str) -> set[tuple[str, str]]:
    found = extract_facts(Article("https://wire.example.test/kestrel", "Kestrel news", text,
                                  PUBLISHED))
    return {(f.show, f.kind) for f in found}


def _proved(source: str, needs: tuple[str, ...]) -> bool:
    """Every match of ``source`` (an IGNORECASE pattern) spells one of ``needs``."""
    low = lower_case_text(source).replace("(?i:", "(?:").replace("(?-i:", "(?:")
    stems = prefilter.required_stems(
        low, lambda run: frozenset(word for word in needs if word in run))
    return stems is not None and stems <= set(needs)


# --- the slate count's owner words ---------------------------------------------------------


def test_slate_owner_needs_are_spelled_by_every_match() -> None:
    needs = showwords.SLATE_OWNER_NEEDS
    assert all(word == word.lower() and word.isascii() for word in needs)
    # with the typographic possessive, which no ASCII text holds (the pre-test reads those only)
    assert _proved(showwords.SLATE_COUNT_RE.pattern, (*needs, "\u2019s"))
    assert not _proved(showwords.SLATE_COUNT_RE.pattern, needs[1:])  # each word is needed


@pytest.mark.parametrize("text", [
    "Kestrel has renewed Glass Harbor for a third season.",
    "Tovrel confirmed the news on Tuesday, two days after the finale.",
    "Both dramas will return next year.",
])
def test_no_owner_word_no_slate(text: str) -> None:
    assert not showwords.may_count_slate(text)
    assert showwords.tells_slate(text) is False
    assert showwords.SLATE_COUNT_RE.search(text) is None  # the pattern agrees


@pytest.mark.parametrize("text", [
    "Kestrel has renewed two of its dramas for another season.",
    "Tovrel has cancelled both of Kestrel's Thursday comedies.",
    "THE NETWORK HAS RENEWED BOTH OF THEIR COMEDIES FOR A SECOND SEASON.",
    "Its two returning dramas will premiere in the fall.",
])
def test_owner_word_still_reads_the_slate(text: str) -> None:
    assert showwords.may_count_slate(text)
    assert showwords.tells_slate(text) is True


def test_a_text_beyond_ascii_is_left_to_the_pattern() -> None:
    # "İts" is no "its" to str.lower, but re's IGNORECASE reads it as one
    text = "Kestrel has renewed two of İts dramas for another season."
    assert showwords.may_count_slate(text)
    assert showwords.tells_slate(text) == (
        showwords.SLATE_COUNT_RE.search(text) is not None
        and showwords.FORWARD_STATUS_RE.search(text) is not None)


# --- the thing a show's name qualifies ------------------------------------------------------


def test_show_thing_needs_are_spelled_by_every_match() -> None:
    needs = rules._show_thing_needs()
    assert needs and len(set(needs)) == len(needs)
    assert all(word == word.lower() for word in needs)
    for pattern in rules._show_thing_res():
        assert _proved(pattern.pattern, needs), pattern.pattern[:60]


def test_show_thing_needs_is_one_capped_memo() -> None:
    assert rules._show_thing_needs() is rules._show_thing_needs()
    assert rules._show_thing_needs.cache_info().maxsize == 1


@pytest.mark.parametrize("text", [
    "Tovrel cancelled the Glass Harbor season 2 premiere party.",
    "The Glass Harbor cast photos were released on Monday.",
    "Kestrel began filming a Glass Harbor promo in Toronto.",
])
def test_thing_noun_present_the_rule_still_drops(text: str) -> None:
    assert rules.holds_one(text.lower(), rules._show_thing_needs())
    assert not {kind for show, kind in _facts(text) if show == "Glass Harbor"} & {
        "cancelled", "premiere", "filming_started"}


@pytest.mark.parametrize(("text", "fact"), [
    ("Tovrel cancelled Glass Harbor after two seasons.", ("Glass Harbor", "cancelled")),
    ("Kestrel has renewed Salt Road for a third season.", ("Salt Road", "renewed")),
])
def test_no_thing_noun_the_condition_is_skipped(text: str, fact: tuple[str, str]) -> None:
    assert not rules.holds_one(text.lower(), rules._show_thing_needs())
    assert fact in _facts(text)
