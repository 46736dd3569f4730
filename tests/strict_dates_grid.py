"""The date a decision carries when the text gives it no time of its own: a generated grid
(issue 10, round 39, branch r39strict).

Round 39's census of compatible-but-not-strict matches found the sealed fold's largest class
a renewal or a cancellation the label leaves undated while the extractor gave it the
publication month (11 of 17, 8 of them by ``date.publication_month``, 7 in round-ups), then
a label coarser than ours whose date stands in the headline (3). The devset README: only an
event *reported as just happened* takes the publication month; its notes leave undated a
decision "mentioned in passing", one "cancelled earlier", a show's past; a round-up under a
heading "cancelled shows in 2020" is dated 2020. This grid writes those shapes over six
title shapes in trade, wire, press-release, UK-press, fan-site and headline styles:

- ``describes``: the decision in a clause describing the show's past — a time clause or a
  relative clause with its own subject ("ever since Kestrel cancelled X", "X, which Kestrel
  cancelled after two seasons"), a passive infinitive ("before being cancelled", "only to be
  axed"), a participle set off by commas ("X, axed by Kestrel after two seasons, remains");
- ``record``: the decision told as part of a record ("In the past, Kestrel has cancelled
  X", "has also axed X and Y in recent months", "Other Kestrel dramas to be cancelled include
  X", "a string of cancellations including X", "follows those of X");
- ``headline``: a headline framing the article's decisions of a kind in a year ("Every
  Show Cancelled in 2026 So Far", "The Shows Kestrel Has Axed This Year");
- controls: the news decision in the same passages keeps the publication month, a decision
  with a time of its own keeps it (a weekday, "last month", "earlier this year", "in March",
  "last year"), "days after Kestrel axed X" keeps the month its labels give, a headline year
  of another kind or a season span ("for 2026-27") dates nothing, "this year's breakout"
  describes.

Each cell is an invented article published on Thursday 14 May 2026; it wants, for each
letter, the show's decision with its date: ``M`` the publication month, ``Y`` its year,
``-`` no date, or a partial ISO date. A cell is right when every wanted fact is there with
its date; false when a fact of a checked kind goes to a name that is not one of the cell's
shows. ``python tests/strict_dates_grid.py [-v]`` prints the counts by axis, house and shape.
``tests/test_strict_dates_round39.py`` parametrizes its cells from here. All titles,
networks and people are invented.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import grid_tally

PUBLISHED = dt.date(2026, 5, 14)
NETWORK = "Kestrel"

#: Title triples: name -> (A, B, C).
SHAPES: dict[str, tuple[str, ...]] = {
    **grid_tally.title_shapes("words", "the_x", "one_word"),
    "number": ("9 Harbour Lane", "Route 66 Diaries", "4 Kings Row"),
    "possessive": ("Mara's Kitchen", "Hollis's Law", "Dana's Crossing"),
    "colon": ("Salt Road: Tides", "Lantern House: Embers", "Copper Vale: Frost"),
}

#: (house, name, axis, kind, wants, headline, body): wants maps a letter to its date ("M",
#: "Y", "-" or ISO); templates take A, B, C (titles) and N (network).
PASSAGES: list[tuple[str, str, str, str, dict[str, str], str, str]] = [
    # the decision describes the show's past
    ("trade", "before_network_cancelled_it", "describes", "cancelled", {"A": "-"},
     "Mara Quell Joins Tovrel Thriller",
     "Mara Quell, who starred in {A} before {N} cancelled it after two seasons, will lead "
     "a new Tovrel thriller."),
    ("fan", "ever_since_network_cancelled", "describes", "cancelled", {"A": "-"},
     "Fans Still Want More",
     "Fans have campaigned for a revival ever since {N} cancelled {A} in its second season."),
    ("wire", "appositive_axed_by", "describes", "cancelled", {"A": "-"},
     "Cast Reunites for Charity Reading",
     "{A}, axed by {N} after two seasons, remains a fan favourite."),
    ("uk", "which_network_cancelled", "describes", "cancelled", {"A": "-"},
     "{A} fans are still campaigning",
     "{A}, which {N} cancelled after two seasons, remains a fan favourite."),
    ("press", "only_to_be_cancelled", "describes", "cancelled", {"A": "-"},
     "Tovrel Announces Summer Slate",
     "The writer's last drama, {A}, lasted two seasons, only to be cancelled by {N}."),
    ("trade", "since_network_cancelled_it", "describes", "cancelled", {"A": "-"},
     "Showrunner Signs Overall Deal",
     "The showrunner has written two novels since {N} cancelled {A} after two "
     "seasons."),
    ("fan", "before_being_cancelled", "describes", "cancelled", {"A": "-"},
     "Five Dramas Worth Revisiting",
     "{A} lasted two seasons before being cancelled by {N}."),
    # told as part of a record
    ("trade", "other_shows_include", "record", "cancelled", {"A": "M", "B": "-", "C": "-"},
     "{N} Cancels {A}",
     "{N} has cancelled {A} after two seasons. Other {N} dramas to be cancelled include {B} "
     "and {C}."),
    ("wire", "in_recent_months", "record", "cancelled", {"A": "M", "B": "-", "C": "-"},
     "{N} Cancels {A}",
     "{N} has cancelled {A} after two seasons, the network said. The streamer has also axed "
     "{B} and {C} in recent months."),
    ("fan", "in_the_past", "record", "cancelled", {"A": "M", "B": "-"},
     "{N} Cancels {A}",
     "Ugh. {N} has cancelled {A}. In the past, {N} has cancelled {B} too!"),
    ("trade", "string_including", "record", "cancelled", {"A": "M", "B": "-", "C": "-"},
     "{N} Cancels {A}",
     "{N} has cancelled {A} after two seasons. The network has cancelled a string of dramas, "
     "including {B} and {C}."),
    ("uk", "follows_those_of", "record", "cancelled", {"A": "M", "B": "-", "C": "-"},
     "{N} Axes {A}",
     "{N} has axed {A} after one series. The cancellation follows those of {B} and {C}."),
    ("press", "over_the_last_few_years", "record", "renewed", {"A": "2026-05-14", "B": "-"},
     "{N} Renews {A}",
     "{N} today announced that it has renewed {A} for a third season. Over the last few "
     "years, {N} has renewed {B} three times."),
    # a headline that frames the decisions in a year
    ("headline", "every_show_cancelled_in_year", "headline", "cancelled",
     {"A": "2026", "B": "2026"},
     "Every TV Show Cancelled in 2026 So Far",
     "{N} has cancelled {A} after two seasons. Tovrel has cancelled {B} after one season."),
    ("headline", "shows_axed_this_year", "headline", "cancelled", {"A": "2026", "B": "2026"},
     "The Shows {N} Has Axed This Year",
     "{N} has axed {A} after two seasons. The network has also cancelled {B}."),
    ("headline", "renewals_of_year", "headline", "renewed", {"A": "2026", "B": "2026"},
     "All the Series Renewed in 2026",
     "{N} has renewed {A} for a third season. Tovrel has renewed {B} for a second season."),
    # controls: the news keeps the publication month, a decision's own time is kept
    ("trade", "control_news_has_cancelled", "control", "cancelled", {"A": "M"},
     "{N} Cancels {A}",
     "{N} has cancelled {A} after two seasons, the network confirmed."),
    ("wire", "control_weekday", "control", "cancelled", {"A": "2026-05-12"},
     "{N} Cancels {A}",
     "{N} cancelled {A} on Tuesday after two seasons."),
    ("uk", "control_last_month", "control", "cancelled", {"B": "2026-04"},
     "{N} Renews {A}",
     "{N} has renewed {A} for a third series. The channel cancelled {B} last month."),
    ("fan", "control_earlier_this_year", "control", "cancelled", {"B": "2026"},
     "{N} Renews {A}",
     "{N} has renewed {A}! Earlier this year, the network cancelled {B}."),
    ("trade", "control_in_march", "control", "cancelled", {"A": "M", "B": "2026-03"},
     "{N} Cancels {A}",
     "{N} has cancelled {A} after two seasons. The network cancelled {B} in March."),
    ("press", "control_days_after", "control", "cancelled", {"A": "M", "B": "M"},
     "{N} Cancels {A}",
     "{N} has cancelled {A} after two seasons. The cancellation comes days after {N} axed "
     "{B}."),
    ("headline", "control_headline_year_other_kind", "control", "cancelled", {"A": "M"},
     "{N} Renews Three Dramas in 2026",
     "{N} has cancelled {A} after two seasons."),
    ("headline", "control_headline_season_span", "control", "renewed", {"A": "M"},
     "{N} Renews {A} and More Shows for 2026-27",
     "{N} has renewed {A} for a third season."),
    ("trade", "control_while_past_clause_news", "control", "cancelled", {"A": "M"},
     "{N} Cancels {A}",
     "{N} has cancelled {A}, which had run for two seasons."),
    ("uk", "control_last_year", "control", "cancelled", {"B": "2025"},
     "{N} Renews {A}",
     "{N} has renewed {A} for a third series. The channel cancelled {B} last year."),
]


@dataclass(frozen=True)
class Cell:
    """One generated passage over one triple of titles."""

    house: str
    name: str
    axis: str
    kind: str
    wants: tuple[tuple[str, str], ...]
    shape: str
    headline: str
    body: str
    titles: tuple[str, str, str]

    @property
    def id(self) -> str:
        return f"{self.axis}-{self.house}-{self.name}-{self.shape}"

    def wanted(self) -> dict[str, str | None]:
        """The wanted shows (normalised) and their dates, "M"/"Y"/"-" resolved."""
        from monitor.extract.shows import normalise_title

        out: dict[str, str | None] = {}
        for letter, want in self.wants:
            date = {"M": PUBLISHED.isoformat()[:7], "Y": str(PUBLISHED.year), "-": None}.get(
                want, want)
            out[normalise_title(self.titles["ABC".index(letter)])] = date
        return out


def cells() -> Iterator[Cell]:
    for house, name, axis, kind, wants, headline, body in PASSAGES:
        for shape, (a, b, c) in SHAPES.items():
            fill = {"A": a, "B": b, "C": c, "N": NETWORK}
            yield Cell(house, name, axis, kind, tuple(sorted(wants.items())), shape,
                       headline.format(**fill), body.format(**fill), (a, b, c))


def outcome(cell: Cell) -> tuple[bool, dict[str, object]]:
    """(right, what differs): each wanted show's date of the cell's kind as found, and the
    names not of the cell given that kind (false)."""
    from monitor.extract.facts import extract_facts
    from monitor.extract.shows import normalise_title
    from monitor.models import Article

    article = Article(url="https://example.test/news/39", title=cell.headline,
                      text=cell.body, published=PUBLISHED)
    facts = [f for f in extract_facts(article) if f.kind == cell.kind]
    got: dict[str, set[str | None]] = {}
    for fact in facts:
        got.setdefault(normalise_title(fact.show), set()).add(fact.date)
    wanted = cell.wanted()
    ours = {normalise_title(t) for t in cell.titles}
    wrong = {show: sorted(got.get(show, set()), key=str) for show, date in wanted.items()
             if got.get(show) != {date}}
    false = sorted(show for show in got if show not in ours)
    return not wrong and not false, {"wrong": wrong, "false": false}


def main() -> int:
    def counted(cell: Cell) -> tuple[bool, list[str] | None]:
        _, diff = outcome(cell)
        wrong, false = diff["wrong"], diff["false"]
        return not wrong, (false if false else None)  # type: ignore[return-value]

    return grid_tally.run(
        cells(), counted, grid_tally.by_axis_house_shape,
        lambda c, right, false: f"{c.id}: {outcome(c)[1]} :: {c.headline} || {c.body}",
        widths=(6, 12))


if __name__ == "__main__":
    raise SystemExit(main())
