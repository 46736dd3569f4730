"""Round 22 (s22strict): a decision told in a clause of the show's past takes no date.

Strict scoring counts a fact only when its date is the label's. The labelling guide gives an
event "reported as just happened with no time stated" the publication month, and leaves a
decision told as the show's past, its time not told, undated. On main a renewal or a
cancellation told in a clause that hangs on another event or on the show ("ran two seasons
before it was cancelled", "the comedy that was axed by Tovrel", "After rival Kestrel renewed
Salt Road, Tovrel ...") fell back on the publication month as news of the day
(``date.publication_month``); it now takes no date (``date.decision_in_clause_undated``).
The news of the sentence (the main clause), a decision told as just made ("that was just
axed"), and one with its own time keep what they gave. Every sentence and name is invented.
"""

from __future__ import annotations

import pytest
from articles import dated_row, facts_of, make_article

from monitor.extract.explain import explain
from monitor.extract.shows import normalise_title

#: (show, network, other network).
NAMES = [
    ("Salt Road", "Tovrel", "Kestrel"),
    ("Glass Orchard", "Brightwave", "Pellmar"),
    ("Copper Vale", "Ardent One", "Nimbus Play"),
]

#: A past decision in a clause that hangs on another event or on the show: (body, kind).
IN_CLAUSE = [
    ("“{A}” lasted for two seasons before it was cancelled by {N}, and {M} picked it up "
     "for a third.", "cancelled"),
    ("“{A}” ran three seasons before it was axed by {N}, and the cast moved on.", "cancelled"),
    ("{M} has revived “{A}”, the comedy that was cancelled by {N} and has been off the air "
     "for a year.", "cancelled"),
    ("Viewers still miss “{A}”, a thriller which was axed by {N} after a single run.",
     "cancelled"),
    ("After rival {N} renewed “{A}” for one season, {M} decided to go further with its own "
     "soap.", "renewed"),
    ("When {N} renewed “{A}” for a fifth season, the cast celebrated.", "renewed"),
    ("“{A}” was an odd hit, a show that was renewed by {N} before a single episode aired.",
     "renewed"),
]

#: The news of the sentence, or a decision told as just made: the publication month as today.
NEWS = [
    ("{N} has cancelled “{A}” after two seasons.", "cancelled"),
    ("{N} has renewed “{A}” for a third season.", "renewed"),
    ("“{A}”, the comedy that was just axed by {N}, drew a loyal audience.", "cancelled"),
    ("{N} has cancelled “{A}”, which ran for two seasons.", "cancelled"),
    ("After months of talks, {N} has renewed “{A}” for a third season.", "renewed"),
]


def _of(body: str, show: str, kind: str) -> list[str | None]:
    return [dated_row(f)[3] for f in facts_of(body)
            if normalise_title(f.show) == normalise_title(show) and f.kind == kind]


@pytest.mark.parametrize("names", NAMES, ids=lambda n: n[0])
@pytest.mark.parametrize("body,kind", IN_CLAUSE, ids=[b[:40] for b, _ in IN_CLAUSE])
def test_decision_in_clause_takes_no_date(names: tuple[str, str, str], body: str,
                                          kind: str) -> None:
    show, network, other = names
    assert _of(body.format(A=show, N=network, M=other), show, kind) == [None]


@pytest.mark.parametrize("names", NAMES, ids=lambda n: n[0])
@pytest.mark.parametrize("body,kind", NEWS, ids=[b[:40] for b, _ in NEWS])
def test_news_of_the_day_keeps_the_publication_month(names: tuple[str, str, str], body: str,
                                                     kind: str) -> None:
    show, network, other = names
    assert _of(body.format(A=show, N=network, M=other), show, kind) == ["2024-05"]


def test_a_time_of_its_own_stays() -> None:
    body = "“Salt Road” ran two seasons before it was cancelled by Tovrel in March 2023."
    assert _of(body, "Salt Road", "cancelled") == ["2023-03"]


def test_explain_names_the_rule() -> None:
    _, text = explain(make_article(
        "“Glass Harbor” lasted two seasons before it was cancelled by Tovrel."))
    assert "date.decision_in_clause_undated" in text
