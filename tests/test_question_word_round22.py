"""A question word opening a headline is no first name (issue 10, round 22, branch r22names).

A headline capitalises every word, so "Why Nightjar Was Cancelled" holds a capitalised pair
that ``titles.persons_in`` read as a person ("Why Nightjar"), whose surname then vetoed the
one-word show everywhere in the article (``title.veto.surname``): the show lost every fact,
and a headline word beside it ("Vengeance Season 2") could take them. "When" was already no
first name; "why", "how", "what", "where", "who" and "which" are none either.

The controls: a person's two-word name in the body ("Mara Quell") still vetoes her surname
written alone, and a show after "When" keeps its fact, on both trees.
"""

from __future__ import annotations

import pytest
from articles import facts_of, normalised_rows

QUESTIONS = ["Why", "How", "What", "Where", "Who", "Which"]
#: One-word invented titles, the shape a surname veto reads.
SHOWS = ["Nightjar", "Quillmarsh", "Brightwater"]

#: (headline, body, the (season, kind) the show must have): {q} the question word, {s} the show.
FRAMES = [
    ("{q} {s} Was Cancelled After One Season", "Tovrel has cancelled {s} after one season.",
     (1, "cancelled")),
    ("{q} {s} Season 2 Will Be Different", "Tovrel has renewed {s} for a second season.",
     (2, "renewed")),
    ("{q} {s} Got Renewed", "{s} has been renewed for a second season by Tovrel.",
     (2, "renewed")),
]


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("question", QUESTIONS)
@pytest.mark.parametrize(("headline", "body", "want"), FRAMES,
                         ids=[f"frame{i}" for i in range(len(FRAMES))])
def test_a_show_after_a_question_word_keeps_its_fact(headline: str, body: str,
                                                     want: tuple[int, str], question: str,
                                                     show: str) -> None:
    got = normalised_rows(facts_of(body.format(s=show), headline.format(q=question, s=show)))
    assert (show.lower(), *want) in got


def test_a_show_after_when_keeps_its_fact() -> None:
    got = normalised_rows(facts_of("Tovrel has cancelled Nightjar after one season.",
                                   "When Nightjar Was Cancelled"))
    assert ("nightjar", 1, "cancelled") in got


def test_a_persons_surname_is_still_no_show() -> None:
    got = normalised_rows(facts_of("Mara Quell will star in Glass Harbor, which Tovrel renewed "
                                   "for a second season. Quell has been cast as a ferry pilot.",
                                   "Why Glass Harbor Was Renewed"))
    assert {show for show, _, _ in got} == {"glass harbor"}
