"""Round 32 (r32lists4): list and decision shapes round 31 left.

A network's word that breaks every title run ("Fox", "Netflix", "Hulu" ...) opening a list's
item ended the list there ("renewed the dramas Salt Road, Fox Harbor and Havana" gave Salt
Road alone; "renewed Salt Road and Fox Harbor for second seasons" lost Fox Harbor and the
season); the list gaps now read past it (``lists.NETWORK_ITEM_HEAD``) and
``title.span.network_head`` takes an item of a decided list of kept titles as the longer
name's evidence (``lists.decided_list_item``); a network-opened first item before a place
("the dramas Fox Harbor, Lisbon and Havana") is a name of two words to
``title.span.kind_listed_pair``. "The decision to axe X" cues its object as "to cancel X"
does. A decision told "a week after ordering a third season" in a sentence whose news is the
other decision came before the news (``date.decision_before_the_news``), and "after ordering
a third season" is no season's run (``season.renewal_after_season_run``). A participle
opening a clause after a list (", leaving just Salt Road ...") no longer joins the next name
to it (``shows.LIST_GAP_RE``), so a kind-headed list keeps its person-shaped items
(``title.keep.kind_list``).

The network's word still wins where it stands free ("Fox renewed ...", "airs on Fox", "the Fox
dramas A and B"). All names are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import cell_reader, dated_rows, explained, rows

from monitor.extract import lists, shows

PUBLISHED = dt.date(2026, 11, 2)  # a Monday


_rows = cell_reader(rows, "TV news", PUBLISHED)
_dated = cell_reader(dated_rows, "TV news", PUBLISHED)


# --- a network's word opening a list's item (fail on 56606fb) --------------------------------

@pytest.mark.parametrize("body, expected", [
    pytest.param("Kestrel has renewed the dramas Fox Harbor, Lisbon and Havana for new seasons.",
                 {("Fox Harbor", None, "renewed"), ("Lisbon", None, "renewed"),
                  ("Havana", None, "renewed")}, id="first-item-before-a-place"),
    pytest.param("Kestrel has renewed the dramas Salt Road, Fox Harbor and Havana for new "
                 "seasons.", {("Salt Road", None, "renewed"), ("Fox Harbor", None, "renewed"),
                              ("Havana", None, "renewed")}, id="middle-item-kind-head"),
    pytest.param("Kestrel has renewed Salt Road and Fox Harbor for second seasons.",
                 {("Salt Road", 2, "renewed"), ("Fox Harbor", 2, "renewed")},
                 id="last-of-two-with-season"),
    pytest.param("Tovrel has cancelled Salt Road, Fox Harbor and Copper Vale.",
                 {("Salt Road", None, "cancelled"), ("Fox Harbor", None, "cancelled"),
                  ("Copper Vale", None, "cancelled")}, id="middle-item-no-kind"),
    pytest.param("Kestrel renewed the dramas Salt Road, Copper Vale, Fox Harbor and Lantern "
                 "House.", {("Salt Road", None, "renewed"), ("Copper Vale", None, "renewed"),
                            ("Fox Harbor", None, "renewed"),
                            ("Lantern House", None, "renewed")}, id="third-of-four"),
    pytest.param("Kestrel has renewed the comedies Salt Road, Peacock Lane and Havana.",
                 {("Salt Road", None, "renewed"), ("Peacock Lane", None, "renewed"),
                  ("Havana", None, "renewed")}, id="another-network-word"),
    pytest.param("Salt Road, Fox Harbor and Copper Vale have all been cancelled.",
                 {("Salt Road", None, "cancelled"), ("Fox Harbor", None, "cancelled"),
                  ("Copper Vale", None, "cancelled")}, id="subject-list-status-after"),
    pytest.param("The series Salt Road and Fox Harbor were renewed by Kestrel.",
                 {("Salt Road", None, "renewed"), ("Fox Harbor", None, "renewed")},
                 id="subject-pair-passive"),
    pytest.param("Kestrel has renewed Salt Road and Fox Harbor, the network said.",
                 {("Salt Road", None, "renewed"), ("Fox Harbor", None, "renewed")},
                 id="pair-then-attribution"),
])
def test_network_word_opens_a_list_item(body: str,
                                        expected: set[tuple[str, int | None, str]]) -> None:
    assert _rows(body) == expected


def test_network_head_explained() -> None:
    assert "title.span.network_head" in explained(
        "Kestrel has renewed Salt Road and Fox Harbor for second seasons.", "TV news",
        PUBLISHED)


# --- "the decision to axe X" (fail on 56606fb) ----------------------------------------------

@pytest.mark.parametrize("body, expected", [
    pytest.param("Tovrel reversed the decision to axe Salt Road, which will now return for a "
                 "third season.", ("Salt Road", 3, "renewed"), id="reversed-decision-to-axe"),
    pytest.param("Tovrel decided to axe Salt Road after two seasons.",
                 ("Salt Road", 2, "cancelled"), id="decided-to-axe"),
    pytest.param("Kestrel moved to scrap Lantern House after one season.",
                 ("Lantern House", 1, "cancelled"), id="moved-to-scrap"),
])
def test_bare_decision_verb_after_to(body: str, expected: tuple[str, int | None, str]) -> None:
    assert expected in _rows(body)


# --- a decision before the news (fail on 56606fb) --------------------------------------------

@pytest.mark.parametrize("body, expected", [
    pytest.param("Kestrel scrapped its renewal of Salt Road on Monday, a week after ordering a "
                 "third season.", {("Salt Road", 3, "cancelled", "2026-11"),
                                   ("Salt Road", 3, "renewed", None)},
                 id="renewal-scrapped-a-week-after-ordering"),
    pytest.param("Kestrel has cancelled Salt Road just days after renewing it for a third "
                 "season.", {("Salt Road", 3, "cancelled", "2026-11"),
                             ("Salt Road", 3, "renewed", None)},
                 id="cancelled-days-after-renewing"),
    pytest.param("Kestrel cancelled Salt Road on Monday, a week after ordering a third season.",
                 {("Salt Road", 3, "cancelled", "2026-11-02"), ("Salt Road", 3, "renewed", None)},
                 id="cancelled-on-monday-after-ordering"),
    pytest.param("Kestrel renewed Salt Road, a week after cancelling it.",
                 {("Salt Road", None, "renewed", "2026-11"),
                  ("Salt Road", None, "cancelled", None)}, id="mirror-renewed-after-cancelling"),
])
def test_decision_before_the_news(body: str,
                                  expected: set[tuple[str, int | None, str, str | None]]) -> None:
    assert _dated(body) == expected


def test_decision_before_the_news_explained() -> None:
    assert "date.decision_before_the_news" in explained(
        "Kestrel scrapped its renewal of Salt Road on Monday, a week after ordering a third "
        "season.", "TV news", PUBLISHED)


# --- a participle's clause after a kind-headed list (fail on 56606fb) ------------------------

@pytest.mark.parametrize("body, expected", [
    pytest.param("Tovrel cancelled the original shows Lisbon, Martha Gus and April Rose, leaving "
                 "just Salt Road as its only drama.",
                 {("Lisbon", None, "cancelled"), ("Martha Gus", None, "cancelled"),
                  ("April Rose", None, "cancelled")}, id="leaving-just"),
    pytest.param("Tovrel cancelled the original shows Lisbon, Martha Gus and April Rose, leaving "
                 "just Salt Road, in its final season, and Copper Vale as its only dramas.",
                 {("Lisbon", None, "cancelled"), ("Martha Gus", None, "cancelled"),
                  ("April Rose", None, "cancelled")}, id="leaving-two-shows"),
    pytest.param("Kestrel cancelled the comedies Havana, Tom Vey and Ada Lin, meaning Salt Road "
                 "is its last sitcom.", {("Havana", None, "cancelled"),
                                         ("Tom Vey", None, "cancelled"),
                                         ("Ada Lin", None, "cancelled")}, id="meaning"),
])
def test_participle_clause_ends_the_list(body: str,
                                         expected: set[tuple[str, int | None, str]]) -> None:
    assert _rows(body) == expected


# --- units --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, start, titles, expected", [
    pytest.param("Kestrel renewed Salt Road and Fox Harbor.", 30, ("Salt Road", "Harbor"), True,
                 id="pair-governed"),
    pytest.param("Kestrel renewed Salt Road, Copper Vale and Fox Harbor.", 43,
                 ("Salt Road", "Copper Vale"), True, id="three-governed"),
    pytest.param("Critics loved Salt Road and Fox Harbor.", 28, ("Salt Road",), False,
                 id="not-governed"),
    pytest.param("Kestrel renewed Old Salt Road and Fox Harbor.", 34, ("Salt Road x",), False,
                 id="no-kept-title-ahead"),
    pytest.param("Kestrel renewed Fox Harbor.", 16, ("Salt Road",), False, id="no-item-ahead"),
    pytest.param("Salt Road, Fox Harbor and Copper Vale were cancelled.", 11,
                 ("Salt Road", "Copper Vale"), True, id="middle-of-a-subject-list"),
    pytest.param("Kestrel cancelled Salt Road and Fox Harbor will stream the rest.", 32,
                 ("Salt Road",), False, id="last-item-opens-its-own-clause"),
])
def test_decided_list_item(text: str, start: int, titles: tuple[str, ...],
                           expected: bool) -> None:
    assert text[start:start + 3] == "Fox"
    assert lists.decided_list_item(text, start, start + 10, titles) is expected


@pytest.mark.parametrize("gap, expected", [
    pytest.param(", leaving just ", False, id="leaving-opens-a-clause"),
    pytest.param(", and Fox ", True, id="comma-and-fox"),
    pytest.param(", the network's ", True, id="plain-words-still-join"),
])
def test_list_gap(gap: str, expected: bool) -> None:
    assert bool(shows.LIST_GAP_RE.match(gap)) is expected


@pytest.mark.parametrize("gap, expected", [
    pytest.param(", Fox ", True, id="comma-fox"),
    pytest.param(" and Netflix ", True, id="and-netflix"),
    pytest.param(", fox ", False, id="lower-case-word-is-no-head"),
])
def test_discovery_gap_reads_past_the_word(gap: str, expected: bool) -> None:
    assert bool(shows._DISCOVERY_LIST_RE.match(gap)) is expected


# --- controls: pass on 56606fb and on the branch ---------------------------------------------

@pytest.mark.parametrize("body, expected", [
    pytest.param("Fox renewed Salt Road and Copper Vale.",
                 {("Salt Road", None, "renewed"), ("Copper Vale", None, "renewed")},
                 id="network-subject"),
    pytest.param("Kestrel has renewed the Fox dramas Salt Road and Havana.",
                 {("Salt Road", None, "renewed"), ("Havana", None, "renewed")},
                 id="network-owns-the-kind"),
    pytest.param("Kestrel renewed Salt Road and Fox renewed Copper Vale.",
                 {("Salt Road", None, "renewed"), ("Copper Vale", None, "renewed")},
                 id="network-verb-after-and"),
    pytest.param("Kestrel has renewed Salt Road and Fox News is reporting it.",
                 {("Salt Road", None, "renewed")}, id="fox-news-after-and"),
    pytest.param("Kestrel renewed Salt Road and Copper Vale, both of which air on Fox, for "
                 "second seasons.", {("Salt Road", None, "renewed"),
                                     ("Copper Vale", None, "renewed")}, id="airs-on-fox"),
    pytest.param("Salt Road and Fox Harbor drew large audiences last year.", set(),
                 id="no-decision"),
    pytest.param("Kestrel has renewed the dramas Salt Road, Copper Vale and Havana for new "
                 "seasons.", {("Salt Road", None, "renewed"), ("Copper Vale", None, "renewed"),
                              ("Havana", None, "renewed")}, id="plain-kind-list"),
    pytest.param("Kestrel has renewed the dramas Salt Road, Apple Harbor and Havana for new "
                 "seasons.", {("Salt Road", None, "renewed"), ("Apple Harbor", None, "renewed"),
                              ("Havana", None, "renewed")}, id="apple-is-no-break-word"),
    pytest.param("Kestrel has renewed Salt Road and Copper Vale for second seasons.",
                 {("Salt Road", 2, "renewed"), ("Copper Vale", 2, "renewed")},
                 id="plain-pair-with-season"),
    pytest.param("Kestrel renewed Salt Road, Copper Vale and Lantern House, making it a good "
                 "week for the network.", {("Salt Road", None, "renewed"),
                                           ("Copper Vale", None, "renewed"),
                                           ("Lantern House", None, "renewed")},
                 id="making-after-a-plain-list"),
    pytest.param("Kestrel has reversed its decision to cancel Salt Road after three seasons.",
                 {("Salt Road", 4, "renewed")}, id="reversed-decision-to-cancel"),
    pytest.param("Kestrel has no plans to scrap Salt Road.", set(), id="no-plans-to-scrap"),
    pytest.param("Kestrel renewed Salt Road for a third season after a strong second season.",
                 {("Salt Road", 3, "renewed")}, id="after-a-season-run"),
    pytest.param("Kestrel renewed Salt Road a week after its second season premiered.",
                 {("Salt Road", 3, "renewed")}, id="after-a-season-aired"),
])
def test_controls(body: str, expected: set[tuple[str, int | None, str]]) -> None:
    assert _rows(body) == expected


@pytest.mark.parametrize("body, expected", [
    pytest.param("Kestrel cancelled Salt Road on Monday.",
                 {("Salt Road", None, "cancelled", "2026-11-02")}, id="dated-cancellation"),
    pytest.param("Renewals came on Tuesday: Kestrel picked up Salt Road and renewed Copper "
                 "Vale.", {("Copper Vale", None, "renewed", "2026-10-27")},
                 id="same-event-shares-its-day"),
    pytest.param("Kestrel scrapped its renewal of Salt Road for a third season.",
                 {("Salt Road", 3, "cancelled", "2026-11"), ("Salt Road", 3, "renewed", None)},
                 id="undone-renewal-stays-past"),
])
def test_dated_controls(body: str,
                        expected: set[tuple[str, int | None, str, str | None]]) -> None:
    assert _dated(body) == expected
