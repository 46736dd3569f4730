"""Field labels that are no show (issue 10, round 14 second half).

Whole invented articles whose fact box or schedule lines lead with a field's label
("Premiere date: Friday, June 6", "Where to Watch: ...", "Glass Harbor Season 2 Release
Date: ...", "Premiere Date and Time: ..."): the label is never a show, and a title before the
label keeps the line's fact with its season. Controls: real-looking titles that contain such
words ("Status Quo", "Premiere Night", "The Network"), a label quoted in prose, and headlines
whose first run is a network nobody lists ("Kestrel Play Renews ..."), which main already
reads as the decider (round 11's ``_active_decision_object``; kept here as regressions).
Every page, sentence and title here is invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of

from monitor.extract.titles import is_field_label, judge, without_field_label

PUBLISHED = dt.date(2031, 5, 14)


def _facts(headline: str, text: str) -> set[tuple[str, int | None, str, str | None]]:
    """(show, season, kind, date), an empty date as None."""
    return {(f.show, f.season, f.kind, str(f.date) if f.date else None)
            for f in facts_of(text, headline, PUBLISHED, "https://news.example/story")}


def _shows(headline: str, text: str) -> set[str]:
    return {show for show, _, _, _ in _facts(headline, text)}


# --- a fact box's field read as a show (each fails on the start) -----------------------------

_FIELD_ARTICLES = {
    "a premiere-date field under a premiere-date headline": (
        "Glass Harbor season 2 premiere date revealed",
        "Glass Harbor will return for its second season this summer, the streamer said on "
        "Tuesday.\n\nPremiere date: Friday, June 6\n\nNetwork: Kestrel Play\n\nEpisodes: 8\n\n"
        "The drama follows a lighthouse keeper and her estranged brother.",
        {"Premiere date"}, {("Glass Harbor", 2, "premiere")}),
    "a release-date field among other fields": (
        "Salt Road returns",
        "Salt Road is coming back for season 3.\n\nRelease Date: Friday, June 13\n\n"
        "Where to Watch: Hulu\n\nStatus: Renewed\n\nShowrunner: Jane Doe",
        {"Release Date", "Where to Watch", "Status", "Showrunner"},
        {("Salt Road", 3, "renewed")}),
    "a title, its season and a field label as the line's lead": (
        "Everything we know about the new season",
        "The drama is coming back.\n\nGlass Harbor Season 2 Release Date: Friday, June 6\n\n"
        "The cast returns in full.",
        {"Glass Harbor Season 2 Release Date"}, {("Glass Harbor", 2, "premiere")}),
    "a season and a field label alone as the line's lead": (
        "Everything we know about the new season",
        "The drama is coming back.\n\nSeason 2 Premiere Date: Friday, June 6\n\n"
        "Glass Harbor returns with eight episodes.",
        {"Season 2 Premiere Date"}, set()),
    "two labels joined into one field": (
        "Everything we know about the new season",
        "Glass Harbor is coming back.\n\nPremiere Date and Time: Friday, June 6 at 9 p.m.\n\n"
        "The cast returns in full.",
        {"Premiere Date and Time"}, set()),
}


@pytest.mark.parametrize(("headline", "text", "not_shows", "expected"),
                         _FIELD_ARTICLES.values(), ids=list(_FIELD_ARTICLES))
def test_a_field_label_is_no_show(headline: str, text: str, not_shows: set[str],
                                  expected: set[tuple[str, int, str]]) -> None:
    facts = _facts(headline, text)
    assert not {show for show, _, _, _ in facts} & not_shows
    assert expected <= {(show, season, kind) for show, season, kind, _ in facts}


def test_the_titled_field_keeps_its_date() -> None:
    facts = _facts("Everything we know about the new season",
                   "The drama is coming back.\n\nGlass Harbor Season 2 Release Date: Friday, "
                   "June 6\n\nThe cast returns in full.")
    assert ("Glass Harbor", 2, "premiere", "2031-06-06") in facts


@pytest.mark.parametrize("label", ["Premiere Date", "Where to Watch", "Time slot", "Showrunner",
                                   "\"Release Date\"", "Premiere Date & Time"])
def test_a_field_label_is_vetoed_even_when_strong(label: str) -> None:
    """Quoted or next to a season phrase, a label is still no title (fails on the start for
    the strong candidates: the section-label veto stood after the strong keep)."""
    assert not judge(label, strong=True).kept


def test_without_field_label_cuts_the_label_and_reads_the_season() -> None:
    assert without_field_label("Glass Harbor Season 2 Release Date") == ("Glass Harbor", 2)
    assert without_field_label("Season 3 Premiere Date") == ("", 3)
    assert without_field_label("Glass Harbor Release Date") == ("Glass Harbor", None)
    assert without_field_label("Glass Harbor Cast") is None  # one word: no cut
    assert without_field_label("Glass Harbor") is None


# --- controls: titles with such words, a quoted label in prose, passing on both --------------

@pytest.mark.parametrize("title", ["Status Quo", "Premiere Night", "The Network",
                                   "The Showrunner's Wife", "Salt Road"])
def test_titles_that_contain_label_words_are_no_field(title: str) -> None:
    assert not is_field_label(title)
    assert judge(title, strong=True).kept


_CONTROLS = {
    "Status Quo": ("Status Quo cancelled",
                   "Status Quo, the family sitcom, has been cancelled after three seasons on ABC.",
                   ("Status Quo", 3, "cancelled")),
    "Premiere Night, quoted": ("'Premiere Night' renewed",
                               "\"Premiere Night,\" the showbiz comedy, has been renewed for a "
                               "second season on Hulu.", ("Premiere Night", 2, "renewed")),
    "The Network, quoted": ("'The Network' renewed for season 2",
                            "\"The Network,\" the newsroom comedy, has been renewed for a second "
                            "season at NBC.", ("The Network", 2, "renewed")),
    "a schedule line with a real title": (
        "Every premiere this summer",
        "Glass Harbor Season 2: Friday, June 6 (Netflix)\n\nSalt Road: Friday, June 13 (Hulu)\n\n"
        "Premiere Night: Sunday, June 15 (HBO)", ("Premiere Night", None, "premiere")),
    "a label quoted in prose": (
        "Glass Harbor season 2: everything we know",
        "\"Premiere Date\" is the question fans ask most. Glass Harbor season 2 premieres on "
        "June 6 on Netflix.", ("Glass Harbor", 2, "premiere")),
}


@pytest.mark.parametrize(("headline", "text", "expected"), _CONTROLS.values(), ids=list(_CONTROLS))
def test_controls_keep_their_show(headline: str, text: str,
                                  expected: tuple[str, int | None, str]) -> None:
    facts = _facts(headline, text)
    assert expected in {(show, season, kind) for show, season, kind, _ in facts}
    assert not any(is_field_label(show) for show, _, _, _ in facts)


# --- a network nobody lists heading the headline (regressions: main reads these already) -----

_NETWORK_HEADLINES = {
    "X Play": ("Kestrel Play Renews Glass Harbor for Season 3",
               "The streamer has renewed Glass Harbor for a third season, Kestrel Play said on "
               "Monday.", ("Glass Harbor", 3, "renewed")),
    "X TV": ("Northlight TV Cancels Salt Road After Two Seasons",
             "Salt Road has been cancelled after two seasons on Northlight TV.",
             ("Salt Road", 2, "cancelled")),
    "X+": ("Vela+ Renews Tin Harbor",
           "Tin Harbor will return for a second season on Vela+, the streamer confirmed.",
           ("Tin Harbor", 2, "renewed")),
}


@pytest.mark.parametrize(("headline", "text", "expected"), _NETWORK_HEADLINES.values(),
                         ids=list(_NETWORK_HEADLINES))
def test_an_unknown_network_in_a_headline_is_the_decider(
        headline: str, text: str, expected: tuple[str, int, str]) -> None:
    facts = _facts(headline, text)
    assert expected in {(show, season, kind) for show, season, kind, _ in facts}
    assert _shows(headline, text) == {expected[0]}
