"""Round 32 (r32clause): a list's last "item" that opens a clause of its own.

After a list a decision governs from before ("Kestrel renewed A, B and C"), ", and" / "and"
then a capitalised run and a verb of its own ("said", "called", "will", "is", "told" ...)
starts a new clause: the run is its subject (an executive with a job title, a person, a
network's label), not the list's last show (rule ``title.span.list_ends_before_clause``,
``lists.list_ends_before_clause``, which reuses ``lists._ITEM_OWN_VERB_AFTER_RE``).

Controls: the list's status after it, "all" after a subject list, two clauses each with its
own decision, a title opening with "The", a network-opened item with a season. All names are
invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import cell_reader, explained, rows

from monitor.extract import lists, rules

PUBLISHED = dt.date(2026, 11, 2)


_rows = cell_reader(rows, "TV news", PUBLISHED)


def _shows(body: str) -> set[str]:
    return {show for show, _, _ in _rows(body)}


# --- the last run opens a clause of its own (fail on 0260a03) --------------------------------

@pytest.mark.parametrize("body, expected", [
    pytest.param("Kestrel renewed Salt Road, Copper Vale and Lantern House, and Tovrel "
                 "Entertainment President Tom Vey said more news is coming.",
                 {"Salt Road", "Copper Vale", "Lantern House"}, id="comma-and-president-said"),
    pytest.param("Kestrel cancelled Salt Road, Copper Vale and Lantern House and Fox Chairman "
                 "Ada Lin called it a hard call.",
                 {"Salt Road", "Copper Vale", "Lantern House"}, id="and-network-chairman-called"),
    pytest.param("Kestrel renewed Salt Road and Copper Vale and Hulu Originals will stream the "
                 "rest of the slate.", {"Salt Road", "Copper Vale"}, id="network-label-will"),
    pytest.param("Tovrel renewed Lantern House and Copper Vale, and Kestrel Drama Chief Tom Vey "
                 "told reporters the slate is full.", {"Lantern House", "Copper Vale"},
                 id="chief-told"),
    pytest.param("Kestrel axed Lantern House and Salt Road, and Kestrel Entertainment Chairman "
                 "Tom Vey is already pitching a new drama.", {"Lantern House", "Salt Road"},
                 id="chairman-is"),
])
def test_last_run_opens_a_clause(body: str, expected: set[str]) -> None:
    assert _shows(body) == expected


@pytest.mark.parametrize("body, expected", [
    pytest.param("Kestrel renewed Salt Road and Copper Vale, and Lantern House wrapped filming "
                 "last week.", {("Salt Road", None, "renewed"), ("Copper Vale", None, "renewed"),
                                ("Lantern House", None, "filming_wrapped")},
                 id="facts-own-clause-wrapped"),
    pytest.param("Kestrel renewed Salt Road and Copper Vale and Lantern House premieres in May.",
                 {("Salt Road", None, "renewed"), ("Copper Vale", None, "renewed"),
                  ("Lantern House", None, "premiere")}, id="facts-own-clause-premieres"),
    pytest.param("Kestrel renewed Salt Road, and Copper Vale premieres on May 4.",
                 {("Salt Road", None, "renewed"), ("Copper Vale", None, "premiere")},
                 id="facts-two-clauses-comma-and"),
])
def test_facts_of_the_own_clause(body: str, expected: set[tuple[str, int | None, str]]) -> None:
    assert _rows(body) == expected


# --- controls (pass on 0260a03 and on the branch) ---------------------------------------------

@pytest.mark.parametrize("body, expected", [
    pytest.param("Kestrel renewed Salt Road, Copper Vale and Lantern House, which all return in "
                 "May.", {"Salt Road", "Copper Vale", "Lantern House"}, id="status-after-which"),
    pytest.param("Salt Road, Havana and Copper Vale will all return for new seasons.",
                 {"Salt Road", "Havana", "Copper Vale"}, id="subject-list-all"),
    pytest.param("Kestrel renewed Salt Road and Copper Vale and cancelled Lantern House.",
                 {"Salt Road", "Copper Vale", "Lantern House"}, id="two-clauses-three-shows"),
    pytest.param("Kestrel renewed Salt Road, Copper Vale and The Night Manager.",
                 {"Salt Road", "Copper Vale", "The Night Manager"}, id="title-opening-the"),
    pytest.param("Kestrel has renewed Salt Road and Fox Harbor for second seasons.",
                 {"Salt Road", "Fox Harbor"}, id="network-opened-item-season"),
    pytest.param("Salt Road, Copper Vale and Lantern House were renewed by Kestrel.",
                 {"Salt Road", "Copper Vale", "Lantern House"}, id="status-after-were"),
    pytest.param("Quick renewals for the dramas Salt Road, Copper Vale and Lantern House "
                 "bring Kestrel's count to nine.",
                 {"Salt Road", "Copper Vale", "Lantern House"}, id="noun-governor-subject"),
    pytest.param("Kestrel renewed Salt Road and Copper Vale this week.",
                 {"Salt Road", "Copper Vale"}, id="this-week-no-verb"),
    pytest.param("Tovrel has renewed Salt Road and Copper Vale, and Mara Quill announced the "
                 "dates on Monday.", {"Salt Road", "Copper Vale"}, id="person-announced"),
    # the lead, at the merge: a participle or a preposition after the last item is no verb of
    # a clause of its own (the branch's "-s" / "-ed" ending cut these items)
    pytest.param("Kestrel renewed Salt Road and Copper Vale based on strong ratings.",
                 {"Salt Road", "Copper Vale"}, id="based-on-no-verb"),
    pytest.param("Kestrel renewed Salt Road, Havana and Copper Vale thanks to strong ratings.",
                 {"Salt Road", "Havana", "Copper Vale"}, id="thanks-to-no-verb"),
    pytest.param("Kestrel cancelled Salt Road and Copper Vale following poor ratings.",
                 {"Salt Road", "Copper Vale"}, id="following-no-verb"),
    pytest.param("Kestrel renewed Salt Road and Copper Vale, and Lantern House reruns start in "
                 "May.", {"Salt Road", "Copper Vale", "Lantern House"}, id="reruns-noun"),
])
def test_controls(body: str, expected: set[str]) -> None:
    assert _shows(body) == expected


# --- the helper and its record ----------------------------------------------------------------

@pytest.mark.parametrize("text, cut", [
    pytest.param("Kestrel renewed Salt Road and Ada Lin said so.", True, id="said"),
    pytest.param("Kestrel renewed Salt Road and Copper Vale were renewed too.", False,
                 id="status-after"),
    pytest.param("Salt Road and Copper Vale will all return.", False, id="no-governor"),
    pytest.param("Kestrel renewed Salt Road, Copper Vale said.", False, id="comma-no-and"),
])
def test_helper(text: str, cut: bool) -> None:
    last = text.index(" Copper") + 1 if "Copper" in text else text.index("Ada")
    end = last + len("Copper Vale") if "Copper" in text else last + len("Ada Lin")
    first = text.index("Salt")
    gap = text[first + len("Salt Road"):last]
    assert lists.list_ends_before_clause(text, first, gap, end) is cut


def test_rule_record() -> None:
    record = rules.RULES["title.span.list_ends_before_clause"]
    assert "Ada Lin" in record.example


def test_rule_explained() -> None:
    assert "title.span.list_ends_before_clause" in explained(
        "Kestrel renewed Salt Road and Copper Vale and Hulu Originals will stream the rest of "
        "the slate.")
