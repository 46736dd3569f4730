"""A premiere its own sentence leaves undated, dated by the headline or a line naming its season
(issue 10, round 18, branch s18lost).

``dedupe`` dropped a premiere with no time before ``eventdates.article_days`` could give it the
date another line states for the same event, and a headline's dated premiere of the same key
had already lost to the body's undated one: "Harrow Lane season 2 gets a June 14 release date"
over "Harrow Lane season 2 will premiere on Tovrel" gave nothing at all. Now an undated
premiere told ahead, of the latest season the article names for its show, is dropped only
after the headline and the lines naming its season had their chance to date it
(``drop.premiere_never_dated``). Invented names throughout.
"""

from __future__ import annotations

import pytest
from articles import dated_rows, facts_of, make_article

from monitor.extract import rules
from monitor.extract.facts import extract_facts

UNDATED = [
    "Harrow Lane season 2 will premiere on Tovrel.",
    "The second season of Harrow Lane is set to debut on Kestara Play.",
    "Season 2 of Harrow Lane will arrive on the streamer, Tovrel said.",
]
HEADLINES = [
    "Harrow Lane season 2 gets a June 14 release date",
    "Harrow Lane returns June 14",
    "Harrow Lane Season 2 Release Date Set for June 14",
    "Harrow Lane season 2: everything we know, including the June 14 premiere",
]
BETWEEN = ["", " The cast is back, and the writers say the story is darker."]


def _premieres(body: str, headline: str = "") -> set[tuple[str, int | None, str, str | None]]:
    return {r for r in dated_rows(facts_of(body, headline)) if r[2] == "premiere"}


@pytest.mark.parametrize("between", BETWEEN, ids=["next", "after-a-line"])
@pytest.mark.parametrize("headline", HEADLINES)
@pytest.mark.parametrize("undated", UNDATED)
def test_headline_dates_the_body_premiere(undated: str, headline: str, between: str) -> None:
    assert ("Harrow Lane", 2, "premiere", "2024-06-14") in _premieres(undated + between,
                                                                      headline)


@pytest.mark.parametrize("dater", [
    "Season 2 arrives on June 14, Tovrel said.",
    "Fans will see season 2 from June 14.",
])
def test_a_line_naming_the_season_dates_it(dater: str) -> None:
    """A control: the sentence loop reads these lines' own premiere (on main too)."""
    body = ("Harrow Lane season 2 will premiere on Tovrel. The cast is back, and the writers "
            f"say the story is darker.\n\n{dater}")
    assert ("Harrow Lane", 2, "premiere", "2024-06-14") in _premieres(body)


# --- controls: what they give today, on main and here -----------------------------------------

@pytest.mark.parametrize("body, headline, want", [
    # nothing dates it: no premiere
    ("Harrow Lane season 2 will premiere on Tovrel. The cast is back.", "", set()),
    # another event's date
    ("Harrow Lane season 2 will premiere on Tovrel. The finale aired on June 14.", "", set()),
    # a past premiere with no time stays dropped, whatever the headline dates
    ("Harrow Lane premiered on Tovrel to strong numbers.", "Harrow Lane season 2 set for "
     "June 14", set()),
    # an earlier season's undated premiere is background: the later season's date is not its
    ("Harrow Lane season 1 premiered on Tovrel. Season 3 of Harrow Lane will premiere on "
     "June 14.", "", {("Harrow Lane", 3, "premiere", "2024-06-14")}),
])
def test_controls(body: str, headline: str, want: set[tuple[str, int, str, str]]) -> None:
    assert _premieres(body, headline) == want


def test_the_drop_is_explained() -> None:
    with rules.tracing() as trace:
        extract_facts(make_article("Harrow Lane season 2 will premiere on Tovrel. The cast is "
                                   "back."))
    assert "drop.premiere_never_dated" in {e.dropped_by for e in trace.events}
