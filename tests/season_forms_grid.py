"""A new show's first season, told by the forms unseen text writes it in: a generated grid
(round 41, r41season).

r41losses counted the season as the sealed fold's largest loss stage; r41season's census
(counts only) found its largest class a label numbering a season where we emit none
(season-less, ``season.unknown``), in articles that tell the show new — the devset's
convention: "a show the text calls new ... is in season 1". The open folds already read a show
called new in its body ("Kestrel's new drama X", "the freshman comedy X", "X, which
debuted in January"). This grid writes three forms they did not:

- an order to series of a show called by no "new" word ("Kestrel has given X a series
  order", "X has been ordered to series", "a straight-to-series order for X", "picked X up
  to series"): the show is new, its premiere, shoot and count are of season 1
  (``patterns.SERIES_ORDER_PHRASE_RE`` in ``facts._new_shows`` feeding
  ``season.called_new_elsewhere``);
- a headline calling the show new ("New Drama X Premieres on Kestrel", "Kestrel Sets Date
  for New Comedy X") over a body that does not (``facts._new_shows`` reads the headline as
  a body sentence);
- a debut told in the present or future ("X debuts on Kestrel on April 4", "X will debut
  in May") of a show the article numbers no season of: its first airing
  (``season.debut_ahead_is_first``, taken out at the merge: a bare debut keeps no season).

Controls (season null where the text does not say it, or the season it does say): a
return, a season's or episode's debut ("Season 2 of X debuts", "X debuts its second
season", "New episodes of X debut"), an episode number, a number in the title, a series
order taken back, a headline's "new season of X", a season numbered elsewhere in the
article, a debut on a new home, a debut years ago.
Each wording is written over six title shapes (season_grid's four, a possessive, a colon).

A cell is *right* when, for each kind it expects, the show's facts of that kind have exactly
the expected seasons (``None`` for no season); *false* when the show has a fact of an expected
kind on another season (``season_grid.outcome``). ``python tests/season_forms_grid.py
[-v]`` prints the counts by house, axis and title shape. All titles, networks and people are
invented.
"""

from __future__ import annotations

from collections.abc import Iterator

import season_grid
from season_grid import Cell, Wording, _s, report
from season_grid import outcome as outcome  # the round tests read it here

#: season_grid's title shapes, with a possessive and a colon.
SHAPES: dict[str, str] = dict(season_grid.SHAPES, possessive="Mabel's Kitchen",
                              colon="Salt Road: Origins")

WORDINGS: list[Wording] = [
    # --- an order to series: a new show ---------------------------------------------------
    Wording("trade", "series_order", "given_series_order",
            "{N} has given {T} a series order. The drama premieres on April 4.",
            {"premiere": _s(1)}),
    Wording("wire", "series_order", "ordered_to_series",
            "{N} has ordered the drama {T} to series, the network said on Monday. {T} "
            "premieres on April 4.", {"premiere": _s(1)}),
    Wording("release", "series_order", "straight_to_series",
            "{N} today announced a straight-to-series order for the drama {T}, starring Dana "
            "Holt. The drama premieres on April 4.", {"premiere": _s(1)}),
    Wording("fan", "series_order", "picked_up_to_series",
            "Big news: {N} has picked up {T} to series! The comedy premieres on April 4.",
            {"premiere": _s(1)}),
    Wording("uk", "series_order", "handed_series_order_shoot",
            "{N} has handed the thriller {T} a series order. Filming on {T} begins in "
            "Glasgow in May.", {"filming_started": _s(1)}),
    # --- a headline calling the show new --------------------------------------------------
    Wording("headline", "new_headline", "new_drama_premieres",
            "New Drama {T} Premieres on {N} || {T} premieres on {N} on April 4.",
            {"premiere": _s(1)}, "headline"),
    Wording("trade", "new_headline", "sets_date_for_new_comedy",
            "{N} Sets Date for New Comedy {T} || {T} will premiere on {N} on April 4, the "
            "network said.", {"premiere": _s(1)}, "headline"),
    Wording("uk", "new_headline", "first_look_new_thriller",
            "First Look at {N}'s New Thriller {T} || {T} starts on {N} on April 4.",
            {"premiere": _s(1)}, "headline"),
    # --- a debut still to come: the show's first airing ------------------------------------
    # (the lead's merge took season.debut_ahead_is_first out: a bare "debuts" / "will debut"
    # keeps no season, the devset's convention — tests/test_facts.py, round 37's controls)
    Wording("wire", "debut_ahead", "debuts_on_date",
            "{T} debuts on {N} on April 4.", {"premiere": _s(None)}),
    Wording("trade", "debut_ahead", "will_debut",
            "{T} will debut on {N} on April 4, the network said on Monday.",
            {"premiere": _s(None)}),
    Wording("fan", "debut_ahead", "mark_calendars_debuts",
            "Mark your calendars: the comedy {T} debuts on {N} on April 4!",
            {"premiere": _s(None)}),
    Wording("release", "debut_ahead", "starring_debuts",
            "{T}, starring Dana Holt, debuts Thursday, April 4 on {N}.",
            {"premiere": _s(None)}),
    # --- controls -------------------------------------------------------------------------
    Wording("wire", "control", "returns_on_date",
            "{T} returns to {N} on April 4.", {"premiere": _s(None)}),
    Wording("trade", "control", "season_n_debuts",
            "Season 2 of {T} debuts on {N} on April 4.", {"premiere": _s(2)}),
    Wording("fan", "control", "debuts_its_second_season",
            "{T} debuts its second season on {N} on April 4.", {"premiere": _s(2)}),
    Wording("release", "control", "season_named_elsewhere",
            "{T} debuts on {N} on April 4. The third season follows Dana Holt to Lisbon.",
            {"premiere": _s(3)}),
    Wording("wire", "control", "debuted_years_ago_returns",
            "{T}, which debuted in 2019, returns to {N} on April 4.",
            {"premiere": _s(1, None)}),
    Wording("headline", "control", "headline_new_season_of",
            "New Season of {T} Premieres on {N} || {T} premieres on {N} on April 4.",
            {"premiere": _s(None)}, "headline"),
    Wording("trade", "control", "order_rescinded",
            "{N} has rescinded its series order for the drama {T}. {T} was to premiere "
            "on April 4.", {"premiere": _s(None)}),
    Wording("uk", "control", "series_order_for_series_two",
            "{N} has given {T} a series order for series two. Filming begins in Glasgow in "
            "May.", {"filming_started": _s(2)}),
    Wording("trade", "control", "order_of_another_show",
            "{N} has given Copper Vale a series order. {T} premieres on {N} on April 4.",
            {"premiere": _s(None)}),
    Wording("trade", "control", "makes_its_network_debut",
            "The Kestrel drama {T} makes its Tovrel debut on April 4.",
            {"premiere": _s(None)}),
    Wording("fan", "control", "returns_next_year",
            "{T} returns to {N} in 2027!", {"premiere": _s(None)}),
]


def cells() -> Iterator[Cell]:
    for wording in WORDINGS:
        for shape, title in SHAPES.items():
            yield Cell(wording, shape, title,
                       wording.template.format(T=title, N=season_grid.NETWORK))


def main() -> int:
    return report(cells())


if __name__ == "__main__":
    raise SystemExit(main())
