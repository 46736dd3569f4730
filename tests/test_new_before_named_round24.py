"""A show brought in as new by a line naming none, before it is named, round 24 (branch
s24first, issue 10).

"Tovrel's new drama drew a big audience. Ferrow Lane has been renewed too.": the devset's
convention reads a show the text calls new as in its first season (a renewal of it is the
second). The new-show readers before this one read "new" next to the name, in the name's own
sentence, or in a sentence naming no show that refers back to the show named before it; a
line that brings a new show in before naming it (the next sentence opens on the name), or a
headline that calls the article's show new without naming it ("Tovrel renews freshman
drama"), left the fact unnumbered when the show was not the article's main one. Rule
``season.called_new_before_named`` (``facts._new_before_named``, ``ctx.new_before_named``):
a determiner, an owner or "a" before the new word and one show's kind after it (not a plural,
not "... of", not "season"), the show the next sentence naming any opens on as its subject
within two sentences; a headline naming no show over an article whose first sentence naming
shows names its main show alone; with the gates of ``season.new_in_passing`` (no season of
the show numbered, no return). Each grid cell fails on the base tree; the controls give the
same on both.

Every name is invented.
"""

from __future__ import annotations

import pytest
from articles import Row, explained, filled_rows

#: (show, another show, network, kind of show): three title sets.
TITLES = [("Copper Vale", "Ferrow Lane", "Kestrel One", "drama"),
          ("The Lantern Room", "Mill Street", "Tovrel", "comedy"),
          ("Harrow Point", "Saltmarsh", "Brightwave", "thriller")]

#: The article's lead, about another show: the new one is not the main show.
_LEAD = "{net} has renewed {old} for a fourth season. {old} stars Mara Quill. "
_TAIL = " {show} stars Dana Holt."

#: (body after the lead, kind, season): the new show brought in before its name.
_BEFORE_NAMED = [
    ("The network's freshman {g} also got good news. {show} has been renewed too.",
     "renewed", 2),
    ("{net} also has a new {g}. {show} follows a ferry pilot and has been renewed.",
     "renewed", 2),
    ("A new {g} from {net} premiered in January. {show} has been renewed for more episodes.",
     "renewed", 2),
    ("{net}'s rookie {g} did well too. It drew big audiences. {show} has been renewed as "
     "well.", "renewed", 2),
]

#: (headline, body, kind, season): a headline calling the article's show new unnamed.
_HEADLINES = [
    ("{net} renews freshman {g}", "{net} has renewed {show}. The {g} premiered in January.",
     "renewed", 2),
    ("{net} renews new {g}", "{show} premiered on {net} in January and has been renewed.",
     "renewed", 2),
    ("{net} picks up its rookie {g} for more", "{net} has renewed {show}.", "renewed", 2),
]

#: (body after the lead, kind, season) that give the same on both trees: a numbered season, a
#: return, the network's new season, plural new shows, a turn to another show.
_CONTROLS = [
    ("{net}'s new {g} did well. {show} has been renewed for a third season.", "renewed", 3),
    ("{net}'s new {g} did well. {show} returns for another season.", "renewed", None),
    ("{net}'s new season starts in June. {show} has been renewed too.", "renewed", None),
    ("{net}'s new {g}s did well. {show} has been renewed too.", "renewed", None),
    ("{net} has a new {g} coming. {show}, meanwhile, has been renewed too.", "renewed", None),
]
_HEADLINE_CONTROLS = [
    ("{net} renews freshman {g}", "{net} has renewed {show} for a fourth season.", "renewed",
     4),
    ("{net} orders new {g} series of {show}", "{net} has renewed {show}.", "renewed", None),
]


def _cell(body: str, show: str, old: str, net: str, g: str, headline: str = "TV news",
          lead: bool = True) -> set[Row]:
    return filled_rows((_LEAD if lead else "") + body + _TAIL, headline, show=show, old=old,
                       net=net, g=g)


@pytest.mark.parametrize(("show", "old", "net", "g"), TITLES)
@pytest.mark.parametrize(("body", "kind", "season"), _BEFORE_NAMED)
def test_a_show_brought_in_as_new_before_its_name(body: str, kind: str, season: int,
                                                  show: str, old: str, net: str,
                                                  g: str) -> None:
    facts = _cell(body, show, old, net, g)
    assert (show, season, kind) in facts, facts


@pytest.mark.parametrize(("show", "old", "net", "g"), TITLES)
@pytest.mark.parametrize(("headline", "body", "kind", "season"), _HEADLINES)
def test_a_headline_calling_the_show_new(headline: str, body: str, kind: str, season: int,
                                         show: str, old: str, net: str, g: str) -> None:
    facts = _cell(body, show, old, net, g, headline, lead=False)
    assert (show, season, kind) in facts, facts


@pytest.mark.parametrize(("show", "old", "net", "g"), TITLES)
@pytest.mark.parametrize(("body", "kind", "season"), _CONTROLS)
def test_controls_keep_what_they_give(body: str, kind: str, season: int | None, show: str,
                                      old: str, net: str, g: str) -> None:
    facts = _cell(body, show, old, net, g)
    assert (show, season, kind) in facts, facts


@pytest.mark.parametrize(("show", "old", "net", "g"), TITLES)
@pytest.mark.parametrize(("headline", "body", "kind", "season"), _HEADLINE_CONTROLS)
def test_headline_controls_keep_what_they_give(headline: str, body: str, kind: str,
                                               season: int | None, show: str, old: str,
                                               net: str, g: str) -> None:
    facts = _cell(body, show, old, net, g, headline, lead=False)
    assert (show, season, kind) in facts, facts


def test_explain_names_the_rule() -> None:
    text = explained(
        "Tovrel has renewed Mill Street for a fourth season. Mill Street stars Mara Quill. "
        "The network's freshman comedy also got good news. The Lantern Room has been renewed "
        "too. The Lantern Room stars Dana Holt.", "TV news")
    assert "season.called_new_before_named" in text
