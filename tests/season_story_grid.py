"""A show's several seasons told as a story, and the season a decision naming none is of: a
generated grid (round 38, r38seasons).

Round 37's census of the sealed false facts counted 7 facts given the right show and kind on
another season, round 38's recount found all 7 a season *below* the labelled one, none in a
sentence naming two seasons: the season the news is of is not written beside the trigger but
follows from the story the article tells ("The first season of X premiered in March. The
network has renewed the show." — the renewal is of the second). The rules read that story
(``season.renewal_after_main_aired``, ``season.renewal_after_aired``) only when the aired
season was told in a few words ("Season 2 premiered", "X's second season drew ..."); this grid
writes it as other houses do: the show named between the season and its verb ("Series 3 of X
went out"), broadcast words ("was broadcast", "was shown", "hit screens"), a season on air now
("is currently airing", "is streaming now"), in wire, trade, British, fan and release styles,
and near misses (a season not yet aired, a negation, a season still to come) that keep their
reading. Each wording is written over four title shapes.

A cell is *right* when, for each kind it expects, the show's facts of that kind have exactly
the expected seasons (``None`` for no season); *false* when the show has a fact of an expected
kind on another season, or a fact of a kind the cell forbids. ``python
tests/season_story_grid.py [-v]`` prints the counts by house, axis and title shape. All
titles, networks and people are invented.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import grid_tally

#: Title shapes: name -> the title as written.
SHAPES: dict[str, str] = {
    "words": "Salt Road",
    "the_x": "The Lantern Yard",
    "one_word": "Havana",
    "numbered": "Precinct 9",
}

NETWORK = "Kestrel"

#: A sentence of another show, put before a cell's text when its placement is "other".
OTHER = "Tovrel cancelled Copper Vale after one season on Friday."

Seasons = frozenset[int | None]


def _s(*numbers: int | None) -> Seasons:
    return frozenset(numbers)


@dataclass(frozen=True)
class Wording:
    house: str  # trade, wire, uk, fan, release
    axis: str  # of_title, broadcast_words, on_air_now, near_miss
    name: str
    template: str  # {T} title, {N} network
    expect: dict[str, Seasons]
    placement: str = "body"  # body, headline (the first sentence is the headline), other
    forbid_kinds: tuple[str, ...] = ()
    forbid_names: tuple[str, ...] = ()


WORDINGS: list[Wording] = [
    # --- the show named between the season and its aired verb ----------------------------
    Wording("wire", "of_title", "first_season_of_premiered",
            "The first season of {T} premiered on {N} in March. The network has renewed the "
            "show.", {"renewed": _s(2)}),
    Wording("trade", "of_title", "season_n_of_debuted",
            "Season 2 of {T} debuted on {N} in January to solid numbers. {N} has now renewed "
            "the drama.", {"renewed": _s(3)}),
    Wording("uk", "of_title", "series_n_of_aired",
            "Series 3 of {T} aired on {N} last spring. The broadcaster has now recommissioned "
            "the drama.", {"renewed": _s(4)}),
    Wording("fan", "of_title", "ordinal_of_dropped",
            "The second season of {T} dropped on {N} in January, and fans have been waiting "
            "for news since. Good news: {N} has officially renewed the series!",
            {"renewed": _s(3)}),
    Wording("release", "of_title", "of_concluded",
            "The third season of {T} concluded on {N} on February 20. {N} today announced "
            "that it has renewed the series.", {"renewed": _s(4)}, "other"),
    Wording("wire", "of_title", "same_sentence_after",
            "{N} has renewed {T} a month after the second season of the thriller premiered.",
            {"renewed": _s(3)}),
    Wording("trade", "of_title", "of_which_premiered",
            "The second season of {T}, which premiered in January, ended on Sunday. {N} has "
            "renewed the drama.", {"renewed": _s(3)}),
    Wording("wire", "of_title", "possessive_which_premiered",
            "{T}'s second season, which premiered in January, drew record numbers for {N}. "
            "The network has renewed the drama.", {"renewed": _s(3)}),
    Wording("fan", "of_title", "returned_for_its",
            "{T} returned for its second season in January. {N} has renewed the drama.",
            {"renewed": _s(3)}),
    # --- broadcast words of other houses --------------------------------------------------
    Wording("uk", "broadcast_words", "series_went_out",
            "Series 2 of {T} went out on {N} in the autumn. The broadcaster has recommissioned "
            "the drama.", {"renewed": _s(3)}),
    Wording("uk", "broadcast_words", "was_broadcast",
            "The second series of {T} was broadcast on {N} last year. {N} has renewed the "
            "drama.", {"renewed": _s(3)}),
    Wording("uk", "broadcast_words", "possessive_was_shown",
            "{T}'s third series was shown on {N} in January. The channel has renewed the "
            "drama.", {"renewed": _s(4)}),
    Wording("trade", "broadcast_words", "hit_screens",
            "{T}'s second season hit screens in October. {N} has renewed the drama.",
            {"renewed": _s(3)}),
    Wording("wire", "broadcast_words", "same_sentence_hit_screens",
            "{N} has renewed {T} two months after the show's second season hit screens.",
            {"renewed": _s(3)}),
    Wording("fan", "broadcast_words", "finished_airing",
            "{T}'s first season finished airing on {N} last week. The network has renewed the "
            "series.", {"renewed": _s(2)}),
    # --- a season on air now ----------------------------------------------------------------
    Wording("trade", "on_air_now", "currently_airing",
            "{T}'s third season is currently airing on {N}. The network renewed the drama on "
            "Monday.", {"renewed": _s(4)}),
    Wording("release", "on_air_now", "now_streaming",
            "Season 2 of {T} is now streaming on {N}. {N} has renewed the series.",
            {"renewed": _s(3)}, "other"),
    Wording("fan", "on_air_now", "streaming_now",
            "{T}'s first season is streaming now on {N}. The streamer has already renewed the "
            "show.", {"renewed": _s(2)}),
    Wording("uk", "on_air_now", "series_currently_airing",
            "Series 4 of {T} is currently airing on {N}. The broadcaster has recommissioned "
            "the drama.", {"renewed": _s(5)}),
    # --- near misses: the season told is not aired, or is the news itself ------------------
    Wording("wire", "near_miss", "not_aired_yet",
            "Season 3 of {T} has not aired yet. {N} has renewed the drama.",
            {"renewed": _s(3)}),
    Wording("trade", "near_miss", "season_ahead",
            "Season 3 of {T} will premiere on {N} in June. {N} has renewed the drama.",
            {"renewed": _s(3)}),
    Wording("trade", "near_miss", "airing_this_fall",
            "{T}'s third season is airing this fall on {N}. {N} has renewed the drama.",
            {"renewed": _s(3)}),
    Wording("wire", "near_miss", "will_not_air_until",
            "Season 3 of {T} will not air until 2027. {N} has renewed the drama.",
            {"renewed": _s(3)}),
    Wording("trade", "near_miss", "which_premieres_ahead",
            "{T}'s third season, which premieres in June, was shot in Dublin. {N} has renewed "
            "the drama.", {"renewed": _s(3)}),
    Wording("uk", "near_miss", "cancelled_after_went_out",
            "Series 2 of {T} went out on {N} in the autumn. The broadcaster has axed the "
            "drama.", {"cancelled": _s(2)}, forbid_kinds=("renewed",)),
    Wording("wire", "near_miss", "renewed_for_named",
            "The first season of {T} premiered on {N} in March. The network has renewed the "
            "show for a third season.", {"renewed": _s(3)}),
    Wording("fan", "near_miss", "of_other_show_aired",
            "Season 2 of Copper Vale aired on {N} in March. {N} has also renewed {T} on "
            "Monday.", {"renewed": _s(None)}, "other"),
]


@dataclass(frozen=True)
class Cell:
    wording: Wording
    shape: str
    title: str
    text: str

    @property
    def id(self) -> str:
        return f"{self.wording.house}-{self.wording.name}-{self.shape}"

    def article(self) -> tuple[str, str]:
        """(headline, body)."""
        w = self.wording
        if w.placement == "headline":
            headline, _, body = self.text.partition(" || ")
            return headline, body
        if w.placement == "other":
            return "Kestrel news", f"{OTHER} {self.text}"
        return "Kestrel news", self.text


def cells() -> Iterator[Cell]:
    for wording in WORDINGS:
        for shape, title in SHAPES.items():
            yield Cell(wording, shape, title, wording.template.format(T=title, N=NETWORK))


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


def main() -> int:
    return grid_tally.run(
        cells(), outcome,
        lambda c: (("house", c.wording.house), ("axis", c.wording.axis), ("shape", c.shape),
                   ("all", "all")),
        lambda c, right, false: (f"{c.id}: {'missed' if not right else 'right'} "
                                 f"false={false} :: {c.text}"),
        widths=(6, 18))


if __name__ == "__main__":
    raise SystemExit(main())
