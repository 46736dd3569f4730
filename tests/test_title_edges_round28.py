"""Round 28: a title's whole span when a calendar word stands at its edge.

Titles built of first names, places and calendar words ("Oslo December", "Friday Paris",
"Lantern Sunday") lost their calendar word to ``clean_title``, which cuts a day or a month at a
span's edge as the sentence's date, and the rest was often vetoed as a lone place or first
name. ``title.span.calendar_edge`` (``shows.calendar_edged``) puts the word back when every
mention of the cut title carries it at the same edge and one of them at least stands where no
date can: a day or month before a name with no time's preposition, number or verb of saying
before it; after a name a month, season or holiday with no date's number or broadcast noun
after it, a day of the week only before the subject's verb, a season phrase or a headline's
colon. Controls: real dates before and after titles, owners' names, lists of plain titles.
"""

from __future__ import annotations

import pytest
from articles import dated_row, explained, facts_of

from monitor.extract.shows import calendar_edged


def _facts(headline: str, body: str) -> list[tuple[str, int | None, str, str | None]]:
    return sorted(dated_row(f) for f in facts_of(body, headline))


# --- cells that fail on the base -----------------------------------------------------------

def test_month_after_a_place_in_headline_and_body() -> None:
    assert _facts("Oslo December: Kestrel drama gets a second series",
                  "Kestrel drama Oslo December has been commissioned for a second series. "
                  "Oslo December drew record ratings.") == [
        ("Oslo December", 2, "renewed", "2024-05")]


def test_weekday_opening_a_listed_title() -> None:
    facts = _facts("TV news", "Tovrel canceled original shows Copper Vale, Friday Paris and "
                   "Salt Road on Thursday.")
    assert ("Friday Paris", None, "cancelled", "2024-05-09") in facts
    assert not any(show == "Paris" for show, *_ in facts)


def test_weekday_ending_a_title_before_its_season() -> None:
    facts = _facts("TV news", "Kestrel, which is bringing Salt Road back for a final season, "
                   "Lantern Sunday back for season 4 and Copper Vale for season 2.")
    assert ("Lantern Sunday", 4, "renewed", "2024-05") in facts
    assert not any(kind == "premiere" for _, _, kind, _ in facts)


def test_month_ending_a_title_after_a_kind_of_show() -> None:
    assert _facts("TV news", "Record-breaking Tovrel drama Lisbon June has been renewed for a "
                  "second series.") == [("Lisbon June", 2, "renewed", "2024-05")]


def test_first_name_and_month_before_a_season_phrase() -> None:
    facts = _facts("Mabel October Season 2: when will it arrive?",
                   "Kestrel's Mabel October has been confirmed for a second season. When "
                   "will Mabel October Season 2 arrive? Filming on Mabel October Season 2 "
                   "began in March.")
    assert {row[:3] for row in facts} >= {("Mabel October", 2, "renewed"),
                                          ("Mabel October", 2, "filming_started")}
    assert not any(show == "Mabel" for show, *_ in facts)


def test_weekday_ending_a_title_that_is_the_subject() -> None:
    assert _facts("TV news", "Kyoto Friday has been renewed for a third season by Tovrel. "
                  "Kyoto Friday follows a chef in a small town.") == [
        ("Kyoto Friday", 3, "renewed", "2024-05")]


def test_rule_is_shown_by_explain() -> None:
    text = explained("Tovrel has renewed Saturday Lantern. Saturday Lantern returns in May.",
                     "TV news")
    assert "title.span.calendar_edge" in text


@pytest.mark.parametrize("titles, texts, expected", [
    (["Harbor"], ["Tovrel renewed Monday Harbor. Monday Harbor returns in May."],
     {"Harbor": "Monday Harbor"}),
    (["Ada"], ["Ada June has been renewed."], {"Ada": "Ada June"}),
    (["Tower"], ["Kestrel cancelled Monday Tower August after two seasons."],
     {"Tower": "Monday Tower August"}),
    (["Copper"], ["Copper Friday Season 2 is coming.", "Copper Friday is back."],
     {"Copper": "Copper Friday"}),
])
def test_calendar_edged(titles: list[str], texts: list[str], expected: dict[str, str]) -> None:
    assert calendar_edged(titles, texts) == expected


# --- controls: real dates beside titles stay dates, titles stay as they are ----------------

@pytest.mark.parametrize("body, expected", [
    ("Kestrel renewed Salt Road on Monday for a second season.",
     [("Salt Road", 2, "renewed", "2024-05-06")]),
    ("Monday, Kestrel renewed Salt Road for a second season.",
     [("Salt Road", 2, "renewed", "2024-05-06")]),
    ("Kestrel renewed Salt Road Monday for a second season.",
     [("Salt Road", 2, "renewed", "2024-05-06")]),
    ("Kestrel said Monday Salt Road will return for a second season.",
     [("Salt Road", 2, "renewed", "2024-05")]),
    ("On Friday Salt Road was renewed for a second season.",
     [("Salt Road", 2, "renewed", "2024-05-10")]),
    ("In June Salt Road was renewed for a second season.",
     [("Salt Road", 2, "renewed", "2023-06")]),
    ("Kestrel renewed Salt Road June 5 for a second season.",
     [("Salt Road", 2, "renewed", "2023-06-05")]),
    ("Ada Lin's Salt Road has been renewed for a second season.",
     [("Salt Road", 2, "renewed", "2024-05")]),
    ("Kestrel canceled Salt Road, Copper Vale and Lantern House.",
     [("Copper Vale", None, "cancelled", "2024-05"),
      ("Lantern House", None, "cancelled", "2024-05"),
      ("Salt Road", None, "cancelled", "2024-05")]),
    ("Salt Road returns Sunday Night on Kestrel for its second season.",
     [("Salt Road", None, "premiere", "2024-05-12")]),
])
def test_control_real_dates_and_plain_titles(
        body: str, expected: list[tuple[str, int | None, str, str | None]]) -> None:
    assert _facts("TV news", body) == expected


@pytest.mark.parametrize("titles, texts", [
    (["Salt Road"], ["Kestrel renewed Salt Road Monday."]),  # a weekday after the object
    (["Salt Road"], ["Kestrel renewed Salt Road Monday.", "Salt Road returns in May."]),
    (["Salt Road"], ["Salt Road June 5 is the day.", "The Salt Road June premiere."]),
    (["Salt Road"], ["On Monday Salt Road was renewed."]),
    (["Salt Road"], ["Tovrel announced Monday Salt Road will end."]),
    (["Night Football"], ["Sunday Night Football season kicked off."]),
    (["Salt Road"], ["Monday Salt Road and Friday Salt Road."]),  # two words: no one title
])
def test_control_calendar_edged_leaves(titles: list[str], texts: list[str]) -> None:
    assert calendar_edged(titles, texts) == {}
