"""One list of show nouns and one list of hyphenated modifiers, read everywhere they are spelt
(round 18, code health, branch s18health).

A kind of show right before a one-word name ("its reboot April", "the sci-fi spinoff Hazel")
is read from ``showwords.SHOW_NOUNS``, the list every other reading of a show by its kind uses;
a hyphenated compound before a title ("the Jane Doe-backed Wexmoor", a headline's "Emmy-Winning
Night Ferry") from ``shows.HYPHEN_MODIFIER_ENDINGS``, in the body and in a headline alike.
Controls: sentences whose facts stay as they were.
"""

from __future__ import annotations

import pytest
from articles import facts_of, rows

from monitor.extract import shows, showwords
from monitor.extract.showwords import SHOW_NOUNS


def _rows(body: str, headline: str = "") -> set[tuple[str, int | None, str]]:
    return rows(facts_of(body, headline))


@pytest.mark.parametrize("noun", SHOW_NOUNS)
def test_every_show_noun_is_a_kind_before_a_name(noun: str) -> None:
    assert shows._KIND_BEFORE_NAME_RE.search(f"renewed its {noun} ")


def test_both_hyphen_modifier_readings_share_their_endings() -> None:
    for ending in shows.HYPHEN_MODIFIER_ENDINGS:
        assert shows._MODIFIER_TOKEN_RE.search(f"Jane Doe-{ending}")
        assert f"jane doe-{ending}".endswith(shows._DESCRIPTOR_ENDINGS)


@pytest.mark.parametrize("noun", ["reboot", "spinoff", "telenovela", "mockumentary", "revival"])
def test_a_kind_from_the_one_list_before_a_month_title(noun: str) -> None:
    assert _rows(f"Tovrel renewed its {noun} April for a second season.") == {
        ("April", 2, "renewed")}
    assert _rows(f"The {noun} October was cancelled after one season, Tovrel said.") == {
        ("October", 1, "cancelled")}


@pytest.mark.parametrize("noun", ["reboot", "anime", "adaptation"])
def test_a_kind_from_the_one_list_before_a_one_word_title(noun: str) -> None:
    assert _rows(f"Tovrel renewed the sci-fi {noun} Hazel, which follows two sisters, "
                 "for a third season.") == {("Hazel", 3, "renewed")}


def test_a_backed_modifier_in_a_body_list() -> None:
    assert _rows("Tovrel renewed Salt Road and the Jane Doe-backed Wexmoor for new seasons.") == {
        ("Salt Road", None, "renewed"), ("Wexmoor", None, "renewed")}


@pytest.mark.parametrize("noun", ["comedy", "series", "docu-series"])
def test_control_kinds_read_before(noun: str) -> None:
    assert _rows(f"Tovrel renewed its {noun} April for a second season.") == {
        ("April", 2, "renewed")}


@pytest.mark.parametrize("modifier", ["Jane Doe-Led", "Emmy-Winning", "Jane Doe-Backed"])
def test_control_headline_descriptors(modifier: str) -> None:
    assert _rows("Night Ferry was renewed for a second season by Tovrel on Monday.",
                 f"{modifier} Night Ferry Renewed For Season 2") == {
        ("Night Ferry", 2, "renewed")}


def test_control_led_modifier_in_a_body_list() -> None:
    assert _rows("Tovrel renewed Salt Road and the Jane Doe-led Wexmoor for new seasons.") == {
        ("Salt Road", None, "renewed"), ("Wexmoor", None, "renewed")}


def test_every_show_noun_has_one_group() -> None:
    groups = list(showwords.SHOW_NOUN_GROUPS.values())
    assert set().union(*groups) == set(SHOW_NOUNS)
    assert sum(len(group) for group in groups) == len(set(SHOW_NOUNS))


def test_headline_kinds_are_read_from_the_groups() -> None:
    assert shows._GENRE_WORDS == showwords.SHOW_NOUN_GROUPS["genre"]
    assert showwords.SHOW_NOUN_GROUPS["format"] <= shows.HEADLINE_KINDS_AFTER_TITLE
    assert showwords.SHOW_NOUN_GROUPS["derived"] <= shows._KIND_BEFORE_TITLE


@pytest.mark.parametrize("kind", ["Jane Doe Soap", "Jane Doe Anime", "Glass Harbor Adaptation",
                                  "Hit Procedural", "Hit Soap"])
def test_a_kind_from_the_groups_before_a_headline_title(kind: str) -> None:
    assert _rows("Tovrel renewed the show for a second season on Monday.",
                 f"{kind} Night Ferry Renewed For Season 2") == {("Night Ferry", 2, "renewed")}


@pytest.mark.parametrize("title", ["Sketch Soap Hour", "Sketch Anime Hour", "Harbor Procedural"])
def test_control_a_genre_word_inside_a_headline_title(title: str) -> None:
    assert _rows(f"{title} was renewed for a second season by Tovrel.",
                 f"{title} Renewed For Season 2") == {(title, 2, "renewed")}


@pytest.mark.parametrize("kind", ["Jane Doe Thriller", "Hit Drama"])
def test_control_kinds_before_a_headline_title(kind: str) -> None:
    assert _rows("Tovrel renewed the show for a second season on Monday.",
                 f"{kind} Night Ferry Renewed For Season 2") == {("Night Ferry", 2, "renewed")}


@pytest.mark.parametrize("body", [
    "Tovrel's owner says Salt Road, Night Ferry and Glass Orchard have all been cancelled.",
    "The studio chief confirmed Salt Road and Night Ferry have both been renewed.",
    "Tovrel's president said Salt Road and Night Ferry have both been renewed."])
def test_control_a_deciding_person_before_a_list_keeps_it(body: str) -> None:
    # lists._NOT_SHOWS_BEFORE_RE keeps apart from the data's person roles for these
    assert len(_rows(body)) >= 2


@pytest.mark.parametrize("body", [
    "The films Salt Road and Night Ferry have both wrapped filming.",
    "The stars Jane Doe and John Roe have both wrapped filming."])
def test_control_no_show_noun_before_a_list(body: str) -> None:
    assert _rows(body) == set()


@pytest.mark.parametrize("body, row", [
    ("Tovrel renewed their reboot Hazel for a second season.", ("Hazel", 2, "renewed")),
    ("Fans of our telenovela Marisol will be glad: it was renewed for a third season.",
     ("Marisol", 3, "renewed"))])
def test_a_possessive_kind_of_show_is_no_person_cue(body: str, row: tuple[str, int, str]) -> None:
    assert _rows(body) == {row}


@pytest.mark.parametrize("body, expected", [
    ("Tovrel renewed their comedy Hazel for a second season.", {("Hazel", 2, "renewed")}),
    ("Tovrel renewed their star Hazel Quint for a second season.", set())])
def test_control_a_possessive_before_a_name(body: str, expected: set[tuple[str, int, str]]) -> None:
    assert _rows(body) == expected
