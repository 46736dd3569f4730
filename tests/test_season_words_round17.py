"""Season words and the clause a season phrase belongs to, round 17 (branch r17seasons).

- "a third go-round", "a second go-around": the trade's words for a season gave the fact no
  season. Not "instalment", "chapter" or "volume": split parts and films are often called so
  (round 7 keeps "its third instalment" unnumbered; controls).
- ", and it was confirmed that the sixth series will be the last": a pronoun subject after
  ", and" opens a new clause (as a network's or a capitalised name did), so a season phrase
  there is not the season of a trigger before it ("began broadcasting in 2022, and it was
  confirmed that the sixth series ..." is the first season's premiere, not the sixth's).

Every show and sentence is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of

SHOW = "Quillon Bay"
HEAD = "Kestrel Play news"
ABOUT = f" {SHOW} is a drama series about a family of fishers."
PUBLISHED = dt.date(2031, 5, 28)


def _seasons(body: str, kind: str, headline: str = HEAD) -> set[int | None]:
    return {f.season for f in facts_of(body + ABOUT, headline, PUBLISHED)
            if f.show == SHOW and f.kind == kind}


@pytest.mark.parametrize("noun", ["go-round", "go-around"])
@pytest.mark.parametrize(("ordinal", "number"), [("second", 2), ("third", 3), ("4th", 4)])
@pytest.mark.parametrize(("sentence", "kind"), [
    ("Kestrel Play has renewed {show} for a {ord} {noun}.", "renewed"),
    ("{show} will return for a {ord} {noun}, Kestrel Play said.", "renewed"),
    ("The {ord} {noun} of {show} premieres on June 3.", "premiere"),
    ("Filming on the {ord} {noun} of {show} began in Cork this week.", "filming_started"),
])
def test_a_season_word(noun: str, ordinal: str, number: int, sentence: str,
                       kind: str) -> None:
    body = sentence.format(show=SHOW, ord=ordinal, noun=noun)
    assert _seasons(body, kind) == {number}


def test_a_season_word_in_a_headline() -> None:
    assert _seasons(f"Kestrel Play has renewed {SHOW}.", "renewed",
                    f"{SHOW} renewed for a third go-round") == {3}


@pytest.mark.parametrize(("sentence", "kind", "expected"), [
    # controls: an instalment, a chapter or a volume is no season word
    (f"Kestrel Play has renewed {SHOW} for another instalment.", "renewed", {None}),
    (f"Kestrel Play has renewed {SHOW} for a third instalment.", "renewed", {None}),
    (f"The season's first chapter of {SHOW} premieres on June 3.", "premiere", {None}),
])
def test_controls_other_words(sentence: str, kind: str, expected: set[int | None]) -> None:
    assert _seasons(sentence, kind) == expected


@pytest.mark.parametrize("noun", ["series", "season"])
def test_a_season_phrase_after_and_a_pronoun_is_another_clause(noun: str) -> None:
    body = (f"The historical crime drama {SHOW} began broadcasting in 2022, and it was "
            f"confirmed earlier this year that the sixth {noun}, set for broadcast on Kestrel "
            "Play, will be the last.")
    assert _seasons(body, "premiere") == {1}


@pytest.mark.parametrize(("sentence", "kind", "expected"), [
    # controls: the season phrase in the trigger's own clause
    (f"Kestrel Play renewed {SHOW} in March, and it will return for a third season.",
     "renewed", {3}),
    (f"{SHOW} premiered its second season in 2030, and it drew record ratings.", "premiere",
     {2}),
])
def test_controls_own_clause(sentence: str, kind: str, expected: set[int | None]) -> None:
    assert _seasons(sentence, kind) == expected
