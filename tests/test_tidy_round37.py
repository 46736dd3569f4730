"""Round 37's tidy (branch r37tidy): vocabularies round 36 wrote several times are written
once, and every reader reads the one list.

- the genre nouns (``showwords.GENRE_NOUNS`` / ``GENRE_ALT``): ``facts``' description beside a
  name, ``rules``' genre reference and headline description;
- the named days of the calendar (``dates.NAMED_DAYS``): ``dates``' holiday reading, a
  premiere's time (``patterns._NAMED_DAY``), the holiday cut from a title's span
  (``shows._HOLIDAY_TAIL_RE``) and the title vetoes' holidays; the days one reader lacked are
  now read by all ("Labour Day", "New Year’s Day" for ``dates``, "Fourth of July" cut from a
  span);
- the verbs that move a date (``patterns._MOVE_VERBS``): the premiere's move trigger,
  ``MOVED_DATE_TRIGGER_RE``, ``DATE_SETTING_RE``, a plan's old date and ``eventdates.MOVE_RE``;
- ``shows._COUNT_MORE_RE`` built from ``_COUNT_WORD``; ``shows._season_clause_after`` a plain
  reading (was ``_added``, a helper adding to its argument inside a condition).

The structural cells import what round 37 added inside the test, so that on the base commit
they fail one by one and the controls still run. Every sentence is invented for this file
(Kestrel, Tovrel; Salt Road, Havana, Lantern House)."""

from __future__ import annotations

import datetime as dt
import importlib
import re

import pytest

from monitor.extract import dates, facts, patterns, rules, shows, showwords
from monitor.extract.facts import extract_facts
from monitor.extract.titles import vocabulary
from monitor.models import Article

PUBLISHED = dt.date(2026, 5, 20)


def _facts(text: str) -> list[tuple[str, str, str | None, int | None]]:
    found = extract_facts(Article("https://wire.example.test/kestrel", "Kestrel news", text,
                                  PUBLISHED))
    return sorted((f.show, f.kind, f.date, f.season) for f in found)


def _genre_nouns() -> list[str]:
    return sorted({noun for family in showwords.GENRE_FAMILIES.values() for noun in family})


# --- the genre nouns: one set, three readers -----------------------------------------------


def test_genre_nouns_are_the_families_union() -> None:
    assert showwords.GENRE_NOUNS == frozenset(_genre_nouns())
    assert showwords.GENRE_ALT == showwords.kind_alt(showwords.GENRE_NOUNS)


@pytest.mark.parametrize("reader", ["facts._GENRE_BEFORE_RE", "facts._GENRE_AFTER_RE",
                                    "rules._GENRE_REFERENCE_RE",
                                    "rules._HEADLINE_DESCRIPTION_RE"])
def test_genre_readers_hold_the_one_alternation(reader: str) -> None:
    module, name = reader.split(".")
    pattern = getattr({"facts": facts, "rules": rules}[module], name).pattern
    assert showwords.GENRE_ALT in pattern


@pytest.mark.parametrize("noun", _genre_nouns())
def test_every_genre_noun_is_read_by_the_three_readers(noun: str) -> None:
    before = facts._GENRE_BEFORE_RE.search(f"the Kestrel {noun} ")
    assert before is not None and before.group(1) == noun
    reference = rules._GENRE_REFERENCE_RE.search(f"Kestrel has renewed the {noun} for a third")
    assert reference is not None and reference.group(1) == noun
    headline = rules._HEADLINE_DESCRIPTION_RE.search(f"Kestrel Renews Fishing {noun.title()}")
    assert headline is not None and headline.group(1).lower() == noun


@pytest.mark.parametrize("text", ["the drama's creator", "Kestrel Renews Drama's Creator"],
                         ids=["possessor", "headline-possessor"])
def test_control_a_possessor_is_no_genre_reference(text: str) -> None:
    assert rules._GENRE_REFERENCE_RE.search(text) is None
    assert rules._HEADLINE_DESCRIPTION_RE.search(text) is None


# --- the named days: one list, four readers ------------------------------------------------


def _named_days() -> list[object]:
    return list(getattr(dates, "NAMED_DAYS", ()))


def _day_names() -> list[str]:
    return [day.name for day in _named_days()]  # type: ignore[attr-defined]


def test_named_days_exist() -> None:
    assert len(_named_days()) >= 29


@pytest.mark.parametrize("name", _day_names())
def test_every_named_day_is_dated(name: str) -> None:
    found = dates.find_dates(f"It returns on {name.title()}.", PUBLISHED)
    assert [m.value for m in found] and all(m.value for m in found)


@pytest.mark.parametrize("name", _day_names())
def test_every_named_day_is_cut_from_a_span(name: str) -> None:
    words = f"Salt Road on {name.title()}".split()
    assert shows._without_holiday_tail(words) == ["Salt", "Road"]


@pytest.mark.parametrize("name", _day_names())
def test_every_named_day_is_a_premiere_time_and_a_title_holiday(name: str) -> None:
    # (a name that is the day's first word alone, "thanksgiving", is a time by its full name)
    assert re.fullmatch(patterns._NAMED_DAY, name) or re.fullmatch(patterns._NAMED_DAY,
                                                                   f"{name} day")
    assert name in vocabulary().holidays


@pytest.mark.parametrize("name", _day_names())
def test_every_named_day_has_a_stem_and_a_calendar_row(name: str) -> None:
    day = next(d for d in _named_days() if d.name == name)  # type: ignore[attr-defined]
    assert any(stem in name for stem in day.stems)  # type: ignore[attr-defined]
    assert re.fullmatch(day.day + (f"|{day.alone}" if day.alone else ""), name)  # type: ignore[attr-defined]


#: Days a reader lacked on the base (round 36's four lists): each now read by all.
WIDENED = {
    "labour-day-premiere": ("Kestrel said the second season of Salt Road premieres on Labour "
                            "Day.", [("Salt Road", "premiere", "2026-09-07", 2)]),
    "australia-day-tail": ("Kestrel confirmed a second season of Salt Road on Australia Day.",
                           [("Salt Road", "renewed", "2026-01-26", 2)]),
    "fourth-of-july-tail": ("Kestrel confirmed a second season of Salt Road on Fourth of July.",
                            [("Salt Road", "renewed", "2025-07-04", 2)]),
    "mlk-day-tail": ("Kestrel confirmed a second season of Salt Road on Martin Luther King Day.",
                     [("Salt Road", "renewed", "2026-01-19", 2)]),
}


@pytest.mark.parametrize("text,expected", WIDENED.values(), ids=WIDENED.keys())
def test_a_day_one_reader_lacked(text: str, expected: list[object]) -> None:
    assert _facts(text) == expected


# (round 38: the extractor reads the typography made plain, so the curly apostrophe is read)
def test_left_a_curly_apostrophe_in_new_years_day() -> None:
    assert _facts("Kestrel said the second season of Salt Road premieres on New Year’s "
                  "Day.") == [("Salt Road", "premiere", "2027-01-01", 2)]


#: Controls: what every reader read on the base, and names no day.
KEPT = {
    "thanksgiving-day": ("Kestrel said the second season of Salt Road premieres on "
                         "Thanksgiving Day.", [("Salt Road", "premiere", "2026-11-26", 2)]),
    "christmas-day-tail": ("Kestrel confirmed a second season of Salt Road on Christmas Day.",
                           [("Salt Road", "renewed", "2025-12-25", 2)]),
    "easter-monday": ("The third season of Havana premieres Easter Monday on Tovrel.",
                      [("Havana", "premiere", "2026-04-06", 3)]),
    "shrove-tuesday": ("Kestrel has renewed Lantern House on Shrove Tuesday.",
                       [("Lantern House", "renewed", "2026-02-17", None)]),
}


@pytest.mark.parametrize("text,expected", KEPT.values(), ids=KEPT.keys())
def test_control_days_read_before(text: str, expected: list[object]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize("text", ["the Good Friday Agreement", "Easter Island", "Easter 7"],
                         ids=["agreement", "island", "title-number"])
def test_control_a_name_first_word_is_no_day(text: str) -> None:
    assert dates.find_dates(f"It was filmed near {text}.", PUBLISHED) == []


@pytest.mark.parametrize("words", ["Gone for Good", "Back for Good", "Salt Road over Lisbon"],
                         ids=["gone-for-good", "back-for-good", "no-day"])
def test_control_no_holiday_tail(words: str) -> None:
    assert shows._without_holiday_tail(words.split()) == words.split()


# --- the verbs that move a date: one vocabulary ---------------------------------------------


def _move_forms() -> list[str]:
    return [form for forms in getattr(patterns, "_MOVE_VERBS", ()) for form in forms]


def test_move_vocabulary_exists() -> None:
    assert {"pushed", "delayed", "moved", "postponed", "rescheduled"} <= set(_move_forms())
    assert patterns.MOVE_WITH_DIRECTION.split("|") == [
        "brought", "brings", "bringing", "put", "puts", "putting"]


@pytest.mark.parametrize("reader", ["MOVED_DATE_TRIGGER_RE", "DATE_SETTING_RE"])
def test_move_readers_hold_the_vocabulary(reader: str) -> None:
    pattern = getattr(patterns, reader).pattern
    pattern = getattr(pattern, "pattern", pattern)  # a ``Caseless``'s is a compiled pattern
    assert patterns.MOVE_VERB_FORMS in pattern and patterns.MOVE_WITH_DIRECTION in pattern


@pytest.mark.parametrize("form", _move_forms())
def test_every_move_form_is_read(form: str) -> None:
    assert patterns.MOVED_DATE_TRIGGER_RE.fullmatch(form)
    assert patterns.DATE_SETTING_RE.search(f"has been {form}")
    eventdates = importlib.import_module("monitor.extract.eventdates")
    assert eventdates.MOVE_RE.search(f"it was {form}") or form == "push"


@pytest.mark.parametrize("text", ["Salt Road was brought to Kestrel", "Havana was put to bed"],
                         ids=["brought-to", "put-to"])
def test_control_a_british_verb_without_direction_moves_nothing(text: str) -> None:
    assert patterns.DATE_SETTING_RE.search(text) is None


# --- shows: a count's words once; a plain reading of a season clause ------------------------


@pytest.mark.parametrize("count", ["2", "10", "one", "Two", "ten"])
def test_count_more_reads_every_count_word(count: str) -> None:
    assert shows._COUNT_WORD in shows._COUNT_MORE_RE.pattern
    assert shows._COUNT_MORE_RE.fullmatch(f"{count} More")


@pytest.mark.parametrize("before,after,expected", [
    ("Fans of ", ": a third season has been confirmed", True),
    ("Fans of ", ", series three is confirmed", True),
    ("Filming in ", ", a third season has been confirmed", False),
    ("Fans of ", ": the cast has been confirmed", False),
], ids=["colon", "british-series", "place", "no-season"])
def test_season_clause_after_is_a_plain_reading(before: str, after: str,
                                                expected: bool) -> None:
    assert not hasattr(shows, "_added")
    assert shows._season_clause_after(before, after) is expected


def test_control_season_clause_after_a_title() -> None:
    assert _facts("Salt Road is back: a third season has been confirmed by Kestrel.") == [
        ("Salt Road", "renewed", "2026-05", 3)]
