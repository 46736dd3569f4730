"""Round 19: a count told again for another show with its noun left out, after a count
phrase: "Harrow Lane's order is for 22 episodes while Tin Roof's is only for 13" gives Tin
Roof 13 (rule ``episode.gapped_count``), of the season the article names for it
(``season.gapped_count``); "Tin Roof's and Salt Road's are for 13" gives both. On main the
first show kept its count and the others had none. Invented names throughout."""

from __future__ import annotations

import pytest
from articles import facts_of, make_article

from monitor.extract.explain import explain

LEAD = ("Kestrel One has renewed {a} (season 4), {b} (season 2) and {c} (season 3), and "
        "cancelled Copper Field. ")
TRIOS = (("Harrow Lane", "Tin Roof", "Salt Road"), ("Glass Harbor", "Quill Street", "Dun Moor"))
LINKS = ("while", ", while", "but", "and", ", whereas", ";")
GAPS = ("{b}'s is only for {n}", "{b}\u2019s is for {n}", "{b}'s are just for {n}",
        "{b}'s will be {n}", "{b}'s {n}")


def _counts(body: str) -> set[tuple[str, int | None, int | None]]:
    return {(f.show, f.season, f.value) for f in facts_of(body) if f.kind == "episode_count"}


def _body(trio: tuple[str, str, str], second: str) -> str:
    a, b, c = trio
    return LEAD.format(a=a, b=b, c=c) + second.format(a=a, b=b, c=c)


@pytest.mark.parametrize("trio", TRIOS, ids=lambda t: t[0])
@pytest.mark.parametrize("link", LINKS)
@pytest.mark.parametrize("gap", GAPS)
@pytest.mark.parametrize("n, word", [(13, "13"), (10, "ten")])
def test_gapped_count_goes_to_the_second_show(trio: tuple[str, str, str], link: str,
                                              gap: str, n: int, word: str) -> None:
    a, b, _ = trio
    sep = link if link.startswith((",", ";")) else " " + link
    second = "{a}'s fifth season order is for 22 episodes" + sep + " " + \
        gap.replace("{n}", word) + "."
    counts = _counts(_body(trio, second))
    assert (b, 2, n) in counts
    assert (a, 5, 22) in counts


@pytest.mark.parametrize("trio", TRIOS, ids=lambda t: t[0])
def test_two_shows_share_the_gapped_count(trio: tuple[str, str, str]) -> None:
    a, b, c = trio
    counts = _counts(_body(trio, "{a}'s order is for 22 episodes, while {b}'s and {c}'s are "
                                 "only for 13."))
    assert {(b, 2, 13), (c, 3, 13)} <= counts


def test_a_show_with_no_season_named_keeps_none() -> None:
    body = ("Kestrel One has renewed Harrow Lane and Tin Roof. Harrow Lane's order is for 22 "
            "episodes while Tin Roof's is only for 13.")
    assert ("Tin Roof", None, 13) in _counts(body)


def test_explain_names_the_rules() -> None:
    body = _body(TRIOS[0], "{a}'s order is for 22 episodes while {b}'s is only for 13.")
    _, text = explain(make_article(body))
    assert "episode.gapped_count" in text and "season.gapped_count" in text


@pytest.mark.parametrize("second", [
    # no count phrase before: a possessive and a number are no count
    "{b}'s ratings rose while {a}'s fell to 13.",
    "{a} drew 4 million viewers while {b}'s share was only 13.",
    # a unit after the number
    "{a}'s order is for 22 episodes, while {b}'s is 13 percent shorter.",
    "{a}'s order is for 22 episodes, while {b}'s runs 13 minutes longer.",
    # no link between the count and the name
    "{a}'s order is for 22 episodes of {b}'s 13.",
])
def test_controls_give_the_other_show_no_gapped_count(second: str) -> None:
    trio = TRIOS[0]
    counts = _counts(_body(trio, second))
    assert not {c for c in counts if c[0] == trio[1] and c[2] == 13}


@pytest.mark.parametrize("second, expected", [
    # what main gave stays
    ("{a}'s fifth season order is for 22 episodes.", {("Harrow Lane", 5, 22)}),
    ("Season 5 of {a} had eight episodes.", {("Harrow Lane", 5, 8)}),
    # (two count phrases: each show's own, as main reads them)
    ("{a} will have 22 episodes and {b} will have 13 episodes.",
     {("Harrow Lane", None, 22), ("Tin Roof", None, 13)}),
])
def test_controls_keep_what_main_gives(second: str, expected: set[tuple[str, int, int]]
                                       ) -> None:
    assert _counts(_body(TRIOS[0], second)) == expected


def test_bare_gap_after_a_verb_count() -> None:
    counts = _counts(_body(TRIOS[0], "{a}'s new season will run 22 episodes and {b}'s 13."))
    assert {(c[0], c[2]) for c in counts} == {("Harrow Lane", 22), ("Tin Roof", 13)}
    assert ("Tin Roof", 2, 13) in counts


@pytest.mark.xfail(strict=True, reason="a gap with no possessive (the verb or the 'for' "
                   "repeated after the name) is not read: the name alone does not say the "
                   "number is a count")
@pytest.mark.parametrize("second", ["{a} gets 22 episodes, while {b} gets 13.",
                                    "{a} was ordered for 22 episodes; {b} for 13."])
def test_gap_without_a_possessive(second: str) -> None:
    assert ("Tin Roof", 2, 13) in _counts(_body(TRIOS[0], second))
