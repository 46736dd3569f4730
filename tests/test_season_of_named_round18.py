"""The show a season is "of" takes the fact, not a nearer name — round 18 (issue 10, r18false).

"Kestrel has renewed Jane Doe for a second season of X" gave the renewal to "Jane Doe" (the
trigger's nearest name, kept as a title because a season phrase stood beside it), and "Jane
Doe has wrapped filming on season 2 of X" the wrap: a person taking a show's fact is a false
fact on a name no label has, and the show's fact is missed. Rule ``target.season_of_named``:
within four words after the trigger, the season the phrase names with "of" is the fact's,
so the show after "of" is the target. Controls: a season "of 10 episodes", another event
between ("ahead of the third season of X"), a list of "a Nth season of X" items, a comma.
Every sentence and name is invented for this test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of

PUBLISHED = dt.date(2031, 3, 10)
TITLES = ["Harrow Lane", "Quillon"]
PEOPLE = ["Mara Quill", "Tobin Vance"]

Row = tuple[str, int | None, str]


def _facts(body: str) -> set[Row]:
    return {(f.show, f.season, f.kind) for f in facts_of(body, "", PUBLISHED)}


@pytest.mark.parametrize("person", PEOPLE)
@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("body, expected", [
    ("Kestrel has renewed {p} for a second season of {t}.", (2, "renewed")),
    ("{p} has wrapped filming on season 2 of {t}.", (2, "filming_wrapped")),
    ("Kestrel picked up {p}'s drama for a second season of {t}.", (2, "renewed")),
], ids=["renewed-person-for-season-of", "wrapped-on-season-of", "picked-up-possessive"])
def test_the_season_owner_takes_the_fact(body: str, expected: tuple[int, str], title: str,
                                         person: str) -> None:
    facts = _facts(body.format(p=person, t=title))
    assert (title, *expected) in facts
    assert not {r for r in facts if r[0] != title}


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("body, show", [
    ("Kestrel has renewed Glass Harbor for a second season of 10 episodes.", "Glass Harbor"),
    ("Glass Harbor premieres June 4 ahead of the third season of {t}.", "Glass Harbor"),
    ("Glass Harbor will premiere on June 4, a year after the second season of {t}.",
     "Glass Harbor"),
    ("Glass Harbor returns on June 4 with the third season of its run.", "Glass Harbor"),
    ("Mara Quill began shooting the third season of {t} in Belfast last week.", "{t}"),
    ("Production started on Monday on season 2 of {t}.", "{t}"),
], ids=["season-of-episodes", "ahead-of", "comma-after", "of-its-run", "began-shooting-the",
        "production-on-season-of"])
def test_controls(body: str, show: str, title: str) -> None:
    facts = _facts(body.format(t=title))
    assert facts and {r[0] for r in facts} == {show.format(t=title)}


def test_a_list_of_seasons_of_shows_keeps_every_item() -> None:
    facts = _facts("Kestrel has picked up a 21st season of Harrow Lane, a seventh season of "
                   "Quillon, and a second season of Glass Harbor.")
    assert {("Harrow Lane", 21, "renewed"), ("Quillon", 7, "renewed"),
            ("Glass Harbor", 2, "renewed")} <= facts
