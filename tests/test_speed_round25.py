"""Round 25's byte-identical speed pass (issue 14, branch r25speed).

- The run told as a count (``facts._RUN_TOLD_AS_COUNT_RE``) runs only on a text holding
  "seasons" or a hyphen's "-season": every alternative spells one (``prefilter.required_stems``
  reads the same from the pattern), and most sentences' bare "season" opens none. The gated
  pattern finds what the whole IGNORECASE pattern finds on sentences of our own.
"""

from __future__ import annotations

import itertools

import pytest

from monitor.extract import facts, prefilter

#: Runs told as a count, one or more of each alternative's shapes (invented names).
RUN_SENTENCES = [
    "Tovrel cancelled the three-season drama Glass Harbor on Friday.",
    "Salt Road ends its two-season run on Kestrel in May.",
    "The network dropped Copper Vale after its four‑season stint.",
    "After running for three seasons, Night Ferry has been cancelled.",
    "Quillmarsh, which has aired two seasons on Brindle TV, will not return.",
    "Iron Bay was cancelled five seasons in.",
    "After just two seasons, Wexmoor ended its run on Vantor.",
    "AFTER THREE SEASONS, GLASS HARBOR ENDS.",
    "Glass Harbor, having lasted 3 seasons, bows out in June.",
]
#: Controls: a season named with no run counted; counts that are orders, not runs.
CONTROLS = [
    "Tovrel has renewed Glass Harbor for a third season.",
    "Salt Road returns for season 2 on Kestrel next spring.",
    "The second season of Night Ferry premieres June 5.",
    "Tovrel ordered a two-season renewal of Copper Vale.",
    "Kestrel gave Iron Bay a two-season order on Monday.",
    "Wexmoor was renewed for two seasons at once.",
    "The seasons change, and so does the schedule on Vantor.",
]


def _held(stems: tuple[str, ...]) -> object:
    return lambda text: frozenset(stem for stem in stems if stem in text)


def test_the_run_counts_stems_are_what_its_pattern_needs() -> None:
    pattern = facts._RUN_TOLD_AS_COUNT_RE
    declared = set(pattern.stems)
    assert declared == {"seasons", "-season", "‑season"}  # was ("season",)
    candidates = (*pattern.stems, "season")
    needed = prefilter.required_stems(pattern._low.pattern, _held(candidates),  # type: ignore[arg-type]
                                      avoid=("season",))
    assert needed is not None and needed <= declared


@pytest.mark.parametrize("text", RUN_SENTENCES + CONTROLS)
def test_the_gated_run_count_finds_what_the_whole_pattern_finds(text: str) -> None:
    pattern = facts._RUN_TOLD_AS_COUNT_RE
    gated = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
    whole = [(m.span(), {k: v and v.lower() for k, v in m.groupdict().items()})
             for m in pattern.pattern.finditer(text)]
    assert gated == whole
    assert bool(gated) == (text in RUN_SENTENCES)


def test_the_gate_matches_the_whole_pattern_on_spliced_sentences() -> None:
    """Each sentence's halves joined with another's: the gate never hides a match."""
    pattern = facts._RUN_TOLD_AS_COUNT_RE
    texts = RUN_SENTENCES + CONTROLS
    for one, other in itertools.permutations(texts, 2):
        for text in (one[:len(one) // 2] + other[len(other) // 2:],
                     one[:len(one) // 3] + " " + other):
            assert [m.span() for m in pattern.finditer(text)] == \
                [m.span() for m in pattern.pattern.finditer(text)], text
