"""Round 24 (s24cancel): a decision's count of shows, then a colon or a dash, then their names.

``title.keep.counted_list`` and ``title.evidence.counted_list``: "Tovrel cancelled two dramas:
Marrowby and Quillon", "Two comedies won't be back – Marrowby and Quillon" name two shows the
decision took. A list of three is found by its commas; two names joined by "and" had no cue
(no title candidate) or no evidence of being shows (``drop.unevidenced_title``), and "Marrowby
and Quillon" stayed one name. Items that tell their own fate with a verb of their own ("–
Marrowby ended as planned, Quillon ...") are left to their own clauses.

The grid varies the count ("two", "two more", "both of its new", "three of its"), the show noun,
the decision (cancel, axe, pull the plug, won't be back, renew), the punctuation (colon, spaced
hyphen, en and em dash, a dash pair closing the list), quotes and asides after the items; the
controls give what they gave before the round.
"""

from __future__ import annotations

import pytest
from articles import facts_of, normalised_rows

HEADLINE = "Tovrel sets its autumn schedule"

CANCELLED = [
    ("Kestrel canceled two more series: Glass Harbor and Tin Roof.", ["glass harbor", "tin roof"]),
    ("Kestrel canceled two shows: Glass Harbor and Tin Roof.", ["glass harbor", "tin roof"]),
    ("Two comedies won't be back: Glass Harbor and Tin Roof.", ["glass harbor", "tin roof"]),
    ("Two comedies won't be back – Glass Harbor and Tin Roof.", ["glass harbor", "tin roof"]),
    ("Two comedies won't be back – Glass Harbor, Tin Roof and Salt Road.",
     ["glass harbor", "tin roof", "salt road"]),
    ("Kestrel pulled the plug on two dramas - Glass Harbor and Tin Roof - after low ratings.",
     ["glass harbor", "tin roof"]),
    ("Tovrel axed two shows on Monday — Marrowby and Quillon — after poor ratings.",
     ["marrowby", "quillon"]),
    ("Tovrel has cancelled two shows: Marrowby and Quillon. Both ran two seasons.",
     ["marrowby", "quillon"]),
    ("Tovrel has scrapped three of its originals: Marrowby, Quillon and Tessendale.",
     ["marrowby", "quillon", "tessendale"]),
]

RENEWED = [
    ("Tovrel has renewed two comedies: Marrowby and Quillon.", ["marrowby", "quillon"]),
]

#: Controls: the same on the base tree and on this branch.
CONTROLS = [
    # a list of three was found by its commas already
    ("Kestrel canceled three shows: Glass Harbor, Tin Roof and Salt Road.",
     {("glass harbor", None, "cancelled"), ("tin roof", None, "cancelled"),
      ("salt road", None, "cancelled")}),
    ("Kestrel cancelled Glass Harbor and Tin Roof on Friday.",
     {("glass harbor", None, "cancelled"), ("tin roof", None, "cancelled")}),
    ("Tovrel cancelled two series: \u201cMarrowby\u201d and \u201cQuillon.\u201d",
     {("marrowby", None, "cancelled"), ("quillon", None, "cancelled")}),
    # no decision, no show noun, another medium, people: no fact
    ("Tovrel has two new dramas this fall: Marrowby and Quillon.", set()),
    ("Two actors were dropped by Tovrel: Jane Doe and Tom Reyes.", set()),
    ("Tovrel cancelled two films: Marrowby and Quillon.", set()),
    # each item tells its own fate: the count decides none of them
    ("Four comedies bit the dust – Glass Harbor finished as planned, Tin Roof made it two and "
     "Salt Road only got one.", set()),
]


def _rows(sentence: str) -> set[tuple[str, int | None, str]]:
    return normalised_rows(facts_of(sentence, HEADLINE))


@pytest.mark.parametrize("sentence,shows", CANCELLED, ids=[s[:50] for s, _ in CANCELLED])
def test_counted_list_is_cancelled(sentence: str, shows: list[str]) -> None:
    assert {(show, "cancelled") for show in shows} <= {(s, k) for s, _, k in _rows(sentence)}


@pytest.mark.parametrize("sentence,shows", RENEWED, ids=[s[:50] for s, _ in RENEWED])
def test_counted_list_is_renewed(sentence: str, shows: list[str]) -> None:
    assert {(show, "renewed") for show in shows} <= {(s, k) for s, _, k in _rows(sentence)}


@pytest.mark.parametrize("sentence,expected", CONTROLS, ids=[s[:50] for s, _ in CONTROLS])
def test_controls(sentence: str, expected: set[tuple[str, int | None, str]]) -> None:
    assert _rows(sentence) == expected


def test_explain_names_the_rules() -> None:
    from monitor.extract import rules

    with rules.tracing() as trace:
        facts_of("Two comedies won't be back: Glass Harbor and Tin Roof.", HEADLINE)
    names = {name for event in trace.events for name in event.rules}
    verdicts = {rule for _, _, rule in trace.titles}
    assert "title.evidence.counted_list" in names
    assert "title.keep.counted_list" in verdicts
