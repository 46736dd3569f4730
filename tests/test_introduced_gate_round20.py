"""A cheap look before ``INTRODUCED_RE`` (round 20, issue 14): title discovery asks of every
sentence whether it brings in a show it does not name ("Kestrel has ordered a new drama from
Jane Doe"); ``may_introduce`` says no without the case-blind pattern when the text holds none
of its words, and never says no where the pattern matches (case-blind letters included)."""

from __future__ import annotations

import itertools

import pytest

from monitor.extract.showwords import (
    _INTRODUCED_STEMS,
    _INTRODUCED_WORDS,
    INTRODUCED_RE,
    may_introduce,
)

_LEADS = ["Kestrel has ordered", "VANTOR PICKS UP", "Hulu greenlit", "Word came of"]
_WORDS = ["a new", "an upcoming", "an untitled", "a forthcoming", "A NEW", "An Untitled",
          "an UPCOMİNG", "an untıtled", "a ne\u0301w"]
_KINDS = ["drama", "four-part thriller", "docuseries from Jane Doe", "Comedy", "series of Salt"]


def test_every_word_holds_a_stem_without_a_case_blind_letter() -> None:
    for word in _INTRODUCED_WORDS:
        assert word in INTRODUCED_RE.pattern
        assert any(stem in word for stem in _INTRODUCED_STEMS), word
    for stem in _INTRODUCED_STEMS:
        assert not set(stem) & set("iks"), stem


@pytest.mark.parametrize(("lead", "word", "kind"),
                         list(itertools.product(_LEADS, _WORDS, _KINDS)))
def test_no_match_is_missed(lead: str, word: str, kind: str) -> None:
    text = f"{lead} {word} {kind}."
    if INTRODUCED_RE.search(text):
        assert may_introduce(text), text


def test_the_grid_reaches_the_pattern() -> None:
    texts = [f"{lead} {word} {kind}." for lead, word, kind
             in itertools.product(_LEADS, _WORDS, _KINDS)]
    assert sum(INTRODUCED_RE.search(text) is not None for text in texts) >= 60


@pytest.mark.parametrize("text", [
    "Glass Harbor follows three sisters on a northern island.",
    "Kestrel cancelled the drama after a second season.",
    "Filming began in Toronto in March.",
])
def test_a_sentence_without_the_words_is_ruled_out(text: str) -> None:
    assert not may_introduce(text)
    assert INTRODUCED_RE.search(text) is None
