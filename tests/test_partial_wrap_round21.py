"""A wrap is partial only when its own shoot goes on — round 21 (issue 10, r21kinds).

``drop.partial_wrap`` drops a wrap in an article that says the shoot goes on ("More filming is
planned for the season in Madeira": the wrap was of one block). It read the whole article for
such a line, whoever's shoot it told, so a wrap was lost beside another show's shoot still
going ("the comedy Salt Road still has more filming scheduled"), beside a later season's named
with an ordinal or a number word ("more filming is planned for the third season"), beside the
shoot told as over ("there is no more filming left to do"), and — the old "season N" test —
beside the wrap's own season named again. Controls (pass on main too): the wrap's own show or
season goes on, or no season and no show is named: the wrap stays dropped; a later season
named "season 3" leaves it, as before. Every sentence and show is
invented.
"""

from __future__ import annotations

import pytest
from articles import facts_of, rows

SHOWS = ["Glass Harbor", "Nightjar", "The Quiet Orchard"]
WRAPS = ["{s} has wrapped filming on its second season.",
         "Filming on {s} season 2 has wrapped.",
         "{s} season 2 wrapped production in March.",
         "Production on the second season of {s} has officially wrapped."]
WHOLE = {
    "another show, a kind before it": "Meanwhile, the comedy Salt Road still has more filming "
                                      "scheduled in Leeds.",
    "another show, its season": "Over at Tovrel, Copper Vale season 4 has additional scenes "
                                "left to shoot.",
    "another show, an apposition": "Tovrel's other drama, Salt Road, has further shooting "
                                   "planned for the autumn.",
    "another show, quoted": "The spinoff “Salt Road” has further filming planned in Leeds.",
    "a later season, ordinal": "More filming is planned for the third season next year.",
    "a later season, number word": "Further shooting is scheduled for season three in the "
                                   "spring.",
    "a later series, digit": "Additional filming is planned for series 3 in Wales.",
    "a later season, digit": "More filming is planned for season 3 in Madeira.",
    "the next season": "More filming is planned for the next season in Madeira.",
    "no more": "There is no more filming left to do, the producers said.",
    "no further": "With no further shooting planned, the cast has scattered.",
    "not any": "The director said there isn't any more filming left.",
    "without any": "The shoot ended without any further filming scheduled.",
}
PARTIAL = {
    "the season, no number": "More filming is planned for the season in Madeira.",
    "the show itself": "{s} still has more scenes to be shot in Lisbon.",
    "no subject": "There is still more filming left in Lisbon.",
    "the show and another": "{s} and the comedy Salt Road both have more filming left in "
                            "Lisbon.",
}


def _wraps(body: str, show: str) -> set[tuple[str, int | None, str]]:
    return {r for r in rows(facts_of(body.format(s=show))) if r[2] == "filming_wrapped"}


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("wrap", WRAPS)
@pytest.mark.parametrize("other", list(WHOLE), ids=list(WHOLE))
def test_a_shoot_going_on_that_is_not_the_wraps_leaves_it(other: str, wrap: str,
                                                          show: str) -> None:
    assert _wraps(f"{wrap} {WHOLE[other]}", show) == {(show, 2, "filming_wrapped")}


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("wrap", WRAPS)
@pytest.mark.parametrize("same", list(PARTIAL), ids=list(PARTIAL))
def test_the_wraps_own_shoot_going_on_still_drops_it(same: str, wrap: str, show: str) -> None:
    assert _wraps(f"{wrap} {PARTIAL[same]}", show) == set()


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("wrap", WRAPS)
def test_the_wraps_own_season_named_again_is_its_own_shoot(wrap: str, show: str) -> None:
    # main read any "season N" after the line as a later season's, the wrap's own too
    assert _wraps(f"{wrap} More filming is planned for season 2 in Madeira.", show) == set()


@pytest.mark.parametrize("show", SHOWS)
def test_a_wrap_alone_stays(show: str) -> None:
    assert _wraps(WRAPS[0], show) == {(show, 2, "filming_wrapped")}


@pytest.mark.xfail(strict=True, reason="another show named with no cue of its own ('Meanwhile, "
                   "Salt Road still has ...') is no title the article holds, so the shoot "
                   "going on cannot be told from the wrap's")
def test_another_show_with_no_cue_left() -> None:
    assert _wraps(WRAPS[0] + " Meanwhile, Salt Road still has more filming scheduled in Leeds.",
                  "Glass Harbor") == {("Glass Harbor", 2, "filming_wrapped")}
