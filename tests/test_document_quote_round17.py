"""A press release quoted: the network's record, not someone's speech — round 17 (issue 10,
s17second).

A found show's second fact is often quoted from the network's own text: '"The series will
begin production in Lisbon in February," the press release read', 'with a statement: "The
third season will premiere in the fall."'. Quoted words of six or more were all dropped as
someone's speech (``drop.direct_speech``). A quotation attributed to a document — a press
release, a statement, an announcement, a logline — is kept (``speech.document_quote``),
unless someone speaks in it ("we", "I", "you"): a person's hope stays dropped however it
reached the article.

Every sentence and show is invented for this test.
"""

from __future__ import annotations

import pytest
from articles import facts_of, full_rows

HEADLINE = "Harrow Lane Season 3 Adds Four To Cast"
CAST = "Netflix has added four actors to the cast of Harrow Lane season 3. "


def _facts(sentence: str) -> set[tuple[str, int | None, str, str | None, str]]:
    return full_rows(facts_of(CAST + sentence, HEADLINE))


@pytest.mark.parametrize("sentence, expected", [
    ('"The series will begin production around Lisbon and Porto in February and will '
     'follow a new family," the press release read.',
     ("Harrow Lane", 3, "filming_started", "2025-02", "expected")),
    ('"The third season will begin production in Lisbon in February and follow a new '
     'family," the official press release said.',
     ("Harrow Lane", 3, "filming_started", "2025-02", "expected")),
    ('The streamer shared the news with a statement: "The third season will premiere on '
     'Netflix in the fall."', ("Harrow Lane", 3, "premiere", "2024-FA", "expected")),
    ('"Season three of the drama wrapped production in Porto last week," the announcement '
     'said.', ("Harrow Lane", 3, "filming_wrapped", "2024-05", "confirmed")),
], ids=["press-release-read", "official-press-release-said", "with-a-statement-colon",
        "the-announcement-said"])
def test_a_quoted_document_states_the_fact(sentence: str,
                                           expected: tuple[str, int, str, str, str]) -> None:
    assert expected in _facts(sentence)


@pytest.mark.parametrize("sentence", [
    '"We hope to start filming the new season in February if all goes well," the statement '
    'read.',
    '"I think the series will begin production sometime in February or March," the actor '
    'told reporters.',
    '"They pulled the plug on us after one season, which hurt," she said.',
    '"The series will begin production in Lisbon sometime in February," a crew member said.',
], ids=["we-in-a-statement", "an-actors-guess", "someones-speech", "a-person-said"])
def test_someones_quoted_words_stay_dropped(sentence: str) -> None:
    assert {r for r in _facts(sentence) if r[2] != "renewed"} == set()
