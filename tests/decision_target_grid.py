"""Which show a decision is about when the sentence names several: a generated grid (round 40,
r40target).

Round 39's census of the sealed fold found ``target.nearest_mention`` behind 10 of its 13
false decisions and 6 of its 23 missed ones: a renewal or a cancellation told in a sentence
naming another show beside the decided one (an aside, a comparison, a credit, a schedule
partner) went to the name nearest the verb, not to the verb's subject or object. This grid
writes such sentences in trade, wire, press-release, UK-press, fan-site and headline styles:
the decided show as the subject of a passive or an active decision's object, the other show
in a relative clause, a dash aside, a credit ('from the creator of Y'), a comparison ('after
Y's success', 'joining Y', 'unlike Y'), a prepositional phrase after the verb; with controls
where the nearest name IS the decided one, where both shows are decided, or where each show
has its own decision.

Each passage is written over four title shapes. ``python tests/decision_target_grid.py [-v]``
prints the counts (right, missed, false) by axis, house and shape. A cell is right when, for
each kind it checks, the shows given that kind are exactly the ones it wants. All titles,
networks and people are invented.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import grid_tally
import slate_grid
from slate_grid import Cell

#: Title triples: name -> (A, B, C).
SHAPES: dict[str, tuple[str, ...]] = {
    **grid_tally.title_shapes("words", "the_x", "one_word"),
    "number": ("Station 14", "Harbor 9", "Ward 22"),
}

NETWORK = "Kestrel"

#: (house, name, axis, checks, body): checks maps a kind to the shows ("ABC" letters) it must
#: give exactly; templates take A, B, C (titles) and N (network).
PASSAGES: list[tuple[str, str, str, dict[str, str], str]] = [
    # the other show in an aside between the subject and the verb
    ("trade", "relative_before_passive", "aside", {"cancelled": "A"},
     "{A}, which follows {B} on {N} on Thursdays, has been cancelled after one season."),
    ("wire", "dash_aside_credit", "aside", {"renewed": "A"},
     "{A} \u2014 from the producers of {B} \u2014 has been renewed for a second season."),
    ("uk", "appositive_spinoff", "aside", {"cancelled": "A"},
     "{A}, the spinoff of {B}, has been axed by {N} after two series."),
    ("press", "created_by_team_behind", "aside", {"renewed": "A"},
     "{A}, created by the team behind {B}, has been renewed by {N} for a third season."),
    # the other show after the decided one, in a credit or a comparison
    ("trade", "object_from_creator", "credit", {"renewed": "A"},
     "{N} has renewed {A}, from the creator of {B}, for a second season."),
    ("trade", "object_follow_up_to", "credit", {"cancelled": "A"},
     "{N} has cancelled {A}, the follow-up to {B}, after a single season."),
    ("wire", "joining_on_schedule", "comparison", {"renewed": "A"},
     "{A} has been renewed for a third season, joining {B} on {N}'s fall schedule."),
    ("fan", "unlike_before", "comparison", {"renewed": "A"},
     "Unlike {B}, {A} has been renewed for another season!"),
    ("press", "after_success_of", "comparison", {"renewed": "A"},
     "Following the success of {B}, {N} has renewed {A} for a second season."),
    ("trade", "passive_by_after_rival", "comparison", {"cancelled": "A"},
     "{A} has been cancelled by {N} after losing its time slot to {B}."),
    ("uk", "recommissioned_despite", "comparison", {"renewed": "A"},
     "{A} has been recommissioned for a second series despite ratings well below {B}'s."),
    ("wire", "passive_then_home_of", "comparison", {"cancelled": "A"},
     "{A} has been cancelled by {N}, the home of {B}, after two seasons."),
    ("fan", "star_of_other", "report", {"renewed": "A"},
     "Dana Holt, the star of {B}, confirmed that {A} has been renewed for season 2."),
    # the other show in the reporter's aside, before the report's verb (round 40's rule,
    # target.reported_clause_subject)
    ("wire", "network_home_of_announced_that", "report", {"cancelled": "A"},
     "{N}, the home of {B}, announced on Monday that {A} has been cancelled."),
    ("press", "creator_of_other_said_that", "report", {"renewed": "A"},
     "Dana Holt, who created {B}, said that {A} has been renewed for a second season."),
    ("uk", "star_of_other_revealed", "report", {"renewed": "A"},
     "Mara Quell, the star of {B}, revealed that {A} has been recommissioned for a second "
     "series."),
    ("trade", "network_home_of_confirmed", "report", {"renewed": "A"},
     "{N}, the home of {B}, confirmed that {A} has been renewed for a third season."),
    # headline style
    ("headline", "headline_from_creator", "credit", {"renewed": "A"},
     "{N} Renews {A}, From {B} Creator, For Season 2 || The drama will return next year."),
    # a pronoun object after a sentence about the main show
    ("trade", "pronoun_object", "reference", {"renewed": "A"},
     "{A} drew four million viewers, more than {B} managed all year. {N} has renewed it "
     "for a third season."),
    # the decided show as a reference object, the other show named after it in passing
    # (round 40's rule, target.referred_object_before_passing)
    ("trade", "reference_week_after_renewing", "reference", {"cancelled": "A"},
     "The {N} drama {A} follows three sisters in a harbour town. {N} has cancelled the "
     "drama after two seasons, a week after renewing {B}."),
    ("uk", "reference_unlike_parenthesis", "reference", {"cancelled": "A"},
     "The {N} drama {A} follows three sisters in a harbour town. {N} has axed the series "
     "after two runs (unlike {B}, which returns in May)."),
    ("fan", "reference_same_week_dash", "reference", {"cancelled": "A"},
     "The {N} drama {A} follows three sisters in a harbour town. {N} cancelled it after "
     "just one season \u2014 the same week it renewed {B}!"),
    ("wire", "reference_days_after", "reference", {"renewed": "A"},
     "The {N} drama {A} follows three sisters in a harbour town. {N} has renewed the "
     "drama for a third season, days after the finale of {B} drew record ratings."),
    # controls: the nearest name is the decided one, both are decided, each has its own
    ("trade", "reference_noun_then_name", "control", {"cancelled": "B"},
     "The {N} drama {A} follows three sisters in a harbour town. {N} has cancelled the "
     "comedy {B} after two seasons."),
    ("wire", "reference_only", "control", {"cancelled": "A"},
     "The {N} drama {A} follows three sisters in a harbour town. {N} has cancelled the "
     "drama after two seasons."),
    ("trade", "plain_object", "control", {"renewed": "A"},
     "{N} has renewed {A} for a second season."),
    ("wire", "other_first_then_object", "control", {"renewed": "A"},
     "{B} drew strong ratings on Sunday, and {N} has renewed {A} for a second season."),
    ("fan", "reporter_stars_in_decided", "reference", {"renewed": "A"},
     "Dana Holt, the star of {A}, confirmed the show has been renewed for season 2!"),
    ("trade", "network_confirmed_that", "control", {"renewed": "A"},
     "{N} confirmed that {A} has been renewed for a second season."),
    ("trade", "both_renewed", "control", {"renewed": "AB"},
     "{A} and {B} have both been renewed by {N}."),
    ("press", "renewed_two_cancelled_third", "control", {"renewed": "AB", "cancelled": "C"},
     "{N} has renewed {A} and {B} but cancelled {C}. {C} ran for two seasons."),
    ("trade", "each_its_own", "control", {"renewed": "B", "cancelled": "A"},
     "{A} has been cancelled by {N}, which last month renewed {B}."),
    ("uk", "so_has_other", "control", {"renewed": "AB"},
     "{A} has been renewed for a second series, and so has {B}."),
    ("wire", "renewal_after_cancel", "control", {"renewed": "A", "cancelled": "B"},
     "{N} renewed {A} on Monday, a week after it cancelled {B}."),
]


#: A closing sentence naming the first two shows again, with no decision: a title named once
#: in a passage of one sentence is not evidence enough for a show (drop.unevidenced_title).
CODA = " {A} is filmed in Atlanta, and {B} in Toronto."


def cells() -> Iterator[Cell]:
    return slate_grid.cells(PASSAGES, SHAPES, CODA)


PUBLISHED = dt.date(2026, 11, 2)


def outcome(cell: Cell) -> tuple[bool, dict[str, tuple[set[str], set[str]]]]:
    """(right, per checked kind the shows missed and the shows given it wrongly)."""
    from monitor.extract.facts import extract_facts
    from monitor.models import Article

    title, _, text = cell.body.rpartition(" || ")
    article = Article(url="https://example.test/news/1", title=title or "TV news", text=text,
                      published=PUBLISHED)
    return grid_tally.shows_diff(extract_facts(article), cell.checks, cell.wanted)


def main() -> int:
    return grid_tally.run_found(
        cells(), lambda cell: outcome(cell)[1],
        lambda c, right, diff: f"{c.id}: {outcome(c)[1]} :: {c.body}",
        widths=(8, 12))


if __name__ == "__main__":
    raise SystemExit(main())
