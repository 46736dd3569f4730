"""A season's story between its steps: a generated grid (round 39, r39story).

Round 39's invented time lines (``tests/invented_timelines.py --round39``) and round 37's two
left misses found three classes the extractor read wrong between a season's steps:

- a shoot told by a post and a picture "from the X set" (or "from the set of X"), the show
  named nowhere else in the sentence: no title, no start (``title.keep.shoot_set``);
- a decision about the show's remake in another country or language ("Tovrel has cancelled
  its American remake of X"): read as X's, a false "cancelled" for the original
  (``drop.foreign_version``);
- a wire headline's verb before a one-word title, after a two-word network ("NIMBUS ONE
  RENEWS BRIGHTWATER"), read as a person's full name ("Renews Brightwater"), the title vetoed
  as that person's surname (``titles.persons_in``).

This grid writes each class in trade, wire, UK-press, fan-site and headline styles over six
title shapes, with controls: "set" as a verb or a set with no shoot, a show's own news beside
its remake, "the American version of X" (a format's regional edition, which the devset names
by the format), a person's name in the headline. ``python tests/story_grid.py [-v]`` prints
the counts by axis, house and shape. A cell is right when, for each kind it checks, the
shows given that kind are exactly the ones it wants (or, after "!", none of them). All
titles, networks and people are invented.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

import grid_tally
from grid_tally import Cell, Reader

#: Title pairs: name -> (A, B).
SHAPES: dict[str, tuple[str, str]] = {
    "one_word": ("Brightwater", "Quillmarsh"),
    "words": ("Copper Vale", "Salt Road"),
    "the_x": ("The Salt Meridian", "The Night Ferry"),
    "number": ("Dock 7", "Ward 12"),
    "possessive": ("Hollis's Law", "Maren's Way"),
    "colon": ("Lantern House: Origins", "Ashford Lane: Legacy"),
}

#: (house, name, axis, checks, headline, body): checks maps a kind to the shows ("AB"
#: letters) it must give exactly, or after "!" the shows it must not give; the templates take
#: A, B (titles) and U (A in capitals, as a wire headline writes it).
#: A passage: house, name, axis, checks, headline, body ({A}/{B} the shape's titles, {U} A's
#: capitals).
Passage = tuple[str, str, str, dict[str, str], str, str]


PASSAGES: list[Passage] = [
    # a shoot on the show's set
    ("fan", "post_snap_from_the_set", "shoot_set", {"filming_started": "A"},
     "Dana Holt back on set",
     "'Back on set for series 2,' Dana Holt posted on Instagram, alongside a snap from the "
     "{A} set in Sydney. The actor plays the lead."),
    ("trade", "photo_from_the_set_of", "shoot_set", {"filming_started": "A"},
     "Dana Holt shares first look",
     "Dana Holt shared a photo from the set of {A}, where filming on season 3 began this "
     "week. The actor plays a detective."),
    ("uk", "picture_from_the_set_wrap", "shoot_set", {"filming_wrapped": "A"},
     "Dana Holt says goodbye",
     "Dana Holt posted a picture from the {A} set on Thursday, writing that series 2 is a "
     "wrap. The broadcaster has yet to set a date."),
    ("wire", "crews_on_the_set", "shoot_set", {"filming_started": "A"},
     "Cameras roll in Wellington",
     "WELLINGTON (Wire) — Crews were spotted on the {A} set in Wellington on Monday as "
     "filming on season 2 got under way."),
    # controls: "set" as a verb, a set with no shoot, another show's shoot
    ("trade", "control_set_to_return", "shoot_set_control", {"filming_started": "!A",
                                                            "filming_wrapped": "!A"},
     "Kestrel news",
     "Dana Holt said the cast of {A} is set to return in May. The drama drew big numbers."),
    ("fan", "control_tour_the_set", "shoot_set_control", {"filming_started": "!A"},
     "Summer plans",
     "Fans can tour the {A} set in Sydney this summer. Tickets go on sale on Friday."),
    ("uk", "control_visited_set_other_show_films", "shoot_set_control",
     {"filming_started": "B"},
     "Dana Holt news",
     "{B} began filming its second series on Monday, with Dana Holt in the lead. {B} is "
     "shot in Leeds."),
    # a remake in another country or language
    ("trade", "cancelled_its_american_remake", "foreign", {"cancelled": "!A"},
     "Tovrel cancels remake",
     "Tovrel has cancelled its American remake of {A} after one season. The original is "
     "unaffected."),
    ("uk", "spanish_language_remake_axed", "foreign", {"cancelled": "!A"},
     "Remake axed",
     "The Spanish-language remake of {A} has been axed by Ostrava TV after one series."),
    ("fan", "korean_adaptation_filming", "foreign", {"filming_started": "!A"},
     "Remake news",
     "A Korean adaptation of {A} has started filming in Seoul. Fans of the original are "
     "curious."),
    ("wire", "renewed_its_british_remake", "foreign", {"renewed": "!A"},
     "Kestrel renews remake",
     "Kestrel has renewed its British remake of {A} for a second season, the network said."),
    # controls: the show's own news beside its remake; a format's regional edition
    ("trade", "control_original_renewed", "foreign_control", {"renewed": "A"},
     "Kestrel renews drama",
     "Kestrel has renewed {A}, which inspired an American remake, for a third season."),
    ("wire", "control_original_cancelled", "foreign_control", {"cancelled": "A"},
     "Tovrel cancels drama",
     "Tovrel has cancelled {A} after two seasons, the network said on Tuesday."),
    ("trade", "control_american_version", "foreign_control", {"renewed": "A"},
     "Kestrel news",
     "The American version of {A} has been renewed for a second season by Kestrel."),
    # a wire headline's verb before the title
    ("wire", "caps_renews", "headline_verb", {"renewed": "A"},
     "NIMBUS ONE RENEWS {U} FOR A THIRD SEASON",
     "LOS ANGELES — Nimbus One today announced that {A} has been renewed for a third "
     "season."),
    ("trade", "title_case_cancels", "headline_verb", {"cancelled": "A"},
     "Nimbus One Cancels {A} After Two Seasons",
     "Nimbus One has cancelled {A} after two seasons, the network said."),
    ("uk", "axes_after_one_series", "headline_verb", {"cancelled": "A"},
     "Channel Nine Axes {A}",
     "{A} has been axed by Channel Nine after one series."),
    ("press", "orders_another_season", "headline_verb", {"renewed": "A"},
     "Kestrel Orders Another Season Of {A}",
     "Kestrel has ordered a third season of {A}, the network announced on Monday."),
    # control: a person's name in the headline stays a person
    ("fan", "control_person_joins", "headline_verb_control", {"renewed": "A"},
     "Mara Quillon Joins {A}",
     "Kestrel has renewed {A} for a third season, and Mara Quillon has joined the cast."),
]


def cells(passages: Iterable[Passage] | None = None) -> Iterator[Cell]:
    """Every passage (this grid's unless given) over every title shape."""
    for house, name, axis, checks, headline, body in (PASSAGES if passages is None
                                                      else passages):
        for shape, (a, b) in SHAPES.items():
            values = {"A": a, "B": b, "U": a.upper()}
            yield Cell(house, name, axis, tuple(sorted(checks.items())), shape,
                       body.format(**values), (a, b), headline=headline.format(**values))


PUBLISHED = dt.date(2026, 6, 9)


def outcome(cell: Cell, read: Reader = iter
            ) -> tuple[bool, dict[str, tuple[set[str], set[str]]]]:
    """(right, per checked kind the shows missed and the shows given it wrongly), over the
    facts as ``read`` gives them."""
    from monitor.extract.facts import extract_facts
    from monitor.models import Article

    article = Article(url="https://example.test/news/1", title=cell.headline,
                      text=f"{cell.headline}\n\n{cell.body}", published=PUBLISHED)
    return grid_tally.shows_diff(read(extract_facts(article)), cell.checks, cell.wanted)


def report(passages: Iterable[Passage] | None = None, read: Reader = iter) -> int:
    """Print the tally of ``passages`` (this grid's unless given), the facts as ``read``
    gives them."""
    return grid_tally.run_found(
        cells(passages), lambda cell: outcome(cell, read)[1],
        lambda c, right, diff: f"{c.id}: {outcome(c, read)[1]} :: {c.headline} / {c.body}",
        widths=(6, 22))


def main() -> int:
    return report()


if __name__ == "__main__":
    raise SystemExit(main())
