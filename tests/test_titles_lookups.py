"""The article-wide vetoes look up what one candidate needs instead of collecting it for the
whole text (branch fast9): the same verdicts as the collected sets gave. Texts written for
these tests, and token soups made from their words."""

from __future__ import annotations

import random
import re
import sys
from types import FrameType
from typing import Any

from monitor.extract import titles
from monitor.extract.titles import common_word, validate

# The word cases as they were collected for the whole text before: the reference.
_LOWER_WORD_RE = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")
_MID_CAPITAL_RE = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+(?![\w'’-])")
_DETERMINERS = frozenset(
    "other another some many most several each every both all few such any".split())
_OBJECT_WORDS = frozenset(
    "it its the a an this that these those them him her his their our my your back".split())


def _collected_common_word(title: str, text: str) -> bool:
    if " " in title or not title[:1].isupper() or not title[1:].islower():
        return False
    if title.lower() in _DETERMINERS:
        return True
    lower = frozenset(_LOWER_WORD_RE.findall(text))
    mid_capitals = frozenset(_MID_CAPITAL_RE.findall(text))
    if title.endswith("ing") and len(title) > 5 and title not in mid_capitals:
        uses = re.findall(rf"\b{re.escape(title)}\b(?:\s{{1,3}}(\w+))?", text)
        if uses and all(word in _OBJECT_WORDS for word in uses):
            return True
    return title.lower() in lower and title not in mid_capitals


_WORDS = ["missing", "Missing", "MISSING", "Missings", "missing's", "Missing’s", "Bringing",
          "bringing", "it", "back", "the", "Shameless", "shameless", "Élan", "élan", "Other",
          "other", "Fox", "renewed", "it's", "x", "7", "Missing7", "ſhameless"]
_GLUE = [" ", " ", " ", ", ", "; ", ". ", "-", "'", "’", "_", "\n", "  ", "(", ")", "\"", ""]


def _soup(rng: random.Random) -> str:
    return "".join(rng.choice(_WORDS) + rng.choice(_GLUE) for _ in range(rng.randint(0, 9)))


def test_common_word_gives_what_the_collected_word_cases_gave_on_token_soups() -> None:
    rng = random.Random(9)
    candidates = ["Missing", "Bringing", "Shameless", "Other", "Fox", "Élan", "Missings",
                  "Missing7", "It", "Back"]
    for _ in range(20_000):
        text = _soup(rng)
        for title in candidates:
            assert common_word(title, text) == _collected_common_word(title, text), (
                title, text)


def test_a_word_the_text_writes_in_lower_case_or_capitalises_inside_a_sentence() -> None:
    assert common_word("Missing", "Missing returns. Two people went missing in May.")
    assert not common_word("Missing", "Missing returns. Fans of the missing-persons drama.")
    assert not common_word("Missing", "Missing returns; missing it was, Missing again.")
    assert common_word("Missing", "missing")  # the whole text, nothing around it


def _calls_to(function: Any, run: Any) -> int:
    """How many times ``run()`` calls ``function`` (counted with a profile hook)."""
    calls = 0

    def hook(frame: FrameType, event: str, arg: object) -> None:
        nonlocal calls
        if event == "call" and frame.f_code is function.__code__:
            calls += 1

    sys.setprofile(hook)
    try:
        run()
    finally:
        sys.setprofile(None)
    return calls


def test_the_text_s_names_are_read_only_when_a_candidate_reaches_the_surname_veto() -> None:
    text = "The cast includes Clara Beaumont. Beaumont returns as the lead of Glass Harbor."
    assert _calls_to(titles.persons_in,
                     lambda: validate(["Glass Harbor"], (), text)) == 0
    verdicts: list[Any] = []
    assert _calls_to(titles.persons_in,
                     lambda: verdicts.extend(validate(["Beaumont", "Glass Harbor"], (), text))
                     ) == 1
    assert [v.rule for v in verdicts] == ["title.veto.surname", "title.keep"]
    # a strong title holding the name: the full name is the title's, so no surname
    beaumont, _ = validate(["Beaumont", "Clara Beaumont"], {"Clara Beaumont"}, text)
    assert beaumont.rule != "title.veto.surname"


def _scanned_work_cues(text: str) -> set[int]:
    """Where a name called a work would start, as the whole text's scan found them: every cue
    of the text found in one scan (the works' last words), then the longer cue before it."""
    cues = titles.cue_patterns()
    return {m.end() for m in cues.work_last_words.finditer(text)
            if cues.other_work_before.search(text, max(0, m.end() - 60), m.end())}


_WORK_WORDS = ["the", "a", "new", "hit", "film", "Film", "FILM", "podcast", "play", "display",
               "video", "game", "franchise", "Salt", "Road", "salt", "Salt Road", "K", "ſalt",
               "Netflix's", "documentary", "7", "It", "youtube channel", "studio", "tour"]
_WORK_GLUE = [" ", " ", " ", "  ", "   ", "    ", " '", " \"", " “", "\t", ", ", ". ", "-", ""]


def test_the_work_cue_looked_up_at_a_name_is_the_scans_on_token_soups() -> None:
    rng = random.Random(14)
    for _ in range(20_000):
        text = "".join(rng.choice(_WORK_WORDS) + rng.choice(_WORK_GLUE)
                       for _ in range(rng.randint(0, 10)))
        scanned = _scanned_work_cues(text)
        for at in range(len(text) + 1):
            assert titles._work_cue_at(text, at) == (at in scanned), (at, text)
        assert titles.other_work("", text) == any(
            titles._work_cue_at(text, at) for at in scanned), text


def test_a_name_called_a_film_anywhere_in_the_text_is_another_work() -> None:
    text = "Salt Road returns in May. Fans of the hit film 'Salt Road' will be pleased."
    assert titles.other_work("Salt Road", text)
    assert not titles.other_work("Salt Road", "Salt Road returns. The film Red Road is out.")
    assert not titles.other_work("Salt Road", "The film    Salt Road is out.")  # four spaces
