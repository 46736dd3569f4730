"""Round 27's byte-identical speed pass (issue 14, branch r27speed).

- ``lists.may_tell_fate`` reads its hint pattern through ``prefilter.caseless_search_test``
  (the lower case behind a look-ahead of the fate words' first letters): the same answer as
  the case-blind pattern's own search.
- ``patterns.FUTURE_MARK_RE`` runs only on a text holding "ll", "to" or "ahead of": every
  branch spells one, so the stems refuse no text the pattern matches.

Each is checked against the whole pattern on sentences of our own (invented names) and on
splices of them, at every cut.
"""

from __future__ import annotations

import itertools
import re

from monitor.extract import lists, patterns

#: Sentences holding a fate idiom's word or a future mark, and near misses (invented names).
SENTENCES = [
    "Glass Harbor, Salt Road and Copper Vale are all gone from Tovrel's schedule.",
    "Kestrel's Night Ferry and Iron Bay have survived the cut.",
    "Wexmoor is toast; Quillmarsh is history.",
    "TOVREL'S LANTERN HOUSE AND SALT ROAD ARE NO MORE.",
    "Copper Vale will be sticking around for another year.",
    "Night Ferry is set to premiere on June 5 on Kestrel.",
    "Salt Road'll be back in the fall.",
    "Lantern House is scheduled to begin filming in March.",
    "The cast gathered ahead of the season's premiere.",
    "Iron Bay shall return to Vantor.",
    "Glass Harbor is due to wrap next week.",
    "Quillmarsh is expected to return in 2031.",
    # controls: no fate word, no mark
    "Glass Harbor premiered on Kestrel in May with three episodes.",
    "Brindle TV renewed Salt Road on Monday.",
    "Wexmoor’s cast gathered in Belfast.",
    "Gönül Road finished its run on Tovrel.",
    "İron Bay’s producers ſaid nothing about the finale.",
    "Tomorrow Copper Vale airs its finale.",
    "The show's season ended in the autumn.",
    "",
]


def _texts() -> list[str]:
    out = list(SENTENCES)
    for one, other in itertools.permutations(SENTENCES[:14], 2):
        for cut in range(0, len(one) + 1, 5):
            out.append(one[:cut] + other[cut // 2:])
    out.extend(text.upper() for text in SENTENCES)
    out.extend(text.lower() for text in SENTENCES)
    return out


def test_fate_hint_read_the_same() -> None:
    whole = lists._FATE_HINT_RE
    for text in _texts():
        assert lists.may_tell_fate(text) == (whole.search(text) is not None), text


def test_fate_hint_finds_the_words() -> None:
    assert lists.may_tell_fate(SENTENCES[0])
    assert lists.may_tell_fate(SENTENCES[3])
    assert not lists.may_tell_fate("Brindle TV renewed Salt Road on Monday.")


def test_future_mark_stems_refuse_no_match() -> None:
    stems = patterns.FUTURE_MARK_RE.stems
    assert stems == ("ll", "to", "ahead of")
    whole = re.compile(patterns.FUTURE_MARK_RE.pattern.pattern)
    for text in _texts():
        gated = patterns.FUTURE_MARK_RE.search(text)
        found = whole.search(text)
        assert (gated is None) == (found is None), text
        if found is not None and gated is not None:
            assert gated.span() == found.span(), text
        if found is not None:
            assert any(stem in text.lower() for stem in stems), text


def test_future_mark_refused_without_stems() -> None:
    assert patterns.FUTURE_MARK_RE.search("Glass Harbor premiered on Kestrel in May.") is None
    assert patterns.FUTURE_MARK_RE.search("Salt Road'll be back.") is not None
    assert patterns.FUTURE_MARK_RE.search("Iron Bay is set to return.") is not None
