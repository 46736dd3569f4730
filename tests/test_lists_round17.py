"""A list's own status verb reaches every item; a quantified reference stands for its list —
round 17 (issue 10, s17lists).

Lists of bare titles (no network, no season, no quotes beside them) followed by their own
status verb gave nothing: "Salt Road, Night Ferry and Glass Orchard have all been cancelled"
made three candidates that ``drop.unevidenced_title`` dropped (a title named once, nothing
saying it is a TV show) — now ``list.status_verb_after`` is that evidence. A reference to the
list as the verb's subject lost items or everything: "Fans of A, B and C can rejoice: all three
have been renewed" lost the first item (``target.list_reference``); "... A, B and C. All three
were renewed on Tuesday." gave nothing (``target.list_reference_previous``). Controls: lists of
people, films, places and networks stay no shows; a list where only one item is decided; a
reference whose count is not the list's; "all three seasons". Every sentence and show is
invented for this test.
"""

from __future__ import annotations

import pytest
from articles import facts_of, normalised_shows_kinds

Pair = tuple[str, str]

#: Title triples of each shape: plain, "The ...", one word.
TRIPLES = [("Salt Road", "Night Ferry", "Glass Orchard"),
           ("The Copper Hours", "The Lantern Men", "Wexley"),
           ("Marrowby", "Quillon", "Tessendale")]


def _pairs(body: str, headline: str = "") -> set[Pair]:
    return normalised_shows_kinds(facts_of(body, headline))


def _expected(titles: tuple[str, ...], kind: str) -> set[Pair]:
    return {(t.lower().removeprefix("the "), kind) for t in titles}


#: Sentence templates of the family, by kind: {a}, {b}, {c} the titles.
VERB_AFTER = [
    ("{a}, {b} and {c} have all been cancelled.", "cancelled"),
    ("{a}, {b} and {c} have all been renewed.", "renewed"),
    ("{a}, {b} and {c} are expected to be renewed.", "renewed"),
    ("{a}, {b} and {c} will all premiere on June 4.", "premiere"),
    ("{a}, {b} and {c} have all started filming.", "filming_started"),
    ("{a}, {b} and {c} have all wrapped production.", "filming_wrapped"),
]


@pytest.mark.parametrize("template, kind", VERB_AFTER, ids=[t for t, _ in VERB_AFTER])
@pytest.mark.parametrize("titles", TRIPLES, ids=[t[0] for t in TRIPLES])
def test_a_list_followed_by_its_own_status_verb(template: str, kind: str,
                                                titles: tuple[str, str, str]) -> None:
    a, b, c = titles
    assert _pairs(template.format(a=a, b=b, c=c)) == _expected(titles, kind)


#: Controls of the family main reads already: a season or quotes are the items' evidence.
ALREADY = [
    ("{a}, {b} and {c} were cancelled after one season.", "cancelled"),
    ("\u201c{a},\u201d \u201c{b}\u201d and \u201c{c}\u201d have all been renewed.", "renewed"),
]


@pytest.mark.parametrize("template, kind", ALREADY, ids=[t for t, _ in ALREADY])
@pytest.mark.parametrize("titles", TRIPLES, ids=[t[0] for t in TRIPLES])
def test_lists_main_reads_already(template: str, kind: str,
                                  titles: tuple[str, str, str]) -> None:
    a, b, c = titles
    assert _pairs(template.format(a=a, b=b, c=c)) == _expected(titles, kind)


REFERENCES = [
    ("Fans of {a}, {b} and {c} can rejoice: all three have been renewed.", "renewed"),
    ("Bad news for fans of {a}, {b} and {c}: all three have been cancelled.", "cancelled"),
    ("Kestrel had a busy week with {a}, {b} and {c}. All three were renewed on Tuesday.",
     "renewed"),
    ("The network also dropped {a}, {b} and {c}. All three were cancelled after one season.",
     "cancelled"),
    ("Kestrel showed {a}, {b} and {c} last winter. All of them will premiere on June 4.",
     "premiere"),
]


@pytest.mark.parametrize("template, kind", REFERENCES, ids=[t for t, _ in REFERENCES])
@pytest.mark.parametrize("titles", TRIPLES, ids=[t[0] for t in TRIPLES])
def test_a_quantified_reference_stands_for_its_list(template: str, kind: str,
                                                    titles: tuple[str, str, str]) -> None:
    a, b, c = titles
    assert _pairs(template.format(a=a, b=b, c=c)) == _expected(titles, kind)


def test_the_list_unit_keeps_its_date_and_certainty() -> None:
    facts = facts_of("Salt Road, Night Ferry and Glass Orchard will all premiere on June 4.")
    assert {(f.show, f.date, f.certainty) for f in facts} == {
        (show, "2024-06-04", "expected") for show in ("Salt Road", "Night Ferry",
                                                      "Glass Orchard")}


CONTROLS = [
    # people, films, places, networks: no shows
    ("Anna Kell, Bo Rim and Cal Dune have all been cast.", set()),
    ("The films Dune Rise and Iron Vale have both wrapped filming.", set()),
    ("Kestrel's new films Dune Rise, Iron Vale and Tall Grass were all cancelled.", set()),
    ("Filming in Belfast, Dublin and Cork has wrapped.", set()),
    ("Paris, Rome and Vienna have all been cancelled as filming locations.", set()),
    ("Kestrel and Orvane have both renewed Salt Road for a second season.",
     {("salt road", "renewed")}),
    # only one item of the list is decided
    ("Salt Road and Night Ferry drew strong ratings, and Glass Orchard has been renewed for a "
     "second season.", {("glass orchard", "renewed")}),
    # a reference whose count is not the list's, or no reference at all
    ("Kestrel had a busy week with Salt Road, Night Ferry and Glass Orchard. Both were "
     "renewed on Tuesday.", set()),
    ("Kestrel aired Salt Road, Night Ferry and Glass Orchard last year. All three seasons "
     "were praised.", set()),
    ("Kestrel had a quiet week with Salt Road, Night Ferry and Glass Orchard. Both of its new "
     "films were cancelled.", set()),
    # an uncounted decision: only a list the next sentence introduces, of shows
    ("Kestrel renewed several of its dramas on Tuesday. Viewers loved Salt Road, Night Ferry "
     "and Glass Orchard.", set()),
    ("Kestrel renewed several of its dramas on Tuesday. They include Anna Kell and Bo Rim.",
     set()),
    ("Kestrel renewed several of its dramas on Tuesday. They do not include Salt Road, Night "
     "Ferry and Glass Orchard.", set()),
    # what main gives already
    ("Kestrel has renewed Salt Road, Night Ferry and Glass Orchard.",
     {("salt road", "renewed"), ("night ferry", "renewed"), ("glass orchard", "renewed")}),
    ("Kestrel renewed three of its dramas on Tuesday. The lucky ones are Salt Road, Night "
     "Ferry and Glass Orchard.",
     {("salt road", "renewed"), ("night ferry", "renewed"), ("glass orchard", "renewed")}),
]


UNCOUNTED = [
    ("Kestrel renewed a handful of dramas on Tuesday. They include {a}, {b} and {c}.",
     "renewed"),
    ("Kestrel renewed several of its dramas. The lucky ones are {a}, {b} and {c}.", "renewed"),
    ("Kestrel cancelled several shows on Tuesday. Among them are {a}, {b} and {c}.",
     "cancelled"),
]


@pytest.mark.parametrize("template, kind", UNCOUNTED, ids=[t for t, _ in UNCOUNTED])
@pytest.mark.parametrize("titles", TRIPLES, ids=[t[0] for t in TRIPLES])
def test_an_uncounted_decision_governs_the_list_it_introduces(
        template: str, kind: str, titles: tuple[str, str, str]) -> None:
    a, b, c = titles
    assert _pairs(template.format(a=a, b=b, c=c)) == _expected(titles, kind)


@pytest.mark.parametrize("body, expected", CONTROLS, ids=[b for b, _ in CONTROLS])
def test_controls(body: str, expected: set[Pair]) -> None:
    assert _pairs(body) == expected


@pytest.mark.parametrize("body, expected", [
    # passes since round 18 (r18lists): a governed "A and B" of two-word titles is two items
    pytest.param("Kestrel had a busy week with Salt Road and Night Ferry. Both will premiere "
                 "on June 4.", {("salt road", "premiere"), ("night ferry", "premiere")}),
    pytest.param("Salt Road, Night Ferry and Glass Orchard will each have 10 episodes.",
                 {("salt road", "episode_count"), ("night ferry", "episode_count"),
                  ("glass orchard", "episode_count")},
                 marks=pytest.mark.xfail(strict=True, reason="an episode count goes to the "
                                         "nearest items, not the whole list (main's)")),
    pytest.param("Mara Quill, Tobin Vance and Elsie Marr were all cancelled from the lineup.",
                 set(), marks=pytest.mark.xfail(strict=True, reason="a list of invented "
                                                "people's names with a decision verb reads as "
                                                "shows: nothing says they are people")),
])
def test_left(body: str, expected: set[Pair]) -> None:
    assert _pairs(body) == expected
