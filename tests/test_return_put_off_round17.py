"""A return put off, told in the progressive: a premiere then, not a cancellation — round 17
(issue 10, s17second).

"The drama won't be returning until 2026" was a *cancellation* dated 2026 ("won't be
returning" is one of its phrases), and "the series isn't coming back until next spring" was
nothing: a found show's premiere told by reference, read as its end. The vocabulary knew
"won't return until" and "isn't expected until"; the progressive forms with "until" and a
time are now premiere phrases, longer than the cancellation's, so they win the overlap (rule
``trigger.return_put_off``). With no time after "until" ("until the strike ends") nothing is
stated, and "isn't coming back" alone stays what it was.

Every sentence and show is invented for this test.
"""

from __future__ import annotations

import pytest
from articles import facts_of, full_rows

HEADLINE = "Harrow Lane Season 3: Everything We Know"
SHOOT = "Production on Harrow Lane season 3 began in Belfast in March. "


def _facts(sentence: str) -> set[tuple[str, int | None, str, str | None, str]]:
    return {r for r in full_rows(facts_of(SHOOT + sentence, HEADLINE))
            if r[2] != "filming_started"}


@pytest.mark.parametrize("sentence, date", [
    ("Fans will have to wait: the series isn't coming back until next spring.", "2025-SP"),
    ("The drama won't be returning until 2026.", "2026"),
    ("Harrow Lane is not returning until January.", "2025-01"),
    ("Harrow Lane won't be coming back until next year.", "2025"),
    ("It won't be returning to Netflix until 2026, the streamer said.", "2026"),
], ids=["isnt-coming-back-until", "wont-be-returning-until", "is-not-returning-until",
        "wont-be-coming-back-until", "returning-to-network-until"])
def test_a_return_put_off_is_the_premiere_then(sentence: str, date: str) -> None:
    assert _facts(sentence) == {("Harrow Lane", 3, "premiere", date, "expected")}


@pytest.mark.parametrize("sentence, expected", [
    ("The drama isn't coming back until the strike ends.", set()),
    ("Jane Doe isn't coming back until the finale.", set()),
    ("The drama won't return until 2026.", {("Harrow Lane", 3, "premiere", "2026", "expected")}),
    ("Netflix said Harrow Lane won't be returning for a fourth season.",
     {("Harrow Lane", 3, "cancelled", None, "confirmed")}),
], ids=["until-no-time", "a-person", "plain-wont-return-until", "no-until-a-cancellation"])
def test_controls(sentence: str, expected: set[tuple[str, int, str, str | None, str]]) -> None:
    assert _facts(sentence) == expected
