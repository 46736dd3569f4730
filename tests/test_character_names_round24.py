"""A character's name is no show (round 24, r24names): ``title.veto.character``.

"The drama Glass Harbor stars Jane Doe as Marlowe Finch. Marlowe Finch returns next summer."
Before: Marlowe Finch was kept as a title and took the return (a premiere of a show named
Marlowe Finch), or a renewal and a shoot ("Jane Doe plays Captain Ashgrove, and Captain
Ashgrove will be back when filming starts in August"). A name the article gives to a
character ("stars as X", "returns as X", "plays X", "the character X", "Jane Doe as X", "X,
played by Jane Doe", "X (Jane Doe)") and never writes as a show (quoted, a season or a kind of
show at it, a decision it undergoes, "in X" after a credit, "X stars ...") is the show's
character; a name listed right beside one, never written as a show, is another of its
characters (``title.veto.character_listed``: "Jesse Vane, Tulip Rowe and Cassian will head
back"). The grid: three show sets, three character sets, eight credits, three status
sentences, with and without a headline; lists of characters under four credits.
"""

from __future__ import annotations

import itertools

import pytest
from articles import facts_of, make_article, normalised_rows, normalised_shows

from monitor.extract import rules
from monitor.extract.explain import explain
from monitor.extract.shows import normalise_title

SHOWS = ("Glass Harbor", "Quillon", "The Long Way Home")
CHARACTERS = ("Marlowe Finch", "Captain Ashgrove", "Tessa Vane")
CREDITS = {
    "stars_as": "The drama {show} stars Jane Doe as {character}, a detective in a harbour town.",
    "who_plays": "The drama {show} stars Jane Doe, who plays {character}.",
    "played_by": "The drama {show} follows {character}, played by Jane Doe.",
    "parenthesis": "The drama {show} follows {character} (Jane Doe) and her family.",
    "character": "The drama {show} follows the character {character} through a hard winter.",
    "cast_list": "The cast of the drama {show} includes Jane Doe as {character}.",
    "returns_as": "Jane Doe returns as {character} in the drama {show}.",
    "plays": "In the drama {show}, Jane Doe plays {character}.",
}
STATUS = {
    "returns": ("{character} returns next summer.", "premiere"),
    "filming": ("{character} will be back when filming starts in August.", "filming_started"),
    "back": ("{character} is back on June 4.", "premiere"),
}

CELLS = [pytest.param(show, character, credit, status, headline,
                      id=f"{credit}-{status}-{show.split()[-1]}-{character.split()[-1]}"
                         f"{'-headline' if headline else ''}")
         for show, character, credit, status, headline in itertools.product(
             SHOWS, CHARACTERS, CREDITS, STATUS, (False, True))]


@pytest.mark.parametrize(("show", "character", "credit", "status", "headline"), CELLS)
def test_a_character_takes_no_fact(show: str, character: str, credit: str, status: str,
                                   headline: bool) -> None:
    wording, _ = STATUS[status]
    body = " ".join((CREDITS[credit].format(show=show, character=character),
                     wording.format(character=character)))
    title = f"{show} News: What We Know" if headline else ""
    shows = normalised_shows(facts_of(body, title))
    assert normalise_title(character) not in shows


@pytest.mark.parametrize("credit", ["stars_as", "who_plays", "parenthesis", "plays"])
@pytest.mark.parametrize(("show", "character"), list(zip(SHOWS, CHARACTERS, strict=True)))
@pytest.mark.parametrize("others", [("Wrenna Tull", "Oskar"), ("Brisk", "Holloway Kane")])
def test_the_characters_listed_beside_one_take_no_fact(show: str, character: str, credit: str,
                                                       others: tuple[str, str]) -> None:
    body = " ".join((CREDITS[credit].format(show=show, character=character),
                     f"{character}, {others[0]} and {others[1]} will be back when filming "
                     "starts in August."))
    shows = normalised_shows(facts_of(body))
    assert not shows & {normalise_title(n) for n in (character, *others)}


def test_the_explanation_names_the_veto() -> None:
    article = make_article("The drama Glass Harbor stars Jane Doe as Marlowe Finch. "
                           "Marlowe Finch returns next summer.")
    _, text = explain(article)
    assert "vetoed Marlowe Finch: title.veto.character" in text
    assert "title.veto.character" in rules.RULES


#: Shows named for their character, and characters the article writes as shows: they stay.
CONTROLS = [
    pytest.param("Marlowe stars Jane Doe as Marlowe, a detective. Marlowe returns for a second "
                 "season next summer.", ("Marlowe", 2, "premiere"), id="show-stars-its-character"),
    pytest.param("Jane Doe plays Marlowe. Marlowe has been renewed for a second season.",
                 ("Marlowe", 2, "renewed"), id="decision-undergone"),
    pytest.param("Jane Doe stars as Marlowe in \"Marlowe\". \"Marlowe\" returns for a second "
                 "season on June 4.", ("Marlowe", 2, "premiere"), id="quoted"),
    pytest.param("Jane Doe plays the title role in the drama Marlowe. Marlowe Season 2 "
                 "premieres June 4.", ("Marlowe", 2, "premiere"), id="season-at-name"),
    pytest.param("Glass Harbor stars Jane Doe and Tom Reyes. Glass Harbor returns for a "
                 "second season next summer.", ("Glass Harbor", 2, "premiere"), id="no-character"),
    pytest.param("The drama Glass Harbor stars Jane Doe as a detective. Glass Harbor has been "
                 "renewed for a second season.", ("Glass Harbor", 2, "renewed"),
                 id="unnamed-character"),
]


@pytest.mark.parametrize(("body", "expected"), CONTROLS)
def test_controls_keep_their_fact(body: str, expected: tuple[str, int, str]) -> None:
    found = normalised_rows(facts_of(body))
    show, season, kind = expected
    assert (normalise_title(show), season, kind) in found
