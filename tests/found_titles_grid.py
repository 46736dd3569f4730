"""Titles never found: the shapes the open folds did not teach (round 40, r40found).

Round 39's census of the sealed fold lost 7 of its 23 missed decisions because the labelled
title was never kept as a mention; round 40's census (counts only) found every such title
written in the article, most never proposed by any structural cue, some only after a
person's possessive. This grid writes the two shapes round 39 left:

* ``headline_but``: a title-case headline of two clauses joined by a capitalised "But"
  ("Kestrel Renews Salt Road But Axes Copper Vale"): the run "Salt Road But" was read as a
  title and vetoed whole, and "But Copper Vale Is" hid the second show
  (``title.span.headline_conjunction``);
* ``owner_named``: a person's name and its possessive before one word as the title ("Ann Lee's
  Kitchen"), written whole twice and the word never alone: the spans cut it to "Kitchen"
  (``title.span.owner_named_title``).

Controls: a title that holds "But" and that the body writes whole, two clauses joined by a
comma, a creator's one-word show the body also names alone, one mention of a creator's show,
a person's possessive before a title of two words. A cell is right when each kind it checks
goes exactly to the shows it wants (or, after "!", to none of them); the pseudo-kind "title"
is the article's kept titles that touch the cell's own (contain one, sit inside one, or hold
a clause word). ``python tests/found_titles_grid.py [-v]``. All titles, networks and people
are invented.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import grid_tally
import slate_grid
from headcase_grid import Cell

NETWORK = "Kestrel"
SPOKES = "a Kestrel spokesperson"

#: Title pairs for the headlines: name -> (A, B).
PAIRS: dict[str, tuple[str, ...]] = {
    "words": ("Salt Road", "Copper Vale"),
    **grid_tally.title_shapes("one_word", "the_x", titles=2),
    "of_inside": ("Keeper of Bells", "Harbour of Lights"),
    **grid_tally.title_shapes("possessive", "colon", titles=2),
}

#: Bodies under the headlines, naming neither show (the headline alone tells them).
BODIES: dict[str, str] = {
    "trade": "{N} made the decisions on Tuesday after a season of falling ratings, a network "
             "spokesperson confirmed to Trade Daily.",
    "wire": "{N} said on Monday that the decisions followed a review of its drama slate, "
            "according to a statement.",
    "fan": "We have mixed feelings, folks. The network broke the news on Friday night and fans "
           "are already planning a campaign.",
    "uk": "The broadcaster confirmed the news on Thursday, a spokesperson told reporters in "
          "London.",
    "press": "{N} today announced its decisions for the coming year. More details will follow "
             "in the spring.",
}

#: (name, axis, checks, headline): checks map a kind to letters ("!A": never A).
HEADLINES: list[tuple[str, str, dict[str, str], str]] = [
    ("renews_but_axes", "headline_but", {"title": "AB", "cancelled": "!A", "renewed": "!B"},
     "{N} Renews {A} But Axes {B}"),
    ("renews_but_cancels", "headline_but", {"title": "AB", "cancelled": "!A", "renewed": "!B"},
     "{N} Renews {A} But Cancels {B}"),
    ("cancels_but_renews", "headline_but", {"title": "AB", "renewed": "!A", "cancelled": "!B"},
     "{N} Cancels {A} But Renews {B}"),
    ("picks_up_but_drops", "headline_but", {"title": "AB", "cancelled": "!A", "renewed": "!B"},
     "{N} Picks Up {A} But Drops {B}"),
    ("gets_season_but_is_cancelled", "headline_but",
     {"title": "AB", "renewed": "A", "cancelled": "B"},
     "{A} Gets Another Season But {B} Is Cancelled"),
    ("renewed_at_but_axed", "headline_but", {"title": "AB", "cancelled": "!A", "renewed": "!B"},
     "{A} Renewed At {N} But {B} Axed"),
    # controls: two clauses joined by a comma (read on the base)
    ("comma_clauses", "control", {"title": "AB", "cancelled": "!A", "renewed": "!B"},
     "{N} Renews {A}, Cancels {B}"),
]

#: (house, name, axis, checks, body) for the body passages; A is the owner's title, C a
#: creator's show ("{O}'s {C}": the show is C), O the owner, S the surname.
PASSAGES: list[tuple[str, str, str, dict[str, str], str]] = [
    ("trade", "renewed_named_twice", "owner_named", {"title": "A", "renewed": "A"},
     "{N} has renewed {A} for a third season. {A} drew 2.1 million viewers in its second run, "
     "and {S} said she was thrilled."),
    ("wire", "ordered_named_twice", "owner_named", {"title": "A", "renewed": "A"},
     "{N} said on Monday it had ordered a second season of {A}. {A} was the network's most "
     "watched cookery show last year, {S} said in a statement."),
    ("press", "returns_named_twice", "owner_named", {"title": "A", "renewed": "A"},
     "{N} today announced that {A} will return for a third season. Filming on the new season "
     "of {A} begins in June, {S} confirmed."),
    ("uk", "recommissioned_named_twice", "owner_named", {"title": "A", "renewed": "A"},
     "{A} has been recommissioned by {N} for a fourth series. {SP} said {A} would return next "
     "spring, and {S} will again present it."),
    ("fan", "cancelled_named_twice", "owner_named", {"title": "A", "cancelled": "A"},
     "Sad news, everyone: {N} has cancelled {A} after two seasons. {A} never found its "
     "audience, and {S} posted a farewell on Friday."),
    # controls: a creator's show, named alone somewhere or named once
    ("trade", "creator_named_alone", "control", {"title": "C", "renewed": "C"},
     "{N} has renewed {O}'s {C} for a second season. {C} drew 2.1 million viewers, and "
     "{O}'s {C} returns in May, {S} said."),
    ("wire", "creator_named_once", "control", {"title": "C", "renewed": "C"},
     "{N} has renewed {O}'s {C} for a second season, {SP} said on Monday. {S} said she was "
     "thrilled."),
    ("press", "owner_before_two_words", "control", {"title": "B", "renewed": "B"},
     "{N} today announced that {O}'s {B} will return for a third season. {O}'s {B} drew "
     "record audiences, {S} said."),
]

#: Owners: name -> (owner, surname, the owner's one-word title noun).
OWNERS: dict[str, tuple[str, str, str]] = {
    "two_word_owner": ("Ann Lee", "Lee", "Kitchen"),
    "s_apostrophe_owner": ("Marvin Oakes", "Oakes", "Garage"),
    "hyphenated_owner": ("Rosa Hale-Dunn", "Hale-Dunn", "Table"),
    "known_first_name": ("Dana Holt", "Holt", "Diner"),
}

#: The title with "But" inside that the body writes whole (``title_holds_but``).
BUT_TITLE = "Nothing But Gold"
#: A creator's one-word show (``creator_*`` controls) and a two-word one.
CREATOR_TITLE = "Hollowmere"
TWO_WORD_TITLE = "Salt Road"

HOUSES = tuple(BODIES)


def _owned(owner: str, noun: str) -> str:
    return f"{owner}'" + ("" if owner.endswith("s") else "s") + f" {noun}"


def cells() -> Iterator[Cell]:
    for name, axis, checks, headline in HEADLINES:
        for house in HOUSES:
            for shape, (a, b) in PAIRS.items():
                fill = {"A": a, "B": b, "N": NETWORK}
                yield Cell(house, name, axis, tuple(sorted(checks.items())), shape,
                           BODIES[house].format(**fill), (a, b, ""),
                           headline=headline.format(**fill))
    for house in HOUSES:  # a title that holds "But", written whole in the body
        c = BUT_TITLE
        yield Cell(house, "title_holds_but", "control",
                   (("renewed", "C"), ("title", "C")), "but_inside",
                   f"{NETWORK} has renewed {c} for a second season, {SPOKES} said.",
                   ("", "", c), headline=f"{NETWORK} Renews {c}")
    for house, name, axis, checks, body in PASSAGES:
        for shape, (owner, surname, noun) in OWNERS.items():
            a = _owned(owner, noun)
            fill = {"A": a, "B": TWO_WORD_TITLE, "C": CREATOR_TITLE, "N": NETWORK,
                    "O": owner, "S": surname, "SP": SPOKES.capitalize()}
            text = body.format(**fill).replace(f"{owner}'s {CREATOR_TITLE}",
                                                _owned(owner, CREATOR_TITLE)).replace(
                f"{owner}'s {TWO_WORD_TITLE}", _owned(owner, TWO_WORD_TITLE))
            yield Cell(house, name, axis, tuple(sorted(checks.items())), shape, text,
                       (a, TWO_WORD_TITLE, CREATOR_TITLE), headline="TV news")


PUBLISHED = dt.date(2026, 11, 2)


def _touches(title: str, own: tuple[str, ...]) -> bool:
    from monitor.extract.shows import HEADLINE_CLAUSE_WORDS

    low = title.lower()
    return any(t and (t.lower() in low or low in t.lower()) for t in own) or any(
        w in HEADLINE_CLAUSE_WORDS for w in low.split())


def outcome(cell: Cell) -> tuple[bool, dict[str, tuple[set[str], set[str]]]]:
    """(right, per checked kind the shows missed and the shows given it wrongly); the kind
    "title" is the titles the article keeps that touch the cell's own."""
    return slate_grid.outcome(
        cell, slate_grid.with_kept_titles(lambda title: _touches(title, cell.titles)),
        PUBLISHED)


def main() -> int:
    return grid_tally.run_found(
        cells(), lambda cell: outcome(cell)[1],
        lambda c, right, diff: f"{c.id}: {outcome(c)[1]} :: {c.headline} :: {c.body}",
        widths=(6, 30),
        axes=lambda c: (("axis", c.axis), ("name", c.name), ("shape", c.shape), ("all", "all")))


if __name__ == "__main__":
    raise SystemExit(main())
