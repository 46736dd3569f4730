"""A decision taken back is the other decision, round 23 (issue 10, s23kinds).

A renewal or a cancellation told as taken back by its own verb — "reversed its renewal of
X", "walked back the season 3 renewal", "X's cancellation was overturned", "rescinded its
cancellation of X" — was read as the decision it takes back: a renewal of the month with no
cancellation, a cancellation of the month with no renewal (the show's kind inverted, the
round's count's "kind not labelled" and "predicted with another kind"). The verbs that take
back a decision are one family whichever decision they take back (``rules._REVERSAL_VERBS``):
a renewal taken back is the show's cancellation now (``kind.renewal_undone_is_cancellation``,
its verbs widened), a cancellation taken back its renewal now
(``kind.cancellation_undone_is_renewal``); the decision taken back stays as the show's past,
undated, as the devset labels a revoked renewal. Controls: decisions not taken back, reversal
words of something else, and a sentence that tells the new decision in a word of its own.
Every sentence, show and network is invented for this test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of

PUBLISHED = dt.date(2031, 3, 10)
ABOUT = " The drama Copper Wharf follows two sisters who run a ferry across a cold bay."
SHOW = "Copper Wharf"

REVERSALS = ["reversed", "walked back", "overturned", "undid", "retracted", "rescinded",
             "revoked"]
RENEWAL_UNDONE = [
    "Tovrel has {v} its renewal of Copper Wharf.",
    "Tovrel {v} the season 3 renewal of Copper Wharf on Monday.",
    "Tovrel {v} the third-season renewal of Copper Wharf this week.",
]
RENEWAL_UNDONE_PASSIVE = [
    "The renewal of Copper Wharf has been {p}, Tovrel said.",
    "Copper Wharf's season 3 renewal was {p} on Friday.",
]
CANCELLATION_UNDONE = [
    "Tovrel has {v} its cancellation of Copper Wharf.",
    "Tovrel {v} the cancellation of Copper Wharf on Monday.",
    "Tovrel {v} its surprise cancellation of Copper Wharf this week.",
]
CANCELLATION_UNDONE_PASSIVE = [
    "The cancellation of Copper Wharf has been {p}, Tovrel said.",
    "Copper Wharf's cancellation was {p} after a fan campaign.",
]
PASSIVES = ["reversed", "walked back", "overturned", "undone", "retracted", "rescinded",
            "revoked"]


def _kinds(body: str) -> dict[str, set[str | None]]:
    """Each kind the show is given, with the dates it is given."""
    out: dict[str, set[str | None]] = {}
    for f in facts_of(body + ABOUT, "", PUBLISHED):
        if f.show == SHOW:
            out.setdefault(f.kind, set()).add(f.date)
    return out


def _grid(forms: list[str], words: list[str], key: str) -> list[str]:
    return [form.format(**{key: w}) for form in forms for w in words]


@pytest.mark.parametrize("body", _grid(RENEWAL_UNDONE, REVERSALS, "v")
                         + _grid(RENEWAL_UNDONE_PASSIVE, PASSIVES, "p"))
def test_a_renewal_taken_back_is_the_cancellation(body: str) -> None:
    kinds = _kinds(body)
    assert "cancelled" in kinds, kinds
    # the renewal taken back stays as the show's past, with no date of this month
    assert kinds.get("renewed", {None}) == {None}, kinds


@pytest.mark.parametrize("body", _grid(CANCELLATION_UNDONE, REVERSALS, "v")
                         + _grid(CANCELLATION_UNDONE_PASSIVE, PASSIVES, "p"))
def test_a_cancellation_taken_back_is_the_renewal(body: str) -> None:
    kinds = _kinds(body)
    assert "renewed" in kinds, kinds
    assert kinds.get("cancelled", {None}) == {None}, kinds


@pytest.mark.parametrize("body", [
    "Tovrel is reversing its cancellation of Copper Wharf, ordering a third season.",
    "Tovrel reversed its cancellation of Copper Wharf and renewed the drama for a third season.",
])
def test_a_taken_back_cancellation_beside_its_own_renewal_word_is_past(body: str) -> None:
    """The renewal word gives the renewal; the cancellation taken back is the past."""
    assert _kinds(body) == {"renewed": {"2031-03"}, "cancelled": {None}}


@pytest.mark.parametrize("body", [
    "Tovrel will reverse its cancellation of Copper Wharf, sources say.",
    "Tovrel could reverse its cancellation of Copper Wharf.",
])
def test_a_taking_back_ahead_is_a_renewal_ahead(body: str) -> None:
    facts = [f for f in facts_of(body + ABOUT, "", PUBLISHED) if f.show == SHOW]
    assert {(f.kind, f.certainty) for f in facts} == {("renewed", "speculative"),
                                                       ("cancelled", "speculative")}


# Controls: what these sentences give on the base, and still give.
@pytest.mark.parametrize("body, expected", [
    ("Tovrel reversed course and renewed Copper Wharf for a third season.",
     {"renewed": {"2031-03"}}),
    ("Tovrel has cancelled Copper Wharf after two seasons.", {"cancelled": {"2031-03"}}),
    ("The cancellation of Copper Wharf was announced on Monday.",
     {"cancelled": {"2031-03-10"}}),
    ("Copper Wharf's cancellation came as a surprise to fans.", {"cancelled": {"2031-03"}}),
    ("Tovrel has cancelled Copper Wharf, reversing its renewal.",
     {"cancelled": {"2031-03"}, "renewed": {None}}),
    ("Tovrel has scrapped its renewal of Copper Wharf.",
     {"cancelled": {"2031-03"}, "renewed": {None}}),
    ("Tovrel has renewed Copper Wharf for a third season.", {"renewed": {"2031-03"}}),
    ("The reversal of fortune did not save Copper Wharf from cancellation.", {}),
    ("Copper Wharf's ratings reversed course before its cancellation in March.",
     {"cancelled": {"2031-03"}}),
    ("Tovrel reversed course on its renewal of Copper Wharf.", {"renewed": {"2031-03"}}),
], ids=["reversed-course-and-renewed", "cancelled", "cancellation-announced",
        "cancellation-came", "cancelled-reversing-renewal", "scrapped-renewal", "renewed",
        "reversal-of-fortune", "ratings-reversed", "reversed-course-on-renewal"])
def test_controls(body: str, expected: dict[str, set[str | None]]) -> None:
    assert _kinds(body) == expected
