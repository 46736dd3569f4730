"""A plural decision noun handed to the shows a sentence names, round 17 (issue 10, r17kinds).

"The cancellations", "renewals and cancellations" are news in general and give no show a fact
(``drop.generic_plural_decision``). But a sentence that names its shows with the noun — by a
copula, "among", "one of" or "joins" before it, or "are" / "include" after it — hands them
their decisions: "X and Y are the latest cancellations", "X is among this year's renewals",
"This week's cancellations are X and Y". Built and measured (a keep rule before the drop),
and not shipped: it changed no open fact and added one false fact on the sealed fold
(``reach.py``), so the probes stay strict xfails (see MEASUREMENTS.md, "Round 17, the right
show, the wrong kind"). Shipped: "the cancellations of other dramas" is no decision of the show
named beside it (``DECISIONS_HANDED_RE``). Round 24 (r24kinds) shipped the forms that count
the shows among the noun before it (``trigger.plural_decision_counted``: a copula, "among",
"one of", "joins" right before it; no sealed fact changed): those probes pass; the noun before
its shows ("are", "include", "Among the cancellations is") stays a strict xfail. Controls: the
general uses stay nothing. Every sentence and show is invented for this test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of

PUBLISHED = dt.date(2031, 3, 10)
#: The rest of each small article: the first show gets its cue here, the second its quotes.
ABOUT = (" The streaming drama Harrow Lane follows two brothers who run a ferry on Lake Erie."
         " Jane Doe and Tom Reyes star in \u201cSalt Acre.\u201d")


def _kinds(sentence: str) -> set[tuple[str, str]]:
    return {(f.show, f.kind) for f in facts_of(sentence + ABOUT, "", PUBLISHED)}


@pytest.mark.parametrize("sentence, expected", [
    ("Harrow Lane and Salt Acre are the latest cancellations at the streamer.",
     {("Harrow Lane", "cancelled"), ("Salt Acre", "cancelled")}),
    ("Harrow Lane is among this year's cancellations at the streamer.",
     {("Harrow Lane", "cancelled")}),
    ("Harrow Lane joins a long list of cancellations at the streamer.",
     {("Harrow Lane", "cancelled")}),
    ("Harrow Lane was one of several cancellations the streamer announced on Friday.",
     {("Harrow Lane", "cancelled")}),
    ("Harrow Lane is one of five renewals the streamer announced on Friday.",
     {("Harrow Lane", "renewed")}),
    ("Harrow Lane and Salt Acre were the only renewals at the streamer this week.",
     {("Harrow Lane", "renewed"), ("Salt Acre", "renewed")}),
], ids=["are-the-latest", "among-this-years", "joins-list-of", "one-of-several", "one-of-five",
        "were-the-only"])
def test_a_plural_decision_noun_counting_its_shows_decides_them(
        sentence: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _kinds(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("Among the cancellations is Harrow Lane, which ran three seasons.",
     {("Harrow Lane", "cancelled")}),
    ("This week's cancellations are Harrow Lane and Salt Acre.",
     {("Harrow Lane", "cancelled"), ("Salt Acre", "cancelled")}),
    ("The streamer's cancellations so far include Harrow Lane and Salt Acre.",
     {("Harrow Lane", "cancelled"), ("Salt Acre", "cancelled")}),
    ("The renewals are Harrow Lane and Salt Acre.",
     {("Harrow Lane", "renewed"), ("Salt Acre", "renewed")}),
], ids=["among-the-is", "this-weeks-are", "so-far-include", "renewals-are"])
@pytest.mark.xfail(strict=True, reason="built, not shipped: one false fact on the sealed fold, "
                   "no open fact gained (round 17); the noun before its shows is still not read "
                   "(round 24)")
def test_a_plural_decision_noun_naming_its_shows_decides_them(
        sentence: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _kinds(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("For other renewals and cancellations, see our list.", set()),
    ("Fans fear more cancellations at the streamer after Harrow Lane premiered in May.",
     {("Harrow Lane", "premiere")}),
    ("Kestrel has been criticised for its cancellations, but Harrow Lane was renewed for a "
     "third season.", {("Harrow Lane", "renewed")}),
    ("The creator of Harrow Lane spoke about the recent cancellations at the streamer.", set()),
    ("The streamer's cancellations this year hit comedies hardest; Harrow Lane was spared.", set()),
], ids=["general", "feared", "criticised", "spoke-about", "spared"])
def test_decisions_in_general_stay_nobodys(sentence: str, expected: set[tuple[str, str]]
                                          ) -> None:
    assert _kinds(sentence) == expected


def test_the_cancellations_of_other_dramas_are_not_the_named_shows() -> None:
    assert _kinds("Harrow Lane's cast reacted to the cancellations of other dramas.") \
        == set()
