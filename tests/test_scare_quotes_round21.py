"""Scare quotes are no title (issue 10, round 21, branch r21names).

A quote marks a title, so a quoted name is kept "whatever it looks like"
(``title.keep.strong``). Writers also quote a word they use loosely: a listicle's headline
pasted into the body ("15 Dramas That Seem 'Doomed' (or Cancelled)"), a critic's word ("the
final season felt “Stuck”"), "the so-called 'Cursed' season". Such a word stands where an
adjective would, right after a linking verb (is, are, feels, seems, looks, gets, remains ...)
or "so-called", and the article never gives it a season, a kind of show or a decision: rule
``title.veto.scare_quote`` (``titles.scare_quoted``). A listicle's headline is then about
shows in general: its "Cancelled" is nobody's (``drop.shows_in_general`` reads past the
bracket that holds the trigger).

The grid: 8 frames x 3 invented shows x 6 capitalised words. The controls: the same words as
real titles, quoted, with a decision, a season or a kind of show, after "is" with the show as
subject ("Kestrel's new drama is “Stuck”") or with an apposition ("They are “Stuck,” a
comedy"); they keep their facts (or their title) on both trees.
"""

from __future__ import annotations

import pytest
from articles import facts_of, make_article, normalised_rows

from monitor.extract import rules
from monitor.extract.explain import explain
from monitor.extract.facts import extract_facts
from monitor.extract.shows import normalise_title

SHOWS = ["Glass Harbor", "Nightjar", "The Copper Vale"]
WORDS = ["Doomed", "Stuck", "Finished", "Broken", "Forgotten", "Cursed"]

#: (body, the facts wanted): {s} the show, {w} the quoted word, which must get none.
FRAMES = [
    ("{s} has been renewed for a second season. Read more: 12 Shows That Are '{w}' (...or "
     "Cancelled)", {("{s}", 2, "renewed")}),
    ("{s} has been renewed for a second season. Read more: 12 Shows That Are “{w}” (or "
     "Cancelled)", {("{s}", 2, "renewed")}),
    ("Kestrel cancelled {s} on Monday. Fans said the final season felt “{w}” from the start.",
     {("{s}", None, "cancelled")}),
    ("Kestrel cancelled {s} on Monday, and the drama's fans are '{w}'.",
     {("{s}", None, "cancelled")}),
    ("{s} season 3 premieres on June 4. The so-called '{w}' season is behind it.",
     {("{s}", 3, "premiere")}),
    ("{s} wrapped filming on its second season. The cast say the set has been “{w}” for "
     "weeks.", {("{s}", 2, "filming_wrapped")}),
    ("{s} was renewed for season 2, though critics found season one a bit '{w}'.",
     {("{s}", 2, "renewed")}),
    ("{s} was renewed for season 2 even as its ratings looked “{w}”.", {("{s}", 2, "renewed")}),
]

#: (body, the facts wanted): the quoted word is the show.
CONTROLS = [
    ("“{w}” has been renewed for a second season.", {("{w}", 2, "renewed")}),
    ("Kestrel renewed '{w}' for a third season.", {("{w}", 3, "renewed")}),
    ("The thriller “{w}” has been cancelled after one season.", {("{w}", 1, "cancelled")}),
    ("“{w}” season 2 premieres June 4 on Kestrel.", {("{w}", 2, "premiere")}),
    ("Nightjar has been renewed for a second season.", {("Nightjar", 2, "renewed")}),
    ("Kestrel renewed Glass Harbor for season 2. Also renewed was '{w}'.",
     {("Glass Harbor", 2, "renewed"), ("{w}", None, "renewed")}),
]


def _wanted(want: set[tuple[str, int | None, str]], show: str, word: str
            ) -> set[tuple[str, int | None, str]]:
    return {(normalise_title(name.format(s=show, w=word)), season, kind)
            for name, season, kind in want}


@pytest.mark.parametrize("word", WORDS)
@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize(("body", "want"), FRAMES, ids=[f"frame{i}" for i in range(len(FRAMES))])
def test_a_scare_quoted_word_gets_no_fact(body: str, want: set[tuple[str, int | None, str]],
                                          show: str, word: str) -> None:
    got = normalised_rows(facts_of(body.format(s=show, w=word)))
    assert got == _wanted(want, show, word)


@pytest.mark.parametrize("word", WORDS)
@pytest.mark.parametrize(("body", "want"), CONTROLS,
                         ids=[f"control{i}" for i in range(len(CONTROLS))])
def test_a_quoted_title_keeps_its_fact(body: str, want: set[tuple[str, int | None, str]],
                                       word: str) -> None:
    got = normalised_rows(facts_of(body.format(w=word)))
    assert got == _wanted(want, "", word)


@pytest.mark.parametrize("word", WORDS)
@pytest.mark.parametrize("body", [
    "Kestrel's new drama is “{w}”, and it premieres June 4.",
    "They are “{w},” a comedy about two sisters, and “Glass Harbor,” a drama.",
    "Its working title is '{w}', and the drama premieres June 4.",
])
def test_a_quoted_title_after_is_stays_a_title(body: str, word: str) -> None:
    with rules.tracing() as trace:
        extract_facts(make_article(body.format(w=word)))
    assert (word, True) in {(title, kept) for title, kept, _ in trace.titles}


def test_explain_names_the_rule() -> None:
    article = make_article("Glass Harbor has been renewed for a second season. Read more: 12 "
                           "Dramas That Seem 'Doomed' (or Cancelled)")
    _, text = explain(article)
    assert "vetoed Doomed: title.veto.scare_quote" in text
    assert "drop.shows_in_general" in text


@pytest.mark.parametrize("word", WORDS)
@pytest.mark.parametrize("headline", ["Is '{w}' Cancelled?", "Why Is “{w}” Ending?"])
def test_a_question_about_a_quoted_title_keeps_it(headline: str, word: str) -> None:
    got = normalised_rows(facts_of("Kestrel has cancelled the series after two seasons. The "
                                   "show will not return.", headline.format(w=word)))
    assert got == {(normalise_title(word), 2, "cancelled")}
