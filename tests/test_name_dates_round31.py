"""Round 31: a kept title's calendar word is no date in any reader of the article's lines.

The sentence reader never read a date inside a kept title's mention, nor a calendar word glued
to a name; the article-wide readers (an event's date stated in another line, the day of a
roundup's decisions, the weekday pins) read the same lines raw. So a title made of a season, a
month or a weekday ("Autumn Lantern", "October", "Monday Winter of Drift") moved its own or its
neighbours' dates, while the same article with an ordinary title did not
(``date.none_inside_kept_title``, ``dates.kept_names``). Controls: an ordinary title gives the
same dates; a time told before a show called like it ("on Friday") and a date beside a person
of the title's name stay dates.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import dated_row, facts_of

from monitor.extract import dates as datemod

PUBLISHED = dt.date(2031, 5, 14)  # a Wednesday


def _facts(headline: str, body: str) -> list[tuple[str, int | None, str, str | None]]:
    return sorted(dated_row(f) for f in facts_of(body, headline, PUBLISHED))


def _release_article(title: str) -> tuple[str, str]:
    return (f"Kestrel renews {title}",
            f"Kestrel has confirmed {title} for a second season, and filming is already "
            f"underway. So what is the release date for {title} season 2? Kestrel has named "
            "no date yet; the new season is expected to be released in 2031.")


def _found(sentence: str, spans: list[tuple[int, int]], body: bool = True) -> set[str]:
    """The date phrases ``find_dates`` reads in ``sentence`` as a line of an article whose
    kept titles stand at ``spans``."""
    with datemod.kept_names(lambda text: (spans, body) if text == sentence else None):
        return {m.text for m in datemod.find_dates(sentence, PUBLISHED)}


def _span(sentence: str, name: str) -> list[tuple[int, int]]:
    at = sentence.index(name)
    return [(at, at + len(name))]


# --- cells that fail on the base ----------------------------------------------------------

@pytest.mark.parametrize("title", ["Autumn Lantern", "Summer Gate", "The Fall Road"])
def test_season_word_of_a_title_in_another_line_is_no_release_season(title: str) -> None:
    facts = _facts(*_release_article(title))
    assert (title, 2, "premiere", "2031") in facts


def test_calendar_word_glued_before_a_kept_title_dates_no_decision() -> None:
    facts = _facts("Kestrel’s plans",
                   "Kestrel is bringing Salt Road back for a final season. Meanwhile, on "
                   "streaming, Tovrel is committed to Winter of Drift and Copper Vale, and to "
                   "Monday Winter of Drift fans it promised more.")
    assert ("Salt Road", None, "renewed", "2031-05") in facts
    assert not any(date == "2031-05-12" for *_, date in facts)


def test_tonight_inside_a_kept_title_is_no_date() -> None:
    sentence = "The Tonight Lantern will be back in June, the network said."
    assert _found(sentence, _span(sentence, "The Tonight Lantern")) == {"back in June"}


def test_season_word_inside_a_kept_title_after_for_is_no_date() -> None:
    sentence = "When is the release date for Autumn Lantern season 2?"
    assert _found(sentence, _span(sentence, "Autumn Lantern")) == set()


def test_a_one_word_title_after_for_is_the_title() -> None:
    sentence = "Copper Vale and Sunday are coming back, though this run is the end for Sunday."
    first, last = sentence.index("Sunday"), sentence.rindex("Sunday")
    assert _found(sentence, [(first, first + 6), (last, last + 6)]) == set()


def test_calendar_word_glued_before_a_kept_mention_is_no_date() -> None:
    sentence = "Tovrel is committed to Monday Winter of Drift and Copper Vale."
    assert _found(sentence, _span(sentence, "Winter of Drift")) == set()


# --- controls: pass on the base and on the branch -----------------------------------------

def test_an_ordinary_title_gives_the_same_release_year() -> None:
    facts = _facts(*_release_article("Salt Road"))
    assert ("Salt Road", 2, "premiere", "2031") in facts


def test_a_time_told_before_a_show_called_like_it_stays_a_date() -> None:
    sentence = "Friday returns for a second season on Friday."
    at = sentence.index("Friday")
    assert "Friday" in _found(sentence, [(at, at + len("Friday"))] + [
        (sentence.rindex("Friday"), sentence.rindex("Friday") + len("Friday"))])


def test_a_line_with_no_kept_title_reads_its_dates_as_before() -> None:
    sentence = "Salt Road returns on Monday, June 2."
    assert _found(sentence, []) == {m.text for m in datemod.find_dates(sentence, PUBLISHED)}


def test_a_text_that_is_no_line_of_the_article_is_read_raw() -> None:
    with datemod.kept_names(lambda text: None):
        assert {m.text for m in datemod.find_dates("Friday", PUBLISHED)} == {"Friday"}


def test_a_heading_keeps_its_glued_weekday() -> None:
    sentence = "Salt Road Returns Monday Copper Vale Special"
    assert "Monday" in _found(sentence, _span(sentence, "Copper Vale Special"), body=False)


def test_a_premiere_told_on_the_show_called_friday_keeps_its_day() -> None:
    facts = _facts("Kestrel sets “Friday” return",
                   "Kestrel’s drama “Friday” returns for a second season on Friday, May 23.")
    assert ("Friday", 2, "premiere", "2031-05-23") in facts


def test_a_person_of_the_title_name_does_not_move_a_date() -> None:
    facts = _facts("Tovrel renews Martha",
                   "Tovrel has renewed Martha for a second season. Filming on the new season "
                   "begins June 5, Martha Gus, its star, said.")
    assert ("Martha", 2, "renewed", "2031-05") in facts
    assert ("Martha", 2, "filming_started", "2031-06-05") in facts


def test_a_weekday_told_after_on_beside_a_calendar_title_stays_the_decision_day() -> None:
    facts = _facts("Kestrel renews Sunday Lantern",
                   "Kestrel renewed Sunday Lantern for a third season on Monday. Sunday Lantern "
                   "returns in the fall.")
    assert ("Sunday Lantern", 3, "renewed", "2031-05-12") in facts
    assert ("Sunday Lantern", 3, "premiere", "2031-FA") in facts


def test_a_day_stated_in_another_line_dates_a_calendar_title() -> None:
    facts = _facts("Kestrel renews Sunday Lantern",
                   "Kestrel renewed Sunday Lantern for a third season. New episodes of Sunday "
                   "Lantern premiere Sunday, June 8.")
    assert ("Sunday Lantern", 3, "premiere", "2031-06-08") in facts


def test_a_weekday_before_a_time_word_stays_a_date_whatever_was_kept() -> None:
    sentence = "Copper Vale returns Sunday Night on Tovrel for its second season."
    assert "Sunday" in _found(sentence, _span(sentence, "Night on Tovrel"))


def test_kept_names_leaves_no_reader_behind() -> None:
    with datemod.kept_names(lambda text: ([(0, 6)], True)):
        assert datemod.find_dates("Friday Salt Road returns", PUBLISHED) == []
    assert [m.text for m in datemod.find_dates("Friday Salt Road returns", PUBLISHED)] == [
        "Friday"]
