"""Round 17 (issue 10): a name that modifies a kind of show is not the show.

"Filming begins on the third season of the Canadian comedy Quillmarsh": the capitalised word
before the kind of show ("Canadian", "Scandi", a person, a network no list knows) was read as
the title the season phrase names, and took the fact, a name no label has; the show named
right after the kind was left without it. A span followed by a kind of show and a name is now
that kind's modifier. Every name and sentence is invented.
"""

from __future__ import annotations

import pytest
from articles import facts_of, rows

TITLES = ("Blue Harbor", "Quillmarsh", "The Lantern Tower", "Orchard of Bells")
#: The words before the show's name: a modifier of its kind of show.
MODIFIERS = ("the Canadian comedy", "the Danish drama", "the Scandi thriller",
             "the Nordic noir drama", "the Jane Doe comedy", "the Tovrel drama",
             "the Kestara police procedural")
FORMS = (
    ("Filming will begin in March on the third season of {m} {t}, the producers said.",
     "filming_started", 3),
    ("These include the third season of {m} {t}, which starts filming in May.",
     "filming_started", 3),
    ("Production on season 2 of {m} {t} wrapped last week.", "filming_wrapped", 2),
)


@pytest.mark.parametrize("modifier", MODIFIERS)
@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("form", FORMS, ids=lambda f: f[0][:20])
def test_the_season_is_the_named_shows(modifier: str, title: str,
                                       form: tuple[str, str, int]) -> None:
    sentence, kind, season = form
    got = rows(facts_of(sentence.format(m=modifier, t=title), headline="Production news"))
    assert got == {(title, season, kind)}


#: Controls: a title before a kind with no name after it, or a season after the kind.
@pytest.mark.parametrize("body, expected", [
    ("Netflix has renewed the Canadian comedy Quillmarsh for a third season.",
     {("Quillmarsh", 3, "renewed")}),
    ("Filming has wrapped on the third season of Quillmarsh, the Canadian comedy.",
     {("Quillmarsh", 3, "filming_wrapped")}),
    ("Salt Road series 3 has started filming in Belfast.", {("Salt Road", 3, "filming_started")}),
    ("Filming on the BBC drama Salt Road began in Belfast for its second season.",
     {("Salt Road", 2, "filming_started")}),
], ids=["renewed", "kind after", "british series", "known network"])
def test_controls(body: str, expected: set[object]) -> None:
    assert rows(facts_of(body, headline="Production news")) == expected
