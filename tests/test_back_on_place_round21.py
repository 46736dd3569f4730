"""Round 21 (s21premiere): a coming back with its place between, or in the contraction.

"We'll be back on Kestrel One in 2027." (a creator's post quoted after a renewal) gave no
premiere on main: "will be back" needed its time right after it, and "'ll be back" was in no
premiere phrase at all. A coming back ("will be back", "'ll be back", "is coming back", "heads
back") with a place between — a network, a handle, "our screens" — and a time after is the
premiere then (``trigger.back_on_place_with_time``); back on set, on stage, on tour, on track,
on location is not (a shoot, a play, a plan). Every sentence and name here is invented.
"""

from __future__ import annotations

import pytest
from articles import facts_of, make_article

from monitor.extract.explain import explain

#: (show, network, the network's handle).
NAMES = [("Glass Harbor", "Kestrel One", "@KestrelOne"), ("Salt Meadow", "Tovrel", "@TovrelTV"),
         ("Copper Vale", "Brindle Two", "@BrindleTwo")]

HEADLINE = "{S} to return for second series"
LEAD = ("{N} has announced that {S} will return for a second series. Co-creator Maya Lind "
        "tweeted: \u201c{S} has been recommissioned for a second series. ")

#: The coming back, with {N} the network and {H} its handle; the date it gives.
BACKS = [
    ("We\u2019ll be back on {N} in 2025.", "2025"),
    ("We'll be back on {H} in 2025.", "2025"),
    ("We\u2019ll be back in 2025.", "2025"),
    ("It\u2019ll be back on {N} next spring.", "2025-SP"),
    ("We will be back on {N} in early 2025.", "2025"),
    ("We\u2019ll come back to {N} in 2025.", "2025"),
    ("We are set to be back on {H} in the autumn.", "2024-FA"),
]

GRID = [(back, date, names) for back, date in BACKS for names in NAMES]


def _premieres(body: str, headline: str) -> list[tuple[str, int | None, str | None]]:
    return [(f.show, f.season, f.date) for f in facts_of(body, headline)
            if f.kind == "premiere"]


def _article(sentence: str, names: tuple[str, str, str]) -> tuple[str, str]:
    show, network, handle = names
    body = (LEAD + sentence + "\u201d The series follows two detectives.").format(
        S=show, N=network, H=handle)
    return body, HEADLINE.format(S=show)


@pytest.mark.parametrize("back,date,names", GRID, ids=[str(i) for i in range(len(GRID))])
def test_back_on_place_is_the_premiere(back: str, date: str,
                                       names: tuple[str, str, str]) -> None:
    body, headline = _article(back, names)
    assert (names[0], 2, date) in _premieres(body, headline)


#: Controls: back somewhere that is no network, or no time; no premiere (today too).
CONTROLS = [
    "We\u2019ll be back on set in 2025.",
    "Maya Lind will be back on stage in 2025.",
    "We\u2019ll be back on track next year.",
    "Maya Lind will be back on Broadway next spring.",
    "The cast will be back on location next month.",
    "We\u2019ll be back on {N} soon.",
    "We\u2019ll be back on {N}.",
]


@pytest.mark.parametrize("sentence", CONTROLS)
@pytest.mark.parametrize("names", NAMES)
def test_back_elsewhere_is_no_premiere(sentence: str, names: tuple[str, str, str]) -> None:
    body, headline = _article(sentence, names)
    assert _premieres(body, headline) == []


def test_explain_names_the_coming_back() -> None:
    body, headline = _article(BACKS[0][0], NAMES[0])
    _, text = explain(make_article(body, headline))
    assert "trigger.back_on_place_with_time" in text
