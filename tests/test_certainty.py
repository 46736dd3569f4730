"""Certainty by scope: a hedge governs its own clause (or an attribution that opens or closes
the sentence), "May" the month is no hedge, a hedge word inside a title is none, a past-tense
trigger reports what happened. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of

PUBLISHED = dt.date(2024, 8, 20)


def _certainty(text: str, kind: str, title: str = "") -> set[str]:
    return {f.certainty for f in facts_of(text, title, PUBLISHED) if f.kind == kind}


@pytest.mark.parametrize(("text", "kind", "certainty"), [
    ("Harbour Street season 2 premiered in May.", "premiere", "confirmed"),
    ("Harbour Street season 2 may return in 2025.", "premiere", "speculative"),
    ("Coming after the cancellation of Mighty Harbour, another short-lived revival, Hulu has "
     "cancelled Tin Roof after its first season.", "cancelled", "confirmed"),
    ("Some rumours claimed that the network is weary of the star after his comedy Harbour "
     "Street caused a stir and was cancelled after one season.", "cancelled", "confirmed"),
    ("According to sources, Harbour Street has been renewed for a third season.", "renewed",
     "speculative"),
    ("Filming for Harbour Street season 2 is starting in late January, according to local "
     "press reports.", "filming_started", "speculative"),
    ("Harbour Street recently wrapped filming for its upcoming third season.",
     "filming_wrapped", "confirmed"),
    ("Harbour Street season 3 has a teaser: Jane Doe might not survive Harbour Street's next "
     "eight-episode season.", "episode_count", "confirmed"),
])
def test_certainty_by_scope(text: str, kind: str, certainty: str) -> None:
    assert _certainty(text, kind) == {certainty}


#: Hedges and reported speech probed systematically (issue 10 round 6): each hedge governs its
#: own clause, an attribution that opens or closes the sentence governs the sentence, "May" the
#: month is no hedge, a named outlet's report is news, a decision still ahead is a guess.
SCOPE_PROBES = [
    ("Glass Harbor has reportedly been renewed for a third season.", "renewed", "speculative"),
    ("Glass Harbor has been renewed for a third season, according to sources.", "renewed",
     "speculative"),
    ("According to Deadline, Glass Harbor has been renewed for a third season.", "renewed",
     "confirmed"),
    ("Glass Harbor is said to be returning for a third season.", "renewed", "speculative"),
    ("Sources say Netflix has renewed Glass Harbor for a third season.", "renewed",
     "speculative"),
    ("Netflix plans to renew Glass Harbor for a third season.", "renewed", "speculative"),
    ("Netflix is expected to renew Glass Harbor for a third season.", "renewed", "speculative"),
    ("Netflix is in talks to renew Glass Harbor for a third season.", "renewed", "speculative"),
    ("Glass Harbor is on track for a third season renewal.", "renewed", "speculative"),
    ("Glass Harbor could return for a third season.", "renewed", "speculative"),
    ("Glass Harbor may return for a third season.", "renewed", "speculative"),
    ("If renewed, Glass Harbor season 3 would premiere in 2026.", "premiere", "speculative"),
    ("Glass Harbor season 3 is tipped to premiere in 2025.", "premiere", "speculative"),
    ("Word is that the drama Glass Harbor has been cancelled.", "cancelled", "speculative"),
    ("Glass Harbor has been cancelled, Deadline reports.", "cancelled", "confirmed"),
    ("Per sources, filming on Glass Harbor season 3 began in April.", "filming_started",
     "speculative"),
    ("Per Variety, filming on Glass Harbor season 3 began in April.", "filming_started",
     "confirmed"),
    ("Glass Harbor season 3 is allegedly filming in Belfast.", "filming_started",
     "speculative"),
    ("Glass Harbor season 3 is understood to be filming in Belfast.", "filming_started",
     "speculative"),
    # a hedge in another clause governs nothing here
    ("Glass Harbor season 3 premieres on June 14, and it might be the last.", "premiere",
     "expected"),
    ("Although a fourth season could follow, Glass Harbor season 3 premieres on June 14.",
     "premiere", "expected"),
    ("Netflix is reportedly developing a spinoff, while Glass Harbor has been renewed for a "
     "third season.", "renewed", "confirmed"),
    # "May" the month
    ("In May, Netflix renewed Glass Harbor for a third season.", "renewed", "confirmed"),
    ("Glass Harbor season 3 will premiere in May.", "premiere", "expected"),
    ("Glass Harbor season 2 premiered on May 5 on Netflix.", "premiere", "confirmed"),
    ("Glass Harbor is poised to return for a third season.", "renewed", "confirmed"),
    # an unnamed report closing the sentence, against a named outlet's
    ("Glass Harbor has been renewed for a third season, a report says.", "renewed",
     "speculative"),
    ("Glass Harbor has been renewed for a third season, per a new report.", "renewed",
     "speculative"),
    ("Glass Harbor has been renewed for a third season, Deadline reports.", "renewed",
     "confirmed"),
]


@pytest.mark.parametrize(("title", "kind", "certainty"), [
    ("'Harbour Street' Renewed For Season 3 — Report", "renewed", "speculative"),
    ("'Harbour Street' Reportedly Renewed For Season 3", "renewed", "speculative"),
    ("'Harbour Street' Renewed For Season 3, Sources Say", "renewed", "speculative"),
    ("'Harbour Street' Likely To Be Renewed For Season 3", "renewed", "speculative"),
    ("'Harbour Street' Renewed For Season 3", "renewed", "confirmed"),
])
def test_headline_hedges_and_reports(title: str, kind: str, certainty: str) -> None:
    body = "Harbour Street follows a family of lighthouse keepers on a remote island."
    assert _certainty(body, kind, title=title) == {certainty}


@pytest.mark.parametrize(("text", "kind", "certainty"), SCOPE_PROBES)
def test_hedges_and_reports_by_scope(text: str, kind: str, certainty: str) -> None:
    assert _certainty(text, kind) == {certainty}
