"""A negation reads on its own side of a contrast only (round 25, s25contrast; rule
``negation.contrast_scope``, read by ``drop.negated``).

"The drama Copper Wharf was cancelled rather than renewed" gave nothing: ``drop.negated`` read
"rather than" right after the cancellation as negating it, so the status told and the one told
against it were both dropped; "premieres in March rather than January" lost its premiere the
same way, and "as opposed to cancelling it" kept a cancellation beside the renewal. A contrast
word bounds the negation's window: after the trigger the side ends at "rather than", "instead
of", "as opposed to", "despite", "unlike", "whereas" or "but"; before it the side starts at
the contrast word ("although", "while", "despite" ... after it; "rather than", "instead of",
"as opposed to" at it, as they deny the side they open). The grid: both statuses × three
contrast words × passive, active, fronted and headline forms × plain and quoted names, plus
premiere and filming dates told against another; controls keep what they give today.
"""

from __future__ import annotations

import pytest
from articles import explained, facts_of

#: (the name written, the show the fact names): plain, curly and straight quotes.
SHOWS = (("Copper Wharf", "Copper Wharf"), ("“Salt Meridian”", "Salt Meridian"),
         ('"Tin Lantern"', "Tin Lantern"))
NETWORKS = ("Kestrel", "Brindle TV")
CONTRASTS = ("rather than", "instead of", "as opposed to")
OTHER = {"cancelled": "renewed", "renewed": "cancelled"}
ING = {"cancelled": "cancelling", "renewed": "renewing"}
HEADLINE_VERB = {"cancelled": "Cancels", "renewed": "Renews"}
#: {S} the name, {N} the network, {K} the status told, {O} the one told against it (as a
#: participle), {G} the other as a gerund, {C} the contrast word.
BODY_FORMS = (
    "The drama {S} was {K} by {N} {C} being {O}.",
    "The drama {S} was {K} {C} {O}.",
    "{N} {K} the drama {S} {C} {G} it for a fourth season.",
    "{Cc} {G} it, {N} {K} the drama {S} for a fourth season.",
)


def _kinds(body: str, headline: str = "") -> set[tuple[str, str]]:
    return {(f.show, f.kind) for f in facts_of(body, headline)}


def _cells() -> list[tuple[str, str, str, str]]:
    """(body, headline, show, the status told) for every cell of the decision grid."""
    cells = []
    for written, show in SHOWS:
        for network in NETWORKS:
            for contrast in CONTRASTS:
                for kept, other in OTHER.items():
                    names = {"S": written, "N": network, "K": kept, "O": other,
                             "G": ING[other], "C": contrast, "Cc": contrast.capitalize()}
                    cells += [(form.format(**names), "", show, kept) for form in BODY_FORMS]
                    cells.append((f"The drama {written} has news for fans.",
                                  f"{network} {HEADLINE_VERB[kept]} {written} "
                                  f"{contrast.title()} {ING[other].capitalize()} It", show, kept))
    return cells


@pytest.mark.parametrize(("body", "headline", "show", "kept"), _cells())
def test_the_status_told_against_another_is_kept_and_the_other_is_not(
        body: str, headline: str, show: str, kept: str) -> None:
    got = _kinds(body, headline)
    assert (show, kept) in got
    assert (show, OTHER[kept]) not in got


#: An event dated against another date: the event stands (the contrast denies the date only).
DATED = (
    ("The drama {S} will premiere on {N} in March rather than January.", "premiere"),
    ("The drama {S} will premiere on {N} in March instead of in January.", "premiere"),
    ("Filming on the drama {S} began in March rather than in May.", "filming_started"),
    ("The drama {S} was cancelled, but not before {N} aired its finale.", "cancelled"),
)


@pytest.mark.parametrize("written,show", SHOWS)
@pytest.mark.parametrize("network", NETWORKS)
@pytest.mark.parametrize("form,kind", DATED)
def test_an_event_told_against_another_time_stands(written: str, show: str, network: str,
                                                   form: str, kind: str) -> None:
    assert (show, kind) in _kinds(form.format(S=written, N=network))


@pytest.mark.parametrize("written,show", SHOWS)
@pytest.mark.parametrize("network", [
    "Kestrel",
    pytest.param("Brindle TV", marks=pytest.mark.xfail(
        strict=True, reason="the network before 'renewed it' is taken for the show "
        "(target, not the negation's scope)")),
])
def test_a_negation_before_a_concessive_is_the_other_sides(written: str, show: str,
                                                           network: str) -> None:
    body = f"The drama {written} is not a hit although {network} renewed it for a fourth season."
    assert _kinds(body) == {(show, "renewed")}


#: Controls: sentences that give today what they must keep giving.
CONTROLS = (
    ("The drama Copper Wharf was not cancelled but renewed for a fourth season.",
     {("Copper Wharf", "renewed")}),
    ("Rather than cancel it, Kestrel renewed the drama Copper Wharf for a fourth season.",
     {("Copper Wharf", "renewed")}),
    ("The drama Copper Wharf has not been renewed for a fourth season.", set()),
    ("The drama Copper Wharf was renewed for a fourth season despite low ratings.",
     {("Copper Wharf", "renewed")}),
    ("Although it was not a hit, the drama Copper Wharf was renewed for a fourth season.",
     {("Copper Wharf", "renewed")}),
    ("The drama Copper Wharf wasn't cancelled; it was renewed for a fourth season.",
     {("Copper Wharf", "renewed")}),
    ("The drama Copper Wharf will not return for a fourth season, despite reports of a "
     "renewal.", {("Copper Wharf", "cancelled")}),
    ("Filming on the drama Copper Wharf has not begun yet.", set()),
)


@pytest.mark.parametrize("body,want", CONTROLS)
def test_controls_keep_what_they_give(body: str, want: set[tuple[str, str]]) -> None:
    assert _kinds(body) == want


def test_explain_names_the_rule() -> None:
    text = explained("The drama Copper Wharf was cancelled instead of being renewed.")
    assert "negation.contrast_scope" in text


#: A cancellation feared, rumoured or possible, told against the renewal of the one show named
#: (``drop.cancellation_not_given_beside_renewal``), and a hedge on the cancellation's side
#: that no longer makes the renewal speculative (``negation.contrast_scope`` in
#: ``certainty.hedge``): the renewal alone, confirmed.
NOT_GIVEN = (
    "The drama {S} was renewed for a fourth season by {N} despite rumours it might be "
    "cancelled.",
    "Despite rumours it may be cancelled, the drama {S} was renewed for a fourth season by {N}.",
    "{N} renewed the drama {S} for a fourth season despite fears of a cancellation.",
    "Despite cancellation fears, {N} renewed the drama {S} for a fourth season.",
    "{N} renewed the drama {S} for a fourth season, in spite of reports it could be axed.",
    "The drama {S}, once at risk of being cancelled, was renewed by {N} for a fourth season.",
    "{N} has renewed the drama {S} for a fourth season even though it looked likely to be "
    "cancelled.",
    "The drama {S} has been renewed by {N} for a fourth season despite speculation that it "
    "would be cancelled.",
    "Even though it could have been cancelled, the drama {S} was renewed by {N} for a fourth "
    "season.",
    "The drama {S} was picked up for a fourth season by {N} despite cancellation rumours.",
)


@pytest.mark.parametrize("written,show", SHOWS)
@pytest.mark.parametrize("network", NETWORKS)
@pytest.mark.parametrize("form", NOT_GIVEN)
def test_a_cancellation_feared_beside_a_renewal_is_none(written: str, show: str, network: str,
                                                       form: str) -> None:
    got = {(f.show, f.kind, f.certainty) for f in facts_of(form.format(S=written, N=network))}
    assert got == {(show, "renewed", "confirmed")}


#: Controls beside it: two shows, a hedge on the trigger's own side.
HEDGE_CONTROLS = (
    ("Kestrel renewed the drama Copper Wharf for a fourth season, but the drama Tin Harbor "
     "could be cancelled.", {("Copper Wharf", "renewed", "confirmed"),
                             ("Tin Harbor", "cancelled", "speculative")}),
    ("The drama Copper Wharf could be renewed for a fourth season despite low ratings.",
     {("Copper Wharf", "renewed", "speculative")}),
    ("The drama Copper Wharf could be cancelled after its fourth season.",
     {("Copper Wharf", "cancelled", "speculative")}),
)


@pytest.mark.parametrize("body,want", HEDGE_CONTROLS)
def test_hedge_controls_keep_what_they_give(body: str,
                                            want: set[tuple[str, str, str]]) -> None:
    assert {(f.show, f.kind, f.certainty) for f in facts_of(body)} == want


@pytest.mark.parametrize("body", [
    "Kestrel cancelled the drama Copper Wharf despite rumours it might be renewed.",
    "The drama Copper Wharf was cancelled by Kestrel despite reports it could be renewed.",
])
def test_a_hedge_across_despite_leaves_the_cancellation_confirmed(body: str) -> None:
    assert {(f.show, f.kind, f.certainty) for f in facts_of(body)} == {
        ("Copper Wharf", "cancelled", "confirmed")}


def test_explain_names_the_mirror_rule() -> None:
    text = explained("Kestrel renewed the drama Copper Wharf despite rumours it might be "
                     "cancelled.")
    assert "drop.cancellation_not_given_beside_renewal" in text
