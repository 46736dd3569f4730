"""A title's span (issue 10, round 13): where a title starts and ends when a month, a
headline's own words or an owner's possessive stand beside it. Every headline and sentence is
written for this test about invented shows; expectations follow the devset's conventions (the
title as the text names it, the season the text gives it). Each ``FIXED`` case fails on the
tree this round started from (21363eb); each ``CONTROL`` passes on both."""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of, normalised_kinds_seasons

from monitor.extract.shows import discover_titles

PUBLISHED = dt.date(2031, 1, 14)
BARE = "The series will be back next year, the network said."
NAMED = "{t} stars Jane Doe as a lighthouse keeper on a remote island."


def stated(headline: str, body: str) -> set[tuple[str, str, int | None]]:
    """(show as the scorer compares it, kind, season) of every fact the article states."""
    return normalised_kinds_seasons(facts_of(body, headline, PUBLISHED))


def shows_of(headline: str, body: str) -> set[str]:
    return {show for show, _, _ in stated(headline, body)}


# --- a month or a season of the year that opens a title ---------------------------------------

#: (headline, body, the fact stated): the time word is the title's first word.
TIME_WORD_FIXED = {
    "object": ("TV news", "HBO has renewed Winter Kings for a second season.",
               ("winter kings", "renewed", 2)),
    "subject": ("TV news", "Winter Kings has been renewed for a second season at HBO.",
                ("winter kings", "renewed", 2)),
    "network_possessive": ("TV news", "HBO's Winter Kings has been renewed for a second season.",
                           ("winter kings", "renewed", 2)),
    "season_after": ("TV news", "Winter Kings season 2 premieres on June 14 on Hulu.",
                     ("winter kings", "premiere", 2)),
    "month_and": ("TV news", "Netflix has cancelled June and the Hollow Men after one season.",
                  ("june and the hollow men", "cancelled", 1)),
    "month_and_subject": ("TV news", "June and the Hollow Men was cancelled by NBC after two "
                                     "seasons.", ("june and the hollow men", "cancelled", 2)),
    "article_before": ("TV news", "The Winter Harbor was renewed for a second season.",
                       ("winter harbor", "renewed", 2)),
    "article_and_pronoun": ("TV news", "The Autumn I Left Marlow was renewed for a third "
                                       "season.", ("autumn i left marlow", "renewed", 3)),
    "headline": ("Winter Kings Renewed for Season 2 at HBO", BARE,
                 ("winter kings", "renewed", 2)),
    "headline_caps": ("WINTER KINGS RENEWED FOR SEASON 2", BARE, ("winter kings", "renewed", 2)),
    "headline_trailer": ("Winter Kings Season 3 Trailer Teases a Storm",
                         "The third season premieres on June 14 on HBO.",
                         ("winter kings", "premiere", 3)),
}


@pytest.mark.parametrize("case", list(TIME_WORD_FIXED))
def test_a_time_word_opening_a_title(case: str) -> None:
    headline, body, fact = TIME_WORD_FIXED[case]
    got = stated(headline, body)
    assert fact in got, got
    assert not {"kings", "hollow men", "harbor", "i left marlow"} & {s for s, _, _ in got}, got


#: (headline, body, the titles discovered): a month the sentence's time word governs, or the
#: calendar's news, is no title's word.
TIME_WORD_CONTROL = {
    "sentence_in_june": ("TV news", "In June Glass Harbor returns for a second season.",
                         ["Glass Harbor"]),
    "since_march": ("TV news", "Since March Glass Harbor has filmed in Atlanta.", []),
    "by_march_network": ("TV news", "By March Netflix had renewed Glass Harbor.",
                         ["Glass Harbor"]),
    "in_december_mid": ("TV news", "HBO said that in December Salt Road would return.", []),
    "filming_date": ("Glass Harbor Locks October Filming Window",
                     "Filming begins in October.", []),
    "preview": ("Winter TV Preview: Glass Harbor Returns", "The series is back.", []),
    "june_premiere": ("Glass Harbor Books a July Premiere Slot", "The drama returns.", []),
    "second_of_two": ("TV news", "Hulu has renewed Red Kettle for a fourth season and Summer of "
                                 "the Wolves for a second season.",
                      ["Red Kettle", "Summer of the Wolves"]),
}


@pytest.mark.parametrize("case", list(TIME_WORD_CONTROL))
def test_a_time_word_of_the_sentence(case: str) -> None:
    headline, body, titles = TIME_WORD_CONTROL[case]
    assert discover_titles([body], headline) == titles


# --- a title-case headline's own words --------------------------------------------------------

#: (headline, body with {t} for the title, the fact stated) for "Glass Harbor": a verb, its
#: particle or a modal's verb inside the headline's run is the headline's, not the title's.
HEADLINE_FIXED = {
    "picks_up": ("Hulu Picks Up Glass Harbor for Season 2", BARE,
                 ("glass harbor", "renewed", 2)),
    "picks_up_named": ("Hulu Picks Up Glass Harbor for Season 2", NAMED,
                       ("glass harbor", "renewed", 2)),
    "to_return": ("Glass Harbor to Return for Season 2", NAMED, ("glass harbor", "renewed", 2)),
    "to_return_bare": ("Glass Harbor to Return for Season 2", BARE,
                       ("glass harbor", "renewed", 2)),
    "wont_return": ("Glass Harbor Won't Return for Season 2", NAMED,
                    ("glass harbor", "cancelled", 1)),
    "long_title_to_return": ("The Keeper of the Salt Marsh to Return for Season 2", BARE,
                             ("keeper of the salt marsh", "renewed", 2)),
    "year_in_parentheses": ("Glass Harbor (2030) Cancelled at Hulu",
                            "The series will not return, the streamer said.",
                            ("glass harbor", "cancelled", None)),
    "sets_month_return": ("Glass Harbor Sets March Return on HBO",
                          "The second season arrives on March 20, the network said.",
                          ("glass harbor", "premiere", 2)),
}


@pytest.mark.parametrize("case", list(HEADLINE_FIXED))
def test_a_headline_verb_ends_the_title(case: str) -> None:
    headline, body, fact = HEADLINE_FIXED[case]
    got = stated(headline, body.format(t="Glass Harbor"))
    assert fact in got, got
    assert shows_of(headline, body.format(t="Glass Harbor")) == {fact[0]}, got


#: The title a headline's verb stands before, found from the headline (the body names it
#: without any cue of its own).
HEADLINE_TITLES_FIXED = {
    "greenlights": ("Hulu Greenlights Glass Harbor Season 2", ["Glass Harbor"]),
    "star_teases": ("Jane Doe Teases Glass Harbor Season 2 Premiere Date", ["Glass Harbor"]),
    "year_in_parentheses": ("Glass Harbor (2030) Cancelled at Hulu", ["Glass Harbor"]),
}


@pytest.mark.parametrize("case", list(HEADLINE_TITLES_FIXED))
def test_a_headline_verb_before_the_title(case: str) -> None:
    headline, titles = HEADLINE_TITLES_FIXED[case]
    assert discover_titles([NAMED.format(t="Glass Harbor")], headline) == titles


#: Titles with a particle, a verb or a modal of their own stay whole.
HEADLINE_CONTROL = {
    "particle_opens_title": ("Back to Life Renewed for Season 2", ("back to life", "renewed", 2)),
    "to_inside_title": ("How to Return Home Renewed for Season 2",
                        ("how to return home", "renewed", 2)),
    "verb_word_opens_title": ("Scores of Amber Renewed for Season 2",
                              ("scores of amber", "renewed", 2)),
    "status_verb": ("Glass Harbor Renewed for Season 2", ("glass harbor", "renewed", 2)),
}


@pytest.mark.parametrize("case", list(HEADLINE_CONTROL))
def test_a_headline_title_with_its_own_verb(case: str) -> None:
    headline, fact = HEADLINE_CONTROL[case]
    got = stated(headline, BARE)
    assert fact in got, got


# --- an article that opens a headline's title ---------------------------------------------------

#: A headline's status verb after a title that opens with "A": the article is the title's.
ARTICLE_FIXED = {
    "subject": ("A Small Harbor Renewed for Season 2 at HBO", ("a small harbor", "renewed", 2)),
    "caps": ("A SMALL HARBOR RENEWED FOR SEASON 2", ("a small harbor", "renewed", 2)),
    "an": ("An Island Apart Cancelled at Hulu After One Season",
           ("an island apart", "cancelled", 1)),
}


@pytest.mark.parametrize("case", list(ARTICLE_FIXED))
def test_an_article_opening_a_headline_title(case: str) -> None:
    headline, fact = ARTICLE_FIXED[case]
    got = stated(headline, BARE)
    assert fact in got, got
    assert {s for s, _, _ in got} == {fact[0]}, got


#: An article of the headline's own words stays out ("A First Look at ...").
ARTICLE_CONTROL = {
    "first_look": ("A First Look at Glass Harbor Season 2", ["Glass Harbor"]),
    "season_of": ("A Fourth Season of Glass Harbor Ordered at HBO", ["Glass Harbor"]),
}


@pytest.mark.parametrize("case", list(ARTICLE_CONTROL))
def test_an_article_of_the_headline(case: str) -> None:
    headline, titles = ARTICLE_CONTROL[case]
    assert discover_titles([BARE], headline) == titles


# --- an owner's possessive before a title -------------------------------------------------------

POSSESSIVE_FIXED = {
    "surname_before_the": ("TV news", "Okafor's The Lantern Tower premieres on June "
                                      "14 on Netflix.", "lantern tower"),
    "surname_before_the_headline": ("Doe's The Glass Tower Renewed for Season 2", BARE,
                                    "glass tower"),
    "surname_before_the_object": ("TV news", "Netflix has renewed Okafor's The Glass Tower "
                                             "for a second season.", "glass tower"),
}


@pytest.mark.parametrize("case", list(POSSESSIVE_FIXED))
def test_an_owner_before_the_title(case: str) -> None:
    headline, body, show = POSSESSIVE_FIXED[case]
    assert shows_of(headline, body) == {show}


#: A possessive inside a title keeps it whole.
POSSESSIVE_CONTROL = {
    "inside": ("TV news", "Dead Man's Wharf has been renewed for a second season.",
               "dead mans wharf"),
    "inside_object": ("TV news", "Hulu has renewed Dead Man's Wharf for a second season.",
                      "dead mans wharf"),
    "network_owner": ("TV news", "Netflix's The Glass Tower has been renewed for a second "
                                 "season.", "glass tower"),
}


@pytest.mark.parametrize("case", list(POSSESSIVE_CONTROL))
def test_a_possessive_of_the_title(case: str) -> None:
    headline, body, show = POSSESSIVE_CONTROL[case]
    assert shows_of(headline, body) == {show}
