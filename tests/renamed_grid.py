"""A show's other name the text says it goes by: a generated grid (round 41, r41story).

Held-out time lines bring renamed shows: a working title that becomes the real one
("formerly known as", "now titled", "will now be called", "retitled Y as X"), a UK/US title
pair ("which airs in Britain as", "known to British viewers as", "(or Y, as UK viewers know
it)"), a season told under its subtitle ("X: Sub, the second season of X"). Rule
``title.alias.renamed`` reads each as one show with two names: the facts go to the title and
carry the other name (``Fact.also``), which the state store learns, so a later article under
either name lands on the same season. This grid writes those sentences in trade, wire,
press-release, UK-press and fan-site styles over title shapes (two words, "The", one word, a
number, a possessive, a colon), and the controls: a spin-off beside its parent, a sequel
"titled" after it, a network in parentheses, a person "formerly of" a show, a nickname
"known as", an executive renamed to a post.

``python tests/renamed_grid.py [-v]`` prints the counts (right, wrong) by axis, house and
shape. A cell is right when, for each kind it checks, the shows given that kind are exactly
the ones it wants ("!": must not give); the kind "also" is the other names the facts carry
(A the title, B its other name, C its season's subtitled name). All titles, networks and
people are invented.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from types import SimpleNamespace

import grid_tally
from grid_tally import Cell

#: Title pairs: name -> (A, the title; B, its other name).
SHAPES: dict[str, tuple[str, str]] = {
    "words": ("Ashford Lane", "Lodestar"),
    "the_x": ("The Salt Marsh", "The Night Ferry"),
    "one_word": ("Copperhead", "Brackenhurst"),
    "number": ("Pier 14", "Station 9"),
    "possessive": ("Maud's Garden", "Nell's Crossing"),
    "colon": ("Harrow: The Long Night", "Ironvale"),
}

NETWORK = "Kestrel"

#: (house, name, axis, checks, body); templates take A, B (titles), C (A's season subtitle)
#: and N (network).
PASSAGES: list[tuple[str, str, str, dict[str, str], str]] = [
    # a rename: the new name first
    ("trade", "formerly_known_as", "renamed", {"renewed": "A", "also": "B"},
     "{A}, formerly known as {B}, has been renewed for a second season, {N} said."),
    ("wire", "previously_titled", "renamed", {"filming_started": "A", "also": "B"},
     "Filming has begun on the second season of {A}, previously titled {B}, {N} said on "
     "Monday."),
    ("fan", "show_formerly_known", "renamed", {"filming_started": "A", "also": "B"},
     "Cameras are rolling on season 2 of {A}, the show formerly known as {B}."),
    # a rename: the old name first
    ("trade", "now_titled", "renamed", {"filming_started": "A", "also": "B"},
     "{B}, now titled {A}, has started filming its second season, {N} said."),
    ("uk", "will_now_be_called", "renamed", {"filming_started": "A", "also": "B"},
     "The {N} drama {B} will now be called {A}, and filming on its second series is under "
     "way."),
    ("press", "retitled_as", "renamed", {"also": "B"},
     "{N} today announced that it has retitled {B} as {A}. Production on the second season "
     "of {A} began this week."),
    # a UK/US title pair
    ("trade", "airs_in_britain", "pair", {"filming_started": "A", "also": "B"},
     "Filming has started on season 2 of {A}, which airs in Britain as {B}, {N} said."),
    ("uk", "known_to_viewers", "pair", {"filming_started": "A", "also": "B"},
     "Filming has begun on the second series of {A}, known to British viewers as {B}."),
    ("fan", "or_as_viewers_know", "pair", {"renewed": "A", "also": "B"},
     "{A} (or {B}, as UK viewers know it) has been renewed for season 2!"),
    ("wire", "also_known_as", "pair", {"renewed": "A", "also": "B"},
     "{N} has renewed {A}, also known as {B}, for a second season, the network said."),
    # a season's subtitled name
    ("trade", "subtitle_season_of", "subtitle", {"also": "C"},
     "Filming has begun on {C}, the second season of {A}, {N} said."),
    ("uk", "subtitle_series_n", "subtitle", {"also": "C"},
     "Cameras are rolling on {C}, series 2 of {A}, in Glasgow."),
    ("fan", "season_titled", "subtitle", {"also": "C"},
     "Season 2 of {A}, titled {C}, is shooting now for {N}."),
    # controls: two shows, or one show and no other name
    ("trade", "spin_off_prequel", "control", {"also": "", "cancelled": "!A"},
     "{N} has canceled {A}: Origins, the prequel to {A}, after a single season."),
    ("wire", "sequel_titled", "control", {"also": ""},
     "{N} is developing a sequel series to {A}, titled {C}, the network said."),
    ("trade", "network_in_parentheses", "control", {"also": ""},
     "{A} ({N}) has been renewed for a second season."),
    ("uk", "person_formerly_of", "control", {"also": ""},
     "{N} has renewed {A} for a second series; Dana Holt, formerly of {B}, joins the "
     "cast."),
    ("fan", "nickname_known_as", "control", {"also": ""},
     "{A} is renewed! The hero known as The Ferryman returns for season 2 on {N}."),
    ("press", "executive_renamed", "control", {"also": ""},
     "{N} has renamed Dana Holt as head of drama and renewed {A} for a second season."),
    ("wire", "formerly_a_network_show", "control", {"also": ""},
     "{A}, formerly a {N} series, has been renewed by Tovrel for a second season."),
]

PUBLISHED = dt.date(2026, 5, 20)


def outcome(cell: Cell) -> tuple[bool, dict[str, tuple[set[str], set[str]]]]:
    """(right, per checked kind the shows missed and the shows given it wrongly); the kind
    "also" is the other names the facts carry (``Fact.also``)."""
    from monitor.extract.facts import extract_facts
    from monitor.models import Article

    article = Article(url="https://example.test/news/1", title="TV news",
                      text=cell.body, published=PUBLISHED)
    facts = extract_facts(article)
    others = [SimpleNamespace(show=name, kind="also") for f in facts
              for name in getattr(f, "also", ())]  # (BASE: no Fact.also)
    return grid_tally.shows_diff([*facts, *others], cell.checks, cell.wanted)


def cells() -> Iterator[Cell]:
    for house, name, axis, checks, body in PASSAGES:
        for shape, (a, b) in SHAPES.items():
            c = f"{a}: Black Tide"
            yield Cell(house, name, axis, tuple(sorted(checks.items())), shape,
                       body.format(A=a, B=b, C=c, N=NETWORK), (a, b, c))


def main() -> int:
    return grid_tally.run_found(
        cells(), lambda cell: outcome(cell)[1],
        lambda c, right, diff: f"{c.id}: {outcome(c)[1]} :: {c.body}", widths=(7, 22))


if __name__ == "__main__":
    raise SystemExit(main())
