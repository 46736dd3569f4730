"""Events told by reference, round 15 (issue 10 item 6, branch y16refs).

The census of the unseen fold's "show predicted, kind never" misses (MEASUREMENTS.md, "Round
15, references") found no miss lost for want of an antecedent: where the kind stands in a
sentence naming no show, the reference already reaches the show, and rules about the event
drop it. What the invented articles found instead is the other side of the same reading: a
sentence naming no show whose subject is *another* work — a person's film or podcast ("Jane
Doe's new film"), a show told apart from the article's ("another NBC drama", "her previous
show", "Fox's rival comedy", "the show's spinoff") — gave its event to the main show.

Each probe is a small invented article (a headline and three sentences) with the facts it must
give; the probes fail on 6e95b30. The controls — events told by a reference that IS the
article's show ("the series", "it", "its third season", "the network's hit drama", "her
latest series") — pass on both. Every sentence and show is invented for this test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of, rows

PUBLISHED = dt.date(2031, 3, 10)
HEADLINE = "NBC renews Salt Road"
LEAD = ("NBC has renewed \"Salt Road\" for a second season. The legal drama drew strong "
        "ratings on Thursdays this winter. ")
RENEWAL = {("Salt Road", 2, "renewed")}


def _rows(body: str, headline: str = HEADLINE) -> set[tuple[str, int | None, str]]:
    return rows(facts_of(body, headline, PUBLISHED))


# --- probes: another work as the subject gives the main show nothing ------------------------

OTHER_WORK_SENTENCES = [
    # a person's film or podcast (a possessive name or pronoun before the medium)
    "Jane Doe's new film wrapped filming last week.",
    "Her next film begins shooting in May.",
    "Jane Doe's podcast was renewed for a third season.",
    # a show told apart from the article's
    "Her previous show was cancelled after one season.",
    "Her last series was cancelled after one season.",
    "The actor's other series was cancelled last year.",
    "Another NBC drama was cancelled on Friday.",
    "Fox's competing drama premieres June 4.",
    "NBC's rival comedy was cancelled last week.",
    # a spinoff, a companion, a version made elsewhere, the show before it: shows of their own
    "The show's spinoff premieres in June.",
    "A spinoff premieres in June.",
    "The companion series premieres in June.",
    "The British version was cancelled after two seasons.",
    "The Korean original premiered in 2019.",
    "Its predecessor was cancelled in 2019.",
]


@pytest.mark.parametrize("sentence", OTHER_WORK_SENTENCES)
def test_another_work_as_subject_gives_the_main_show_nothing(sentence: str) -> None:
    assert _rows(LEAD + sentence) == RENEWAL


def test_another_show_as_a_decisions_object_gives_the_main_show_nothing() -> None:
    assert _rows(LEAD + "The same day the network cancelled another NBC comedy.") == RENEWAL


# --- controls: a reference to the article's own show keeps its event -------------------------

REFERENCE_ARTICLES = [
    ("Salt Road star talks finale",
     "Jane Doe spoke about the end of \"Salt Road\" on Monday. She thanked the fans. She added "
     "that the series has been renewed for a third season.",
     ("Salt Road", 3, "renewed")),
    ("Harbor Lights ratings",
     "HBO's \"Harbor Lights\" drew 4 million viewers on Sunday. The finale was the most "
     "watched episode. Its third season will premiere in the fall, HBO said.",
     ("Harbor Lights", 3, "premiere")),
    ("Salt Road ratings soar",
     "NBC's \"Salt Road\" drew record ratings this week. Critics praised the finale. On "
     "Friday the network renewed its hit drama for a fourth season.",
     ("Salt Road", 4, "renewed")),
    ("Tin Roof news",
     "Hulu's \"Tin Roof\" has been a hit. Viewers loved the cast. Hulu cancelled it anyway on "
     "Friday, after two seasons.",
     ("Tin Roof", 2, "cancelled")),
    ("Pine Ridge news",
     "Netflix's \"Pine Ridge\" drew praise from critics. Jane Doe stars. According to "
     "Netflix, it will return for a second season in June.",
     ("Pine Ridge", 2, "premiere")),
    ("Glass Lake renewed",
     "\"Glass Lake\" was the most watched drama on CBS this year. Ratings rose every week. "
     "Now the drama has been renewed for a second season.",
     ("Glass Lake", 2, "renewed")),
    ("Jane Doe returns to TV",
     "Jane Doe returns to television with NBC's \"Salt Road\". She plays a judge. Her latest "
     "series premieres June 4 on NBC.",
     ("Salt Road", None, "premiere")),
    ("Salt Road renewed",
     "NBC's \"Salt Road\" drew strong ratings. Jane Doe stars. The drama's second season "
     "premieres June 4.",
     ("Salt Road", 2, "premiere")),
    # a remake or a revival the article is about is its own show, not another version
    ("Salt Road premiere date",
     "NBC's \"Salt Road\" is a remake of a British drama. Jane Doe stars. The new version "
     "premieres June 4 on NBC.",
     ("Salt Road", None, "premiere")),
    ("Salt Road premiere date",
     "NBC's \"Salt Road\" is back. Jane Doe stars. The revival premieres June 4 on NBC.",
     ("Salt Road", None, "premiere")),
]


@pytest.mark.parametrize("headline,body,expected", REFERENCE_ARTICLES)
def test_a_reference_to_the_articles_show_keeps_its_event(
        headline: str, body: str, expected: tuple[str, int | None, str]) -> None:
    assert expected in _rows(body, headline)


def test_a_film_named_by_its_star_beside_the_show_gives_no_fact() -> None:
    # the possessive of a person with a film: no fact for the show, before and after
    body = LEAD + "Jane Doe, the show's star, wrapped her film last week."
    assert _rows(body) == RENEWAL
