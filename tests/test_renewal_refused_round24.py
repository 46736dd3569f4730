"""A renewal refused, or one the show failed to get, is the show's cancellation (round 24,
r24kinds; rule ``kind.renewal_refused_is_cancellation``).

A renewal trigger right after a decision against it ("voted against renewing", "turned down a
renewal", "ruled out a third-season renewal") or a failure to get it ("failed to land a
renewal", "missed out on a renewal", "was denied a renewal") was read as the renewal itself
(or dropped as negated): the kind inverted. The grid: heads of refusal and of failure × the
renewal told by its verb, its noun and a season's noun, over invented shows and networks;
the controls are renewals beside a refusal of something else, and refusals the extractor
already read.
"""

from __future__ import annotations

import pytest
from articles import facts_of, normalised_rows

SHOWS = ("Copper Wharf", "Salt Road")
NETWORKS = ("Kestrel", "Tovrel")

#: A network refusing: its words right before the renewal verb ("renewing X").
REFUSING_VERB = ("voted against", "balked at", "went against")
#: A network refusing: its words right before a renewal noun ("a renewal of X").
REFUSING_NOUN = ("turned down", "ruled out", "rejected", "refused", "declined", "voted against",
                 "decided against", "opted against", "said no to")
#: A show failing to get a renewal: its words right before the noun.
FAILING = ("failed to secure", "failed to land", "failed to earn", "missed out on",
           "was denied", "won't get", "did not get", "never got")


def _cells() -> list[tuple[str, str]]:
    cells = []
    for show in SHOWS:
        for net in NETWORKS:
            for head in REFUSING_VERB:
                cells.append((show, f"{net} {head} renewing the drama {show} for a third "
                                    "season."))
            for head in REFUSING_NOUN:
                cells.append((show, f"{net} {head} a renewal of the drama {show} for a third "
                                    "season."))
                cells.append((show, f"{net} {head} a third-season renewal for the drama "
                                    f"{show}."))
            for head in FAILING:
                cells.append((show, f"The drama {show} {head} a renewal for a third season "
                                    f"at {net}."))
                cells.append((show, f"The drama {show} {head} a third-season renewal at "
                                    f"{net}."))
    return cells


def _kinds(body: str, show: str) -> set[str]:
    key = show.lower()
    return {kind for name, _, kind in normalised_rows(facts_of(body)) if name == key}


@pytest.mark.parametrize(("show", "body"), _cells(), ids=[b for _, b in _cells()])
def test_refused_renewal_is_the_cancellation(show: str, body: str) -> None:
    assert _kinds(body, show) == {"cancelled"}


@pytest.mark.parametrize(("body", "show", "expected"), [
    # a renewal beside a refusal of something else stays a renewal
    ("Kestrel has renewed the drama Copper Wharf for a third season after deciding against "
     "a spin-off.", "Copper Wharf", {"renewed"}),
    ("Kestrel renewed the drama Copper Wharf for a third season after a vote against the "
     "merger.", "Copper Wharf", {"renewed"}),
    ("The drama Copper Wharf was renewed for a third season despite failing to secure an "
     "award.", "Copper Wharf", {"renewed"}),
    ("Kestrel has renewed the drama Salt Road for a third season.", "Salt Road", {"renewed"}),
    # refusals read as cancellations before the round
    ("Kestrel has decided against renewing the drama Salt Road for a third season.",
     "Salt Road", {"cancelled"}),
    ("Kestrel has declined to order a third season of the drama Salt Road.", "Salt Road",
     {"cancelled"}),
    ("Kestrel passed on renewing the drama Salt Road for a third season.", "Salt Road",
     {"cancelled"}),
])
def test_controls(body: str, show: str, expected: set[str]) -> None:
    assert _kinds(body, show) == expected


def test_declining_to_comment_is_no_cancellation() -> None:
    # a refusal of something else before the renewal: no decision against it
    assert "cancelled" not in _kinds("Kestrel declined to comment on a renewal of the drama "
                                     "Salt Road for a third season.", "Salt Road")


@pytest.mark.parametrize("body", [
    "Kestrel refused to renew the drama Copper Wharf for a third season.",
    "Kestrel chose not to greenlight a third season of the drama Copper Wharf.",
    "Kestrel has decided against bringing the drama Copper Wharf back for a third season.",
    "Kestrel opted against ordering a third season of the drama Copper Wharf.",
])
def test_refused_other_renewal_words(body: str) -> None:
    assert _kinds(body, "Copper Wharf") == {"cancelled"}


def test_a_delay_is_no_cancellation() -> None:
    # a renewal ruled out for a time is put off, not refused
    assert "cancelled" not in _kinds("Kestrel ruled out a renewal of the drama Copper Wharf "
                                     "for a third season before 2026.", "Copper Wharf")
