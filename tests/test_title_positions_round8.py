"""Titles proposed by their grammatical place (round 8): the subject of a status phrase
further on in its clause, the object of a shoot begun or ended "on" it, a title ending in "!"
or "?" its sentence runs on after, and a title holding "and" after a fronted adverb when its
verb agrees with one subject. Invented titles of one to seven words with "of", "the", "in",
"and", "a", "to", "for", ":", "&", "'" and "!" inside, each in every position; every sentence
is written for this test about invented shows. A bare sentence gives no evidence beside a
name that it is a TV show, so what is checked is the show proposed (a fact made, or held back
by ``drop.unevidenced_title`` alone: ``test_title_probes.proposed``)."""

from __future__ import annotations

import pytest
from test_title_probes import proposed_shows as _shows

from monitor.extract.shows import normalise_title

FORMS = {
    "one_word": "Driftwood",
    "with_of_the": "Lords of the Marsh",
    "with_in_the": "Tales in the Dark",
    "with_to": "Love to Hate You",
    "with_for": "Gone for Good",
    "apostrophe_long": "The Lighthouse Keeper's Daughter",
    "ampersand": "Run & Hide",
    "exclamation": "Stop!",
    "colon_with_a": "Marigold: A Life in Pieces",
    "seven_words": "The Girl in the Blue Wool Coat",
    "with_and": "Salt and Pepper",
}

POSITIONS = {
    # the subject of a renewal its clause names further on
    "set_to_get_renewal": "{t} is set to get a multi-year renewal.",
    "poised_to_get_renewal": "{t} is now thought to be about to get a renewal.",
    "lands_early_renewal": "{t} is about to land an early renewal at Netflix.",
    # the object of a shoot begun or ended on it
    "filming_begun_on": "Filming has begun on {t} in Toronto.",
    "production_wrapped_on": "Production officially wrapped on {t} last week.",
    "cameras_rolling_on": "Cameras are rolling on {t}, the studio said.",
    # a fronted adverb, then the subject
    "fronted_adverb": "Meanwhile, {t} was cancelled after two seasons.",
    "fronted_adverb_has": "Elsewhere, {t} has been renewed for a third season.",
    # after "that", a clause boundary
    "after_that": "Netflix said that {t} will return for a second season.",
    "subject_plain": "{t} has been renewed for a second season.",
    "object_plain": "Hulu cancelled {t} after two seasons.",
}

#: Probes that still fail, each with why (strict: a fix turns the test red).
KNOWN_GAPS: dict[tuple[str, str], str] = {}


def _cases() -> list[object]:
    return [pytest.param(form, position, id=f"{position}-{form}", marks=[pytest.mark.xfail(
                strict=True, reason=KNOWN_GAPS[(position, form)])]
                if (position, form) in KNOWN_GAPS else [])
            for position in POSITIONS for form in FORMS]


@pytest.mark.parametrize(("form", "position"), _cases())
def test_title_found_by_its_place(form: str, position: str) -> None:
    text = POSITIONS[position].format(t=FORMS[form])
    assert normalise_title(FORMS[form]) in _shows(text), (text, _shows(text))


@pytest.mark.parametrize("text", [
    "Meanwhile, Salt and Pepper was cancelled after two seasons.",
    "Also, Run & Hide has been renewed for a second season.",
])
def test_one_show_after_a_fronted_adverb_when_the_verb_is_singular(text: str) -> None:
    shows = _shows(text)
    assert "salt" not in shows and "run" not in shows, shows
    assert len(shows) == 1, shows


def test_a_list_after_a_name_stays_a_list() -> None:
    shows = _shows("Netflix renewed Glass Harbor, Old Pines and Red Kettle.")
    assert {"glass harbor", "old pines", "red kettle"} <= shows, shows


@pytest.mark.parametrize("text", [
    "Filming began on Vancouver Island in March.",
    "Production wrapped on March 4 in Atlanta.",
    "Filming began on Monday in Toronto.",
    "Production Starts on Amazon Original \u2018Glass Harbor\u2019 S2 || Cameras rolled on "
    "Monday.",
])
def test_what_a_shoot_is_on_that_is_no_show(text: str) -> None:
    shows = _shows(text)
    assert not shows & {"vancouver island", "march", "monday", "original", "amazon original"}, \
        shows


def test_a_sentence_ending_in_an_exclamation_is_no_title() -> None:
    shows = _shows("Netflix renewed Glass Harbor! Fans celebrated the news.")
    assert shows == {"glass harbor"}, shows


#: Titles with a lower-case inner word beyond the connectors, said once in prose.
INNER_FORMS = {
    "by": "Dead by Dawn",
    "as": "Life as We Knew It",
    "under": "Born under Fire",
    "up": "Caught up Again",
    "without": "Nine Days without Rain",
}

#: The slots a show's name stands in: there the inner word is the title's.
SLOTS = {
    "subject": "{t} has been cancelled after one season.",
    "subject_after_that": "Hulu said that {t} will return for a second season.",
    "subject_after_comma": "In other news, {t} has been renewed for a third season.",
    "object_for": "Netflix has renewed {t} for a second season.",
    "object_after": "Hulu cancelled {t} after two seasons.",
    "object_end": "The streamer quietly cancelled {t}.",
}


@pytest.mark.parametrize(("form", "slot"), [
    pytest.param(form, slot, id=f"{slot}-{form}") for slot in SLOTS for form in INNER_FORMS])
def test_an_inner_word_in_a_status_slot_is_the_titles(form: str, slot: str) -> None:
    text = SLOTS[slot].format(t=INNER_FORMS[form])
    assert normalise_title(INNER_FORMS[form]) in _shows(text), (text, _shows(text))


@pytest.mark.parametrize(("text", "shows"), [
    # two names around a word prose relates them by: two shows, as before
    ("Netflix renewed Glass Harbor over Red Kettle.", {"glass harbor"}),
    ("Netflix renewed Glass Harbor after Red Kettle ended.", {"glass harbor"}),
    # no status slot: a credit, not a title
    ("Netflix renewed Glass Harbor, created by Maya Lind, for a second season.",
     {"glass harbor"}),
    ("Netflix renewed Glass Harbor as Red Kettle ends its run.", {"glass harbor"}),
])
def test_an_inner_word_outside_a_slot_joins_nothing(text: str, shows: set[str]) -> None:
    found = _shows(text)
    assert shows <= found and not any(" over " in s or " as " in s or " by " in s
                                      or " after " in s for s in found), found
