"""Round 17 (issue 10): a title's tag in parentheses is no part of its name.

Round-ups write a show's network, year or season in parentheses after its title: "Salt Road
(Hulu): renewed for season 3". A "Title: status" line took the tag into the title ("Salt Road
(Hulu)", a name no label has, which took the fact), and a network no list knows in the
parentheses ("Salt Road (Kestara TV), which premieres ...") was no sign of a show, where a
listed one is. Every name and sentence is invented.
"""

from __future__ import annotations

import pytest
from articles import facts_of, rows

TITLES = ("Salt Road", "Quillmarsh", "The Lantern Tower", "Orchard of Bells")
TAGS = ("Hulu", "Tovrel", "ZKX", "Kestara TV", "2019", "season 2", "Hulu, 2021")
LINES = (
    ("{t} ({g}): renewed for season 3.", "renewed", 3),
    ("{t} ({g}): cancelled after two seasons.", "cancelled", 2),
)


@pytest.mark.parametrize("tag", TAGS)
@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("line", LINES, ids=lambda f: f[1])
def test_a_status_line_title_without_its_tag(tag: str, title: str,
                                            line: tuple[str, str, int]) -> None:
    text, kind, season = line
    got = rows(facts_of(text.format(t=title, g=tag), headline="TV news roundup"))
    assert {show for show, _, _ in got} == {title}
    assert any(k == kind and s in (season, season + 1) for _, s, k in got)


@pytest.mark.parametrize("tag", ("ZKX", "Kestara TV", "Marlowe+"))
@pytest.mark.parametrize("title", TITLES)
def test_a_network_by_shape_in_parentheses_tags_a_show(tag: str, title: str) -> None:
    got = rows(facts_of(f"Also returning: {title} ({tag}), which premieres its second season "
                        "on June 14.", headline="TV news roundup"))
    assert got == {(title, 2, "premiere")}


#: Controls: what these give today must not change.
@pytest.mark.parametrize("body, expected", [
    ("Also returning: Salt Road (Hulu), which premieres its second season on June 14.",
     {("Salt Road", 2, "premiere")}),
    ("Salt Road (Kestara TV) has been renewed for season 3.", {("Salt Road", 3, "renewed")}),
    ("Salt Road: renewed for season 3.", {("Salt Road", 3, "renewed")}),
], ids=["listed network", "no colon", "no tag"])
def test_controls(body: str, expected: set[object]) -> None:
    assert rows(facts_of(body, headline="TV news roundup")) == expected


@pytest.mark.xfail(strict=True, reason="a one-word network no list knows in parentheses, the "
                   "article showing it no other way: no sign of a show by shape")
def test_a_one_word_unknown_network_in_parentheses() -> None:
    assert rows(facts_of("Also returning: Salt Road (Tovrel), which premieres its second "
                         "season on June 14.", headline="TV news roundup")) == {
        ("Salt Road", 2, "premiere")}
