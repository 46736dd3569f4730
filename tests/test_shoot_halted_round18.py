"""Round 18: a shoot halted now says the season's shoot had begun ("World Pictures have
suspended filming on X season 2", "production on X has been halted", "X has shut down
production for two weeks"): its start, confirmed, with no date (rule
``date.halted_shoot_undated``; the halt is the trigger itself, not a context that excludes
it). A halt dated more than four months before the article is a recap (``drop.halt_long_past``);
a start "postponed" or "delayed" never began. Invented names; published Friday 10 May 2024."""

from __future__ import annotations

import pytest
from articles import facts_of, make_article

from monitor.extract.explain import explain

LEAD = "\u201cGlass Harbor\u201d has been cancelled after one season. "
T = "\u201cHarrow Lane\u201d"


def _starts(sentence: str) -> set[tuple[str, int | None, str | None, str]]:
    return {(f.show, f.season, f.date, f.certainty) for f in facts_of(LEAD + sentence)
            if f.kind == "filming_started"}


HALTS = [
    (f"World Pictures have suspended filming on {T} season 2.", 2),
    (f"Tovrel has halted production on {T} season 2.", 2),
    (f"Quillon Studios paused filming on the second season of {T} this week.", 2),
    (f"Production on {T} season 2 has been suspended because of the storm.", 2),
    (f"Filming on the second season of {T} was halted on Monday.", 2),
    (f"Shooting on {T} season 3 has been put on hold.", 3),
    (f"Filming on {T} has been temporarily shut down.", None),
    (f"{T} has shut down production for two weeks.", None),
]


@pytest.mark.parametrize("sentence, season", HALTS, ids=[s for s, _ in HALTS])
def test_a_halted_shoot_had_begun(sentence: str, season: int | None) -> None:
    assert _starts(sentence) == {("Harrow Lane", season, None, "confirmed")}


CONTROLS = [
    f"In February 2023, production on {T} season 2 was paused.",
    f"Filming on {T} season 2 was postponed until the spring.",
    f"Filming on {T} season 2 was delayed by the storm.",
    "The strike halted filming across the industry.",
]


@pytest.mark.parametrize("sentence", CONTROLS)
def test_controls_give_no_start(sentence: str) -> None:
    assert _starts(sentence) == set()


def test_a_stated_start_keeps_its_date() -> None:
    assert _starts(f"{T} season 2 began filming in March but was halted on Monday.") == {
        ("Harrow Lane", 2, "2024-03", "confirmed")}


def test_explain_names_the_rule() -> None:
    _, text = explain(make_article(LEAD + f"World Pictures have suspended filming on {T} "
                                   "season 2."))
    assert "date.halted_shoot_undated" in text
