"""A title's boundaries (issue 10, round 11): where a title ends when a number, a subtitle or a
headline's words follow it. Every headline and sentence is written for this test about invented
shows; expectations follow the devset's conventions (the title as the text names it, the
season the text gives it)."""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract.facts import extract_facts
from monitor.extract.shows import normalise_title
from monitor.models import Article

PUBLISHED = dt.date(2031, 3, 14)


def stated(headline: str, body: str) -> set[tuple[str, str, int | None]]:
    """(show as the scorer compares it, kind, season) of every fact the article states."""
    article = Article("https://news.example/story", headline, body, PUBLISHED)
    return {(normalise_title(f.show), f.kind, f.season) for f in extract_facts(article)}


# --- a number that ends a title --------------------------------------------------------------

#: Sentences where a season phrase beside "Ward 13" gives the show its season: the number is
#: the title's own. (headline, body, the fact stated)
OWN_NUMBER = {
    "season_after": ("TV news", "Ward 13 season 2 premieres on June 14 on Hulu.",
                     ("ward 13", "premiere", 2)),
    "possessive_season": ("TV news", "Ward 13's second season premieres on June 14 on Hulu.",
                          ("ward 13", "premiere", 2)),
    "season_of": ("TV news", "The second season of Ward 13 premieres on June 14 on Hulu.",
                  ("ward 13", "premiere", 2)),
    "for_a_season": ("TV news", "Hulu has renewed Ward 13 for a third season, the streamer "
                                "said.", ("ward 13", "renewed", 3)),
    "s_code": ("TV news", "Cameras are rolling on Ward 13 S2 in Toronto this week.",
               ("ward 13", "filming_started", 2)),
    "clause_season": ("TV news", "Hulu's Ward 13 has been renewed for a third season, the "
                                 "streamer said.", ("ward 13", "renewed", 3)),
    "after_seasons": ("TV news", "Peacock has cancelled Ward 13 after two seasons, the "
                                 "network said.", ("ward 13", "cancelled", 2)),
    "network_in_parens": ("TV news", "Ward 13 (Hulu) has been renewed for a third season.",
                          ("ward 13", "renewed", 3)),
    "headline_season": ("Ward 13 Season 2 Premiere Date Set at Hulu",
                        "The series returns on June 14 for its second season.",
                        ("ward 13", "premiere", 2)),
    "headline_names_it_body_bare": ("Ward 13 Season 2 Premiere Date Set at Hulu",
                                    "Ward 13 returns on June 14, the streamer said.",
                                    ("ward 13", "premiere", 2)),
}


@pytest.mark.parametrize("case", list(OWN_NUMBER))
def test_a_number_the_title_owns(case: str) -> None:
    headline, body, fact = OWN_NUMBER[case]
    got = stated(headline, body)
    assert fact in got, got
    assert not any(show == "ward" for show, _, _ in got), got


#: With no other season beside it, "Glass Harbor 4" is still the fourth season of Glass Harbor
#: (as "Glass Harbor 4 premieres" is written for a show's fourth season); a season in another
#: clause or sentence does not make the number the title's.
SEASON_NUMBER = {
    "alone": ("TV news", "Glass Harbor 4 premieres on June 14 on HBO.",
              ("glass harbor", "premiere", 4)),
    "season_in_another_clause": ("TV news", "Glass Harbor 4 was a hit, and season 5 will "
                                            "premiere on June 14 on HBO.",
                                 ("glass harbor", "premiere", 5)),
    "headline_then_body": ("Glass Harbor 4 Premiere Date Set",
                           "The fourth season of Glass Harbor premieres on June 14 on HBO.",
                           ("glass harbor", "premiere", 4)),
}


@pytest.mark.parametrize("case", list(SEASON_NUMBER))
def test_a_number_that_is_the_season(case: str) -> None:
    headline, body, fact = SEASON_NUMBER[case]
    got = stated(headline, body)
    assert fact in got, got
    assert not any(show.startswith("glass harbor ") for show, _, _ in got), got


@pytest.mark.parametrize("body", [
    "Netflix renewed Glass Harbor on Monday, June 13 for a third season.",
    "The network said episode 3 of season 2 of Glass Harbor airs on June 14.",
    "Part 2 of Glass Harbor's fourth season premieres on June 14 on HBO.",
])
def test_numbers_that_are_no_title_s(body: str) -> None:
    # a day of a month, an episode, a part: never a title's number
    assert not any(show[-1:].isdigit() for show, _, _ in stated("TV news", body))
