"""A decision told as "recent" has no date of the day, round 18 (branch r18seasons).

"Kestrel Play recently ordered two more series of it", "the recent cancellations of A and B":
the decision came before the news, at a time the text does not give, and the labels leave it
undated (four of four on the open folds). The extractor read "recently" as news that had just
happened and gave the publication month. Rule ``date.recent_decision_undated``.

Controls keep what they give today: a decision with no "recent" (the publication month), a
decision the sentence dates, a shoot that "recently wrapped" (its labels keep the month), and
"a recent hit" that is no word of the decision's. Every show and sentence is invented.
"""

from __future__ import annotations

import pytest
from articles import PUBLISHED, dated_rows, facts_of

MONTH = PUBLISHED.isoformat()[:7]
SHOWS = ["Brackwater", "The Tin Orchard", "Salt Meridian"]
HEADS = ["TV news", "{show} renewed", "{show} is coming back"]


def _dates(body: str, show: str, kind: str, headline: str) -> set[str | None]:
    return {date for s, _, k, date in dated_rows(facts_of(body, headline))
            if k == kind and s == show}


_RECENT_RENEWALS = [
    "{show} was recently renewed for a third season.",
    "Kestrel Play recently renewed {show} for a third season.",
    "Kestrel Play has recently picked up {show} for another season.",
    "{show} has been renewed recently for a third season.",
    "Kestrel Play has recently ordered a third series of {show}.",
]


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("headline", HEADS)
@pytest.mark.parametrize("sentence", _RECENT_RENEWALS)
def test_a_recent_renewal_takes_no_date(sentence: str, headline: str, show: str) -> None:
    body = f"{sentence.format(show=show)} The drama follows two sisters in a fishing town."
    assert _dates(body, show, "renewed", headline.format(show=show)) == {None}


_RECENT_CANCELLATIONS = [
    "Our tracker now counts the recent cancellations of \"{show}\" and \"Copper Lane.\"",
    "{show} was recently cancelled by Kestrel Play after two seasons.",
    "Kestrel Play recently cancelled {show} after two seasons.",
    "Following the recent cancellation of {show}, its cast has moved on.",
]


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("sentence", _RECENT_CANCELLATIONS)
def test_a_recent_cancellation_takes_no_date(sentence: str, show: str) -> None:
    body = f"{sentence.format(show=show)} The drama followed two sisters in a fishing town."
    assert _dates(body, show, "cancelled", "TV news") == {None}


# --- controls ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "kind", "expected"), [
    ("{show} has been renewed for a third season.", "renewed", {MONTH}),
    ("Kestrel Play has cancelled {show} after two seasons.", "cancelled", {MONTH}),
    ("{show}, a recent hit, has been renewed for a third season.", "renewed", {MONTH}),
    ("{show} was recently renewed for a third season on March 3, 2024.", "renewed",
     {"2024-03-03"}),
    ("Filming recently wrapped on {show} season 2.", "filming_wrapped", {MONTH}),
])
def test_controls_keep_their_dates(sentence: str, kind: str, expected: set[str]) -> None:
    show = "Brackwater"
    assert _dates(sentence.format(show=show), show, kind, "TV news") == expected
