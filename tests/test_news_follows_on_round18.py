"""A show the news follows on is named in passing — round 18 (issue 10, s18returns).

"Following the success of Y, X returns on June 4" and "Hot on the heels of Y, X has been
renewed for a second season" gave Y the fact too: the fronted phrase's name and the subject
read as a list "Y, X" the trigger governs, the nearest names both taking it. Rule
``drop.named_in_passing`` reads these openings as passing cues (``PASSING_BEFORE_RE``):
following / after the success of, (hot) on the heels of, off the back of, in the wake of,
buoyed by, riding high on. A bare "Following Y," or "After Y," is left (strict xfail): it
opens a clause whose subject the news may be about ("After Y wrapped its second season,
Netflix renewed the show"). Controls: a name the news is about alongside ("Along with Y, X
..." keeps both, as "In addition to Y" does), "Unlike Y" (read before), a list, and
"following" inside a clause. Every sentence and show is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of

PUBLISHED = dt.date(2031, 3, 10)
CONTEXT = "{a} is a crime drama. {b} is a comedy. "
PAIRS = [("Glass Harbor", "Harrow Lane"), ("The Salt Road", "Quillon")]
VERBS = [
    ("{a} returns on June 4.", "premiere"),
    ("{a} will return for a second season.", "renewed"),
    ("{a} has been renewed for a second season.", "renewed"),
    ("{a} has been cancelled.", "cancelled"),
]
VERB_IDS = ["return-day", "return-season", "renewed", "cancelled"]


def _kinds(sentence: str, a: str, b: str) -> set[tuple[str, str]]:
    text = (CONTEXT + sentence).format(a=a, b=b)
    return {(f.show, f.kind) for f in facts_of(text, "", PUBLISHED)}


@pytest.mark.parametrize("a, b", PAIRS)
@pytest.mark.parametrize("verb, kind", VERBS, ids=VERB_IDS)
@pytest.mark.parametrize("lead", [
    "Following the success of {b}, ", "After the success of {b}, ",
    "Hot on the heels of {b}, ", "On the heels of {b}, ", "In the wake of {b}, ",
    "Off the back of {b}, ", "Buoyed by the ratings of {b}, ",
], ids=["following-success", "after-success", "hot-on-the-heels", "on-the-heels", "wake",
        "off-the-back", "buoyed"])
def test_the_show_the_news_follows_on_takes_no_fact(lead: str, verb: str, kind: str, a: str,
                                                    b: str) -> None:
    assert _kinds(lead + verb, a, b) == {(a, kind)}


# --- controls: these give today what they gave before ---------------------------------------


@pytest.mark.parametrize("a, b", PAIRS)
@pytest.mark.parametrize("verb, kind", VERBS, ids=VERB_IDS)
@pytest.mark.parametrize("lead, both", [
    ("Along with {b}, ", True), ("In addition to {b}, ", True), ("Unlike {b}, ", False),
    ("Like {b}, ", False),
], ids=["along-with", "in-addition-to", "unlike", "like"])
def test_other_openings_keep_their_reading(lead: str, both: bool, verb: str, kind: str,
                                           a: str, b: str) -> None:
    expected = {(a, kind), (b, kind)} if both else {(a, kind)}
    assert _kinds(lead + verb, a, b) == expected


@pytest.mark.parametrize("a, b", PAIRS)
def test_a_list_and_a_later_following_keep_their_reading(a: str, b: str) -> None:
    assert _kinds("{b}, {a} and Tin Roof have been renewed.", a, b) == {
        (a, "renewed"), (b, "renewed"), ("Tin Roof", "renewed")}
    assert _kinds("Kestrel renewed {a} on Friday, following {b} last week.", a, b) >= {
        (a, "renewed")}


@pytest.mark.xfail(strict=True, reason="a bare 'Following Y,' still reads 'Y, X' as a list the "
                   "trigger governs; as a passing cue it would drop 'After Y wrapped its second "
                   "season, Netflix renewed the show' (round 9's control)")
def test_a_bare_following_is_left() -> None:
    assert _kinds("Following {b}, {a} returns on June 4.", *PAIRS[0]) == {
        (PAIRS[0][0], "premiere")}
