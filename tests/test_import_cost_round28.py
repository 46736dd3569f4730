"""Round 28's import cost (issue 14, branch r28import): the extractor's import, byte-identical.

- The case-blind forms that serve only a text whose length ``str.lower`` changes (a
  ``Caseless``'s IGNORECASE pattern, each kind's whole trigger pattern and family pattern for
  such text) are ``patterns.LazyPattern``: compiled on their first use, or by
  ``compile_deferred``, which the article workers' fork server runs
  (``monitor.extract.preload`` in ``workers.PRELOAD``): a worker pays nothing for them.
- Each kind's trigger look-ahead is read from its alternatives one by one (the parse
  ``required_stems`` reads anyway), not from a second parse of the whole pattern: the same
  look-ahead text, so the same compiled pattern.
- The stem scan's gates and held stems found from each stem's own prefixes rather than by
  trying every stem against every other: the same sets.

Checked against the patterns compiled the old way on sentences of our own (invented names).
"""

from __future__ import annotations

import re
import subprocess
import sys
from string import ascii_lowercase

import pytest

from monitor import workers
from monitor.extract import facts, patterns, prefilter
from monitor.extract.patterns import FAMILY_TRIGGERS, TRIGGERS, Caseless, LazyPattern

#: Sentences of our own; the first ones hold a letter whose lower case is longer ("İ": two
#: characters), so the case-blind forms read them.
SENTENCES = [
    "İron Bay has been renewed for a second season at Kestrel.",
    "Tovrel cancelled İstanbul Nights after two seasons.",
    "Filming on İris Lane began in March; production wrapped on Copper Vale in May.",
    "İSTANBUL NIGHTS PREMIERES JUNE 5 ON VANTOR.",
    "Salt Road will return for a third season on Kestrel.",
    "Lantern House was axed by Brindle TV after one season.",
    "Copper Vale wraps filming on season two.",
    # controls: no trigger
    "İron Bay's cast gathered in Belfast for a table read.",
    "The weather in Wexmoor was grey all week.",
]


def _spans(found: object) -> list[tuple[int, int]]:
    return [m.span() for m in found]  # type: ignore[attr-defined]


def test_a_lazy_pattern_is_compiled_on_first_use_and_matches_as_compiled() -> None:
    lazy = LazyPattern(r"(?i)\bsalt (road|vale)\b")
    assert lazy._compiled is None
    whole = re.compile(lazy.pattern)
    text = "SALT ROAD and Salt Vale, not saltroad"
    assert _spans(lazy.finditer(text)) == _spans(whole.finditer(text))
    assert lazy._compiled is whole or lazy._compiled is not None
    assert lazy.search(text).span() == whole.search(text).span()  # type: ignore[union-attr]
    assert lazy.match("salt vale").span() == (0, 9)  # type: ignore[union-attr]
    assert lazy.findall(text) == whole.findall(text)
    assert lazy.sub("x", text) == whole.sub("x", text)


def test_compile_deferred_compiles_what_is_left() -> None:
    lazy = LazyPattern(r"(?i)\bkestrel\b")
    assert patterns.compile_deferred() >= 1
    assert lazy._compiled is not None
    assert patterns.compile_deferred() == 0


@pytest.mark.parametrize("text", SENTENCES)
def test_a_caseless_pattern_reads_any_text_as_before(text: str) -> None:
    source = r"(?i)\b(?:renewed|cancell?ed|premieres?|wrapped|began)\b"
    fast = Caseless(source)
    whole = re.compile(source)
    assert fast.pattern.pattern == source
    assert _spans(fast.finditer(text)) == _spans(whole.finditer(text))
    assert (fast.search(text) is None) == (whole.search(text) is None)


@pytest.mark.parametrize("text", SENTENCES)
def test_triggers_of_a_text_lower_lengthens_are_found_as_before(text: str) -> None:
    low = text.lower()
    expected = []
    for kind, alts in TRIGGERS.items():
        whole = re.compile(r"(?i)\b(?:" + "|".join(alts) + r")")
        assert facts._TRIGGER_RES[kind].pattern == whole.pattern
        source = text if len(low) != len(text) else low
        expected.append((kind, _spans(whole.finditer(source))))
        assert _spans(facts._TRIGGER_RES[kind].finditer(source)) == expected[-1][1]
    for kind, alts in FAMILY_TRIGGERS.items():
        if alts:
            whole = re.compile(r"(?i)\b(?:" + "|".join(alts) + r")")
            assert _spans(facts._FAMILY_RES[kind].finditer(text)) == _spans(whole.finditer(text))


def test_each_kind_s_look_ahead_is_the_whole_pattern_s() -> None:
    """The look-ahead read alternative by alternative is the text the whole pattern's parse
    gives: the compiled patterns are the ones compiled before."""
    for kind, pattern in facts._TRIGGER_LOWER_RES.items():
        source = patterns.lower_case_text(facts._TRIGGER_RES[kind].pattern)
        assert pattern.pattern == prefilter.with_prefix_lookahead(source,
                                                                  ascii_lowercase).pattern
    for kind, split in facts._TRIGGER_SPLITS.items():
        assert split.whole is facts._TRIGGER_LOWER_RES[kind]
        if split.narrow is not None:
            source = split.narrow.pattern[split.narrow.pattern.index(r"\b(?:"):]
            assert split.narrow.pattern == prefilter.with_prefix_lookahead(
                source, ascii_lowercase).pattern
    for kind, pattern in facts._FAMILY_LOWER_RES.items():
        source = patterns.lower_case_text(r"\b(?:" + "|".join(FAMILY_TRIGGERS[kind]) + r")")
        assert pattern.pattern == prefilter.with_prefix_lookahead(source,
                                                                  ascii_lowercase).pattern


def test_the_workers_fork_server_compiles_the_deferred_patterns() -> None:
    assert workers.PRELOAD == ["monitor.pipeline", "monitor.extract.preload"]
    code = ("import monitor.pipeline, monitor.extract.preload as p\n"
            "from monitor.extract.patterns import LazyPattern, compile_deferred\n"
            "assert p.COMPILED > 100, p.COMPILED\n"
            "assert all(lazy._compiled is not None for lazy in LazyPattern._made)\n"
            "print(compile_deferred())\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "0"


def test_the_stem_gates_are_those_every_stem_pair_gives() -> None:
    opens: dict[str, set[tuple[bool, str]]] = {}
    for family, table in ((False, patterns.TRIGGER_STEMS), (True, patterns.FAMILY_STEMS)):
        for kind, stems in table.items():
            for stem in stems:
                opens.setdefault(stem, set()).add((family, kind))
    gates = {stem: frozenset(gate for shorter, own in opens.items()
                             if stem.startswith(shorter) for gate in own) for stem in opens}
    assert facts._STEM_GATES == gates
    assert facts._STEM_HELD == {
        stem: frozenset(other for other in gates if stem.startswith(other)) for stem in gates}
    assert sorted(facts._stem_starts("renewal", {"ren", "renew", "renewal", "new", "r"})) == \
        ["r", "ren", "renew", "renewal"]
