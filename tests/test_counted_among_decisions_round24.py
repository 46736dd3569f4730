"""A show counted among plural decisions is that decision's (round 24, r24kinds; rule
``trigger.plural_decision_counted``).

"X is among Kestrel's cancellations" was dropped as decisions in general
(``drop.generic_plural_decision``), so the show's cancellation was missed — or only another
kind the article gives the show was left. A plural decision noun that a show (or a list of
shows) is counted among by a copula or "joins" is the show's decision. The grid: frames of
counting × cancellations and renewals × one show and a list, with invented names; the
controls are plural decisions in general and shows spared from them.
"""

from __future__ import annotations

import pytest
from articles import facts_of, normalised_rows

#: (frame, the noun's kind): {S} the subject, {N} a network.
FRAMES = [
    "{S} {be} among {N}'s {noun} this year.",
    "{S} {be} among the surprise {noun} of the spring.",
    "{S} {be} the latest of {N}'s {noun}.",
    "{S} {be} the latest in a string of {N} {noun}.",
    "{S} {be} part of a wave of {N} {noun}.",
    "{S} {be} one of {N}'s early {noun}.",
    "{S} {be} one of five series {noun} announced on Tuesday.",
    "{S} {join} the list of {N} {noun}.",
]
NOUNS = {"cancellations": "cancelled", "renewals": "renewed"}
SUBJECTS = [
    ("The drama Copper Wharf", ("copper wharf",), "is", "joins"),
    ("The comedy Salt Road", ("salt road",), "was", "joined"),
    ("The dramas Copper Wharf and Salt Road", ("copper wharf", "salt road"), "are", "join"),
]
NETWORKS = ("Kestrel", "Tovrel")


def _cells() -> list[tuple[str, tuple[str, ...], str]]:
    cells = []
    for frame in FRAMES:
        for noun, kind in NOUNS.items():
            for subject, shows, be, join in SUBJECTS:
                for net in NETWORKS:
                    body = frame.format(S=subject, be=be, join=join, N=net, noun=noun)
                    if (body, shows, kind) not in cells:
                        cells.append((body, shows, kind))
    return cells


def _kinds(body: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for name, _, kind in normalised_rows(facts_of(body)):
        out.setdefault(name, set()).add(kind)
    return out


@pytest.mark.parametrize(("body", "shows", "kind"), _cells(), ids=[c[0] for c in _cells()])
def test_counted_among_decisions(body: str, shows: tuple[str, ...], kind: str) -> None:
    found = _kinds(body)
    assert {show: found.get(show, set()) for show in shows} == {show: {kind} for show in shows}


@pytest.mark.parametrize(("body", "expected"), [
    # decisions in general name no show's
    ("For other renewals and cancellations, see our list of the season's decisions.", {}),
    ("The drama Copper Wharf premiered in March. For other renewals and cancellations, see our "
     "list.", {"copper wharf": {"premiere"}}),
    # spared from the decisions, or a network making them
    ("The drama Copper Wharf was among the few shows spared from cancellations at Kestrel this "
     "year.", {}),
    ("Kestrel is among the networks making cancellations this spring.", {}),
    # decisions handed to shows were read before the round
    ("Kestrel announced the cancellations of the dramas Copper Wharf and Salt Road on Tuesday.",
     {"copper wharf": {"cancelled"}, "salt road": {"cancelled"}}),
    ("The renewals include the dramas Copper Wharf and Salt Road.",
     {"copper wharf": {"renewed"}, "salt road": {"renewed"}}),
])
def test_controls(body: str, expected: dict[str, set[str]]) -> None:
    assert _kinds(body) == expected
