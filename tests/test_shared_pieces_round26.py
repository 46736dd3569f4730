"""Pieces rounds 24 and 25 wrote twice, one piece each (round 26, code health, issue 10).

- ``patterns.PASSIVE_TRIGGER_AUX``: the auxiliaries ``PASSIVE_BEFORE_TRIGGER`` reads and
  ``DECIDER_SUBJECT_GAP_RE`` refuses between a name and its decision;
- ``patterns._EARLIER_WORDS``: the words of an earlier or other show, which the speakers' own
  show never has (``_OUR_OWN_SHOW``) and another show has (``_EARLIER``, with "short-lived");
- ``patterns.ordinal_alternation``: the ordinals but some, as an alternation (``rules`` built
  three by hand); ``rules._ORDINAL_ALONE_RE`` named apart from ``ELLIPTIC_ORDINAL_RE``;
- ``rules._trigger_reads`` / ``rules._trigger_spanned``: the conditions of the records that
  name how the vocabulary's trigger was read (a lambda each, seven functions);
- ``rules._frame_beside_decision``: the frame the two round-25 mirrors (a renewal not given
  beside a cancellation, a cancellation not given beside a renewal) read.

The compiled patterns are the strings they were (``_EARLIER``'s "short-lived" now stands last:
no word of it starts another, so the order changes no match), and the facts are the same
(``bench/facts_compare.py``). Every sentence is invented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from articles import explained, facts_of, rows

from monitor.extract import patterns, rules

_AUX = ["been", "was", "were", "is", "are", "be", "being", "get", "gets", "got"]


def test_one_list_of_passive_auxiliaries() -> None:
    assert patterns.PASSIVE_TRIGGER_AUX.split("|") == _AUX
    assert patterns.PASSIVE_BEFORE_TRIGGER == rf"\b(?:{patterns.PASSIVE_TRIGGER_AUX})\s{{1,3}}"
    assert f"(?!(?:{patterns.PASSIVE_TRIGGER_AUX})\\b)" in patterns.DECIDER_SUBJECT_GAP_RE.pattern


@pytest.mark.parametrize("aux", _AUX)
def test_the_gap_refuses_each_auxiliary(aux: str) -> None:
    assert not patterns.DECIDER_SUBJECT_GAP_RE.fullmatch(f" {aux} ")
    assert patterns.DECIDER_SUBJECT_GAP_RE.fullmatch(" quietly ")


_EARLIER = ["previous", "earlier", "last", "former", "first", "old", "other", "prior"]


def test_one_list_of_earlier_show_words() -> None:
    words = patterns._EARLIER_WORDS
    assert words.split("|") == _EARLIER
    assert f"(?:{words})" in patterns._OUR_OWN_SHOW
    assert patterns._EARLIER == f"(?:{words}|short-lived)"
    for pattern in (patterns.FIRST_PERSON_SUBJECT_RE, patterns.FIRST_PERSON_OBJECT_RE):
        assert patterns._OUR_OWN_SHOW in pattern.pattern


#: ``_EARLIER`` as round 25 spelt it ("short-lived" before "prior") and as it is now.
_EARLIER_AS_WAS = r"(?:previous|earlier|last|former|first|old|other|short-lived|prior)"
_EARLIER_AS_IS = r"(?:previous|earlier|last|former|first|old|other|prior|short-lived)"
_HEADS = ["her previous series", "Dana Holt's short-lived drama", "my prior show",
          "their own old sitcom", "the studio's other comedy", "whose comedy", "our first show",
          "his last series", "an other drama", "her short-lived comedy"]


@pytest.mark.parametrize("head", _HEADS)
@pytest.mark.parametrize("tail", [" was axed", " Kestrel cancelled", " that Tovrel dropped",
                                  " had been", "", " ended"])
def test_the_other_show_head_reads_as_it_did(head: str, tail: str) -> None:
    for name in ("OTHER_SHOW_ENDED_BEFORE_RE", "OTHER_SHOW_ENDED_AFTER_RE"):
        pattern = getattr(patterns, name)
        old, new = (re.compile(pattern.pattern.replace(patterns._EARLIER, earlier), pattern.flags)
                    for earlier in (_EARLIER_AS_WAS, _EARLIER_AS_IS))
        assert old.pattern != new.pattern
        for text in (f"{head}{tail} ", f"cancelled {head}{tail}", f" {head}{tail}"):
            assert [m.span() for m in old.finditer(text)] == \
                [m.span() for m in new.finditer(text)], text
            assert bool(old.search(text)) == bool(new.search(text))


@pytest.mark.parametrize(("quote", "first_person"), [
    ('"Our little show won\'t be back," said Dana Holt, its creator.', True),
    ('"Our previous show won\'t be back," said Dana Holt, its creator.', False),
    ('"Our own earlier series was cancelled," said Dana Holt.', False),
    ('"Our prior drama was cancelled," said Dana Holt.', False),
])
def test_the_speakers_own_show_is_never_an_earlier_one(quote: str, first_person: bool) -> None:
    lead = quote[1:quote.index(" won't") if "won't" in quote else quote.index(" was")]
    assert bool(patterns.FIRST_PERSON_SUBJECT_RE.search(lead + " ")) is first_person


def test_ordinal_alternation_is_shared() -> None:
    alt = patterns.ordinal_alternation
    assert rules._ORDINAL_ALT == alt("debut", "inaugural")
    assert rules._LATER_ORDINALS == alt("first", "sophomore", "freshman", "debut", "inaugural")
    assert alt("debut", "inaugural") in rules._ITEM_SEASON_NOTE_RE.pattern
    assert rules._LATER_ORDINALS in rules._ORDINAL_ALONE_RE.pattern


def test_ordinal_alternation_longest_first_in_ordinals_order() -> None:
    words = patterns.ordinal_alternation().split("|")
    assert sorted(words) == sorted(patterns.ORDINALS)
    assert [len(w) for w in words] == sorted((len(w) for w in words), reverse=True)
    same = [w for w in patterns.ORDINALS if len(w) == 6]
    assert [w for w in words if len(w) == 6] == same
    assert "first" not in patterns.ordinal_alternation("first").split("|")


@pytest.mark.parametrize("word", ["second", "thirteenth", "seventeenth", "sophomore", "20th"])
def test_the_alternation_matches_whole_words(word: str) -> None:
    pattern = re.compile(rf"(?:{patterns.ordinal_alternation()}|\d{{1,2}}th)\b")
    found = pattern.match(word + " season")
    assert found is not None and found.group(0) == word


def test_the_two_elliptic_ordinals_are_named_apart() -> None:
    assert not hasattr(rules, "_ELLIPTIC_ORDINAL_RE")
    assert rules.ELLIPTIC_ORDINAL_RE is patterns.ELLIPTIC_ORDINAL_RE
    assert rules._ORDINAL_ALONE_RE.search("began filming its third.")
    assert not rules.ELLIPTIC_ORDINAL_RE.search("began filming its third.")
    assert rules.ELLIPTIC_ORDINAL_RE.search("the first season drew praise, while the second")


#: The records whose condition is the trigger read by a pattern from its start or anywhere.
_READ_RECORDS = ["trigger.season_decided_ahead", "trigger.return_put_off",
                 "trigger.return_to_place_for_season", "trigger.airing_noun",
                 "trigger.season_reached", "trigger.cut_in_other_words",
                 "trigger.season_refused", "trigger.season_in_other_words",
                 "trigger.numbered_season_got", "trigger.season_on_its_way",
                 "trigger.shoot_aside", "kind.renewal_denied_is_cancellation"]
#: The records whose condition is a pattern spanning the trigger from its start.
_SPANNED_RECORDS = ["trigger.schedule_placement", "trigger.arrival_with_time",
                    "trigger.arrival_any_time", "trigger.run_begun",
                    "trigger.back_on_place_with_time", "trigger.start_with_time",
                    "trigger.stays_for_season"]


@pytest.mark.parametrize("name", _READ_RECORDS)
def test_a_trigger_read_is_one_helper(name: str) -> None:
    assert rules.RULES[name].condition.__qualname__.startswith("_trigger_reads.")


@pytest.mark.parametrize("name", _SPANNED_RECORDS)
def test_a_trigger_spanned_is_one_helper(name: str) -> None:
    assert rules.RULES[name].condition.__qualname__.startswith("_trigger_spanned.")


def test_no_record_spells_the_trigger_read_again() -> None:
    source = Path(rules.__file__).read_text()
    assert not re.search(r"lambda c: [A-Z_]+\.(?:match|search)\(_trigger_text\(c\)\)\)", source)
    assert "found.end() == c.trigger.end" not in source.replace(
        "        return found is not None and found.end() == c.trigger.end\n    return spans", "")


@pytest.mark.parametrize(("body", "headline", "rule"), [
    ("Tovrel has extended Salt Road through a third season.", "", "trigger.season_reached"),
    ("Brindle TV has called time on the drama Copper Vale after two series.",
     "Copper Vale axed", "trigger.cut_in_other_words"),
    ("Lantern House returns to Kestrel Play for a third season.", "",
     "trigger.return_to_place_for_season"),
    ("Tovrel has added the drama Salt Road to its fall lineup.",
     "Salt Road joins the Tovrel lineup", "trigger.schedule_placement"),
    ("The second season of Copper Vale drops later this year.", "",
     "trigger.arrival_any_time"),
    ("Lantern House stays on Brindle TV for a third season.", "", "trigger.stays_for_season"),
    ("Kestrel decided not to renew the drama Salt Road.", "Salt Road cancelled at Kestrel",
     "kind.renewal_denied_is_cancellation"),
])
def test_the_records_still_name_their_reading(body: str, headline: str, rule: str) -> None:
    assert rule in explained(body, headline)


def test_the_two_mirrors_read_one_frame() -> None:
    assert callable(rules._frame_beside_decision)


@pytest.mark.parametrize(("body", "expected"), [
    # a renewal hoped for beside the cancellation: the cancellation only
    ("Kestrel cancelled Salt Road even though the cast expected a renewal.",
     {("Salt Road", None, "cancelled")}),
    # a cancellation feared beside the renewal: the renewal only
    ("Copper Vale was renewed for a third season despite rumours it might be cancelled.",
     {("Copper Vale", 3, "renewed")}),
])
def test_the_mirrors_keep_their_decision(body: str, expected: set[tuple[str, int | None, str]]
                                         ) -> None:
    assert rows(facts_of(body)) == expected
