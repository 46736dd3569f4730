"""Which season a fact is about: numbers in any case, ordinals, final seasons the article
numbers, first seasons of new shows, runs that ended, asides, and "another season" after the
latest one the store knows. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from articles import Row, facts_of, make_article, rows

from monitor.extract.facts import extract_facts
from monitor.pipeline import aired_seasons, known_seasons
from monitor.store.state import StateLocation, StateStore

PUBLISHED = dt.date(2024, 5, 10)


def _facts(text: str, title: str = "", known_seasons: dict[str, int] | None = None
           ) -> set[Row]:
    return rows(facts_of(text, title, PUBLISHED, known_seasons=known_seasons))


@pytest.mark.parametrize(("text", "want"), [
    ("Season Three of \"Harbour Street\" is set to premiere on June 2.",
     ("Harbour Street", 3, "premiere")),
    ("Harbour Street season 3 keeps the timetable of the present Season 2, which debuted "
     "July 9 on the network -- and that points to a summer 2025 air-date for Season 3.",
     ("Harbour Street", 2, "premiere")),
    ("Harbour Street season 3 keeps the timetable of the present Season 2, which debuted "
     "July 9 on the network -- and that points to a summer 2025 air-date for Season 3.",
     ("Harbour Street", 3, "premiere")),
    ("Harbour Street was originally canceled by ABC in 2006, after a four-season run.",
     ("Harbour Street", 4, "cancelled")),
    ("Harbour Street season 1 drew well. The comedy debuted on Hulu in 2015 and lasted for "
     "three seasons before the streamer canceled it.",
     ("Harbour Street", 3, "cancelled")),
    ("NBC pulled the plug on \"Harbour Street\" on Friday. \"Harbour Street\" debuted in "
     "December.", ("Harbour Street", 1, "premiere")),
    ("TruTV also renewed its comedy show \"Harbour Street,\" hosted by Jane Doe, for a third "
     "season.", ("Harbour Street", 3, "renewed")),
])
def test_the_season_a_sentence_means(text: str, want: tuple[object, ...]) -> None:
    assert want in _facts(text)


def test_new_seasons_of_shows_are_not_new_shows() -> None:
    facts = _facts("The broadcaster has given a green light to fresh seasons of dramas Harbour "
                   "Street and Tin Roof.")
    assert {("Harbour Street", None, "renewed"), ("Tin Roof", None, "renewed")} <= facts


def test_the_final_season_is_the_one_the_article_numbers() -> None:
    text = ("The network says Harbour Street concludes with its upcoming fourth season. "
            "The network adds that the final season is now filming in Montreal.")
    assert ("Harbour Street", 4, "filming_started") in _facts(text, "Harbour Street ends")


def test_another_season_follows_the_latest_season_the_store_knows() -> None:
    text = "Harbour Street will be back for another season, the network confirmed on Monday."
    assert ("Harbour Street", 4, "renewed") in _facts(text, known_seasons={"Harbour Street": 3})
    # the same title in another spelling
    assert ("Harbour Street", 4, "renewed") in _facts(text, known_seasons={"harbour street": 3})


def test_another_season_without_a_store_is_the_one_the_article_numbers() -> None:
    text = ("ITV has announced that its popular thriller will return for a second series. Harbour "
            "Street will be back for another run - with filming due to begin in the summer.")
    facts = _facts(text, "ITV says popular thriller will return - Harbour Street")
    assert {("Harbour Street", 2, "renewed"), ("Harbour Street", 2, "filming_started")} <= facts


def test_the_pipeline_passes_the_seasons_the_store_has_seen_aired(
        state_location: StateLocation) -> None:
    """A real store (on each engine): after an article about season 3's premiere, "another
    season" is 4."""
    now = dt.datetime(2024, 5, 10, 12, tzinfo=dt.timezone.utc)
    first = make_article("Harbour Street season 3 premiered on March 3 on Hulu.",
                         published=dt.date(2024, 3, 20), url="https://news.example/1")
    second = make_article("Harbour Street will be back for another season, Hulu confirmed on "
                          "Monday.", published=dt.date(2024, 5, 10), url="https://news.example/2")
    with StateStore(state_location) as store:
        assert aired_seasons(known_seasons(store), second.published) == {}
        store.articles.ingest(first, extract_facts(first), watched=lambda _t: True,
                              channels=(), now=now)
        aired = aired_seasons(known_seasons(store), second.published)
        assert aired == {"Harbour Street": 3}
        # seen from a day before that premiere, season 3 had not aired yet
        assert aired_seasons(known_seasons(store), dt.date(2024, 3, 1)) == {"Harbour Street": 2}
        facts = extract_facts(second, (), aired)
    assert [(f.show, f.season, f.kind) for f in facts] == [("Harbour Street", 4, "renewed")]
