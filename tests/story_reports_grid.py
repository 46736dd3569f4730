"""A season's story told through reports: a generated grid (round 40, r40story).

Round 40's invented time lines (``tests/invented_timelines.py --round40``) and round 39's one
left miss found four classes the extractor read wrong between a season's steps:

- a decision whose next clause reports it as news in the present perfect ("X will return for
  a third series after all, Kestrel has confirmed"), under a headline that names a season
  and no decision ("X saved: series 3 back on"): undated, so a renewal could not reverse the
  cancellation before it (``date.reported_now``: the publication month);
- a headline denying a report named by its decision noun ("Kestrel Denies X Cancellation
  Report", "Tovrel Shoots Down X Cancellation Rumors"): read as the decision, a false
  "cancelled" alert (``drop.denied_report``);
- an unnamed source's claim told in the present perfect ("…, insiders have claimed",
  "sources have told"): read as confirmed (``ATTRIBUTION_RE``).

- a day given to the premiere noun itself in a sentence told in the past ("Kestrel renewed X
  in May and set a March 3 premiere", "has announced a March 3 premiere", "gave X season 2 a
  March 3 debut"): read as the past March, a premiere already over, never alerted
  (``date.announced_day_is_ahead``; the reporting verb's date filter, ``facts.
  _given_by_date_noun``).

Each class in trade, wire, UK-press, press-release and fan-site styles over the six title
shapes of ``story_grid``, with controls: a decision told as earlier or already made with the
same report clause, a return told as possible, a headline whose denial is of another
thing, a cancellation confirmed, a premiere that happened ("had its March 3 premiere").
``python tests/story_reports_grid.py [-v]`` prints the
counts by axis, house and shape. A checked kind "renewed:dated" is a renewal dated the
publication month; "cancelled:confirmed" a cancellation told as confirmed;
"premiere:ahead" a premiere dated after the publication. All titles,
networks and people are invented.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from types import SimpleNamespace
from typing import Any

import story_grid
from story_grid import Cell, Passage, report

PUBLISHED = story_grid.PUBLISHED
MONTH = PUBLISHED.isoformat()[:7]

#: (house, name, axis, checks, headline, body), as ``story_grid.PASSAGES``.
PASSAGES: list[Passage] = [
    # a decision the next clause reports as news now
    ("uk", "saved_series_back_on", "reported_now", {"renewed:dated": "A"},
     "{A} saved: series 3 back on",
     "{A} will return for a third series after all, Kestrel has confirmed, weeks after the "
     "broadcaster axed it. The cast had already been released."),
    ("trade", "will_be_back_tovrel_announced", "reported_now", {"renewed:dated": "A"},
     "{A}: Season 3 Update",
     "{A} will be back for a third season, Tovrel has announced. The drama drew its biggest "
     "audience yet."),
    ("wire", "coming_back_network_confirmed", "reported_now", {"renewed:dated": "A"},
     "Season 3 for {A}",
     "LOS ANGELES (Wire) — {A} is coming back for a third season, the network has "
     "confirmed."),
    ("press", "will_not_return_announced", "reported_now", {"cancelled:dated": "A"},
     "{A}: Season 4",
     "{A} will not return for a fourth season, Kestrel has announced. The final episode "
     "airs in July."),
    ("fan", "wont_be_back_revealed", "reported_now", {"cancelled:dated": "A"},
     "{A} Season 3 news!",
     "{A} won't be back for a third season, Nimbus One has revealed. We are heartbroken."),
    # controls: told as earlier or already made; told by unnamed sources
    ("trade", "control_renewed_last_year", "reported_now_control", {"renewed:dated": "!A"},
     "{A}: Season 3 Update",
     "{A} was renewed for a third season last year, Kestrel has confirmed."),
    ("uk", "control_already_renewed", "reported_now_control", {"renewed:dated": "!A"},
     "{A}: series 3",
     "{A} had already been recommissioned for a third series, Kestrel has confirmed."),
    ("fan", "control_could_return", "reported_now_control", {"renewed:dated": "!A"},
     "{A} Season 3?",
     "{A} could return for a third season, Kestrel has said."),
    # a headline denying a report named by its decision noun
    ("trade", "denies_cancellation_report", "denied_noun", {"cancelled": "!A"},
     "Kestrel Denies {A} Cancellation Report",
     "Kestrel has dismissed reports that {A} was axed, insisting the third season is still "
     "happening."),
    ("fan", "shoots_down_cancellation_rumors", "denied_noun", {"cancelled": "!A"},
     "Tovrel Shoots Down {A} Cancellation Rumors",
     "Tovrel says {A} season 3 is going ahead, and the cast is back on set in June."),
    ("uk", "rubbishes_axe_reports", "denied_noun", {"cancelled": "!A"},
     "Kestrel rubbishes {A} cancellation reports",
     "Kestrel has said the third series of {A} is still going ahead."),
    ("wire", "caps_denies_cancellation_report", "denied_noun", {"cancelled": "!A"},
     "NIMBUS ONE DENIES {U} CANCELLATION REPORT",
     "LOS ANGELES — Nimbus One said on Tuesday that the third season of {A} is going ahead."),
    ("press", "denies_renewal_report", "denied_noun", {"renewed": "!A"},
     "Kestrel Denies {A} Renewal Report",
     "Kestrel said no decision has been made about the future of {A}."),
    # controls: the decision confirmed; a denial of another thing beside the decision
    ("trade", "control_report_confirmed", "denied_noun_control", {"cancelled": "A"},
     "Kestrel Confirms {A} Cancellation",
     "Kestrel has cancelled {A} after two seasons, the network said on Tuesday."),
    ("fan", "control_denies_feud_as_cancelled", "denied_noun_control", {"cancelled": "A"},
     "Dana Holt Denies Feud as {A} Is Cancelled",
     "Kestrel has cancelled {A} after two seasons. Dana Holt denied reports of a feud on "
     "set."),
    # an unnamed source's claim in the present perfect
    ("uk", "insiders_have_claimed", "sources_have", {"cancelled:confirmed": "!A"},
     "{A} 'to be axed'",
     "{A} is set to be axed by Kestrel before its third series, insiders have claimed."),
    ("trade", "sources_have_told", "sources_have", {"cancelled:confirmed": "!A"},
     "{A} Cancelled?",
     "Tovrel has cancelled {A} after two seasons, sources have told The Set Sheet."),
    ("fan", "sources_have_said", "sources_have", {"renewed:confirmed": "!A"},
     "{A} Season 3?",
     "{A} will return for a third season, sources have said."),
    # control: the network's own word
    ("wire", "control_network_has_confirmed", "sources_have_control",
     {"cancelled:confirmed": "A"},
     "Tovrel cancels drama",
     "Tovrel has cancelled {A} after two seasons, the network has confirmed."),
    # a day given to the premiere noun itself, in a sentence told in the past
    ("trade", "renewed_and_set_a_day", "day_given", {"premiere:ahead": "A"},
     "Kestrel Renews {A}",
     "Kestrel renewed {A} for a second season in May and set a March 3 premiere."),
    ("uk", "given_a_launch", "day_given", {"premiere:ahead": "A"},
     "{A} series 2 date",
     "{A} was recommissioned in April and has been given a 3 March launch by Kestrel."),
    ("fan", "announced_a_premiere", "day_given", {"premiere:ahead": "A"},
     "{A} Season 2!",
     "Tovrel has announced a March 3 premiere for season 2 of {A}, which wrapped in May."),
    ("wire", "gave_the_show_a_debut", "day_given", {"premiere:ahead": "A"},
     "Nimbus One dates drama",
     "LOS ANGELES — Nimbus One, which renewed the drama in April, gave {A} season 2 a March 3 "
     "debut."),
    # controls: a premiere that happened
    ("trade", "control_had_its_premiere", "day_given_control", {"premiere:ahead": "!A"},
     "{A} renewed",
     "{A} had its March 3 premiere on Kestrel and was renewed in May."),
    ("uk", "control_premiered_on", "day_given_control", {"premiere:ahead": "!A"},
     "{A} renewed",
     "The first series of {A} premiered on 3 March and was recommissioned in May."),
]


def cells() -> Iterator[Cell]:
    return story_grid.cells(PASSAGES)


def _read(facts: Iterable[Any]) -> Iterator[Any]:
    """Each fact, and under "kind:dated" / "kind:confirmed" the ones dated the publication
    month / told as confirmed."""
    for f in facts:
        yield f
        if f.date == MONTH:
            yield SimpleNamespace(show=f.show, kind=f"{f.kind}:dated")
        if f.certainty == "confirmed":
            yield SimpleNamespace(show=f.show, kind=f"{f.kind}:confirmed")
        if f.date and f.date[:10] > PUBLISHED.isoformat()[:len(f.date)]:
            yield SimpleNamespace(show=f.show, kind=f"{f.kind}:ahead")


def outcome(cell: Cell) -> tuple[bool, dict[str, tuple[set[str], set[str]]]]:
    """(right, per checked kind the shows missed and the shows given it wrongly), with the
    derived kinds ``_read`` adds."""
    return story_grid.outcome(cell, _read)


def main() -> int:
    return report(PASSAGES, _read)


if __name__ == "__main__":
    raise SystemExit(main())
