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
