"""A verb after an aside that hangs on its subject is the subject's — round 18 (issue 10,
s18returns).

"X, which follows Y on Kestrel, returns on June 4" gave Y the premiere, and "X, whose pilot
beat Y in the ratings, will return for a second season" gave both the renewal: the nearest
name before the trigger took the fact, though it stands inside a relative clause that closes
before the verb. Rule ``target.subject_past_aside``: a trigger after an aside hanging on a name
(", which ...,", ", whose ...,", ", who ...,", ", a/the ...,") is that name's event, for every
kind. Controls: a trigger inside the relative clause (the name it hangs on), lists, an object
with its relative clause, appositives main already read. Every sentence and show is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of

PUBLISHED = dt.date(2031, 3, 10)
CONTEXT = "{a} is a crime drama. {b} is a comedy. Tin Roof is a thriller. "
PAIRS = [("Glass Harbor", "Harrow Lane"), ("The Salt Road", "Quillon")]

Row = tuple[str, int | None, str, str | None]


def _facts(sentence: str, a: str, b: str) -> set[Row]:
    text = (CONTEXT + sentence).format(a=a, b=b)
    return {(f.show, f.season, f.kind, f.date) for f in facts_of(text, "", PUBLISHED)}


VERBS = [
    ("returns on June 4.", (None, "premiere", "2031-06-04")),
    ("will return for a second season.", (2, "renewed", "2031-03")),
    ("has been renewed for a second season.", (2, "renewed", "2031-03")),
    ("has been cancelled after one season.", (1, "cancelled", "2031-03")),
    ("starts filming its second season in June.", (2, "filming_started", "2031-06")),
    ("wrapped filming on its second season in January.", (2, "filming_wrapped", "2031-01")),
    ("will premiere its second season on June 4.", (2, "premiere", "2031-06-04")),
]
VERB_IDS = ["return-day", "return-season", "renewed", "cancelled", "shoot", "wrap", "premiere"]


@pytest.mark.parametrize("a, b", PAIRS)
@pytest.mark.parametrize("verb, expected", VERBS, ids=VERB_IDS)
@pytest.mark.parametrize("aside", [
    ", which follows {b} on Kestrel,",
    ", whose pilot beat {b} in the ratings,",
    ", which Kestrel paired with {b} last year,",
], ids=["which-follows", "whose", "which-object"])
def test_the_verb_after_an_aside_is_its_subjects(aside: str, verb: str,
                                                 expected: tuple[int | None, str, str],
                                                 a: str, b: str) -> None:
    assert _facts("{a}" + aside + " " + verb, a, b) == {(a, *expected)}


# --- controls: these give today what they gave before ---------------------------------------


@pytest.mark.parametrize("a, b", PAIRS)
@pytest.mark.parametrize("verb, expected", VERBS, ids=VERB_IDS)
@pytest.mark.parametrize("aside", [", a rival to {b},", ", who took over from {b},"],
                         ids=["appositive", "who"])
def test_asides_read_before_stay(aside: str, verb: str, expected: tuple[int | None, str, str],
                                 a: str, b: str) -> None:
    assert _facts("{a}" + aside + " " + verb, a, b) == {(a, *expected)}


@pytest.mark.parametrize("a, b", PAIRS)
@pytest.mark.parametrize("sentence, expected", [
    ("{a} joins {b}, which returns on June 4.", {("b", None, "premiere", "2031-06-04")}),
    ("{a}, {b}, and Tin Roof return on June 4.",
     {("a", None, "premiere", "2031-06-04"), ("b", None, "premiere", "2031-06-04"),
      ("Tin Roof", None, "premiere", "2031-06-04")}),
    ("Kestrel paired {a} with {b}, a rival to Tin Roof, which returns on June 4.",
     {("Tin Roof", None, "premiere", "2031-06-04")}),
    ("{a} and {b}, the network's two dramas, will return for second seasons.",
     {("a", 2, "renewed", "2031-03"), ("b", 2, "renewed", "2031-03")}),
    ("Unlike {b}, {a} will return for a second season.", {("a", 2, "renewed", "2031-03")}),
], ids=["inside-the-relative", "list", "relative-of-the-last", "plural-appositive", "unlike"])
def test_other_subjects_keep_their_reading(sentence: str, expected: set[Row], a: str,
                                           b: str) -> None:
    names = {"a": a, "b": b}
    assert _facts(sentence, a, b) == {(names.get(r[0], r[0]), *r[1:]) for r in expected}
