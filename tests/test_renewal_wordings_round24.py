"""Renewals told by a name's owner or by a numbered season got, round 24 (branch s24renewed,
issue 10).

Two families of renewal wordings a grid of invented sentences found wrong:

- An owner's possessive before a kind of show ("Tovrel has commissioned a second series of
  Dana Holt's comedy Ferrow Lane"): the owner's name stands next to the season phrase ("a
  second series of Dana Holt"), reads as a title, and took the renewal. Rule
  ``target.owner_before_kind_of_show`` (``rules._owned_mentions``, ``OWNER_BEFORE_KIND_RE``,
  ``OWNER_OF_NAMED_RE``): the fact goes to the title right after the kind of show, with the
  season phrase the owner stood next to; "X, Dana Holt's drama," is X's alone.
- A numbered season got ("Ferrow Lane lands second series at Tovrel", "has got a second
  series", "earns a third series", "secures season two"): the vocabulary held "gets a ...
  season" but not "series", nor the headline's form without an article, nor land / secure /
  bag / nab / score. Rule ``trigger.numbered_season_got`` (``NUMBERED_SEASON_GOT_RE``): the
  number is required ("gets a new series" is a new show), not the first, and the season no
  premodifier of something else ("scored season 2 highs").

Each grid cell fails on the base tree; the controls give the same on both. Every name is
invented.
"""

from __future__ import annotations

import pytest
from articles import facts_of, normalised_rows

from monitor.extract.shows import normalise_title

#: (show, network, person, studio): three title sets.
TITLES = [("Ferrow Lane", "Tovrel", "Dana Holt", "Brightmoor Pictures"),
          ("Glass Harbor", "Kestrel One", "Maya Renn", "Oakfield Studios"),
          ("Salt Road", "Northgate TV", "Owen Marsh", "Lantern House")]

#: A second sentence naming the show, so that a headline's or a short body's title is found.
_CONTEXT = "The drama {show} follows a detective in a coastal town."

#: (sentence, season): the owner's possessive before a kind of show.
_OWNED = [
    ("{net} has commissioned a second series of {person}'s comedy {show}.", 2),
    ("{net} has ordered a second season of {person}'s drama {show}.", 2),
    ("{net} has ordered a third season of {studio}'s thriller {show}.", 3),
    ("{net} has picked up a third series of {person}'s acclaimed period drama {show}.", 3),
]

#: (sentence, season): a numbered season got, in a body (with the context) and a headline.
_GOT = [
    ("{show} has got a second series.", 2),
    ("{show} earns a third series.", 3),
    ("{show} has landed a second series on {net}.", 2),
    ("{show} bags second series", 2),
    ("{person}'s {show} gets second series on {net}", 2),
    ("{show} has secured a fourth series at {net}.", 4),
    ("{show} receives a third series.", 3),
    ("{show} scores third season", 3),
    ("{show} nabs fifth series", 5),
    ("{show} secures season two", 2),
]

#: (sentence, expected renewals as (show, season)): the same on both trees.
_CONTROLS = [
    ("{person} gets a new series at {net}.", set()),
    ("{show} gets season 2 premiere date.", set()),
    ("{person} has landed a role in the second series of {show}.", set()),
    ("{show}'s second series gets a trailer.", set()),
    ("{show} received second series episodes last week.", set()),
    ("{net} has renewed {show} for a second season.", {("{show}", 2)}),
    ("{studio}'s {show} has been renewed for a third season.", {("{show}", 3)}),
    ("{net} has renewed {person}'s drama {show} for a second season.", {("{show}", 2)}),
]

#: (sentence, expected renewals): cells the branch leaves as they are.
_LEFT = [
    # the title of a one-sentence article with no article before the season is not found
    ("{show} gets second series on {net}.", {("{show}", 2)}),
]


def _renewals(body: str, headline: str = "") -> set[tuple[str, int | None]]:
    return {(show, season) for show, season, kind in normalised_rows(facts_of(body, headline))
            if kind == "renewed"}


def _fill(text: str, names: tuple[str, str, str, str]) -> str:
    show, net, person, studio = names
    return text.format(show=show, net=net, person=person, studio=studio)


def _expected(pairs: set[tuple[str, int]], names: tuple[str, str, str, str]
              ) -> set[tuple[str, int | None]]:
    return {(_normalised(_fill(show, names)), season) for show, season in pairs}


def _normalised(show: str) -> str:
    return normalise_title(show)


@pytest.mark.parametrize("names", TITLES, ids=[t[0] for t in TITLES])
@pytest.mark.parametrize(("sentence", "season"), _OWNED, ids=[s for s, _ in _OWNED])
def test_owner_before_kind_of_show(sentence: str, season: int,
                                   names: tuple[str, str, str, str]) -> None:
    body = _fill(sentence, names)
    assert _renewals(body) == {(_normalised(names[0]), season)}


@pytest.mark.parametrize("names", TITLES, ids=[t[0] for t in TITLES])
@pytest.mark.parametrize(("sentence", "season"), _GOT, ids=[s for s, _ in _GOT])
@pytest.mark.parametrize("form", ["body", "headline"])
def test_numbered_season_got(sentence: str, season: int, form: str,
                             names: tuple[str, str, str, str]) -> None:
    text = _fill(sentence, names).rstrip(".")
    context = _fill(_CONTEXT, names)
    found = (_renewals(f"{text}. {context}") if form == "body"
             else _renewals(context, headline=text))
    assert found == {(_normalised(names[0]), season)}


@pytest.mark.parametrize("names", TITLES, ids=[t[0] for t in TITLES])
@pytest.mark.parametrize(("sentence", "expected"), _CONTROLS, ids=[s for s, _ in _CONTROLS])
def test_controls(sentence: str, expected: set[tuple[str, int]],
                  names: tuple[str, str, str, str]) -> None:
    body = f"{_fill(sentence, names)} {_fill(_CONTEXT, names)}"
    assert _renewals(body) == _expected(expected, names)


@pytest.mark.xfail(strict=True, reason="a one-sentence article's title is not found when no "
                   "article stands before the season (drop.unfound_title)")
@pytest.mark.parametrize(("sentence", "expected"), _LEFT, ids=[s for s, _ in _LEFT])
def test_left(sentence: str, expected: set[tuple[str, int]]) -> None:
    names = TITLES[0]
    assert _renewals(_fill(sentence, names)) == _expected(expected, names)
