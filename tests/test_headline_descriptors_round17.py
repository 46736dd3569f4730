"""Words that describe the show before its title in a headline (issue 10, round 17, branch
r17heads).

"Cult Hit Night Ferry Renewed For Season 3", "Emmy-Winning Night Ferry Cancelled After Two
Seasons", "Netflix Renews Fan-Favorite Night Ferry": the title-case run glued the praise or
fame to the title, and the fact went to "Cult Hit Night Ferry" even over a body that names
"Night Ferry" (a title longer than the show's, the shape of the sealed fold's premiere misses
in the round's count). The describing words (a list, and compounds ending "-winning", "-led",
"-starring" ...) with a network or a kind of show among them are cut from the run's front and
the title after them is cued; one plain word ("Beloved X") or an article after them ("Cult Hit
The X") only where the body writes the rest whole. Controls: a title opening with an article
and such a word, a title the body writes whole, "Breakout Ridge" and "Hit The Shoals" over a
body that does not tell.

Every title and sentence here is invented for this test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of

from monitor.extract.shows import normalise_title

PUBLISHED = dt.date(2031, 3, 10)
URL = "https://news.example/r17d"

DESCRIPTORS = ["Cult Hit", "Fan-Favorite", "Emmy-Winning", "Beloved", "Critically Acclaimed",
               "Hit Drama", "Streaming Hit", "Breakout Comedy", "Hulu Hit", "Jane Doe-Led",
               "Sleeper Hit"]
TITLES = ["Night Ferry", "The Glass Orchard", "KNOX Unit"]
HEADLINES = [("{D} {T} Renewed For Season 3", "renewed"),
             ("{D} {T} Cancelled After Two Seasons", "cancelled"),
             ("Netflix Renews {D} {T}", "renewed"),
             ("{D} {T} Premieres June 4 On Hulu", "premiere")]
BODIES = {
    "whole": "{T} follows two sisters who run a ferry between islands.",
    "series": "The series follows two sisters who run a ferry between islands.",
}
_HIT_THE = ("'... Hit The X Premieres June 4' is read as a premiere event (drop.premiere_event, "
            "the word 'Hit' before 'The'), not the show's premiere")


def _cells() -> list[object]:
    cells: list[object] = []
    for headline, kind in HEADLINES:
        for words in DESCRIPTORS:
            for title in TITLES:
                for body in BODIES:
                    if body == "series" and (title.startswith("The ") or (
                            " " not in words and "-" not in words) or words == "Hulu Hit"):
                        continue  # one plain word or an article after: the body must tell
                    reason = _HIT_THE if "Premieres" in headline and words.endswith(
                        " Hit") and title.startswith("The ") else None
                    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
                    cells.append(pytest.param(
                        headline.format(D=words, T=title), body, title, kind, marks=marks,
                        id=f"{headline.split()[-1]}-{words}-{title}-{body}"))
    return cells


@pytest.mark.parametrize("headline,body,title,kind", _cells())
def test_describing_words_before_the_title(headline: str, body: str, title: str,
                                           kind: str) -> None:
    facts = facts_of(BODIES[body].format(T=title), headline, PUBLISHED, URL)
    rows = {(normalise_title(f.show), f.kind) for f in facts}
    assert (normalise_title(title), kind) in rows, rows
    assert {normalise_title(f.show) for f in facts} == {normalise_title(title)}, rows


@pytest.mark.parametrize("headline,body,expected", [
    # an article before the word: the title's own ("The Hit List")
    ("Hulu Renews The Hit List For Season 3", "The series follows two detectives.",
     {("The Hit List", "renewed")}),
    # the body writes the whole run
    ("Beloved Strangers Renewed For Season 2", "Beloved Strangers follows two pen pals.",
     {("Beloved Strangers", "renewed")}),
    # one plain word or an article after it, and a body that does not tell: left whole
    ("Breakout Ridge Renewed For Season 2", "The series follows two marshals.",
     {("Breakout Ridge", "renewed")}),
    ("Hit The Shoals Renewed For Season 2", "The series follows a dance team.",
     {("Hit The Shoals", "renewed")}),
])
def test_a_title_holding_such_a_word_keeps_it(headline: str, body: str,
                                              expected: set[tuple[str, str]]) -> None:
    facts = facts_of(body, headline, PUBLISHED, URL)
    assert {(f.show, f.kind) for f in facts} == expected, [(f.show, f.kind) for f in facts]
