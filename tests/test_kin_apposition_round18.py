"""A spin-off's decision is not its parent's — round 18 (issue 10, r18false).

"Kestrel renewed Glass Harbor, the spin-off of X, for a second season" and "Kestrel has
cancelled Glass Harbor, the sequel series to X" gave X the renewal or the cancellation too:
the two names were read as a list the verb governs. Rule ``list.kin_apposition``: two names
joined by a kin apposition (", the spin-off of", ", the sequel series to") are no list; the
parent is named in passing. Controls: a real list with such an item, two shows joined by
"and", the asides that already worked. Every sentence and name is invented for this test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of

PUBLISHED = dt.date(2031, 3, 10)
PARENTS = ["Harrow Lane", "Quillon", "The Salt Road"]

Row = tuple[str, int | None, str]


def _shows(body: str) -> set[str]:
    return {f.show for f in facts_of(body, "", PUBLISHED)}


@pytest.mark.parametrize("parent", PARENTS)
@pytest.mark.parametrize("body", [
    "Kestrel renewed Glass Harbor, the spin-off of {p}, for a second season.",
    "Kestrel has cancelled Glass Harbor, the sequel series to {p}.",
    "Kestrel has cancelled Glass Harbor, the long-awaited prequel to {p}, after one season.",
], ids=["spin-off-of", "sequel-series-to", "adjective-prequel-to"])
def test_the_parent_takes_no_decision(body: str, parent: str) -> None:
    assert _shows(body.format(p=parent)) == {"Glass Harbor"}


@pytest.mark.parametrize("parent", PARENTS)
@pytest.mark.parametrize("body, shows", [
    ("Kestrel renewed Glass Harbor, a prequel to {p}, for a second season.", {"Glass Harbor"}),
    ("Kestrel picked up Glass Harbor, the reboot of {p}, for a second season.",
     {"Glass Harbor"}),
    ("Glass Harbor, the spin-off of {p}, will premiere on June 4.", {"Glass Harbor"}),
    ("Kestrel has renewed Glass Harbor and {p} for second seasons.", {"Glass Harbor", "{p}"}),
    ("Kestrel has renewed Glass Harbor, {p} and Tin Roof.", {"Glass Harbor", "{p}", "Tin Roof"}),
], ids=["a-prequel-aside", "picked-up-reboot-of", "closed-before-verb", "and-list", "comma-list"])
def test_controls(body: str, shows: set[str], parent: str) -> None:
    assert _shows(body.format(p=parent)) == {s.format(p=parent) for s in shows}
