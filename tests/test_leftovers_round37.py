"""Round 37 (r37leftovers, issue 10): the readings round 36's Left paragraphs named.

Grouped by the brief's items; each a class of wording written as other sites write it:

1. A status value that is its verdict and a time, in a table's cell, a fact box's field or
   a scorecard line ("Renewed in May", "Cancelled in March 2025", "Axed (January)"): the
   month May is no hedge (``sections.without_month_may``), and the time, read as the latest
   past one, is the decision's date (``sections.verdict_when``, ``listings.status_date``).
2. A one-word holiday before a network the vocabulary or the article names ("premieres
   Christmas on Netflix", "returns Hogmanay on BBC One", "launches Easter on Kestrel" where
   the article shows Kestrel a network): the day, not a title "Christmas on Netflix"
   (``titles._holiday_then_place``).
3. Two ordinals with no noun at a clause's end ("renewed for a fourth and fifth."): both
   seasons (``patterns.ELLIPTIC_FOR_RE``'s ``ord_b``, ``season.elliptic_renewal``); and a
   passive subject's renewal told so is a show's (``evidence._SEASON_IN_CLAUSE_RE``).
4. A person's "X's second series" commissioned by a network: the person vetoes, and the
   network that commissioned it is no show either (``title.veto.role_decider`` reads the
   British "has (re)commissioned").
5. A numbered title before its current run in apposition ("Precinct 9, now in its third
   season, has been renewed for a fourth"): the title keeps its number
   (``shows._SEASON_TOLD_AFTER_NUMBER_RE``); the season as the existing season rules read.
6. A table's "Season" column: the row's season from its cell ("4", "Season 4", "S4").
7. A fact box headed by a title ending on a year ("Dallas 1999", "Class of 2009"): the year
   is the title's (``listings._title_of``'s ``heading``).

Controls keep their readings on both trees. All titles, networks and people are invented
(or a network the vocabulary knows).
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of

from monitor.extract.facts import extract_facts
from monitor.ingest.text import extract_page_text
from monitor.models import Article

PUBLISHED = dt.date(2026, 3, 2)
URL = "https://news.example/tracker"

FullRow = tuple[str, int | None, str, str | None, str]


def _rows(body: str, headline: str = "TV news") -> set[FullRow]:
    return {(f.show, f.season, f.kind, f.date, f.certainty)
            for f in facts_of(body, headline, PUBLISHED)}


def _page_rows(layout: str) -> set[tuple[str, int | None, str, str | None]]:
    """{(show, season, kind, date)} of the decisions read from an HTML page holding
    ``layout`` under a tracker's headline and lead."""
    markup = ("<html><body><article><h1>Every renewal and cancellation so far</h1>"
              "<p>Here is where this season's shows stand.</p>" + layout +
              "<p>Check back for more as it comes.</p></article></body></html>")
    text = extract_page_text(markup, url=URL, content_type="text/html").text
    lines = text.split("\n\n")
    facts = extract_facts(Article(URL, lines[0], "\n".join(lines[1:]), PUBLISHED))
    return {(f.show, f.season, f.kind, f.date) for f in facts
            if f.kind in ("renewed", "cancelled")}


def _table(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{cell}</th>" for cell in header)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>"
                   for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def _boxes(*boxes: tuple[str, list[str]]) -> str:
    return "".join(f"<h3>{title}</h3>" + "".join(f"<p>{field}</p>" for field in fields)
                   for title, fields in boxes)


# ---------------------------------------------------------------------------------------
# 1. A status value with its time

#: (id, layout, the decisions wanted among those read).
DATED_STATUS = [
    ("table-renewed_in_may", _table(["Show", "Network", "Status"], [
        ["Salt Road", "Kestrel", "Renewed in May"], ["Havana", "Tovrel", "Cancelled"],
        ["Glass Harbor", "Kestrel", "Renewed"]]),
     {("Salt Road", None, "renewed", "2025-05")}),
    ("table-cancelled_in_month_year", _table(["Series", "Network", "Where it stands"], [
        ["Salt Road", "Kestrel", "Renewed"], ["Copper Vale", "Tovrel", "Cancelled in March 2025"],
        ["Glass Harbor", "Kestrel", "Renewed"]]),
     {("Copper Vale", None, "cancelled", "2025-03")}),
    ("table-axed_month_in_brackets", _table(["Programme", "Channel", "Status"], [
        ["Salt Road", "Kestrel", "Axed (January)"], ["Copper Vale", "Tovrel", "Renewed"],
        ["Glass Harbor", "Kestrel", "Renewed"]]),
     {("Salt Road", None, "cancelled", "2026-01")}),
    ("table-renewed_on_may_day", _table(["Show", "Network", "Status"], [
        ["Salt Road", "Kestrel", "Renewed on 12 May"], ["Copper Vale", "Tovrel", "Cancelled"],
        ["Glass Harbor", "Kestrel", "Renewed"]]),
     {("Salt Road", None, "renewed", "2025-05-12")}),
    ("box-renewed_in_may", _boxes(
        ("Salt Road", ["Network: Kestrel", "Seasons: 2", "Status: Renewed in May"]),
        ("Copper Vale", ["Network: Tovrel", "Seasons: 3", "Status: Cancelled"])),
     {("Salt Road", None, "renewed", "2025-05"), ("Copper Vale", None, "cancelled", None)}),
    ("box-cancelled_in_january", _boxes(
        ("Salt Road", ["Network: Kestrel", "Seasons: 2", "Status: Renewed"]),
        ("Copper Vale", ["Network: Tovrel", "Seasons: 3", "Status: Cancelled in January"])),
     {("Copper Vale", None, "cancelled", "2026-01")}),
    ("box-officially_renewed_may_year", _boxes(
        ("Salt Road", ["Network: Kestrel", "Status: Officially renewed, May 2025"]),
        ("Copper Vale", ["Network: Tovrel", "Status: Cancelled"])),
     {("Salt Road", None, "renewed", "2025-05")}),
    # a box's date field in May no longer hedges its status field: an undated decision
    ("box-premiere_date_in_may_no_hedge", _boxes(
        ("Salt Road", ["Network: Kestrel", "Status: Renewed", "Premiere date: May 5"]),
        ("Copper Vale", ["Network: Tovrel", "Status: Cancelled"])),
     {("Salt Road", None, "renewed", None), ("Copper Vale", None, "cancelled", None)}),
]

#: Near misses: a hedge, or a time that is no decision's, keep their readings on both trees.
DATED_STATUS_CONTROLS = [
    ("table-may_be_renewed_hedges", _table(["Show", "Network", "Status"], [
        ["Salt Road", "Kestrel", "May be renewed"], ["Havana", "Tovrel", "Cancelled"],
        ["Glass Harbor", "Kestrel", "Renewed"]]),
     {("Havana", None, "cancelled", None), ("Glass Harbor", None, "renewed", None)},
     {"Salt Road"}),
    ("table-renewed_question_may", _table(["Show", "Network", "Status"], [
        ["Salt Road", "Kestrel", "Renewed? May"], ["Havana", "Tovrel", "Cancelled"],
        ["Glass Harbor", "Kestrel", "Renewed"]]),
     {("Havana", None, "cancelled", None)}, {"Salt Road"}),
    ("table-pending_decision_in_may", _table(["Show", "Network", "Status"], [
        ["Salt Road", "Kestrel", "Pending (decision in May)"], ["Havana", "Tovrel", "Cancelled"],
        ["Glass Harbor", "Kestrel", "Renewed"]]),
     {("Havana", None, "cancelled", None)}, {"Salt Road"}),
]


@pytest.mark.parametrize("name,layout,wanted", DATED_STATUS, ids=[t[0] for t in DATED_STATUS])
def test_status_with_its_time(name: str, layout: str, wanted: set[tuple[object, ...]]) -> None:
    assert wanted <= _page_rows(layout)


@pytest.mark.parametrize("name,layout,wanted,none_of", DATED_STATUS_CONTROLS,
                         ids=[t[0] for t in DATED_STATUS_CONTROLS])
def test_status_controls(name: str, layout: str, wanted: set[tuple[object, ...]],
                         none_of: set[str]) -> None:
    got = _page_rows(layout)
    assert wanted <= got
    assert not {row for row in got if row[0] in none_of}


#: A scorecard's lines ending on their verdict, a time after two of them (known networks in
#: brackets: an unknown one reads as a second title there on both trees).
SCORECARD = """Here is the fate of every show on the slate.
Salt Road (BBC One) – Renewed in May
Copper Vale (Stan) – Axed in January
Glass Harbor (Netflix): Renewed
Lantern House (ABC) – Cancelled"""


@pytest.mark.parametrize("show,kind,date", [
    ("Salt Road", "renewed", "2025-05"), ("Copper Vale", "cancelled", "2026-01")],
    ids=["scorecard-renewed_in_may", "scorecard-axed_in_january"])
def test_scorecard_line_with_its_time(show: str, kind: str, date: str) -> None:
    rows = _rows(SCORECARD, "Every renewal and cancellation of the season")
    assert {(row[0], row[2], row[3]) for row in rows if row[0] == show} == {(show, kind, date)}


# ---------------------------------------------------------------------------------------
# 2. A one-word holiday before a network

#: (id, headline, body, show, season, date): one premiere of the show on that day.
HOLIDAY = [
    ("uk-returns_christmas_on_bbc_one", "TV news",
     "The second series of Copper Vale returns Christmas on BBC One.", "Copper Vale", 2,
     "2026-12-25"),
    ("au-launches_easter_on_stan", "TV news",
     "Season two of Lantern House launches Easter on Stan.", "Lantern House", 2, "2026-04-05"),
    ("wire-shown_network_christmas", "TV news",
     "Salt Road premieres Christmas on Kestrel. The drama was renewed by Kestrel last year.",
     "Salt Road", None, "2026-12-25"),
    ("fan-halloween_on_shown_streamer_plus", "TV news",
     "The comedy Glass Harbor debuts Halloween on Tovrel+, after its first season premiered "
     "on Tovrel+ in 2024.", "Glass Harbor", None, "2026-10-31"),
]
#: Controls: a title that opens on a holiday keeps it where no network follows.
HOLIDAY_CONTROLS = [
    # (read on the base already: "Christmas on Netflix" was no title there either)
    ("premieres_christmas_on_known_network",
     "The drama Salt Road premieres Christmas on Netflix.", "Salt Road"),
    ("title_christmas_on_a_farm",
     "Netflix premieres Christmas on Mistletoe Farm this week.", "Christmas on Mistletoe Farm"),
    ("two_word_day_before_network",
     "The drama Salt Road premieres Boxing Day on Netflix.", "Salt Road"),
]


@pytest.mark.parametrize("name,headline,body,show,season,date", HOLIDAY,
                         ids=[t[0] for t in HOLIDAY])
def test_holiday_before_network(name: str, headline: str, body: str, show: str,
                                season: int | None, date: str) -> None:
    rows = _rows(body, headline)
    assert (show, season, "premiere", date, "expected") in rows
    assert not any("on " in row[0] for row in rows)


@pytest.mark.parametrize("name,body,show", HOLIDAY_CONTROLS, ids=[t[0] for t in HOLIDAY_CONTROLS])
def test_holiday_controls(name: str, body: str, show: str) -> None:
    assert {row[0] for row in _rows(body) if row[2] == "premiere"} == {show}


# ---------------------------------------------------------------------------------------
# 3. Ordinals with no noun at a clause's end

#: (id, body, show, the seasons renewed).
ELLIPTIC = [
    ("wire-active_fourth_and_fifth",
     "Kestrel has renewed Salt Road for a fourth and fifth.", "Salt Road", {4, 5}),
    ("wire-passive_fourth_and_fifth",
     "Salt Road has been renewed for a fourth and fifth.", "Salt Road", {4, 5}),
    ("trade-passive_by_network",
     "Glass Harbor has been renewed by Kestrel for a third and a fourth.", "Glass Harbor",
     {3, 4}),
    ("uk-recommissioned_then_clause",
     "Tovrel has recommissioned Copper Vale for a third and fourth, it said on Monday.",
     "Copper Vale", {3, 4}),
    ("fan-passive_single_ordinal",
     "Lantern House has been renewed for a fourth!", "Lantern House", {4}),
    ("wire-digits_fourth_and_fifth",
     "Salt Road has been renewed for a 4th and 5th.", "Salt Road", {4, 5}),
]
#: Controls: one season, or two shows each with its own.
ELLIPTIC_CONTROLS = [
    ("third_and_final", "Kestrel has renewed Salt Road for a third and final.", "Salt Road",
     {3}),
    ("fourth_and_another_show",
     "Kestrel has renewed Salt Road for a fourth and Glass Harbor for a second season.",
     "Salt Road", {4}),
    ("two_seasons_with_noun", "Kestrel has picked up Salt Road for a fourth and fifth season.",
     "Salt Road", {4, 5}),
]


@pytest.mark.parametrize("name,body,show,seasons", ELLIPTIC, ids=[t[0] for t in ELLIPTIC])
def test_ordinals_without_noun(name: str, body: str, show: str, seasons: set[int]) -> None:
    assert {row[1] for row in _rows(body) if row[0] == show and row[2] == "renewed"} == seasons


@pytest.mark.parametrize("name,body,show,seasons", ELLIPTIC_CONTROLS,
                         ids=[t[0] for t in ELLIPTIC_CONTROLS])
def test_ordinals_controls(name: str, body: str, show: str, seasons: set[int]) -> None:
    assert {row[1] for row in _rows(body) if row[0] == show and row[2] == "renewed"} == seasons


# ---------------------------------------------------------------------------------------
# 4. A person's series

#: (id, body): no fact (the person's series names no show; the network commissioned it).
PERSON = [
    ("uk-commissioned_persons_second_series",
     "Kestrel has commissioned Ann Lee's second series, the channel said."),
    ("uk-recommissioned_comedians_second_series",
     "Tovrel has recommissioned Tom Hart's second series."),
    ("uk-officially_commissioned_chefs_third_series",
     "Kestrel has commissioned Mary Quinn's third series of cookery shows."),
]
#: Controls: a show the network commissions is still read.
PERSON_CONTROLS = [
    ("commissioned_show_for_a_series",
     "Kestrel has commissioned Salt Road for a second series.", ("Salt Road", 2)),
    ("commissioned_a_series_of_show",
     "Kestrel has commissioned a second series of Copper Vale.", ("Copper Vale", 2)),
]


@pytest.mark.parametrize("name,body", PERSON, ids=[t[0] for t in PERSON])
def test_persons_series(name: str, body: str) -> None:
    assert _rows(body) == set()


@pytest.mark.parametrize("name,body,wanted", PERSON_CONTROLS, ids=[t[0] for t in PERSON_CONTROLS])
def test_persons_series_controls(name: str, body: str, wanted: tuple[str, int]) -> None:
    assert {(row[0], row[1]) for row in _rows(body) if row[2] == "renewed"} == {wanted}


# ---------------------------------------------------------------------------------------
# 5. A numbered title before its current run

#: (id, body, show, kind, seasons).
NUMBERED = [
    ("fan-now_in_its_third_renewed_for_a_fourth",
     "Precinct 9, now in its third season, has been renewed for a fourth.", "Precinct 9",
     "renewed", {4}),
    ("trade-object_now_in_its",
     "Kestrel has renewed Precinct 9, now in its third season.", "Precinct 9", "renewed", {4}),
    ("uk-already_in_its_two_more",
     "Ward 13, already in its fifth series, was renewed for a sixth and seventh.", "Ward 13",
     "renewed", {6, 7}),
    ("wire-now_in_its_cancelled",
     "Precinct 9, now in its third season, has been cancelled.", "Precinct 9", "cancelled",
     {3}),
]
#: Controls: a plain title's readings, and a number read as a season where no run follows.
NUMBERED_CONTROLS = [
    ("plain_title_now_in_its",
     "Salt Road, now in its third season, has been renewed for a fourth.", "Salt Road",
     "renewed", {4}),
    ("number_then_season_phrase",
     "Kestrel has renewed Ward 13 for season 2.", "Ward 13", "renewed", {2}),
]


@pytest.mark.parametrize("name,body,show,kind,seasons", NUMBERED, ids=[t[0] for t in NUMBERED])
def test_numbered_title_before_run(name: str, body: str, show: str, kind: str,
                                   seasons: set[int]) -> None:
    rows = _rows(body)
    assert {row[1] for row in rows if row[0] == show and row[2] == kind} == seasons
    assert not {row for row in rows if row[0] != show}


@pytest.mark.parametrize("name,body,show,kind,seasons", NUMBERED_CONTROLS,
                         ids=[t[0] for t in NUMBERED_CONTROLS])
def test_numbered_controls(name: str, body: str, show: str, kind: str,
                           seasons: set[int]) -> None:
    assert {row[1] for row in _rows(body) if row[0] == show and row[2] == kind} == seasons


# ---------------------------------------------------------------------------------------
# 6. A "Season" column; 7. a title's own year

#: (id, layout, decisions wanted (show, season, kind)).
COLUMNS = [
    ("season_column_with_network_noun_cells", _table(
        ["Show", "Network", "Season", "Status"],
        [["Salt Road", "Kestrel", "Season 4", "Renewed"],
         ["Copper Vale", "Tovrel", "Season 2", "Cancelled"],
         ["Glass Harbor", "Kestrel", "Season 3", "Renewed"]]),
     {("Salt Road", 4, "renewed"), ("Copper Vale", 2, "cancelled"),
      ("Glass Harbor", 3, "renewed")}),
    ("series_column_uk_short_cells", _table(
        ["Programme", "Channel", "Series", "Status"],
        [["Salt Road", "Kestrel", "S4", "Recommissioned"],
         ["Copper Vale", "Tovrel", "2", "Axed"],
         ["Glass Harbor", "Kestrel", "3", "Renewed"]]),
     {("Copper Vale", 2, "cancelled"), ("Glass Harbor", 3, "renewed")}),
    ("current_season_column_numbered_title", _table(
        ["Series", "Network", "Current season", "Fate"],
        [["Precinct 9", "Kestrel", "4", "Renewed"], ["Copper Vale", "Tovrel", "2", "Cancelled"],
         ["Glass Harbor", "Kestrel", "3", "Renewed"]]),
     {("Precinct 9", 4, "renewed"), ("Copper Vale", 2, "cancelled")}),
    ("box_title_with_year", _boxes(
        ("Dallas 1999", ["Network: Kestrel", "Seasons: 2", "Status: Renewed"]),
        ("Class of 2009", ["Network: Tovrel", "Seasons: 3", "Status: Cancelled"])),
     {("Dallas 1999", None, "renewed"), ("Class of 2009", None, "cancelled")}),
]
#: Controls: a "Seasons" count column is no season; a table title with a year keeps it.
COLUMN_CONTROLS = [
    ("seasons_count_column", _table(
        ["Show", "Network", "Seasons", "Status"],
        [["Salt Road", "Kestrel", "3", "Cancelled"], ["Copper Vale", "Tovrel", "2", "Renewed"],
         ["Glass Harbor", "Kestrel", "5", "Renewed"]]),
     {"Salt Road", "Copper Vale", "Glass Harbor"}),
    ("table_title_with_year", _table(
        ["Show", "Network", "Status"],
        [["Dallas 1999", "Kestrel", "Renewed"], ["Class of 2009", "Tovrel", "Cancelled"],
         ["Salt Road", "Kestrel", "Renewed"]]),
     {"Dallas 1999", "Class of 2009", "Salt Road"}),
]


@pytest.mark.parametrize("name,layout,wanted", COLUMNS, ids=[t[0] for t in COLUMNS])
def test_season_column_and_title_year(name: str, layout: str,
                                      wanted: set[tuple[object, ...]]) -> None:
    assert wanted <= {(row[0], row[1], row[2]) for row in _page_rows(layout)}


@pytest.mark.parametrize("name,layout,shows", COLUMN_CONTROLS,
                         ids=[t[0] for t in COLUMN_CONTROLS])
def test_column_controls(name: str, layout: str, shows: set[str]) -> None:
    assert {row[0] for row in _page_rows(layout)} == shows
