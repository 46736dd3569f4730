"""Round 18: a kind of show credited to a person before its title ("The comedy from Jane Doe,
Harrow Lane, has been renewed", "The thriller by Jane Doe, Harrow Lane, ...") names whose
show it is: the person is no item of a list with the title (``titles._listed_with``, rule
``title.keep.listed_with_show``), so the fact goes to the show alone. A person-shaped name
that is a list's item ("Salt Road, Jane Doe and Harrow Lane are all coming back") keeps what
it gets today. Invented names throughout."""

from __future__ import annotations

import pytest
from articles import facts_of

LEAD = "\u201cGlass Harbor\u201d has been cancelled after one season. "
T = "\u201cHarrow Lane\u201d"
PEOPLE = ("Jane Doe", "Nattie Vell", "Marrow Vance")
WORDINGS = [
    ("The comedy from {p}, {t}, has been renewed for a third season.", "renewed"),
    ("The thriller by {p}, {t}, has been cancelled after two seasons.", "cancelled"),
    ("The new drama from creator {p}, {t}, will premiere on June 5.", "premiere"),
    ("The sitcom from showrunner {p}, {t}, will return for a second season.", "renewed"),
]


def _shows(sentence: str, kind: str) -> set[str]:
    return {f.show for f in facts_of(LEAD + sentence) if f.kind == kind} - {"Glass Harbor"}


#: A full name whose first name no list knows, with no role word before it, was kept as a
#: title by its shape alone (strict xfails until round 20): now "the comedy from X", "the
#: thriller by X" give X a maker's role (``titles.ROLE_SHAPES``, ``title.veto.role_maker``).
CELLS = [pytest.param(w, k, p, id=f"{k}-{w.split()[1]}-{p}") for w, k in WORDINGS for p in PEOPLE]


@pytest.mark.parametrize("wording, kind, person", CELLS)
def test_the_credited_person_takes_no_fact(wording: str, kind: str, person: str) -> None:
    assert _shows(wording.format(p=person, t=T), kind) == {"Harrow Lane"}


@pytest.mark.parametrize("sentence, expected", [
    (f"\u201cSalt Road\u201d, Jane Doe and {T} are all coming back.",
     {"Salt Road", "Jane Doe", "Harrow Lane"}),
    (f"{T}, \u201cSalt Road\u201d and Quillon Tessaly have been renewed.",
     {"Salt Road", "Quillon Tessaly", "Harrow Lane"}),
], ids=["list-middle", "list-last"])
def test_listed_person_shaped_titles_stay(sentence: str, expected: set[str]) -> None:
    assert _shows(sentence, "renewed") == expected
