"""A question that tells a premiere's date in a clause of its own states it
(``trigger.premiere_stated_in_question``, issue 10, round 22).

Every sentence ending in "?" was dropped (``drop.question``), so "Are you ready for Salt Road,
which premieres March 4?" gave nothing: the question asks about the reader, its relative,
participle, "when it debuts" or "ahead of its ... premiere" clause tells the date. Questions
about the premiere itself ("Will Salt Road premiere on March 4?") and hedged or two-choice
clauses still state nothing.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of

PUBLISHED = dt.date(2025, 2, 1)
TITLES = ("Salt Road", "Copper Vale", "Nightjar Point")
NETWORKS = ("Kestrel", "Tovrel Plus")
QUESTIONS = (
    "Are you ready for {T}, which premieres March 4 on {N}?",
    "Who is excited for {T}, premiering March 4 on {N}?",
    "Will you be watching {T} when it debuts on {N} on March 4?",
    "Did you know that {T} premieres on {N} on March 4?",
    "Are you planning to watch {T} when it premieres March 4?",
    "Ahead of its March 4 premiere on {N}, what do we know about {T}?",
    "What can fans expect from {T}, which debuts on {N} on March 4?",
    "Have you heard that {T} will premiere on {N} on March 4?",
)
ARTICLES = {
    "alone": "The drama {T} comes from Ana Ruiz. {Q}",
    "roundup": "Harbor Lights season 3 premieres April 2 on Vantor. The drama {T} comes from "
               "Ana Ruiz. {Q} Glass Orchard wrapped filming in April.",
}


def _premieres(body: str, show: str) -> set[tuple[str | None, str]]:
    return {(f.date, f.certainty) for f in facts_of(body, published=PUBLISHED)
            if f.kind == "premiere" and f.show == show}


@pytest.mark.parametrize("article", ARTICLES)
@pytest.mark.parametrize("question", QUESTIONS)
@pytest.mark.parametrize("network", NETWORKS)
@pytest.mark.parametrize("title", TITLES)
def test_a_clause_of_a_question_states_the_premiere(title: str, network: str, question: str,
                                                    article: str) -> None:
    body = ARTICLES[article].format(T=title, Q=question.format(T=title, N=network))
    assert _premieres(body, title) == {("2025-03-04", "expected")}


ASKED = (
    "Will {T} premiere on March 4?",
    "Could {T} premiere on March 4?",
    "Is {T} premiering on March 4?",
    "When does {T} premiere?",
    "Does {T} premiere on March 4 or March 11?",
    "Are you ready for {T}, which could premiere March 4?",
    "Will you watch {T} when it premieres, maybe March 4 or March 11?",
    "Did you know that {T} might premiere on March 4?",
)


@pytest.mark.parametrize("question", ASKED)
@pytest.mark.parametrize("title", TITLES)
def test_a_question_about_the_premiere_states_nothing(title: str, question: str) -> None:
    body = ARTICLES["roundup"].format(T=title, Q=question.format(T=title))
    assert _premieres(body, title) == set()
