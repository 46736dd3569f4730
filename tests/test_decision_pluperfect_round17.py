"""A decision told in the pluperfect has no date of the day, round 17 (branch r17seasons).

"Once the finale aired, the writer announced that the drama had been picked up again": the
pluperfect sets the renewal before another past moment, background to the news;
the labels leave it undated. The extractor left a pluperfect undated already, except beside an
announcing verb ("announced that", "confirmed that"), which made it news that had just happened
(the publication month). Rule ``date.pluperfect_decision_undated``: the pluperfect wins.

Controls keep what they give today: "had just been renewed" (news of the moment), the present
perfect, and a pluperfect the sentence dates. Every show and sentence is invented.
"""

from __future__ import annotations

import pytest
from articles import PUBLISHED, dated_rows, facts_of

SHOW = "Brackwater"
HEAD = f"{SHOW} news"
MONTH = PUBLISHED.isoformat()[:7]


def _dates(body: str, kind: str, headline: str = HEAD) -> set[str | None]:
    return {date for show, _, k, date in dated_rows(facts_of(body, headline))
            if k == kind and show == SHOW}


#: Headlines that name the kind (the news of the article is that decision) or none.
HEADS = {"renewed": [HEAD, f"{SHOW} renewed", f"{SHOW} is coming back"],
         "cancelled": [HEAD, f"{SHOW} cancelled", f"{SHOW} is over"]}


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Shortly after the finale, the writer announced that {show} had been renewed for a "
     "second season.", "renewed"),
    ("The cast confirmed that {show} had already been renewed for a third season.",
     "renewed"),
    ("Kestrel Play confirmed on Twitter that {show} had been picked up for another season.",
     "renewed"),
    ("The showrunner announced in the interview that {show} had been renewed.", "renewed"),
    ("The star announced that {show} had been cancelled before the scripts were finished.",
     "cancelled"),
    ("Shortly after the finale, Kestrel Play confirmed that {show} had been cancelled.",
     "cancelled"),
])
@pytest.mark.parametrize("head", [0, 1, 2])
def test_a_pluperfect_decision_takes_no_date(sentence: str, kind: str, head: int) -> None:
    assert _dates(sentence.format(show=SHOW), kind, HEADS[kind][head]) == {None}


@pytest.mark.parametrize(("sentence", "kind", "expected"), [
    # the pluperfect with no announcing verb: undated already
    ("The showrunner revealed in the interview that {show} had been renewed.", "renewed",
     None),
    ("Kestrel Play said {show} had just been renewed for a second season.", "renewed", MONTH),
    ("Kestrel Play has renewed {show} for a second season.", "renewed", MONTH),
    ("{show} has been cancelled by Kestrel Play.", "cancelled", MONTH),
    ("The writer said {show} had been renewed for a second season in March.", "renewed",
     "2024-03"),
])
def test_controls(sentence: str, kind: str, expected: str | None) -> None:
    assert _dates(sentence.format(show=SHOW), kind) == {expected}
