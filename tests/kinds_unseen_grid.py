"""A premiere told as just happened, in the perfect of any premiere verb: a generated grid
(round 40, r40kinds).

Round 40's census of the sealed fold (premiere, filming started and wrapped, episode counts)
found that only two of its 24 misses of those kinds lack a trigger word near the title: the
misses are candidates made and then lost, and the largest class is a premiere made in a
sentence naming its show and dropped undated (``drop.premiere_never_dated``), a class the open
folds do not show at all. One general shape of it: a premiere told as just happened with no
time ("has bowed on Kestrel", "has kicked off", "has made its debut", "has started airing"),
which the README dates to the publication month. ``date.premiere_just_happened`` read it for
some verbs ("has landed", "has arrived", "has premiered") and not the others the triggers
read. This grid writes such passages in trade, wire, press-release, UK-press, fan-site and
headline styles over five title shapes, with controls: a shoot that "has kicked off", a
debut told ahead or denied, a person's debut, a trailer released.

``python tests/kinds_unseen_grid.py [-v]`` prints the counts (right, missed, false) by axis,
house and shape. A cell is right when the premiere goes exactly to the shows it wants, dated
the publication month (a control: the show is given no premiere). All titles, networks and
people are invented.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

import grid_tally
import slate_grid
from slate_grid import Cell

#: Title triples (only the first is the story's show; the others fill ``Cell.titles``).
SHAPES: dict[str, tuple[str, ...]] = {
    **grid_tally.title_shapes("words", "one_word", "the_x"),
    "number": ("Harbour 9", "Station 12", "Pier 7"),
    "colon": ("Ashford Lane: Ward Four", "Salt Road: Tides", "Copper Vale: Ember"),
}

NETWORK = "Kestrel"
PUBLISHED = dt.date(2026, 11, 12)
#: A premiere told as just happened with no time takes the publication month (README).
MONTH = PUBLISHED.isoformat()[:7]

#: (house, name, axis, checks, body): checks maps a kind to the shows ("A") it must give
#: exactly, or after "!" the shows it must not give; templates take A (the title) and N.
PASSAGES: list[tuple[str, str, str, dict[str, str], str]] = [
    ("trade", "second_season_has_bowed", "just", {"premiere": "A"},
     "The second season of {A} has bowed on {N}, two years after the first. Dana Holt "
     "returns as the harbour pilot."),
    ("wire", "owner_season_has_kicked_off", "just", {"premiere": "A"},
     "{A}'s second season has kicked off on {N}, the network said. The drama drew a large "
     "audience in its first run."),
    ("press", "has_made_its_debut", "just", {"premiere": "A"},
     "{N} is proud to announce that season 2 of {A} has made its debut on the service. The "
     "drama follows three sisters in a harbour town."),
    ("uk", "new_series_has_kicked_off", "just", {"premiere": "A"},
     "The third series of {A} has kicked off on {N}. Dana Holt is back as the detective, "
     "and viewers were quick to praise the opening episode."),
    ("fan", "finally_made_its_debut", "just", {"premiere": "A"},
     "It's here! {A} season 2 has finally made its debut on {N}, and we have thoughts. Dana "
     "Holt is better than ever."),
    ("trade", "has_started_airing", "just", {"premiere": "A"},
     "{A} season 3 has started airing on {N}, with new episodes each week. The show was "
     "renewed last spring."),
    ("headline", "headline_has_bowed", "just", {"premiere": "A"},
     "{A} Season 2 Has Bowed On {N}\nThe drama is back with Dana Holt in the lead."),
    ("wire", "officially_bowed", "just", {"premiere": "A"},
     "The fourth season of {A} has officially bowed on {N}, the streamer said in a "
     "statement."),
    # controls: the nearby wordings that give no premiere
    ("trade", "kicked_off_production", "control", {"premiere": "!A"},
     "{A} season 2 has kicked off production in Belfast, {N} said. Dana Holt returns as the "
     "harbour pilot."),
    ("uk", "kicked_off_filming", "control", {"premiere": "!A"},
     "The new series of {A} has kicked off filming in Cornwall. Dana Holt is back as the "
     "detective."),
    ("press", "will_make_its_debut", "control", {"premiere": "!A"},
     "Season 2 of {A} will make its debut on {N}. The drama follows three sisters in a "
     "harbour town."),
    ("fan", "yet_to_make_its_debut", "control", {"premiere": "!A"},
     "{A} season 2 has yet to make its debut on {N}, and fans are restless. Dana Holt "
     "teased the new episodes."),
    ("wire", "person_made_her_debut", "control", {"premiere": "!A"},
     "{A} star Dana Holt has made her debut as a director with a short film. She returns "
     "to the drama next year."),
    ("trade", "trailer_released", "control", {"premiere": "!A"},
     "A first trailer for {A} season 2 has been released by {N}. The drama follows three "
     "sisters in a harbour town."),
]


def cells() -> Iterator[Cell]:
    return slate_grid.cells(PASSAGES, SHAPES)


def outcome(cell: Cell) -> tuple[bool, grid_tally.ShowsDiff]:
    """(right, per checked kind the shows missed and the shows given it wrongly); a wanted
    premiere not dated the publication month counts as missed."""
    from monitor.extract.shows import normalise_title

    def dated(facts: Iterable[Any]) -> list[Any]:
        """The facts but for every premiere of a wanted show one of whose premieres is not
        dated the publication month: that show is missed."""
        facts = list(facts)
        exact, shows = cell.wanted("premiere")
        if not exact:
            return facts
        wanted = {normalise_title(show) for show in shows}
        undated = {normalise_title(f.show) for f in facts
                   if f.kind == "premiere" and f.date != MONTH} & wanted
        return [f for f in facts
                if not (f.kind == "premiere" and normalise_title(f.show) in undated)]

    return slate_grid.outcome(cell, dated, PUBLISHED)


def main() -> int:
    return grid_tally.run_found(
        cells(), lambda cell: outcome(cell)[1],
        lambda c, right, diff: f"{c.id}: {outcome(c)[1]} :: {c.body}")


if __name__ == "__main__":
    raise SystemExit(main())
