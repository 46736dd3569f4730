"""Premieres told undated, dated by the next sentence; every undated drop traced on its
candidate (issue 10, round 38, branch r38dated).

"The second season of Salt Road will premiere on Tovrel. All eight episodes drop on Thursday,
September 12.": where the article gives another show a premiere as well, the second line was
lent to no one (it opened on none of ``eventdates.REFERENCE_OPEN``'s words) and Salt Road's
premiere was dropped (``drop.premiere_never_dated``). ``date.event_told_next_by_reference``
now also reads a next line opening on the season's episodes as a whole or its first one, or
telling the viewer where to find the show (``eventdates.WHOLE_SEASON_OPEN``). And
``without_undated_premieres`` traces every drop: on the candidate's own event when all that
event made is dropped, so ``--explain`` and a census see the candidate dropped, not kept with
no fact. Cells from ``tests/premiere_dates_grid.py``; invented names throughout.
"""

from __future__ import annotations

import pytest
from articles import explained, full_rows, make_article
from premiere_dates_grid import PUBLISHED, Cell, cells, verdict

from monitor.extract import rules
from monitor.extract.facts import extract_facts, without_undated_premieres
from monitor.models import Fact

CELLS = cells()


def _rows(body: str) -> set[tuple[str, int | None, str, str | None, str]]:
    return full_rows(extract_facts(make_article(body, published=PUBLISHED)))


@pytest.mark.parametrize("cell", [c for c in CELLS if c.axis == "next/with-other"],
                         ids=lambda c: c.id)
def test_next_line_dates_the_undated_premiere_beside_another_show(cell: Cell) -> None:
    """New: fail on 267b76e (but the "premiere episode" cells, read there already)."""
    assert verdict(cell, _rows(cell.body)) == "right"


@pytest.mark.parametrize("cell", [c for c in CELLS if c.axis == "next/alone"],
                         ids=lambda c: c.id)
def test_next_line_dates_the_premiere_of_the_only_show(cell: Cell) -> None:
    """Controls (pass on both): the article's only premiere took any line's date already."""
    assert verdict(cell, _rows(cell.body)) == "right"


@pytest.mark.parametrize("cell", [c for c in CELLS if c.axis == "control"],
                         ids=lambda c: c.id)
def test_near_misses_give_no_premiere_that_day(cell: Cell) -> None:
    """Controls (pass on both): "New episodes" / "Episodes" alone, another work's first
    episode, a trailer, a network's logo, a history, an actor's first outing."""
    assert verdict(cell, _rows(cell.body)) == "right"


# --- every undated drop traced, on its candidate ----------------------------------------------

UNDATED = [
    "The second season of Salt Road will premiere on Tovrel.",
    "Series two of Lantern House will air on Tovrel One, the broadcaster confirmed.",
    "Tovrel will debut the second season of Havana, the network said Tuesday.",
]
OTHER = " Hollowmere, meanwhile, premieres its third season in 2025."


@pytest.mark.parametrize("body", UNDATED, ids=["us-trade", "uk-series", "wire"])
def test_the_undated_candidate_itself_is_dropped(body: str) -> None:
    """New: on 267b76e the candidate's own event stayed kept with no fact (the drop was a
    second event); now no premiere event that made a fact absent from the output is left
    without the rule that dropped it."""
    with rules.tracing() as trace:
        facts = extract_facts(make_article(body + OTHER, published=PUBLISHED))
    out = {(f.show, f.season, f.kind) for f in facts}
    lost = [e for e in trace.events if e.kind == "premiere" and e.facts
            and not any(made in out for made in e.facts)]
    assert lost
    assert all(e.dropped_by == "drop.premiere_never_dated" for e in lost)


def test_explain_shows_the_candidate_dropped_once() -> None:
    text = explained(UNDATED[0] + OTHER, published=PUBLISHED)
    assert text.count("drop.premiere_never_dated") == 1
    assert "premiere \u201cpremiere\u201d -> drop.premiere_never_dated" in text


def test_every_drop_is_traced_without_a_flag() -> None:
    """``without_undated_premieres`` called on its own (no ``traced=True``) records its drop."""
    fact = Fact(show="Salt Road", season=2, kind="premiere", date=None, certainty="expected",
                evidence="Salt Road season 2 will premiere on Tovrel.",
                source_url="https://news.example/a")
    with rules.tracing() as trace:
        assert without_undated_premieres([fact]) == []
    assert [e.dropped_by for e in trace.events] == ["drop.premiere_never_dated"]


def test_a_dated_premiere_is_not_traced_dropped() -> None:
    """Control (both trees): a premiere its line dates is neither dropped nor traced so."""
    with rules.tracing() as trace:
        facts = extract_facts(make_article("The second season of Salt Road will premiere on "
                                           "Tovrel on September 12." + OTHER,
                                           published=PUBLISHED))
    assert ("Salt Road", 2, "premiere", "2024-09-12") in {
        (f.show, f.season, f.kind, f.date) for f in facts}
    assert not any(e.dropped_by == "drop.premiere_never_dated" for e in trace.events)
