"""Round 35 (r35headlines): headlines and decks in other sites' house styles.

The grid (``tests/headline_styles.py``): headlines in a trade's Title Case, a UK tabloid's
present tense and "series", wire sentence case, a fan site's question or exclamation, a
listing, colon / pipe / dash sections, "Exclusive:"-style labels and the "S3" / "Season Three"
/ "Series 3" forms, for each fact kind, over six title shapes and three bodies (the show named
as a drama, named plainly, not named). What round 35 built for it:

1. A name vetoed for its look (a place, a holiday, a person's) that the headline writes as a
   decision's own, in title case or not, is a title (``title.keep.headline_decision``): its
   subject with a season ("Havana Renewed For Season 3 At Kestrel", "Havana Cancelled At
   Kestrel After Two Seasons"; a place's or a holiday's look also "Havana Will Return For
   Season 3"), a network's verb's object ("Kestrel Scraps Havana After One Season", "Kestrel
   Pulls The Plug On Havana").
2. Vocabulary a headline writes: "Greenlights Season 3 Of X" (a title-case run no longer joins
   "Greenlights" to the network), a British "X returning for series 3", "X S3 Confirmed".

Cells the branch still misses (or reads with a false fact beside) are ``LEFT``, strict xfail:
a cell fixed later must leave the list. All titles, networks and people are invented.
"""

from __future__ import annotations

import pytest
from articles import explained, facts_of
from headline_styles import PUBLISHED, Cell, cells, outcome

from monitor.extract.shows import normalise_title

#: The grid's cells the branch does not read right (MEASUREMENTS round 35, r35headlines):
#: a numbered title the body cuts ("Precinct 9" → "Precinct": titles with numbers are
#: r35numbers'), a place-shaped one-word title named only in the headline, a listing's
#: parenthesised unknown network taken for the show, a season-less "Has Been Cancelled!",
#: a colon headline whose decision names the show as "Drama".
LEFT = frozenset(line for line in """
""".split())

GRID = [pytest.param(c, id=c.id, marks=pytest.mark.xfail(strict=True, reason="left"))
        if c.id in LEFT else pytest.param(c, id=c.id) for c in cells()]


@pytest.mark.parametrize("cell", GRID)
def test_headline_cell(cell: Cell) -> None:
    right, false = outcome(cell)
    assert right and not false, cell.article()


CUE = "The Kestrel drama Salt Road follows three sisters who run a failing hotel."

#: Headlines of another sense, and names that stay a person's or a place's: their facts (as
#: (show, kind), normalised) are the ones listed, on the base and on the branch.
CONTROLS = [
    ("film_wraps_filming", "'Salt Road' Movie Wraps Filming In Prague",
     "The Kestrel film Salt Road stars Jane Doe as a hotel owner.", set()),
    ("person_renews_vows", "Maggie Stone Renews Her Vows In Havana",
     "Maggie Stone said the ceremony was small.", set()),
    ("actor_exits_before_season", "Jane Doe Exits Salt Road Ahead Of Season 3", CUE, set()),
    ("renewed_interest", "Renewed Interest In Salt Road After Finale", CUE, set()),
    ("how_it_was_made", "How Salt Road Was Made", CUE, set()),
    ("actor_axed_from_show", "Jane Doe Axed From Salt Road After Two Seasons", CUE, set()),
    ("actor_returns_for_season", "Maggie Stone Returns For Season 3",
     CUE + " Maggie Stone plays the eldest sister.", set()),
    ("place_event_cancelled", "Havana Carnival Cancelled After Storm",
     "Organisers in Havana said the parade would not go ahead.", set()),
    ("place_in_show_season", "Salt Road Season 3 Will Be Set In Havana", CUE, set()),
    ("person_said_in_body", "Maggie Stone Renewed For Season 3 At Kestrel",
     "Maggie Stone said she was thrilled to return to the hotel.", set()),
    ("network_renews_known_show", "Kestrel Renews Salt Road For Season 3", CUE,
     {("salt road", "renewed")}),
]


@pytest.mark.parametrize("headline,body,want", [c[1:] for c in CONTROLS],
                         ids=[c[0] for c in CONTROLS])
def test_control(headline: str, body: str, want: set[tuple[str, str]]) -> None:
    got = {(normalise_title(f.show), f.kind) for f in facts_of(body, headline, PUBLISHED)}
    assert got == want


def test_explain_names_the_headline_decision_rule() -> None:
    assert "title.keep.headline_decision" in explained(
        "Havana follows three sisters. Fans of Havana have waited a long time.",
        "Havana Renewed For Season 3 At Kestrel", published=PUBLISHED)
