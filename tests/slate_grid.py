"""A network's slate told before its shows are named: a generated grid (round 38, r38slate).

Round 37's census of the sealed fold found its eight renewals told of "its/their X" before
the show is named all in articles naming two shows or more; round 38's split them further:
another show is named before the trigger sentence in every one, the missed show is named
two or more sentences later, mostly in a sentence naming other shows, and that sentence only
describes it. That reads as a network's slate or a round-up: "Kestrel has renewed two of its
dramas and cancelled a third. Salt Road, the fishing drama from Ann Leary, will return for a
third season, as will Lantern House. Copper Vale, though, will not be back." This grid
writes slates of two and three shows in trade, wire, press-release, UK-press and fan-site
styles: the decisions told first by a count of the network's shows, the names given one to
three sentences later as a sentence's subject, a list, "as will X" or "and so is X"; and
controls where a later-named show has another status, is named only in passing, was named
before, or fewer shows are named than counted.

Each passage is written over four title shapes. ``python tests/slate_grid.py [-v]`` prints
the counts (right, wrong) by house, shape and axis. A cell is right when, for each kind it
checks, the shows given that kind are exactly the ones it wants. All titles, networks and
people are invented.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from types import SimpleNamespace
from typing import Any

import grid_tally
from grid_tally import Cell, Reader

#: Title triples: name -> (A, B, C).
SHAPES: dict[str, tuple[str, ...]] = grid_tally.title_shapes("words", "the_x", "three_words",
                                                             "one_word")

NETWORK = "Kestrel"

#: (house, name, axis, checks, body): checks maps a kind to the shows ("ABC" letters) it must
#: give exactly, or after "!" the shows it must not give; templates take A, B, C (titles)
#: and N (network).
PASSAGES: list[tuple[str, str, str, dict[str, str], str]] = [
    # the names given in the sentences after the count
    ("trade", "renewed_two_cancelled_third_as_will", "slate",
     {"renewed": "AB", "cancelled": "C"},
     "{N} has renewed two of its dramas and cancelled a third. {A}, the fishing drama from "
     "Ann Leary, will return for a third season, as will {B}. {C}, though, will not be back."),
    ("trade", "renewed_two_described", "slate", {"renewed": "AB"},
     "{N} has renewed two of its dramas. {A}, the fishing drama from Ann Leary, follows "
     "three sisters in a harbour town. {B}, a legal drama, stars Mara Quell as a barrister."),
    ("wire", "cancelled_both_listed", "slate", {"cancelled": "AB"},
     "{N} said it had cancelled both of its late-night comedies. {A} and {B} drew fewer "
     "than a million viewers each, the network said."),
    ("press", "premiere_two_described", "slate", {"premiere": "AB"},
     "{N} will premiere two of its new dramas in May. {A} follows three sisters in a "
     "harbour town. {B}, written by Ann Leary, stars Mara Quell as a detective."),
    ("uk", "another_series_but_axed_third", "slate", {"renewed": "AB", "cancelled": "C"},
     "{N} has renewed two of its dramas for another series but axed a third. {A} and {B} "
     "will both return next year. {C}, which starred Ann Leary, has been dropped after two "
     "series."),
    ("fan", "and_so_is_the_third_done", "slate", {"renewed": "AB", "cancelled": "C"},
     "Good news and bad news: {N} has renewed two of their comedies and cancelled the "
     "third! {A} is coming back, and so is {B}. {C} is done, sadly."),
    ("wire", "cancelled_three_listed_wont_return", "slate", {"cancelled": "ABC"},
     "{N} has cancelled three of its dramas, the network said. {A}, {B} and {C} will not "
     "return next season."),
    ("trade", "two_of_owner_passive", "slate", {"renewed": "AB"},
     "Two of {N}'s dramas have been renewed. {A} will return for a third season, and {B} "
     "for a second."),
    ("trade", "named_before_then_two_more", "slate", {"renewed": "ABC"},
     "{N} has renewed {A} for a fourth season. The network has also renewed two of its "
     "comedies. {B} and {C} will each return next year."),
    ("press", "their_two_one_later", "slate", {"renewed": "AB"},
     "The network confirmed on Monday that its two crime dramas have been renewed. The "
     "announcement came after a strong autumn. {A} and {B} will each return in 2027."),
    # controls: a show the slate does not take
    # a later-named show told with a contrary status: the count is not resolved
    ("trade", "second_has_another_status", "contrary", {"renewed": "", "cancelled": "B"},
     "{N} has renewed two of its dramas. {A} follows three sisters in a harbour town. {B}, "
     "though, has been cancelled after one season."),
    ("wire", "named_in_passing", "control", {"renewed": ""},
     "{N} has renewed two of its dramas. In a statement, the network praised the writers of "
     "{A}."),
    ("trade", "named_before_both", "control", {"renewed": "!C"},
     "{N} airs {A} and {B} on Sundays. It has renewed both of the dramas. {C} follows three "
     "sisters in a harbour town."),
    ("uk", "fewer_than_counted", "control", {"cancelled": ""},
     "{N} has axed three of its comedies. {A} drew fewer than a million viewers."),
    ("fan", "both_return_not_cancelled", "control", {"cancelled": ""},
     "{N} has cancelled two of its dramas. {A} and {B}, though, will return for another "
     "season."),
]


def cells(passages: Iterable[tuple[str, str, str, dict[str, str], str]] = PASSAGES,
          shapes: dict[str, tuple[str, ...]] = SHAPES, coda: str = "") -> Iterator[Cell]:
    """Each passage (its body and ``coda``) over each title triple of ``shapes`` (this
    grid's unless given: ``kinds_unseen_grid``, ``list_vouch_grid`` and
    ``decision_target_grid`` write theirs so)."""
    for house, name, axis, checks, body in passages:
        for shape, (a, b, c) in shapes.items():
            yield Cell(house, name, axis, tuple(sorted(checks.items())), shape,
                       (body + coda).format(A=a, B=b, C=c, N=NETWORK), (a, b, c))


PUBLISHED = dt.date(2026, 11, 2)


def _extracted(article: Any) -> Iterator[Any]:
    """The article's facts, extracted when first read (a reader may wrap the extraction)."""
    from monitor.extract.facts import extract_facts

    yield from extract_facts(article)


def outcome(cell: Cell, read: Reader = iter, published: dt.date = PUBLISHED,
            url: str = "https://example.test/news/1"
            ) -> tuple[bool, dict[str, tuple[set[str], set[str]]]]:
    """(right, per checked kind the shows missed and the shows given it wrongly) of the cell's
    one-body article (its headline, else "TV news", as the title; dated ``published``; at
    ``url``, for a grid whose reading needs its slug), over the facts as ``read`` gives them
    (round 41's tidy: ``kinds_unseen_grid``, ``list_vouch_grid``, ``headcase_grid`` and
    ``found_titles_grid`` read theirs so)."""
    from monitor.models import Article

    article = Article(url=url, title=cell.headline or "TV news",
                      text=cell.body, published=published)
    return grid_tally.shows_diff(read(_extracted(article)), cell.checks, cell.wanted)


def with_kept_titles(keep: Callable[[str], bool]) -> Reader:
    """A reader adding to the facts each title the article keeps that ``keep`` takes, as a
    fact of the kind "title" (``list_vouch_grid``, ``found_titles_grid``)."""
    def read(facts: Iterable[Any]) -> list[Any]:
        from monitor.extract import rules

        with rules.tracing() as trace:
            facts = list(facts)
        kept = {title for title, held, _ in trace.titles if held and keep(title)}
        return [*facts, *(SimpleNamespace(show=title, kind="title") for title in kept)]

    return read


def main() -> int:
    return grid_tally.run_found(
        cells(), lambda cell: outcome(cell)[1],
        lambda c, right, diff: f"{c.id}: {outcome(c)[1]} :: {c.body}")


if __name__ == "__main__":
    raise SystemExit(main())
