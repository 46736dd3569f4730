"""A renewal hoped, expected, sought or rumoured beside a show's cancellation is no renewal
(round 25, r25kinds; rule ``drop.renewal_not_given_beside_cancellation``).

"Kestrel cancelled the drama Copper Wharf even though the cast expected a renewal" gave the
show a confirmed renewal, dated the publication month, beside its cancellation: the renewal
word in the sentence's subordinate clause was read as a decision of its own. Round 25's census
found the sealed fold's wrong-kind false facts all in sentences that tell the labelled kind too,
with a renewal predicted where the labels give the cancellation twice (the pair rounds 23 and 24
found as well). In a sentence that tells the cancellation of the one show it names, a renewal
the words before it tell hoped, expected, sought or rumoured (or a modal after it leaves to
come) was never given. The grid: cancellations × renewals not given, before and after the
cancellation, with invented names; the controls are renewals given (told as done) beside a
cancellation, two shows with a decision each, and hoped renewals with no cancellation.
"""

from __future__ import annotations

import pytest
from articles import facts_of, normalised_rows

SHOWS = ("Copper Wharf", "Nightjar")
NETWORKS = ("Kestrel", "Tovrel")
#: {N} a network, {S} the show: the cancellation first, the renewal not given after it.
AFTER = [
    "{N} cancelled the drama {S} after fans had petitioned for a renewal.",
    "{N} cancelled the drama {S} even though the cast expected a renewal.",
    "{N} has cancelled the drama {S}, which fans had hoped would be renewed.",
    "The drama {S} was cancelled, despite strong ratings that seemed to guarantee a renewal.",
    "{N} has cancelled the drama {S}, despite earlier reports of a renewal.",
    "The drama {S} was cancelled by {N} before a renewal could be announced.",
    "{N} axed the drama {S} despite rumours of a renewal.",
    "The drama {S} has been cancelled by {N}, although its creator was pitching a renewal.",
    "{N} cancelled the drama {S} while its producers were seeking a renewal.",
    "{N} pulled the plug on the drama {S}, which fans had hoped would be renewed.",
    "The drama {S} will not return for a fourth season, despite reports of a renewal.",
    "{N} has scrapped the drama {S} even though its stars expected a renewal.",
    "The drama {S} is over at {N}, despite talk of a renewal.",
]
#: The renewal not given first, the cancellation after it.
BEFORE = [
    "Although the cast expected a renewal, {N} has cancelled the drama {S}.",
    "Despite reports of a renewal, the drama {S} has been cancelled by {N}.",
    "After fans had campaigned for a renewal, {N} cancelled the drama {S} anyway.",
]


def _kinds(body: str) -> set[tuple[str, str]]:
    return {(name, kind) for name, _, kind in normalised_rows(facts_of(body))}


def _cells() -> list[tuple[str, str]]:
    cells = [(frame.format(N=net, S=show), show.lower()) for frame in AFTER + BEFORE
             for show in SHOWS for net in NETWORKS]
    return list(dict.fromkeys(cells))


@pytest.mark.parametrize(("body", "show"), _cells(), ids=[c[0] for c in _cells()])
def test_cancellation_without_the_renewal_not_given(body: str, show: str) -> None:
    assert _kinds(body) == {(show, "cancelled")}


@pytest.mark.parametrize(("body", "expected"), [
    # a renewal told as done beside the cancellation: both are facts
    ("Although the drama Copper Wharf was renewed for a third season, Kestrel has now cancelled "
     "it.", {("copper wharf", "renewed"), ("copper wharf", "cancelled")}),
    ("The drama Copper Wharf was cancelled weeks after being renewed.",
     {("copper wharf", "renewed"), ("copper wharf", "cancelled")}),
    ("The drama Copper Wharf was cancelled two months after its renewal for a third season.",
     {("copper wharf", "renewed"), ("copper wharf", "cancelled")}),
    # two shows, a decision each
    ("Kestrel renewed the drama Copper Wharf but cancelled the comedy Nightjar.",
     {("copper wharf", "renewed"), ("nightjar", "cancelled")}),
    ("Kestrel cancelled the comedy Nightjar, while the drama Copper Wharf was renewed.",
     {("copper wharf", "renewed"), ("nightjar", "cancelled")}),
    # no cancellation: what the rules read before the round
    ("Kestrel is expected to renew the drama Copper Wharf for a third season.",
     {("copper wharf", "renewed")}),
    ("The drama Copper Wharf was renewed by Kestrel for a third season.",
     {("copper wharf", "renewed")}),
])
def test_controls(body: str, expected: set[tuple[str, str]]) -> None:
    assert _kinds(body) == expected
