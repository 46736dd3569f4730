"""A decision told "within two weeks" of an event the sentence dates, round 17 (branch
r17seasons).

"X premiered on January 10, 2031, and was renewed for a third season within two weeks": the
renewal fell back on the publication month, months after it was made. Rule
``date.shortly_after_earlier_event`` (round 14's "weeks later", "shortly after") now reads
"within": days, a week or two give the event's month, weeks or a month its year.

Controls keep what they give today: "within two weeks of" another show's finale, a gap with no
dated event before it, and "later" forms already read. Every show and sentence is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import dated_rows, facts_of

SHOW = "Larkspur Row"
HEAD = f"{SHOW} news"
PUBLISHED = dt.date(2031, 5, 14)


def _renewals(body: str) -> set[str | None]:
    return {date for show, _, kind, date in dated_rows(facts_of(body, HEAD, PUBLISHED))
            if kind == "renewed" and show == SHOW}


@pytest.mark.parametrize("event", [
    "premiered on January 10, 2031,", "premiered in January 2031", "debuted in January 2031",
])
@pytest.mark.parametrize(("gap", "expected"), [
    ("within two weeks", "2031-01"), ("within days", "2031-01"), ("within a week", "2031-01"),
    ("within the week", "2031-01"), ("within two weeks of its premiere", "2031-01"),
    ("within a month", "2031"), ("within weeks", "2031"),
])
def test_a_decision_within_a_gap_after_a_dated_event(event: str, gap: str,
                                                      expected: str) -> None:
    body = f"{SHOW} {event} and was renewed for a third season {gap}."
    assert _renewals(body) == {expected}


@pytest.mark.parametrize(("body", "expected"), [
    # another show's event; no dated event before the gap; the forms read before
    (f"{SHOW} premiered in January 2031 and was renewed for a third season within two "
     "weeks of the finale of Salt Acre.", "2031-05"),
    (f"{SHOW} was renewed for a third season within two weeks.", "2031-05"),
    (f"{SHOW} premiered in January 2031 and was renewed for a third season weeks later.",
     "2031"),
])
def test_controls(body: str, expected: str) -> None:
    assert _renewals(body) == {expected}
