"""Round 40 (r40target): which show a decision is about when its sentence names several.

Round 40's census of the sealed fold (counts only, classes written first) found most of the
decisions the rules send to another show told in a sentence that does not name the labelled
show at all; of those that do, the chosen name stood in an aside or after a preposition. The
grid ``tests/decision_target_grid.py`` writes the shapes where the nearest name is not the
decided one (a relative clause, a dash aside, a credit, a comparison, a schedule partner, a
reporter's aside, a reference object before a show in passing) over four title shapes and
six press styles. Most were read already; the readings built here:

1. ``target.reported_clause_subject``: a decision told in a reported clause that names its
   show before the trigger ("Kestrel, the home of Lantern House, confirmed that Salt Road has
   been renewed") is the clause's show alone, not the reporter's or a show named in the
   reporter's aside (``patterns.REPORTED_CLAUSE_OPEN_RE``).
2. ``target.referred_object_before_passing``: an active decision whose object is a reference
   ("Kestrel has cancelled the drama after two seasons, a week after renewing Lantern
   House"), every show of the sentence named after it and set off by a comma, a dash or a
   parenthesis, is about the show referred to, never the name in passing
   (``facts.reference_object_before_passing``).

The grid's "report" cells (the reporter or the show of the reporter's aside took the
decision: 7 false facts) and "a week after renewing" cells (the show in passing took it: 4)
fail on BASE and pass here; every other cell and control passes on both
or is left as strict xfail with its reason. All titles, networks and people are invented.
"""

from __future__ import annotations

import datetime as dt

import grid_tally
import pytest
from articles import explained, facts_of
from decision_target_grid import cells, outcome
from slate_grid import Cell

PUBLISHED = dt.date(2026, 11, 2)

#: "Station 14, the follow-up to Harbor 9": a numbered title in the object's apposition is
#: read as a list item of the object (the other number shapes are not).
_NUMBERED_APPOSITION = frozenset({"credit-trade-object_follow_up_to-number"})
#: "Kestrel has renewed it" after a sentence naming two numbered titles: the decider is
#: taken (``target.decider_before_reference`` needs the previous sentence's only show).
_PRONOUN_NUMBERED = frozenset({"reference-trade-pronoun_object-number"})
#: "the star of Salt Road, confirmed the show has been renewed": the only name stands in the
#: reporter's aside and "the show" is not read back to it.
_REPORTER_ASIDE_REFERENCE = frozenset(
    f"reference-fan-reporter_stars_in_decided-{shape}"
    for shape in ("words", "the_x", "one_word", "number"))
#: "renewed Quillmarsh and Ferrowby": two one-word titles joined by "and" are read as one.
_ONE_WORD_PAIR = frozenset({"control-press-renewed_two_cancelled_third-one_word"})
LEFT = {**{c: "numbered title in an apposition" for c in _NUMBERED_APPOSITION},
        **{c: "pronoun after two numbered titles" for c in _PRONOUN_NUMBERED},
        **{c: "reference to a show named only in the reporter's aside"
           for c in _REPORTER_ASIDE_REFERENCE},
        **{c: "one-word titles joined by 'and' read as one" for c in _ONE_WORD_PAIR}}

GRID = grid_tally.params(cells(), LEFT)


@pytest.mark.parametrize("cell", GRID)
def test_decision_target_cell(cell: Cell) -> None:
    right, diff = outcome(cell)
    assert right, (cell.body, diff)


def test_left_cells_exist() -> None:
    assert set(LEFT) <= {c.id for c in cells()}


def _decisions(body: str, headline: str = "TV news") -> set[tuple[str, str]]:
    return {(f.show, f.kind) for f in facts_of(body, headline, PUBLISHED)
            if f.kind in ("renewed", "cancelled", "premiere")}


#: Readings outside the grid's templates: (name, body, wanted, never).
NEW = [
    ("agency_aside", "Tovrel, which also airs Copper Vale, announced that Salt Road has been "
     "cancelled after two seasons. Salt Road is filmed in Atlanta.",
     {("Salt Road", "cancelled")}, {("Copper Vale", "cancelled")}),
    ("person_credit_aside", "Tobin Reyes, the creator of \u201cLantern House,\u201d confirmed "
     "on Tuesday that \u201cAshford Lane\u201d has been renewed for a third season.",
     {("Ashford Lane", "renewed")}, {("Lantern House", "renewed"), ("Tobin Reyes", "renewed")}),
    ("reference_after_report", "The Tovrel comedy Ashford Lane is set in a bakery. Tovrel "
     "said it had cancelled the comedy, two days after the finale of Copper Vale.",
     {("Ashford Lane", "cancelled")}, {("Copper Vale", "cancelled")}),
]

#: Nearby wordings the reading must leave alone: (name, body, wanted, never).
CONTROLS = [
    # the report's verb after the trigger: the reading does not apply
    ("reporter_after", "Salt Road, the Tovrel drama, has been renewed for a second season, "
     "Dana Holt confirmed. Salt Road is filmed in Atlanta.", {("Salt Road", "renewed")},
     {("Dana Holt", "renewed")}),
    # an active decision's object after the report: the object, as before
    ("active_object", "Kestrel, the home of Salt Road, said it has cancelled Copper Vale. "
     "Copper Vale ran for two seasons.", {("Copper Vale", "cancelled")},
     {("Salt Road", "cancelled")}),
    # the reference's own name right after it: that name, as before
    ("reference_named", "The Kestrel drama Salt Road follows three sisters. Kestrel has "
     "cancelled the comedy Copper Vale, a week after renewing Lantern House. Copper Vale ran "
     "for two seasons.", {("Copper Vale", "cancelled")}, {("Salt Road", "cancelled")}),
    # both named inside the reported clause: both, as before
    ("both_in_clause", "Kestrel said that Salt Road and Copper Vale have both been renewed.",
     {("Salt Road", "renewed"), ("Copper Vale", "renewed")}, set()),
]


@pytest.mark.parametrize(("body", "wanted", "never"),
                         [pytest.param(b, w, x, id=n) for n, b, w, x in NEW + CONTROLS])
def test_readings(body: str, wanted: set[tuple[str, str]],
                  never: set[tuple[str, str]]) -> None:
    found = _decisions(body)
    assert wanted <= found
    assert not found & never


def test_explain_names_the_rules() -> None:
    text = explained("Kestrel, the home of Lantern House, confirmed that Copper Vale has been "
                     "renewed. Copper Vale is filmed in Atlanta.", "TV news", PUBLISHED)
    assert "target.reported_clause_subject" in text
    text = explained("The Kestrel drama Salt Road follows three sisters. Kestrel has cancelled "
                     "the drama, a week after renewing Copper Vale.", "TV news", PUBLISHED)
    assert "target.referred_object_before_passing" in text
