"""Round 34 (r34tidy): one credit reading for target choice and the season rules.

``season.plan_undone_in_sentence`` (round 33) read a show named in the plan's sentence as a
credit with a copy of ``facts.named_as_credit`` that lacked its crew clause ("from the X
team", "from X creators"); the one function now lives in ``patterns.named_as_credit`` and both
read it. So a plan undone keeps its season when the other show stands as a crew's credit
before the planned one ("From the 'Lantern House' team, the drama Copper Vale was set for a
second season, but Kestrel has cancelled it": season 2), with the show quoted or known to the
store. Controls keep their output: the credits read already ("from the creators of X"), a
word that names no crew ("from the X set"), a comparison that is no credit ("After X, ..."),
and the round 33 plan sentences. All titles, networks and people are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of

from monitor.models import ShowName

PUBLISHED = dt.date(2026, 11, 2)  # a Monday

#: (planned show, credited show).
PAIRS = [("Copper Vale", "Lantern House"), ("Salt Road", "Havana Nights")]
PAIR_IDS = ["copper", "salt"]


def _cancelled(body: str, known: tuple[str, ...] = ()) -> set[tuple[str, int | None]]:
    facts = facts_of(body, "", PUBLISHED, known=[ShowName(k) for k in known])
    return {(f.show, f.season) for f in facts if f.kind == "cancelled"}


# --- cells that fail on the base --------------------------------------------------------------

#: The crew words only the crew clause reads ("creators", "writers", "producers",
#: "showrunners" after a name are read by ``CREDIT_AFTER_RE`` already: the controls).
CREWS = ["team", "makers", "bosses"]
PLANS = [
    ("set-for-but", "From the \"{o}\" {crew}, the drama {t} was set for a second season, but "
     "Kestrel has cancelled it.", 2),
    ("renewed-reversed", "From the \"{o}\" {crew}, {t} had been renewed for a third season, "
     "but Tovrel reversed course and cancelled the show.", 3),
    ("expected-yet", "From the \"{o}\" {crew}, the comedy {t} was expected to return for a "
     "fourth season, yet Kestrel has now cancelled it.", 4),
]


@pytest.mark.parametrize(("plan", "season"), [(p, s) for _, p, s in PLANS],
                         ids=[i for i, _, _ in PLANS])
@pytest.mark.parametrize("crew", CREWS)
@pytest.mark.parametrize(("title", "other"), PAIRS, ids=PAIR_IDS)
def test_a_crew_credit_leaves_the_plan_its_season(plan: str, season: int, crew: str,
                                                  title: str, other: str) -> None:
    body = plan.format(o=other, crew=crew, t=title)
    assert (title, season) in _cancelled(body)


@pytest.mark.parametrize("crew", CREWS)
@pytest.mark.parametrize(("title", "other"), PAIRS, ids=PAIR_IDS)
def test_a_known_show_as_crew_credit(crew: str, title: str, other: str) -> None:
    body = (f"From the {other} {crew}, the drama {title} was set for a second season, but "
            "Kestrel has cancelled it.")
    assert (title, 2) in _cancelled(body, (title, other))


# --- controls: the same output on the base and the branch --------------------------------------

CONTROLS = [
    # a credit read already (``CREDIT_BEFORE_RE``)
    ("creators-of", "From the creators of \"{o}\", the drama {t} was set for a second season, "
     "but Kestrel has cancelled it.", (), {("{t}", 2)}),
    # the credits after a name read already (``CREDIT_AFTER_RE``)
    ("creators-after", "From the \"{o}\" creators, the drama {t} was set for a second season, "
     "but Kestrel has cancelled it.", (), {("{t}", 2)}),
    ("writers-after-known", "From the {o} writers, {t} had been renewed for a third season, "
     "but Tovrel reversed course and cancelled the show.", ("{t}", "{o}"), {("{t}", 3)}),
    # a word that names no crew: the other show stays in the sentence
    ("set-no-crew", "From the {o} set, the drama {t} was set for a second season, but Kestrel "
     "has cancelled it.", ("{t}", "{o}"), {("{t}", None)}),
    # a comparison that is no credit
    ("after-other", "After \"{o}\", the drama {t} was set for a second season, but Kestrel has "
     "cancelled it.", (), {("{t}", None)}),
    # the round 33 plan, no other show
    ("plan-alone", "The comedy {t} was set for a third season, but Kestrel has now cancelled "
     "it.", (), {("{t}", 3)}),
]


@pytest.mark.parametrize(("body", "known", "want"), [(b, k, w) for _, b, k, w in CONTROLS],
                         ids=[i for i, _, _, _ in CONTROLS])
@pytest.mark.parametrize(("title", "other"), PAIRS, ids=PAIR_IDS)
def test_controls_keep_their_output(body: str, known: tuple[str, ...],
                                    want: set[tuple[str, int | None]], title: str,
                                    other: str) -> None:
    names = tuple(k.format(t=title, o=other) for k in known)
    expected = {(show.format(t=title), season) for show, season in want}
    assert _cancelled(body.format(o=other, t=title), names) == expected


@pytest.mark.parametrize(("title", "other"), PAIRS, ids=PAIR_IDS)
def test_control_and_joined_plan_is_no_plan_undone(title: str, other: str) -> None:
    """Plan and cancellation joined by "and": no plan undone, the planned season is not the
    one the cancellation takes."""
    body = (f"From the \"{other}\" team, the drama {title} was set for a second season and "
            "Kestrel has since cancelled it.")
    assert (title, 2) not in _cancelled(body)
