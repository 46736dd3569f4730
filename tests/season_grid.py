"""Which season a fact is about, as other sites write it: a generated grid (round 36,
r36seasons).

Round 35's censuses of the sealed fold counted the season as a loss across kinds (a fact of the
show read on another season, or on none). This grid writes season wordings the way other
houses do: two seasons told together ("taking it through season 5", "its fourth and fifth",
a Title Case "For Seasons 4 And 5"), the British possessive "X's second series", a clause
joined by "and" that leaves its subject out after a season phrase ("a second season is being
made, and will air early next year"), numbered and word seasons, and near misses that must
not gain a season. Each wording is written over four title shapes; a clause of another show
("Kestrel renewed Copper Vale for a fourth season on Monday.") may stand before it, so that no
article-wide fallback (the main show's season) can answer for the sentence.

A cell is *right* when, for each kind it expects, the show's facts of that kind have exactly
the expected seasons (``None`` for no season); *false* when the show has a fact of an
expected kind on another season, or a fact of a kind the cell forbids, or a name the cell
forbids has a fact. ``python tests/season_grid.py [-v]`` prints the counts by house, axis and
title shape. All titles, networks and people are invented.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import ClassVar

import grid_tally

#: Title shapes: name → the title as written.
SHAPES: dict[str, str] = {
    "words": "Salt Road",
    "the_x": "The Lantern Yard",
    "one_word": "Havana",
    "numbered": "Precinct 9",
}

NETWORK = "Kestrel"

#: A sentence of another show, put before a cell's text when its placement is "other".
OTHER = "Kestrel renewed Copper Vale for a fourth season on Monday."

Seasons = frozenset[int | None]


def _s(*numbers: int | None) -> Seasons:
    return frozenset(numbers)


@dataclass(frozen=True)
class Wording:
    house: str  # trade, wire, uk, fan, release
    axis: str  # two_seasons, possessive_series, joined_clause, near_miss
    name: str
    template: str  # {T} title, {N} network
    expect: dict[str, Seasons]
    placement: str = "body"  # body, headline (over a cue naming the show, or " || " then a
    # body), other, intro (after the grid's sentence naming the show: ``Cell.intro``)
    forbid_kinds: tuple[str, ...] = ()
    forbid_names: tuple[str, ...] = ()


#: The body under a headline cell: it names the show as a show.
CUE = "The Kestrel drama {T} follows three sisters in a fishing town."

WORDINGS: list[Wording] = [
    # --- two seasons told together -------------------------------------------------------
    Wording("wire", "two_seasons", "more_through_season",
            "{N} has renewed {T} for two more seasons, taking it through season 5.",
            {"renewed": _s(4, 5)}),
    Wording("wire", "two_seasons", "more_through_its_ordinal",
            "{N} said on Tuesday it had renewed {T} for two more seasons, which will take the "
            "drama through its fifth season.", {"renewed": _s(4, 5)}),
    Wording("uk", "two_seasons", "more_series_until_series",
            "{T} has been recommissioned for two more series, keeping it on air until series "
            "6.", {"renewed": _s(5, 6)}),
    Wording("uk", "two_seasons", "more_series_into_ordinal",
            "{N} has handed {T} a lifeline, renewing it for two further series and taking it "
            "into its fifth series.", {"renewed": _s(4, 5)}),
    Wording("release", "two_seasons", "more_total_to",
            "{N} today announced it has renewed {T} for two additional seasons, bringing its "
            "total to five seasons.", {"renewed": _s(4, 5)}),
    Wording("fan", "two_seasons", "more_its_ordinals",
            "{N} has renewed {T} for two more seasons, its fourth and fifth.",
            {"renewed": _s(4, 5)}),
    Wording("wire", "two_seasons", "more_three_through",
            "{N} has renewed {T} for three more seasons, taking the drama through season 7.",
            {"renewed": _s(5, 6, 7)}),
    Wording("trade", "two_seasons", "headline_seasons_and",
            "{N} Renews '{T}' For Seasons 4 And 5", {"renewed": _s(4, 5)}, "headline"),
    Wording("trade", "two_seasons", "headline_renewed_for_seasons",
            "'{T}' Renewed For Seasons 3 And 4 At {N}", {"renewed": _s(3, 4)}, "headline"),
    Wording("trade", "two_seasons", "headline_orders_seasons",
            "{N} Orders Seasons 2 And 3 Of '{T}'", {"renewed": _s(2, 3)}, "headline"),
    Wording("uk", "two_seasons", "third_and_fourth_series",
            "{T} has been renewed for a third and fourth series by {N}.",
            {"renewed": _s(3, 4)}),
    Wording("wire", "two_seasons", "seasons_words",
            "{N} has renewed {T} for seasons three and four.", {"renewed": _s(3, 4)}),
    Wording("wire", "two_seasons", "seasons_numbers_ahead_of",
            "{N} has renewed {T} for seasons 4 and 5, ahead of the season 3 premiere in May.",
            {"renewed": _s(4, 5), "premiere": _s(3)}),
    # (round 36, r36seasons2: two seasons told in the other common forms)
    Wording("wire", "two_seasons", "ordered_more_of_its_ordinals",
            "{N} has ordered two more seasons of {T}, its fourth and fifth.",
            {"renewed": _s(4, 5)}),
    Wording("trade", "two_seasons", "picked_up_ordinal_and_ordinal",
            "{N} has picked up {T} for a fourth and fifth season.", {"renewed": _s(4, 5)}),
    Wording("uk", "two_seasons", "series_and_a_series_after",
            "{N} has recommissioned {T} for a third series and a fourth.",
            {"renewed": _s(3, 4)}),
    Wording("release", "two_seasons", "its_ordinal_and_ordinal_seasons",
            "{N} today confirmed that {T} will return for its fourth and fifth seasons.",
            {"renewed": _s(4, 5)}),
    Wording("fan", "two_seasons", "now_in_its_renewed_for_elliptic",
            "{T}, now in its third season, has been renewed for a fourth.",
            {"renewed": _s(4)}),
    Wording("uk", "two_seasons", "currently_in_its_series_elliptic",
            "{T}, currently in its second series, has been recommissioned by {N} for a third.",
            {"renewed": _s(3)}),
    # --- the British possessive "X's second series" ------------------------------------
    Wording("uk", "possessive_series", "commissioned",
            "{T}'s second series has been commissioned by {N}.", {"renewed": _s(2)}),
    Wording("uk", "possessive_series", "commissioned_after_other",
            "{T}'s second series has been commissioned.", {"renewed": _s(2)}, "other"),
    Wording("uk", "possessive_series", "will_air_autumn",
            "{T}'s third series will air on {N} in the autumn.", {"premiere": _s(3)}),
    Wording("uk", "possessive_series", "began_filming",
            "{T}'s second series began filming in Belfast this week.",
            {"filming_started": _s(2)}),
    Wording("uk", "possessive_series", "said_commissioned",
            "{N} says {T}'s fourth series has been commissioned.", {"renewed": _s(4)}),
    Wording("uk", "possessive_series", "commissioned_and_airs",
            "{T}'s second series has been commissioned and will air in the autumn.",
            {"renewed": _s(2), "premiere": _s(2)}, "other"),
    # --- a joined clause that leaves its subject out -----------------------------------
    Wording("fan", "joined_clause", "fans_good_news",
            "Good news for fans of {T}: a second season is being made, and will air early "
            "next year.", {"premiere": _s(2)}, "other"),
    Wording("fan", "joined_clause", "is_back_colon",
            "{T} is back: a third season has been confirmed, and will premiere in June.",
            {"premiere": _s(3)}, "other"),
    Wording("uk", "joined_clause", "series_confirmed_but",
            "For fans of {T}, series three is confirmed, but will not air until 2028.",
            {"premiere": _s(3)}, "other"),
    Wording("wire", "joined_clause", "site_announced",
            "Fans of {T} got good news as the show's site announced a second season is "
            "finally being made, and readied for airing early next year.",
            {"premiere": _s(2)}, "other"),
    Wording("uk", "joined_clause", "series_wrapped_and",
            "{T} is back: series three has wrapped and is set to air on 14 July.",
            {"premiere": _s(3), "filming_wrapped": _s(3)}, "other"),
    Wording("trade", "joined_clause", "season_of_ordered_and",
            "A third season of {T} was ordered last year and is set to premiere in June.",
            {"premiere": _s(3)}, "other"),
    Wording("release", "joined_clause", "release_season_confirmed",
            "{N} can confirm that for {T}, a second season has been commissioned, and will "
            "launch in spring 2027.", {"premiere": _s(2)}, "other"),
    # --- near misses: no season invented ------------------------------------------------
    Wording("wire", "near_miss", "more_seasons_alone",
            "{N} has renewed {T} for two more seasons.", {"renewed": _s(None)}),
    Wording("wire", "near_miss", "more_seasons_through_year",
            "{T} has been renewed for two more seasons, through 2028.",
            {"renewed": _s(None)}),
    Wording("wire", "near_miss", "more_seasons_own_thing",
            "{N} has renewed {T} for two more seasons, adding to its third season's success.",
            {"renewed": _s(4, 5)}),
    Wording("uk", "near_miss", "writer_second_series",
            "Writer Mara Quillon's second series has been commissioned by {N}.", {},
            forbid_names=("Mara Quillon", "Writer Mara Quillon")),
    Wording("uk", "near_miss", "second_series_of_year",
            "{T} is {N}'s second series of the year to be commissioned.", {},
            forbid_names=("Kestrel",)),
    Wording("fan", "near_miss", "joined_own_subject",
            "Fans of {T} heard a second season is being made, and Tovrel's Lisbon will "
            "premiere in June.", {}, "other", forbid_kinds=("premiere",)),
    # (round 36, r36seasons2) a new show's commission is its first season's, not a renewal
    Wording("uk", "near_miss", "new_series_commissioned",
            "{N}'s new series {T} has been commissioned.", {}, forbid_kinds=("renewed",)),
    Wording("trade", "near_miss", "second_season_of_new_drama",
            "{N} has ordered a second season of new drama {T}.", {"renewed": _s(2)},
            forbid_kinds=("premiere",)),
    Wording("wire", "near_miss", "season_and_an_episode",
            "{N} renewed {T} for a fourth season and a fifth episode of the special aired.",
            {"renewed": _s(4)}),
    Wording("fan", "near_miss", "joined_own_season",
            "A second season of {T} is being made, and season 1 arrives on {N} in June.",
            {"premiere": _s(1)}, "other"),
]


@dataclass(frozen=True)
class Cell:
    wording: Wording
    shape: str
    title: str
    text: str
    #: The sentence of another show an "other" cell's text follows (a grid of these cells
    #: may set its own: ``season_story_grid``, ``season_nouns_grid``).
    other: ClassVar[str] = OTHER
    #: The sentence naming the show plainly that an "intro" cell's text follows ({T} title,
    #: {N} network), for a grid that has such cells (``season_nouns_grid``).
    intro: ClassVar[str] = ""

    @property
    def id(self) -> str:
        return f"{self.wording.house}-{self.wording.name}-{self.shape}"

    def article(self) -> tuple[str, str]:
        """(headline, body): a headline cell's text is its headline over ``CUE``, or its
        headline, " || ", its body."""
        w = self.wording
        if w.placement == "headline":
            headline, joint, body = self.text.partition(" || ")
            return headline, body if joint else CUE.format(T=self.title)
        if w.placement == "other":
            return "Kestrel news", f"{self.other} {self.text}"
        if w.placement == "intro":
            return "Kestrel news", f"{self.intro.format(T=self.title, N=NETWORK)} {self.text}"
        return "Kestrel news", self.text


def cells(wordings: Iterable[Wording] = WORDINGS, cell: type[Cell] = Cell) -> Iterator[Cell]:
    """Each wording over each title shape, as ``cell`` (a grid of other wordings passes its
    own and its Cell subclass)."""
    for wording in wordings:
        for shape, title in SHAPES.items():
            yield cell(wording, shape, title, wording.template.format(T=title, N=NETWORK))


PUBLISHED = dt.date(2026, 3, 2)


def outcome(cell: Cell) -> tuple[bool, list[str]]:
    """(right, false): the expected kinds' seasons on the show; what the cell must not have."""
    from monitor.extract.facts import extract_facts
    from monitor.extract.shows import normalise_title
    from monitor.models import Article

    headline, body = cell.article()
    facts = extract_facts(Article(url="https://example.test/news/1", title=headline,
                                  text=body, published=PUBLISHED))
    show = normalise_title(cell.title)
    mine = [f for f in facts if normalise_title(f.show) == show]
    w = cell.wording
    right = all(frozenset(f.season for f in mine if f.kind == kind) == want
                for kind, want in w.expect.items())
    false = [f"{f.kind} S{f.season}" for f in mine
             if (f.kind in w.expect and f.season not in w.expect[f.kind])
             or f.kind in w.forbid_kinds]
    forbidden = {normalise_title(n) for n in w.forbid_names}
    false += [f"{f.show} {f.kind}" for f in facts if normalise_title(f.show) in forbidden]
    return right, false


def report(grid: Iterable[Cell]) -> int:
    """Print the tally of ``grid`` by house, axis and title shape (``-v``: the cells not
    right); the season grids' ``main``."""
    return grid_tally.run(
        grid, outcome,
        lambda cell: (("house", cell.wording.house), ("axis", cell.wording.axis),
                      ("shape", cell.shape), ("all", "all")),
        lambda cell, right, false: (f"{cell.id}: {'missed' if not right else 'right'} "
                                    f"false={false} :: {cell.text}"),
        widths=(6, 18))


def main() -> int:
    return report(cells())


if __name__ == "__main__":
    raise SystemExit(main())
