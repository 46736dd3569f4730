"""Which date a fact is of (issue 10, round 11): shapes the open folds' date errors take,
probed with sentences and titles written for this test.

- a decision told as coming "weeks later", "shortly after", "soon afterwards" or "only days
  later" than an event the sentence dates before it: the decision's year is that event's (its
  month too when the gap is days), never the publication month; a decision that owns its
  time, or whose "after" names another event ("shortly after its finale"), is not read so.
- a renewal told as coming "a week after its March 3 debut": the premiere it came after is of
  the season before the renewed one (the article's main season when the sentence names none),
  and the renewal's month is the premiere's (its year when the gap is weeks).
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import DatedRow, dated_rows, facts_of

PUBLISHED = dt.date(2031, 3, 14)
G = "Glass Harbor"


def _facts(text: str, title: str = "") -> set[DatedRow]:
    return dated_rows(facts_of(text, title, PUBLISHED))


#: The earlier event: (clause with {t}, its date, the season the decision is of).
EARLIER = {
    "premiered_month": ("{t} premiered on Hulu in March 2027", "2027-03"),
    "first_season_debuted_day": ("The first season of {t} debuted on September 9, 2028",
                                 "2028-09-09"),
    "debuted_network_month": ("{t} debuted on ABC in October 2026", "2026-10"),
}

#: The decision after it: (clause, kind, season, days gap).
LATER = {
    "renewed_weeks_later": ("and was renewed for a second season weeks later", "renewed", 2,
                            False),
    "renewed_shortly_after": ("and the drama was renewed for a second season shortly after",
                              "renewed", 2, False),
    "renewed_days_later": ("and was renewed for a second season only days later", "renewed", 2,
                           True),
    # (round 24: "a month later" is counted from the earlier date, ``date.anchored_offset``)
    "cancelled_a_month_later": ("but was cancelled a month later", "cancelled", None, None),
}


def _expected_date(day: str, days_gap: bool | None) -> str:
    if days_gap is None:  # a month on from the earlier event's month
        year, month = int(day[:4]), int(day[5:7])
        return f"{year + month // 12:04d}-{month % 12 + 1:02d}"
    return day[:7] if days_gap and len(day) >= 7 else day[:4]


SHORTLY_AFTER_CASES = [
    pytest.param(f"{earlier.format(t=G)} {later}.",
                 (kind, _expected_date(day, days_gap)), id=f"{e_name}-{l_name}")
    for e_name, (earlier, day) in EARLIER.items()
    for l_name, (later, kind, _season, days_gap) in LATER.items()
]


@pytest.mark.parametrize(("text", "expected"), SHORTLY_AFTER_CASES)
def test_a_decision_shortly_after_an_earlier_event(text: str, expected: tuple[str, str]
                                                   ) -> None:
    kind, date = expected
    dates = {d for show, _, k, d in _facts(text) if show == G and k == kind}
    assert dates == {date}


@pytest.mark.parametrize(("text", "unexpected"), [
    # "after" names another event: not the earlier event's time
    ("Glass Harbor premiered in March 2027 and was renewed for a second season shortly after "
     "its finale.", "2027"),
    # the decision owns its time
    ("Glass Harbor premiered in March 2027 and was renewed for a second season in June 2028.",
     "2027"),
    # no gap word: news of the day
    ("Glass Harbor premiered in March 2027 and has now been renewed for a second season.",
     "2027"),
], ids=["after_names_another_event", "owns_its_date", "no_gap"])
def test_twins_of_shortly_after(text: str, unexpected: str) -> None:
    assert not any(k == "renewed" and d == unexpected for _, _, k, d in _facts(text))


#: Renewals that came after a dated premiere: (sentence, renewed season, premiere date,
#: renewal date).
AFTER_ITS = {
    "a_week_after_debut": ("Hulu renewed Glass Harbor for a third season a week after its "
                           "March 3 debut.", 3, "2031-03-03", "2031-03"),
    "days_after_weekday_date": ("Glass Harbor was renewed for a second season only days after "
                                "its Sunday, January 5 premiere.", 2, "2031-01-05", "2031-01"),
    "two_weeks_following": ("NBC has renewed Glass Harbor for a fourth season, two weeks "
                            "following its February 2 premiere drew big numbers.", 4,
                            "2031-02-02", "2031"),
}


@pytest.mark.parametrize(("text", "season", "premiere", "renewal"), list(AFTER_ITS.values()),
                         ids=list(AFTER_ITS))
def test_a_renewal_after_its_premiere(text: str, season: int, premiere: str, renewal: str
                                      ) -> None:
    facts = _facts(text)
    assert (G, season - 1, "premiere", premiere) in facts
    assert (G, season, "renewed", renewal) in facts


def test_the_main_season_is_the_renewed_one() -> None:
    facts = _facts("The network renewed Glass Harbor a few days after its Sunday, March 2 "
                   "debut. Its cast members are expected back in the autumn.",
                   title="Glass Harbor picked up for season 2")
    assert (G, 1, "premiere", "2031-03-02") in facts


def test_a_premiere_to_come_is_the_renewed_season() -> None:
    facts = _facts("Hulu renewed Glass Harbor for a third season, which will premiere on "
                   "June 12.")
    assert (G, 3, "premiere", "2031-06-12") in facts
