"""An event told as background, and who decides (issue 10, round 16, branch r16aside).

Invented articles (titles, networks and sentences written for this test), each with the facts
it must give; published 2024-05-10, so the publication month is "2024-05".

BACKGROUND: a renewal or a cancellation the sentence tells as the show's past ("Despite its
cancellation at Fox, X was renewed", "after being cancelled by", "following its cancellation",
"having been axed", "once cancelled", "The move comes after the show was renewed") is a fact,
as the labelling guide labels a past event stated as background, with its own date or none,
never the publication month of news (``date.background_decision``); a background cancellation
beside the show's return for season n is season n - 1, the last made
(``season.background_cancellation_before_return``).

DECIDERS: an unknown capitalised subject of an active renew / cancel / order / pick-up is a
network (``title.veto.decider``), and the verb's objects are shows (``decision_object``
evidence), not people's contracts nor events.

Controls: a renewal and a cancellation both news and both kept, dated as news; a show named as
the object of a decision, never vetoed as a decider.
"""

from __future__ import annotations

import pytest
from articles import facts_of, full_rows, rows

from monitor.extract import rules

T = "Tarn Hollow"
S = "Salt Acre"
D = "Dovefield"
MONTH = "2024-05"


BACKGROUND_CANCELLATION = [
    ("Despite its cancellation at Fox, Tarn Hollow was renewed by Netflix for a third season.",
     "Netflix saves Tarn Hollow"),
    ("Netflix has renewed Tarn Hollow for a third season, following its cancellation at Fox.",
     "Tarn Hollow gets a third season"),
    ("Having been axed by Fox after two seasons, Tarn Hollow has been picked up by Netflix for "
     "a third season.", "Tarn Hollow rescued"),
    ("Tarn Hollow, once cancelled by Fox, is coming back for a third season on Netflix.",
     "Tarn Hollow returns"),
    ("Tarn Hollow was renewed by Netflix for a third season after being cancelled by Fox.",
     "Netflix saves Tarn Hollow"),
]


@pytest.mark.parametrize(("body", "headline"), BACKGROUND_CANCELLATION)
def test_background_cancellation_is_the_season_before_and_no_news(body: str,
                                                                   headline: str) -> None:
    found = full_rows(facts_of(body, headline))
    assert (T, 3, "renewed", MONTH, "confirmed") in found, found
    assert (T, 2, "cancelled", None, "confirmed") in found, found
    assert not {r for r in found if r[0] != T}, found  # "Having" is no show


@pytest.mark.parametrize(("body", "headline"), [
    ("NBC has cancelled Tarn Hollow after two seasons. The decision comes despite an earlier "
     "renewal for a third season.", "NBC cancels Tarn Hollow"),
    ("NBC has cancelled Tarn Hollow after two seasons. The move comes after the show was "
     "renewed for a third season.", "NBC cancels Tarn Hollow"),
    ("NBC has cancelled Tarn Hollow after two seasons, despite having renewed it for a third "
     "season.", "NBC cancels Tarn Hollow"),
])
def test_background_renewal_is_a_past_fact(body: str, headline: str) -> None:
    found = full_rows(facts_of(body, headline))
    assert (T, 2, "cancelled", MONTH, "confirmed") in found, found
    assert (T, 3, "renewed", None, "confirmed") in found, found


def test_background_date_of_its_own_is_kept() -> None:
    found = full_rows(facts_of(
        "Tarn Hollow was renewed by Netflix for a third season after being cancelled by Fox "
        "in March.", "Netflix saves Tarn Hollow"))
    assert (T, 2, "cancelled", "2024-03", "confirmed") in found, found


def test_control_both_decisions_are_news() -> None:
    found = full_rows(facts_of(
        "NBC renewed Tarn Hollow for a third season and cancelled Salt Acre after one season.",
        "NBC renews Tarn Hollow, cancels Salt Acre"))
    assert (T, 3, "renewed", MONTH, "confirmed") in found, found
    assert (S, 1, "cancelled", MONTH, "confirmed") in found, found


def test_control_cancelling_another_show_is_news() -> None:
    with rules.tracing() as trace:
        found = rows(facts_of("Netflix renewed Tarn Hollow for a third season after cancelling "
                              "Salt Acre.", "Netflix renews Tarn Hollow"))
    assert (T, 3, "renewed") in found
    assert (S, None, "cancelled") in found
    # "after cancelling" is the subject's own act, not the show's past
    assert not any("date.background_decision" in e.rules for e in trace.events)


@pytest.mark.parametrize(("body", "headline"), [
    ("Kestrel renewed Salt Acre and cancelled Dovefield on Tuesday. The streamer has had a "
     "busy week.", "Streamer makes its calls"),
    ("Kestrel renewed Salt Acre and cancelled Dovefield on Tuesday.", ""),
])
def test_unknown_decider_is_a_network_and_its_objects_are_shows(body: str,
                                                                headline: str) -> None:
    found = rows(facts_of(body, headline))
    assert (S, None, "renewed") in found, found
    assert (D, None, "cancelled") in found, found
    assert not {r for r in found if r[0] == "Kestrel"}, found


@pytest.mark.parametrize(("body", "headline"), [
    ("Salt Acre and Dovefield will return for second seasons on Kestrel, the streamer said.",
     "Kestrel renews two dramas"),
    ("Kestrel has renewed two of its dramas. Salt Acre and Dovefield will both be back.",
     "Kestrel renews two dramas"),
    ("Kestrel cancels Dovefield after one season. The drama premiered in January.",
     "Kestrel cancels Dovefield"),
])
def test_headline_decider_is_no_show(body: str, headline: str) -> None:
    found = rows(facts_of(body, headline))
    assert any(r[0] == D for r in found), found
    assert not {r for r in found if r[0] == "Kestrel"}, found


def test_rescued_after_a_named_network_cancelled_it() -> None:
    found = full_rows(facts_of("Tarn Hollow has been rescued by Netflix after Fox cancelled it.",
                               "Tarn Hollow rescued"))
    assert (T, None, "cancelled", None, "confirmed") in found, found


@pytest.mark.parametrize(("body", "headline"), [
    ("Salt Acre has been renewed for a second season.", "Salt Acre Renews Its Vows"),
    ("Salt Acre has been renewed for a second season.", "Salt Acre Renewed Ahead Of Finale"),
])
def test_control_a_show_in_a_title_case_headline_is_no_decider(body: str,
                                                               headline: str) -> None:
    assert (S, 2, "renewed") in rows(facts_of(body, headline))


def test_unknown_decider_with_a_network_word_is_no_show() -> None:
    found = rows(facts_of("Ardent TV has picked up Salt Acre for a second season. The comedy "
                          "will return in the fall.", "Ardent TV picks up Salt Acre"))
    assert (S, 2, "renewed") in found, found
    assert not {r for r in found if r[0].startswith("Ardent")}, found


@pytest.mark.parametrize(("body", "headline"), [
    ("Jane Doe renewed her contract with the studio on Monday.", "Jane Doe renews her deal"),
    ("Marco Bell cancelled the tour after the accident.", "Marco Bell cancels tour"),
    # a capitalised word that names nobody vouches for nothing
    ("Executives renewed Pale Orchard.", ""),
])
def test_decider_objects_that_are_no_shows_give_nothing(body: str, headline: str) -> None:
    assert not facts_of(body, headline)


def test_control_a_show_that_was_decided_about_is_no_decider() -> None:
    found = rows(facts_of("Hulu renewed Salt Acre for a second season. Salt Acre renews its "
                          "cast for the new run.", "Hulu renews Salt Acre"))
    assert (S, 2, "renewed") in found, found


def test_rules_are_explained() -> None:
    with rules.tracing() as trace:
        facts_of("Despite its cancellation at Fox, Tarn Hollow was renewed by Netflix for a "
                 "third season.", "Netflix saves Tarn Hollow")
    named = {name for event in trace.events for name in event.rules}
    assert {"date.background_decision",
            "season.background_cancellation_before_return"} <= named
    with rules.tracing() as trace:
        facts_of("Kestrel renewed Salt Acre and cancelled Dovefield on Tuesday.", "")
    assert ("Kestrel", False, "title.veto.decider") in trace.titles
