"""Tables and one-line scorecards read as rows (round 34, issue 10, r34tables).

The text stage writes an HTML table row as one line, its cells joined by " | " (before, one
cell a line and a cell repeated word for word dropped, so the rows fell apart); the extractor
reads such rows by their header's columns (``sections.table_rows``: a title column, a status
column) and a scorecard written on one line ("Renewed: A, B; Cancelled: C") label by label
(``listings.status_items``; ``lists.semicolon_list_as_commas`` keeps a labelled part's
semicolon). Controls: tables with no status column (ratings, air dates, a cast), a semicolon
list under one label, page text outside tables unchanged. Invented pages, names and networks.
"""

from __future__ import annotations

import datetime as dt

import pytest
from roundup_layouts import CASTS, LAYOUTS, expected, page, page_decisions

from monitor.extract.facts import extract_facts
from monitor.extract.shows import normalise_title
from monitor.ingest.text import extract_page_text
from monitor.models import Article

LAYOUT = dict(LAYOUTS)
URL = "https://news.example.test/tables"
PUBLISHED = dt.date(2026, 3, 2)
HEADLINE = "Where every Kestrel show stands after the spring calls"
INTRO = "<p>Kestrel has made its calls on the spring slate, the network said on Monday.</p>"
OUTRO = "<p>Stay tuned for more news on the spring schedule as it comes in.</p>"


def decisions(body: str) -> set[tuple[str, str]]:
    markup = (f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
              f"{INTRO}{body}{OUTRO}</article></body></html>")
    text = extract_page_text(markup, url=URL, content_type="text/html").text
    lines = text.split("\n\n")
    facts = extract_facts(Article(URL, lines[0], "\n".join(lines[1:]), PUBLISHED))
    return {(normalise_title(f.show), f.kind) for f in facts
            if f.kind in ("renewed", "cancelled")}


def table(header: list[str], rows: list[list[str]], head_tag: str = "th") -> str:
    cells = "".join(f"<{head_tag}>{c}</{head_tag}>" for c in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{cells}</tr></thead><tbody>{body}</tbody></table>"


def want(*pairs: tuple[str, str]) -> set[tuple[str, str]]:
    return {(normalise_title(show), kind) for show, kind in pairs}


CELLS = [
    ("new-show-network-status", table(["Show", "Network", "Status"], [
        ["Salt Road", "Tovrel", "Renewed"], ["Lantern House", "Tovrel", "Renewed"],
        ["Copper Vale", "Tovrel", "Cancelled"], ["Orchard Lane", "Tovrel", "Pending"]]),
     want(("Salt Road", "renewed"), ("Lantern House", "renewed"),
          ("Copper Vale", "cancelled"))),
    ("new-series-verdict-two-columns", table(["Series", "Verdict"], [
        ["Salt Road", "Renewed for season 3"], ["Copper Vale", "Cancelled after two seasons"],
        ["Lantern House", "Canceled"]]),
     want(("Salt Road", "renewed"), ("Copper Vale", "cancelled"),
          ("Lantern House", "cancelled"))),
    ("new-status-column-first", table(["Status", "Title", "Streamer"], [
        ["Renewed", "Marrowby Road", "Kestrel+"], ["Axed", "Glass Harbor", "Kestrel+"],
        ["Renewed", "Salt Road", "Kestrel+"]]),
     want(("Marrowby Road", "renewed"), ("Glass Harbor", "cancelled"),
          ("Salt Road", "renewed"))),
    ("new-header-in-td", table(["Show", "Network", "Fate"], [
        ["Salt Road", "Kestrel", "Cancelled"], ["Copper Vale", "Kestrel", "Cancelled"],
        ["Lantern House", "Kestrel", "Renewed"]], head_tag="td"),
     want(("Salt Road", "cancelled"), ("Copper Vale", "cancelled"),
          ("Lantern House", "renewed"))),
    ("new-scorecard-one-line",
     "<p>Renewed: Salt Road, Lantern House; Cancelled: Copper Vale.</p>",
     want(("Salt Road", "renewed"), ("Lantern House", "renewed"),
          ("Copper Vale", "cancelled"))),
    ("new-scorecard-one-line-cancelled-first",
     "<p>Cancelled: Copper Vale, Glass Harbor; Renewed: Salt Road; Still waiting: "
     "Orchard Lane.</p>",
     want(("Copper Vale", "cancelled"), ("Glass Harbor", "cancelled"),
          ("Salt Road", "renewed"))),
    # no status column, no decision (the cast table: base, reading one cell a line, renewed
    # "Gideon Pryce" and "Departed")
    ("control-ratings-table", table(["Show", "Network", "Viewers"], [
        ["Salt Road", "Kestrel", "4.1 million"], ["Lantern House", "Kestrel", "3.2 million"],
        ["Copper Vale", "Kestrel", "2.9 million"]]), set()),
    ("control-air-dates-table", table(["Show", "Network", "Premiere"], [
        ["Salt Road", "Kestrel", "March 4"], ["Lantern House", "Kestrel", "March 11"],
        ["Copper Vale", "Kestrel", "March 18"]]), set()),
    ("new-cast-table-no-decision", table(["Character", "Actor", "Status"], [
        ["Nell Marsh", "Jane Holt", "Returning"], ["Owen Pike", "Gideon Pryce", "Departed"],
        ["Ada Crane", "Mabel Hart", "Returning"]]), set()),
    # control: one label over a semicolon list keeps its current reading
    ("control-semicolon-list-one-label",
     "<p>Cancelled: Salt Road (Kestrel); Copper Vale (Tovrel); and Glass Harbor (Kestrel).</p>",
     want(("Salt Road", "cancelled"), ("Copper Vale", "cancelled"))),  # the last, after
    # "and", is missed on base too (MEASUREMENTS, Left)
    ("control-scorecard-lines",
     "<p>Renewed: Salt Road, Lantern House</p><p>Cancelled: Copper Vale, Glass Harbor</p>",
     want(("Salt Road", "renewed"), ("Lantern House", "renewed"),
          ("Copper Vale", "cancelled"), ("Glass Harbor", "cancelled"))),
]


@pytest.mark.parametrize(("body", "expected_decisions"), [c[1:] for c in CELLS],
                         ids=[c[0] for c in CELLS])
def test_table_and_scorecard_decisions(body: str, expected_decisions: set[tuple[str, str]]
                                       ) -> None:
    assert decisions(body) == expected_decisions


@pytest.mark.parametrize(("layout", "cast"), [
    ("table", "words"), ("table", "one-word"), ("scorecard-one-line", "words"),
    ("scorecard-one-line", "people-numbers")], ids=lambda v: str(v))
def test_new_roundup_layouts_read_right(layout: str, cast: str) -> None:
    """The round-up generator's table and one-line scorecard (failing on base)."""
    assert page_decisions(page(CASTS[cast], LAYOUT[layout])) == expected(CASTS[cast])


def test_new_table_row_is_one_line_with_its_repeated_cells() -> None:
    markup = ("<html><body><article><p>" + "Kestrel made its calls this week. " * 3 + "</p>"
              + table(["Show", "Network", "Status"], [["Salt Road", "Kestrel", "Renewed"],
                                                     ["Copper Vale", "Kestrel", "Renewed"]])
              + "</article></body></html>")
    text = extract_page_text(markup, url=URL, content_type="text/html").text
    assert "Salt Road | Kestrel | Renewed" in text.split("\n\n")
    assert "Copper Vale | Kestrel | Renewed" in text.split("\n\n")


def test_control_text_outside_tables_unchanged() -> None:
    markup = ("<html><body><article><h2>Renewed</h2><ul><li>Salt Road</li><li>Kestrel</li>"
              "</ul><p>Kestrel renewed it.</p><p>Kestrel renewed it.</p></article></body></html>")
    text = extract_page_text(markup, url=URL, content_type="text/html").text
    assert text.split("\n\n") == ["Renewed", "Salt Road", "Kestrel", "Kestrel renewed it."]


def test_new_cell_wrapped_in_one_paragraph_is_still_a_cell() -> None:
    markup = ("<html><body><article><p>" + "Kestrel made its calls this week. " * 3 + "</p>"
              "<table><tr><th>Show</th><th>Status</th></tr>"
              "<tr><td><p>Salt Road</p></td><td>Renewed</td></tr>"
              "<tr><td><p>Copper Vale</p></td><td>Renewed</td></tr></table>"
              "</article></body></html>")
    text = extract_page_text(markup, url=URL, content_type="text/html").text
    assert "Copper Vale | Renewed" in text.split("\n\n")


def test_control_layout_row_read_block_by_block() -> None:
    # (lead, round 34) a table used for layout: a cell of several paragraphs is no table cell;
    # joined into one line its sentences ran together ("third season.The drama ...")
    markup = ("<html><body><article><h1>Kestrel renews Salt Road</h1><table><tr>"
              "<td><p>Kestrel has renewed Salt Road for a third season.</p>"
              "<p>The drama returns in 2027.</p></td>"
              "<td><p>Related: Lantern House</p><p>Tovrel</p></td></tr></table>"
              "<p>The drama follows a family of fishermen on the north coast.</p>"
              "</article></body></html>")
    lines = extract_page_text(markup, url=URL, content_type="text/html").text.split("\n\n")
    assert "Kestrel has renewed Salt Road for a third season." in lines
    assert "The drama returns in 2027." in lines
    assert not any(" | " in line for line in lines)
