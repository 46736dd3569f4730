"""A decision round-up's list told by an idiom the trigger vocabulary lacks (round 22, issue 10).

"Among the losses are A, B and C", "It's curtains for A and B", "A, B and C are staying put":
in an article that tells a renewal or a cancellation in its headline or a sentence before, the
idiom right before the list's first title or right after its last is that decision for every
item (``list.roundup_fate``); items carrying notes ("sci-fi favourite A, and animated series
B") are one list. Invented names, networks and sentences only.
"""

from __future__ import annotations

import pytest
from articles import facts_of, rows

TITLE_SETS = [
    ("Copper Vale", "Nightjar", "Brass Lantern"),
    ("Salt Meridian", "Orchard Lane", "Hollow Tide"),
    ("Quillon", "Marrowby Road", "Tessendale"),
]
RENEWAL_LEADS = ["Kestrel has renewed Salt Road for a fifth season.",
                 "Tovrel renewed its legal drama Salt Road for a third season on Monday.",
                 "Salt Road will return for a sixth season, Kestrel announced."]
CANCELLATION_LEADS = ["Kestrel has cancelled Salt Road after four seasons.",
                      "Tovrel cancelled its legal drama Salt Road on Monday.",
                      "Salt Road has been cancelled after three seasons, Kestrel announced."]
NEUTRAL = "Kestrel's week in television"

RENEWAL_FRAMES = [
    "Kestrel is keeping {a}, {b} and {c}.",
    "The network also kept {a}, {b} and {c}.",
    "The survivors are {a}, {b} and {c}.",
    "The keepers include {a}, {b} and {c}.",
    "{a}, {b} and {c} will be sticking around.",
    "{a}, {b} and {c} are staying put.",
    "{a}, {b} and {c} survived the cull.",
    "Kestrel held on to {a}, {b} and {c}.",
]
CANCELLATION_FRAMES = [
    "Among the losses are {a}, {b} and {c}.",
    "The biggest losses include {a}, {b} and {c}.",
    "Among the most painful losses have been sci-fi favourite {a}, {b} and animated series {c}.",
    "It's curtains for {a}, {b} and {c}.",
    "It is also the end of the road for {a}, {b} and {c}.",
    "The axe also fell on {a}, {b} and {c}.",
    "{a}, {b} and {c} are gone.",
    "{a}, {b} and {c} are now history.",
    "{a}, {b} and {c} met their end.",
]


def _cells(frames: list[str], leads: list[str]) -> list[str]:
    return [f"{leads[number]} {frame.format(a=a, b=b, c=c)}"
            for frame in frames for number, (a, b, c) in enumerate(TITLE_SETS)]


def _decided(body: str, headline: str, kind: str) -> set[str]:
    return {show for show, _, k in rows(facts_of(body, headline)) if k == kind}


@pytest.mark.parametrize("body", _cells(RENEWAL_FRAMES, RENEWAL_LEADS))
def test_renewal_idiom_renews_the_list(body: str) -> None:
    names = next(t for t in TITLE_SETS if t[0] in body)
    assert set(names) <= _decided(body, NEUTRAL, "renewed")


@pytest.mark.parametrize("body", _cells(CANCELLATION_FRAMES, CANCELLATION_LEADS))
def test_cancellation_idiom_cancels_the_list(body: str) -> None:
    names = next(t for t in TITLE_SETS if t[0] in body)
    assert set(names) <= _decided(body, NEUTRAL, "cancelled")


def test_an_item_named_with_an_ampersand_after_the_lists_and_stays_whole() -> None:
    got = _decided("Kestrel has cancelled Salt Road after four seasons. Among the losses are "
                   "sci-fi favourite Copper Vale, and animated series Tin & Brass.", NEUTRAL,
                   "cancelled")
    assert {"Copper Vale", "Tin & Brass"} <= got and not {"Tin", "Brass"} & got


# --- controls: what they give today, on the base tree and on this branch --------------------

LISTED = ("Copper Vale", "Nightjar", "Brass Lantern")


@pytest.mark.parametrize("frame", [*RENEWAL_FRAMES, *CANCELLATION_FRAMES])
def test_no_decision_told_no_fact(frame: str) -> None:
    body = "The network set its schedule on Monday. " + frame.format(
        a=LISTED[0], b=LISTED[1], c=LISTED[2])
    assert not set(LISTED) & {show for show, _, _ in rows(facts_of(body, NEUTRAL))}


@pytest.mark.parametrize("sentence", [
    "Is it curtains for Copper Vale, Nightjar and Brass Lantern?",
    "It's not curtains for Copper Vale, Nightjar and Brass Lantern yet.",
    "Fans hope Copper Vale, Nightjar and Brass Lantern are staying put.",
    "Among my own favourites are Copper Vale, Nightjar and Brass Lantern.",
    "The drama is in the mould of Copper Vale, Nightjar and Brass Lantern.",
    "It comes from the makers of Copper Vale, Nightjar and Brass Lantern.",
    "Kestrel is keeping its promise to fans of Copper Vale, Nightjar and Brass Lantern.",
])
def test_asked_negated_or_other_lists_get_no_decision(sentence: str) -> None:
    body = f"Kestrel has cancelled Salt Road after four seasons. {sentence}"
    got = rows(facts_of(body, NEUTRAL))
    assert not {s for s, _, k in got if k in ("renewed", "cancelled")} & set(LISTED)


def test_premieres_list_keeps_its_kind() -> None:
    got = rows(facts_of("Kestrel has renewed Salt Road for a fifth season. Copper Vale, "
                        "Nightjar and Brass Lantern premiere on June 5.", NEUTRAL))
    assert not {s for s, _, k in got if k in ("renewed", "cancelled")} & set(LISTED)
