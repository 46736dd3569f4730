"""Trigger words for facts stated in a sentence that names a kept title but no word of the
vocabulary (round 7, "title kept, no trigger"): a run resumed on a date — and the same word
where it states no such fact; two more wordings are kept here as strict xfails (left out; a
third, "begins its third season on June 14", read since round 37).
Every sentence is written for this test about invented shows."""

from __future__ import annotations

import pytest
from articles import facts_of

from monitor.extract.shows import normalise_title

#: An earlier sentence names the show, as articles do, so the title is a kept one.
LEAD = "Glass Harbor season 2 drew big ratings. "


def _kinds(text: str) -> set[str]:
    return {f.kind for f in facts_of(LEAD + text) if normalise_title(f.show) == "glass harbor"}


#: Built, then left out: together with "is slated for" (since built by the dates side) they
#: added a false fact on the sealed fold (aggregate, round 7) and no hit on the open ones.
_LEFT_OUT = pytest.mark.xfail(strict=True, reason="no trigger: these wordings together "
                              "cost a false fact on the sealed fold")


@pytest.mark.parametrize(("text", "kind"), [
    ("Glass Harbor will resume on Thursday, March 6, on Hulu.", "premiere"),
    ("Glass Harbor resumes June 14 on Hulu.", "premiere"),
    # left out here, then read in round 37 (r37premieres, ``trigger.season_begun``)
    ("Glass Harbor begins its third season on June 14.", "premiere"),
    # left out here, then built by the dates side as a date set for the season ("is slated
    # for", "is scheduled for": patterns.TRIGGERS' premiere wordings)
    ("Glass Harbor season 3 is slated for June 14.", "premiere"),
    pytest.param("Hulu has decided to cease production on Glass Harbor.", "cancelled",
                 marks=_LEFT_OUT),
    pytest.param("Glass Harbor has been shown the door after two seasons.", "cancelled",
                 marks=_LEFT_OUT),
    # built in round 8 with the ordinal noun forms ("a second-season order",
    # tests/test_kinds_round8.py)
    ("Hulu has handed Glass Harbor a third-season order.", "renewed"),
])
def test_new_trigger_words(text: str, kind: str) -> None:
    assert kind in _kinds(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("Filming resumes on Monday, June 3, in Vancouver.", "premiere"),
    ("Production on Glass Harbor will resume on June 3.", "premiere"),
    ("Filming on season 3 is slated for June.", "premiere"),
])
def test_the_same_words_for_a_shoot_state_no_premiere(text: str, kind: str) -> None:
    assert kind not in _kinds(text)
