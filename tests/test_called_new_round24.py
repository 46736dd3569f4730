"""A show called new in its own fact's sentence, after its name, round 24 (branch
r24seasons, issue 10).

"Ferrow Lane premieres on Tovrel on June 5 as the network's new drama.": the devset's
convention reads a show the text calls new as in its first season (a renewal of it is the
second). The new-show readers before this one read "new" right after the name ("X, the new
drama") or in a sentence naming no show ("Starring Dana Holt, the new drama ..."); "as the
network's new drama", "which was one of the new dramas of the fall", "just weeks after the
new drama premiered", "the first new drama of the fall to go" left the fact unnumbered. Rule
``season.called_new_in_own_sentence`` (``rules._called_new_after_name``): a determiner, an
owner or "one of" before "new", a kind of show after it (not "series", "season" or
"episodes"), no other show named before the words nor right after them, no season of the show
numbered in the article, no return told. Each grid cell fails on the base tree; the controls
give the same on both.

Every name is invented.
"""

from __future__ import annotations

import pytest
from articles import Row, explained, filled_rows

#: (show, network, kind of show, its plural): three title sets.
TITLES = [("Ferrow Lane", "Tovrel", "drama", "dramas"),
          ("Harrow Point", "Kestrel One", "comedy", "comedies"),
          ("The Lantern Keepers", "Marrowline", "thriller", "thrillers")]

#: (body, kind, season).
_CALLED_NEW = [
    ("{net} has cancelled {show}, which was one of the new {gs} of the fall.", "cancelled", 1),
    ("{net} has cancelled {show} just weeks after the new {g} premiered.", "cancelled", 1),
    ("{net} cancelled {show} after six episodes, making it the first new {g} of the fall to "
     "go.", "cancelled", 1),
    ("{net} has axed {show}; the new {g} drew few viewers.", "cancelled", 1),
    ("{net} has axed {show} because the new {g} drew few viewers.", "cancelled", 1),
    ("{net} has cancelled the {g} {show}, which it had billed as its boldest new {g}.",
     "cancelled", 1),
    ("{show} premieres on {net} on June 5 as the network's new {g}.", "premiere", 1),
    ("Dana Holt stars in {show}, which premieres on {net} on June 5 as the network's new "
     "{g}.", "premiere", 1),
    ("{show} will premiere on {net} on June 5, the first of the network's new {gs} this "
     "fall.", "premiere", 1),
    ("The {g} {show} debuts on {net} in September as one of its three new {gs}.", "premiere", 1),
    ("{net} has renewed {show}, which was one of the new {gs} of the fall.", "renewed", 2),
    ("{net} has renewed {show} just weeks after the new {g} premiered.", "renewed", 2),
    ("{net} has renewed {show}, the highest-rated of its new {gs}.", "renewed", 2),
    ("The {g} {show} has started filming in Leeds as one of {net}'s new {gs}.",
     "filming_started", 1),
    ("Filming on the {g} {show} has wrapped in Leeds, and the new {g} will premiere on {net} "
     "in June.", "filming_wrapped", 1),
    ("The {g} {show} will run for eight episodes as one of {net}'s new {gs}.",
     "episode_count", 1),
]

#: (body, kind, season) that give the same on both trees: another show named right after the
#: words, a return, a numbered season, a new season, another sentence's new show.
_CONTROLS = [
    ("{net} has cancelled {show} to make room for the new {g} Copper Vale.", "cancelled", None),
    ("{show} returns to {net} on June 5 as the network's new {g}.", "premiere", None),
    ("{show} season 2 premieres on {net} on June 5 as the network's new {g}.", "premiere", 2),
    ("{net} has renewed {show}; its new season premieres in June.", "renewed", None),
    ("{net} has cancelled {show}. Copper Vale, the new {g}, premieres in June.", "cancelled", None),
    ("{net} has cancelled {show}, the {g} that ran for two seasons, and the new {g} replacing "
     "it.", "cancelled", 2),
]


def _cell(body: str, show: str, net: str, kind_of_show: str, plural: str) -> set[Row]:
    return filled_rows(body, show=show, net=net, g=kind_of_show, gs=plural)


@pytest.mark.parametrize(("show", "net", "kind_of_show", "plural"), TITLES)
@pytest.mark.parametrize(("body", "kind", "season"), _CALLED_NEW)
def test_a_show_called_new_after_its_name(body: str, kind: str, season: int, show: str,
                                          net: str, kind_of_show: str, plural: str) -> None:
    facts = _cell(body, show, net, kind_of_show, plural)
    assert (show, season, kind) in facts, facts


@pytest.mark.parametrize(("show", "net", "kind_of_show", "plural"), TITLES)
@pytest.mark.parametrize(("body", "kind", "season"), _CONTROLS)
def test_controls_keep_what_they_give(body: str, kind: str, season: int | None, show: str,
                                      net: str, kind_of_show: str, plural: str) -> None:
    facts = _cell(body, show, net, kind_of_show, plural)
    assert (show, season, kind) in facts, facts


def test_explain_names_the_rule() -> None:
    text = explained("Ferrow Lane premieres on Tovrel on June 5 as the network's new drama.",
                     "TV news")
    assert "season.called_new_in_own_sentence" in text
