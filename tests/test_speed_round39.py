"""Round 39, r39speed: a rule may declare what its condition needs, no fact changed.

Mechanism cells (no timing here; ``bench/facts_speed.py`` times it and
``bench/facts_compare.py`` shows no extracted fact changed): a rule record's ``needs``
(``rules.Rule.needs``) lists lower-case literals one of which the sentence
(``SentenceView.lowered``) must hold for its condition to be able to hold; the engine
(``rules.run_stage``) skips the condition without one. Each rule's ``needs`` is proved against
the patterns its condition needs (``prefilter.required_stems``: every match of the pattern
spells one of them). Sentences are invented (Kestrel, Tovrel; Salt Road, Lantern House).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace

import pytest

from monitor.extract import patterns, prefilter, rules
from monitor.extract.candidate import SentenceView
from monitor.extract.facts import extract_facts
from monitor.extract.patterns import lower_case_text
from monitor.models import Article

PUBLISHED = dt.date(2026, 5, 20)


def _facts(text: str) -> set[tuple[str, str]]:
    found = extract_facts(Article("https://wire.example.test/kestrel", "Kestrel news", text,
                                  PUBLISHED))
    return {(f.show, f.kind) for f in found}


def _source(pattern: object) -> str:
    """A pattern's text as it reads lower-cased text (a ``Caseless``' IGNORECASE form too)."""
    source = getattr(pattern, "pattern", pattern)
    source = getattr(source, "pattern", source)
    assert isinstance(source, str)
    # a case-blind group of the lower-cased pattern reads lower-cased text as a plain one does
    # (``SentenceView.lowered`` reads re's odd case pairs as their ASCII letter first)
    return lower_case_text(source).replace("(?i:", "(?:")


#: Each rule given ``needs`` and the patterns its condition cannot hold without. A look-ahead
#: (``CONTRAST_BEFORE_RE``'s "rather than") is read as the words it looks at: they stand in the
#: sentence.
NEEDED_BY = {
    "negation.contrast_scope": [patterns.CONTRAST_BEFORE_RE, patterns.CONTRAST_AFTER_RE],
    "target.owner_before_kind_of_show": [patterns.OWNER_BEFORE_KIND_RE,
                                         patterns.OWNER_OF_NAMED_RE],
    "drop.past_plan_changed": [patterns.PAST_PLAN_RE],
    "trigger.premiere_stated_in_question": [patterns.QUESTION_END_RE],
    "drop.list_lead_in": [rules._LIST_LEAD_IN_RE],
    "drop.dealing_decided": [patterns.DEALING_OBJECT_RE, patterns.DEALING_SUBJECT_RE],
    "drop.rerun": [patterns.RERUN_RE],
    "drop.denied_report": [patterns.DENIED_BEFORE_RE, patterns.DENIED_AFTER_RE],
    # round 39, r39speedback
    "drop.foreign_version": [patterns.FOREIGN_VERSION_BEFORE_RE,
                             patterns.REMAKE_AFTER_TRIGGER_RE,
                             patterns.REMAKE_BEFORE_TRIGGER_RE],
    "date.moved_from_to": [patterns.MOVED_DATE_TRIGGER_RE],
}


def test_every_rule_with_needs_is_proved_here() -> None:
    assert {r.name for r in rules.RULES.values() if r.needs} == set(NEEDED_BY)


@pytest.mark.parametrize("name", sorted(NEEDED_BY))
def test_needs_are_spelled_by_every_match(name: str) -> None:
    needs = rules.RULES[name].needs
    assert needs and len(set(needs)) == len(needs)
    assert all(word == word.lower() for word in needs)
    for pattern in NEEDED_BY[name]:
        source = _source(pattern).replace("(?=", "(?:")
        stems = prefilter.required_stems(
            source, lambda run: frozenset(word for word in needs if word in run))
        assert stems is not None and stems <= set(needs), (name, source[:60])


@pytest.mark.parametrize("name", sorted(NEEDED_BY))
def test_example_holds_a_need(name: str) -> None:
    rule = rules.RULES[name]
    assert rules.holds_one(rule.example.lower(), rule.needs)


def test_the_rule_index_holds_every_rule_once() -> None:
    staged = [rule.name for stage in rules.STAGES for rule in rules._BY_STAGE[stage]]
    assert Counter(staged).most_common(1)[0][1] == 1
    assert set(staged) == {r.name for r in rules.RULES.values() if r.stage is not None}


# --- the engine's pre-test -------------------------------------------------------------------


def _probe(monkeypatch: pytest.MonkeyPatch, needs: tuple[str, ...]) -> list[str]:
    """A rule first in the non-event stage that drops every candidate, needing ``needs``;
    the sentences its condition was asked about."""
    asked: list[str] = []

    def condition(c: object) -> bool:
        asked.append(c.text)  # type: ignore[attr-defined]
        return True

    probe = replace(rules.RULES["drop.question"], name="drop.question", condition=condition,
                    action=rules._drop, needs=needs)
    monkeypatch.setitem(rules._BY_STAGE, "non_event", (probe, *rules._BY_STAGE["non_event"]))
    return asked


SENTENCE = "Kestrel has renewed Salt Road for a third season."


def test_a_rule_is_skipped_without_its_word(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _probe(monkeypatch, ("zebra",))
    assert ("Salt Road", "renewed") in _facts(SENTENCE)
    assert asked == []


@pytest.mark.parametrize("word", ["zebra", "Zebra", "ZEBRA"])
def test_a_rule_fires_with_its_word(monkeypatch: pytest.MonkeyPatch, word: str) -> None:
    asked = _probe(monkeypatch, ("zebra",))
    text = f"Kestrel has renewed Salt Road for a third season, the {word} network said."
    assert ("Salt Road", "renewed") not in _facts(text)
    assert asked


def test_no_needs_no_pretest(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _probe(monkeypatch, ())
    assert ("Salt Road", "renewed") not in _facts(SENTENCE)
    assert asked


# --- the lowered sentence ----------------------------------------------------------------------


def _view(text: str) -> SentenceView:
    return SentenceView(text, None, False, None, (), (), (), (), (),  # type: ignore[arg-type]
                        {}, (), (), (), (), (), False, (), (), lambda trigger: [])


@pytest.mark.parametrize("text", ["Renewed, BUT not for long", "Whereas Salt Road returns",
                                  "renewed deſpite the ratings", "WHİLE Lantern House ends",
                                  "whıle Lantern House ends", "Salt Road, Kestrel’s drama"])
def test_lowered_holds_what_a_case_blind_pattern_reads(text: str) -> None:
    lowered = _view(text).lowered
    if patterns.CONTRAST_BEFORE_RE.search(text) or patterns.CONTRAST_AFTER_RE.search(text):
        assert rules.holds_one(lowered, patterns.CONTRAST_NEEDS)
    if patterns.OWNER_OF_NAMED_RE.search(text):
        assert rules.holds_one(lowered, patterns.OWNER_NEEDS)


# --- the rules given needs still read their sentences ---------------------------------------


CELLS = [
    # (sentence, a fact it gives, a fact it must not give)
    ("The drama Salt Road was cancelled rather than renewed.", ("Salt Road", "cancelled"),
     ("Salt Road", "renewed")),
    ("Tovrel has renewed Lantern House, Dana Holt's comedy.", ("Lantern House", "renewed"),
     ("Dana Holt", "renewed")),
    ("Kestrel denied reports that Salt Road had been cancelled.", None,
     ("Salt Road", "cancelled")),
    ("Kestrel has cancelled its licensing deal with Tovrel.", None, ("Tovrel", "cancelled")),
    ("Salt Road was renewed for a third season by Kestrel on Tuesday.",
     ("Salt Road", "renewed"), None),
]


@pytest.mark.parametrize("text,given,absent", CELLS, ids=range(len(CELLS)))
def test_cells(text: str, given: tuple[str, str] | None,
               absent: tuple[str, str] | None) -> None:
    found = _facts(text)
    if given is not None:
        assert given in found
    if absent is not None:
        assert absent not in found


# --- round 39, r39speedback: cheap pre-tests inside the round's readings --------------------


def _proved(needs: tuple[str, ...], pattern: object) -> bool:
    source = _source(pattern).replace("(?=", "(?:")
    stems = prefilter.required_stems(
        source, lambda run: frozenset(word for word in needs if word in run))
    return stems is not None and stems <= set(needs)


@pytest.mark.parametrize("pattern", [rules._PAST_RECORD_TIME_RE, rules._PAST_RECORD_OPENING_RE,
                                     rules._PAST_RECORD_LIST_RE],
                         ids=["time", "opening", "list"])
def test_past_record_needs_are_spelled_by_every_match(pattern: object) -> None:
    """``rules._decision_in_past_record`` skips a sentence holding none of
    ``_PAST_RECORD_NEEDS``: every match of its three patterns spells one."""
    assert _proved(rules._PAST_RECORD_NEEDS, pattern)


def test_headline_year_reads_the_headline_before_the_clause(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """``date.headline_year_of_decisions`` asks ``_just_happened`` (a dozen patterns over the
    clause) only when the headline frames a year's decisions of the fact's kind."""
    asked: list[str] = []
    original = rules._just_happened

    def spy(c: object) -> bool:
        asked.append(c.text)  # type: ignore[attr-defined]
        return original(c)  # type: ignore[arg-type]

    monkeypatch.setattr(rules, "_just_happened", spy)
    text = "Kestrel has cancelled Salt Road after two seasons."
    before = len(asked)
    rules_fired = _facts_titled("Kestrel news", text)
    assert ("Salt Road", "cancelled") in rules_fired
    plain = len(asked) - before
    before = len(asked)
    assert ("Salt Road", "cancelled") in _facts_titled("Every Show Kestrel Cancelled in 2026",
                                                       text)
    assert len(asked) - before > plain


def _facts_titled(title: str, text: str) -> dict[tuple[str, str], str | None]:
    found = extract_facts(Article("https://wire.example.test/kestrel", title, text, PUBLISHED))
    return {(f.show, f.kind): f.date for f in found}


SPEEDBACK_CELLS = [
    # (headline, sentence, the fact, its date)
    ("Every Show Kestrel Cancelled in 2025", "Kestrel has cancelled Salt Road after two "
     "seasons.", ("Salt Road", "cancelled"), "2025"),
    ("Kestrel news", "Kestrel has cancelled Salt Road after two seasons.",
     ("Salt Road", "cancelled"), "2026-05"),
    ("Tovrel news", "In the past, Tovrel has cancelled Lantern House.",
     ("Lantern House", "cancelled"), None),
    ("Tovrel news", "Other Tovrel dramas to be cancelled include Lantern House and Salt Road.",
     ("Salt Road", "cancelled"), None),
]


@pytest.mark.parametrize("title,text,fact,date", SPEEDBACK_CELLS,
                         ids=range(len(SPEEDBACK_CELLS)))
def test_speedback_cells(title: str, text: str, fact: tuple[str, str],
                         date: str | None) -> None:
    found = _facts_titled(title, text)
    assert fact in found and found[fact] == date


@pytest.mark.parametrize("text,dropped", [
    ("Tovrel has cancelled its American remake of Copper Vale after one season.", True),
    ("Kestrel has renewed the Korean adaptation of Salt Road for a second season.", True),
    ("Tovrel has cancelled Copper Vale after one season.", False),
])
def test_foreign_version_still_read(text: str, dropped: bool) -> None:
    kind = "renewed" if "renewed" in text else "cancelled"
    show = "Salt Road" if "Salt Road" in text else "Copper Vale"
    assert ((show, kind) not in _facts(text)) == dropped


def test_title_readings_are_searched_once_per_headline() -> None:
    """``rules._tracker_title`` and ``rules._headline_decisions_frame`` read a headline once
    (a cache keyed by the headline), what each candidate's rules then ask of it."""
    rules._tracker_title.cache_clear()
    rules._headline_decisions_frame.cache_clear()
    _facts_titled("Every Show Kestrel Cancelled in 2025",
                  "Kestrel has cancelled Salt Road. Tovrel has cancelled Lantern House.")
    assert rules._headline_decisions_frame.cache_info().misses == 1
    assert rules._headline_decisions_frame.cache_info().hits >= 1
    assert rules._headline_decisions_frame("Every Show Kestrel Cancelled in 2025") == (
        False, "2025")
    assert rules._headline_decisions_frame("The Shows Tovrel Renewed This Year") == (True, None)
    assert rules._headline_decisions_frame("Kestrel renews Salt Road") is None


@pytest.mark.parametrize("text,date", [
    ("Kestrel has pushed Copper Vale season 2 from March to June.", "2026-06"),
    ("Tovrel has delayed the Lantern House season 3 premiere from April to June 9.",
     "2026-06-09"),
])
def test_moved_dates_still_read(text: str, date: str) -> None:
    found = extract_facts(Article("https://wire.example.test/kestrel", "Kestrel news", text,
                                  PUBLISHED))
    assert date in {f.date for f in found if f.kind == "premiere"}
