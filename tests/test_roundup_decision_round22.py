"""A decision round-up's lists of bare titles are lists of shows (round 22, issue 10).

A round-up that tells a renewal or a cancellation in its headline, or first of a show it
shows to be one, names the rest of the decided shows bare, one list to a sentence, with an
idiom of the decision ("are all coming back", "pulled the plug on", "got the axe"): the idiom
was read, but the items, with no season, network or kind of show beside them, were dropped as
unevidenced titles (``list.roundup_decision``). Invented names, networks and sentences only.
"""

from __future__ import annotations

import pytest
from articles import facts_of, rows

TITLE_SETS = [
    ("Copper Vale", "Nightjar", "Brass Lantern"),
    ("Salt Meridian", "Orchard Lane", "Hollow Tide"),
    ("Quillon", "Marrowby Road", "Tessendale"),
]

RENEWAL_HEADLINES = ["Kestrel Renews Eight Dramas", "Tovrel renews its comedy slate",
                     "Kestrel has renewed a number of its dramas for next season"]
CANCELLATION_HEADLINES = ["Kestrel Cancels Five Shows", "Tovrel cancels its comedy slate",
                          "Vantor has axed a handful of its dramas"]
RENEWAL_LEAD = "Kestrel has renewed Salt Road for a fifth season."
CANCELLATION_LEAD = "Kestrel has cancelled Salt Road after four seasons."

RENEWAL_FRAMES = [
    "{a}, {b} and {c} are all coming back.",
    "{a}, {b} and {c} will all be coming back.",
    "Kestrel is committed to {a}, {b} and {c}.",
    "Kestrel is sticking with {a}, {b} and {c}.",
    "{a}, {b} and {c} are returning.",
    "{a}, {b} and {c} got the green light.",
]
CANCELLATION_FRAMES = [
    "Kestrel will say goodbye to {a}, {b} and {c}.",
    "{a}, {b} and {c} got the axe.",
    "{a}, {b} and {c} were given the axe.",
    "Kestrel also pulled the plug on {a}, {b} and {c}.",
    "{a}, {b} and {c} won't be back.",
    "{a}, {b} and {c} will not return.",
    "{a}, {b} and {c} were also given the boot.",
]


def _kinds(body: str, headline: str, kind: str) -> set[str]:
    return {show for show, _, k in rows(facts_of(body, headline)) if k == kind}


def _cells(frames: list[str], headlines: list[str], lead: str) -> list[tuple[str, str]]:
    out = []
    for frame in frames:
        for number, (a, b, c) in enumerate(TITLE_SETS):
            listed = frame.format(a=a, b=b, c=c)
            # the decision told by the headline, then by a lead sentence about a shown show
            out.append((f"The network set its schedule on Monday. {listed}", headlines[number]))
            out.append((f"{lead} {listed}", "Kestrel's week in television"))
    return out


@pytest.mark.parametrize(("body", "headline"),
                         _cells(RENEWAL_FRAMES, RENEWAL_HEADLINES, RENEWAL_LEAD))
def test_renewal_roundup_list_is_renewed(body: str, headline: str) -> None:
    names = next(t for t in TITLE_SETS if t[0] in body)
    assert set(names) <= _kinds(body, headline, "renewed")


@pytest.mark.parametrize(("body", "headline"),
                         _cells(CANCELLATION_FRAMES, CANCELLATION_HEADLINES, CANCELLATION_LEAD))
def test_cancellation_roundup_list_is_cancelled(body: str, headline: str) -> None:
    names = next(t for t in TITLE_SETS if t[0] in body)
    assert set(names) <= _kinds(body, headline, "cancelled")


# --- controls: what they give today, on the base tree and on this branch --------------------

NEUTRAL = "Kestrel's week in television"


@pytest.mark.parametrize("frame", [*RENEWAL_FRAMES, *CANCELLATION_FRAMES])
def test_no_decision_told_elsewhere_no_fact(frame: str) -> None:
    """No headline or earlier decision: the bare names stay unevidenced."""
    body = "The network set its schedule on Monday. " + frame.format(
        a="Copper Vale", b="Nightjar", c="Brass Lantern")
    assert not {"Copper Vale", "Nightjar", "Brass Lantern"} & {
        show for show, _, _ in rows(facts_of(body, NEUTRAL))}


@pytest.mark.parametrize("frame", [*RENEWAL_FRAMES, *CANCELLATION_FRAMES])
def test_one_bare_name_stays_unevidenced(frame: str) -> None:
    """One name is no list: a round-up does not vouch for it (a film, a book, a person)."""
    body = frame.replace("{a}, {b} and {c}", "{a}").format(a="Copper Vale")
    body = body.replace(" are ", " is ").replace(" have ", " has ").replace(" were ", " was ")
    assert "Copper Vale" not in {show for show, _, _ in rows(facts_of(
        f"{RENEWAL_LEAD} {CANCELLATION_LEAD} {body}", "Kestrel Renews Eight Dramas"))}


@pytest.mark.parametrize(("body", "headline"), [
    # a reader's favourites, comparisons, a cast, the makers' other work
    ("My own favourites are Copper Vale, Nightjar and Brass Lantern.",
     "Kestrel Renews Eight Dramas"),
    ("The drama is in the mould of Copper Vale, Nightjar and Brass Lantern.",
     "Kestrel Cancels Five Shows"),
    ("The series stars Mara Quell, Tobin Vash and Idris Penhallow.",
     "Kestrel Renews Eight Dramas"),
    ("It comes from the makers of Copper Vale, Nightjar and Brass Lantern.",
     "Kestrel Cancels Five Shows"),
    # a list of premieres under a renewal headline
    ("Copper Vale, Nightjar and Brass Lantern premiere on June 5.",
     "Kestrel Renews Eight Dramas"),
])
def test_lists_of_other_things_get_no_decision(body: str, headline: str) -> None:
    got = rows(facts_of(f"{RENEWAL_LEAD} {body}", headline))
    assert not {(s, k) for s, _, k in got if k in ("renewed", "cancelled")} & {
        (name, kind) for name in ("Copper Vale", "Nightjar", "Brass Lantern", "Mara Quell",
                                  "Tobin Vash", "Idris Penhallow")
        for kind in ("renewed", "cancelled")}


def test_mixed_fates_keep_their_own_kinds() -> None:
    """A renewal round-up's cancellation idiom is a cancellation, and the reverse."""
    got = rows(facts_of(f"{RENEWAL_LEAD} Copper Vale, Nightjar and Brass Lantern got the axe.",
                        "Kestrel Renews Eight Dramas"))
    assert {("Copper Vale", None, "cancelled"), ("Nightjar", None, "cancelled")} <= got
    assert not {s for s, _, k in got if k == "renewed"} & {"Copper Vale", "Nightjar"}


def test_new_shows_ordered_to_series_stay_as_today() -> None:
    """New shows ordered to series are no renewal of the round-up."""
    got = rows(facts_of(f"{RENEWAL_LEAD} The network also ordered new dramas Copper Vale and "
                        "Nightjar to series.", "Kestrel Renews Eight Dramas"))
    assert not {s for s, _, k in got if k == "renewed"} & {"Copper Vale", "Nightjar"}
