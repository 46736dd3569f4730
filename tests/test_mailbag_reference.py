"""A mailbag column: a reader's question names a show, a signature line follows, and the
answer ("A: ...", "Dana says: ...") speaks of that show as "it" or "the Jane Doe-led drama"
(round 7, "title kept, no trigger": the fact is stated through a reference). Every text is
written for this test about invented shows."""

from __future__ import annotations

from articles import facts_of, normalised_shows_kinds


def _facts(text: str) -> set[tuple[str, str]]:
    return normalised_shows_kinds(facts_of(text, "Readers ask"))


def test_an_answer_speaks_of_the_question_show() -> None:
    text = ("Netflix renewed Red Kettle for a fourth season this week.\n\n"
            "Q: My family misses the Hulu mystery \"Glass Harbor\": will we see more?\n\n"
            "-- Jane Roe, Salem, Ore.\n\n"
            "A: Good news for your family. The Jane Doe-led drama has been renewed for a third "
            "season.")
    assert ("glass harbor", "renewed") in _facts(text)
    assert ("red kettle", "renewed") in _facts(text)


def test_an_answer_by_the_columnist_name() -> None:
    text = ("Netflix renewed Red Kettle for a fourth season this week.\n\n"
            "Pat K.: Has anyone heard whether \"Glass Harbor\" is returning?\n\n"
            "Dana says: It is, it'll return March 6 on Hulu.")
    assert ("glass harbor", "premiere") in _facts(text)
    assert ("red kettle", "premiere") not in _facts(text)


def test_a_paragraph_without_an_answer_label_is_no_answer() -> None:
    """A new paragraph with no label starts afresh: "it" is not the question's show."""
    text = ("Netflix renewed Red Kettle for a fourth season this week.\n\n"
            "Q: My family misses the Hulu mystery \"Glass Harbor\": will we see more?\n\n"
            "Later this year it will return on June 14, the network said of Red Kettle.")
    assert ("glass harbor", "premiere") not in _facts(text)
