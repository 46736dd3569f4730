"""A decision written before the show in a headline, and the show's news after it (issue 10,
round 17, branch r17heads).

"Jane Doe Joins Hulu's Now-Cancelled Night Ferry" gave no fact: the title-case run glued the
hyphenated decision to the title ("Now-Cancelled Night Ferry"), which the body never names.
"Hulu's Recently Renewed Night Ferry Adds Jane Doe" renewed "Night Ferry Adds Jane Doe". In a
sentence "the now-cancelled Night Ferry" already gives the cancellation; in a headline the
decision word now ends before the title and cues it, and a verb whose object follows the show
("Adds", "Casts", "Finds") ends the title. Each wording is put over several title forms and
a body that writes the title whole or calls it "the series" (the eight cells "Jane Doe
Joins Hulu's Recently Renewed X", two words with "Renewed" a break word, already pass on
main; the other 184 fail there). Controls: the sentences' form,
a title the body writes whole with such a verb inside it.

Every title and sentence here is invented for this test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of

from monitor.extract.shows import normalise_title

PUBLISHED = dt.date(2031, 3, 10)
URL = "https://news.example/r17a"

TITLES = ["Night Ferry", "The Glass Orchard", "Marlow's Crossing", "KNOX Unit"]
BODIES = {
    "series": "The series follows two sisters who run a ferry between islands.",
    "whole": "{T} follows two sisters who run a ferry between islands.",
}
DECISIONS = {"cancelled": ["Now-Cancelled", "Now-Canceled", "Recently-Axed"],
             "renewed": ["Just-Renewed", "Newly-Renewed", "Recently Renewed"]}
FRAMES = [
    "Jane Doe Joins Hulu's {A} {T}",
    "{A} {T} Adds Jane Doe",
    "Hulu's {A} {T} Casts Jane Doe As A Ferry Captain",
    "{A} {T} Finds A Home On DVD",
]


def _cells() -> list[object]:
    return [pytest.param(frame.format(A=word, T=title), body, title, kind,
                         id=f"{frame.split()[1]}-{word}-{title}-{body}")
            for kind, words in DECISIONS.items() for word in words for frame in FRAMES
            for title in TITLES for body in BODIES]


@pytest.mark.parametrize("headline,body,title,kind", _cells())
def test_a_decision_before_the_show_in_a_headline(headline: str, body: str, title: str,
                                                  kind: str) -> None:
    facts = facts_of(BODIES[body].format(T=title), headline, PUBLISHED, URL)
    rows = {(normalise_title(f.show), f.kind) for f in facts}
    assert (normalise_title(title), kind) in rows, rows
    assert {normalise_title(f.show) for f in facts} == {normalise_title(title)}, rows


# --- controls ---------------------------------------------------------------------------------

@pytest.mark.parametrize("headline,body,expected", [
    ("TV news", "Jane Doe, who starred in the now-cancelled Night Ferry, will lead a new "
     "comedy for Hulu.", {("Night Ferry", "cancelled")}),
    ("TV news", "Hulu's recently renewed Night Ferry will add Jane Doe as a series regular.",
     {("Night Ferry", "renewed")}),
    # a title holding such a verb, written whole by the body
    ("Hulu Renews Love Finds Andy Hale", "Love Finds Andy Hale follows a matchmaker in Ohio.",
     {("Love Finds Andy Hale", "renewed")}),
])
def test_the_sentence_form_and_a_title_holding_the_verb(headline: str, body: str,
                                                        expected: set[tuple[str, str]]) -> None:
    facts = facts_of(body, headline, PUBLISHED, URL)
    assert {(f.show, f.kind) for f in facts} == expected, [(f.show, f.kind) for f in facts]


@pytest.mark.xfail(strict=True, reason="a title named once, with nothing but the attributive "
                   "decision to show it is a TV show, is dropped as unevidenced (evidence.py)")
def test_an_attributive_decision_alone_evidences_the_show() -> None:
    facts = facts_of("Jane Doe has joined the cast of the now-cancelled Night Ferry.", "TV news",
                     PUBLISHED, URL)
    assert {(f.show, f.kind) for f in facts} == {("Night Ferry", "cancelled")}
