"""A renewal supposed by an inverted condition is no renewal — round 19 (issue 10, r19kinds).

"If X is renewed, a third season would premiere in 2031" gave no renewal (rule
``drop.wished_or_unreal``), but "Should X be renewed, ..." and "Were X to be renewed, ..."
gave a confirmed renewal of the publication month to a show named "Should X" / "Were X": the
condition's inverted form was read neither as a condition nor as a title's edge. Now "should",
"were", "had" (and "would", "could", "did", "does") open no title, and a trigger in the first
clause of a sentence opening on "Should / Were / Had ..." is a condition
(``INVERTED_CONDITION_RE``, read by ``drop.wished_or_unreal``). Controls: "should" as a
modal after the show, a renewal after a fronted clause, a first name that is a modal. Every
sentence and show is invented.
"""

from __future__ import annotations

import pytest
from articles import facts_of

SHOWS = ["Glass Harbor", "The Salt Road", "Harrow Lane"]
CONDITIONS = [
    "Should {s} be renewed, a third season would premiere in 2031.",
    "Should {s} be renewed for a third season, it would not arrive until 2031.",
    "Were {s} to be renewed, a third season could premiere in 2031.",
    "Had Kestrel renewed {s}, a third season would have premiered in 2031.",
    "Should {s} return for a third season, it would premiere in 2031.",
    "Should {s} be cancelled, Kestrel would lose its biggest drama.",
    "Were {s} to be cancelled, fans would riot.",
    "Should Kestrel renew {s} for a third season?",
]


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("sentence", CONDITIONS)
def test_an_inverted_condition_decides_nothing(sentence: str, show: str) -> None:
    facts = facts_of(sentence.format(s=show))
    assert not [f for f in facts if f.kind in ("renewed", "cancelled")]
    assert all(f.show == show for f in facts)  # no "Should Glass Harbor"


# --- controls: these give today what they gave before ---------------------------------------


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("sentence, expected", [
    ("{s} should be renewed for a third season.", {(3, "renewed", "speculative")}),
    ("Kestrel has renewed {s} for a third season.", {(3, "renewed", "confirmed")}),
    ("Had a hit on its hands, Kestrel renewed {s} for a third season.",
     {(3, "renewed", "confirmed")}),
    ("If {s} is renewed, a third season would premiere in 2031.",
     {(3, "premiere", "speculative")}),
], ids=["modal", "plain", "fronted-had", "if"])
def test_conditions_read_before_stay(sentence: str, expected: set[tuple[int, str, str]],
                                     show: str) -> None:
    facts = facts_of(sentence.format(s=show))
    assert {(f.season, f.kind, f.certainty) for f in facts if f.show == show} == expected
