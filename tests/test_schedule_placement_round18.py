"""Round 18: a season's slot given or taken, or its run opened, with its time, is the premiere
then: a network placing the show in its schedule ("Tovrel has scheduled X for June 5", "has
added X to its fall lineup", "X joins Tovrel's spring schedule") or the show opening its run
("comes to Tovrel on June 5", "will be out on June 5", "begins its run on June 5", "bowed on
Sunday", "opened to strong ratings on Sunday") — rules ``trigger.schedule_placement`` and
``date.schedule_season``. A slot with no time ("airs Tuesdays at 9") stays no premiere; films,
plays and exhibitions "open". Invented names throughout; published Friday 10 May 2024."""

from __future__ import annotations

import pytest
from articles import facts_of, make_article

from monitor.extract.explain import explain

LEAD = "\u201cGlass Harbor\u201d has been cancelled after one season. "
TITLES = ("\u201cHarrow Lane\u201d", "the family saga \u201cHarrow Lane\u201d")


def _premieres(sentence: str, title: str) -> set[tuple[str, str | None]]:
    facts = facts_of(LEAD + sentence.format(t=title))
    return {(f.show, f.date) for f in facts if f.kind == "premiere"}


PLACEMENTS = [
    ("Tovrel has added {t} to its fall lineup.", "2024-FA"),
    ("Tovrel added {t} to its fall schedule.", "2024-FA"),
    ("Tovrel has added {t} to its summer slate.", "2024-SU"),
    ("Tovrel has put {t} on its spring schedule.", "2024-SP"),
    ("Tovrel has added {t} to its next spring lineup.", "2025-SP"),
    ("{t} joins Tovrel's fall lineup.", "2024-FA"),
    ("{t} will join the fall schedule.", "2024-FA"),
    ("Tovrel has scheduled {t} for June 5.", "2024-06-05"),
    ("Tovrel has slotted {t} for June 5.", "2024-06-05"),
    ("Tovrel has pencilled in {t} for June 5.", "2024-06-05"),
    ("{t} comes to Tovrel on June 5.", "2024-06-05"),
    ("{t} will be out on June 5.", "2024-06-05"),
    ("{t} begins its run on June 5.", "2024-06-05"),
    ("{t} will be seen on Tovrel from June 5.", "2024-06-05"),
    ("{t} bowed on Sunday.", "2024-05-05"),
    ("{t} opened to strong ratings on Sunday.", "2024-05-05"),
]


@pytest.mark.parametrize("title", TITLES, ids=["quoted", "kind-noun"])
@pytest.mark.parametrize("sentence, date", PLACEMENTS, ids=[s for s, _ in PLACEMENTS])
def test_a_slot_or_an_opening_is_the_premiere(sentence: str, date: str, title: str) -> None:
    if title.startswith("the ") and sentence.startswith("{t}"):
        title = "The" + title[3:]
    assert _premieres(sentence, title) == {("Harrow Lane", date)}


CONTROLS = [
    "{t} airs Tuesdays at 9.",
    "{t} opened the door to more spinoffs on Sunday.",
    "The exhibition of costumes from {t} opens on June 5 in Belfast.",
    "The film version of {t} opens in cinemas on June 5.",
    "Tovrel has added three new dramas to its fall lineup.",
    "Jane Doe comes to Tovrel on June 5 with a new talk show.",
    # a shoot's schedule is the shoot's, not a slot
    "Season 2 of {t} was scheduled to begin filming on June 5.",
]


@pytest.mark.parametrize("sentence", CONTROLS)
def test_controls_give_no_premiere(sentence: str) -> None:
    assert _premieres("Tovrel renewed {t} for a second season. " + sentence,
                      "\u201cHarrow Lane\u201d") == set()


def test_explain_names_the_rules() -> None:
    _, text = explain(make_article(LEAD + "Tovrel has added \u201cHarrow Lane\u201d to its fall "
                                   "lineup."))
    assert "trigger.schedule_placement" in text
    assert "date.schedule_season" in text
