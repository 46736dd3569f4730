"""A headline that says a premiere date was given is dated by the body
(``trigger.headline_premiere_date_given``, ``date.headline_date_in_body``, issue 10, round 23).

"Salt Road season 2 premiere date revealed" over a body that gives the date in a line of its
own shape ("New episodes drop March 4 on Kestrel.", "Mark your calendars: March 4.", "Ana
Ruiz's drama returns March 4.") gave nothing: the headline's premiere has no time and was
dropped at once (``drop.undated_premiere``), and the body's line made no premiere of the
show. The headline's premiere now waits, and takes the one day to come the body gives in lines
naming no other show, season or kind of event; none, or two, leave it dropped.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of

from monitor.extract import rules

PUBLISHED = dt.date(2025, 2, 1)
TITLES = ("Salt Road", "Copper Vale", "Quillmarsh")
HEADLINES = (
    "{T} season 2 premiere date revealed",
    "{T} gets a premiere date",
    "{T} premiere date announced",
    "{T} season 2: release date, cast and plot",
)
BODIES = (
    "New episodes drop March 4.",
    "Mark your calendars: March 4.",
    "Ana Ruiz's drama returns March 4.",
)


def _premieres(headline: str, body: str, show: str) -> set[tuple[str | None, str]]:
    return {(f.date, f.certainty) for f in facts_of(body, headline, published=PUBLISHED)
            if f.kind == "premiere" and f.show == show}


def _article(title: str, line: str) -> str:
    return f"{title} follows two sisters who run a bakery. {line} The cast includes Mara Quinn."


@pytest.mark.parametrize("body", BODIES)
@pytest.mark.parametrize("headline", HEADLINES)
@pytest.mark.parametrize("title", TITLES)
def test_the_body_dates_the_headlines_premiere(title: str, headline: str, body: str) -> None:
    found = _premieres(headline.format(T=title), _article(title, body), title)
    assert found == {("2025-03-04", "expected")}


UNDATED = {
    "two_days": "New episodes drop March 4 or March 11.",
    "guessed": "We expect new episodes to arrive on March 4.",
    "other_show": "Harbor Lights returns on March 4.",
    "other_kind": "Filming starts March 4.",
    "past_only": "The first season arrived on January 12.",
    "none": "The date will be announced soon.",
}


@pytest.mark.parametrize("body", UNDATED)
@pytest.mark.parametrize("title", TITLES)
def test_no_single_date_to_come_leaves_it_dropped(title: str, body: str) -> None:
    found = _premieres(f"{title} season 2 premiere date revealed",
                       _article(title, UNDATED[body]), title)
    assert not {(d, c) for d, c in found if d == "2025-03-04"}
    assert not [d for d, _ in found if d is None]


MISSING = (
    "No premiere date yet for {T} season 2",
    "{T} season 2 premiere date delayed",
    "{T} season 2 could get a premiere date soon",
)


@pytest.mark.parametrize("headline", MISSING)
@pytest.mark.parametrize("title", TITLES)
def test_a_date_missing_moved_or_guessed_is_no_date_given(title: str, headline: str) -> None:
    found = _premieres(headline.format(T=title), _article(title, "Mark your calendars: March "
                                                          "4."), title)
    assert ("2025-03-04", "expected") not in found


def test_a_body_line_stating_the_premiere_still_decides() -> None:
    body = _article("Salt Road", "Salt Road season 2 premieres March 4 on Kestrel.")
    found = _premieres("Salt Road season 2 premiere date revealed", body, "Salt Road")
    assert {d for d, _ in found} == {"2025-03-04"}


def test_explain_names_the_rules() -> None:
    with rules.tracing() as trace:
        facts_of(_article("Salt Road", "Mark your calendars: March 4."),
                 "Salt Road season 2 premiere date revealed", published=PUBLISHED)
    used = {name for e in trace.events for name in e.rules}
    assert {"trigger.headline_premiere_date_given", "date.headline_date_in_body"} <= used


@pytest.mark.parametrize("line", [
    "The new battle pass for consoles: March 4.",
    "The film version opens in cinemas on March 4.",
    "The companion podcast launches March 4.",
])
def test_a_line_about_another_medium_gives_no_date(line: str) -> None:
    found = _premieres("Salt Road season 3 release date set", _article("Salt Road", line),
                       "Salt Road")
    assert ("2025-03-04", "expected") not in found
