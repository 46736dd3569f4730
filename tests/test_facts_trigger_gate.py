"""The trigger pre-check in one scan (``facts.stem_gates``): a kind's patterns run on exactly
the sentences where one of its stems (``TRIGGER_STEMS``, ``FAMILY_STEMS``) occurs, as the
per-kind ``stem in text`` loops it replaces decided. Checked on token soups made of the stems,
their prefixes and overlaps, so stems that begin with, end in or run into each other meet."""

from __future__ import annotations

import random

from monitor.extract import facts
from monitor.extract.patterns import FAMILY_STEMS, TRIGGER_STEMS


def _gates_by_loops(low: str) -> set[tuple[bool, str]]:
    """The reference: each kind's stems looked for one by one."""
    return {(family, kind)
            for family, table in ((False, TRIGGER_STEMS), (True, FAMILY_STEMS))
            for kind, stems in table.items() if any(stem in low for stem in stems)}


def _gates_by_scan(low: str) -> set[tuple[bool, str]]:
    gates: set[tuple[bool, str]] = set()
    for stem in facts._STEM_SCAN_RE.findall(low):
        gates |= facts._STEM_GATES[stem]
    return gates


def _soup(rng: random.Random, pieces: list[str]) -> str:
    glue = ["", "", " ", "  ", "-", "'", "’", ", ", ". ", "s ", "ed ", "ing "]
    return "".join(rng.choice(pieces) + rng.choice(glue) for _ in range(rng.randint(0, 9)))


def test_one_scan_opens_the_gates_the_loops_opened() -> None:
    stems = sorted({*(s for t in TRIGGER_STEMS.values() for s in t),
                    *(s for t in FAMILY_STEMS.values() for s in t)})
    # whole stems, their first and last parts (a stem's prefix is often another kind's stem:
    # "drop" of the premiere, "dropped" of the cancellation), ordinary words
    pieces = [*stems, *(s[:cut] for s in stems for cut in (1, 2, len(s) - 1) if 0 < cut < len(s)),
              *(s[cut:] for s in stems for cut in (1, 2) if cut < len(s)),
              "the", "glass harbor", "netflix", "max", "tax", "2024", "İstanbul", "a"]
    rng = random.Random(14)
    opened = 0
    for _ in range(20_000):
        low = _soup(rng, pieces).lower()
        assert _gates_by_scan(low) == _gates_by_loops(low), low
        opened += bool(_gates_by_loops(low))
    assert opened > 10_000  # the soups do reach the gates


def test_every_stem_alone_opens_its_own_gates() -> None:
    for family, table in ((False, TRIGGER_STEMS), (True, FAMILY_STEMS)):
        for kind, stems in table.items():
            for stem in stems:
                assert (family, kind) in _gates_by_scan(f"x {stem} y"), stem


def test_a_sentence_without_stems_runs_no_pattern() -> None:
    assert _gates_by_scan("glass harbor stars maya lind as a lighthouse warden.") == set()
    assert facts._find_triggers("Glass Harbor stars Maya Lind as a lighthouse warden.") == []
