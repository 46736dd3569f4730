"""A group of people named like a title is no show (issue 10, round 21, branch r21names).

A cast's or a family's nickname is a capitalised run like a title ("the Lantern Crew", "the
Quell Sisters"), and a status verb beside it ("will return for season 6", "have started
filming") proposed it as a show. The article tells it apart: it writes the name only after
"the" (in lower case inside a sentence at least once; a title is written "The Copper Vale"
there) and gives it a plural verb ("the Lantern Crew have been busy"), never a season or a
kind of show at it nor a decision (``titles.group_of_people``, rule
``title.veto.group_of_people``).

The controls: a title written with a lower-case "the" but a singular verb ("Kestrel
announced the Copper Vale will return for season 2"), a plural-looking title written "The
Copper Vale" inside the sentence, and a title a decision takes ("Kestrel renewed the Copper
Vale for season 2, and the Copper Vale are thrilled") keep their facts on both trees.
"""

from __future__ import annotations

import pytest
from articles import facts_of, make_article, normalised_rows

from monitor.extract.explain import explain
from monitor.extract.shows import normalise_title

SHOWS = ["Glass Harbor", "Nightjar"]
GROUPS = ["Lantern Crew", "Quell Sisters", "Harbor Boys", "Fen Five"]

#: (body, the facts wanted): {s} the show, {g} the group, which must get none.
FRAMES = [
    ("Kestrel renewed {s} for season 6. On Wednesday, Kestrel announced the {g} will return "
     "for season 6. The {g} have been busy.", {("{s}", 6, "renewed")}),
    ("{s} season 3 premieres June 4. The {g} are back, and the {g} have started filming "
     "season 4.", {("{s}", 3, "premiere")}),
    ("{s} was renewed for a second season. The new {g} were cast in May, and the {g} will "
     "return for season 2.", {("{s}", 2, "renewed")}),
]

CONTROLS = [
    ("Kestrel announced the Copper Vale will return for season 2.",
     {("Copper Vale", 2, "renewed")}),
    ("Kestrel renewed the Copper Vale for season 2, and the Copper Vale are thrilled.",
     {("Copper Vale", 2, "renewed")}),
    ("Kestrel renewed The Copper Vale for season 2. The Copper Vale are a family of sailors.",
     {("Copper Vale", 2, "renewed")}),
]


@pytest.mark.parametrize("group", GROUPS)
@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize(("body", "want"), FRAMES, ids=[f"frame{i}" for i in range(len(FRAMES))])
def test_a_group_of_people_gets_no_fact(body: str, want: set[tuple[str, int | None, str]],
                                        show: str, group: str) -> None:
    got = normalised_rows(facts_of(body.format(s=show, g=group)))
    assert got == {(normalise_title(n.format(s=show)), season, kind) for n, season, kind in want}


@pytest.mark.parametrize(("body", "want"), CONTROLS,
                         ids=[f"control{i}" for i in range(len(CONTROLS))])
def test_a_title_after_the_keeps_its_fact(body: str,
                                          want: set[tuple[str, int | None, str]]) -> None:
    got = normalised_rows(facts_of(body))
    assert got == {(normalise_title(n), season, kind) for n, season, kind in want}


def test_explain_names_the_rule() -> None:
    _, text = explain(make_article("Kestrel renewed Glass Harbor for season 6, and the Harbor "
                                   "Boys have already started filming in Leeds."))
    assert "vetoed Harbor Boys: title.veto.group_of_people" in text
