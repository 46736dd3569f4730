"""A show's second fact told by reference far from its name, round 17 (issue 10, r17kinds).

In an article with no main show (a headline listing several), "Season 3 debuted on March 4",
"The series wrapped in April" or "It will have 13 episodes" speak of the show last named on
its own when no sentence since has named any show — however many sentences of history, cast
or quotes stand between (``target.running_subject``, up to twelve). The nearer reach of
``target.last_named`` (four sentences) lost such a fact when the paragraph between was long.
Controls: another show named in between takes the reference; a sentence that does not open
on the reference, a counted subject ("Two comedies ...") or a reference too far back gives
nothing. Every sentence and show is invented for this test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of, rows

PUBLISHED = dt.date(2031, 6, 20)
HEADLINE = "Kestrel renews Tin Roof, Salt Road and Glass Lake, cancels Harrow Lane"
LEAD = ("Kestrel has renewed Tin Roof, Salt Road and Glass Lake. "
        "The network has opted not to renew Harrow Lane for a season 4.")
#: Sentences that name no show and state no event: the history between name and reference.
FILLER = ("The network thanked the producers. \u201cWe are proud of what we made together,"
          "\u201d a spokesperson said. The producers hope to find a new home. Ratings fell all "
          "year. Critics were kinder than viewers. ")


def _article(reference: str, filler: str = FILLER) -> set[tuple[str, int | None, str]]:
    return rows(facts_of(f"{LEAD} {filler}{reference}", HEADLINE, PUBLISHED))


@pytest.mark.parametrize("reference, expected", [
    ("Season 3 premiered on Sunday, March 4.", ("Harrow Lane", 3, "premiere")),
    ("Season 3 debuted in March to small audiences.", ("Harrow Lane", 3, "premiere")),
    ("Season three launched on March 4.", ("Harrow Lane", 3, "premiere")),
    ("Season 3 wrapped filming in January.", ("Harrow Lane", 3, "filming_wrapped")),
    ("Season 3 began filming in June 2030.", ("Harrow Lane", 3, "filming_started")),
], ids=["season-premiered", "season-debuted", "season-words", "season-wrapped",
        "season-started"])
def test_a_season_reference_far_from_the_name_is_the_running_subjects(
        reference: str, expected: tuple[str, int, str]) -> None:
    assert expected in _article(reference)


@pytest.mark.parametrize("reference, expected", [
    ("The series premiered its third season on March 4.", ("Harrow Lane", 3, "premiere")),
    ("The drama's third season premiered on March 4.", ("Harrow Lane", 3, "premiere")),
    ("Its third season premiered on March 4.", ("Harrow Lane", 3, "premiere")),
    ("The comedy wrapped filming on its third season in January.",
     ("Harrow Lane", 3, "filming_wrapped")),
], ids=["series-premiered", "drama-possessive", "its", "comedy-wrapped"])
def test_a_described_reference_is_read_as_before(
        reference: str, expected: tuple[str, int, str]) -> None:
    # controls: "the series", "its" reach the paragraph's show by the older readings
    assert expected in _article(reference)


def test_a_reference_within_four_sentences_is_read_as_before() -> None:
    # control: the nearer reach (target.last_named) already gave it
    assert ("Harrow Lane", 3, "premiere") in _article(
        "Season 3 premiered on Sunday, March 4.", filler="Ratings fell all year. ")


def test_another_show_named_in_between_takes_the_reference() -> None:
    found = _article("Season 3 premiered on Sunday, March 4.",
                     filler=FILLER + "Salt Road drew twice the audience. ")
    assert ("Harrow Lane", 3, "premiere") not in found
    assert ("Salt Road", 3, "premiere") in found


@pytest.mark.parametrize("sentence", [
    "Fans said the show premiered too early in the year.",
    "Two comedies premiered on Sunday, March 4.",
    "Kestrel premiered three new dramas on March 4.",
], ids=["reference-not-opening", "counted-subject", "no-reference"])
def test_no_reference_at_the_start_gives_nothing(sentence: str) -> None:
    assert not {r for r in _article(sentence) if r[2] == "premiere"}


def test_a_reference_too_far_back_gives_nothing() -> None:
    found = _article("Season 3 premiered on Sunday, March 4.", filler=FILLER * 3)
    assert not {r for r in found if r[2] == "premiere"}
