"""Reference: "the series", "it", an opening season number → the article's main show or the
show the last sentences named; "both dramas", "all three series" → the list just named; "Two
other series won't come back. They are A and B." → the list that follows. Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt

from articles import Row, facts_of, rows

PUBLISHED = dt.date(2022, 6, 30)


def _facts(text: str, title: str = "") -> set[Row]:
    return rows(facts_of(text, title, PUBLISHED))


# A headline about several shows: the article has no main show.
ROUNDUP = "Fox renews Tin Roof, Salt Road and Glass Lake, cancels Harbour Street"


def test_the_series_is_the_show_the_last_sentence_named() -> None:
    text = ("Fox has opted not to renew Harbour Street for a season 4.\n\n"
            "The studio is shopping the series to other networks. Season 3 premiered on "
            "Sunday, May 1 to low ratings.")
    assert ("Harbour Street", 3, "premiere") in _facts(text, ROUNDUP)


def test_other_shows_counted_are_not_the_last_named() -> None:
    text = ("Fox has opted not to renew Harbour Street for a season 4. Four comedies bit the "
            "dust this spring.")
    facts = _facts(text, ROUNDUP)
    assert ("Harbour Street", 3, "cancelled") in facts
    assert not any(show == "Harbour Street" and season is None and kind == "cancelled"
                   for show, season, kind in facts)


def test_the_list_that_follows_gets_the_news() -> None:
    text = ("NBC cancelled Tin Roof on Friday. Two other NBC series learned they wouldn't come "
            "back for second seasons. They are \"Salt Road,\" a comedy about two sisters, and "
            "\"Harbour Street,\" a drama that debuted last month.")
    facts = _facts(text, "NBC cancels three shows")
    assert {("Salt Road", 1, "cancelled"), ("Harbour Street", 1, "cancelled")} <= facts


def test_all_three_series_are_the_list_just_named() -> None:
    text = ("ABC renewed Harbour Street, Tin Roof and Salt Road on Monday. All three series "
            "return in the fall.")
    facts = {(show, kind) for show, _, kind in _facts(text, "ABC renews three dramas")}
    assert {("Harbour Street", "premiere"), ("Tin Roof", "premiere"),
            ("Salt Road", "premiere")} <= facts
