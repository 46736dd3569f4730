"""A lead that tells the season itself as the news, round 19 (branch r19seasons).

"Good news for X fans: season 3 is official. Kestrel renewed X on Monday.": the lead names the
article's show and one season, and tells that season as the news ("is official", "is locked
in", "is finally here") with no word of a kind of fact. The main season was read only from a
lead holding a trigger, so the renewal, the shoot and the premiere told further down came out
with no season. Rule ``season.lead_season_told_as_news``: with no main season otherwise (the
headline numbers none), the lead's one season told so, in a sentence naming no other show.

Controls keep what they give today: a lead telling a season as history ("was a hit"), a lead
naming another show, a headline that numbers a season. Every name is invented.
"""

from __future__ import annotations

import pytest
from articles import dated_rows, facts_of

SHOWS = ["Marsh Light", "The Copper Vale", "Nightjar"]

_LEADS = [
    "Good news for {show} fans: season 3 is official.",
    "The wait is over for {show} fans, as season 3 is finally here.",
    "{show} fans can breathe easy: a third season is locked in.",
    "Season 3 is official for {show}.",
    "{show} fans, take note: season 3 is a done deal.",
]
_NEWS = [
    ("Kestrel One renewed {show} on Monday.", "renewed", "2024-05-06"),
    ("Filming on {show} begins in July.", "filming_started", "2024-07"),
    ("{show} will return in October.", "premiere", "2024-10"),
    ("{show} returns to Kestrel One on October 3.", "premiere", "2024-10-03"),
]


def _facts(body: str, headline: str = "") -> set[tuple[str, int | None, str, str | None]]:
    return dated_rows(facts_of(body, headline))


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("lead", _LEADS)
@pytest.mark.parametrize(("news", "kind", "date"), _NEWS)
def test_the_season_the_lead_tells_as_news_is_the_articles(
        show: str, lead: str, news: str, kind: str, date: str) -> None:
    body = f"{lead.format(show=show)} {news.format(show=show)}"
    assert (show, 3, kind, date) in _facts(body)


# --- controls ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("headline", "body", "expected"), [
    # a season named next to the show is read as before (the lead's news word adds nothing)
    # (round 38, r38seasons: a first season told as a hit has aired; the renewal is of the
    # second, as "Marsh Light's first season was a hit" was read since round 19)
    ("", "The first season of Marsh Light was a hit with critics. Kestrel One renewed "
     "Marsh Light on Monday.", ("Marsh Light", 2, "renewed", "2024-05-06")),
    # the lead names another show: its season is not this one's
    ("", "Season 3 of Nightjar is official. Kestrel One renewed Marsh Light on Monday. "
     "Marsh Light drew well.", ("Marsh Light", None, "renewed", "2024-05-06")),
    ("", "The first season of Marsh Light was a hit. Kestrel One renewed Marsh Light on "
     "Monday.", ("Marsh Light", 2, "renewed", "2024-05-06")),
    # the headline's season wins
    ("Marsh Light season 4 is coming", "Good news for Marsh Light fans: season 3 is official. "
     "Kestrel One renewed Marsh Light on Monday.", ("Marsh Light", 4, "renewed", "2024-05-06")),
    # a lead with a trigger: as before
    ("", "Marsh Light is getting a third season. Kestrel One renewed Marsh Light on Monday.",
     ("Marsh Light", 3, "renewed", "2024-05-06")),
])
def test_controls_keep_their_seasons(headline: str, body: str,
                                     expected: tuple[str, int | None, str, str]) -> None:
    assert expected in _facts(body, headline)


def test_explain_names_the_rule() -> None:
    from articles import make_article

    from monitor.extract.explain import explain
    _, text = explain(make_article("Good news for Marsh Light fans: season 3 is official. "
                                   "Kestrel One renewed Marsh Light on Monday."))
    assert "season.lead_season_told_as_news" in text
