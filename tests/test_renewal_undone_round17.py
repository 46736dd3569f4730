"""A renewal undone is a cancellation, round 17 (issue 10, r17kinds).

A renewal noun ("order", "renewal", "pickup") whose own verb undoes it — "cancelled the
third-season order of X", "X's season 3 renewal has been scrapped", "the renewal of X was
called off" — was read as the renewal, news of the month: the show's right kind inverted
(``kind.renewal_undone_is_cancellation``). The cancellation is the news now; the renewal it
undoes stays as the show's past with no date (as "reversing its renewal" already is, the
devset labelling a revoked renewal beside the cancellation). Controls: a renewal noun with a
verb that grants it, and the cancellation verbs' other objects. Every sentence and show is
invented for this test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of

PUBLISHED = dt.date(2031, 3, 10)
ABOUT = " The drama Harrow Lane follows two brothers who run a ferry on Lake Erie."

Row = tuple[str, int | None, str, str | None]


def _facts(body: str, headline: str = "") -> set[Row]:
    return {(f.show, f.season, f.kind, f.date)
            for f in facts_of(body + ABOUT, headline, PUBLISHED)}


@pytest.mark.parametrize("body, season", [
    ("Netflix has cancelled the third-season order of Harrow Lane.", 3),
    ("Harrow Lane's season 3 renewal has been cancelled.", 3),
    ("Harrow Lane's season 3 renewal was scrapped on Friday.", 3),
    ("The renewal of Harrow Lane was called off.", None),
    ("Netflix rescinded the season 3 renewal of Harrow Lane and cancelled the drama.", 3),
    pytest.param("Netflix pulled its season 3 order for Harrow Lane.", 3,
                 marks=pytest.mark.xfail(strict=True, reason="'its season 3 order for X' is no "
                                         "renewal trigger to begin with")),
], ids=["cancelled-the-order", "renewal-has-been-cancelled", "renewal-was-scrapped",
        "renewal-called-off", "rescinded-and-cancelled", "pulled-its-order"])
def test_a_renewal_undone_is_a_cancellation_and_no_renewal_of_this_month(
        body: str, season: int | None) -> None:
    found = _facts(body)
    assert any(r[2] == "cancelled" and r[1] in {season, None if season is None else season - 1}
               for r in found), found
    assert not any(r[2] == "renewed" and r[3] is not None for r in found), found


@pytest.mark.parametrize("body, expected", [
    ("Netflix has confirmed the third-season order of Harrow Lane.",
     ("Harrow Lane", 3, "renewed", "2031-03")),
    ("Harrow Lane's season 3 renewal has been confirmed.", ("Harrow Lane", 3, "renewed",
                                                            "2031-03")),
    ("Netflix has cancelled Harrow Lane despite an earlier renewal.",
     ("Harrow Lane", None, "renewed", None)),
    ("Harrow Lane was renewed for a third season in May, but Netflix cancelled it on Friday.",
     ("Harrow Lane", 3, "renewed", "2030-05")),
], ids=["order-confirmed", "renewal-confirmed", "despite-earlier-renewal", "renewed-then-cut"])
def test_renewals_granted_and_told_as_past_stay(body: str, expected: Row) -> None:
    assert expected in _facts(body)


def test_an_order_of_something_else_cancelled_gives_no_renewal() -> None:
    # (main reads the cancellation verb as the show's here; that is left as it was)
    assert not {r for r in _facts("Netflix cancelled its merchandise order for the Harrow Lane "
                                  "cast party.") if r[2] == "renewed"}
