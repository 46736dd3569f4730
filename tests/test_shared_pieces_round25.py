"""Patterns round 24 wrote twice, one piece each in ``patterns.py`` (round 25, code health,
issue 10): the gap between an active verb and the show it acts on
(``patterns.DECISION_OBJECT_GAP_RE``), the verbs that act on a show
(``ACTING_ON_SHOW_VERBS``, with ``MORE_ACTING_ON_SHOW_VERBS`` where a trigger's own verb is
asked) and a passive's auxiliary right before a trigger (``PASSIVE_BEFORE_TRIGGER``). Each
reader keeps its anchors and, where the two meant different things, its narrowing: the
subject-past-aside reading (``rules``) reads the shorter verb list and the auxiliary in any
case. The facts are the same (``bench/facts_compare.py``). Every sentence is invented."""

from __future__ import annotations

import pytest

from monitor.extract import facts, patterns, rules


def test_one_gap_between_a_verb_and_its_object() -> None:
    assert not hasattr(rules, "_OBJECT_GAP_RE") and not hasattr(facts, "_DECISION_OBJECT_GAP_RE")
    gap = patterns.DECISION_OBJECT_GAP_RE
    assert gap.fullmatch(" the hit drama ")
    assert gap.fullmatch(' a second season of "')
    assert not gap.fullmatch(" Kestrel's drama ")
    assert not gap.fullmatch(", the drama ")


@pytest.mark.parametrize("verb", ["renewed", "picks up", "cancelled", "premieres", "filming",
                                  "brought back", "wrapped"])
def test_both_read_the_shared_verbs(verb: str) -> None:
    assert rules._ACTIVE_ON_SHOW_RE.match(verb) and facts._ACTIVE_DECISION_RE.match(verb)


@pytest.mark.parametrize("verb", ["greenlit", "commissioned", "rescued", "releases", "shot",
                                  "moving forward with", "goodbye to"])
def test_the_subject_reading_keeps_its_narrowing(verb: str) -> None:
    assert facts._ACTIVE_DECISION_RE.match(verb)
    assert not rules._ACTIVE_ON_SHOW_RE.match(verb)


@pytest.mark.parametrize("before", ["has been ", "was  ", "is ", "got ", "being "])
def test_a_passive_auxiliary_before_the_trigger(before: str) -> None:
    text = "Glass Harbor " + before
    assert facts._PASSIVE_BEFORE_RE.search(text) and rules._PASSIVE_AUX_BEFORE_RE.search(text)


def test_the_rules_reading_takes_any_case() -> None:
    assert rules._PASSIVE_AUX_BEFORE_RE.search("Glass Harbor Is ")
    assert not facts._PASSIVE_BEFORE_RE.search("Glass Harbor Is ")


def test_the_pieces_are_read_not_spelt() -> None:
    assert patterns.PASSIVE_BEFORE_TRIGGER in facts._PASSIVE_BEFORE_RE.pattern
    assert patterns.PASSIVE_BEFORE_TRIGGER in rules._PASSIVE_AUX_BEFORE_RE.pattern
    assert patterns.ACTING_ON_SHOW_VERBS in rules._ACTIVE_ON_SHOW_RE.pattern
    assert patterns.MORE_ACTING_ON_SHOW_VERBS in facts._ACTIVE_DECISION_RE.pattern


def test_one_offset_phrase_for_the_date_pattern_and_its_count() -> None:
    """"two weeks later": the date pattern "offset" that finds it and ``anchored_offsets``
    that counts it from the date before read one phrase (round 24 spelt it twice)."""
    from monitor.extract import dates
    assert dates._ANCHORED_OFFSET in dict(dates.DATE_PATTERNS)["offset"]


@pytest.mark.parametrize(("sentence", "value"), [
    ("Glass Harbor premiered in January 2031 and was renewed two months later.", "2031-03"),
    ("Tin Roof wrapped in March 2030 and premiered the following month.", "2030-04"),
    ("Salt Road premiered in May 2029 and was cancelled that summer.", "2029-SU"),
])
def test_a_time_counted_from_the_date_before_it(sentence: str, value: str) -> None:
    import datetime as dt

    from monitor.extract.dates import find_dates
    assert find_dates(sentence, dt.date(2032, 5, 10))[-1].value == value


@pytest.mark.parametrize(("sentence", "value"), [
    ("Filming starts in the next week.", "2032-05"),
    ("Filming starts in the next month.", "2032-06"),
])
def test_the_next_week_or_month_alone_counts_from_the_article(sentence: str, value: str) -> None:
    import datetime as dt

    from monitor.extract.dates import find_dates
    assert [m.value for m in find_dates(sentence, dt.date(2032, 5, 10))] == [value]


def test_one_spelling_of_the_new_words() -> None:
    assert patterns.NEW_WORDS in rules._CALLED_NEW_AFTER_NAME_RE.pattern.pattern
    assert patterns.NEW_WORDS in facts._NEW_IN_PASSING_RE.pattern.pattern
    assert rules._CALLED_NEW_AFTER_NAME_RE.stems == patterns.NEW_STEMS
