"""Round 21 (s21premiere): a premiere told of the show as its makers' production, in a round-up.

In an article with no main show (a network's round-up), "The Northlight Studios and Bramble
Television production premiered in 2020." gave no premiere on main: the sentence names no
show, and ``target.running_subject`` reads only an opening "The series", "The drama", "It" or
"Season 3" ("production" is no show noun, and only one word may stand before the noun). The
show told as its makers' production (one name or more before "production" / "co-production")
now goes, for a premiere, to the show last named on its own when no sentence since named any
(``target.running_production_subject``). A stage, film or musical production, a production
company or team, another show named between, keep what they gave. Every sentence and name here
is invented.
"""

from __future__ import annotations

import pytest
from articles import facts_of, make_article

from monitor.extract.explain import explain

#: (show, network, the other two shows of the round-up).
NAMES = [("Glass Harbor", "Kestrel", "Tin Roof", "Salt Road"),
         ("Copper Vale", "Tovrel", "Ember Street", "Beacon Row")]

HEADLINE = "{S} cancelled at {N}; {A} and {B} renewed"
LEAD = ("{N} has opted not to renew {S} for a season 4. The cast thanked fans. "
        "\u201cWe are proud of what we made,\u201d a spokesperson said. ")

MAKERS = ["The Northlight Studios and Bramble Television production",
          "The Bramble Television production", "The 20th Quarry Pictures production",
          "The Northlight & Bramble production"]

VERBS = [("premiered in 2020 to weak ratings.", "2020"), ("debuted in March 2020.", "2020-03"),
         ("first aired in 2020.", "2020"), ("launched on Kestrel in 2020.", "2020")]

GRID = [(maker, verb, date, names) for maker in MAKERS for verb, date in VERBS
        for names in NAMES]


def _premieres(body: str, headline: str) -> list[tuple[str, int | None, str | None]]:
    return [(f.show, f.season, f.date) for f in facts_of(body, headline)
            if f.kind == "premiere"]


def _article(sentence: str, names: tuple[str, str, str, str]) -> tuple[str, str]:
    show, network, a, b = names
    body = (LEAD + sentence + " {A} and {B} were renewed on Monday.").format(
        S=show, N=network, A=a, B=b)
    return body, HEADLINE.format(S=show, N=network, A=a, B=b)


@pytest.mark.parametrize("maker,verb,date,names", GRID, ids=[str(i) for i in range(len(GRID))])
def test_production_subject_is_the_running_show(maker: str, verb: str, date: str,
                                                names: tuple[str, str, str, str]) -> None:
    body, headline = _article(maker + " " + verb, names)
    assert (names[0], 1, date) in _premieres(body, headline)


@pytest.mark.xfail(strict=True, reason="the name right before 'co-production' is kept as a "
                   "show of its own (the title reading, not the target's, decides it)")
def test_co_production_subject() -> None:
    body, headline = _article("The Bramble Television co-production premiered in 2020.",
                              NAMES[0])
    assert (NAMES[0][0], 1, "2020") in _premieres(body, headline)


#: Controls: another production, or another show named between; no premiere of the show (today
#: too).
CONTROLS = [
    "The stage production premiered in 2020.",
    "The Bramble Theatre production premiered in 2020.",
    "The West End production premiered in 2020.",
    "The production company launched in 2020.",
    "The Bramble Television production team launched a podcast in 2020.",
    "{A} premiered in 2019. The Bramble Television production premiered in 2020.",
]


@pytest.mark.parametrize("sentence", CONTROLS)
@pytest.mark.parametrize("names", NAMES)
def test_other_productions_stay_unattached(sentence: str,
                                           names: tuple[str, str, str, str]) -> None:
    body, headline = _article(sentence, names)
    assert [p for p in _premieres(body, headline) if p[0] == names[0]] == []


def test_explain_names_the_production_subject() -> None:
    body, headline = _article(MAKERS[0] + " premiered in 2020.", NAMES[0])
    _, text = explain(make_article(body, headline))
    assert "target.running_production_subject" in text
