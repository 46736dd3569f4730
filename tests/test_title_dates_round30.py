"""Round 30: a calendar word standing where a title stands is no date.

A renamed or real title may be a weekday, a month, a season or a holiday ("Friday",
"Saturday of Salt Road", "Christmas and Tuesday"). Where such a bare word stands as a name —
before "of" and a capitalised name (``date.calendar_word_before_of_name``), opening a clause as
the subject of a verb (``date.calendar_word_as_subject``), or as an item of a list of
capitalised names (``date.calendar_word_in_name_list``) — the date readers do not take it as
the fact's time. Controls: the same words after "on", "this", "next", with a day number, in a
list of days, or before "is"/"will see" stay dates.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import dated_row, facts_of

from monitor.extract import dates as datemod

PUBLISHED = dt.date(2031, 5, 14)  # a Wednesday


def _facts(headline: str, body: str) -> list[tuple[str, int | None, str, str | None]]:
    return sorted(dated_row(f) for f in facts_of(body, headline, PUBLISHED))


def _rule_of(sentence: str, word: str) -> str | None:
    """The rule that reads ``word`` (its first occurrence) as a name, or None."""
    at = sentence.index(word)
    return datemod.named_calendar_word(
        sentence, datemod.DateMention(at, at + len(word), word, "2031-05", True))


def _found(sentence: str) -> set[str]:
    return {m.text for m in datemod.find_dates(sentence, PUBLISHED)}


# --- cells that fail on the base ----------------------------------------------------------

def test_subject_pair_with_calendar_title_keeps_the_month() -> None:
    facts = _facts("Kestrel sets its fall lineup",
                   "Kestrel canceled Lantern House after two seasons. Meanwhile, Copper Vale "
                   "and Friday have been renewed for more seasons too.")
    assert ("Copper Vale", None, "renewed", "2031-05") in facts
    assert not any(date == "2031-05-09" for *_, date in facts)


def test_calendar_title_after_pair_as_subject() -> None:
    facts = _facts("Tovrel news", "Salt Road and Sunday will both return for fifth seasons "
                   "on Tovrel, the network said.")
    assert not any(date == "2031-05-18" or date == "2031-05-11" for *_, date in facts)


def test_heading_pair_with_calendar_title_keeps_the_month() -> None:
    facts = _facts("Salt Road Cancelled at Kestrel; Friday and Copper Vale Renewed for New "
                   "Seasons", "Kestrel has opted not to renew Salt Road for a fourth season. "
                   "Meanwhile, Friday and Copper Vale have been renewed as well.")
    assert ("Copper Vale", None, "renewed", "2031-05") in facts


def test_calendar_word_before_of_and_a_name() -> None:
    facts = _facts("Kestrel renews its soap", "After rival Tovrel renewed Friday of Our "
                   "Lantern for one season, Kestrel renewed Salt Road for a fourth.")
    assert ("Salt Road", 4, "renewed", "2031-05") in facts


def test_calendar_title_in_a_heading_list() -> None:
    facts = _facts("Kestrel Renews Salt Road, Christmas and Tuesday, Copper Vale and 9 Other "
                   "Series", "Kestrel handed out renewal notices late Wednesday, ordering new "
                   "seasons of Salt Road and Copper Vale.")
    assert not any(date == "2031-05-13" for *_, date in facts)
    assert ("Salt Road", None, "renewed", "2031-05-14") in facts


@pytest.mark.parametrize("sentence, word, rule", [
    ("Kestrel renewed Friday of Copper Vale for one season.", "Friday",
     datemod.CALENDAR_WORD_BEFORE_OF_NAME),
    ("It added a third season of Marvel’s Saturday of Salt Road.", "Saturday",
     datemod.CALENDAR_WORD_BEFORE_OF_NAME),
    ("Friday was renewed for a third season by Kestrel.", "Friday",
     datemod.CALENDAR_WORD_AS_SUBJECT),
    ("Friday premieres on Kestrel on March 4.", "Friday", datemod.CALENDAR_WORD_AS_SUBJECT),
    ("Meanwhile, Copper Vale and Friday have been renewed.", "Friday",
     datemod.CALENDAR_WORD_AS_SUBJECT),
    ("Copper Vale and Sunday will both return for fifth seasons.", "Sunday",
     datemod.CALENDAR_WORD_AS_SUBJECT),
    ("Thursday got a second season at Tovrel.", "Thursday", datemod.CALENDAR_WORD_AS_SUBJECT),
    ("Salt Road Cancelled at Kestrel; Friday and Copper Vale Renewed for New Seasons",
     "Friday", datemod.CALENDAR_WORD_AS_SUBJECT),
    ("Kestrel Renews Salt Road, Tuesday, Copper Vale and 12 Other Series", "Tuesday",
     datemod.CALENDAR_WORD_IN_NAME_LIST),
    ("Tovrel canceled Salt Road, Monday and Lantern House.", "Monday",
     datemod.CALENDAR_WORD_IN_NAME_LIST),
])
def test_calendar_word_standing_as_a_name(sentence: str, word: str, rule: str) -> None:
    assert _rule_of(sentence, word) == rule
    assert word not in _found(sentence)


# --- controls: real dates stay ------------------------------------------------------------

@pytest.mark.parametrize("sentence, word", [
    ("Salt Road premieres Friday.", "Friday"),
    ("Salt Road returns this Friday.", "Friday"),
    ("Salt Road premieres on Monday, March 4.", "March 4"),
    ("Salt Road premieres Friday and Copper Vale on Monday.", "Friday"),
    ("Salt Road premieres Friday and Copper Vale on Monday.", "Monday"),
    ("Monday, Kestrel renewed Salt Road.", "Monday"),
    ("Friday is the day Salt Road returns.", "Friday"),
    ("Monday will see the return of Salt Road.", "Monday"),
    ("It airs Monday, Tuesday and Friday on Kestrel.", "Tuesday"),
    ("Salt Road returns the Friday of Thanksgiving Week.", "Friday"),
    ("Friday premieres on Kestrel this Friday.", "Friday"),
    ("On Friday Kestrel renewed Salt Road.", "Friday"),
    ("Kestrel renewed Salt Road on Friday, the network said.", "Friday"),
    ("In August, Salt Road wrapped filming.", "In August"),
    ("Salt Road Premieres Friday, Copper Vale Returns Monday", "Friday"),
    # a time as the subject of "was", "has been", "will be" (the lead's mend at the merge)
    ("Monday was the first day of filming on the third season of Salt Road.", "Monday"),
    ("Friday was the last day of production, the star wrote.", "Friday"),
    ("Tuesday has been set as the premiere date for Salt Road.", "Tuesday"),
    ("Thursday will be the first day of the shoot.", "Thursday"),
    ("Monday will be a big day for fans of Copper Vale.", "Monday"),
])
def test_real_dates_stay(sentence: str, word: str) -> None:
    assert word in _found(sentence)


def test_control_weekday_after_verb_dates_the_decision() -> None:
    assert _facts("Tovrel renews Lantern House", "Tovrel renewed Lantern House on Monday, "
                  "its showrunner said.") == [("Lantern House", None, "renewed", "2031-05-12")]


def test_control_plain_title_subject_keeps_its_day() -> None:
    facts = _facts("Kestrel news", "Meanwhile, Copper Vale and Salt Road have been renewed "
                   "for additional seasons, Kestrel said Monday.")
    assert ("Copper Vale", None, "renewed", "2031-05-12") in facts
