"""The generated grids' shared tally (round 38): each cell counted under each of its axes
(cells / right / missed / false) and printed as one table.

A grid gives its cells, its ``outcome`` (right, false) per cell, the axis keys a cell is
counted under (``("kind", "renewed")``, ``("all", "all")``; a one-part key for a grid of one
axis), and how a wrong cell is shown under ``-v``. A cell is *right* when its expected facts
are there and nothing false is; *missed* when they are not; *false* when anything false is
(a cell may be both missed and false).
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

AnyCell = TypeVar("AnyCell")
Key = tuple[str, ...]
Tally = Counter[tuple[Key, str]]
COLUMNS = ("cells", "right", "missed", "false")


@dataclass(frozen=True)
class Cell:
    """One generated passage over two or three titles (A, B, C), the grids' shared cell
    (round 40's tidy: ``slate_grid``, ``decisions_unseen_grid``, ``headcase_grid`` and
    ``story_grid`` spelt it alike): its house style, wording name, axis, the checks (kind,
    letters: the titles the kind must go to exactly, or after "!" must not), the title shape,
    the body, the titles, and its headline where the grid writes one."""

    house: str
    name: str
    axis: str
    checks: tuple[tuple[str, str], ...]
    shape: str
    body: str
    titles: tuple[str, ...]
    headline: str = ""

    @property
    def id(self) -> str:
        return f"{self.axis}-{self.house}-{self.name}-{self.shape}"

    def wanted(self, kind: str) -> tuple[bool, set[str]]:
        """(exact, shows): the shows the kind must go to exactly, or (False) must not."""
        letters = dict(self.checks)[kind]
        shows = {self.titles["ABC".index(letter)] for letter in letters.lstrip("!")}
        return not letters.startswith("!"), shows


#: What a grid reads of the facts before it checks them (story_reports_grid adds derived
#: kinds, list_vouch_grid the titles kept, kinds_unseen_grid drops the undated premieres).
Reader = Callable[[Iterable[Any]], Iterable[Any]]

#: The title shapes several grids write over, each with as many titles as a grid takes
#: (A, B, C): name -> titles (round 41's tidy: nine grids spelt these alike).
TITLE_SHAPES: dict[str, tuple[str, ...]] = {
    "words": ("Salt Road", "Lantern House", "Copper Vale"),
    "the_x": ("The Glass Orchard", "The Night Ferry", "The Tin Roof"),
    "three_words": ("Harbour of Lights", "Night Ferry Blues", "Keeper of Bells"),
    "one_word": ("Quillmarsh", "Ferrowby", "Brackenhurst"),
    "possessive": ("Mabel's Kitchen", "Tobin's Crossing", "Nell's Harbour"),
    "colon": ("Salt Road: Origins", "Copper Vale: Nightfall", "Lantern House: Ashes"),
}


def title_shapes(*names: str, titles: int = 3) -> dict[str, tuple[str, ...]]:
    """The shared title shapes ``names``, in that order, each with its first ``titles``
    titles."""
    return {name: TITLE_SHAPES[name][:titles] for name in names}


#: Per checked kind, the shows missed and the shows given it wrongly.
ShowsDiff = dict[str, tuple[set[str], set[str]]]


def shows_diff(facts: Iterable[Any], checks: Iterable[tuple[str, str]],
               wanted: Callable[[str], tuple[bool, set[str]]]) -> tuple[bool, ShowsDiff]:
    """(right, per checked kind the shows missed and the shows given it wrongly) of the facts
    a cell's passage gave: ``wanted(kind)`` is (exact, shows), the shows the kind must go to
    exactly, or (not exact) must not go to (the lead's merge of round 39: four grids spelt
    this alike)."""
    from monitor.extract.shows import normalise_title

    facts = list(facts)
    diff: ShowsDiff = {}
    for kind, _ in checks:
        got = {normalise_title(f.show) for f in facts if f.kind == kind}
        exact, shows = wanted(kind)
        want = {normalise_title(show) for show in shows}
        diff[kind] = (want - got, got - want) if exact else (set(), got & want)
    return all(not missed and not false for missed, false in diff.values()), diff


def found_and_false(diff: dict[str, tuple[set[Any], set[Any]]]
                    ) -> tuple[bool, dict[str, tuple[set[Any], set[Any]]] | None]:
    """A per-kind diff as ``tally`` counts it: (every wanted show found, the diff when
    anything false is in it)."""
    found = all(not missed for missed, _ in diff.values())
    return found, (diff if any(false for _, false in diff.values()) else None)


def tally(cells: Iterable[AnyCell], outcome: Callable[[AnyCell], tuple[bool, Any]],
          axes: Callable[[AnyCell], Iterable[Key]],
          show: Callable[[AnyCell, bool, Any], str] | None = None,
          verbose: bool = False) -> Tally:
    """Count every cell under each of its ``axes`` keys; print ``show(cell, right, false)``
    for each missed or false cell when ``verbose``."""
    counts: Tally = Counter()
    for cell in cells:
        right, false = outcome(cell)
        for key in axes(cell):
            counts[(key, "cells")] += 1
            counts[(key, "right")] += right and not false
            counts[(key, "missed")] += not right
            counts[(key, "false")] += bool(false)
        if verbose and show is not None and (not right or false):
            print(show(cell, right, false))
    return counts


def table(counts: Tally, headers: Sequence[str], widths: Sequence[int],
          sort: bool = True) -> list[str]:
    """The tally's lines: a header, then one row per key (sorted, or in the order first
    counted), its parts padded to ``widths``."""
    keys = list(dict.fromkeys(key for key, _ in counts))
    if sort:
        keys.sort()

    def pad(parts: Sequence[str]) -> str:
        return " ".join(f"{part:{width}}" for part, width in zip(parts, widths, strict=True))

    lines = [f"{pad(headers)} {' '.join(COLUMNS)}"]
    lines += [f"{pad(key)} {counts[(key, 'cells')]:5} {counts[(key, 'right')]:5} "
              f"{counts[(key, 'missed')]:6} {counts[(key, 'false')]:5}" for key in keys]
    return lines


def run(cells: Iterable[AnyCell], outcome: Callable[[AnyCell], tuple[bool, Any]],
        axes: Callable[[AnyCell], Iterable[Key]], show: Callable[[AnyCell, bool, Any], str],
        headers: Sequence[str] = ("axis", "value"), widths: Sequence[int] = (6, 10),
        sort: bool = True, argv: Sequence[str] | None = None) -> int:
    """A grid's ``main``: tally its cells (``-v`` in ``argv`` lists the wrong ones) and print
    the table."""
    verbose = "-v" in (sys.argv if argv is None else argv)
    for line in table(tally(cells, outcome, axes, show, verbose), headers, widths, sort):
        print(line)
    return 0


def by_axis_house_shape(cell: Any) -> tuple[Key, ...]:
    """The keys most grids count a cell under: its axis, house, shape, and all."""
    return (("axis", cell.axis), ("house", cell.house), ("shape", cell.shape), ("all", "all"))


def run_found(cells: Iterable[AnyCell], diff: Callable[[AnyCell], ShowsDiff],
              show: Callable[[AnyCell, bool, Any], str], widths: Sequence[int] = (6, 12),
              axes: Callable[[AnyCell], Iterable[Key]] = by_axis_house_shape,
              argv: Sequence[str] | None = None) -> int:
    """``run`` for a grid whose cell's outcome is its per-kind shows ``diff``: right when
    every wanted show is found, false when any show is given wrongly (``found_and_false``),
    counted by axis, house and shape unless ``axes`` says otherwise (round 40's tidy: ten
    grids spelt this call alike)."""
    return run(cells, lambda cell: found_and_false(diff(cell)), axes, show, widths=widths,
               argv=argv)


#: What a round test leaves of its cells: a reason per cell id, the ids left (each for the
#: one ``reason``), or a function giving a cell's reason (None: the cell should pass).
Left = Mapping[str, str] | Collection[str] | Callable[[Any], str | None]


def _why_left(left: Left, reason: str) -> Callable[[Any], str | None]:
    if isinstance(left, Mapping):
        return lambda cell: left.get(cell.id)
    if callable(left):
        return left
    return lambda cell: reason if cell.id in left else None


def params(cells: Iterable[Any], left: Left = (), reason: str = "left") -> list[Any]:
    """A round test's cells as pytest params, each under its ``id``, a strict xfail where
    ``left`` gives it a reason (round 41's tidy: the round tests of rounds 34 to 40 spelt
    this each on its own)."""
    import pytest

    why = _why_left(left, reason)
    out = []
    for cell in cells:
        because = why(cell)
        marks = [pytest.mark.xfail(strict=True, reason=because)] if because else []
        out.append(pytest.param(cell, id=cell.id, marks=marks))
    return out


def check_outcome(outcome: Callable[[AnyCell], tuple[bool, Any]], cell: AnyCell) -> None:
    """A round test's check of one cell: its expected facts there and nothing false."""
    right, false = outcome(cell)
    assert right, cell
    assert not false, false


def verdict_tables(cells: Iterable[AnyCell], judge: Callable[[AnyCell], tuple[str, bool, str]],
                   axes: Callable[[AnyCell], Sequence[str]], names: Sequence[str],
                   columns: Sequence[tuple[str, str]], verbose: bool = False) -> None:
    """The other tally of the grids of one verdict a cell (``premiere_grid``,
    ``date_choice_grid``): ``judge(cell)`` gives the verdict ("right", "missed",
    "wrong-date" …), whether a false fact stands beside it, and the line ``verbose`` prints
    for a verdict not right; ``axes(cell)`` its key in each table of ``names``. Prints each
    table (its ``columns``: (header, verdict), each as wide as its header), then the total of
    the first table's verdicts."""
    tables: list[dict[str, Counter[str]]] = [{} for _ in names]
    for cell in cells:
        verdict, false, line = judge(cell)
        for table, key in zip(tables, axes(cell), strict=True):
            table.setdefault(key, Counter())[verdict] += 1
            if false:
                table[key]["false"] += 1
        if verbose and verdict != "right":
            print(line)
    for name, table in zip(names, tables, strict=True):
        print(f"\n{name:20} {' '.join(header for header, _ in columns)}")
        for key, counts in table.items():
            print(f"{key:20} " + " ".join(f"{counts[verdict]:{len(header)}}"
                                          for header, verdict in columns))
    total = Counter[str]()
    for counts in tables[0].values():
        total.update(counts)
    print("total", dict(total))
