"""Title forms probed in round 7, the way tests/test_title_probes.py probes its forms: every
invented title below in every position of that file. The forms: titles whose words are a
negation or a hedge ("Not", "Never", "Without", "Fate", "Maybe": the title's words are no
negation of its own sentence), titles with lower-case function words inside ("by", "as",
"up", "over", "between" ... between capitalised words), long titles and titles with
punctuation inside. Every sentence is written for this test about invented shows."""

from __future__ import annotations

import pytest
from articles import make_article
from test_title_probes import POSITIONS, _shows, probe_cases, title_found

from monitor.extract.shows import normalise_title

#: Invented titles, one per form.
FORMS = {
    "negation_inside": "This Is Not a Drill",
    "never_first": "Never Say Goodbye",
    "without_first": "Without a Map",
    "fate_first": "Fate: The Tides Saga",
    "maybe_first": "Maybe Next Summer",
    "wish_first": "Wish Upon a Star",
    "neither_nor": "Neither Here Nor There",
}

#: Probes that still fail, each with why (strict: a fix turns the test red until it is removed).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    **{(position, "negation_inside"): "a headline opening 'This' before 'Season N' is read as "
       "the sentence's word" for position in ("headline_season_lead",
                                               "headline_season_lead_colon")},
}

@pytest.mark.parametrize(("form", "position"), probe_cases(FORMS, KNOWN_GAPS))
def test_title_found_in_every_position(form: str, position: str) -> None:
    title_found(FORMS[form], position)


def test_a_hedge_inside_a_title_hedges_nothing() -> None:
    """"Maybe" and "If" in a title are its words, not a hedge of the sentence's renewal; the
    same hedge outside the title still hedges it."""
    import datetime as dt

    from monitor.extract.facts import extract_facts

    def certainty(text: str) -> set[str]:
        article = make_article(text, published=dt.date(2024, 5, 10))
        return {f.certainty for f in extract_facts(article) if f.kind == "renewed"}

    assert certainty("Netflix has renewed Maybe Next Summer for a second season.") == \
        {"confirmed"}
    assert certainty("Netflix may renew Glass Harbor for a second season.") == {"speculative"}
    assert certainty("Never Say Goodbye has not been renewed for a second season.") == set()


#: Titles with a lower-case word between capitalised words that prose also puts between two
#: names: a span joins over it where the article writes the words as a unit, quoted or twice.
INNER_FORMS = {
    "inner_by": "Dead by Dawn",
    "inner_as": "Life as We Knew It",
    "inner_between": "Caught between Worlds",
    "inner_over": "Storm over Kelso",
    "inner_up": "Growing up Wild",
    "inner_about": "All about Eve Marsh",
    "inner_after": "Life after Harlan",
    "inner_vs": "Ma vs Pa",
}
#: The second time the article writes the title (articles name their show more than once).
AGAIN = " Critics liked the first season of {t} a lot."


@pytest.mark.parametrize(("form", "position"), [
    pytest.param(form, position, id=f"{position}-{form}")
    for position in POSITIONS for form in INNER_FORMS])
def test_title_with_an_inner_word_found_in_every_position(form: str, position: str) -> None:
    title = INNER_FORMS[form]
    text = POSITIONS[position].format(t=title) + AGAIN.format(t=title)
    assert normalise_title(title) in _shows(text), (text, _shows(text))


@pytest.mark.parametrize("text", [
    "Netflix has renewed \u201cDead by Dawn\u201d for a second season.",
    "Netflix has renewed Dead by Dawn for a second season. Dead by Dawn drew a big audience.",
])
def test_inner_word_joins_where_the_article_attests_it(text: str) -> None:
    assert "dead by dawn" in _shows(text)


@pytest.mark.parametrize(("text", "shows"), [
    ("Netflix renewed Glass Harbor over Red Kettle, which was cancelled.", {"glass harbor"}),
    ("Netflix renewed Glass Harbor as Hulu cancelled Red Kettle.",
     {"glass harbor", "red kettle"}),
    ("Netflix has renewed Glass Harbor, created by Maya Lind, for a second season.",
     {"glass harbor"}),
])
def test_inner_word_said_once_in_prose_joins_nothing(text: str, shows: set[str]) -> None:
    assert shows <= _shows(text) and not any(" over " in s or " as " in s for s in _shows(text))
