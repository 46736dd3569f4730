"""Two events in one sentence, and a credited show as no target (round 34, r34spans; issue 10).

1. A shoot's start and its end joined by "and", the start's subject carried over to the end
   verb ("Filming on X began in May and concluded in August", "... kicked off in May and was
   completed in August", "... and is expected to conclude in August"): the end verb is the
   wrap's own trigger (rule ``trigger.shoot_end_after_start``,
   ``patterns.SHOOT_END_AFTER_START_RE``), so each event takes its own clause's date. The grid
   crosses six start clauses (a shoot noun as subject, the show as subject) with thirteen end
   clauses (after "and", or "before wrapping / concluding") and four title shapes.
2. Other pairs of events joined by "and" ("was renewed in March and began filming in May",
   "wrapped in June and premieres in October") were read already: they stand as controls,
   with near misses whose output must not change (a new subject after "and", an end of
   another thing, a halt, one event with two dates).
3. A show named in a credit ("from the X team", "from the creator of X") before a decision
   verb whose object is a reference is passed over when the clause's subject is another show
   ("The drama Y, from the X team, was set for a third season, but Kestrel has cancelled it":
   the cancellation is Y's; ``target.decider_before_reference`` with
   ``patterns.named_as_credit``).

All names are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of

from monitor.extract.shows import normalise_title
from monitor.models import Fact, ShowName

PUBLISHED = dt.date(2026, 11, 2)
CUE = "The Kestrel drama {T} follows three sisters. "
SHAPES = {"words": "Salt Road", "person": "Maggie Stone", "the_x": "The Lantern House",
          "numbered": "Precinct 9"}

STARTS = {
    "filming_began": "Filming on {T} began in May",
    "production_started": "Production on {T} started in May",
    "shooting_kicked_off": "Shooting on {T} kicked off in May",
    "photography_commenced": "Principal photography on {T} commenced in May",
    "show_began_filming": "{T} began filming in May",
    "show_started_shooting": "{T} started shooting in May",
}
#: The end clause: its text, the wrap's date and certainty.
ENDS = {
    "concluded": (" and concluded in August.", "2026-08", "confirmed"),
    "ended": (" and ended in August.", "2026-08", "confirmed"),
    "finished": (" and finished in August.", "2026-08", "confirmed"),
    "wrapped": (" and wrapped in August.", "2026-08", "confirmed"),
    "wrapped_up": (" and wrapped up in August.", "2026-08", "confirmed"),
    "was_completed": (" and was completed in August.", "2026-08", "confirmed"),
    "came_to_an_end": (" and came to an end in August.", "2026-08", "confirmed"),
    "comma_and_concluded": (", and concluded in August.", "2026-08", "confirmed"),
    "concluded_on_a_day": (" and concluded on August 14.", "2026-08-14", "confirmed"),
    "expected_to_conclude": (" and is expected to conclude in August.", "2027-08", "expected"),
    "will_end": (" and will end in August.", "2027-08", "expected"),
    "before_wrapping": (" before wrapping in August.", "2026-08", "confirmed"),
    "before_concluding": (", before concluding in August.", "2026-08", "confirmed"),
}


def _facts(body: str, known: tuple[str, ...] = ()) -> list[Fact]:
    return facts_of(body, "TV news", PUBLISHED, known=[ShowName(k) for k in known])


CELLS = [pytest.param(s, e, t, id=f"{s}-{e}-{t}")
         for s in STARTS for e in ENDS for t in SHAPES]


@pytest.mark.parametrize(("start", "end", "shape"), CELLS)
def test_start_and_end_each_take_their_own_date(start: str, end: str, shape: str) -> None:
    title = SHAPES[shape]
    text, wrap_date, wrap_certainty = ENDS[end]
    facts = _facts(CUE.format(T=title) + STARTS[start].format(T=title) + text)
    rows = {(normalise_title(f.show), f.kind, f.date, f.certainty) for f in facts}
    key = normalise_title(title)
    assert rows == {(key, "filming_started", "2026-05", "confirmed"),
                    (key, "filming_wrapped", wrap_date, wrap_certainty)}, facts


S = CUE.format(T="Salt Road")

#: Read on the base and the branch alike: other pairs of events, and near misses of the end
#: told after a start (another subject, another thing ended, a halt, one event's two dates).
CONTROLS = [
    ("renewed_and_began_filming", "Salt Road was renewed in March and began filming in May.",
     {("renewed", "2026-03"), ("filming_started", "2026-05")}),
    ("network_renewed_and_it_began", "Kestrel renewed Salt Road in March and it began filming "
     "in May.", {("renewed", "2026-03"), ("filming_started", "2026-05")}),
    ("wrapped_and_premieres", "Salt Road wrapped in June and premieres in October.",
     {("filming_wrapped", "2026-06"), ("premiere", "2027-10")}),
    ("wrapped_and_will_premiere", "Salt Road wrapped filming in June and will premiere in "
     "October.", {("filming_wrapped", "2026-06"), ("premiere", "2027-10")}),
    ("wrapped_and_premiered", "Salt Road wrapped in June and premiered in October.",
     {("filming_wrapped", "2026-06"), ("premiere", "2026-10")}),
    ("began_and_completed_production", "Salt Road started shooting in May and completed "
     "production in August.", {("filming_started", "2026-05"), ("filming_wrapped", "2026-08")}),
    ("filmed_between", "Salt Road was filmed between May and August.",
     {("filming_started", "2026-05"), ("filming_wrapped", "2026-08")}),
    ("new_subject_after_and", "Salt Road began filming in May and the show ended in August.",
     {("filming_started", "2026-05")}),
    ("finale_after_and", "Filming on Salt Road began in May and the season finale aired in "
     "August.", {("filming_started", "2026-05")}),
    ("ended_another_thing", "Filming on Salt Road began in May and ended its run of night "
     "shoots in June.", {("filming_started", "2026-05")}),
    ("ended_with_a_party", "Filming on Salt Road began in May and ended with a party in "
     "August.", {("filming_started", "2026-05")}),
    ("halted_not_ended", "Filming on Salt Road began in May and stopped in August when the "
     "strike began.", {("filming_started", "2026-05")}),
    ("run_not_shoot", "Salt Road premiered in May and ended in August.",
     {("premiere", "2026-05")}),
]


@pytest.mark.parametrize(("body", "want"), [(b, w) for _, b, w in CONTROLS],
                         ids=[i for i, _, _ in CONTROLS])
def test_controls_keep_their_output(body: str, want: set[tuple[str, str]]) -> None:
    assert {(f.kind, f.date) for f in _facts(S + body) if f.show == "Salt Road"} == want


def test_the_end_after_a_start_is_named_in_explain() -> None:
    from articles import explained
    assert "trigger.shoot_end_after_start" in explained(
        S + "Filming on Salt Road began in May and concluded in August.", "TV news", PUBLISHED)


CREDITS = {"team": "from the {o} team", "creator_of": "from the creator of {o}",
           "makers_of": "from the makers of {o}", "creators_after": "from the {o} creators"}
PLANS = {"set_for_season": "was set for a third season",
         "expected_to_return": "was expected to return",
         "had_been_renewed": "had been renewed for a third season"}
UNDONE = {"has_cancelled": "but Kestrel has cancelled it",
          "has_since_axed": "but Kestrel has since axed it"}
PAIRS = {"words": ("Salt Road", "Harbor Lights"), "the_x": ("The Lantern House", "Copper Field")}

CREDIT_CELLS = [pytest.param(c, p, u, t, id=f"{c}-{p}-{u}-{t}")
                for c in CREDITS for p in PLANS for u in UNDONE for t in PAIRS]


@pytest.mark.parametrize(("credit", "plan", "undone", "pair"), CREDIT_CELLS)
def test_a_credited_show_is_no_target_of_the_decision(credit: str, plan: str, undone: str,
                                                      pair: str) -> None:
    title, other = PAIRS[pair]
    body = (f"The drama {title}, {CREDITS[credit].format(o=other)}, {PLANS[plan]}, "
            f"{UNDONE[undone]}.")
    facts = _facts(body, (title, other))
    cancelled = {normalise_title(f.show) for f in facts if f.kind == "cancelled"}
    assert cancelled == {normalise_title(title)}, facts


CREDIT_CONTROLS = [
    ("no_credit_earlier_show", "Harbor Lights was a hit, and Kestrel renewed it for a third "
     "season.", {("Harbor Lights", "renewed")}),
    ("credit_of_the_subject_itself", "The drama Salt Road, from the Harbor Lights team, has "
     "been cancelled by Kestrel.", {("Salt Road", "cancelled")}),
    ("credit_after_the_object", "Kestrel has cancelled the drama Salt Road, from the Harbor "
     "Lights team.", {("Salt Road", "cancelled")}),
]


@pytest.mark.parametrize(("body", "want"), [(b, w) for _, b, w in CREDIT_CONTROLS],
                         ids=[i for i, _, _ in CREDIT_CONTROLS])
def test_credit_controls_keep_their_output(body: str, want: set[tuple[str, str]]) -> None:
    assert {(f.show, f.kind) for f in _facts(body, ("Salt Road", "Harbor Lights"))} == want
