"""Renewals told without a verb of deciding (round 25, s25idioms): a season "on the way", "in
the works" or "coming" after its number ("Season 3 of X is on the way"), and a show that stays,
sticks around, remains or continues — at a place or not — for or with a season ("X continues
on Kestrel with a second season"). Each family is a grid of invented names, numbers and
tenses; the controls (negations, questions, a premiere's "coming to", a first season, a shoot
that continues) must give what they give on the base. Every name is invented."""

from __future__ import annotations

import pytest
from articles import Row, explained, facts_of, rows

#: (show, the sentence after the news that names it as a drama: a title found twice)
SHOWS = [("Salt Road", "The drama Salt Road follows a family of ferry pilots."),
         ("Wren Hollow", "The drama Wren Hollow follows a country vet and her sons."),
         ("Copper Vale", "The drama Copper Vale follows three miners' widows.")]


def _rows(text: str) -> set[Row]:
    return rows(facts_of(text))


def _cells(forms: list[str]) -> list[tuple[str, str, int]]:
    return [(form.format(show=show, n=n, ord=ordinal, word=word) + " " + after, show, n)
            for form in forms for show, after in SHOWS
            for n, ordinal, word in ((2, "second", "two"), (3, "third", "three"),
                                     (4, "fourth", "four"))]


ON_ITS_WAY = [
    "Season {n} of {show} is on the way.",
    "Season {word} of {show} is in the works.",
    "Season {n} of {show} is officially on its way.",
    "Series {n} of {show} is on the way, Netflix said.",
    "{show} season {n} is coming.",
    "{show} season {n} is now in the works.",
]

STAYS = [
    "{show} sticks around for a {ord} season.",
    "{show} stays on Netflix for a {ord} season.",
    "{show} continues on Netflix with a {ord} season.",
    "{show} will stay on Netflix for season {n}.",
    "{show} remains at Netflix for a {ord} season.",
    "{show} stayed on Hulu for a {ord} season after a late rescue.",
]


@pytest.mark.parametrize(("text", "show", "season"), _cells(ON_ITS_WAY + STAYS))
def test_the_idiom_renews_the_numbered_season(text: str, show: str, season: int) -> None:
    assert (show, season, "renewed") in _rows(text)


#: Unnumbered: "a new season ... is coming." renews the show, its season unknown.
@pytest.mark.parametrize("show,after", SHOWS)
@pytest.mark.parametrize("form", ["A new season of {show} is coming.",
                                  "Another season of {show} is coming, Netflix confirmed."])
def test_a_new_season_coming_renews(form: str, show: str, after: str) -> None:
    assert (show, None, "renewed") in _rows(form.format(show=show) + " " + after)


#: An invented network named between the verb and the season is no title the fact goes to.
def test_an_invented_network_between_is_not_the_show() -> None:
    found = _rows("Salt Road continues on Kestrel with a second season. "
                  "The drama Salt Road follows a family of ferry pilots.")
    assert {show for show, _, kind in found if kind == "renewed"} == {"Salt Road"}


@pytest.mark.xfail(strict=True, reason="the season is not read past an invented network "
                   "between the verb and it (season.in_clause reads Kestrel's); a real "
                   "network works")
def test_the_season_past_an_invented_network() -> None:
    assert ("Salt Road", 2, "renewed") in _rows(
        "Salt Road continues on Kestrel with a second season. "
        "The drama Salt Road follows a family of ferry pilots.")


@pytest.mark.xfail(strict=True, reason="a title-case headline's title runs on over the "
                   "words after it ('Salt Road Is On The Way' is kept as the title)")
def test_the_headline_form() -> None:
    found = rows(facts_of("Salt Road follows a family of ferry pilots on the northern coast.",
                          "Season 3 Of Salt Road Is On The Way"))
    assert ("Salt Road", 3, "renewed") in found


CONTROLS = [
    # negations and questions
    "{show} will not continue with a third season.",
    "{show} won't stay on Netflix for a third season.",
    "Season 3 of {show} is not on the way.",
    "Is season 3 of {show} on the way?",
    "Is {show} coming back for a third season?",
    # a premiere's "coming to", a first season, a shoot that goes on, a cast member staying
    "Season 3 of {show} is coming to Netflix on June 5.",
    "Season 1 of {show} is on the way.",
    "{show} continues to film in Port Wexley.",
    "Maya Lind continues to film {show} in Port Wexley.",
]


@pytest.mark.parametrize("show,after", SHOWS)
@pytest.mark.parametrize("form", CONTROLS)
def test_controls_state_no_renewal(form: str, show: str, after: str) -> None:
    found = _rows(form.format(show=show) + " " + after)
    assert not {row for row in found if row[2] == "renewed"}, found


def test_the_rules_are_named_in_explain() -> None:
    text = explained("Season 3 of Salt Road is on the way. Wren Hollow stays on Netflix for "
                     "a third season. The drama Salt Road follows a family of ferry pilots. "
                     "The drama Wren Hollow follows a vet.")
    assert "trigger.season_on_its_way" in text
    assert "trigger.stays_for_season" in text
