"""A decision told in a relative clause is the name the clause hangs on — round 19 (issue
10, r19kinds).

"X has been renewed, unlike Y, which Kestrel cancelled in March" gave X the cancellation, or
Kestrel (a network no list holds, kept as a title) took it: the relative clause's verb has no
object of its own, its object is the name before ", which", and when that name is no show the
article holds the fact fell to the nearest show or name instead. The round's census: the
sealed fold's false facts on names no label has were mostly given by the nearest-mention
target from a trigger in another clause, and of a kind the labels do not give a labelled show
mostly by the same target. Two rules: ``title.veto.relative_decider`` (the subject of such a
clause's decision decides, so it is no show) and ``drop.relative_of_unfound`` (a relative
clause hanging on a name that is no show gives no other show its event). Controls: the clause
of a show the article holds, a relative clause whose verb has its own object, a season as the
antecedent, lists. Every sentence and show is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of

PUBLISHED = dt.date(2031, 3, 10)
CONTEXT = "{a} is a crime drama on Kestrel. "
SHOWS = [("Glass Harbor", "Copper Vale"), ("The Salt Road", "Marrow Street")]
DECIDERS = ["Kestrel", "Lumen Plus", "Ardent Studios"]

Row = tuple[str, int | None, str, str | None]


def _facts(sentence: str, a: str, y: str, n: str, context: str = CONTEXT) -> set[Row]:
    text = (context + sentence).format(a=a, y=y, n=n)
    return {(f.show, f.season, f.kind, f.date) for f in facts_of(text, "", PUBLISHED)}


def _clause(n: str, verb: str) -> str:
    """", which Kestrel cancelled": the decision's subject named, its object the antecedent."""
    return f", which {n} {verb}"


MAIN = [
    "{a} has been renewed for a second season, unlike {y}{rel}.",
    "{a} returns on June 4 in the slot of {y}{rel} in January.",
    "{a} will premiere its second season on June 4, replacing {y}{rel} last year.",
    "{a} wrapped filming on its second season in February, weeks after {y}{rel} in January.",
    "{a} starts filming its second season in June, a year after {y}{rel}.",
]
MAIN_IDS = ["renewed-unlike", "premiere-slot", "premiere-replacing", "wrap-after", "shoot-after"]
VERBS = ["cancelled", "renewed", "axed", "picked up"]


@pytest.mark.parametrize("a, y", SHOWS)
@pytest.mark.parametrize("n", DECIDERS, ids=["kestrel", "lumen-plus", "studios"])
@pytest.mark.parametrize("verb", VERBS)
@pytest.mark.parametrize("sentence", MAIN, ids=MAIN_IDS)
def test_a_relative_decision_of_an_unfound_name_goes_to_no_other_show(
        sentence: str, verb: str, n: str, a: str, y: str) -> None:
    """The relative clause adds nothing to the other show's facts and gives its decider
    none (the antecedent's own fact, where it is read as a show, is right)."""
    without = _facts(sentence.replace("{rel}", ""), a, y, n)
    got = _facts(sentence.replace("{rel}", _clause(n, verb)), a, y, n)
    assert {r for r in got if r[0] != y} == without


@pytest.mark.parametrize("a, y", SHOWS)
@pytest.mark.parametrize("n", ["Kestrel", "Lumen Plus"])
@pytest.mark.parametrize("sentence", [
    "{a} takes over the Sunday slot of {y}, which {n} cancelled in January.",
    "{a} takes over the Sunday slot of {y}, a drama {n} cancelled in January.",
    "{a} takes over the Sunday slot of {y}, the comedy that {n} axed in January.",
], ids=["which", "a-drama", "the-comedy-that"])
def test_the_decider_of_a_relative_clause_is_no_show(sentence: str, n: str, a: str,
                                                      y: str) -> None:
    assert not {r for r in _facts(sentence, a, y, n) if r[0] in (n, a)}


@pytest.mark.parametrize("a, y", SHOWS)
@pytest.mark.parametrize("n", ["Kestrel", "Lumen Plus"])
@pytest.mark.parametrize("sentence", [
    "The drama {y}, which {n} renewed in January, returns on June 4.",
    "{n}, which renewed {a} in January, has cancelled the comedy {y}.",
    "{a}, which {n} cancelled in January, was a crime drama.",
], ids=["shown-antecedent", "which-decides", "antecedent-a-show"])
def test_a_relative_decider_takes_nothing(sentence: str, n: str, a: str, y: str) -> None:
    got = _facts(sentence, a, y, n)
    assert got and not {r for r in got if r[0] == n}


# --- controls: these give today what they gave before ---------------------------------------


@pytest.mark.parametrize("a, y", SHOWS)
@pytest.mark.parametrize("sentence, expected", [
    ("{a} takes over the slot of the comedy {y}, which was cancelled in January.",
     {("y", None, "cancelled", "2031-01")}),
    ("That puts {a} on the schedule of its current Season 2, which debuted on January 25.",
     {("a", 2, "premiere", "2031-01-25")}),
    ("Then there is Kestrel, which is bringing {a} back for a final season.",
     {("a", None, "renewed", "2031-03")}),
    ("{a} has been renewed for a second season, unlike {y}, which was cancelled.",
     {("a", 2, "renewed", "2031-03"), ("y", None, "cancelled", "2031-03")}),
    ("{a} wrapped filming in February, weeks after {y}, which was axed in January.",
     {("a", None, "filming_wrapped", "2031-02")}),
    ("{a} season 3 should premiere in August, in line with its usual August bow (save for "
     "season 2, which kicked off in June).",
     {("a", 3, "premiere", "2031-08"), ("a", 2, "premiere", "2030-06")}),
    ("Fans are still awaiting season 3 of {a}, which will launch this summer on Kestrel.",
     {("a", 3, "premiere", "2031-SU")}),
], ids=["shown-passive", "season-antecedent", "bringing-back", "passive-unlike",
        "passive-after", "lower-case-season", "season-of-the-show"])
def test_relative_clauses_read_before_stay(sentence: str,
                                           expected: set[tuple[str, int | None, str, str]],
                                           a: str, y: str) -> None:
    want = {({"a": a, "y": y}.get(s, s), season, kind, date)
            for s, season, kind, date in expected}
    assert _facts(sentence, a, y, "Kestrel") == want
