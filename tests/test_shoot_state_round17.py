"""A shoot told as a state that goes on has no start date, round 17 (branch r17seasons).

"The second series is currently in production", "the last season is currently shooting in
Halifax", "which is in production on its third season": the article says the shoot is going
on, not when it began, and the labels leave such a start undated; the extractor gave it the
publication month, as news that had just happened (a hit only at the compatible level). Rule
``date.shoot_going_on_undated``.

Controls keep the publication month where the start is the news ("officially in production",
"finally got under way", "began filming this week") and a date the sentence states. Every show
and sentence is invented.
"""

from __future__ import annotations

import pytest
from articles import PUBLISHED, dated_rows, facts_of

SHOW = "Harrow Fen"
HEAD = "Kestrel Play news"
MONTH = PUBLISHED.isoformat()[:7]


def _starts(body: str, headline: str = HEAD) -> set[str | None]:
    return {date for show, _, kind, date in dated_rows(facts_of(body, headline))
            if kind == "filming_started" and show == SHOW}


@pytest.mark.parametrize("sentence", [
    "The second season of {show} is currently in production.",
    "{show} season 2 is currently in production in Leeds.",
    "{show} season 2 is currently filming in Montreal.",
    "Kestrel Play renewed {show}, whose second season is currently shooting in Cork.",
    "Kestrel Play's drama {show} is in production on its second season.",
    "{show} season 2 is currently shooting in Leeds, its star said.",
    "Season 2 of {show} is currently in production in Leeds.",
])
def test_a_shoot_going_on_has_no_start_date(sentence: str) -> None:
    assert _starts(sentence.format(show=SHOW)) == {None}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("{show} season 2 is officially in production.", MONTH),
    ("Filming on {show} season 2 finally got under way in Leeds.", MONTH),
    ("{show} season 2 began filming in Leeds this week.", MONTH),
    ("{show} season 2 has been filming in Leeds since March.", "2024-03"),
    ("{show} season 2 started filming in Leeds in March and is currently shooting in Cork.",
     "2024-03"),
])
def test_controls(sentence: str, expected: str) -> None:
    assert _starts(sentence.format(show=SHOW)) == {expected}
