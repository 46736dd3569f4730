"""Shapes this round's engineers saw and left (issue 10, round 15, branch y16left).

Invented articles (titles and sentences written for this test), each with the facts it must
give.

UNDONE_RENEWAL: a renewal a sentence tells as undone ("cancelled X, reversing its renewal",
"reverses X renewal"), or as past beside its own cancellation ("despite an earlier renewal"),
is no new renewal. Round 15 dropped it (``drop.renewal_undone_by_cancellation``); round 16
(r16aside) read the labelling guide, which labels a past renewal stated as background, even
one since revoked, as a fact with its own date or none: it is now kept as such a past renewal
(``date.background_decision``), never dated the publication month of news. Controls (a
renewal that IS news beside another show's cancellation, "reversed course and renewed", a
title-case headline "Reverses Decision And Renews") pass before and after.

APPOSED_OTHER_SHOW: "her other show, a comedy on Hulu, was cancelled" — another show set off
by an apposition — is not the article's main show's cancellation (``drop.other_show_referred``
now reads the subject across the apposition). Cells fail on e634f10; controls (the main show's
own apposition, "the series, a comedy on Hulu, was cancelled") pass before and after.
"""

from __future__ import annotations

import pytest
from articles import facts_of, rows

H = "Harbor Lights"
N = "Night Ferry"
C = "Copper Canyon"


UNDONE_RENEWAL = [
    ("Networks reversed course this week. Netflix cancelled Harbor Lights, reversing its "
     "renewal for a third season.", "Netflix cancels Harbor Lights"),
    ("Netflix cancelled Harbor Lights despite an earlier renewal for a third season.",
     "Netflix cancels Harbor Lights"),
    ("Harbor Lights has been cancelled by Netflix, which rescinded its season 3 renewal "
     "after the showrunner left.", "Harbor Lights cancelled"),
    ("Netflix has cancelled Harbor Lights in spite of its surprise renewal in the spring.",
     "Harbor Lights axed"),
    # an undoing verb needs no cancellation in its own sentence
    ("Netflix cancelled Harbor Lights on Monday. The move reverses its renewal for a third "
     "season in March.", "Harbor Lights cancelled"),
    ("Netflix cancelled Harbor Lights on Monday.", "Netflix reverses Harbor Lights renewal"),
    ("Netflix has reversed its renewal of Harbor Lights after the showrunner left.",
     "Harbor Lights cancelled"),
]


@pytest.mark.parametrize(("body", "headline"), UNDONE_RENEWAL)
def test_undone_renewal_is_a_past_renewal(body: str, headline: str) -> None:
    facts = facts_of(body, headline)
    found = rows(facts)
    assert any(r[0] == H and r[2] == "cancelled" for r in found), found
    # the guide labels the past renewal; it is not news of the publication month (2024-05)
    renewals = {(f.season, f.date) for f in facts if f.kind == "renewed"}
    assert renewals and all(date != "2024-05" for _, date in renewals), renewals


def test_renewal_that_is_news_beside_a_cancellation_stays() -> None:
    found = rows(facts_of("Netflix renewed Harbor Lights for a third season after cancelling "
                          "Night Ferry.", "Netflix renews Harbor Lights"))
    assert (H, 3, "renewed") in found
    assert (N, None, "cancelled") in found


@pytest.mark.parametrize(("body", "headline"), [
    ("Netflix reversed its earlier decision and renewed Harbor Lights for a third season.",
     "Harbor Lights renewed"),
    ("Netflix reversed course and renewed Harbor Lights for a third season.",
     "Harbor Lights renewed"),
    ("The streamer renewed Harbor Lights for a third season on Monday.",
     "Netflix Reverses Decision And Renews Harbor Lights"),
])
def test_reversal_word_that_undoes_no_renewal_keeps_it(body: str, headline: str) -> None:
    found = rows(facts_of(body, headline))
    assert (H, 3, "renewed") in found, found


APPOSED_OTHER_SHOW = [
    "Maria Lopez stars in Copper Canyon, which Netflix renewed for a second season. Her other "
    "show, a comedy on Hulu, was cancelled last month.",
    "Copper Canyon is coming back for a second season on Netflix. The actor's other series, "
    "a legal drama at CBS, has been cancelled.",
]


@pytest.mark.parametrize("body", APPOSED_OTHER_SHOW)
def test_apposed_other_show_is_not_the_main_show(body: str) -> None:
    found = rows(facts_of(body, "Copper Canyon renewed at Netflix"))
    assert not {r for r in found if r[2] == "cancelled"}, found
    assert (C, 2, "renewed") in found


def test_main_shows_own_apposition_keeps_the_event() -> None:
    found = rows(facts_of("Copper Canyon had a short run. The series, a comedy on Hulu, was "
                          "cancelled last month.", "Copper Canyon cancelled at Hulu"))
    assert any(r[0] == C and r[2] == "cancelled" for r in found), found
