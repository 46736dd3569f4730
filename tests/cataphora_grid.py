"""A status told of a show before the article names it: a generated grid (round 37,
r37after).

Round 36's census of the sealed fold found its largest class of missed renewals to be
"R.after": the trigger's sentence holds a reference ("its drama", "the series", "it") and
the show is named only after it, the headline naming none. Trade leads, wire copy, press
releases, the British press, fan sites and interviews open that way: "Kestrel has renewed
its fishing drama for a third season. Salt Road, created by ..., follows ...". This grid
writes two- and three-sentence openings in those styles (renewals, cancellations,
premieres; one show or two), the reference told before any name. The status goes to the
show the next sentence opens on — not to a list that follows, nor to a show named before
the reference (controls), nor to a show the article calls by another genre.

Each passage is written over four title shapes. ``python tests/cataphora_grid.py [-v]``
prints the counts (right, missed, false) by house, kind, shape and number of shows. All
titles, networks and people are invented.
"""

from __future__ import annotations

from collections.abc import Iterator

import grid_tally
from reference_grid import SHAPES as REFERENCE_SHAPES
from reference_grid import Cell, passage_cells, report
from reference_grid import outcome as outcome  # the cell's reading, for the tests

#: Title pairs: name -> (A, B), A the show the reference speaks of unless the cell says.
SHAPES: dict[str, tuple[str, ...]] = {
    **grid_tally.title_shapes("words", titles=2),
    "the_x": REFERENCE_SHAPES["the_x"],
    **grid_tally.title_shapes("three_words", titles=2),
    "one_word": REFERENCE_SHAPES["one_word"],
}

NETWORK = "Kestrel"

#: (house, name, kind, wants, headline, body): wants "A", "B" or "none"; templates take A,
#: B (titles) and N (network). A headline of "" stands for a plain section headline.
PASSAGES: list[tuple[str, str, str, str, str, str]] = [
    # one show, named in the next sentence
    ("trade", "renewed_its_drama_created_by", "renewed", "A", "",
     "{N} has renewed its fishing drama for a third season. {A}, created by Ann Leary, "
     "follows three sisters in a harbour town."),
    ("trade", "gave_its_drama_a_season", "renewed", "A", "",
     "{N} has given its fishing drama a third season. {A} follows three sisters in a "
     "harbour town."),
    ("trade", "the_series_renewed_announced", "renewed", "A", "",
     "The series has been renewed for a third season, {N} announced on Tuesday. {A} "
     "follows three sisters in a harbour town."),
    ("wire", "said_it_would_renew_its_drama", "renewed", "A", "",
     "{N} said on Tuesday it would renew its fishing drama for a third season. {A}, which "
     "stars Ann Leary, drew 4 million viewers in its second season."),
    ("wire", "cancelled_its_comedy_network_said", "cancelled", "A", "",
     "{N} has cancelled its period comedy after two seasons, the network said on Friday. "
     "{A}, which starred Ann Leary, drew fewer than a million viewers."),
    ("press", "the_drama_will_premiere", "premiere", "A", "",
     "The drama will premiere on {N} on Sunday, June 4. {A} stars Ann Leary as a harbour "
     "master."),
    ("press", "the_hit_comedy_returns", "premiere", "A", "",
     "The hit comedy returns for a third season on Thursday, March 5. {A} follows two "
     "bakers in a seaside town."),
    ("uk", "recommissioned_its_drama", "renewed", "A", "",
     "{N} has recommissioned its fishing drama for a third series. {A}, written by Ann "
     "Leary, follows three sisters."),
    ("uk", "axed_its_sitcom", "cancelled", "A", "",
     "{N} has axed its bakery sitcom after two series. {A} starred Ann Leary as a baker."),
    ("fan", "its_official_coming_back", "renewed", "A", "",
     "It's official: the drama is coming back for a third season! {A} follows three "
     "sisters in a harbour town."),
    ("fan", "sadly_it_cancelled", "cancelled", "A", "",
     "Sadly, it has been cancelled after two seasons. {A} drew 2 million viewers in its "
     "first run."),
    ("interview", "quote_show_coming_back", "renewed", "A", "",
     "\"We're thrilled the show is coming back for a third season,\" said showrunner Mara "
     "Quell. {A} follows three sisters in a harbour town."),
    # one show, named inside the next sentence (quoted, or with its maker)
    ("wire", "network_said_quoted_title", "renewed", "A", "",
     "{N} has renewed its fishing drama for a third season. The network said on Tuesday "
     "that \"{A}\" drew 4 million viewers a week in its second run."),
    ("press", "stars_in_quoted_title", "premiere", "A", "",
     "The new comedy premieres on {N} on Friday, May 8. Ann Leary stars as a baker in "
     "\"{A}\", which was filmed in Cork."),
    # two shows: the one the next sentence opens on
    ("trade", "two_shows_next_opens", "renewed", "A", "",
     "{N} has renewed its fishing drama for a third season. {A} follows three sisters in a "
     "harbour town. {N}'s comedy {B} was cancelled after one season."),
    ("wire", "two_shows_next_opens_cancel", "cancelled", "A", "",
     "{N} has cancelled its period comedy after two seasons. {A}, which starred Ann Leary, "
     "drew fewer than a million viewers. {N}'s drama {B} was renewed."),
    # two shows listed after the reference: nothing decides
    ("trade", "two_listed_none", "renewed", "none", "",
     "{N} has renewed its fishing drama for a third season. {A} and {B} drew 4 million "
     "viewers each."),
    # the next sentence tells its own status of another show: the reference's is not its
    ("trade", "next_cancels_another_none", "renewed", "none", "",
     "{N} has renewed its fishing drama for a third season. It also cancelled \"{B}\" "
     "after one season."),
    # named two sentences later, the one between naming none
    ("wire", "named_two_later", "renewed", "A", "",
     "{N} has renewed its fishing drama for a third season. The network made the "
     "announcement on Tuesday. {A}, which stars Ann Leary, drew 4 million viewers."),
]


def cells() -> Iterator[Cell]:
    return passage_cells(PASSAGES, SHAPES)


def main() -> int:
    return report(cells(), widths=(6, 12))


if __name__ == "__main__":
    raise SystemExit(main())
