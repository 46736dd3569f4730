"""A show's run told as a count in passing, round 24 (branch r24seasons, issue 10).

"Tovrel has cancelled the three-season drama Ferrow Lane.": the count is the seasons made, so
the cancellation ends the third and a renewal, or a premiere still to come, is of the fourth.
The run readers before it took "ran for three seasons" right after the name, "after three
seasons" and "its three seasons"; the count as an adjective ("the three-season drama", "its
three-season run", "a two-season stint", also in a headline without its article), after a
verb of running ("after running for three seasons", "having aired two seasons", "which has
aired three seasons" in a sentence naming the network too), as the point a decision came
("three seasons in.") or opening a sentence ("After three seasons, the show ended in March.")
left the fact unnumbered. Rule ``season.run_told_as_count``
(``facts._runs_told_as_count``, ``ctx.runs_told_as_count``). An order of seasons ("a
two-season renewal", "renewed for a three-season run") is no run, and a count under a season
the article names for the show is an earlier run (the controls).

Every name is invented.
"""

from __future__ import annotations

import pytest
from articles import Row, explained, filled_rows

#: (show, network, kind of show): three title sets.
TITLES = [("Ferrow Lane", "Tovrel", "drama"), ("Harrow Point", "Kestrel One", "comedy"),
          ("The Lantern Keepers", "Marrowline", "thriller")]
#: (seasons made, the count as written): words and digits.
COUNTS = [(2, "two"), (3, "3"), (5, "five")]

#: (headline, body, kind, seasons after the run): 123 of the 144 cells fail on the base tree
#: (the others where a run reader before this one reads the sentence: "which has aired three
#: seasons" when the network is no title candidate).
_FORMS = [
    ("", "{net} has cancelled the {c}-season {g} {show}.", "cancelled", 0),
    ("", "{show} has been cancelled by {net}, ending a {c}-season stint.", "cancelled", 0),
    ("", "{show} has been cancelled after running for {c} seasons on {net}.", "cancelled", 0),
    ("", "{show}, which has aired {c} seasons on {net}, has been cancelled.", "cancelled", 0),
    ("", "{show} will not be back. {net} has cancelled the {c}-season {g}.", "cancelled", 0),
    ("{net} cancels {c}-season {g} {show}", "{net} has cancelled {show}, the network said "
     "on Monday.", "cancelled", 0),
    ("", "{net} has renewed the {c}-season {g} {show}.", "renewed", 1),
    ("", "Having aired {c} seasons on {net}, {show} has been renewed.", "renewed", 1),
    ("{net} renews {c}-season {g} {show}", "{net} has renewed {show}, the network said on "
     "Monday.", "renewed", 1),
    ("", "The {c}-season {g} {show} returns to {net} on June 5.", "premiere", 1),
    ("", "{show}, the {c}-season {g}, will return to {net} on June 5.", "premiere", 1),
    ("", "{show} will be back on {net} in June after running for {c} seasons.", "premiere", 1),
    ("", "{net} has cancelled the {g} {show}. After {c} seasons, the show ended in March.",
     "cancelled", 0),
    ("", "{net} has renewed the {g} {show}. After {c} seasons, the show is still a hit.",
     "renewed", 1),
]

#: Written in words only ("3 seasons in" is read as season 3 by an earlier rule: below).
_WORD_FORMS = [
    ("", "{net} has pulled the plug on {show} {c} seasons in.", "cancelled", 0),
    ("", "{net} has renewed {show} {c} seasons in.", "renewed", 1),
]

#: Controls: (headline, body, (season, kind)) that give the same on both trees.
_CONTROLS = [
    # the run readers before it
    ("", "{net} has cancelled the {g} {show} after three seasons.", (3, "cancelled")),
    ("", "{net} has cancelled {show} after a three-season run.", (3, "cancelled")),
    ("", "{net} has renewed {show} after three seasons.", (4, "renewed")),
    ("", "{net} has cancelled {show}, ending its three-season run.", (3, "cancelled")),
    ("", "{show} has been renewed by {net}, extending its three-season run.", (4, "renewed")),
    # an order of seasons is no run
    ("", "{net} has given {show} a two-season renewal.", (None, "renewed")),
    # the renewal names its own season
    ("", "{net} has renewed the three-season {g} {show} for a fifth season.", (5, "renewed")),
    # a count under a season the article names is an earlier run
    ("", "{show} was first cancelled in 2003, after a four-season run. {net} has cancelled "
     "it again after season seven.", (7, "cancelled")),
    # no run counted: unnumbered
    ("", "{net} has cancelled the {g} {show}.", (None, "cancelled")),
    ("", "{net} has renewed the {g} {show}. The first two seasons are streaming on {net}.",
     (None, "renewed")),
    ("", "{net} has renewed the {g} {show}. After two seasons away, the show returns in June.",
     (None, "renewed")),
]


def _cell(headline: str, body: str, show: str, net: str, kind_of_show: str,
          count: str) -> set[Row]:
    fill = {"show": show, "net": net, "g": kind_of_show, "c": count}
    return filled_rows(body, headline or "TV news", **fill)


@pytest.mark.parametrize(("made", "count"), COUNTS)
@pytest.mark.parametrize(("show", "net", "kind_of_show"), TITLES)
@pytest.mark.parametrize(("headline", "body", "kind", "after"), _FORMS)
def test_the_run_told_as_a_count(headline: str, body: str, kind: str, after: int, show: str,
                                 net: str, kind_of_show: str, made: int, count: str) -> None:
    facts = _cell(headline, body, show, net, kind_of_show, count)
    assert (show, made + after, kind) in facts, facts


@pytest.mark.parametrize(("made", "count"), [(2, "two"), (3, "three"), (5, "five")])
@pytest.mark.parametrize(("show", "net", "kind_of_show"), TITLES)
@pytest.mark.parametrize(("headline", "body", "kind", "after"), _WORD_FORMS)
def test_seasons_in(headline: str, body: str, kind: str, after: int, show: str, net: str,
                    kind_of_show: str, made: int, count: str) -> None:
    facts = _cell(headline, body, show, net, kind_of_show, count)
    assert (show, made + after, kind) in facts, facts


@pytest.mark.parametrize(("show", "net", "kind_of_show"), TITLES)
@pytest.mark.parametrize(("headline", "body", "expected"), _CONTROLS)
def test_controls_keep_what_they_give(headline: str, body: str,
                                      expected: tuple[int | None, str], show: str, net: str,
                                      kind_of_show: str) -> None:
    facts = _cell(headline, body, show, net, kind_of_show, "")
    assert (show, *expected) in facts, facts


@pytest.mark.xfail(strict=True, reason="'3 seasons in' is read as season 3 by season.stated "
                   "before any run reader (left for a later round, MEASUREMENTS.md round 24)")
def test_left_digits_seasons_in() -> None:
    facts = filled_rows("Tovrel has renewed Ferrow Lane 3 seasons in.")
    assert ("Ferrow Lane", 4, "renewed") in facts, facts


def test_explain_names_the_rule() -> None:
    text = explained("Tovrel has cancelled the three-season drama Ferrow Lane.", "TV news")
    assert "season.run_told_as_count" in text
