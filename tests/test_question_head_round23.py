"""A question whose premiere is stated before the asking starts states it
(``trigger.premiere_stated_before_question``, issue 10, round 23).

"Salt Road premieres March 4 on Kestrel: what do we know so far?", "With Salt Road premiering
March 4, will Kestrel finally have a hit?", "Who's ready for the Salt Road premiere on March
4?" were dropped whole as questions (``drop.question``): the asking part comes after a head
that states the premiere (cut off by a colon, a dash, a semicolon or "but"), after a stated
circumstance ("With", "As", "Now that", "Ahead of"), is about the reader's eagerness, or is a
quotation or an aside the sentence ends on ("... an episode called “Who Owns the Sea?”"). A
question that opens on its verb or a condition, a reader's "Q:", a hedge or "or" in the stated
part still states nothing.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of

from monitor.extract import rules

PUBLISHED = dt.date(2025, 2, 1)
TITLES = ("Salt Road", "Copper Vale", "Quillmarsh")
NETWORKS = ("Kestrel", "Tovrel Plus")
STATED = (
    # a stated head, then the asking part
    "{T} premieres March 4 on {N}: what do we know so far?",
    "{T} returns to {N} on March 4 \u2014 but will viewers follow it?",
    "{T} premieres on {N} on March 4, so who is in the cast?",
    "{T} premieres on March 4, but can it live up to the hype?",
    "{T} debuts on {N} on March 4; is it worth the wait?",
    "{T} will premiere on {N} on March 4, but what happens to the old cast?",
    "{T} season 2 premieres March 4: is the show worth watching?",
    # a stated circumstance, then the asking part
    "With {T} premiering March 4 on {N}, will the network finally have a hit?",
    "With {T} set to premiere on March 4, is there still time to catch up?",
    "As {T} returns to {N} on March 4, can it top its first season?",
    "Now that {T} premieres on March 4, who is in the cast?",
    "With {T}'s premiere set for March 4 on {N}, what do we know so far?",
    "Since {T} premieres on March 4, should you rewatch season 1 first?",
    "Ahead of the March 4 premiere of {T} on {N}, what should you rewatch?",
    # the reader's eagerness asked about
    "Who else is ready for the {T} premiere on March 4?",
    "Who's excited that {T} premieres on {N} on March 4?",
    "Are you ready for {T}'s March 4 premiere on {N}?",
    "Excited that {T} premieres on {N} on March 4?",
    # the question is a quotation's or an aside's, opened after the premiere and its date
    "{T} premieres March 4 on {N} with an episode called \u201cWho Owns the Sea?\u201d",
    "{T} returns to {N} on March 4, and fans have one question: \u201cWill Mara survive?\u201d",
    "{T} premieres on {N} on March 4 (who saw that coming?)",
)
ARTICLES = {
    "alone": ("", "{T} is a new drama series from Ana Ruiz. {Q} The show stars Mara Quinn."),
    "roundup": ("", "Tovrel renewed Harbor Lights for a third season on Monday. The new drama "
                "series {T} comes from Ana Ruiz. {Q} Meanwhile, Glass Orchard wrapped filming "
                "in April."),
    "headline": ("{Q}", "{T} is a new drama series from Ana Ruiz. The show stars Mara Quinn."),
}


def _premieres(headline: str, body: str, show: str) -> set[tuple[str | None, str]]:
    return {(f.date, f.certainty) for f in facts_of(body, headline, published=PUBLISHED)
            if f.kind == "premiere" and f.show == show}


@pytest.mark.parametrize("article", ARTICLES)
@pytest.mark.parametrize("question", STATED)
@pytest.mark.parametrize("network", NETWORKS)
@pytest.mark.parametrize("title", TITLES)
def test_a_premiere_stated_before_the_asking_is_a_fact(title: str, network: str,
                                                       question: str, article: str) -> None:
    headline, body = ARTICLES[article]
    q = question.format(T=title, N=network)
    dates = {date for date, _ in _premieres(headline.format(Q=q), body.format(T=title, Q=q),
                                            title)}
    assert dates == {"2025-03-04"}


ASKED = (
    "Will {T} premiere on March 4?",
    "Could {T} premiere on {N} on March 4?",
    "Is {T} returning on March 4, or has {N} delayed it again?",
    "Does {T} premiere on March 4 or March 11?",
    "{T} premieres on March 4?",
    "{T} to premiere March 4 on {N}?",
    "If {T} premieres on March 4, will {N} renew it?",
    "What if {T} premieres on March 4 after all?",
    "When {T} premieres on March 4, will anyone watch?",
    "Q: Will {T} premiere on March 4 as planned?",
    "Q: {T} is coming back on March 4, but where can I watch it?",
    "With rumours that {T} could premiere on March 4, is {N} ready?",
    "Is it true that {T} premieres March 4?",
    "{T} premieres on March 4 or March 11: which is it?",
    "Who's ready for {T}, which might premiere on March 4?",
    "Will {T} premiere on March 4 with an episode called \u201cHome\u201d?",
    "Excited for {T} to premiere on March 4 or March 11?",
)


@pytest.mark.parametrize("article", ARTICLES)
@pytest.mark.parametrize("question", ASKED)
@pytest.mark.parametrize("title", TITLES)
def test_a_question_about_the_premiere_itself_still_states_nothing(title: str, question: str,
                                                                    article: str) -> None:
    headline, body = ARTICLES[article]
    q = question.format(T=title, N="Kestrel")
    found = _premieres(headline.format(Q=q), body.format(T=title, Q=q), title)
    assert not {(d, c) for d, c in found if d == "2025-03-04" and c != "speculative"}


def test_other_kinds_in_such_a_question_are_still_dropped() -> None:
    body = "Salt Road is a new drama. With Salt Road premiering March 4, will Kestrel renew it?"
    assert not [f for f in facts_of(body, published=PUBLISHED) if f.kind == "renewed"]


def test_explain_names_the_rule() -> None:
    body = "Salt Road is a new drama series from Ana Ruiz. Salt Road premieres March 4 on " \
           "Kestrel: what do we know so far?"
    with rules.tracing() as trace:
        facts_of(body, published=PUBLISHED)
    assert any("trigger.premiere_stated_before_question" in e.rules for e in trace.events)
