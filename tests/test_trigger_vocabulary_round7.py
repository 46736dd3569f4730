"""Trigger words for facts stated in a sentence that names a kept title but no word of the
vocabulary (round 7, "title kept, no trigger"): a run resumed on a date, a season begun on a
date or placed on the calendar, production ceased, a show shown the door, a season's order in
one hyphenated word — and the same words where they state no such fact. Every sentence is
written for this test about invented shows."""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract.facts import extract_facts
from monitor.extract.shows import normalise_title
from monitor.models import Article

#: An earlier sentence names the show, as articles do, so the title is a kept one.
LEAD = "Glass Harbor season 2 drew big ratings. "


def _kinds(text: str) -> set[str]:
    article = Article("https://news.example/a", "", LEAD + text, dt.date(2024, 5, 10))
    return {f.kind for f in extract_facts(article) if normalise_title(f.show) == "glass harbor"}


@pytest.mark.parametrize(("text", "kind"), [
    ("Glass Harbor will resume on Sunday, July 26, on Syfy.", "premiere"),
    ("Glass Harbor resumes June 14 on Hulu.", "premiere"),
    ("Glass Harbor begins its third season on June 14.", "premiere"),
    ("Glass Harbor season 3 is slated for June 14.", "premiere"),
    ("Glass Harbor season 3 is due on June 14.", "premiere"),
    ("Hulu has decided to cease production on Glass Harbor.", "cancelled"),
    ("Glass Harbor has been shown the door after two seasons.", "cancelled"),
    ("Hulu has handed Glass Harbor a third-season order.", "renewed"),
])
def test_new_trigger_words(text: str, kind: str) -> None:
    assert kind in _kinds(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("Filming resumes on Monday, June 3, in Vancouver.", "premiere"),
    ("Production on Glass Harbor will resume on June 3.", "premiere"),
    ("Filming on season 3 is slated for June.", "premiere"),
])
def test_the_same_words_for_a_shoot_state_no_premiere(text: str, kind: str) -> None:
    assert kind not in _kinds(text)
