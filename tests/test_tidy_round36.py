"""Round 36's tidy (branch r36tidy): what round 35 wrote twice is written once, and every
reading keeps its answer.

- one reader of a status value's verdict (``sections.status_verdict``) for a table's status
  cell and a fact box's "Status:" field (``listings._decision``), with one hedge list
  (``sections.STATUS_HEDGE_RE``) for both and the scorecards;
- ``monitor extract --explain`` prints ``title.span.count_no_item`` and
  ``title.span.holiday_tail`` when they act (``rules.note_span``), as it prints the other
  ``title.span`` rules.

Every sentence and layout is invented for this file (Kestrel, Tovrel; Salt Road, Havana,
Lantern House, Marrow Bay)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from monitor.extract import listings, sections
from monitor.extract.explain import explain
from monitor.extract.facts import extract_facts
from monitor.models import Article

PUBLISHED = dt.date(2026, 5, 20)
URL = "https://tracker.example.test/kestrel-slate"


def _article(text: str, headline: str = "Where every Kestrel and Tovrel series stands") -> Article:
    return Article(URL, headline, text, PUBLISHED)


def _kinds(text: str) -> set[tuple[str, str]]:
    return {(f.show, f.kind) for f in extract_facts(_article(text))}


# --- one reader of a status value ----------------------------------------------------------


def _table(value: str) -> str:
    return (f"Show | Network | Status\nSalt Road | Kestrel | {value}\n"
            "Marrow Bay | Tovrel | Pending")


def _box(value: str) -> str:
    return (f"Salt Road\nNetwork: Kestrel\nStatus: {value}\n\n"
            "Marrow Bay\nNetwork: Tovrel\nStatus: Pending")


#: Values a table's status cell read and a fact box's "Status:" field did not (round 35): the
#: two layouts now give the same verdict.
NEWLY_ALIKE = {
    "not-renewed": ("Not renewed", "cancelled"),
    "coming-back": ("Coming back", "renewed"),
    "returning": ("Returning", "renewed"),
    "returning-for-season": ("Returning for season 3", "renewed"),
    "picked-up": ("Picked up", "renewed"),
    "picked-up-for-season": ("Picked up for season 2", "renewed"),
    "scrapped": ("Scrapped", "cancelled"),
    "dropped": ("Dropped", "cancelled"),
    "over": ("Over", "cancelled"),
    "back": ("Back", "renewed"),
    "renewal": ("Renewal", "renewed"),
    "wont-return": ("Won't return", "cancelled"),
    "not-coming-back": ("Not coming back", "cancelled"),
    "got-the-axe": ("Got the axe", "cancelled"),
    "question-mark": ("Renewed?", None),
}
#: Values the two layouts already read alike.
ALREADY_ALIKE = {
    "renewed": ("Renewed", "renewed"),
    "renewed-for-season": ("Renewed for season 3", "renewed"),
    "cancelled": ("Cancelled", "cancelled"),
    "canceled": ("Canceled", "cancelled"),
    "axed": ("Axed", "cancelled"),
    "ended": ("Ended", "cancelled"),
    "cancelled-after": ("Cancelled after two seasons", "cancelled"),
    "officially-renewed": ("Officially renewed", "renewed"),
    "renewed-ordinal": ("Renewed for a fourth season", "renewed"),
    "likely": ("Likely renewed", None),
    "could-be": ("Could be cancelled", None),
    "bubble": ("On the bubble", None),
    "pending": ("Pending", None),
    "tbd": ("TBD", None),
    "effectively": ("Effectively cancelled", None),
    "awaiting": ("Awaiting a decision", None),
}


@pytest.mark.parametrize(("value", "kind"), [*NEWLY_ALIKE.values(), *ALREADY_ALIKE.values()],
                         ids=[*NEWLY_ALIKE, *ALREADY_ALIKE])
def test_a_table_cell_and_a_status_field_give_the_same_verdict(value: str,
                                                               kind: str | None) -> None:
    expected = set() if kind is None else {("Salt Road", kind)}
    assert _kinds(_table(value)) == expected
    assert _kinds(_box(value)) == expected


@pytest.mark.parametrize(("value", "kind"), [*NEWLY_ALIKE.values(), *ALREADY_ALIKE.values()],
                         ids=[*NEWLY_ALIKE, *ALREADY_ALIKE])
def test_one_reader_reads_both_layouts(value: str, kind: str | None) -> None:
    assert sections.status_verdict(value) == kind
    got = listings._decision(value)
    assert (got and got[0]) == (kind and kind)
    assert listings.STATUS_HEDGE_RE is sections.STATUS_HEDGE_RE


#: A long value is a sentence unless it opens with its verdict (the fact box read those).
LONG_VALUES = {
    "opens-with-verdict": ("Renewed for a fourth season after the third drew the largest "
                           "audience of any drama on the slate", "renewed"),
    "sentence": ("The network has told its writers that the drama is no longer part of its "
                 "plans, which means it was cancelled", None),
}


@pytest.mark.parametrize(("value", "kind"), LONG_VALUES.values(), ids=LONG_VALUES.keys())
def test_a_long_value_decides_only_when_it_opens_with_its_verdict(value: str,
                                                                  kind: str | None) -> None:
    # the title's own fact only: a long row is read as a sentence too (its network's name)
    for text in (_table(value), _box(value)):
        assert {k for show, k in _kinds(text) if show == "Salt Road"} == (
            set() if kind is None else {kind})


#: A return told with no renewal word, in a box that dates it, is the premiere the box dates
#: (as before); with a renewal word it is the renewal (as before).
DATED_BOXES = {
    "returning-dated": ("Status: Returning for season 3\nPremiere date: Sunday, Sept. 6, 2026",
                        ("Salt Road", "premiere")),
    "back-dated": ("Status: Back\nPremiere date: Sunday, Sept. 6, 2026", ("Salt Road",
                                                                        "premiere")),
    "renewed-dated": ("Status: Renewed for season 3\nPremiere date: Sunday, Sept. 6, 2026",
                      ("Salt Road", "renewed")),
}


@pytest.mark.parametrize(("fields", "fact"), DATED_BOXES.values(), ids=DATED_BOXES.keys())
def test_a_dated_box_of_a_return_is_its_premiere(fields: str, fact: tuple[str, str]) -> None:
    text = f"Salt Road\nNetwork: Kestrel\n{fields}\n\nMarrow Bay\nNetwork: Tovrel\nStatus: Pending"
    assert _kinds(text) == {fact}


# --- --explain prints the two span rules of round 35 ---------------------------------------

SPAN_RULES = {
    "holiday-on-christmas-day": (
        "Kestrel will premiere the second season of Lantern House on Christmas Day.",
        "title.span.holiday_tail"),
    "holiday-boxing-day": (
        "Tovrel will air the third series of Marrow Bay on Boxing Day.",
        "title.span.holiday_tail"),
    "holiday-new-years-eve": (
        "Kestrel will premiere the final season of Marrow Bay on New Year's Eve.",
        "title.span.holiday_tail"),
    "count-episodes": (
        "Kestrel renewed Lantern House for a sixth season, taking it past 100 episodes.",
        "title.span.count_no_item"),
    "count-million-viewers": (
        "Kestrel renewed Salt Road for a fifth season, taking it past 2 million viewers.",
        "title.span.count_no_item"),
}


def _explained(text: str) -> str:
    return explain(_article(text, "Network news"))[1]


@pytest.mark.parametrize(("text", "rule"), SPAN_RULES.values(), ids=SPAN_RULES.keys())
def test_explain_prints_the_span_rule_that_acted(text: str, rule: str) -> None:
    titles = _explained(text).split("TITLE CANDIDATES", 1)[1]
    assert f": {rule}" in titles


#: Near misses: neither rule acts, so neither is printed.
NO_SPAN_RULE = {
    "quoted-holiday": "Kestrel will premiere the second season of 'Salt Road on Christmas Day' "
                      "in June.",
    "number-title": "Kestrel renewed Lantern House, Havana and 1899 for new seasons.",
    "no-holiday": "Kestrel will premiere the second season of Lantern House on June 4.",
}


@pytest.mark.parametrize("text", NO_SPAN_RULE.values(), ids=NO_SPAN_RULE.keys())
def test_explain_prints_no_span_rule_that_did_not_act(text: str) -> None:
    out = _explained(text)
    assert "title.span.holiday_tail" not in out
    assert "title.span.count_no_item" not in out


# --- a year beside a name (shows) and an event's year (dates) -------------------------------

#: (digits, a year beside a name, a year ``find_dates`` dates an event in)
YEARS = {
    "period-1923": ("1923", True, False),
    "far-2077": ("2077", True, False),
    "this-decade": ("2026", True, True),
    "fifties": ("1955", True, True),
    "ward-402": ("402", False, False),
    "eighteen-99": ("1899", False, False),
}


@pytest.mark.parametrize(("digits", "beside_name", "dated"), YEARS.values(), ids=YEARS.keys())
def test_a_year_beside_a_name_is_wider_than_an_events_year(digits: str, beside_name: bool,
                                                           dated: bool) -> None:
    from monitor.extract import dates, shows

    assert shows._is_year(digits) is beside_name
    assert bool(re.fullmatch(shows._YEAR_DIGITS, digits)) is beside_name
    assert bool(re.fullmatch(dates._YEAR, digits)) is dated


# --- the month's stems written once -------------------------------------------------------

#: the extractor's modules as imported (the tree under test, not this file's)
EXTRACT = Path(sections.__file__).resolve().parent


@pytest.mark.parametrize("path", sorted(EXTRACT.glob("*.py")), ids=lambda p: p.name)
def test_the_month_stems_are_written_once(path: Path) -> None:
    # adjacent string literals joined ('r"...jan|feb|"' then 'r"mar|..."' on the next line)
    source = re.sub(r"\"\n\s*(?:#[^\n]*\n\s*)*r?f?r?\"", "", path.read_text(encoding="utf-8"))
    written = source.count("jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")
    # round 39: patterns.MONTH_STEMS itself is joined from dates' stems
    assert written == 0


# --- one list of a decision's participles for the body's and a headline's readings ---------

#: A name vetoed for its look (a city) that the body tells a decision of with a season: the
#: headline's participles ("scrapped", "recommissioned", "green-lit") now read in the body too.
PARTICIPLES = {
    "scrapped": ("Havana was scrapped after two seasons, Kestrel confirmed on Monday. The drama "
                 "starred Jane Doe.", ("Havana", "cancelled")),
    "recommissioned": ("Havana has been recommissioned for a third series, Kestrel said on "
                       "Monday. The drama stars Jane Doe.", ("Havana", "renewed")),
    "commissioned": ("Havana has been commissioned for a second series, Kestrel said on "
                     "Monday.", ("Havana", "renewed")),
    "green-lit": ("Lisbon has been green-lit for a third season at Kestrel, the network said.",
                  ("Lisbon", "renewed")),
}
#: Controls: read alike before and after.
PARTICIPLE_CONTROLS = {
    "renewed": ("Lisbon was renewed for a third season, Kestrel said on Monday.",
                {("Lisbon", "renewed")}),
    "person-scrapped-of": ("Jane Doe was scrapped after two seasons of Lisbon, the network "
                           "said.", {("Lisbon", "cancelled")}),
}


@pytest.mark.parametrize(("text", "fact"), PARTICIPLES.values(), ids=PARTICIPLES.keys())
def test_the_body_reads_the_headlines_decision_participles(text: str,
                                                           fact: tuple[str, str]) -> None:
    assert {(f.show, f.kind) for f in extract_facts(_article(text, "Kestrel news"))} == {fact}


@pytest.mark.parametrize(("text", "facts"), PARTICIPLE_CONTROLS.values(),
                         ids=PARTICIPLE_CONTROLS.keys())
def test_control_the_participles_read_as_before(text: str, facts: set[tuple[str, str]]) -> None:
    assert {(f.show, f.kind) for f in extract_facts(_article(text, "Kestrel news"))} == facts
