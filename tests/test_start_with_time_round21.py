"""Round 21 (s21premiere): a run's start told as good or bad, with its time, is its premiere.

"Though the revived comedy had a promising start early last September, viewers left." gave no
premiere on main: only "got off to a strong start" was read, and "had / enjoyed / made a ...
start" with a time after it was in no premiere phrase. Now it is, with a word for the start and
the time right after it (``trigger.start_with_time``), when its subject is the show: a
reference opening the clause, after a "though" or "while" too ("his revived comedy", "The
series", "It"), or the show's name right before the verb (``drop.begun_other_subject``, shared
with ``trigger.run_begun``). A career's, a feud's, ratings' or a star's start is no premiere.
Every sentence and name here is invented.
"""

from __future__ import annotations

import pytest
from articles import facts_of, make_article

from monitor.extract.explain import explain

NAMES = [("Glass Harbor", "Kestrel"), ("Salt Meadow", "Tovrel"), ("Copper Vale", "Brindle")]

HEADLINE = "{S} cancelled after one season"
LEAD = "{N} has cancelled {S} after one season. The network thanked the cast. "

SUBJECTS = ["Though the revived comedy", "Though his revived show", "The series", "It",
            "While the {N} drama", "{S}"]

#: The start with its time, and the date it gives (published 2024-05-10).
STARTS = [
    ("had a promising start early last September, viewers drifted away.", "2023-09"),
    ("had a strong start in March 2024.", "2024-03"),
    ("enjoyed a solid start last fall.", "2023-FA"),
    ("made a promising start on Sunday.", "2024-05-05"),
]

GRID = [(subject, start, date, names) for subject in SUBJECTS for start, date in STARTS
        for names in NAMES]


def _premieres(body: str, headline: str) -> list[tuple[str, int | None, str | None]]:
    return [(f.show, f.season, f.date) for f in facts_of(body, headline)
            if f.kind == "premiere"]


@pytest.mark.parametrize("subject,start,date,names", GRID,
                         ids=[str(i) for i in range(len(GRID))])
def test_start_with_time_is_the_premiere(subject: str, start: str, date: str,
                                         names: tuple[str, str]) -> None:
    show, network = names
    sentence = (subject + " " + start).format(S=show, N=network)
    if subject.startswith(("Though", "While")) and not start.endswith("away."):
        sentence = sentence[:-1] + ", viewers drifted away."
    body = LEAD.format(S=show, N=network) + sentence
    assert (show, 1, date) in _premieres(body, HEADLINE.format(S=show))


#: Controls: another thing's start, or no time after it; no premiere (today too).
CONTROLS = [
    "Her career had a strong start in 2011.",
    "The feud had a slow start last September.",
    "The network had a strong start this fall.",
    "Ratings had a weak start in March.",
    "Maya Lind had a rocky start in 2019.",
    "The show's ratings had a weak start in March.",
    "The series had a strong start.",
    "The series had a strong start with critics.",
]


@pytest.mark.parametrize("sentence", CONTROLS)
@pytest.mark.parametrize("names", NAMES)
def test_other_start_is_no_premiere(sentence: str, names: tuple[str, str]) -> None:
    show, network = names
    body = LEAD.format(S=show, N=network) + sentence
    assert _premieres(body, HEADLINE.format(S=show)) == []


def test_explain_names_the_start() -> None:
    body = LEAD.format(S="Glass Harbor", N="Kestrel") + "The series had a strong start in 2023."
    _, text = explain(make_article(body, HEADLINE.format(S="Glass Harbor")))
    assert "trigger.start_with_time" in text
    body = LEAD.format(S="Glass Harbor", N="Kestrel") + "Her career had a strong start in 2011."
    _, text = explain(make_article(body, HEADLINE.format(S="Glass Harbor")))
    assert "drop.begun_other_subject" in text
