"""The main show's kind and season, round 15 (issue 10, branch z16kinds).

The census of the unseen fold's kind and season errors (MEASUREMENTS.md, "Round 15, kind and
season on the main show") found its largest class in facts given no season where the label
numbers it — what the article says of the show's age (new, its count of seasons, its last
season) was not read — and a renewal noun in a cancellation's sentence ("renewal talks") read
as a renewal. Each probe is a small invented article (a headline and a few sentences) with
the facts it must give; the probes fail on 0fb7b17, the controls pass on both. Every
sentence and show is invented for this test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of, make_article, rows

PUBLISHED = dt.date(2031, 3, 10)

Key = tuple[str, int | None, str]


def _keys(headline: str, body: str) -> set[Key]:
    """The (show, season, kind) of every fact the article gives."""
    return rows(facts_of(body, headline, PUBLISHED, "https://news.example/r15"))


# --- 1. a show called new: its first season, a renewal's second ------------------------------

NEW_SHOW_ARTICLES = [
    # a reference opening its own sentence calls the show new
    ("Netflix cancels Salt Road",
     "Netflix has cancelled Salt Road. The freshman comedy drew small audiences.",
     ("Salt Road", 1, "cancelled")),
    ("Netflix cancels Salt Road",
     "Netflix has cancelled Salt Road.\n\nThe new comedy premiered in March to weak reviews.",
     ("Salt Road", 1, "cancelled")),
    ("Harbor Lights renewed",
     "HBO has renewed Harbor Lights. The new drama premiered in January and drew strong "
     "reviews.", ("Harbor Lights", 2, "renewed")),
    ("Harbor Lights renewed",
     "Harbor Lights has been renewed. The freshman drama airs Sundays on HBO.",
     ("Harbor Lights", 2, "renewed")),
    ("Harbor Lights premieres June 14",
     "Harbor Lights premieres June 14 on HBO. The series is one of the network's new dramas "
     "this year.", ("Harbor Lights", 1, "premiere")),
    ("Harbor Lights premieres June 14",
     "Harbor Lights premieres June 14 on HBO. It is the latest new series from Jane Doe.",
     ("Harbor Lights", 1, "premiere")),
    # every noun a show is called by, not only "drama" and "comedy"
    ("Netflix cancels Salt Road",
     "Netflix has cancelled Salt Road, its new docuseries about truckers.",
     ("Salt Road", 1, "cancelled")),
    ("Harbor Lights premieres June 14",
     "HBO's new anthology Harbor Lights premieres June 14. Jane Doe stars.",
     ("Harbor Lights", 1, "premiere")),
    ("Harbor Lights premieres June 14",
     "Harbor Lights, a new miniseries from HBO, premieres June 14.",
     ("Harbor Lights", 1, "premiere")),
    # "upcoming", a two-word possessive, a name set off after the lead
    ("Harbor Lights premieres June 14",
     "HBO's upcoming drama Harbor Lights premieres June 14. Jane Doe stars.",
     ("Harbor Lights", 1, "premiere")),
    ("Harbor Lights premieres June 14",
     "Harbor Lights, HBO's upcoming limited series, premieres June 14.",
     ("Harbor Lights", 1, "premiere")),
    ("Harbor Lights premieres June 14",
     "Harbor Lights is Jane Doe's new comedy. It premieres June 14 on HBO.",
     ("Harbor Lights", 1, "premiere")),
    ("Harbor Lights premieres June 14",
     "The new comedy series from the creators of Salt Road, Harbor Lights, premieres June 14 "
     "on HBO.", ("Harbor Lights", 1, "premiere")),
]


@pytest.mark.parametrize("headline,body,expected", NEW_SHOW_ARTICLES)
def test_a_show_called_new_is_in_its_first_season(headline: str, body: str,
                                                  expected: Key) -> None:
    keys = _keys(headline, body)
    assert expected in keys, keys
    assert (expected[0], None, expected[2]) not in keys, keys


# --- 2. a cancellation: the seasons the article counts, or its numbered last ---------------

COUNTED_ARTICLES = [
    "Netflix has cancelled Salt Road. Its three seasons drew a loyal audience.",
    "Netflix has cancelled Salt Road. Over its three seasons, the comedy drew a loyal "
    "audience.",
    "Netflix has cancelled Salt Road. All three seasons are streaming now.",
    "Netflix has cancelled Salt Road. The comedy aired three seasons on the streamer.",
    "Netflix has cancelled Salt Road. The comedy's three seasons will remain on the service.",
    "Netflix has cancelled Salt Road, which had been on the air for three seasons.",
    "Netflix has cancelled Salt Road. Season 3 was its last.",
    "Netflix has cancelled Salt Road. The comedy's third season, which ended in February, "
    "will be its last.",
    "Netflix has cancelled Salt Road. The third season will be the show's last.",
]


@pytest.mark.parametrize("body", COUNTED_ARTICLES)
def test_a_cancellation_takes_the_seasons_the_article_counts(body: str) -> None:
    keys = _keys("Netflix cancels Salt Road", body)
    assert ("Salt Road", 3, "cancelled") in keys, keys
    assert ("Salt Road", None, "cancelled") not in keys, keys


# --- 3. a renewal talked over, weighed or waited for ----------------------------------------

UNDECIDED_RENEWALS = [
    ("Salt Road cancelled", "Netflix has cancelled Salt Road after months of renewal talks.",
     ("Salt Road", None, "cancelled")),
    ("Salt Road cancelled", "Netflix has cancelled Salt Road, which had been awaiting word on "
     "a renewal for months.", ("Salt Road", None, "cancelled")),
    ("Salt Road news", "Netflix is still weighing a renewal of Salt Road. The comedy "
     "premiered in March.", None),
    ("Salt Road news", "A decision on a renewal of Salt Road is expected next month. The "
     "comedy premiered in March.", None),
    ("Salt Road news", "Netflix is in talks about a renewal of Salt Road. The comedy "
     "premiered in March.", None),
]


@pytest.mark.parametrize("headline,body,kept", UNDECIDED_RENEWALS)
def test_an_undecided_renewal_is_no_renewal(headline: str, body: str,
                                            kept: Key | None) -> None:
    keys = _keys(headline, body)
    assert not {k for k in keys if k[2] == "renewed"}, keys
    if kept is not None:
        assert kept in keys, keys


# --- 4. "a new series of X" is X's next season, not a new show ------------------------------


def test_a_new_series_of_a_show_is_no_new_show() -> None:
    keys = _keys("ITV renews Harbor Lights", "ITV has ordered a new series of Harbor Lights. "
                 "The drama returns next year.")
    assert ("Harbor Lights", 1, "premiere") not in keys, keys  # no first season planned
    assert ("Harbor Lights", 2, "renewed") not in keys, keys
    assert any(k[0] == "Harbor Lights" and k[2] == "renewed" for k in keys), keys


# --- 5. a past premiere in a sentence denying the next season ------------------------------

DENIED_NEXT = [
    "Netflix has cancelled Salt Road. The show, which premiered in March, won't get a second "
    "season.",
    "Netflix has cancelled Salt Road. The comedy, which debuted in March, will not return for "
    "a second season.",
]


@pytest.mark.parametrize("body", DENIED_NEXT)
def test_a_premiere_before_a_denied_season_is_the_one_before(body: str) -> None:
    keys = _keys("Netflix cancels Salt Road", body)
    assert ("Salt Road", 1, "premiere") in keys, keys
    assert not {k for k in keys if k[2] == "premiere" and k[1] != 1}, keys


def test_the_rule_is_in_the_explanation() -> None:
    from monitor.extract.explain import explain

    article = make_article("Netflix has cancelled Salt Road. Season 3 was its last.",
                           "Netflix cancels Salt Road", PUBLISHED, "https://news.example/r15")
    _, text = explain(article)
    assert "season.cancelled_final_named" in text, text
    article = make_article(DENIED_NEXT[0], "Netflix cancels Salt Road", PUBLISHED,
                           "https://news.example/r15")
    _, text = explain(article)
    assert "season.premiere_before_denied" in text, text


# --- controls: pass on 0fb7b17 and here ---------------------------------------------------

CONTROLS = [
    # a returning show's "new season", "new episodes", "a new series of": no new show
    ("Harbor Lights renewed", "HBO has renewed Harbor Lights. The new season arrives in June.",
     {("Harbor Lights", None, "renewed")}, {("Harbor Lights", 2, "renewed")}),
    ("Harbor Lights renewed", "HBO has renewed Harbor Lights for a fourth season. The new "
     "episodes arrive in June.", {("Harbor Lights", 4, "renewed")}, set()),
    # a debut alone does not say the season (the labels hold such a show's decision unnumbered)
    ("Netflix renews Salt Road", "Netflix has renewed Salt Road. The comedy premiered in "
     "January to strong reviews.", {("Salt Road", None, "renewed")}, set()),
    # the name called new is that show, not the show the sentence before named
    ("HBO renews Harbor Lights", "HBO has renewed Harbor Lights for a third season. The "
     "network's new comedy Salt Road was cancelled.",
     {("Harbor Lights", 3, "renewed"), ("Salt Road", 1, "cancelled")}, set()),
    # after a sentence naming two shows, a reference names neither: no show made new
    ("HBO decisions", "HBO renewed Harbor Lights and cancelled Salt Road. The freshman "
     "comedy drew small audiences.", {("Harbor Lights", None, "renewed")},
     {("Harbor Lights", 2, "renewed")}),
    # after a sentence bringing in a show it does not name, "the new comedy" is that one
    ("NBC renews Harbor Lights", "NBC has renewed Harbor Lights. The network also ordered a "
     "new comedy from Jane Doe. The new comedy stars Ana Ruiz.",
     {("Harbor Lights", None, "renewed")}, {("Harbor Lights", 2, "renewed")}),
    # the run already read, and a part of the run that is not all of it
    ("Netflix cancels Salt Road", "Netflix has cancelled Salt Road after three seasons.",
     {("Salt Road", 3, "cancelled")}, set()),
    ("Netflix cancels Salt Road", "Netflix has cancelled Salt Road. Its first two seasons "
     "are streaming now.", {("Salt Road", None, "cancelled")}, {("Salt Road", 2, "cancelled")}),
    ("Netflix renews Salt Road", "Netflix has renewed Salt Road for two more seasons.",
     set(), {("Salt Road", 2, "cancelled")}),
    # a premiere years back before a denied later season is the show's first; a renewal's
    # premiere the season before it
    ("Netflix cancels Salt Road", "Netflix has cancelled Salt Road. The comedy, which "
     "premiered in 2027, will not return for a fourth season.",
     {("Salt Road", 1, "premiere")}, {("Salt Road", 3, "premiere")}),
    ("Netflix renews Salt Road", "Following its premiere in January, Salt Road was renewed "
     "for a second season.", {("Salt Road", 1, "premiere"), ("Salt Road", 2, "renewed")},
     set()),
    # a renewal granted stays one
    ("Salt Road renewed", "Netflix announced the renewal of Salt Road on Monday.",
     {("Salt Road", None, "renewed")}, set()),
    ("Salt Road renewed", "News of the Salt Road renewal came on Monday.",
     {("Salt Road", None, "renewed")}, set()),
]


@pytest.mark.parametrize("headline,body,present,absent", CONTROLS)
def test_controls(headline: str, body: str, present: set[Key], absent: set[Key]) -> None:
    keys = _keys(headline, body)
    assert present <= keys, keys
    assert not absent & keys, keys
