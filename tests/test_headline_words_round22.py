"""A headline's title-case words the body writes as words are no show (issue 10, round 22,
branch r22names).

A headline capitalises every word, so "Glass Harbor Returns With Vengeance Season 2" offers
"Vengeance" as a name, and its season phrase keeps it (``title.keep.strong``): it took the
headline's season and the article's facts from the show the body is about ("Glass Harbor"
got season 1 or none). The body tells it apart: it never writes the name as a name, only its
words in lower case ("... more vengeance"), while the headline and the body both name another
kept show. Such a name is vetoed (``shows.headline_only_vetoed``, rule
``title.veto.headline_only``).

The controls keep what they give on both trees: a show the headline alone names over a body
that names no show, a one-word title the body writes capitalised, a one-word show told once
with a status word, a common-word show the body writes in lower case under a headline that
names no other show (the body may name one), and a quoted headline name.
"""

from __future__ import annotations

import pytest
from articles import facts_of, make_article, normalised_rows

from monitor.extract.explain import explain
from monitor.extract.shows import normalise_title

#: The body's show: two-word titles and a one-word one.
SHOWS = ["Glass Harbor", "Salt Road", "Copper Vale", "Nightjar"]
#: The headline's words, capitalised there, in lower case in the body.
WORDS = ["Vengeance", "Heartbreak", "Sweet Vengeance"]

#: (headline, body, the facts wanted): {s} the show, {W} the words as the headline writes
#: them, {w} as the body does.
FRAMES = [
    ("{s} Returns With {W} Season 2 in June",
     "{s} will return for a second season in June, Tovrel said. The new episodes are about "
     "{w}, the creator said.", {("{s}", 2, "premiere")}),
    ("{s} Returns With {W} Season 2 in June",
     "Tovrel has renewed {s}. Expect more {w} when the series returns in June with eight "
     "episodes.", {("{s}", 2, "renewed"), ("{s}", 2, "premiere"), ("{s}", 2, "episode_count")}),
    ("{s} Star Teases {W} Season 2",
     "Tovrel has renewed {s}. Expect more {w} when the series returns in June with eight "
     "episodes.", {("{s}", 2, "renewed"), ("{s}", 2, "premiere"), ("{s}", 2, "episode_count")}),
    ("Why {s} Renewed for {W} Season 2",
     "Tovrel has renewed {s}. Expect more {w} when the series returns in June with eight "
     "episodes.", {("{s}", 2, "renewed"), ("{s}", 2, "premiere"), ("{s}", 2, "episode_count")}),
    # the show quoted in the headline and the body
    ("'{s}' Returns With {W} Season 2 in June",
     "Tovrel has renewed “{s}.” Expect more {w} when the series returns in June with eight "
     "episodes.", {("{s}", 2, "renewed"), ("{s}", 2, "premiere"), ("{s}", 2, "episode_count")}),
    ("'{s}' Star Teases {W} Season 2",
     "“{s}” will return for a second season in June, Tovrel said. The new episodes are about "
     "{w}, the creator said.", {("{s}", 2, "premiere")}),
]

#: (headline, body, the facts wanted), the same on both trees.
CONTROLS = [
    # a show the headline alone names, the body naming no show: the article's subject
    ("Brightwater Renewed for Season 2", "The drama will return next year, the network said.",
     {("Brightwater", 2, "renewed"), ("Brightwater", 2, "premiere")}),
    # a one-word title the body writes capitalised
    ("Vengeance Renewed for Season 2", "Vengeance will return next year. Tovrel has cancelled "
     "Glass Harbor after two seasons.", {("Vengeance", 2, "renewed"), ("Vengeance", 2, "premiere"),
                                   ("Glass Harbor", 2, "cancelled")}),
    # a true one-word show told once with a status word
    ("", "Tovrel renewed Nightjar for a second season.", {("Nightjar", 2, "renewed")}),
    # the body writes the headline's name in lower case, and the headline names no other show
    ("Tovrel Renews Ghosts for Season 3", "The comedy about two ghosts will return in the fall.",
     {("Ghosts", 3, "renewed"), ("Ghosts", 3, "premiere")}),
    ("Tovrel Renews Ghosts for Season 3", "The comedy about two ghosts will return in the fall. "
     "Tovrel has cancelled Glass Harbor.", {("Ghosts", 3, "renewed"), ("Ghosts", 3, "premiere"),
                                            ("Glass Harbor", None, "cancelled")}),
]


def _wanted(want: set[tuple[str, int | None, str]], show: str) -> set[tuple[str, int | None, str]]:
    return {(normalise_title(n.format(s=show)), season, kind) for n, season, kind in want}


@pytest.mark.parametrize("words", WORDS)
@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize(("headline", "body", "want"), FRAMES,
                         ids=[f"frame{i}" for i in range(len(FRAMES))])
def test_headline_words_take_no_fact(headline: str, body: str,
                                     want: set[tuple[str, int | None, str]], show: str,
                                     words: str) -> None:
    got = normalised_rows(facts_of(body.format(s=show, w=words.lower()),
                                   headline.format(s=show, W=words)))
    assert got == _wanted(want, show)


@pytest.mark.parametrize(("headline", "body", "want"), CONTROLS,
                         ids=[f"control{i}" for i in range(len(CONTROLS))])
def test_a_show_the_article_names_keeps_its_facts(
        headline: str, body: str, want: set[tuple[str, int | None, str]]) -> None:
    assert normalised_rows(facts_of(body, headline)) == _wanted(want, "")


def test_a_quoted_headline_name_is_left_to_the_other_rules() -> None:
    """Quotes in a headline say a title (of some work): not this rule's to veto."""
    _, text = explain(make_article("Glass Harbor will return in June, and the new episodes "
                                   "are about vengeance.", "'Vengeance' Season 2 Premieres June 4"))
    assert "title.veto.headline_only" not in text


def test_explain_names_the_rule() -> None:
    _, text = explain(make_article("Tovrel has renewed Glass Harbor. Expect more vengeance when "
                                   "the series returns in June.",
                                   "Glass Harbor Returns With Vengeance Season 2 in June"))
    assert "vetoed Vengeance: title.veto.headline_only" in text
