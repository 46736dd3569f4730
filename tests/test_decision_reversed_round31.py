"""Round 31 (lead): a decision taken back.

"Kestrel has reversed its decision to cancel X" is the show's revival, news a watcher wants;
the vocabulary kept "decision to cancel" out once reversed (round 27: a revival's story is no
cancellation) and read nothing in its place, so the revival went unreported. Its mirror,
"reversed its decision to renew X", gave the renewal alone. ``trigger.cancel_decision_reversed``
reads the first as a renewal and ``trigger.renew_decision_reversed`` the second as a
cancellation. A reversal refused, urged or still to come ("will not reverse", "urged Kestrel
to reverse", "could reverse") takes nothing back, and a decision defended stays the
decision's own (round 27's reading).
"""

from __future__ import annotations

import pytest
from articles import cell_reader, explained, rows

_rows = cell_reader(rows, "TV news")


# --- cells that fail on the base ----------------------------------------------------------

@pytest.mark.parametrize("body, expected", [
    ("Kestrel has reversed its decision to cancel Salt Road after three seasons.",
     ("Salt Road", 4, "renewed")),
    ("Tovrel reversed the decision to cancel Copper Vale after two seasons.",
     ("Copper Vale", 3, "renewed")),
    ("Kestrel has overturned its surprise move to cancel the drama Lantern House after one "
     "season.", ("Lantern House", 2, "renewed")),
    ("After a fan campaign, Tovrel rescinded its earlier decision to cancel Salt Road season "
     "2.", ("Salt Road", 2, "renewed")),
    # the mirror: a renewal taken back is the show's cancellation
    ("Kestrel has reversed its decision to renew Salt Road for a third season.",
     ("Salt Road", 3, "cancelled")),
    ("Tovrel walked back its decision to renew Copper Vale for a second season.",
     ("Copper Vale", 2, "cancelled")),
])
def test_decision_taken_back(body: str, expected: tuple[str, int | None, str]) -> None:
    assert expected in _rows(body)


def test_mirror_gives_no_renewal() -> None:
    got = _rows("Kestrel has reversed its decision to renew Salt Road for a third season.")
    assert ("Salt Road", 3, "renewed") not in got


def test_explain_names_the_rules() -> None:
    assert "trigger.cancel_decision_reversed" in explained(
        "Kestrel has reversed its decision to cancel Salt Road after three seasons.")
    assert "trigger.renew_decision_reversed" in explained(
        "Kestrel has reversed its decision to renew Salt Road for a third season.")


# --- controls: nothing taken back ----------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Kestrel will not reverse its decision to cancel Salt Road after two seasons.",
    "Kestrel won't reverse its decision to cancel Salt Road after two seasons.",
    "Fans urged Kestrel to reverse its decision to cancel Salt Road after two seasons.",
    "Kestrel could reverse its decision to cancel Salt Road after two seasons.",
    "Kestrel has refused to reverse its decision to cancel Salt Road after two seasons.",
    "Kestrel defended its decision to cancel Salt Road after two seasons.",
    "Kestrel never reversed its decision to cancel Salt Road after two seasons.",
])
def test_no_revival(body: str) -> None:
    assert not any(kind == "renewed" for _, _, kind in _rows(body))


def test_plain_decision_still_cancels() -> None:
    assert ("Salt Road", 3, "cancelled") in _rows(
        "Kestrel has made the decision to cancel Salt Road season 3.")
