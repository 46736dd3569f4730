"""Renewals and cancellations as other sites write them: a generated grid (round 35,
r35decisions).

Round 34's vocabulary grid (``tests/vocabulary.py``) told our own verbs in eight forms. This
grid writes the decisions the way other houses do: trade headlines in Title Case with the
title in single quotes ("'Salt Road' Renewed For Season 3 At Kestrel", "'Salt Road' Gets
Season 2 Order"), wire copy ("Kestrel said on Tuesday it would not renew Salt Road"), British
press ("Salt Road axed after two series", "recommissioned for a third series"), press releases
("Kestrel today announced that Salt Road will return for a third season"), fan sites ("Salt
Road is officially coming back!") and the decision told in the sentence after the one naming
the show ("The series has been renewed ..."). Each wording is written over four title shapes
and read in the place its house puts it (a headline over a body that names the show, or a
body sentence after a cue that names it).

``cells()`` yields every cell; a cell is right when its facts hold its kind on its show and no
decision of another kind or show beside it. ``python tests/decisions_grid.py`` prints the
counts by kind, house and title shape. All titles, networks and people are invented.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import grid_tally

#: Title shapes: name → the title as written.
SHAPES: dict[str, str] = {
    "words": "Salt Road",
    "the_x": "The Lantern House",
    "one_word": "Havana",
    "numbered": "Precinct 9",
}

NETWORK = "Kestrel"

#: The body a headline cell stands over, and the sentence before a body cell: it names the
#: show as a show (a grid of wordings, not of title discovery).
CUE = "The Kestrel drama {T} follows three sisters in a fishing town."

#: (house, name, kind, template, placement): templates take T (title), N (network);
#: placement "headline" reads the text as the headline over the cue, "body" after the cue.
WORDINGS: list[tuple[str, str, str, str, str]] = [
    # trade headlines, Title Case, the title in single quotes
    ("trade", "renewed_for_season_at", "renewed", "'{T}' Renewed For Season 3 At {N}", "headline"),
    ("trade", "gets_season_order", "renewed", "'{T}' Gets Season 2 Order At {N}", "headline"),
    ("trade", "lands_early_renewal", "renewed", "'{T}' Lands Early Season 3 Renewal", "headline"),
    ("trade", "picked_up_for_season", "renewed", "'{T}' Picked Up For Season 2 By {N}", "headline"),
    ("trade", "scores_second_season", "renewed", "'{T}' Scores Second Season At {N}", "headline"),
    ("trade", "will_return_for_season", "renewed", "'{T}' Will Return For Season 3", "headline"),
    ("trade", "renewed_colon", "renewed", "{N} Renews '{T}': Season 3 Is A Go", "headline"),
    ("trade", "canceled_after_seasons", "cancelled",
     "'{T}' Canceled At {N} After Two Seasons", "headline"),
    ("trade", "cancels_title_case", "cancelled", "{N} Cancels '{T}' After Two Seasons", "headline"),
    ("trade", "wont_return", "cancelled", "'{T}' Won't Return For Season 3 At {N}", "headline"),
    ("trade", "not_returning", "cancelled", "'{T}' Not Returning For Season 3", "headline"),
    ("trade", "axed_title_case", "cancelled", "'{T}' Axed By {N} After Two Seasons", "headline"),
    ("trade", "passes_on_season", "cancelled", "{N} Passes On '{T}' Season 3", "headline"),
    # wire copy
    ("wire", "said_would_renew", "renewed",
     "{N} said on Tuesday it would renew {T} for a third season.", "body"),
    ("wire", "said_had_renewed", "renewed",
     "{N} said on Tuesday it had renewed {T} for a third season.", "body"),
    ("wire", "said_would_not_renew", "cancelled",
     "{N} said on Tuesday it would not renew {T} for a third season.", "body"),
    ("wire", "decided_not_to_renew", "cancelled",
     "{N} has decided not to renew {T} for a third season.", "body"),
    ("wire", "will_not_be_renewed", "cancelled",
     "{T} will not be renewed for a third season, {N} said.", "body"),
    ("wire", "cease_production", "cancelled",
     "{N} said it had decided to cease production on {T}.", "body"),
    ("wire", "pulled_the_show", "cancelled",
     "{N} has pulled {T} from its schedule and will not make more episodes.", "body"),
    # British press: "series" for a season
    ("uk", "axed_after_series", "cancelled", "{T} has been axed by {N} after two series.", "body"),
    ("uk", "axed_headline", "cancelled", "{T} axed after two series", "headline"),
    ("uk", "recommissioned_series", "renewed",
     "{T} has been recommissioned for a third series.", "body"),
    ("uk", "will_return_series", "renewed",
     "{N} has confirmed {T} will return for a third series.", "body"),
    ("uk", "returns_for_series", "renewed", "{T} to return for a third series", "headline"),
    ("uk", "gets_the_chop", "cancelled", "{T} has got the chop at {N} after two series.", "body"),
    ("uk", "given_the_boot", "cancelled", "{N} has given {T} the boot after two series.", "body"),
    ("uk", "second_series_commissioned", "renewed",
     "A second series of {T} has been commissioned by {N}.", "body"),
    # press releases
    ("release", "today_announced_return", "renewed",
     "{N} today announced that {T} will return for a third season.", "body"),
    ("release", "has_ordered_season", "renewed",
     "{N} has ordered a third season of its hit drama {T}.", "body"),
    ("release", "thrilled_to_bring_back", "renewed",
     "\"We are thrilled to bring {T} back for a third season,\" said the head of drama "
     "at {N}.", "body"),
    ("release", "final_season", "cancelled",
     "{N} today announced that the third season of {T} will be its last.", "body"),
    # fan sites
    ("fan", "officially_coming_back", "renewed",
     "{T} is officially coming back for a third season!", "body"),
    ("fan", "officially_renewed", "renewed",
     "It's official: {T} has been renewed for a third season!", "body"),
    ("fan", "officially_cancelled", "cancelled",
     "It's official: {T} has been cancelled after two seasons.", "body"),
    ("fan", "sadly_cancelled", "cancelled",
     "Sadly, {N} has cancelled {T} after just two seasons.", "body"),
    # the decision told in the sentence after the one naming the show
    ("after", "the_series_renewed", "renewed",
     "The series has been renewed for a third season.", "body"),
    ("after", "the_show_cancelled", "cancelled",
     "The show has been cancelled after two seasons.", "body"),
    ("after", "the_drama_axed", "cancelled", "The drama has been axed after two seasons.", "body"),
    ("after", "network_renewed_it", "renewed", "{N} has renewed it for a third season.", "body"),
    ("after", "network_cancelled_it", "cancelled",
     "{N} has cancelled it after two seasons.", "body"),
    ("after", "network_axed_it", "cancelled", "{N} axed it on Tuesday after two seasons.", "body"),
    ("after", "network_picked_it_up", "renewed",
     "{N} has picked it up for a third season.", "body"),
    ("after", "it_renewed", "renewed", "It has been renewed for a third season.", "body"),
    ("after", "it_not_returning", "cancelled", "It will not return for a third season.", "body"),
    ("after", "network_gave_the_series", "renewed",
     "{N} has given the series a third season.", "body"),
    ("after", "confirmed_drama_return", "renewed",
     "{N} confirmed on Tuesday that the drama will return for a third season.", "body"),
    # more trade headlines
    ("trade", "renewed_final_season", "renewed",
     "'{T}' Renewed For Fourth And Final Season At {N}", "headline"),
    ("trade", "orders_season_of", "renewed", "{N} Orders Third Season Of '{T}'", "headline"),
    ("trade", "brings_back_for_season", "renewed",
     "{N} Brings Back '{T}' For Season 3", "headline"),
    ("trade", "speedy_pickup", "renewed", "'{T}' Gets Speedy Season 2 Pickup At {N}", "headline"),
    ("trade", "is_over_at", "cancelled", "'{T}' Is Over At {N} After Two Seasons", "headline"),
    # more wire and British copy
    ("wire", "renewed_apposition", "renewed",
     "{N} renewed {T}, a drama about three sisters, for a third season.", "body"),
    ("wire", "statement_not_return", "cancelled",
     "The drama {T} will not return for a third season, {N} said in a statement on "
     "Tuesday.", "body"),
    ("wire", "no_more_episodes", "cancelled",
     "{N} said it would not make more episodes of {T}.", "body"),
    ("uk", "not_back_for_series", "cancelled",
     "{T} will not be back for a third series, {N} has confirmed.", "body"),
    ("uk", "confirms_series_n", "renewed", "{N} confirms {T} series 3", "headline"),
    ("uk", "series_n_confirmed", "renewed", "{T} series 3 confirmed by {N}", "headline"),
    ("uk", "renewed_for_series_n", "renewed", "{T} renewed for series 3", "headline"),
    ("uk", "drops_after_series", "cancelled", "{N} drops {T} after two series", "headline"),
    # more press releases and fan sites
    ("release", "renewed_acclaimed", "renewed",
     "{N} has renewed {T}, the critically acclaimed drama, for a third season.", "body"),
    ("fan", "season_is_happening", "renewed", "{T} season 3 is happening!", "body"),
    ("fan", "canned", "cancelled", "{T} has been canned after two seasons.", "body"),
    ("fan", "rip_cancels", "cancelled",
     "RIP {T}: {N} cancels the drama after two seasons", "headline"),
]


@dataclass(frozen=True)
class Cell:
    """One generated wording of a decision on one title."""

    house: str
    name: str
    kind: str
    shape: str
    text: str
    placement: str
    title: str

    @property
    def id(self) -> str:
        return f"{self.kind}-{self.house}-{self.name}-{self.shape}"

    def article(self) -> tuple[str, str]:
        """(headline, body)."""
        cue = CUE.format(T=self.title)
        if self.placement == "headline":
            return self.text, cue
        return "TV news", f"{cue} {self.text}"


def cells() -> Iterator[Cell]:
    for house, name, kind, template, placement in WORDINGS:
        for shape, title in SHAPES.items():
            yield Cell(house, name, kind, shape, template.format(T=title, N=NETWORK),
                       placement, title)


PUBLISHED = dt.date(2026, 11, 2)


def outcome(cell: Cell) -> tuple[bool, set[tuple[str, str]]]:
    """(right, false): the cell's kind on its show; decisions of another show or kind."""
    from monitor.extract.facts import extract_facts
    from monitor.extract.shows import normalise_title
    from monitor.models import Article

    headline, body = cell.article()
    article = Article(url="https://example.test/news/1", title=headline, text=body,
                      published=PUBLISHED)
    got = {(normalise_title(f.show), f.kind) for f in extract_facts(article)
           if f.kind in ("renewed", "cancelled")}
    want = (normalise_title(cell.title), cell.kind)
    return want in got, got - {want}


def report(grid_cells: Iterable[Cell]) -> int:
    """Tally and print ``grid_cells`` (this grid's, or ``commission_grid``'s)."""
    return grid_tally.run(
        grid_cells, outcome,
        lambda cell: (("kind", cell.kind), ("house", cell.house), ("shape", cell.shape),
                      ("all", "all")),
        lambda cell, right, false: (f"{cell.id}: {'missed' if not right else 'right'} "
                                    f"false={sorted(false)} :: {cell.text}"))


def main() -> int:
    return report(cells())


if __name__ == "__main__":
    raise SystemExit(main())
