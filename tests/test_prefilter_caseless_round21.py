"""The case-blind first-letter look-ahead (``prefilter.with_caseless_first_letter``, round 21,
r21speed): a pattern opening on a case-blind alternation of words, with the class of their
first letters in front, finds exactly the matches it found without it; a pattern whose first
letters are not all read comes back as it is."""

from __future__ import annotations

import random
import re
import string

import pytest

from monitor.extract import shows, titles
from monitor.extract.prefilter import with_caseless_first_letter

#: Sentences of our own, with the role words and references the scanned patterns read, in
#: several cases, and the letters case-blind matching pairs with others ("İ", "ı", "ſ", "K").
SENTENCES = [
    "Glass Harbor is the hit series from Tovrel, and the drama by Mara Quell returns.",
    "The SERIES FROM Tovrel premieres tonight on Kestrel Play.",
    "Glass Harbor premieres tonight on Tovrel; it airs weekly on Brindle.",
    "Tovrel has renewed the drama for a second season.",
    "My family loved Quillmarsh, so we were sad to see it cancelled.",
    "Watching the comedy end was hard, said Mara Quell.",
    "Tovrel ſaw the drama axed; İt was cancelled. ıt returns on Kestrel.",
    "The ſeries from Tovrel, the Sitcom By Vane Ostrow, Streams on Brindle TV.",
    "Nothing here names a show at all.",
    "",
]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _scanned() -> list[re.Pattern[str]]:
    return [role.pattern for role in titles.ROLE_SHAPES] + [
        shows._REFERRED_OBJECT_RE, shows._SEEN_ENDING_RE]


def test_a_case_blind_class_pairs_the_letters_a_case_blind_literal_does() -> None:
    """Over every code point: "(?i:[x])" and the look-ahead match where "(?i:x)" does."""
    every = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)
    for letter in string.ascii_lowercase:
        literal = [m.start() for m in re.finditer(f"(?i:{letter})", every)]
        assert [m.start() for m in re.finditer(f"(?=(?i:[{letter}]))", every)] == literal
        assert [m.start() for m in re.finditer(f"(?i)(?=(?i:[{letter}]))", every)] == literal


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_scanned_patterns_find_the_same_matches(sentence: str) -> None:
    for pattern in _scanned():
        assert _spans(with_caseless_first_letter(pattern), sentence) == \
            _spans(pattern, sentence), pattern.pattern[:40]


def test_the_same_matches_on_shuffled_words() -> None:
    words = " ".join(SENTENCES).split()
    draw = random.Random(21)
    for _ in range(300):
        text = " ".join(draw.choice(words) for _ in range(draw.randint(1, 25)))
        for pattern in _scanned():
            assert _spans(with_caseless_first_letter(pattern), text) == _spans(pattern, text)


def test_the_look_ahead_is_put_where_the_first_letters_are_read() -> None:
    made = with_caseless_first_letter(re.compile(r"(?i:series|shows?|hit)\sfrom\s"))
    assert made.pattern.startswith("(?=(?i:[hs]))")
    made = with_caseless_first_letter(re.compile(r"(?i)\b(?:see|watch)\s"))
    assert made.pattern.startswith("(?i)(?=(?i:[sw]))")
    # the scans of names_by_role and _reference_at that pay for it have one
    assert sum(with_caseless_first_letter(p) is not p for p in _scanned()) >= 4


@pytest.mark.parametrize("pattern", [
    r"\s(?:has\s)?renewed",          # a case-sensitive opening: re checks it already
    r"(?:series|shows)\sfrom",       # case-sensitive letters
    r"(?i:series|\d+)\sfrom",        # a branch opening on a digit class
    r"(?i:series|)x",                # an empty branch
    r"(?m)(?i:series)",              # another global flag
    r"(?i:series|[,\"]\s)",          # punctuation
])
def test_patterns_not_read_come_back_as_they_are(pattern: str) -> None:
    compiled = re.compile(pattern)
    assert with_caseless_first_letter(compiled) is compiled
