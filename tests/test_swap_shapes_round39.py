"""Round 39 (r39swapgap): what the rules know by name instead of by shape.

The name-swap evaluation renames the open folds' titles to ordinary words and to first
names, places and calendar words (``scripts/swap_eval.py``); every fact a copy loses beyond the
renaming is a reading that knows a word. Classed over seeds 1–3 of ``titles-as-names`` and
``words`` (MEASUREMENTS, round 39), one class the extractor read by name had a shape the
article itself gives:

1. A show named for its host, "X with Y Z", stayed whole (and "X" alone its alias) only when
   the first-name list knew the host. The article tells it another way: it writes the name as
   a person's, a role before it ("host Y Z", "presenter Y Z") or a speech verb after it ("Y Z
   said"). ``shows._host_like`` reads that (``title.span.host_named``): the title stays whole
   in ``_split_joined`` / ``_joined_known`` and the short form is its alias in
   ``short_forms``. The grid is ``tests/swap_shapes_grid.py``: titles of ordinary words and
   hosts no list knows, in six press styles; cells the branch still misses are ``LEFT``,
   strict xfail (they miss with a known first name too: not a name's class).

2. A capitalised "The" and a calendar word ("The Spring", "The Winter") was no candidate at
   all: ``shows._inert`` dropped it (a season of the year is no ``TIME_TAILS`` word) and the
   lone-word readings (``_names_a_show_as_time`` / ``_as_weekday``) never saw it.
   ``shows._the_time_word`` reads it where the text governs it as it governs the lone word
   (``title.keep.the_time_word``).

And two shapes the swap tool itself wrote wrong (``swap.title_words``): a word with a dropped
"g" ("Workin' Moms" became "Anvil' Brick") and the "-ish" suffix ("black-ish" became
"black-furnace", a lower-case hyphenated word no title is) are kept as they are.

All titles, networks and people are invented.
"""

from __future__ import annotations

import datetime as dt
import re

import grid_tally
import pytest
from swap_shapes_grid import Cell, cells, outcome

from monitor.extract import swap
from monitor.extract.explain import explain
from monitor.models import Article

#: Cells the branch does not read, by shape or house, not by name (a host the first-name list
#: knows misses the same way): a number before "with" ("Night Desk 24 with ...") is cut as
#: the title's number, and a title-case headline's "With" ends the headline's title phrase.
LEFT_SHAPES = frozenset({"number"})
LEFT_HOUSES = frozenset({"headline"})

GRID = grid_tally.params(cells(), lambda c: "left" if c.axis == "host" and (
    c.shape in LEFT_SHAPES or c.house in LEFT_HOUSES) else None)


@pytest.mark.parametrize("cell", GRID)
def test_swap_shapes_cell(cell: Cell) -> None:
    missed, false = outcome(cell)
    assert not missed and not false, (cell.headline, cell.body, missed, false)


def test_explain_names_the_host_rule() -> None:
    article = Article("https://example.test/news/1", "Bloom renewed",
                      "Kestrel has renewed the late-night show Bloom with Wren Talley. Host "
                      "Wren Talley said the writers were thrilled. Bloom will return for its "
                      "third season in the fall.", dt.date(2026, 11, 2))
    facts, text = explain(article)
    assert {(f.show, f.season) for f in facts if f.kind == "renewed"} == {
        ("Bloom with Wren Talley", 3)}
    assert re.search(r"kept +Bloom with Wren Talley: title\.span\.host_named", text)


def test_explain_names_the_time_word_rule() -> None:
    article = Article("https://example.test/news/1", "TV news",
                      "Kestrel has renewed The Spring for a third season.", dt.date(2026, 11, 2))
    facts, text = explain(article)
    assert {(f.show, f.season, f.kind) for f in facts} == {("The Spring", 3, "renewed")}
    assert re.search(r"kept +The Spring: title\.keep\.the_time_word", text)


def test_a_known_host_keeps_its_old_rule() -> None:
    article = Article("https://example.test/news/1", "Bloom renewed",
                      "Kestrel has renewed the late-night show Bloom with Dana Holt. Host "
                      "Dana Holt said the writers were thrilled. Bloom will return for its "
                      "third season in the fall.", dt.date(2026, 11, 2))
    facts, text = explain(article)
    assert {(f.show, f.season) for f in facts if f.kind == "renewed"} == {
        ("Bloom with Dana Holt", 3)}
    assert "host_named" not in text


@pytest.mark.parametrize(("title", "words"), [
    ("Workin' Moms", ["Moms"]),
    ("Workin’ Moms", ["Moms"]),
    ("black-ish", ["black"]),
    ("grown-ish", ["grown"]),
    ("Ish Land", ["Ish", "Land"]),            # a word "Ish" is a word
    ("Robin's Nest", ["Robin", "Nest"]),      # a possessive is no elision
    ("Cabin 'Tales'", ["Cabin", "Tales"]),    # a closing quote after a word not in "-in"
])
def test_swap_title_words_keep_elisions_and_suffixes(title: str, words: list[str]) -> None:
    assert swap.title_words(title) == words
