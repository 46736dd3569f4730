"""A page's news entries each under a dateline date their decisions, round 22 (branch
r22dates).

News pages that gather short items set a dateline above each ("Monday 7th December 2015").
A renewal, cancellation, start or wrap told with no time fell back on the publication month
(``date.publication_month``), which is another month when the entry is older than the page's
first of the month, and never the entry's day. Rule ``date.entry_dateline``
(``eventdates.entry_datelines``): on a page with datelines of two or more days, none after the
article and none more than two months before it, such a fact takes the day of the dateline
its entry sits under. One dateline is the page's own date and dates nothing; a sentence that
states its own time keeps it (the controls).

Every name is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of, make_article

TITLES = [("Nightjar", "Copper Harbor"), ("The Salt Ledger", "Marsh Light"),
          ("Tin Lantern", "Hollowmere")]
PUBLISHED = dt.date(2016, 1, 6)

#: The dateline forms: (first entry's line, second entry's line).
DATELINES = [
    ("Tuesday 5th January 2016", "Monday 28th December 2015"),
    ("Jan. 5, 2016", "Dec. 28, 2015"),
    ("5 January 2016", "28 December 2015"),
    ("Updated: January 5, 2016", "Updated: December 28, 2015"),
]

#: (second entry's sentence, kind): the fact the second entry tells.
EVENTS = [
    ("Kestrel Two has ordered a second series of the comedy {b}.", "renewed"),
    ("Kestrel Two has cancelled the drama {b} after two series.", "cancelled"),
    ("Filming has begun on the second series of the drama {b}.", "filming_started"),
    ("Filming has wrapped on the second series of the drama {b}.", "filming_wrapped"),
]


def _page(first: str, second: str, event: str, a: str, b: str) -> str:
    return (f"TV comedy news\n{a} to return to Tovrel\n{first}\nTovrel has ordered a third "
            f"series of the sitcom {a}.\n{b} news\n{second}\n{event.format(b=b)}")


def _dates(body: str, published: dt.date = PUBLISHED) -> dict[tuple[str, str], str | None]:
    return {(f.show, f.kind): f.date for f in facts_of(body, "TV comedy news", published)}


@pytest.mark.parametrize(("a", "b"), TITLES)
@pytest.mark.parametrize(("first", "second"), DATELINES)
@pytest.mark.parametrize(("event", "kind"), EVENTS)
def test_each_entry_takes_its_dateline(event: str, kind: str, first: str, second: str, a: str,
                                       b: str) -> None:
    dates = _dates(_page(first, second, event, a, b))
    assert dates.get((a, "renewed")) == "2016-01-05", dates
    assert dates.get((b, kind)) == "2015-12-28", dates


#: Controls: the same on both trees.
@pytest.mark.parametrize(("a", "b"), TITLES)
def test_one_dateline_is_the_page_date(a: str, b: str) -> None:
    body = (f"TV comedy news\nTuesday 5th January 2016\nTovrel has ordered a third series of "
            f"the sitcom {a}.\nKestrel Two has cancelled the drama {b} after two series.")
    dates = _dates(body)
    assert dates.get((a, "renewed")) == "2016-01" and dates.get((b, "cancelled")) == "2016-01"


@pytest.mark.parametrize(("a", "b"), TITLES)
def test_a_sentence_with_its_own_time_keeps_it(a: str, b: str) -> None:
    body = _page("Tuesday 5th January 2016", "Monday 28th December 2015",
                 "Kestrel Two cancelled the drama {b} in November.", a, b)
    assert _dates(body).get((b, "cancelled")) == "2015-11"


@pytest.mark.parametrize(("a", "b"), TITLES)
def test_datelines_after_the_article_or_long_before_date_nothing(a: str, b: str) -> None:
    body = _page("Tuesday 5th January 2017", "Monday 28th December 2014",
                 "Kestrel Two has cancelled the drama {b} after two series.", a, b)
    dates = _dates(body)
    assert dates.get((a, "renewed")) == "2016-01" and dates.get((b, "cancelled")) == "2016-01"


def test_explain_names_the_rule() -> None:
    from monitor.extract.explain import explain
    _, text = explain(make_article(_page("Tuesday 5th January 2016", "Monday 28th December 2015",
                                         EVENTS[0][0], "Nightjar", "Copper Harbor"),
                                   "TV comedy news", PUBLISHED))
    assert "date.entry_dateline" in text


@pytest.mark.parametrize(("a", "b"), TITLES)
def test_a_byline_date_and_dated_links_are_no_entries(a: str, b: str) -> None:
    body = (f"TV comedy news\nJanuary 5, 2016\nTovrel has ordered a third series of the sitcom "
            f"{a}. Kestrel Two has cancelled the drama {b} after two series.\nRelated: "
            "Tovrel's spring schedule\nDecember 28, 2015")
    dates = _dates(body)
    assert dates.get((a, "renewed")) == "2016-01" and dates.get((b, "cancelled")) == "2016-01"
