"""A premiere plan with no time is dated by the next sentence when that sentence names no show
(``date.plan_dated_next_line``, issue 10, round 23).

"Salt Road will premiere on Kestrel. Mark your calendars for March 4." gave nothing: the plan
has no time and is dropped as never dated, and the next sentence names no show, so neither
round 22's airing line (a line naming the show) nor the next line's reference to the event
(a fact with a season) dated it. The next sentence's one day to come is now the plan's when it
names no show and no other season, has a word of going on air or gives the date as such, and
nothing of another event, an episode by its place, a rerun, a past airing, a doubt or a guess.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of

from monitor.extract import rules

PUBLISHED = dt.date(2025, 2, 1)
TITLES = ("Salt Road", "Copper Vale", "Quillmarsh")
PLANS = (
    "{T} will premiere on Kestrel.",
    "The new drama {T} will debut on Kestrel.",
    "The first season of {T} will premiere on Tovrel Plus.",
)
NEXT = (
    "Mark your calendars for March 4.",
    "The date: March 4.",
    "It will be available on March 4.",
    "The first two episodes will be available March 4.",
    "Episodes will stream weekly from March 4.",
    "All eight episodes drop March 4.",
    "Fans can tune in on March 4 at 9 p.m.",
    "It is slated for March 4.",
    "The date is March 4.",
    "It lands March 4.",
)


def _body(title: str, plan: str, line: str) -> str:
    return (f"Tovrel renewed Harbor Lights on Monday. {title} is a new drama series from Ana "
            f"Ruiz. {plan.format(T=title)} {line} The cast includes Mara Quinn.")


def _premiere_dates(body: str, show: str) -> set[str | None]:
    return {f.date for f in facts_of(body, published=PUBLISHED)
            if f.kind == "premiere" and f.show == show}


@pytest.mark.parametrize("line", NEXT)
@pytest.mark.parametrize("plan", PLANS)
@pytest.mark.parametrize("title", TITLES)
def test_the_next_sentence_dates_the_plan(title: str, plan: str, line: str) -> None:
    assert _premiere_dates(_body(title, plan, line), title) == {"2025-03-04"}


NOT_THE_PLANS = (
    "Ana Ruiz turns 50 on March 4.",
    "The trailer arrives March 4.",
    "Filming begins March 4.",
    "Harbor Lights returns March 4.",
    "The network will announce the date on March 4.",
    "Season 3: mark your calendars for March 4.",
    "The finale airs March 4.",
    "The second episode airs March 4.",
    "It will not be available until March 4.",
    "Episodes will be available on March 4 or March 11.",
)


@pytest.mark.parametrize("line", NOT_THE_PLANS)
@pytest.mark.parametrize("title", TITLES)
def test_another_events_date_is_not_the_plans(title: str, line: str) -> None:
    dates = _premiere_dates(_body(title, PLANS[0], line), title)
    assert "2025-03-04" not in dates


@pytest.mark.parametrize("title", TITLES)
def test_a_later_seasons_plan_needs_its_season_named(title: str) -> None:
    # round 19's control: "New episodes arrive ..." may be another season's
    plan = "{T} season 3 will premiere on Kestrel."
    assert _premiere_dates(_body(title, plan, "New episodes arrive March 4."), title) == set()
    # the whole season ("All eight episodes drop ...") is the season just named (round 38,
    # r38dated: ``eventdates.WHOLE_SEASON_OPEN``)
    assert _premiere_dates(_body(title, plan, "All eight episodes drop March 4."), title) \
        == {"2025-03-04"}
    assert _premiere_dates(_body(title, plan, "Season 3 drops March 4."), title) \
        == {"2025-03-04"}


def test_explain_names_the_rule() -> None:
    with rules.tracing() as trace:
        facts_of(_body("Salt Road", PLANS[0], NEXT[0]), published=PUBLISHED)
    assert any("date.plan_dated_next_line" in e.rules for e in trace.events)
