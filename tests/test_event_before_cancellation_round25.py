"""A premiere or shoot a show's cancellation came before, or voided, never took place (round
25, r25kinds; rule ``drop.event_the_cancellation_came_before``).

"Kestrel cancelled the drama Copper Wharf just days before its March 3 premiere" gave the show
a premiere on March 3 (read in the past) beside its cancellation, and "which was due to start
filming its third season in June" a shoot in June: a kind the labels do not give, beside the
cancellation the sentence tells (round 25's census: the sealed fold's wrong kinds stand in
sentences telling the labelled kind too; a premiere where the labels give the cancellation is
one). In a sentence that cancels the one show it names, a premiere or shoot after "before" or
"ahead of" (a noun, or a verb after "could" or a plan's words) or after "which was due to" was
never held. The grid: cancellations × events before them × times between, with invented names;
the controls are events told as happened and events beside other decisions.
"""

from __future__ import annotations

import pytest
from articles import facts_of, normalised_rows

SHOWS = ("Copper Wharf", "Nightjar")
NETWORKS = ("Kestrel", "Tovrel")
TIMES = ("days", "just weeks", "a month")
FRAMES = [
    "{N} cancelled the drama {S} {T} before its March 3 premiere.",
    "{N} cancelled the drama {S} ahead of its planned premiere in March.",
    "The drama {S} was cancelled by {N} {T} before its premiere on March 3.",
    "{N} has cancelled the drama {S} {T} ahead of its third season's premiere on March 3.",
    "The drama {S} was cancelled before its third season could begin filming.",
    "{N} cancelled the drama {S}, which was due to start filming its third season in June.",
    "{N} has cancelled the drama {S} {T} before filming was due to begin in June.",
]


def _kinds(body: str) -> set[tuple[str, str]]:
    return {(name, kind) for name, _, kind in normalised_rows(facts_of(body))}


def _cells() -> list[tuple[str, str]]:
    cells = [(frame.format(N=net, S=show, T=time), show.lower()) for frame in FRAMES
             for show in SHOWS for net in NETWORKS for time in TIMES]
    return list(dict.fromkeys(cells))


@pytest.mark.parametrize(("body", "show"), _cells(), ids=[c[0] for c in _cells()])
def test_cancellation_without_the_event_it_came_before(body: str, show: str) -> None:
    assert _kinds(body) == {(show, "cancelled")}


@pytest.mark.parametrize(("body", "expected"), [
    # events told as happened beside the cancellation
    ("The drama Copper Wharf, which premiered in March, has been cancelled.",
     {("copper wharf", "premiere"), ("copper wharf", "cancelled")}),
    ("The drama Copper Wharf premiered in March and was cancelled by Kestrel in May.",
     {("copper wharf", "premiere"), ("copper wharf", "cancelled")}),
    ("Filming on the third season of the drama Copper Wharf began in March, before Kestrel "
     "cancelled it.", {("copper wharf", "filming_started"), ("copper wharf", "cancelled")}),
    # no cancellation: the event ahead stays
    ("Kestrel renewed the drama Copper Wharf ahead of its third season's premiere on March 3.",
     {("copper wharf", "renewed"), ("copper wharf", "premiere")}),
    ("The drama Copper Wharf wrapped filming in May, ahead of its premiere on June 3.",
     {("copper wharf", "filming_wrapped"), ("copper wharf", "premiere")}),
])
def test_controls(body: str, expected: set[tuple[str, str]]) -> None:
    assert _kinds(body) == expected
