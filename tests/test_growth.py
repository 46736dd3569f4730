"""The work of reading an article grows linearly with its size (issue 16, finding 1).

The ReDoS check sees regular expressions only; the pages the long fuzz run found over budget
were slow in plain Python (a loop over every show mention for every clause break of a 220 KB
headline). bench/growth.py counts the work (Python line and call events: deterministic, not a
time) of reading hostile shapes at n, 2n and 4n characters; here a selection of its shapes runs
at small sizes, including the two that found quadratic code. The rewritten helpers are checked
against the plain versions they replaced, on random inputs.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import growth  # noqa: E402

from monitor.extract import facts, shows  # noqa: E402
from monitor.extract.shows import Mention  # noqa: E402

#: Shape -> its smallest size: past the 2,000-character line cap from the first size on, and
#: large enough for the quadratic term to show (the titles' only past some hundreds of titles).
IN_SUITE = {
    "headline of 'Salt Road, '": 3000,           # the fuzz run's two pages over budget
    "one line of 'Salt Road renewed, '": 3000,
    "one line of 'renewed June 5 '": 3000,
    "one line of 'HBO renewed Salt Road for season 3 in 2025; '": 3000,
    "renewed titles": 3000,                      # thousands of titles in one article
    "people and titles": 3000,
    "long titles": 3000,
    "title lines": 12000,                        # headed sections: 'Title: renewed' lines
    "html paragraphs": 3000,
    "html list items": 3000,
}


@pytest.mark.parametrize("name", IN_SUITE)
def test_reading_an_article_takes_work_linear_in_its_size(name: str) -> None:
    counts = growth.growth(growth.shapes()[name], IN_SUITE[name])
    assert counts[0] > 1000, "the case did not reach the extractor"
    ratio = growth.ratios(counts)[-1]
    assert ratio <= growth.MAX_RATIO, (
        f"{name}: doubling the input multiplied the work by {ratio:.2f} ({counts}); "
        f"see python bench/growth.py --only \"{name}\"")


def test_the_growth_check_flags_quadratic_code() -> None:
    def pairs(text: str) -> int:
        return sum(1 for a in text for b in text if a == b)

    counts = [growth.count_work(pairs, "ab" * size) for size in (100, 200, 400)]
    assert growth.ratios(counts)[-1] > 3.5


def test_every_suite_shape_exists() -> None:
    assert set(IN_SUITE) <= set(growth.shapes())


# --- the rewritten helpers give the same answers as the plain versions they replaced ----------


def _plain_find_names(text: str, names: list[str]) -> list[tuple[int, int, str]]:
    """The str.find-per-name version (quadratic in names x text)."""
    def word(ch: str) -> bool:
        return ch.isalnum() or ch == "_"

    found = []
    for name in names:
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            before = text[at - 1] if at else ""
            after = text[end] if end < len(text) else ""
            if not (before and (word(before) or before == "&")) and not (
                    after and (word(after) or after == "&" or (
                        after == "-" and end + 1 < len(text) and word(text[end + 1])))):
                found.append((at, -len(name), name))
            at = text.find(name, at + 1)
    out, last_end = [], 0
    for start, negative_length, name in sorted(found):
        if start >= last_end:
            out.append((start, start - negative_length, name))
            last_end = start - negative_length
    return out


def _plain_clauses(text: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    bounds = [0]
    asides = facts.aside_marks(text)
    for match in facts._CLAUSE_BREAK_RE.finditer(text):
        if match.start() in asides or any(m.start <= match.start() < m.end for m in mentions):
            continue
        bounds += [match.start(), match.end()]
    bounds.append(len(text))
    return [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds) - 1, 2)]


def _plain_clause_of(clauses: list[tuple[int, int]], position: int) -> tuple[int, int]:
    for start, end in clauses:
        if start <= position < end:
            return start, end
    return clauses[-1] if clauses else (0, 0)


PIECES = ["Salt Road", "Salt", "Road", "Glass Harbor", "Harbor", "R&B", "&", "-", "-ish", "_",
          " ", " ", ", ", "; ", ": ", " - ", "(", ")", "but ", "which ", "é", "Sa", "1", "\n"]


def _random_text(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 40)))


def test_find_names_matches_the_plain_search() -> None:
    rng = random.Random(16)
    for _ in range(3000):
        text = _random_text(rng)
        names = sorted({rng.choice(PIECES).strip() or "Salt" for _ in range(rng.randint(1, 6))},
                       key=len, reverse=True)
        table = shows._name_table(names)
        assert shows._find_names(text, table) == _plain_find_names(text, names), (text, names)


def test_clauses_match_the_plain_scan() -> None:
    rng = random.Random(10)
    for _ in range(3000):
        text = _random_text(rng)
        index = shows.build_index(["Salt Road", "Glass Harbor: Dockside", "Road"])
        mentions = index.mentions(text)
        clauses = facts._clauses(text, mentions)
        assert clauses == _plain_clauses(text, mentions), text
        for position in range(len(text) + 1):
            assert facts._clause_of(clauses, position) == _plain_clause_of(clauses, position)
