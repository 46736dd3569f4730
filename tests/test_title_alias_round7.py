"""Two shows whose names look alike stay two shows (round 7): one name a prefix of another
("Salt Road" and "Salt Road Stories"), a word of one the start of a word of the other ("The
Con", "The Conners"), a franchise prefix ("Star Quest: Outpost", "Outpost"), two shows side by
side with a slash. The aliases the text does give still merge (a host's show and its short
form, "Late Night with Maya Lind" and "Late Night", are one show: ``shows.short_forms``).
Every sentence is written for this test about invented shows."""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of, make_article, normalised_shows_kinds

from monitor.extract.facts import extract_facts
from monitor.extract.shows import normalise_title

R, C = "renewed", "cancelled"


def _facts(text: str) -> set[tuple[str, str]]:
    """The (normalised show, kind) pairs of the renewals and cancellations only."""
    return {pair for pair in normalised_shows_kinds(facts_of(text)) if pair[1] in (R, C)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Netflix renewed The Deep End for a second season and cancelled The Deep after one.",
     {("deep end", R), ("deep", C)}),
    ("ABC renewed The Conners for a sixth season and cancelled The Con after one season.",
     {("conners", R), ("con", C)}),
    ("Hulu renewed The Bayou for a second season. The Bay was cancelled after four seasons.",
     {("bayou", R), ("bay", C)}),
    ("Paramount+ renewed Star Quest: Outpost for a second season. Outpost, the unrelated Syfy "
     "drama, was cancelled.", {("star quest outpost", R), ("outpost", C)}),
    ("Fox's Tuesday lineup: Glass Harbor / Red Kettle. Glass Harbor has been renewed for a "
     "third season and Red Kettle was cancelled.", {("glass harbor", R), ("red kettle", C)}),
    ("HBO renewed Salt Road for a third season. Salt Road Stories, its anthology companion, "
     "was cancelled.", {("salt road", R), ("salt road stories", C)}),
    ("HBO renewed The Gilded Age and cancelled The Gilded Cage.",
     {("gilded age", R), ("gilded cage", C)}),
])
def test_look_alike_names_stay_two_shows(text: str, expected: set[tuple[str, str]]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(("text", "show"), [
    ("NBC has renewed Parks and Recreation for a third season. Parks & Rec drew its best "
     "ratings in May.", "parks and recreation"),
    ("Netflix has renewed Salt Road, or Camino de Sal, for a fifth season.", "salt road"),
])
def test_aliases_the_text_gives_still_merge(text: str, show: str) -> None:
    assert {s for s, _ in _facts(text)} == {show}


def test_a_person_after_a_title_is_no_longer_name() -> None:
    """"Glass Harbor EP Maya Lind said ...": the show, then its producer."""
    article = make_article("Glass Harbor has been renewed. Glass "
                           "Harbor EP Maya Lind said the drama will return in June.",
                           published=dt.date(2024, 5, 10))
    assert {normalise_title(f.show) for f in extract_facts(article)} == {"glass harbor"}


def test_a_heading_glued_to_its_paragraph_is_no_longer_name() -> None:
    """"Salt Road This teen comedy ...": the heading's title, then the text."""
    article = make_article("Netflix has cancelled Salt Road after one season.\n\nSalt Road This "
                           "teen comedy won over reviewers, but was cancelled after a single "
                           "season.", "Shows cancelled this year", dt.date(2024, 5, 10))
    assert {f.show for f in extract_facts(article)} == {"Salt Road"}
