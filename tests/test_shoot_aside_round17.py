"""A shoot told without its show's name, an aside between it and its verb — round 17 (issue
10, s17second).

A found show's second fact is often its shoot told by reference, with an aside set off in
commas, dashes or parentheses between the shoot and its verb: "Shooting for the coming season
of the drama, created by Tom Reed, was completed last week", "Production on the
final season — which adds two leads — will begin Monday". The shoot phrases read the words
between as the shoot's own and stopped at a comma or dash: no candidate at all. The aside is
now skipped (``patterns._SHOOT_ASIDE``), in every referring phrase (the show, the drama, the
new season, the third season, the show's name) and tense.

A shoot whose own object is a film ("Production on the new movie began in March") is no
season's shoot (``drop.film_shoot``): the aside made such sentences reachable, and main gave
the show a shoot for the plain ones too.

Every sentence and show is invented for this test.
"""

from __future__ import annotations

import pytest
from articles import facts_of, full_rows

HEADLINE = "Netflix Renews Harrow Lane For Season 3"
RENEWAL = "Netflix has renewed Harrow Lane for a third season, the streamer said on Tuesday. "
ABOUT = "The drama follows two brothers who run a ferry on Lake Erie. "
#: Two shows: the second one's sentence names it; the first is the article's main show.
TWO_SHOWS = ("Hulu has renewed Salt Creek for a fifth season. Hulu also ordered a second "
             "season of Glass Road. ")


def _shoots(body: str, headline: str = HEADLINE) -> set[tuple[str, int | None, str,
                                                               str | None, str]]:
    return {r for r in full_rows(facts_of(body, headline)) if r[2].startswith("filming")}


@pytest.mark.parametrize("sentence, expected", [
    ("Shooting for the coming season of the drama, created by Tom Reed, was completed last "
     "week.", ("filming_wrapped", "2024-05", "confirmed")),
    ("Production on the new season — which adds Tom Reed and Ann Vale in undisclosed roles — "
     "will begin Monday in Belfast.", ("filming_started", "2024-05-13", "expected")),
    ("Shooting on the third season, delayed by the strike, began in March.",
     ("filming_started", "2024-03", "confirmed")),
    ("Filming on Harrow Lane's third season, which moved to Belfast, finished in April.",
     ("filming_wrapped", "2024-04", "confirmed")),
    ("Production on the drama, which stars Jane Doe, will start in August.",
     ("filming_started", "2024-08", "expected")),
    ("Principal photography on the season, set in 1920s Dublin, began last week.",
     ("filming_started", "2024-05", "confirmed")),
    ("Production on the final season — which adds Tom Reed (Iron Bay, Red Moor) to the cast "
     "— is set to begin in September.", ("filming_started", "2024-09", "expected")),
    ("Filming, which moved from Leeds to Belfast, wrapped last week.",
     ("filming_wrapped", "2024-05", "confirmed")),
], ids=["wrap-completed-created-by", "start-dash-aside", "start-participle", "wrap-named-show",
        "start-the-drama", "start-set-in", "start-parenthesis-in-dashes", "wrap-bare-shoot"])
@pytest.mark.parametrize("layout", ["next-sentence", "after-a-paragraph"])
def test_a_shoot_with_an_aside_goes_to_the_main_show(sentence: str,
                                                     expected: tuple[str, str, str],
                                                     layout: str) -> None:
    body = RENEWAL + (sentence if layout == "next-sentence" else ABOUT + "\n\n" + sentence)
    kind, date, certainty = expected
    assert _shoots(body) == {("Harrow Lane", 3, kind, date, certainty)}


def test_the_aside_holds_a_shows_name_and_the_shoot_is_another_shows() -> None:
    body = (RENEWAL + "Filming on Glass Road's second season, which stars Jane Doe, began "
            "in March.")
    assert _shoots(body) == {("Glass Road", 2, "filming_started", "2024-03", "confirmed")}


def test_a_shoot_with_an_aside_in_an_article_of_two_shows_goes_to_the_one_it_names() -> None:
    body = TWO_SHOWS + ("Production on Glass Road's second season, which adds two leads, begins "
                        "in June.")
    assert ("Glass Road", 2, "filming_started", "2024-06", "expected") in _shoots(body, "")
    assert not {r for r in _shoots(body, "") if r[0] == "Salt Creek"}


@pytest.mark.parametrize("sentence", [
    "Production on the new movie, which stars Jane Doe, began in March.",
    "Production on the new movie began in March.",
    "Filming on the documentary, which follows the cast, wrapped in April.",
    "The cast began filming the feature in Toronto last week.",
], ids=["movie-aside", "movie-plain", "documentary-aside", "filming-the-feature"])
def test_a_films_shoot_is_no_seasons(sentence: str) -> None:
    assert _shoots(RENEWAL + sentence) == set()


@pytest.mark.parametrize("sentence, expected", [
    # controls: what main gives stays
    ("Filming on the third season, which stars Jane Doe, wrapped in April.",
     {("Harrow Lane", 3, "filming_wrapped", "2024-04", "confirmed")}),
    ("Filming on the third season, which began in March, is still going on.",
     {("Harrow Lane", 3, "filming_started", "2024-03", "confirmed")}),
    ("Filming on Glass Road, which wrapped in April, was a joy, Doe said.", set()),
    ("Production on the third season will begin Monday in Belfast.",
     {("Harrow Lane", 3, "filming_started", "2024-05-13", "expected")}),
    ("The film festival's jury began its work as filming on the third season began in March.",
     {("Harrow Lane", 3, "filming_started", "2024-03", "confirmed")}),
], ids=["which-clause-then-wrapped", "aside-holds-the-verb", "other-subject-no-verb",
        "no-aside", "film-festival-is-no-film"])
def test_controls(sentence: str, expected: set[tuple[str, int, str, str, str]]) -> None:
    assert _shoots(RENEWAL + sentence) == expected
