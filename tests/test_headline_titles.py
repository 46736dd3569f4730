"""Titles only a headline names, and triggers whose show was not found: a headline list a
status verb governs is a list of titles, and a trigger beside an unfound title-like name never
falls back to another show. Sentences written for these tests."""

from __future__ import annotations

import pytest
from articles import Row, facts_of, rows

from monitor.extract.shows import unfound_title_beside


def _facts(text: str, title: str = "") -> set[Row]:
    return rows(facts_of(text, title))


BODY = ("The network said on Monday that the three comedies will return next season. "
        "Night Ferry ends after its fourth season.")


@pytest.mark.parametrize("headline", [
    "Fox renews Salt Road, Tin Roof and Glass Harbor, cancels Night Ferry",
    "Fox Renews Salt Road, Tin Roof And Glass Harbor, Cancels Night Ferry",
])
def test_a_headline_list_governed_by_a_status_verb_is_a_list_of_titles(headline: str) -> None:
    facts = _facts(BODY, headline)
    renewed = {show for show, _, kind in facts if kind == "renewed"}
    assert renewed == {"Salt Road", "Tin Roof", "Glass Harbor"}
    # "ends after its fourth season": the last season made (season.cancelled_latest_named)
    assert ("Night Ferry", 4, "cancelled") in facts
    # the body's "the three comedies" is not the one show the article names on its own
    assert not any(show == "Night Ferry" and kind == "renewed" for show, _, kind in facts)


def test_a_headline_object_of_a_status_verb_is_a_title() -> None:
    facts = _facts("Night Ferry, the network's drama, is in its fourth season.",
                   "Fox Cancels Glass Harbor")
    assert ("Glass Harbor", None, "cancelled") in facts
    assert not any(show == "Night Ferry" for show, _, _ in facts)


@pytest.mark.parametrize("headline", [
    "What's Getting Renewed This Spring",  # the verb phrase's words, not a title
    "And Now, Fox Has Cancelled Another Comedy",
    "Fox Renews Hit Drama For Season 2",  # a description, not a title
])
def test_headline_words_around_a_status_verb_that_are_no_title(headline: str) -> None:
    shows = {show for show, _, _ in _facts("Night Ferry is in its fourth season.", headline)}
    assert shows <= {"Night Ferry"}
    assert not {"Has", "What's Getting", "Hit Drama"} & shows


def test_a_headline_list_is_validated_like_a_body_list() -> None:
    # mostly people: a cast list, not a list of shows
    facts = _facts("Night Ferry is in its fourth season.",
                   "Fox Renews Jennifer Walsh, Michael Brown And Glass Harbor Star")
    assert not {"Jennifer Walsh", "Michael Brown"} & {show for show, _, _ in facts}


def test_a_trigger_beside_an_unfound_title_does_not_fall_back_to_the_main_show() -> None:
    text = ("Night Ferry returns for season 4 in June. The new film Glass Harbor wrapped "
            "filming on Friday.")
    facts = _facts(text, "Night Ferry Season 4 Update")
    assert not any(kind == "filming_wrapped" for _, _, kind in facts)
    # with no name beside it, the sentence still goes to the article's show
    facts = _facts("Night Ferry returns for season 4 in June. Filming wrapped on Friday.",
                   "Night Ferry Season 4 Update")
    assert ("Night Ferry", 4, "filming_wrapped") in facts


@pytest.mark.parametrize(("text", "expected"), [
    ("The new film Glass Harbor wrapped filming.", "Glass Harbor"),
    ("Glass Harbor has been officially renewed.", "Glass Harbor"),
    ("The network renews Glass Harbor.", "Glass Harbor"),
    ("Jane Doe and John Roe will return.", None),  # people
    ("Filming wrapped on Friday in Atlanta.", None),  # a place; the first word is the verb's
    ("Glass Harbor star Jane Doe said filming wrapped.", None),  # not beside the trigger
])
def test_unfound_title_beside_reads_only_the_subject_and_object_slots(
        text: str, expected: str | None) -> None:
    for word in ("wrapped", "renewed", "renews", "return"):
        at = text.find(word)
        if at >= 0:
            break
    assert unfound_title_beside(text, at, at + len(word), []) == expected


@pytest.mark.parametrize("text", [
    'The first season of "Glass Harbor," a six-episode thriller set in the old kingdom of '
    'Vestmark, premiered in January.',
    "The second season of Glass Harbor, which follows a detective from the Salt Road police "
    "station, premiered in January.",
    "Season 2 of Glass Harbor, from the creators of Tin Roof, premiered in January.",
])
def test_a_show_named_in_an_aside_is_not_the_verb_s_subject(text: str) -> None:
    premieres = {show for show, _, kind in _facts(text) if kind == "premiere"}
    assert premieres == {"Glass Harbor"}
