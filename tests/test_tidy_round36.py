"""Round 36's tidy (branch r36tidy): what round 35 wrote twice is written once, and every
reading keeps its answer.

- ``monitor extract --explain`` prints ``title.span.count_no_item`` and
  ``title.span.holiday_tail`` when they act (``rules.note_span``), as it prints the other
  ``title.span`` rules.

Every sentence and layout is invented for this file (Kestrel, Tovrel; Salt Road, Havana,
Lantern House, Marrow Bay)."""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract.explain import explain
from monitor.models import Article

PUBLISHED = dt.date(2026, 5, 20)
URL = "https://tracker.example.test/kestrel-slate"


def _article(text: str, headline: str = "Where every Kestrel and Tovrel series stands") -> Article:
    return Article(URL, headline, text, PUBLISHED)


# --- --explain prints the two span rules of round 35 ---------------------------------------

SPAN_RULES = {
    "holiday-on-christmas-day": (
        "Kestrel will premiere the second season of Lantern House on Christmas Day.",
        "title.span.holiday_tail"),
    "holiday-boxing-day": (
        "Tovrel will air the third series of Marrow Bay on Boxing Day.",
        "title.span.holiday_tail"),
    "holiday-new-years-eve": (
        "Kestrel will premiere the final season of Marrow Bay on New Year's Eve.",
        "title.span.holiday_tail"),
    "count-episodes": (
        "Kestrel renewed Lantern House for a sixth season, taking it past 100 episodes.",
        "title.span.count_no_item"),
    "count-million-viewers": (
        "Kestrel renewed Salt Road for a fifth season, taking it past 2 million viewers.",
        "title.span.count_no_item"),
}


def _explained(text: str) -> str:
    return explain(_article(text, "Network news"))[1]


@pytest.mark.parametrize(("text", "rule"), SPAN_RULES.values(), ids=SPAN_RULES.keys())
def test_explain_prints_the_span_rule_that_acted(text: str, rule: str) -> None:
    titles = _explained(text).split("TITLE CANDIDATES", 1)[1]
    assert f": {rule}" in titles


#: Near misses: neither rule acts, so neither is printed.
NO_SPAN_RULE = {
    "quoted-holiday": "Kestrel will premiere the second season of 'Salt Road on Christmas Day' "
                      "in June.",
    "number-title": "Kestrel renewed Lantern House, Havana and 1899 for new seasons.",
    "no-holiday": "Kestrel will premiere the second season of Lantern House on June 4.",
}


@pytest.mark.parametrize("text", NO_SPAN_RULE.values(), ids=NO_SPAN_RULE.keys())
def test_explain_prints_no_span_rule_that_did_not_act(text: str) -> None:
    out = _explained(text)
    assert "title.span.holiday_tail" not in out
    assert "title.span.count_no_item" not in out
