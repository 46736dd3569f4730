"""A season ordered in other words: a run told to end with it, a decision to go ahead with
it — round 17 (issue 10, s17second).

A found show's renewal is often told as its end or as going on: "Kestrel Play said X would
come to an end with its seventh season" (the seventh season is ordered, the last: a renewal
for a final season is a renewal), "chose to forge ahead with a third season". The
vocabulary read "ends with its final season" and "moving forward with", not a numbered
season's end ahead nor "forge / go / press ahead with" (rule
``trigger.season_decided_ahead``). A run that ended with a season ("ended with its sixth
season in 2021") stays no renewal.

Every sentence and show is invented for this test.
"""

from __future__ import annotations

import pytest
from articles import facts_of, rows

HEADLINE = "Harrow Lane: Everything We Know About The Drama"
ABOUT = " Harrow Lane follows two brothers who run a ferry on Lake Erie."


def _renewals(body: str) -> set[tuple[str, int | None, str]]:
    return {r for r in rows(facts_of(body + ABOUT, HEADLINE)) if r[2] == "renewed"}


@pytest.mark.parametrize("sentence, season", [
    ("In March, Kestrel Play said Harrow Lane would come to an end with its seventh "
     "season.", 7),
    ("Netflix announced that Harrow Lane will end with its sixth season.", 6),
    ("Netflix announced that Harrow Lane will wrap up its run with a fifth season.", 5),
    ("Harrow Lane is set to conclude with its 4th season, Netflix said.", 4),
    ("Kestrel Play chose to forge ahead with a third season of Harrow Lane.", 3),
    ("Netflix is going ahead with a third season of Harrow Lane.", 3),
    ("Despite the ratings, Netflix pressed ahead with a third season of Harrow Lane.", 3),
], ids=["would-be-coming-to-an-end", "will-end-with", "wrap-up-its-run", "set-to-conclude",
        "forge-ahead", "going-ahead", "pressed-ahead"])
def test_a_season_decided_ahead_is_renewed(sentence: str, season: int) -> None:
    assert _renewals(sentence) == {("Harrow Lane", season, "renewed")}


@pytest.mark.parametrize("sentence", [
    "Harrow Lane ended with its sixth season in 2021.",
    "Harrow Lane came to an end with its sixth season last year.",
    "The story goes ahead with a time jump of ten years.",
], ids=["ended-with", "came-to-an-end", "no-season"])
def test_an_ended_run_or_no_season_gives_no_renewal(sentence: str) -> None:
    assert _renewals(sentence) == set()


def test_a_decision_denied_stays_a_cancellation() -> None:
    # control: main's reading of the denied "moving forward"
    facts = rows(facts_of("Netflix is not moving forward with a third season of Harrow Lane."
                          + ABOUT, HEADLINE))
    assert not {r for r in facts if r[2] == "renewed"}
