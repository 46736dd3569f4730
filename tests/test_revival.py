"""A revival told with the cancellation before it (issue 11: no false status alert; issue 10:
seasons). "Peacock picked up X for a third season after Netflix cancelled it" is news of
season 3's renewal; the cancellation it mentions ended season 2 (``season.cancelled_before_
revival``). Told the other way round ("cancelled weeks after renewing it") the cancellation is
the renewed season's. Every sentence is written for this test about invented shows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from articles import Row, facts_of, make_article, rows
from test_false_alerts import replay_pages, status_alerts

from monitor.extract import rules
from monitor.extract.facts import extract_facts

PUBLISHED = dt.date(2024, 5, 10)


def _facts(text: str) -> set[Row]:
    return rows(facts_of(text, published=PUBLISHED))


@pytest.mark.parametrize("text", [
    "Peacock has picked up the drama Glass Harbor for a third season after Netflix cancelled "
    "it in March.",
    "The drama Glass Harbor has been saved: Peacock ordered a third season, two months after "
    "Netflix cancelled the show.",
    "After being cancelled by Netflix, the drama Glass Harbor has been renewed for a third "
    "season at Peacock.",
    "Netflix cancelled the drama Glass Harbor after two seasons in March, but Peacock has now "
    "revived it for a third.",
])
def test_the_cancellation_before_a_revival_is_the_earlier_runs(text: str) -> None:
    facts = _facts(text)
    assert ("Glass Harbor", 3, "renewed") in facts, facts
    assert ("Glass Harbor", 2, "cancelled") in facts, facts
    assert ("Glass Harbor", 3, "cancelled") not in facts, facts
    assert ("Glass Harbor", None, "cancelled") not in facts, facts


@pytest.mark.parametrize("text", [
    "The drama Glass Harbor was cancelled just weeks after Netflix renewed it for a third "
    "season.",
    "Netflix cancelled the drama Glass Harbor weeks after renewing it for a third season.",
])
def test_a_cancellation_after_the_renewal_is_the_renewed_seasons(text: str) -> None:
    assert ("Glass Harbor", 3, "cancelled") in _facts(text)


def test_the_rule_is_traced_by_name() -> None:
    article = make_article("Peacock has picked up the drama Glass Harbor for a third season "
                           "after Netflix cancelled it.", published=PUBLISHED)
    with rules.tracing() as trace:
        extract_facts(article)
    assert any("season.cancelled_before_revival" in e.rules for e in trace.events)


def test_a_revival_alerts_the_renewal_and_no_cancellation_of_the_revived_season(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    alerts = replay_pages(tmp_path, capsys, [
        ("2024-01-15", "Harbor Lights season 2 premieres",
         "The drama Harbor Lights returns for its second season on Netflix on January 12, 2024."),
        ("2024-05-10", "Harbor Lights saved",
         "Peacock has picked up the drama Harbor Lights for a third season after Netflix "
         "cancelled it in April."),
    ])
    statuses = status_alerts(alerts)
    assert ("Harbor Lights", 3, None, "renewed") in statuses, statuses
    assert not any(season == 3 and to == "cancelled" for _, season, _, to in statuses), statuses
    assert not any(season is None and to == "cancelled" for _, season, _, to in statuses), \
        statuses
