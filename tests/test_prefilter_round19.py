"""The first-characters look-ahead (``prefilter``, round 19, r19speed): a pattern with it in
front finds exactly the matches it found without it, on the trigger patterns and on shapes
the reading must get right (classes, repeats, look-behinds, an impossible first character)."""

from __future__ import annotations

import random
import re
from string import ascii_lowercase

import pytest

from monitor.extract import facts
from monitor.extract.patterns import FAMILY_TRIGGERS, TRIGGERS, lower_case_text
from monitor.extract.prefilter import prefix_lookahead, with_prefix_lookahead

#: Sentences of our own, lower-cased as ``_find_triggers`` reads them.
SENTENCES = [
    "tovrel has renewed glass harbor for a third season.",
    "the drama was picked up for a second season at brindle.",
    "salt road will end with its fifth and final season next year.",
    "kestrel cancels night ferry after two seasons.",
    "production on iron bay season 2 wrapped in march.",
    "filming begins on the orchard this spring in vantor.",
    "the quiet hours returns for season 3 on june 5.",
    "night ferry is coming back for another season, brindle confirmed.",
    "a 4th season of copper lane is in the works.",
    "harrow lane won't return: the streamer decided not to renew it.",
    "season two of the long field premieres on friday, october 3.",
    "it's a wrap on the third season of tin roof.",
    "the series' 10th season drops on tovrel in 2032.",
    "cameras are rolling on the second season of ember row.",
    "vantor's glass harbor got the axe after one season.",
    "",
    "  ",
    "'ll return? maybe.",
]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _random_texts(count: int, seed: int) -> list[str]:
    """Sentences shuffled from the trigger vocabulary's own words, numbers and marks."""
    words = sorted({w for alts in (*TRIGGERS.values(), *FAMILY_TRIGGERS.values())
                    for alt in alts for w in re.findall(r"[a-z'’-]{2,}", alt.lower())})
    extra = ["a", "an", "the", "its", "season", "series", "2", "3rd", "10", "ten", ",", ".",
             "glass", "harbor", "tovrel", "—", "  ", "\u00a0"]
    rng = random.Random(seed)
    pool = words + extra * 20
    return [" ".join(rng.choice(pool) for _ in range(rng.randint(1, 25))) for _ in range(count)]


@pytest.mark.parametrize("kind", sorted(TRIGGERS))
def test_trigger_patterns_find_what_they_found(kind: str) -> None:
    plain = re.compile("(?=[a-z])" + lower_case_text(r"(?i)\b(?:" + "|".join(TRIGGERS[kind])
                                                     + r")"))
    fast = facts._TRIGGER_LOWER_RES[kind]
    assert fast.pattern != plain.pattern  # the look-ahead was found
    for text in SENTENCES + _random_texts(600, seed=len(kind)):
        assert _spans(fast, text) == _spans(plain, text), text


@pytest.mark.parametrize("kind", sorted(k for k, alts in FAMILY_TRIGGERS.items() if alts))
def test_family_patterns_find_what_they_found(kind: str) -> None:
    plain = re.compile("(?=[a-z])" + lower_case_text(r"\b(?:" + "|".join(FAMILY_TRIGGERS[kind])
                                                     + r")"))
    fast = facts._FAMILY_LOWER_RES[kind]
    for text in SENTENCES + _random_texts(300, seed=7):
        assert _spans(fast, text) == _spans(plain, text), text


#: Shapes the reading must handle: (pattern, texts).
SHAPES = [
    (r"\b(?:renew(?:ed|s)?|re-?up(?:ped)?)\b", ["renewed it", "re-upped", "reup", "renewal"]),
    (r"\b(?:a|an|another)\s+(?:[\w-]+\s+){0,2}?season\b",
     ["a  new season", "an\u00a0extra-long season", "another season", "a b c d season"]),
    (r"(?<!not )\b(?:back|return(?:s|ed)?) (?:to|on)\b",
     ["not back to", "is back on", "returns to"]),
    (r"\b\d{1,2}(?:st|nd|rd|th) season|\bseason \d+", ["3rd season", "season 12", "season two"]),
    (r"^\W{0,3}curtains for\b", ["-- curtains for it", "curtains for", "x curtains for"]),
    (r"\b(?:picks?|picked) up (?:\S+ ){1,3}?for\b", ["picked up glass harbor for", "pick up for"]),
    (r"[^,;]{0,3}ends\b", ["it ends", ", ends", "ends"]),
    (r".?x?renew", ["renew", "a renew", "xrenew"]),
    (r"(?:so|s)*on\b", ["soon on", "sson on", "on"]),
]


@pytest.mark.parametrize(("pattern", "texts"), SHAPES)
def test_shapes_find_what_they_found(pattern: str, texts: list[str]) -> None:
    plain = re.compile("(?=[a-z])" + pattern)
    fast = with_prefix_lookahead(pattern, ascii_lowercase)
    for text in [*texts, *SENTENCES, *_random_texts(200, seed=3)]:
        assert _spans(fast, text) == _spans(plain, text), (pattern, text)


def test_no_look_ahead_where_a_first_character_is_unknown() -> None:
    # a flag set inside is not read, nor a pattern with a flag; "\w" at the start may be any
    # letter: the prefix is one letter, each of them
    assert prefix_lookahead(r"(?i:renewed)", ascii_lowercase) is None
    assert prefix_lookahead(r"(?i)renewed", ascii_lowercase) is None
    assert prefix_lookahead(r"(?>renewed)", ascii_lowercase) is None
    assert prefix_lookahead(r"\w+ed", ascii_lowercase) is not None
    # a pattern with no look-ahead still starts where a letter does
    assert with_prefix_lookahead(r"(?i:renewed)", ascii_lowercase).pattern.startswith(
        "(?=[abcdefghijklmnopqrstuvwxyz])")


def test_a_first_character_outside_the_letters_is_left_out() -> None:
    # "'ll" and a digit cannot start a match that must start with a letter
    ahead = prefix_lookahead(r"\b(?:will|['’]ll|\d+th)\b", ascii_lowercase)
    assert ahead == "(?=will)"
    assert prefix_lookahead(r"'ll\b", ascii_lowercase) == "(?!)"  # none can
