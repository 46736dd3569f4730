"""Certainty by scope: a hedge governs its own clause (or an attribution that opens or closes
the sentence), "May" the month is no hedge, a hedge word inside a title is none, a past-tense
trigger reports what happened. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract.facts import extract_facts
from monitor.models import Article

PUBLISHED = dt.date(2024, 8, 20)


def _certainty(text: str, kind: str, title: str = "") -> set[str]:
    article = Article("https://news.example/a", title, text, PUBLISHED)
    return {f.certainty for f in extract_facts(article) if f.kind == kind}


@pytest.mark.parametrize(("text", "kind", "certainty"), [
    ("Harbour Street season 2 premiered in May.", "premiere", "confirmed"),
    ("Harbour Street season 2 may return in 2025.", "premiere", "speculative"),
    ("Coming after the cancellation of Mighty Harbour, another short-lived revival, Hulu has "
     "cancelled Tin Roof after its first season.", "cancelled", "confirmed"),
    ("Some rumours claimed that the network is weary of the star after his comedy Harbour "
     "Street caused a stir and was cancelled after one season.", "cancelled", "confirmed"),
    ("According to sources, Harbour Street has been renewed for a third season.", "renewed",
     "speculative"),
    ("Filming for Harbour Street season 2 is starting in early December, according to media "
     "outlet reports.", "filming_started", "speculative"),
    ("Harbour Street recently wrapped filming for its upcoming third season.",
     "filming_wrapped", "confirmed"),
    ("Harbour Street season 3 has a teaser: Jane Doe might not survive Harbour Street's next "
     "eight-episode season.", "episode_count", "confirmed"),
])
def test_certainty_by_scope(text: str, kind: str, certainty: str) -> None:
    assert _certainty(text, kind) == {certainty}
