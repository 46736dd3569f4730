"""Round 24's byte-identical speed pass (issue 14, branch r24speed).

- A kind's trigger pattern is narrowed on a sentence holding none of the stems its rarer
  alternatives need (``prefilter.required_stems``, ``facts.trigger_splits``): the triggers
  found are the ones the whole pattern finds. Checked on strings sampled from every
  alternative's own parse (so an alternative added later is sampled too), set among common
  stems and sentences of our own.
"""

from __future__ import annotations

import random
import re
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

import pytest

from monitor.extract import facts, prefilter
from monitor.extract.patterns import TRIGGERS, lower_case_text

#: Sentences of our own (invented names, networks, people), triggers of every kind beside
#: the common stems alone.
SENTENCES = [
    "Tovrel has renewed Glass Harbor for a third season.",
    "Salt Road will return for a second season on Kestrel next spring.",
    "Glass Harbor is coming back for season 3, Tovrel said.",
    "The second season of Night Ferry ends its run in May.",
    "Quillmarsh has been cancelled after two seasons at Brindle TV.",
    "Copper Vale won't return for a fourth series.",
    "Iron Bay begins filming its second season in Cork in March.",
    "Production on Wexmoor season 2 wrapped last week.",
    "Salt Road premieres June 5 on Kestrel, with all eight episodes.",
    "The third season of Glass Harbor arrives on Vantor in the fall.",
    "The season finale drew its biggest audience of the season.",
    "Every series on the network's slate gets a new season poster.",
    "Night Ferry's season two is back on Tovrel this Friday.",
    "Maya Lind said the season ended the way the series began.",
]


def _held(stems: set[str]) -> Any:
    return lambda text: frozenset(stem for stem in stems if stem in text)


@pytest.mark.parametrize(("pattern", "stems", "avoid", "needed"), [
    # a stem in a run of literals; with it avoided, the other run's stem
    (r"picks? up (?:\S+ ){1,6}?for (?:a|an) season", {"pick", "season"}, {"season"}, {"pick"}),
    (r"picks? up (?:\S+ ){1,6}?for (?:a|an) season", {"pick", "season"}, {"pick"}, {"season"}),
    # an optional character: each spelling holds a stem of its own
    (r"re-?upped", {"reup", "re-up"}, set(), {"reup", "re-up"}),
    # a branch: one stem of each branch
    (r"(?:renew|axe)d for", {"renew", "ax"}, set(), {"renew", "ax"}),
    # zero-width items do not break a run of literals
    (r"(?<!not )will\b return", {"will return"}, set(), {"will return"}),
    # a repeat of at least one copy needs what a copy needs
    (r"(?:axed,? )+now", {"axed"}, set(), {"axed"}),
    # a branch without a stem, an optional stem, a flag set inside: no set known
    (r"(?:will|to) (?:\w+ )?air", {"renew"}, set(), None),
    (r"(?:renewed )?for good", {"renew"}, set(), None),
    (r"(?i:renew)ed", {"renew"}, set(), None),
])
def test_required_stems_reads_the_parse(pattern: str, stems: set[str], avoid: set[str],
                                        needed: set[str] | None) -> None:
    found = prefilter.required_stems(pattern, _held(stems), avoid)
    assert found == (frozenset(needed) if needed is not None else None)


def _sample(items: Any, rng: random.Random) -> str:
    """A string a parsed pattern may match (assertions and classes read loosely: a sample
    that does not match is only not counted)."""
    out = []
    for op, arg in items:
        if op is _c.LITERAL:
            out.append(chr(arg))
        elif op is _c.SUBPATTERN:
            out.append(_sample(arg[3].data, rng))
        elif op is _c.BRANCH:
            out.append(_sample(rng.choice(arg[1]).data, rng))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, high, sub = arg
            out.extend(_sample(sub.data, rng) for _ in range(rng.randint(low, min(high,
                                                                                  low + 2))))
        elif op is _c.IN:
            literals = [chr(code) for kind, code in arg if kind is _c.LITERAL]
            spaces = any(kind is _c.CATEGORY and code is _c.CATEGORY_SPACE
                         for kind, code in arg)
            out.append(rng.choice(literals) if literals else " " if spaces else
                       rng.choice("xy7"))
        elif op in (_c.ANY, _c.NOT_LITERAL):
            out.append("q")
    return "".join(out)


def _samples(seed: int, per_alternative: int) -> list[str]:
    """Sentences holding strings sampled from each trigger alternative, among common stems,
    words of our own and other alternatives' strings."""
    rng = random.Random(seed)
    pieces = []
    for alts in TRIGGERS.values():
        for alt in alts:
            parsed = _parser.parse(lower_case_text(r"\b(?:" + alt + r")"))
            pieces.extend(_sample(parsed.data, rng) for _ in range(per_alternative))
    common = sorted({stem for stems in facts.COMMON_TRIGGER_STEMS.values() for stem in stems})
    words = ["glass harbor", "tovrel", "the", "a", "in march", "2025", "said", ",", "."]
    out = []
    for piece in pieces:
        around = [rng.choice(common + words) for _ in range(rng.randint(0, 4))]
        if rng.random() < 0.2:
            around.append(rng.choice(pieces))
        rng.shuffle(around)
        cut = rng.randint(0, len(around))
        out.append(" ".join([*around[:cut], piece, *around[cut:]]))
    return out


def _spans(text: str) -> list[tuple[str, int, int]]:
    return [(t.kind, t.start, t.end) for t in facts._find_triggers(text)]


def test_each_alternative_holds_a_stem_it_is_said_to_need() -> None:
    rng = random.Random(24)
    checked = 0
    for kind, alts in TRIGGERS.items():
        avoid = facts.COMMON_TRIGGER_STEMS.get(kind, ())
        for alt in alts:
            source = lower_case_text(r"\b(?:" + alt + r")")
            needed = prefilter.required_stems(source, facts._stems_held, avoid)
            if needed is None:
                continue
            pattern = re.compile(source)
            parsed = _parser.parse(source)
            for _ in range(30):
                text = f"x {_sample(parsed.data, rng)} y"
                for match in pattern.finditer(text):
                    assert needed & facts._stems_held(text[match.start():match.end()]), alt
                    checked += 1
    assert checked > 4_000  # the samples do match their alternatives


def test_narrowed_patterns_find_what_the_whole_ones_find(monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    texts = [*SENTENCES, *(s.lower() for s in SENTENCES), *_samples(14, 5)]
    found = [_spans(text) for text in texts]
    # sentences a narrow pattern reads and finds a trigger of its kind in
    narrowed = sum(1 for text, spans in zip(texts, found, strict=True)
                   if any(_narrowed(text, kind) for kind, _s, _e in spans))
    monkeypatch.setattr(facts, "_TRIGGER_SPLITS", {})
    assert [_spans(text) for text in texts] == found
    assert sum(map(bool, found)) > 1_000 and narrowed > 200


def _narrowed(text: str, kind: str) -> bool:
    split = facts._TRIGGER_SPLITS.get(kind)
    return split is not None and split.rare.isdisjoint(facts._stems_held(text.lower()))


def test_a_sentence_of_common_stems_runs_the_narrow_pattern() -> None:
    split = facts._TRIGGER_SPLITS["renewed"]
    assert split.narrow is not None
    assert split.narrow.pattern.count("|") < split.whole.pattern.count("|")
    assert {"renew", "pick"} <= split.rare and not split.rare & {"season", "series"}
    # the common stems alone: narrowed, and what is there is still found
    text = "Glass Harbor will continue into a second season."
    assert _narrowed(text, "renewed") and _spans(text) == [("renewed", 13, 47)]
    assert _spans("The season finale drew its biggest audience of the season.") == []


def test_controls_find_what_they_found() -> None:
    assert [kind for kind, _s, _e in _spans(SENTENCES[0])] == ["renewed"]
    assert [kind for kind, _s, _e in _spans(SENTENCES[4])] == ["cancelled"]
    assert [kind for kind, _s, _e in _spans(SENTENCES[6])] == ["filming_started"]
    assert [kind for kind, _s, _e in _spans(SENTENCES[8])] == ["premiere"]
