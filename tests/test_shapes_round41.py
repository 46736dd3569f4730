"""Round 41 (r41shapes): the extraction shapes round 40 left, each read as a class.

- ``date.premiere_received``: a premiere's noun whose clause goes on to tell its audience,
  ratings or reviews in the past ("X's January 14 premiere drew 3 million viewers", "the
  premiere on March 3 was watched by 2 million", "earned rave reviews"): the premiere has
  happened, its yearless date is the latest past one (``patterns.PREMIERE_RECEIVED_AFTER_RE``).
- ``title.span.month_named_mid``: a capitalised "May" opening a span inside its sentence is
  no modal ("renewed May Day Street"): the title keeps it, as it keeps other months.
- ``title.span.kind_before_series`` / ``title.span.headline_credit_tail``: a title-case
  headline ordering a limited series, miniseries or docuseries ("Kestrel Orders Limited
  Series Salt Road From Dana Holt"): the format's words and the credit are no part of the
  title, and the name after the format is the order verb's object.
- an uncancelling ("has uncancelled", "Un-Cancelled") is a renewal (``FAMILY_TRIGGERS``).

The grid is ``tests/shapes_grid.py``; cells the branch still misses are ``LEFT``, strict
xfail, each with its reason. All titles, networks and people are invented.
"""

from __future__ import annotations

import datetime as dt

import grid_tally
import pytest
from articles import explained, facts_of
from shapes_grid import Cell, cells, outcome

from monitor.extract import rules

PUBLISHED = dt.date(2026, 11, 12)

#: Cells left, by (axis-house-name) prefix, with the reason.
LEFT_REASONS: dict[str, str] = {
    "limited_headline-trade-orders_limited_quoted_from-number": "a headline title ending on a "
    "number is read as the title and its season ('Harbour 9' -> 'Harbour')",
    "limited_headline-trade-orders_limited_from-number": "as above: the number taken as a season",
    "limited_headline-wire-greenlights_docuseries-number": "as above: the number taken as a "
    "season",
    "limited_headline-press-commissions_miniseries_from-number": "as above: the number taken as "
    "a season",
    "label_line-fan-returning_label_line-number": "class 1 (a label alone on its line): the "
    "number after the title read as a season",
    "rescue-headline-rescues": "class 2: an unquoted capitalised object of 'Rescues' / 'Saves' "
    "is as often a person or a place in running text; the family triggers read the sentence "
    "lower-cased and cannot tell a title-case headline",
    "rescue-headline-picks_up_after_cancellation": "class 2: 'picks up X after ... "
    "cancellation' cannot tell the show's own cancellation from another's ('picked up X after "
    "Y was cancelled')",
    "join-trade-joins_two_in_graveyard": "class 6: a two-item list joined by 'joins' is not "
    "proposed as titles (only lists of three items or more are vouched)",
    "join-uk-joins_three_scrap_heap": "class 6: the list joined by a subject named by its kind "
    "('The drama joins A, B and C ...') is not governed",
    "join-fan-joins_chopping_block": "class 6: 'on the chopping block' also says 'at risk' "
    "('are on the chopping block'), so it is no destination of ``lists._DESTINATION``",
    "join-trade-joining_in_returning-one_word": "class 6, the renewal side: two one-word "
    "titles joined by 'and' after 'joining' are read as one title",
    "join_control-trade-at_risk_control": "a false fact on BASE as well: 'A and B are on the "
    "chopping block' (at risk) gives the sentence before's show a cancellation",
    "scorecard-trade-scorecard_lines": "class 7: a scorecard line 'X, Network: Renewed' takes "
    "the network with the title",
}


#: Cells of a left wording the branch gets right all the same: the numbered pair ("joins
#: Station 12 and Pier 7 in the TV graveyard") is proposed by its numbers.
RIGHT_ANYWAY = frozenset({"join-trade-joins_two_in_graveyard-number"})


def _left(cell_id: str) -> str | None:
    """The reason a cell is left: its id, or its wording's (every shape but ``RIGHT_ANYWAY``)."""
    if cell_id in RIGHT_ANYWAY:
        return None
    return next((reason for key, reason in LEFT_REASONS.items()
                 if cell_id == key or cell_id.startswith(key + "-")), None)


GRID = grid_tally.params(cells(), lambda c: _left(c.id))


@pytest.mark.parametrize("cell", GRID)
def test_shapes_cell(cell: Cell) -> None:
    right, diff = outcome(cell)
    assert right and not any(false for _, false in diff.values()), (cell.body, diff)


def _rows(body: str, headline: str = "") -> set[tuple[str, int | None, str, str | None]]:
    return {(f.show, f.season, f.kind, f.date) for f in facts_of(body, headline, PUBLISHED)}


#: Readings outside the grid's templates: (name, headline, body, wanted facts).
NEW = [
    ("critics_reviews", "", "Critics said Copper Vale season 3's March 3 premiere drew weak "
     "reviews.", {("Copper Vale", 3, "premiere", "2026-03-03")}),
    ("averaged", "", "Lantern House season 2's February 9 premiere averaged 1.4 million "
     "viewers on Tovrel.", {("Lantern House", 2, "premiere", "2026-02-09")}),
    ("may_harbour_cancelled", "", "Kestrel has cancelled May Harbour after one season.",
     {("May Harbour", 1, "cancelled", "2026-11")}),
    ("credit_kept_when_body_writes_it", "Kestrel Orders Limited Series Notes From Salt Road",
     "Notes From Salt Road will begin filming in March.",
     {("Notes From Salt Road", None, "filming_started", "2027-03")}),
    ("drama_series_credit", "Tovrel Orders Drama Series Copper Vale From Dana Holt",
     "Copper Vale will begin filming in March.",
     {("Copper Vale", None, "filming_started", "2027-03")}),
    ("uncancelled_season", "", "Tovrel has uncancelled Salt Road season 2.",
     {("Salt Road", 2, "renewed", "2026-11")}),
]

#: Nearby wordings: (name, headline, body, wanted facts) — the premiere ahead stays ahead, a
#: modal stays a modal, an uncancelling asked for gives nothing.
CONTROLS = [
    ("will_be_watched", "", "The Copper Vale season 3 premiere on March 3 will be watched by "
     "millions.", {("The Copper Vale", 3, "premiere", "2027-03-03")}),
    ("is_expected_to_draw", "", "Copper Vale season 3's March 3 premiere is expected to draw "
     "2 million viewers.", {("Copper Vale", 3, "premiere", "2027-03-03")}),
    ("modal_may_lower", "", "Salt Road season 2 premiered in May. Copper Vale season 3 may "
     "return in June.", {("Salt Road", 2, "premiere", "2026-05"),
                         ("Copper Vale", 3, "premiere", "2027-06")}),
    ("uncancel_asked", "", "Fans begged Tovrel to uncancel Salt Road, but the network said no.",
     set()),
    ("uncancel_denied", "", "Salt Road season 3 will not be uncancelled.", set()),
    ("saves_a_person", "", "In the finale of Salt Road season 2, Dana Holt saves Mara Quell "
     "from the fire.", set()),
]


@pytest.mark.parametrize(("headline", "body", "wanted"),
                         [pytest.param(h, b, w, id=n) for n, h, b, w in NEW + CONTROLS])
def test_readings(headline: str, body: str,
                  wanted: set[tuple[str, int | None, str, str | None]]) -> None:
    assert _rows(body, headline) == wanted


def test_explain_names_the_rules() -> None:
    text = explained("Copper Vale season 3's March 3 premiere drew 2 million viewers.", "",
                     PUBLISHED)
    assert "date.premiere_received" in text
    text = explained("The eight-episode limited series will begin filming in March.",
                     "Kestrel Orders Limited Series Salt Road From Dana Holt", PUBLISHED)
    assert "title.span.kind_before_series" in text
    assert "title.span.headline_credit_tail" in text


def test_span_rule_registered() -> None:
    assert rules.check("title.span.month_named_mid") == "title.span.month_named_mid"
