"""Issue 10, round 17: a title that is, or ends on, a time of the calendar.

The swap of titles to first names, places and calendar words (``swap_eval.py --mode
titles-as-names``) lost most where a title is a month, a season of the year or a holiday alone
("January", "Winter", "Easter": a time, never a title's first word, though "Wednesday" with
its season was one), or ends on a month or a day the quotes close after ("“Marlow
Friday”": the last word cut as the sentence's date). Rules ``title.keep.time_word`` and
``title.keep.time_end``. Names invented; the controls give what they gave before.
"""

from __future__ import annotations

import pytest
from articles import facts_of, row

_TIME_WORDS = ["January", "October", "Winter", "Summer", "Easter", "Christmas"]
_OWN_SEASON_FORMS = [
    ("", "{name} season 2 has started filming in Ireland.", (2, "filming_started")),
    ("", "“{name}” season 3 will premiere on Hulu in March 2025.", (3, "premiere")),
    ("", "Marlowe Bay has renewed {name}. {name} season 2 is already filming.",
     (2, "renewed")),
]


@pytest.mark.parametrize("name", _TIME_WORDS)
@pytest.mark.parametrize(("headline", "body", "expected"), _OWN_SEASON_FORMS)
def test_a_time_word_with_its_own_numbered_season_is_a_show(
        name: str, headline: str, body: str, expected: tuple[int, str]) -> None:
    rows = {row(f) for f in facts_of(body.format(name=name), headline.format(name=name))}
    assert (name, *expected) in rows


_QUOTED_ENDS = ["Marlow Friday", "Stella December", "The October", "Ashby June"]
_QUOTED_FORMS = [
    ("", "Hulu renewed “{name}” for a second season.", (2, "renewed")),
    ("'{name}' concludes filming for its fifth and final season",
     "The hit series '{name}' has ended production on its fifth season.",
     (5, "filming_wrapped")),
]


@pytest.mark.parametrize("name", _QUOTED_ENDS)
@pytest.mark.parametrize(("headline", "body", "expected"), _QUOTED_FORMS)
def test_a_quoted_title_keeps_the_month_or_day_it_ends_on(
        name: str, headline: str, body: str, expected: tuple[int, str]) -> None:
    rows = {row(f) for f in facts_of(body.format(name=name), headline.format(name=name))}
    assert (name, *expected) in rows


@pytest.mark.parametrize("name", ["The June", "The Saturday", "The October"])
@pytest.mark.parametrize("body", [
    "HBO is weary after his show {name} stirred controversy and was canceled after one season.",
    "HBO has cancelled {name} after one season.",
])
def test_a_capitalised_the_inside_the_sentence_opens_a_time_title(name: str, body: str) -> None:
    assert (name, 1, "cancelled") in {row(f) for f in facts_of(body.format(name=name))}


_WRITTEN_AS_SHOW_FORMS = [
    ("Marlowe Bay has renewed its legal drama {name} for a ninth and final season.",
     (9, "renewed")),
    ("Marlowe Bay has renewed {name} for an eleventh and final season.", (11, "renewed")),
    ("{name} was renewed for a third season at Marlowe Bay.", (3, "renewed")),
    ("The comedy series {name}, starring Ilse Varga, will premiere its second season in "
     "March 2025.", (2, "premiere")),
]


@pytest.mark.parametrize("name", ["October", "Spring", "Easter", "August"])
@pytest.mark.parametrize(("body", "expected"), _WRITTEN_AS_SHOW_FORMS)
def test_a_time_word_written_as_a_show(name: str, body: str, expected: tuple[int, str]) -> None:
    """After a kind of show, or a decision's object or passive subject before "for"."""
    assert (name, *expected) in {row(f) for f in facts_of(body.format(name=name))}


@pytest.mark.xfail(strict=True, reason="a headline's one-word time before its season is read "
                   "as a headline fragment; the body writes it only as a decision's subject")
def test_a_headline_month_before_its_season() -> None:
    rows = {row(f) for f in facts_of(
        "Prime Video renewed the thriller, which returns next year.",
        "January Season 4 renewed at Prime Video")}
    assert ("January", 4, "renewed") in rows


@pytest.mark.parametrize(("body", "rows"), [
    # the sentence's time, not a title: before a year's season, after a time preposition
    ("The Winter Season 2025 lineup includes Glass Harbor, which premieres in January 2025.",
     {("Glass Harbor", None, "premiere")}),
    ("Glass Harbor will premiere in October season 3 on Hulu.",
     {("Glass Harbor", 3, "premiere")}),
    ("In June season 2 of Glass Harbor premiered on Hulu.", {("Glass Harbor", 2, "premiere")}),
    ("Hulu renewed Glass Harbor on Friday for a second season.",
     {("Glass Harbor", 2, "renewed")}),
    ("Hulu renewed “Glass Harbor” Friday for a second season.",
     {("Glass Harbor", 2, "renewed")}),
    # (round 37: "Ashford Lane returns in December" opens its sentence with its own news and
    # its time, so it is evidenced as a show, ``title.evidence.own_news``; "December" is no
    # part of a title)
    ("Glass Harbor season 3 premieres in June. Ashford Lane returns in December.",
     {("Glass Harbor", 3, "premiere"), ("Ashford Lane", None, "premiere")}),
    ("Wednesday season 2 has started filming in Ireland.", {("Wednesday", 2, "filming_started")}),
    ("Glass Harbor returns after Thanksgiving for season 3.", set()),
    ("Glass Harbor premieres on HBO The Sunday after next.", {("Glass Harbor", None, "premiere")}),
    ("Glass Harbor returns to HBO. The Sunday premiere drew two million viewers.",
     {("Glass Harbor", None, "premiere")}),
    ("Glass Harbor, a drama Christmas viewers loved, was renewed for a second season.",
     {("Glass Harbor", 2, "renewed")}),
    ("Glass Harbor was renewed in June for a third season.", {("Glass Harbor", 3, "renewed")}),
    ("Glass Harbor will premiere its second season in the fall. The series June finale drew "
     "record ratings.", {("Glass Harbor", 2, "premiere")}),
])
def test_controls(body: str, rows: set[tuple[str, int | None, str]]) -> None:
    assert {row(f) for f in facts_of(body)} == rows


# --- a place or a one-word time a status verb governs ------------------------------------------

_PLACES = ["Havana", "Tulsa", "Cuba", "Weekend"]
_GOVERNED_FORMS = [
    ("{name} has been renewed for a fifth season.", (5, "renewed")),
    ("{name} was cancelled after two seasons.", (2, "cancelled")),
    ("ABC has cancelled {name} after two seasons.", (2, "cancelled")),
]


@pytest.mark.parametrize("name", _PLACES)
@pytest.mark.parametrize(("body", "expected"), _GOVERNED_FORMS)
def test_a_place_a_status_verb_governs_is_a_show(name: str, body: str,
                                                  expected: tuple[int, str]) -> None:
    """``title.keep.governed_place``: a city is not renewed."""
    assert (name, *expected) in {row(f) for f in facts_of(body.format(name=name))}


@pytest.mark.parametrize("name", ["Hazel", "Ruby", "Cairo", "Tulsa"])
@pytest.mark.parametrize("body", [
    "The sci-fi series {name}, which is now in production on its second season, returns in May "
    "2025.",
    "The new pandemic-shot comedy {name} will premiere its second season on October 1, 2025.",
])
def test_one_name_right_after_a_kind_of_show_is_the_show(name: str, body: str) -> None:
    assert (name, 2, "premiere") in {row(f) for f in facts_of(body.format(name=name))}


@pytest.mark.parametrize(("body", "rows"), [
    ("Glass Harbor, a drama Jennifer loved, was renewed for a second season.",
     {("Glass Harbor", 2, "renewed")}),
    ("The comedy series Glass Harbor will premiere its second season on October 1, 2025.",
     {("Glass Harbor", 2, "premiere")}),
    ("Netflix renewed Glass Harbor, which films in Tulsa, for a second season.",
     {("Glass Harbor", 2, "renewed")}),
    ("Glass Harbor returns to Havana for its second season, which premieres in May 2025.",
     {("Glass Harbor", 2, "premiere")}),
])
def test_places_controls(body: str, rows: set[tuple[str, int | None, str]]) -> None:
    assert {row(f) for f in facts_of(body)} == rows


@pytest.mark.parametrize("body", [
    "Filming in Prague was cancelled after the storm. Glass Harbor was renewed for a second "
    "season.",
    "Shooting at Havana was cancelled. Glass Harbor was renewed for a second season.",
])
def test_a_place_after_in_or_at_stays_a_place(body: str) -> None:
    assert {r[0] for r in map(row, facts_of(body))} == {"Glass Harbor"}
