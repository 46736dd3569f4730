"""Round 18: a date's year read off the sentence, not the article (issue 10).

- ``date.anaphoric_year``: "later that year", "the same year", "the following year", "later in
  the year" after a date are that date's year ("the following year": the one after); "later that
  year" with no date before it dates nothing (the fallbacks decide).
- ``date.opening_year_frame``: "Last year, ...", "In 2031, ..." opening a sentence give a date
  without a year in it that year.
- A word in -ed after a determiner ("another animated comedy") is no second predicate between a
  cancellation and the one date its sentence gives ("... last year").

Invented names throughout; the articles are published on 10 May 2024.
"""

from __future__ import annotations

import pytest
from articles import dated_rows, facts_of, make_article

from monitor.extract.explain import explain

SHOWS = ("Tollbridge Lane", "Harrow Lane")


def _dated(body: str, headline: str = "") -> set[tuple[str, int | None, str, str | None]]:
    return dated_rows(facts_of(body, headline))


# --- date.anaphoric_year ----------------------------------------------------------------------

ANCHORS = (("in January 2022", "2022"), ("on March 3, 2021", "2021"), ("last year", "2023"),
           ("in 2020", "2020"))
SAME_YEAR = ("later that year", "later in the year", "the same year", "later that same year",
             "that same year")
SECOND = (
    ("with season 4 set to premiere {w}", 4, "premiere"),
    ("and season 4 premiered {w}", 4, "premiere"),
    ("and filming on season 4 began {w}", 4, "filming_started"),
)


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("anchor", ANCHORS, ids=lambda a: a[0].replace(" ", "-"))
@pytest.mark.parametrize("words", SAME_YEAR)
@pytest.mark.parametrize("second", SECOND, ids=lambda s: s[2] + s[0][:8].replace(" ", "-"))
def test_a_year_named_by_reference_is_the_earlier_dates(
        show: str, anchor: tuple[str, str], words: str, second: tuple[str, int, str]) -> None:
    when, year = anchor
    clause, season, kind = second
    body = f"{show} season 3 premiered {when}, {clause.format(w=words)}."
    facts = _dated(body)
    assert (show, season, kind, year) in facts


@pytest.mark.parametrize("anchor", ANCHORS, ids=lambda a: a[0].replace(" ", "-"))
def test_the_following_year_is_the_year_after(anchor: tuple[str, str]) -> None:
    when, year = anchor
    body = f"Tollbridge Lane season 3 premiered {when}, and season 4 premiered the following year."
    assert ("Tollbridge Lane", 4, "premiere", str(int(year) + 1)) in _dated(body)


def test_later_that_year_alone_dates_nothing() -> None:
    facts = _dated("Tollbridge Lane season 4 will premiere later that year on Corvane Play.")
    assert all(f[3] != "2024" for f in facts if f[2] == "premiere")


def test_the_rule_is_named_in_the_explanation() -> None:
    article = make_article("Tollbridge Lane season 3 premiered in January 2022, with season 4 "
                           "set to premiere later that year.")
    assert "date.anaphoric_year" in explain(article)[1]


# --- date.opening_year_frame ------------------------------------------------------------------

FRAMES = (("Last year", "2023"), ("In 2021", "2021"), ("Back in 2022", "2022"),
          ("Early last year", "2023"))
YEARLESS = (
    ("{s} premiered its third season in March", 3, "premiere", "-03"),
    ("{s} wrapped filming on its third season in October", 3, "filming_wrapped", "-10"),
    ("{s} season 3 began filming in late June", 3, "filming_started", "-06"),
    ("{s} season 3 premiered on March 3", 3, "premiere", "-03-03"),
)


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("frame", FRAMES, ids=lambda f: f[0].replace(" ", "-"))
@pytest.mark.parametrize("event", YEARLESS, ids=lambda e: e[2] + e[3])
def test_an_opening_year_frames_the_sentence(show: str, frame: tuple[str, str],
                                             event: tuple[str, int, str, str]) -> None:
    words, year = frame
    clause, season, kind, rest = event
    body = f"{words}, {clause.format(s=show)}."
    assert (show, season, kind, year + rest) in _dated(body)


def test_the_frame_is_named_in_the_explanation() -> None:
    article = make_article("Last year, Tollbridge Lane premiered its third season in March.")
    assert "date.opening_year_frame" in explain(article)[1]


# --- a cancellation's one date past an adjective in -ed ---------------------------------------

@pytest.mark.parametrize("adjective", ("animated", "acclaimed", "critically acclaimed",
                                       "celebrated"))
@pytest.mark.parametrize("when, year", (("last year", "2023"), ("in 2022", "2022")))
def test_a_cancellation_keeps_its_date_past_an_adjective(adjective: str, when: str,
                                                         year: str) -> None:
    body = (f"The network also previously cancelled another {adjective} comedy of theirs, "
            f"Tollbridge Lane, after two seasons and 30 episodes {when}.")
    assert ("Tollbridge Lane", 2, "cancelled", year) in _dated(body)


# --- controls: what these sentences give today, they keep --------------------------------------

@pytest.mark.parametrize("body, expected", [
    ("Tollbridge Lane season 4 will premiere later in the year.",
     ("Tollbridge Lane", 4, "premiere", "2024")),
    ("Tollbridge Lane season 3 will premiere on March 3.",
     ("Tollbridge Lane", 3, "premiere", "2025-03-03")),
    ("Tollbridge Lane was renewed for a third season last month.",
     ("Tollbridge Lane", 3, "renewed", "2024-04")),
    ("Tollbridge Lane was renewed for a third season earlier this year.",
     ("Tollbridge Lane", 3, "renewed", "2024")),
    ("Tollbridge Lane was cancelled last year after two seasons.",
     ("Tollbridge Lane", 2, "cancelled", "2023")),
    ("This year, Tollbridge Lane premiered its third season in March.",
     ("Tollbridge Lane", 3, "premiere", "2024-03")),
    ("Next year, Tollbridge Lane will premiere its third season in March.",
     ("Tollbridge Lane", 3, "premiere", "2025-03")),
    ("Tollbridge Lane season 3 premiered in March, and season 4 will premiere later this year.",
     ("Tollbridge Lane", 4, "premiere", "2024")),
])
def test_controls(body: str, expected: tuple[str, int, str, str]) -> None:
    assert expected in _dated(body)


# --- the time since an announcement dates the decision it announced ----------------------------

SUBJECTS = ("Corvane Play", "Corvane Play's creators Anna Vell and Bo Marr (of Salt Road fame)",
            "the streamer's head of drama, speaking to reporters at the upfronts in New York,")
SINCE = (("nearly a month since", "2024-04"), ("two weeks since", "2024-04"),
         ("five weeks since", "2024-04"))
DECIDED = (("confirmed that Tollbridge Lane would return for a second season", 2, "renewed"),
           ("announced that Tollbridge Lane would be renewed for a second season", 2, "renewed"),
           ("revealed that Tollbridge Lane had been cancelled after two seasons", 2, "cancelled"))


@pytest.mark.parametrize("subject", SUBJECTS, ids=("short", "long", "aside"))
@pytest.mark.parametrize("since", SINCE, ids=lambda s: s[0].replace(" ", "-"))
@pytest.mark.parametrize("decided", DECIDED, ids=lambda d: d[2] + d[0][:6])
def test_the_time_since_the_announcement_dates_the_decision(
        subject: str, since: tuple[str, str], decided: tuple[str, int, str]) -> None:
    words, month = since
    clause, season, kind = decided
    body = f"We're coming up on {words} {subject} {clause}."
    assert ("Tollbridge Lane", season, kind, month) in _dated(body)


@pytest.mark.parametrize("body, expected", [
    ("It has been a month since Corvane Play announced that Tollbridge Lane season 2 will "
     "premiere in August.", ("Tollbridge Lane", 2, "premiere", "2024-08")),
    ("It has been a month since Corvane Play renewed Tollbridge Lane for a second season.",
     ("Tollbridge Lane", 2, "renewed", "2024-04")),
])
def test_since_controls(body: str, expected: tuple[str, int, str, str]) -> None:
    assert expected in _dated(body)
