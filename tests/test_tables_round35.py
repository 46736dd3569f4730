"""Status tables and fields in other sites' layouts (round 35, issue 10, r35tables).

A status column named otherwise ("Where it stands", "Outlook", "Status (as of May)") or asked
as a question ("Renewed?", "Returning?", "Season 4?"), its cells in words ("Coming back",
"Won't return", "Ended", "Axed") or answers ("Yes", "No", "✓", "✗"), read by
``sections.status_verdict`` (``CELL_VERDICTS``, ``QUESTION_ANSWERS``, then ``_own_verdict``);
a row's season ("Renewed for season 3", a "Season 4?" column) given as the fact's season; a
fact box's repeated "Status:" field kept by the text stage (``ingest.text._dedupe``); a
one-line scorecard parted by full stops (``listings._labelled_parts``). Controls: a ratings
table, a cast table, an episode list with air dates, a yes/no column about something else, a
hedged or undecided cell, a prose line with a full stop after a label. Invented pages, names,
networks; ``tests/table_layouts.py`` is the generated grid.
"""

from __future__ import annotations

import datetime as dt

import pytest
from roundup_layouts import CASTS
from table_layouts import fact_boxes, layouts, score, scorecard_stops

from monitor.extract.facts import extract_facts
from monitor.extract.shows import normalise_title
from monitor.ingest.text import extract_page_text
from monitor.models import Article

URL = "https://listings.example.test/renewal-tracker"
PUBLISHED = dt.date(2026, 5, 20)
HEADLINE = "Renewal Tracker: Every Kestrel Series' Fate for 2026-27"
INTRO = "<p>Kestrel has made most of its calls on the slate, the network said on Monday.</p>"
OUTRO = "<p>This tracker is updated as decisions come in.</p>"


def facts(body: str) -> set[tuple[str, str, int | None]]:
    markup = (f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
              f"{INTRO}{body}{OUTRO}</article></body></html>")
    text = extract_page_text(markup, url=URL, content_type="text/html").text
    lines = text.split("\n\n")
    found = extract_facts(Article(URL, lines[0], "\n".join(lines[1:]), PUBLISHED))
    return {(normalise_title(f.show), f.kind, f.season) for f in found
            if f.kind in ("renewed", "cancelled")}


def table(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{c}</th>" for c in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def want(*triples: tuple[str, str, int | None]) -> set[tuple[str, str, int | None]]:
    return {(normalise_title(show), kind, season) for show, kind, season in triples}


CELLS = [
    ("new-where-it-stands-words", table(["Series", "Network", "Where it stands"], [
        ["Salt Road", "Kestrel", "Coming back"], ["Copper Vale", "Kestrel", "Won't return"],
        ["Orchard Lane", "Kestrel", "On the bubble"]]),
     want(("Salt Road", "renewed", None), ("Copper Vale", "cancelled", None))),
    ("new-renewed-question-yes-no", table(["Show", "Renewed?"], [
        ["Lantern House", "Yes"], ["Glass Harbor", "No"], ["Orchard Lane", "TBD"]]),
     want(("Lantern House", "renewed", None), ("Glass Harbor", "cancelled", None))),
    ("new-returning-question-glyphs", table(["Title", "Streamer", "Returning?"], [
        ["Marrowby Road", "Tovrel", "✓"], ["Havana", "Tovrel", "✗"],
        ["Brambles", "Tovrel", "?"]]),
     want(("Marrowby Road", "renewed", None), ("Havana", "cancelled", None))),
    ("new-season-question-names-season", table(["Show", "Network", "Season 4?"], [
        ["Lisbon", "Kestrel", "Yes"], ["Nightjar", "Kestrel", "No"]]),
     want(("Lisbon", "renewed", 4), ("Nightjar", "cancelled", None))),
    ("new-status-cell-season", table(["Show", "Network", "Status"], [
        ["Salt Road", "Kestrel", "Renewed for season 3"], ["Lantern House", "Kestrel",
                                                           "Renewed (season two)"],
        ["Copper Vale", "Kestrel", "Cancelled"]]),
     want(("Salt Road", "renewed", 3), ("Lantern House", "renewed", 2),
          ("Copper Vale", "cancelled", None))),
    ("new-outlook-ended-axed", table(["Show title", "Outlook"], [
        ["Salt Road", "Ended"], ["Copper Vale", "Axed"], ["Lantern House", "Picked up"]]),
     want(("Salt Road", "cancelled", None), ("Copper Vale", "cancelled", None),
          ("Lantern House", "renewed", None))),
    ("new-status-as-of-month", table(["Programme", "Channel", "Status (as of May)"], [
        ["Salt Road", "Kestrel", "Not renewed"], ["Lantern House", "Kestrel", "Returning"]]),
     want(("Salt Road", "cancelled", None), ("Lantern House", "renewed", None))),
    ("new-fact-boxes-repeated-status",
     "<h3>Salt Road</h3><p>Network: Kestrel</p><p>Seasons: 2</p><p>Status: Cancelled</p>"
     "<h3>Copper Vale</h3><p>Network: Kestrel</p><p>Seasons: 2</p><p>Status: Cancelled</p>"
     "<h3>Lantern House</h3><p>Network: Kestrel</p><p>Seasons: 3</p><p>Status: Renewed</p>",
     want(("Salt Road", "cancelled", None), ("Copper Vale", "cancelled", None),
          ("Lantern House", "renewed", None))),
    ("new-scorecard-full-stops",
     "<p>Renewed: Salt Road, Lantern House. Cancelled: Copper Vale. Still waiting: "
     "Orchard Lane.</p>",
     want(("Salt Road", "renewed", None), ("Lantern House", "renewed", None),
          ("Copper Vale", "cancelled", None))),
    ("new-scorecard-full-stops-cancelled-first",
     "<p>Cancelled: Glass Harbor, Havana. Renewed: Lisbon.</p>",
     want(("Glass Harbor", "cancelled", None), ("Havana", "cancelled", None),
          ("Lisbon", "renewed", None))),
    # controls: they keep their output on base and branch
    ("control-ratings-table", table(["Show", "Viewers (m)", "Rating"], [
        ["Salt Road", "4.1", "0.6"], ["Copper Vale", "2.2", "0.3"]]), set()),
    ("control-cast-table", table(["Actor", "Character", "Returning?"], [
        ["Mabel Hart", "Nora Vance", "Yes"], ["Gideon Pryce", "Tom Reyes", "No"]]), set()),
    ("control-episode-list-air-dates", table(["Episode", "Title", "Air date"], [
        ["1", "The Long Field", "March 3, 2026"], ["2", "Ash Harbour", "March 10, 2026"]]),
     set()),
    ("control-yes-no-about-streaming", table(["Show", "Network", "Streaming?"], [
        ["Salt Road", "Kestrel", "Yes"], ["Copper Vale", "Kestrel", "No"]]), set()),
    ("control-hedged-cells", table(["Show", "Where it stands"], [
        ["Salt Road", "Likely renewed"], ["Copper Vale", "Could be cancelled"],
        ["Lantern House", "Awaiting word"]]), set()),
    ("control-status-plain-table", table(["Show", "Network", "Status"], [
        ["Salt Road", "Kestrel", "Renewed"], ["Copper Vale", "Kestrel", "Cancelled"]]),
     want(("Salt Road", "renewed", None), ("Copper Vale", "cancelled", None))),
    # (lead, round 35) a title cell is the whole title: its number is the title's own
    # ("Station 9", "Ward 13"), not a season; a season named in the status cell stays one
    ("new-title-cell-ending-in-a-number", table(["Show", "Network", "Status"], [
        ["Station 9", "Kestrel", "Renewed"], ["Ward 13", "Kestrel", "Cancelled"],
        ["Salt Road", "Kestrel", "Renewed for season 3"]]),
     want(("Station 9", "renewed", None), ("Ward 13", "cancelled", None),
          ("Salt Road", "renewed", 3))),
    ("control-label-then-prose",
     "<p>Update: the network has not said anything. Fans are waiting on Salt Road.</p>",
     set()),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in CELLS],
                         ids=[c[0] for c in CELLS])
def test_table_cells(body: str, expected: set[tuple[str, str, int | None]]) -> None:
    assert facts(body) == expected


GRID = [(name, lay) for name, lay in layouts()
        if name.split(" / ")[0] in ("Where it stands", "Renewed?", "Outlook")
        or lay in (fact_boxes, scorecard_stops)]


@pytest.mark.parametrize("layout", [lay for _, lay in GRID],
                         ids=[f"new-grid-{name.replace(' / ', '-').replace(' ', '-')}"
                              for name, _ in GRID])
def test_generated_layouts_words_cast(layout: object) -> None:
    right, missed, false, named, read = score(CASTS["words"], layout)
    assert (right, missed, false, read) == (4, 0, 0, named)
