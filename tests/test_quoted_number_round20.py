"""Round 20 (r20titles): a quoted title's own number, when the clause gives another season.

"Tovrel has renewed “Harbor 9” for a second season" gave "Harbor" season 9 on main: a number
after a title is the title's own when its clause names another season ("Ward 13 has been
cancelled after two seasons"), but the closing quote after the number hid the clause from that
reading (``shows._CLAUSE_TO_SEASON_RE``). A quoted number alone stays as ambiguous as before
("“Glass Harbor 4” wraps filming" is still season 4). Invented names.
"""

from __future__ import annotations

import pytest
from articles import facts_of, normalised_kinds_seasons

TITLES = ["Harbor 9", "Salt Road 7", "The Lantern 3", "Quillmarsh 5"]
QUOTES = [("“", "”"), ('"', '"'), ("'", "'"), ("*", "*")]
FRAMES = [
    ("Tovrel has renewed {q}{T}{p} for a second season.", "renewed", 2),
    ("The comedy {q}{T}{p} was renewed for a second season.", "renewed", 2),
    ("Tovrel has cancelled {q}{T}{p} after two seasons.", "cancelled", 2),
]


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize(("q", "p"), QUOTES, ids=["curly", "straight", "single", "italic"])
@pytest.mark.parametrize(("frame", "kind", "season"), FRAMES, ids=["renew", "passive", "cancel"])
def test_the_quoted_number_is_the_titles(frame: str, kind: str, season: int, q: str, p: str,
                                         title: str) -> None:
    found = normalised_kinds_seasons(facts_of(frame.format(q=q, p=p, T=title)))
    key = title.lower().removeprefix("the ")
    assert any(show == key and k == kind for show, k, _ in found)


CONTROLS = [
    # (round 39: the article writes the name alone too; a lone "“Glass Harbor 4”" is now a
    # title of its own, ``title.span.never_bare_number``)
    ("“Glass Harbor 4” wraps filming. Glass Harbor drew big numbers.",
     {("glass harbor", "filming_wrapped", 4)}),
    ("Tovrel has renewed “Glass Harbor” for a fourth season.", {("glass harbor", "renewed", 4)}),
    ("Tovrel has renewed Ward 13 for a third season.", {("ward 13", "renewed", 3)}),
    ("Tovrel has renewed “Pier 19” for a second season.", {("pier 19", "renewed", 2)}),
]


@pytest.mark.parametrize(("body", "expected"), CONTROLS)
def test_controls(body: str, expected: set[tuple[str, str, int]]) -> None:
    assert normalised_kinds_seasons(facts_of(body)) == expected
