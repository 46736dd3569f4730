"""A round-up's fate idioms and the words that gate them have one home (round 23, r23health,
code health): each idiom of ``lists._FATE_BEFORE_RES`` / ``_FATE_AFTER_RES`` carries the words
one of which its every match holds, and the gate ``may_tell_fate`` is built from them, so an
idiom added with its words is read, and one whose words are left out fails here. Invented
sentences; the facts are the same as before."""

from __future__ import annotations

import re

import pytest

from monitor.extract import lists

#: (kind, before the list's first title or after its last, the text on that side)
GRID = [
    ("renewed", "before", "Kestrel is keeping "),
    ("renewed", "before", "Kestrel also kept "),
    ("renewed", "before", "Vantor is holding on to "),
    ("renewed", "before", "The survivors are "),
    ("renewed", "before", "The keepers include "),
    ("cancelled", "before", "Among the biggest losses are "),
    ("cancelled", "before", "It's curtains for "),
    ("cancelled", "before", "It is the end of the line for "),
    ("cancelled", "before", "The axe also fell on "),
    ("renewed", "after", " survived the cut."),
    ("renewed", "after", " will be sticking around."),
    ("renewed", "after", " are staying put."),
    ("cancelled", "after", " are gone."),
    ("cancelled", "after", " are officially history."),
    ("cancelled", "after", " are now toast."),
    ("cancelled", "after", " are no more."),
    ("cancelled", "after", " are done for."),
    ("cancelled", "after", " have met their end."),
]


@pytest.mark.parametrize(("kind", "side", "text"), GRID)
def test_each_idiom_holds_a_word_of_its_own(kind: str, side: str, text: str) -> None:
    table = lists._FATE_BEFORE_RES if side == "before" else lists._FATE_AFTER_RES
    found = [(k, words, p.search(text) if side == "before" else p.match(text))
             for k, words, p in table]
    (own, words, match), = [(k, w, m) for k, w, m in found if m is not None]
    assert own == kind
    assert re.search(rf"(?i)\b(?:{'|'.join(words)})\b", match.group(0))
    assert lists.may_tell_fate(text)


def test_the_gate_is_every_idioms_words() -> None:
    words = {w for table in (lists._FATE_BEFORE_RES, lists._FATE_AFTER_RES)
             for _, own, _ in table for w in own}
    assert lists._FATE_HINT_RE.pattern == r"(?i)\b(?:" + "|".join(
        w for table in (lists._FATE_BEFORE_RES, lists._FATE_AFTER_RES)
        for _, own, _ in table for w in own) + r")\b"
    assert len(words) == 22


@pytest.mark.parametrize("text", ["Salt Road and Copper Vale return in May.",
                                  "Kestrel renewed Salt Road and Copper Vale."])
def test_a_sentence_with_no_idiom_word_is_not_read(text: str) -> None:
    assert not lists.may_tell_fate(text)
