"""The season of a show the article calls new, where it calls it so in another sentence: a
generated grid (round 41, r41new).

r41season's census found the sealed fold's largest season class a season-less fact where the
label numbers the season, nearly all in articles that call a show new. r41new's census
(counts only) split it by the word: the new word most often "new" before a show's kind
("new drama"), written in another sentence than the fact's (never in its own nor in the
headline), naming the show in the same sentence in about half the cases; then "debut" as a
noun. The open folds' forms ("Kestrel's new drama X", "X is a new drama", "X, the new comedy
from ...") are read already (``facts._new_shows``); this grid writes the forms that were not:

- the copula after a relative ("X, which is a new drama for Kestrel,") or after a phrase set
  off by commas ("X, starring Dana Holt, is a new comedy");
- two words between the owner and the new word ("X, Kestrel's hotly anticipated new
  thriller,"), and "brand-new";
- a list of names called new in the plural ("X and Ashford Lane are new dramas");
- a debut still to come in the noun ("X makes its debut on Kestrel on April 4", "X will make
  its series debut in May").

The show is then new: its premiere, shoot and count are of season 1
(``season.called_new_elsewhere``), a renewal of it of season 2 (``season.new_show_elsewhere``).

Controls (the devset's convention: season null where the text does not say it and the show
is not told new, or the season it does say): a returning show's "new season" / "new series"
(UK), "new episodes", "all-new episodes", a show new to a network ("new to Kestrel", "its
streaming debut"), a list called returning, a season numbered
elsewhere. Each wording is written over the shared title shapes (``grid_tally.title_shapes``,
their first title) and a numbered title.

A cell is *right* when, for each kind it expects, the show's facts of that kind have exactly
the expected seasons (``None`` for no season); *false* when the show has a fact of an expected
kind on another season (``season_grid.outcome``). ``python tests/new_show_season_grid.py
[-v]`` prints the counts by house, axis and title shape. All titles, networks and people are
invented.
"""

from __future__ import annotations

from collections.abc import Iterator

import grid_tally
import season_grid
from season_grid import Cell, Wording, _s, report
from season_grid import outcome as outcome  # the round test reads it here

#: The shared title shapes' first titles, and season_grid's numbered one.
SHAPES: dict[str, str] = {
    **{name: titles[0] for name, titles in grid_tally.title_shapes(
        "words", "the_x", "three_words", "one_word", "possessive", "colon", titles=1).items()},
    "numbered": season_grid.SHAPES["numbered"],
}

#: The other show of a list (no shape's title holds it).
OTHER = "Ashford Lane"

WORDINGS: list[Wording] = [
    # --- the copula after a relative or a set-off phrase -----------------------------------
    Wording("trade", "copula", "which_is_a_new_drama",
            "{T}, which is a new drama for {N}, stars Dana Holt. {T} premieres on {N} on "
            "April 4.", {"premiere": _s(1)}),
    Wording("wire", "copula", "starring_is_a_new_comedy",
            "{T}, starring Dana Holt, is a new comedy from {N}. Filming on {T} began in Leeds "
            "on March 1, the network said.", {"filming_started": _s(1)}),
    Wording("release", "copula", "from_creator_is_new_thriller",
            "{T}, from the creator of Tin Harbour, is the newest thriller on {N}. {T} will "
            "premiere on Thursday, April 4.", {"premiere": _s(1)}),
    Wording("fan", "copula", "which_is_new_renewed",
            "Great news! {N} has renewed {T}. {T}, which was a new comedy for {N} this year, "
            "drew four million viewers.", {"renewed": _s(2)}),
    # --- words between owner and new word; brand-new -----------------------------------------
    Wording("trade", "owner_words", "hotly_anticipated_new",
            "{T}, {N}'s hotly anticipated new thriller, follows a detective in Leeds. {T} "
            "premieres on April 4.", {"premiere": _s(1)}),
    Wording("uk", "owner_words", "brand_new_drama_shoot",
            "{T} is a brand-new drama from {N}. Filming on {T} began in Glasgow on March 1.",
            {"filming_started": _s(1)}),
    Wording("fan", "owner_words", "brand_new_apposed",
            "{T}, a brand-new comedy, stars Dana Holt. {T} premieres on {N} on April 4!",
            {"premiere": _s(1)}),
    # --- a list called new in the plural ----------------------------------------------------
    Wording("trade", "new_list", "and_are_new_dramas",
            "{T} and " + OTHER + " are new dramas from {N}. {T} premieres on {N} on April 4. "
            + OTHER + " premieres on May 9.", {"premiere": _s(1)}),
    Wording("wire", "new_list", "are_among_new_comedies",
            OTHER + " and {T} are among {N}'s new comedies this spring. Filming on {T} began "
            "in Leeds on March 1. " + OTHER + " premieres on May 9.",
            {"filming_started": _s(1)}),
    # --- a debut to come, in the noun ---------------------------------------------------------
    # (a bare "makes its debut" / "is set to make its debut" keeps no season at the lead's
    # merge — a show moving networks makes its debut too: round 37's place controls)
    Wording("wire", "debut_noun", "makes_its_debut",
            "Dana Holt leads the cast of {T}. {T} makes its debut on {N} on April 4.",
            {"premiere": _s(None)}),
    Wording("trade", "debut_noun", "will_make_series_debut",
            "{T} will make its series debut on {N} on April 4, the network said on Monday.",
            {"premiere": _s(1)}),
    Wording("uk", "debut_noun", "set_to_make_debut_shoot",
            "{T} is set to make its debut on {N} in the autumn. Filming on {T} began in "
            "Glasgow on March 1.", {"filming_started": _s(None)}),
    # --- controls -----------------------------------------------------------------------------
    Wording("trade", "control", "back_for_new_season",
            "{T}, which is back for a new season, premieres on {N} on April 4.",
            {"premiere": _s(None)}),
    Wording("uk", "control", "starring_back_for_new_series",
            "{T}, starring Dana Holt, is back for a new series on {N}. {T} returns on April 4.",
            {"premiere": _s(None)}),
    Wording("wire", "control", "returns_with_new_episodes",
            "Dana Holt leads the cast of {T}. {T} returns to {N} on April 4 with new episodes.",
            {"premiere": _s(None)}),
    Wording("fan", "control", "all_new_episodes",
            "Dana Holt leads the cast of {T}. {T} returns to {N} on April 4 with all-new "
            "episodes!", {"premiere": _s(None)}),
    Wording("release", "control", "new_to_network",
            "Dana Holt leads the cast of {T}. {T}, which is new to {N}, premieres there on "
            "April 4.", {"premiere": _s(None)}),
    Wording("wire", "control", "makes_its_streaming_debut",
            "Dana Holt leads the cast of {T}. {T} makes its streaming debut on {N} on April 4.",
            {"premiere": _s(None)}),
    Wording("trade", "control", "list_returning",
            "{T} and " + OTHER + " are returning dramas on {N}. {T} premieres on April 4. "
            + OTHER + " premieres on May 9.", {"premiere": _s(None)}),
    Wording("release", "control", "brand_new_season_numbered",
            "{T}, starring Dana Holt, is a new drama from {N}. Season 2 of {T} premieres on "
            "April 4.", {"premiere": _s(2)}),
    Wording("uk", "control", "which_is_a_new_series_of",
            "{T}, which is a new series of the panel show, starts on {N} on April 4.",
            {"premiere": _s(None)}),
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
