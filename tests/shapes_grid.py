"""The extraction shapes round 40 left, each as a class: a generated grid (round 41, r41shapes).

Round 40 closed with nine readings wrong on invented text, each an instance of a class. This
grid writes every class in trade, wire, press-release, UK-press, fan-site and headline styles
over title shapes, with controls (the nearby wordings that must not give the fact):

- ``past_premiere`` (class 8): a premiere told as past through its audience, ratings or
  reviews ("X's January 14 premiere drew 3 million viewers"): a past premiere, its yearless
  date the latest past one; controls tell the same noun ahead ("is expected to draw").
- ``calendar_title`` (class 4): a title holding a month or a day-like word ("May Day Street",
  "Monday Club"), named inside its sentence: kept whole, not read as a date or a modal.
- ``limited_headline`` (class 9): a title-case headline ordering a limited series, miniseries
  or docuseries ("Kestrel Orders Limited Series 'Salt Road' From Dana Holt"): the title not
  cut, not taken with the format word nor its credit; the control names no show.
- ``label_line`` (1), ``rescue`` (2), ``weekday`` (3), ``season_list`` (5), ``join`` (6),
  ``scorecard`` (7): the classes round 41 reads only in part; their cells the branch misses
  are strict xfail in ``tests/test_shapes_round41.py``, each with its reason.

``python tests/shapes_grid.py [-v]`` prints the counts (right, missed, false) by axis, house
and shape. A cell is right when each kind it checks goes exactly to the shows it wants (a
control: "!" shows must not get it), dated as ``DATES`` says where it says. All titles,
networks and people are invented.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import grid_tally
from grid_tally import Cell

#: Title triples: name -> (A, B, C).
SHAPES: dict[str, tuple[str, ...]] = {
    **grid_tally.title_shapes("words", "one_word", "the_x"),
    "number": ("Harbour 9", "Station 12", "Pier 7"),
    "possessive": ("Keeper's Bell", "Ashford Lane", "Salt Road"),
}
#: Titles that open on a month, a season of the year or a weekday (class 4), as triples.
CALENDAR_SHAPES: dict[str, tuple[str, str, str]] = {
    "may": ("May Day Street", "Lantern House", "Copper Vale"),
    "may_one": ("May Harbour", "Lantern House", "Copper Vale"),
    "march_the": ("The March Sisters", "Lantern House", "Copper Vale"),
    "weekday": ("Monday Club", "Lantern House", "Copper Vale"),
    "summer": ("Summer House", "Lantern House", "Copper Vale"),
}

NETWORK = "Kestrel"
PUBLISHED = dt.date(2026, 11, 12)

#: Per wording, the date its premiere (or other dated kind) must carry: (kind, date).
DATES: dict[str, tuple[str, str]] = {
    "drew_viewers": ("premiere", "2026-01-14"),
    "of_was_watched_by": ("premiere", "2026-01-14"),
    "season_delivered": ("premiere", "2026-01-14"),
    "debut_pulled_in": ("premiere", "2026-01-14"),
    "earned_rave_reviews": ("premiere", "2026-01-14"),
    "scored_rating": ("premiere", "2026-01-14"),
    "expected_to_draw": ("premiere", "2027-01-14"),
    "will_be_followed": ("premiere", "2027-01-14"),
    "set_to_draw": ("premiere", "2027-01-14"),
}

#: (house, name, axis, checks, headline, body): checks maps a kind to the shows ("ABC"
#: letters) it must give exactly, or after "!" the shows it must not give; templates take A,
#: B, C (titles) and N (network).
PASSAGES: list[tuple[str, str, str, dict[str, str], str, str]] = [
    # class 8: a past premiere told by its audience, ratings or reviews
    ("trade", "drew_viewers", "past_premiere", {"premiere": "A"}, "",
     "{A}, the harbour drama starring Dana Holt, is {N}'s biggest hit of the year. {A}'s "
     "January 14 premiere drew 3.1 million viewers across the network's platforms."),
    ("wire", "of_was_watched_by", "past_premiere", {"premiere": "A"}, "",
     "{A} is {N}'s biggest drama of the year. The January 14 premiere of {A} season 2 was "
     "watched by 2.4 million people, the network said on Tuesday."),
    ("press", "season_delivered", "past_premiere", {"premiere": "A"}, "",
     "{N} today celebrated the success of {A}. {A} season 2's premiere on January 14 "
     "delivered the network's biggest audience of the year."),
    ("uk", "debut_pulled_in", "past_premiere", {"premiere": "A"}, "",
     "{A} has become {N}'s most talked-about drama. {A}'s January 14 debut pulled in four "
     "million viewers, the best launch for a British drama this year."),
    ("fan", "earned_rave_reviews", "past_premiere", {"premiere": "A"}, "",
     "We cannot stop talking about {A}!! {A}'s January 14 premiere earned rave reviews and "
     "honestly it deserved every one of them."),
    ("trade", "scored_rating", "past_premiere", {"premiere": "A"}, "",
     "{A} stars Dana Holt. {A}'s January 14 premiere scored a 1.2 rating in the key demo on "
     "{N}, up from its first season."),
    # controls: the same noun told ahead
    ("trade", "expected_to_draw", "past_premiere_control", {"premiere": "A"}, "",
     "{A} stars Dana Holt. {A}'s January 14 premiere is expected to draw three million "
     "viewers on {N}."),
    ("press", "will_be_followed", "past_premiere_control", {"premiere": "A"}, "",
     "{A} stars Dana Holt. {A}'s January 14 premiere will be followed by a live after-show "
     "on {N}."),
    ("fan", "set_to_draw", "past_premiere_control", {"premiere": "A"}, "",
     "{A} stars Dana Holt. {A}'s January 14 premiere is set to draw a big crowd on {N}!"),
    # class 9: a limited series ordered in a title-case headline
    ("trade", "orders_limited_quoted_from", "limited_headline", {"filming_started": "A"},
     "{N} Orders Limited Series '{A}' From Dana Holt",
     "The eight-episode limited series will begin filming in March."),
    ("trade", "orders_limited_from", "limited_headline", {"filming_started": "A"},
     "{N} Orders Limited Series {A} From Dana Holt",
     "The eight-episode limited series will begin filming in March."),
    ("wire", "greenlights_docuseries", "limited_headline", {"premiere": "A"},
     "Tovrel Greenlights Docuseries {A}",
     "The six-part docuseries will premiere in June, Tovrel said."),
    ("press", "commissions_miniseries_from", "limited_headline", {"filming_started": "A"},
     "{N} Commissions Miniseries {A} From Dana Holt",
     "The miniseries starts filming in Leeds in March, {N} announced today."),
    ("uk", "orders_limited_body_named", "limited_headline", {"filming_started": "A"},
     "{N} Orders Limited Series {A}",
     "Filming on {A}, a four-part limited series, will begin in Belfast in March."),
    # control: the headline names no show
    ("trade", "orders_limited_no_title", "limited_headline_control", {"filming_started": ""},
     "{N} Orders Limited Series From Dana Holt",
     "The eight-episode limited series will begin filming in March."),
    # class 1: a guide label alone on its line governs the next line's show
    ("fan", "returning_label_line", "label_line", {"renewed": "!B", "premiere": "A"}, "",
     "What to watch on {N} this month.\nReturning:\n{A} (Sunday, November 15, 9pm)\n"),
    # class 2: a rescue by another network in a title-case headline
    ("headline", "rescues", "rescue", {"renewed": "A"}, "{N} Rescues {A}",
     "{A}, cancelled by Tovrel in May, will be back on {N} next year."),
    ("headline", "picks_up_after_cancellation", "rescue", {"renewed": "A"},
     "{N} Picks Up {A} After Tovrel Cancellation",
     "{A} will be back on {N} next year."),
    ("wire", "uncancelled", "rescue", {"renewed": "A"}, "",
     "Tovrel has uncancelled {A}, the drama it cancelled in May, the network said."),
    ("headline", "un_cancelled_headline", "rescue", {"renewed": "A"},
     "{A} Un-Cancelled By Tovrel", "{A} will be back for more next year, Tovrel said."),
    ("fan", "uncancel_asked_control", "rescue_control", {"renewed": ""}, "",
     "We begged Tovrel to uncancel {A} season 2 and the network said no. Sad!"),
    # class 3: a weekday alone where the article states no week
    ("fan", "weekday_no_week", "weekday", {"premiere": "!A"}, "",
     "Our picks.\n{A}: Sunday\n{B} stars Dana Holt.\n"),
    # class 5: a list whose first item carries a season
    ("wire", "first_item_season", "season_list", {"renewed": "ABC"}, "",
     "{A} season 2, {B} and {C} were renewed by {N} on Tuesday."),
    # class 6: a list joining cancelled shows, and the renewal side
    ("trade", "joins_two_in_graveyard", "join", {"cancelled": "ABC"}, "",
     "Tovrel has cancelled {A} after two seasons. The drama joins {B} and {C} in the TV "
     "graveyard."),
    ("uk", "joins_three_scrap_heap", "join", {"cancelled": "ABC"}, "",
     "Tovrel has axed its fantasy drama after one series. The drama joins {A}, {B} and "
     "{C} on the scrap heap."),
    ("fan", "joins_chopping_block", "join", {"cancelled": "ABC"}, "",
     "Ugh. Tovrel has cancelled {A}, which joins {B} and {C} on the chopping block."),
    ("trade", "joining_in_returning", "join", {"renewed": "ABC"}, "",
     "Tovrel has renewed {A} for a third season, joining {B} and {C} in returning next year."),
    ("trade", "at_risk_control", "join_control", {"cancelled": ""}, "",
     "{N} renewed {A} for a second season. {B} and {C} are on the chopping block."),
    ("wire", "joins_cast_control", "join_control", {"cancelled": "", "renewed": ""}, "",
     "Dana Holt joins {B} and {C} star Mara Quell in the cast of {A}."),
    # class 7: a scorecard line
    ("trade", "scorecard_lines", "scorecard", {"renewed": "A", "cancelled": "B"}, "",
     "{N}'s renewal scorecard for the season.\n{A}, {N}: Renewed\n{B} (Tovrel) — Cancelled\n"),
]


def _shapes(axis: str) -> dict[str, tuple[str, str, str]]:
    return CALENDAR_SHAPES if axis.startswith("calendar_title") else SHAPES


#: Class 4: a calendar-word title named inside its sentence (``CALENDAR_SHAPES``).
CALENDAR_PASSAGES: list[tuple[str, str, str, dict[str, str], str, str]] = [
    ("trade", "renewed_for_second", "calendar_title", {"renewed": "A"}, "",
     "{N} has renewed {A} for a second season, the network said on Tuesday."),
    ("wire", "cancelled_after_one", "calendar_title", {"cancelled": "A"}, "",
     "Tovrel said on Tuesday it had cancelled {A} after one season."),
    ("press", "will_return_for_third", "calendar_title", {"renewed": "A"}, "",
     "{N} today confirmed that it has renewed the hit comedy {A} for a third season."),
    ("uk", "filming_began", "calendar_title", {"filming_started": "A"}, "",
     "Filming on the second series of {A} began in Leeds on Monday, {N} said."),
    ("fan", "just_renewed", "calendar_title", {"renewed": "A"}, "",
     "Big news, everyone: {N} just renewed {A} for season 2!"),
    # control: a month or a modal of the sentence beside a plain title
    ("trade", "modal_may_beside", "calendar_title_control", {"renewed": "B"}, "",
     "{N} has renewed {B} for a second season, and {C} may return in May."),
]


def cells() -> Iterator[Cell]:
    for house, name, axis, checks, headline, body in PASSAGES + CALENDAR_PASSAGES:
        for shape, (a, b, c) in _shapes(axis).items():
            yield Cell(house, name, axis, tuple(sorted(checks.items())), shape,
                       body.format(A=a, B=b, C=c, N=NETWORK), (a, b, c),
                       headline.format(A=a, B=b, C=c, N=NETWORK))


def outcome(cell: Cell) -> tuple[bool, grid_tally.ShowsDiff]:
    """(right, per checked kind the shows missed and the shows given it wrongly); a wanted
    show whose fact is not dated as ``DATES`` says counts as missed."""
    from monitor.extract.facts import extract_facts
    from monitor.extract.shows import normalise_title
    from monitor.models import Article

    article = Article(url="https://example.test/news/1", title=cell.headline, text=cell.body,
                      published=PUBLISHED)
    facts = extract_facts(article)
    right, diff = grid_tally.shows_diff(facts, cell.checks, cell.wanted)
    if cell.name in DATES:
        kind, date = DATES[cell.name]
        wanted = {normalise_title(show) for show in cell.wanted(kind)[1]}
        undated = {normalise_title(f.show) for f in facts
                   if f.kind == kind and f.date != date} & wanted
        if undated:
            diff[kind] = (diff[kind][0] | undated, diff[kind][1])
            right = False
    return right, diff


def main() -> int:
    return grid_tally.run_found(
        cells(), lambda cell: outcome(cell)[1],
        lambda c, right, diff: f"{c.id}: {outcome(c)[1]} :: {c.headline} || {c.body!r}",
        widths=(6, 24))


if __name__ == "__main__":
    raise SystemExit(main())
