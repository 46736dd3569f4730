"""Round 17 (issue 10): a title after an owner's possessive that no list knows.

A network, studio or person whose name no list holds glued its possessive to the show's title
("ZKX's Salt Road", "Kestara TV's Salt Road", "Nattie Vell's Salt Road"): the fact went to the
glued name, which no label has, and the show was never named; before "The" the owner's first
name alone was left as a title ("Nattie" from "Nattie Vell's The Lantern Tower"). The owner is
now told by its shape (capitals, a streamer's "+", a broadcaster's or company's word; a full
name written only there in a body sentence whose surname the article also writes alone) or by
the article's own use of it as a network.
Every name and sentence is invented.
"""

from __future__ import annotations

import pytest
from articles import facts_of, rows

#: Owners no list knows, each of a shape that says it is no part of a title.
OWNERS = (
    "ZKX",  # capitals
    "Marlowe+",  # a streamer's plus
    "Kestara TV",  # a broadcaster's word
    "Channel Nine Plus",
    "Quillon Studios",  # a company's word
    "Nattie Vell",  # a full name with a first name no list knows, its surname alone elsewhere
    "Zhenya Ostrova",
    "Okonkwo Ferris",
)
#: The owners above that are people's full names.
PERSONS = frozenset({"Nattie Vell", "Zhenya Ostrova", "Okonkwo Ferris"})
TITLES = ("Salt Road", "The Lantern Tower", "Quillmarsh", "Glass Harbor Nights", "Orchard of Bells")
#: (body sentence, the kind it states, its season).
FORMS = (
    ("{o}'s {t} has been renewed for a third season.", "renewed", 3),
    ("{o}'s {t} will return for season 2 on June 14.", "premiere", 2),
    ("The network has cancelled {o}'s {t} after two seasons.", "cancelled", 2),
    ("Filming has wrapped on {o}'s {t} season 3.", "filming_wrapped", 3),
    ("{o}'s \u201c{t}\u201d has been renewed for a second season.", "renewed", 2),
    ("Production began this week on season 2 of {o}'s {t} in Dublin.", "filming_started", 2),
)
TAIL = " The series follows a family of bakers."


def _facts(body: str, headline: str = "TV news roundup") -> set[tuple[str, int | None, str]]:
    return rows(facts_of(body, headline=headline))


@pytest.mark.parametrize("owner", OWNERS)
@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("form", FORMS, ids=lambda f: f[1])
def test_the_title_starts_after_an_owner_told_by_shape(owner: str, title: str,
                                                      form: tuple[str, str, int]) -> None:
    sentence, kind, season = form
    # a person's full name: the article writes the surname alone too, as people are written
    tail = f"{TAIL} {owner.split()[-1]} wrote it." if owner in PERSONS else TAIL
    got = _facts(sentence.format(o=owner, t=title) + tail)
    assert got == {(title, season, kind)}


@pytest.mark.parametrize("body, expected", [
    # a one-word owner the article shows to be a network ("cancelled two dramas", "streams on")
    ("Filming has wrapped on Tovrel's Salt Road season 3. The drama streams on Tovrel.",
     {("Salt Road", 3, "filming_wrapped")}),
    ("Tovrel's Quillmarsh has been renewed for a third season. It premiered on Tovrel.",
     {("Quillmarsh", 3, "renewed")}),
], ids=["streams on", "premiered on"])
def test_an_owner_the_article_shows_to_be_a_network(body: str, expected: set[object]) -> None:
    assert _facts(body) == expected


#: Controls: what these give today must not change.
@pytest.mark.parametrize("body, expected", [
    # a title's own possessive: one word, a character's rank or honorific, a short particle
    ("Marigold's Kitchen has been renewed for a third season at Hulu.",
     {("Marigold's Kitchen", 3, "renewed")}),
    ("Netflix has renewed Miss Tarrow's Murder Mysteries for a third season.",
     {("Miss Tarrow's Murder Mysteries", 3, "renewed")}),
    ("Netflix has renewed Captain Orrin's Log for a third season.",
     {("Captain Orrin's Log", 3, "renewed")}),
    ("Filming has wrapped on Da Vinto's Demons season 3.",
     {("Da Vinto's Demons", 3, "filming_wrapped")}),
    # two capitalised words of a title's own, no surname alone elsewhere
    ("Dead Man's Wharf has been renewed for a second season.",
     {("Dead Man's Wharf", 2, "renewed")}),
    ("Netflix renewed Marrow Vance's Lantern for a second season.",
     {("Marrow Vance's Lantern", 2, "renewed")}),
    # a place's possessive inside a title
    ("New Quay's Finest Hour has been renewed for a second season.",
     {("New Quay's Finest Hour", 2, "renewed")}),
    # a known network and a known first name, as before
    ("Netflix's Salt Road has been renewed for a third season.", {("Salt Road", 3, "renewed")}),
    ("Filming has wrapped on Jane Doe's Quillmarsh season 3.",
     {("Quillmarsh", 3, "filming_wrapped")}),
    # a show's possessive before its season or its cast
    ("Fans of Glass Harbor's Season 2 will have to wait: the drama returns June 14 on Hulu.",
     {("Glass Harbor", 2, "premiere")}),
    ("Netflix has renewed Salt Road for a third season. Salt Road's Zhenya Ostrova said the "
     "cast is thrilled.", {("Salt Road", 3, "renewed")}),
    # a person's possessive before a thing that is no show
    ("Martha Vell's memoir was published in May. Hulu renewed Salt Road for season 2.",
     {("Salt Road", 2, "renewed")}),
    ("Hulu has cancelled Salt Road after two seasons. Ostrova Vell's statement thanked the fans.",
     {("Salt Road", 2, "cancelled")}),
    # a network's name alone is no show
    ("ZKX said Thursday it had renewed Salt Road for a second season.",
     {("Salt Road", 2, "renewed")}),
], ids=["one word", "honorific", "rank", "particle", "two words", "no surname alone", "place",
        "known network", "known name",
        "show's season", "show's cast", "memoir", "statement", "acronym alone"])
def test_controls(body: str, expected: set[object]) -> None:
    assert _facts(body) == expected


@pytest.mark.xfail(strict=True, reason="a one-word owner no list knows and the article shows "
                   "no other way is undecidable by shape: 'Tovrel's Salt Road' reads as "
                   "'Marigold's Kitchen' does")
def test_a_one_word_owner_the_article_says_nothing_else_of() -> None:
    assert _facts("Tovrel's Salt Road has been renewed for a third season.") == {
        ("Salt Road", 3, "renewed")}


@pytest.mark.xfail(strict=True, reason="a show's possessive before a person no list knows: "
                   "the glued run 'Glass Harbor's Nattie Vell' is read as one name (as on main)")
def test_a_show_possessive_before_an_unknown_person() -> None:
    assert _facts("Netflix has renewed Glass Harbor for a third season, and Glass Harbor's "
                  "Nattie Vell will return.") == {("Glass Harbor", 3, "renewed")}
