"""Word sets read in more than one place are one set each (``monitor/extract/patterns.py``).

The words a clause may open on before its subject (``SUBJECT_LEAD_WORD``) are read by facts'
coordinated subjects and by the rules' passing positions: the two had different sets (the
first took no "its", "their", "this", number or "+"). Eventdates' announcement, bound and doubt
words are built from patterns' ``ANNOUNCE_WORDS``, ``UNTIL_WORDS`` and ``NOT_WORDS``. Each
test below names what both readers must take, so the copies cannot drift apart again.
"""

from __future__ import annotations

import pytest

from monitor.extract import eventdates, facts, patterns, rules

LEADS = ["The ", "NBC's ", "the new ", "Its ", "their ", "this ", "a ", "an ", "HBO's 2 ",
         "Disney+ ", "\u201cThe "]


@pytest.mark.parametrize("lead", LEADS)
def test_both_readings_of_a_subjects_lead_take_the_same_words(lead: str) -> None:
    assert facts._OPENING_SUBJECT_LEAD_RE.fullmatch(lead)
    assert rules._SUBJECT_LEAD_WORDS_RE.fullmatch(lead)


@pytest.mark.parametrize("lead", ["said ", "after the ", "which ", "and "])
def test_neither_reading_takes_a_verb_or_a_conjunction(lead: str) -> None:
    assert not facts._OPENING_SUBJECT_LEAD_RE.fullmatch(lead)
    assert not rules._SUBJECT_LEAD_WORDS_RE.fullmatch(lead)


@pytest.mark.parametrize("word", ["confirmed", "announced", "said", "says", "revealed",
                                  "unveiled"])
def test_an_announcements_words_are_the_ones_before_its_day(word: str) -> None:
    assert patterns.ANNOUNCE_RE.search(f"Netflix {word} the news")
    assert eventdates.ANNOUNCED_BEFORE_RE.search(f"Netflix {word} on ")


@pytest.mark.parametrize("word", ["until", "till", "before"])
def test_a_bounds_words_are_the_ones_eventdates_reads_as_a_bound(word: str) -> None:
    assert patterns.UNTIL_RE.search(f"not back {word} May")
    assert eventdates.BOUND_BEFORE_RE.search(f"not back {word} ")


@pytest.mark.parametrize("word", ["not", "never"])
def test_the_plain_denials_are_a_negation_and_a_doubt(word: str) -> None:
    text = f"the show will {word} return"
    assert patterns.NEGATION_RE.search(text)
    assert patterns.INNER_NEGATION_RE.search(text)
    assert eventdates.DOUBT_RE.search(text)
