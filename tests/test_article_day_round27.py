"""Round 27 (r27today): premieres dated from the article's own day, and dates a sentence or
two away from an undated premiere plan.

- ``trigger.arrival_article_day``: the arrival verbs that take a time in any form ("drops",
  "lands", "is out", "comes out", "goes live", "streams on") also take the article's own day:
  "is out today", "drops tonight", "lands on Kestrel tomorrow".
- "at the start / beginning / middle of the month" is the publication month, as "the end of
  the month" was.
- ``date.plan_dated_near_line``: a premiere plan with no time takes the day the sentence after
  a quiet one, or the sentence right before it, gives for going on air.

Invented titles, networks and people only. The article is published on a Wednesday.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import dated_row, explained, facts_of

PUBLISHED = dt.date(2031, 5, 14)  # a Wednesday


def _premieres(body: str, headline: str = "") -> set[tuple[str, int | None, str, str | None]]:
    return {dated_row(f) for f in facts_of(body, headline, PUBLISHED) if f.kind == "premiere"}


# --- the article's own day as an arrival's time ----------------------------------------------

ARTICLE_DAY_CELLS = [
    ("Copper Vale season 2 is out today on Tovrel.", ("Copper Vale", 2, "2031-05-14")),
    ("The third season of Lantern House drops tonight on Kestrel.",
     ("Lantern House", 3, "2031-05-14")),
    ("Salt Road season 2 lands on Kestrel tomorrow.", ("Salt Road", 2, "2031-05-15")),
    ("Season 4 of Nightjar is out tomorrow on Tovrel.", ("Nightjar", 4, "2031-05-15")),
    ("The second series of Harrow Lane comes out tomorrow on Kestrel.",
     ("Harrow Lane", 2, "2031-05-15")),
    ("Salt Road season 3 goes live later today on Tovrel.", ("Salt Road", 3, "2031-05-14")),
]


@pytest.mark.parametrize(("body", "expected"), ARTICLE_DAY_CELLS)
def test_arrival_on_the_article_day(body: str, expected: tuple[str, int, str]) -> None:
    show, season, day = expected
    assert (show, season, "premiere", day) in _premieres(body)


def test_arrival_on_the_article_day_is_named_in_explain() -> None:
    text = explained("Copper Vale season 2 is out today on Tovrel.", "", PUBLISHED)
    assert "trigger.arrival_article_day" in text


MONTH_PART_CELLS = [
    ("Kestrel gave its new drama Lantern House a Tuesday launch at the start of the month.",
     ("Lantern House", 1, "2031-05")),
    ("The new drama Copper Vale launched on Tovrel at the beginning of the month.",
     ("Copper Vale", 1, "2031-05")),
    ("Salt Road season 2 premiered on Kestrel in the middle of the month.",
     ("Salt Road", 2, "2031-05")),
]


@pytest.mark.parametrize(("body", "expected"), MONTH_PART_CELLS)
def test_part_of_the_month_is_the_publication_month(
        body: str, expected: tuple[str, int, str]) -> None:
    show, season, month = expected
    assert (show, season, "premiere", month) in _premieres(body)


# --- a plan's date a sentence or two away ------------------------------------------------------

NEAR_LINE_CELLS = [
    # the sentence after a quiet one, in an article where another show has a premiere
    ("Copper Vale season 3 premiered on Tovrel in 2030. Salt Road will premiere on Kestrel. "
     "The drama follows two sisters in Leeds. The first episode airs on June 3.",
     ("Salt Road", None, "2031-06-03")),
    # the sentence right before the plan
    ("The first episode airs on June 3. The new drama Salt Road will premiere on Kestrel. "
     "Copper Vale season 3 premiered on Tovrel in 2030.", ("Salt Road", 1, "2031-06-03")),
]


@pytest.mark.parametrize(("body", "expected"), NEAR_LINE_CELLS)
def test_plan_dated_by_a_near_line(body: str, expected: tuple[str, int | None, str]) -> None:
    show, season, day = expected
    assert (show, season, "premiere", day) in _premieres(body)


def test_plan_dated_by_a_near_line_is_named_in_explain() -> None:
    text = explained(NEAR_LINE_CELLS[0][0], "", PUBLISHED)
    assert "date.plan_dated_near_line" in text


# --- controls: none of these gives the premiere ------------------------------------------------

def test_control_today_in_quoted_speech_about_another_event() -> None:
    body = ("\"My novel is finally out today in every shop,\" said Maya Lind, as Salt Road "
            "season 2 waits for a date.")
    assert not any(show == "Salt Road" and day == "2031-05-14"
                   for show, _, _, day in _premieres(body))


def test_control_announced_today_premieres_later() -> None:
    body = "Kestrel announced today that Salt Road season 2 will premiere on June 3."
    assert _premieres(body) == {("Salt Road", 2, "premiere", "2031-06-03")}


def test_control_past_season_premiere() -> None:
    body = "Salt Road season 1 premiered on Kestrel in 2029. Season 2 is now filming."
    assert _premieres(body) == {("Salt Road", 1, "premiere", "2029")}


@pytest.mark.parametrize("body", [
    "The Salt Road film is out today in cinemas.",
    "Salt Road star Maya Lind is out today.",
    "The Salt Road season 2 trailer drops today.",
])
def test_control_not_a_season_out_today(body: str) -> None:
    assert _premieres(body) == set()


def test_control_next_sentences_date_another_show() -> None:
    body = ("Copper Vale season 3 premiered on Tovrel in 2030. The new drama Salt Road will "
            "premiere on Kestrel. The drama follows two sisters. Copper Vale season 4 arrives "
            "on June 3.")
    assert not any(show == "Salt Road" for show, _, _, _ in _premieres(body))


def test_control_previous_sentence_goes_on_about_another_show() -> None:
    body = ("Copper Vale season 3 premiered on Tovrel in 2030. The first episode airs on June "
            "3. The new drama Salt Road will premiere on Kestrel.")
    assert not any(show == "Salt Road" for show, _, _, _ in _premieres(body))

