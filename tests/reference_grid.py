"""Decisions told in another sentence than the one naming the show: a generated grid (round
36, r36refs).

Round 35's census of the sealed fold flagged 11 of 13 missed renewals as "no sentence naming
the show holds the decision; one elsewhere in the article holds it". This grid writes two- and
three-sentence passages in other houses' styles — trade copy, wire copy, the British press,
fan sites, interviews with quotations, mailbag columns — where the show is named in one
sentence and the decision is told in another by a reference ("the series", "it", "the
drama", "the Kestrel comedy"), by a person about "the show" they run, or before the show is
named (a lead-in). Half the passages name two shows, and the reference must go to the right
one: the one of the reference's genre ("the drama" after "the Kestrel drama A ... Kestrel's
comedy B"), else the last named; a few must go to none.

Each passage is written over four pairs of title shapes. ``cells()`` yields every cell; a
cell is right when its facts hold its kind on its show (or, for a "none" cell, no decision of
its kind at all) and no decision of its kind on another show. ``python tests/reference_grid.py
[-v]`` prints the counts by house, by what the reference is, and by the number of shows. All
titles, networks and people are invented.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

import grid_tally

#: Title pairs: name → (A, B), A the show the reference speaks of unless the cell says "B".
SHAPES: dict[str, tuple[str, ...]] = {
    **grid_tally.title_shapes("words", titles=2),
    "the_x": ("The Copper Vale", "The Glass Orchard"),
    "one_word": ("Havana", "Lisbon"),
    "numbered": ("Precinct 9", "Ward 13"),
}

NETWORK = "Kestrel"

#: (house, name, kind, wants, headline, body): wants "A", "B" or "none"; templates take A,
#: B (titles) and N (network). A headline of "" stands for a plain section headline.
PASSAGES: list[tuple[str, str, str, str, str, str]] = [
    # one show, the decision in the next sentence
    ("trade", "series_renewed_next", "renewed", "A", "",
     "The {N} drama {A} follows three sisters in a fishing town. The series has been renewed "
     "for a third season."),
    ("trade", "network_renewed_the_drama", "renewed", "A", "",
     "The {N} drama {A} drew 4 million viewers in its second season. {N} has renewed the "
     "drama for a third season."),
    ("wire", "said_it_would_renew", "renewed", "A", "",
     "The {N} drama {A} follows three sisters in a fishing town. {N} said on Tuesday it "
     "would renew the series for a third season."),
    ("wire", "will_not_return_said", "cancelled", "A", "",
     "The {N} drama {A} follows three sisters in a fishing town. The drama will not return "
     "for a third season, {N} said in a statement on Tuesday."),
    ("uk", "axed_after_two_series", "cancelled", "A", "",
     "The {N} comedy {A} is set in a seaside bakery. The comedy has been axed after two "
     "series."),
    ("uk", "recommissioned_next", "renewed", "A", "",
     "The {N} comedy {A} is set in a seaside bakery. The sitcom has been recommissioned for "
     "a third series."),
    ("fan", "it_is_coming_back", "renewed", "A", "",
     "The {N} drama {A} follows three sisters in a fishing town. It is officially coming "
     "back for a third season!"),
    ("fan", "sadly_cancelled_it", "cancelled", "A", "",
     "The {N} drama {A} follows three sisters in a fishing town. Sadly, {N} has cancelled it "
     "after two seasons."),
    # one show, two sentences back
    ("trade", "series_renewed_two_back", "renewed", "A", "",
     "The {N} drama {A} follows three sisters in a fishing town. Its second season drew 4 "
     "million viewers. The series has been renewed for a third season."),
    ("uk", "drama_axed_two_back", "cancelled", "A", "",
     "The {N} drama {A} follows three sisters in a fishing town. Viewing figures fell in its "
     "second run. The drama has been axed after two series."),
    # a person about the show
    ("interview", "showrunner_said_show_returns", "renewed", "A", "",
     "The {N} drama {A} follows three sisters in a fishing town. Showrunner Mara Quell said "
     "the show will return for a third season."),
    ("interview", "quote_thrilled_show_back", "renewed", "A", "",
     "The {N} drama {A} follows three sisters in a fishing town. \"We're thrilled the show "
     "is coming back for a third season,\" said showrunner Mara Quell."),
    ("interview", "star_broke_news_cancelled", "cancelled", "A", "",
     "The {N} drama {A} follows three sisters in a fishing town. The drama has been "
     "cancelled after two seasons, star Ann Leary announced on Instagram."),
    # the decision before the show is named
    ("trade", "lead_in_headline", "renewed", "A", "{N} Renews Its Fishing Drama For Season 3",
     "The {N} drama {A} follows three sisters in a fishing town. Ann Leary stars."),
    ("wire", "lead_in_sentence", "renewed", "A", "",
     "{N} has renewed the fishing drama for a third season, the network said on Tuesday. "
     "The series, {A}, follows three sisters."),
    ("uk", "headline_axes_its_comedy", "cancelled", "A",
     "{N} axes its bakery comedy after two series",
     "The {N} comedy {A} followed a family of bakers. It drew 2 million viewers."),
    # a Title Case headline describes the show without naming it; the body names it
    ("trade", "headline_renews_described_drama", "renewed", "A",
     "{N} Renews Fishing Drama For Season 3",
     "The {N} drama {A} follows three sisters in a fishing town. Ann Leary stars."),
    ("trade", "headline_described_renewed_at", "renewed", "A",
     "Fishing Drama Renewed For Season 3 At {N}",
     "The {N} drama {A} follows three sisters in a fishing town. Ann Leary stars."),
    ("trade", "headline_possessive_described", "renewed", "A",
     "{N}'s Fishing Drama Gets Third Season",
     "The {N} drama {A} follows three sisters in a fishing town. Ann Leary stars."),
    ("trade", "headline_cancels_period_comedy", "cancelled", "A",
     "{N} Cancels Period Comedy After Two Seasons",
     "The {N} comedy {A} follows a family of bakers. It drew 2 million viewers."),
    ("uk", "headline_axes_bakery_sitcom", "cancelled", "A",
     "{N} Axes Bakery Sitcom After One Series",
     "The {N} sitcom {A} followed three bakers. Ann Leary starred."),
    ("trade", "headline_describes_one_of_two", "renewed", "A",
     "{N} Renews Fishing Drama For Season 3",
     "The {N} drama {A} follows three sisters in a fishing town. {N}'s comedy {B} is set in a "
     "bakery."),
    ("trade", "headline_two_descriptions_renewed", "renewed", "A",
     "{N} Renews Crime Drama, Cancels Bakery Comedy",
     "The {N} drama {A} follows three detectives. The {N} comedy {B} follows three bakers."),
    ("trade", "headline_two_descriptions_cancelled", "cancelled", "B",
     "{N} Renews Crime Drama, Cancels Bakery Comedy",
     "The {N} drama {A} follows three detectives. The {N} comedy {B} follows three bakers."),
    # two shows: the reference's genre picks one
    ("trade", "two_shows_the_drama", "renewed", "A", "",
     "The {N} drama {A} follows three sisters. {N}'s comedy {B} is set in a bakery. The "
     "drama has been renewed for a third season."),
    ("trade", "two_shows_network_renewed_drama", "renewed", "A", "",
     "The {N} drama {A} follows three sisters. {N}'s comedy {B} is set in a bakery. {N} "
     "has renewed the drama for a third season."),
    ("wire", "two_shows_said_drama_returns", "renewed", "A", "",
     "The {N} drama {A} follows three sisters. {N}'s comedy {B} is set in a bakery. {N} "
     "said on Tuesday that the drama would return for a third season."),
    ("wire", "two_shows_apposition_comedy", "cancelled", "A", "",
     "The {N} comedy {A} is set in a bakery. {B}, a {N} thriller, follows three sisters. "
     "{N} has axed the comedy after two seasons."),
    ("uk", "two_shows_sitcom_comedy", "cancelled", "A", "",
     "The {N} sitcom {A} is set in a bakery. The {N} drama {B} follows three sisters. The "
     "comedy has been axed after two series."),
    ("fan", "two_shows_thriller_drama", "renewed", "A", "",
     "The {N} drama {A} follows three sisters. {N}'s comedy {B} is set in a bakery. The "
     "thriller is officially coming back for a third season!"),
    ("interview", "two_shows_airs_after", "cancelled", "A", "",
     "The {N} drama {A} follows three sisters. It airs after {B}, a comedy set in a bakery. "
     "{N} has cancelled the drama after two seasons."),
    # two shows: the reference goes to the last named (its genre, or no genre told)
    ("trade", "two_shows_the_comedy_last", "renewed", "B", "",
     "The {N} drama {A} follows three sisters. {N}'s comedy {B} is set in a bakery. The "
     "comedy has been renewed for a third season."),
    ("trade", "two_shows_the_series_last", "renewed", "B", "",
     "The {N} drama {A} follows three sisters. {N}'s comedy {B} is set in a bakery. The "
     "series has been renewed for a third season."),
    ("wire", "two_shows_it_last", "cancelled", "B", "",
     "The {N} drama {A} follows three sisters. {N}'s comedy {B} is set in a bakery. {N} has "
     "cancelled it after two seasons."),
    # two shows of one genre, a reference of another: no show
    ("trade", "two_comedies_the_drama_none", "renewed", "none", "",
     "The {N} comedy {A} is set in a bakery. {N}'s comedy {B} is set in a barber's shop. "
     "The drama has been renewed for a third season."),
]


@dataclass(frozen=True)
class Cell:
    """One generated passage over one pair of titles."""

    house: str
    name: str
    kind: str
    wants: str
    shape: str
    headline: str
    body: str
    titles: tuple[str, str]
    body_template: str

    @property
    def id(self) -> str:
        return f"{self.kind}-{self.house}-{self.name}-{self.shape}"

    @property
    def shows(self) -> int:
        return 2 if "{B}" in self.body_template else 1

    @property
    def want(self) -> str | None:
        return {"A": self.titles[0], "B": self.titles[1]}.get(self.wants)


def passage_cells(passages: Sequence[tuple[str, str, str, str, str, str]],
                  shapes: Mapping[str, tuple[str, str]]) -> Iterator[Cell]:
    """Every passage over every pair of titles (this grid's and ``cataphora_grid``'s)."""
    for house, name, kind, wants, headline, body in passages:
        for shape, (a, b) in shapes.items():
            yield Cell(house, name, kind, wants, shape,
                       headline.format(A=a, B=b, N=NETWORK) or "TV news",
                       body.format(A=a, B=b, N=NETWORK), (a, b), body)


def cells() -> Iterator[Cell]:
    return passage_cells(PASSAGES, SHAPES)


PUBLISHED = dt.date(2026, 11, 2)


def shows_of_kind(headline: str, body: str, kind: str) -> set[str]:
    """The titles (normalised) the article (``headline``, ``body``, published ``PUBLISHED``)
    gives a fact of ``kind``: what this grid, ``cataphora_grid`` and ``passing_grid`` read."""
    from monitor.extract.facts import extract_facts
    from monitor.extract.shows import normalise_title
    from monitor.models import Article

    article = Article(url="https://example.test/news/1", title=headline, text=body,
                      published=PUBLISHED)
    return {normalise_title(f.show) for f in extract_facts(article) if f.kind == kind}


def outcome(cell: Cell) -> tuple[bool, set[str]]:
    """(right, false): the cell's kind on its show (none for a "none" cell); the other shows
    given a decision of the cell's kind."""
    from monitor.extract.shows import normalise_title

    got = shows_of_kind(cell.headline, cell.body, cell.kind)
    want = normalise_title(cell.want) if cell.want else None
    right = want in got if want else not got
    return right, got - {want} if want else got


def report(grid_cells: Iterable[Cell], widths: tuple[int, int] = (6, 10)) -> int:
    """Tally and print ``grid_cells`` (this grid's, or ``cataphora_grid``'s)."""
    return grid_tally.run(
        grid_cells, outcome,
        lambda cell: (("kind", cell.kind), ("house", cell.house), ("shape", cell.shape),
                      ("shows", f"{cell.shows}/{cell.wants}"), ("all", "all")),
        lambda cell, right, false: (f"{cell.id}: {'missed' if not right else 'right'} "
                                    f"false={sorted(false)} :: {cell.headline} || {cell.body}"),
        widths=widths)


def main() -> int:
    return report(cells())


if __name__ == "__main__":
    raise SystemExit(main())
