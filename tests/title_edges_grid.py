"""Title edges round 38 left — a generated grid (round 39, r39titles).

Five classes of how a show's title meets the words around it, each written as invented
passages in trade, wire, press-release ("release"), UK, streamer, fan-site and headline styles
over several title shapes:

- ``season_noun``: a streamer's season noun glued to the title with no sentence naming the
  show first ("X Book Two begins filming", "X: Collection 5", "X Vol. 2"): the title is the
  show, the noun's number its season (round 38 read the season only where the show was named
  plainly first); controls: a book's volume, a finale's part;
- ``numbered``: a title ending in a number, a year or a year's two digits ("Ward 13", "Bay
  1994", "Class of '09", "Apollo Thirteen") keeps it mid-sentence and before a season phrase
  or a season noun; control: "a Ward 13-style drama" names no fact of it;
- ``possessive``: a creator's possessive before the title ("Dana Holt's drama X"), a
  network's ("Kestrel's X" where the text shows Kestrel to be a network), a person's name that
  is the title's ("Ann Lee's Kitchen", its own title shapes);
- ``version``: "the US version of X was axed", "the British version of X", "the Australian
  edition of X": the facts are X's (a format's regional edition, named by the format, as the
  devset labels it; a remake or adaptation made abroad is another show,
  ``drop.foreign_version``); "X's spin-off Y", "'X' spinoff 'Y'": Y's; controls: the
  film version of X, an unnamed spin-off;
- ``uk_series``: the UK press's "series" for a season ("Series premiere: X returns", "the
  series opener of X", "the new series of X", "Series two of X").

A cell is *right* when, for each kind it expects, its show's facts of that kind have exactly
the expected seasons (``ANY``: at least one fact of the kind, any season); *false* when the
show has a fact of an expected kind on another season, or any fact names a show other than
the cell's show and the other show it allows (a title glued to its season noun, "Class" for
"Class of '09", "Kestrel's Salt Road"), or a control's show has a fact of a kind it forbids.
``python tests/title_edges_grid.py [-v]`` prints the counts by house, axis and shape. All
titles, networks and people are invented.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import grid_tally

#: Title shapes: name -> the title as written.
SHAPES: dict[str, str] = {
    "one_word": "Havana",
    "words": "Salt Road",
    "the_x": "The Lantern Yard",
    "numbered": "Precinct 9",
    "possessive": "Nobody's Garden",
    "colon": "Ashford Lane: Origins",
}
#: The numbered axis' own shapes: a number, a year, a year's two digits, a number word.
NUMBERED_SHAPES: dict[str, str] = {
    "number": "Ward 13",
    "two_digits": "Station 19",
    "year": "Bay 1994",
    "short_year": "Class of '09",
    "number_word": "Apollo Thirteen",
}
#: A person's name, its possessive and a noun: the title itself.
PERSON_SHAPES: dict[str, str] = {
    "person_noun": "Ann Lee's Kitchen",
    "person_the": "Dana Holt's Garden",
}

NETWORK = "Kestrel"
#: The other show a cell may name (a spin-off's parent, a show a control names).
OTHER = "Copper Vale"
PUBLISHED = dt.date(2026, 3, 2)

Seasons = frozenset[int | None]
#: An expected kind whose season is not the point of the cell.
ANY: Seasons = frozenset({-1})


def _s(*numbers: int | None) -> Seasons:
    return frozenset(numbers)


@dataclass(frozen=True)
class Wording:
    house: str  # trade, wire, release, uk, streamer, fan, headline
    axis: str  # season_noun, numbered, possessive, version, uk_series
    name: str
    template: str  # {T} title, {N} network, {S} the other show; "||" after a headline
    expect: dict[str, Seasons]  # on the cell's show (``on_other``: on OTHER)
    control: bool = False
    forbid_kinds: tuple[str, ...] = ()  # kinds the cell's show must not have
    other_allowed: bool = False  # facts of OTHER are no false facts
    on_other: bool = False  # ``expect`` is OTHER's
    shapes: str = "plain"  # plain, numbered, person


WORDINGS: list[Wording] = [
    # --- a streamer's season noun glued to the title ---------------------------------------
    Wording("fan", "season_noun", "book_word_starts",
            "{T} Book Two begins filming in Belfast on Monday!", {"filming_started": _s(2)}),
    Wording("trade", "season_noun", "book_digit_started",
            "{T} Book 2 has started production in Belfast, {N} said on Tuesday.",
            {"filming_started": _s(2)}),
    Wording("uk", "season_noun", "collection_wrapped",
            "Filming on {T} Collection 4 has wrapped in Dorset.", {"filming_wrapped": _s(4)}),
    Wording("streamer", "season_noun", "colon_collection_renewed",
            "{N} has renewed {T}: Collection 5, the streamer announced on Tuesday.",
            {"renewed": _s(5)}),
    Wording("wire", "season_noun", "volume_renewed",
            "{N} renewed {T} Volume 3 on Monday, the company said.", {"renewed": _s(3)}),
    Wording("trade", "season_noun", "chapter_starts",
            "{T} Chapter 3 starts filming in Prague this summer.", {"filming_started": _s(3)}),
    Wording("fan", "season_noun", "vol_abbrev_wrapped",
            "It's a wrap! {T} Vol. 2 finished filming in Atlanta this week.",
            {"filming_wrapped": _s(2)}),
    Wording("release", "season_noun", "part_word_renewed",
            "{N} today announced that it has renewed {T} Part Three.", {"renewed": _s(3)}),
    Wording("headline", "season_noun", "headline_book_wraps",
            "{T} Book Two Wraps Filming || Production ended in Madrid on Friday, {N} said.",
            {"filming_wrapped": _s(2)}),
    Wording("uk", "season_noun", "novel_volume_control",
            "Ann Lee's novel {T} Book Two was published in May.", {}, control=True,
            forbid_kinds=("premiere", "filming_started", "filming_wrapped", "renewed")),
    Wording("streamer", "season_noun", "finale_part_control",
            "{T} season 3 has wrapped filming. Part 2 of {T}'s finale will air on {N} on May "
            "4.", {"filming_wrapped": _s(3)}, control=True),
    # --- a title that ends with a number keeps it ------------------------------------------
    Wording("trade", "numbered", "renewed_for_second",
            "{N} renewed {T} for a second season on Monday.", {"renewed": _s(2)},
            shapes="numbered"),
    Wording("wire", "numbered", "season_after",
            "{T} season 2 begins filming in Toronto in May, {N} said.",
            {"filming_started": _s(2)}, shapes="numbered"),
    Wording("uk", "numbered", "cancelled_after_series",
            "{N} has cancelled {T} after two series.", {"cancelled": _s(2)},
            shapes="numbered"),
    Wording("fan", "numbered", "book_after_number",
            "{T} Book Two begins filming in Belfast on Monday!", {"filming_started": _s(2)},
            shapes="numbered"),
    Wording("streamer", "numbered", "returns_second_season",
            "{T} returns for its second season on {N} on June 12.", {"premiere": _s(2)},
            shapes="numbered"),
    Wording("trade", "numbered", "style_drama_control",
            "{N} renewed {S}, a {T}-style hospital drama, for a second season.",
            {"renewed": ANY}, control=True, other_allowed=True, on_other=True,
            forbid_kinds=("renewed",), shapes="numbered"),
    # --- possessives before the title ------------------------------------------------------
    Wording("trade", "possessive", "creator_kind",
            "{N} has renewed Dana Holt's drama {T} for a second season.", {"renewed": _s(2)}),
    Wording("wire", "possessive", "creator_bare",
            "Dana Holt's {T} has been renewed for a second season by {N}.",
            {"renewed": _s(2)}),
    Wording("streamer", "possessive", "network_shown",
            "{N}'s {T} has been renewed for a second season. The series premiered on {N} "
            "last year.", {"renewed": _s(2)}),
    Wording("wire", "possessive", "network_shown_before",
            "The streamer {N} has renewed {S}. {N}'s {T} will also return for a second "
            "season.", {"renewed": _s(2)}, other_allowed=True),
    Wording("uk", "possessive", "network_on",
            "{T} airs on {N}. {N}'s {T} will return for a second series in the autumn.",
            {"premiere": _s(2)}),
    Wording("trade", "possessive", "person_title",
            "{N} has renewed {T} for a third season. The cooking show premiered in 2024.",
            {"renewed": _s(3)}, shapes="person"),
    Wording("uk", "possessive", "person_title_cancelled",
            "{N} has cancelled {T} after one series.", {"cancelled": _s(1)}, shapes="person"),
    # --- a version of a show, a named spin-off ---------------------------------------------
    Wording("trade", "version", "us_version_axed",
            "The US version of {T} was axed by {N} after one season.", {"cancelled": _s(1)}),
    Wording("uk", "version", "british_version_cancelled",
            "{N} has cancelled the British version of {T} after one series.",
            {"cancelled": _s(1)}),
    Wording("wire", "version", "australian_edition_cancelled",
            "The Australian edition of {T} has been cancelled by {N}.", {"cancelled": ANY}),
    Wording("streamer", "version", "version_premiere",
            "The British version of {T} will premiere on {N} on 14 September.",
            {"premiere": ANY}),
    Wording("fan", "version", "spinoff_quoted",
            "{N} cancels '{S}' spinoff '{T}' after one season.", {"cancelled": _s(1)}),
    Wording("trade", "version", "spinoff_possessive",
            "{N} has cancelled {S}'s spin-off {T} after one season.", {"cancelled": _s(1)}),
    Wording("wire", "version", "film_version_control",
            "The film version of {T} wrapped filming in Prague on Friday.", {},
            control=True, forbid_kinds=("filming_wrapped",)),
    Wording("trade", "version", "unnamed_spinoff_control",
            "{N} renewed {T} for a second season. The {T} spinoff has also been cancelled.",
            {"renewed": _s(2)}, control=True, forbid_kinds=("cancelled",)),
    # --- the UK's "series" ------------------------------------------------------------------
    Wording("uk", "uk_series", "series_premiere_label",
            "Series premiere: {T} returns to {N} on 14 September.", {"premiere": ANY}),
    Wording("uk", "uk_series", "series_opener_of",
            "The series opener of {T} airs on {N} on Sunday 3 October.", {"premiere": ANY}),
    Wording("uk", "uk_series", "new_series_of",
            "The new series of {T} begins on {N} on 3 October.", {"premiere": ANY}),
    Wording("uk", "uk_series", "series_opener_listing",
            "{T} series opener: Sunday 3 October, 9pm, {N}.", {"premiere": ANY}),
    Wording("uk", "uk_series", "series_two_premieres",
            "Series two of {T} premieres on {N} on 3 October.", {"premiere": _s(2)}),
    Wording("uk", "uk_series", "series_was_hit_control",
            "The series {T} was a hit for {N} last year.", {}, control=True,
            forbid_kinds=("premiere", "renewed", "cancelled")),
]


@dataclass(frozen=True)
class Cell:
    wording: Wording
    shape: str
    title: str

    @property
    def id(self) -> str:
        return f"{self.wording.house}-{self.wording.name}-{self.shape}"

    @property
    def text(self) -> str:
        return self.wording.template.format(T=self.title, N=NETWORK, S=OTHER)

    def article(self) -> tuple[str, str]:
        """(headline, body)."""
        if " || " in self.text:
            headline, _, body = self.text.partition(" || ")
            return headline, body
        return "Kestrel news", self.text


def cells() -> Iterator[Cell]:
    for wording in WORDINGS:
        shapes = {"plain": SHAPES, "numbered": NUMBERED_SHAPES,
                  "person": PERSON_SHAPES}[wording.shapes]
        for shape, title in shapes.items():
            yield Cell(wording, shape, title)


def outcome(cell: Cell) -> tuple[bool, list[str]]:
    """(right, false): the expected kinds' seasons on the show; what the cell must not have."""
    from monitor.extract.facts import extract_facts
    from monitor.extract.shows import normalise_title
    from monitor.models import Article

    headline, body = cell.article()
    facts = extract_facts(Article(url="https://example.test/news/1", title=headline,
                                  text=body, published=PUBLISHED))
    w = cell.wording
    title, other = normalise_title(cell.title), normalise_title(OTHER)
    show = other if w.on_other else title
    mine = [f for f in facts if normalise_title(f.show) == show]
    right = all((any(f.kind == kind for f in mine) if want == ANY else
                 frozenset(f.season for f in mine if f.kind == kind) == want)
                for kind, want in w.expect.items())
    false = [f"{f.kind} S{f.season}" for f in mine
             if f.kind in w.expect and w.expect[f.kind] != ANY
             and f.season not in w.expect[f.kind]]
    false += [f"{f.show} {f.kind}" for f in facts if normalise_title(f.show) == title
              and f.kind in w.forbid_kinds]
    allowed = {title} | ({other} if w.other_allowed or w.on_other else set())
    false += [f"{f.show} {f.kind}" for f in facts if normalise_title(f.show) not in allowed]
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
