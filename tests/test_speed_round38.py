"""Round 38, r38speedback: the round's facts CPU back, no fact changed.

Behaviour cells for the two shortcuts (no timing here; ``bench/facts_speed.py`` times them and
``bench/facts_compare.py`` shows no extracted fact changed):

- ``run_stage`` reads a stage's rules per kind (``rules._BY_STAGE_KIND``): it must run the same
  rules, in the same order, as asking every rule of the stage for the candidate's kind, also
  when a rule of the stage changes the candidate's kind;
- ``facts.typeset_like`` skips the alignment when the window holds no typographic character,
  and aligns a rewritten piece once (``facts._aligned``): the same text as the alignment.
"""

from __future__ import annotations

import difflib
import itertools
from dataclasses import dataclass, field

import pytest

from monitor.extract import facts, rules


def _reference_stage(stage_rules, first_only, candidate):
    """The loop ``run_stage`` ran before round 38's shortcut: every rule asked for the kind."""
    for rule in stage_rules:
        if candidate.kind not in rule.kinds:
            continue
        found = rule.condition(candidate)
        if not found:
            continue
        result = rule.action(candidate, found)
        if result is None:
            return None
        candidate = result
        if first_only:
            break
    return candidate


@dataclass(frozen=True)
class _Fake:
    kind: str
    seen: tuple[str, ...] = field(default=())


def _fake_rule(name: str, kinds: tuple[str, ...], to_kind: str | None, drops: bool = False):
    def action(c, _found):
        if drops:
            return None
        return _Fake(to_kind or c.kind, c.seen + (name,))
    return rules.Rule(name, kinds, "a test rule", "Kestrel renewed Salt Road.", "fake",
                      lambda c: True, action)


_KINDS = ("renewed", "premiere", "cancelled")
#: Stages of four rules, each reading one or two kinds and turning a candidate into another
#: kind (or keeping it): every kind-changing path through a stage.
_STAGES = [
    (f"{a}-{b}-{c}", (
        _fake_rule("one", (a,), b),
        _fake_rule("two", (b, "cancelled"), None),
        _fake_rule("three", (b,), c),
        _fake_rule("four", (c, a), None),
    ))
    for a, b, c in itertools.product(_KINDS, repeat=3)
]


@pytest.mark.parametrize("first_only", [False, True], ids=["every-rule", "first-only"])
@pytest.mark.parametrize("start", _KINDS)
@pytest.mark.parametrize("name,stage_rules", _STAGES, ids=[s[0] for s in _STAGES])
def test_run_stage_per_kind_runs_the_same_rules(monkeypatch, name, stage_rules, start,
                                                first_only):
    monkeypatch.setitem(rules.STAGES, "fake", first_only)
    monkeypatch.setitem(rules._BY_STAGE, "fake", stage_rules)
    for kind in rules.ALL_KINDS:
        monkeypatch.setitem(rules._BY_STAGE_KIND, ("fake", kind), tuple(
            (i, r) for i, r in enumerate(stage_rules) if kind in r.kinds))
    candidate = _Fake(start)
    assert rules.run_stage("fake", candidate) == _reference_stage(stage_rules, first_only,
                                                                  candidate)


def test_run_stage_drop_is_kept(monkeypatch):
    stage_rules = (_fake_rule("turn", ("renewed",), "cancelled"),
                   _fake_rule("drop", ("cancelled",), None, drops=True))
    monkeypatch.setitem(rules.STAGES, "fake", False)
    monkeypatch.setitem(rules._BY_STAGE, "fake", stage_rules)
    for kind in rules.ALL_KINDS:
        monkeypatch.setitem(rules._BY_STAGE_KIND, ("fake", kind), tuple(
            (i, r) for i, r in enumerate(stage_rules) if kind in r.kinds))
    assert rules.run_stage("fake", _Fake("renewed")) is None


@pytest.mark.parametrize("stage", sorted(rules.STAGES))
def test_stage_rules_per_kind_are_the_stage_in_order(stage):
    for kind in rules.ALL_KINDS + ("an-unknown-kind",):
        expected = [r for r in rules._BY_STAGE[stage] if kind in r.kinds]
        assert [r for _, r in rules._stage_rules(stage, kind, -1)] == expected
        for after in range(len(rules._BY_STAGE[stage])):
            assert [r for _, r in rules._stage_rules(stage, kind, after)] == [
                r for i, r in enumerate(rules._BY_STAGE[stage]) if i > after and kind in r.kinds]


def _reference_typeset(piece: str, plain: str, original: str) -> str:
    """``typeset_like`` as it was before the shortcut: the alignment whenever the piece is not
    found as it is."""
    if plain is original or plain == original:
        return piece
    at = plain.find(piece)
    if at >= 0:
        return original[at:at + len(piece)].translate(facts._SPACES_TABLE)
    at = plain.find(piece[:facts._ANCHOR_CHARS])
    if at < 0:
        return piece
    end = at + len(piece) + facts._ANCHOR_CHARS
    window, source = plain[at:end], original[at:end]
    out = list(piece)
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, piece, window,
                                                       autojunk=False).get_opcodes():
        if tag == "equal":
            out[i1:i2] = source[j1:j2]
    return "".join(out).translate(facts._SPACES_TABLE)


_ORIGINALS = [
    "Kestrel\u2019s drama Salt Road\u2014the fishing saga\u2014returns on 4\u00a0June 2026 "
    "for a third series. Tovrel has axed Lantern House after two seasons.",
    "Salt Road \u201cBoatHow\u201d was renewed by Kestrel; Havana premieres on Tovrel in May. "
    "Lisbon wrapped filming in Cork last week, the broadcaster said in a statement today.",
    "Kestrel has renewed Salt Road for a third season. Tovrel has axed Lantern House after "
    "two seasons, and Havana premieres on June 4 with ten episodes on the channel.",
]
_REWRITES = [
    ("insert", lambda t: t.replace("BoatHow", "Boat, How").replace("axed", "ax ed")),
    ("drop", lambda t: t.replace("the fishing saga", "saga").replace("last week", "")),
    ("cut-tail", lambda t: t[:60] + " and more"),
    ("whole", lambda t: t),
]


@pytest.mark.parametrize("rewrite,how", _REWRITES, ids=[r[0] for r in _REWRITES])
@pytest.mark.parametrize("original", _ORIGINALS, ids=["dashes-quotes", "quotes", "plain"])
def test_typeset_like_is_the_alignment(original, rewrite, how):
    plain = facts.plain_typography(original)
    for start in range(0, len(plain) - 40, 7):
        for length in (30, 60, 110):
            piece = how(plain[start:start + length])
            assert facts.typeset_like(piece, plain, original) == _reference_typeset(
                piece, plain, original), (start, length)
