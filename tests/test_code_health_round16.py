"""Code health, issue 10 round 16: a renewal tracker's entries read once for both of their uses,
and every regex alternation built from a set the same in every process.

A tracker's dated entries serve twice: as renewals (``dated_tracker_facts``, on the text's
lines as written) and as the season and day of the notes after an entry's head (the sentence
loop, on the headed lines). ``tracker_entries`` parses each distinct line once for both and
keeps each reading's own lines: a heading-shaped entry ("... Season 4. Picked up", no full
stop) is among the text's lines but not among the headed ones. Every page and title here is
invented for these tests."""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import inspect
import json
import os
import pkgutil
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from articles import make_article

import monitor.extract
from monitor.extract import deciders, facts
from monitor.extract.facts import dated_tracker_facts, headed_lines, tracker_entries
from monitor.extract.sections import DatedEntry, DatesIn

PUBLISHED = dt.date(2031, 6, 10)
HEADLINE = "Cable scorecard 2031"

_TRACKER = (
    "Updated through the summer. The list so far:\n\n"
    "NBC “Glass Harbor”, June 3, 2031. Season 3. 12 more episodes.\n\n"
    "[Kestrel] “Tin Roof”, May 28, 2031. Season 2. Renewed early, ahead of its finale.\n\n"
    "HBO “Copper Field”, May 20, 2031, Season 4. Picked up\n\n"
    "FX “Salt Road”, May 12. Season 2. 8 episode order\n\n"
    "AMC “Dune Street” May 2, 2031. Season 5. Back next spring.\n")


def _reading(text: str) -> tuple[facts.TrackerEntries, list[str]]:
    article = make_article(text, HEADLINE, PUBLISHED, "https://news.example/tracker")
    headed = [line for line, *_ in headed_lines(article.text, article.title)]
    return tracker_entries(article, headed), headed


def test_each_tracker_line_is_parsed_once_for_both_readings(
        monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: Counter[str] = Counter()
    real = facts.dated_entry

    def counting(line: str, dates_in: DatesIn) -> DatedEntry | None:
        parsed[line] += 1
        return real(line, dates_in)

    monkeypatch.setattr(facts, "dated_entry", counting)
    reading, headed = _reading(_TRACKER)
    assert len(reading.in_text) == 5
    assert len(reading.by_headed_line) == 3
    # the lines both readings hold were parsed once, not once a reading
    assert set(parsed.values()) == {1}
    assert {e.line for e in reading.by_headed_line.values()} <= {e.line for e in reading.in_text}
    # the headed entries stand at their own lines' numbers
    assert all(headed[n] == e.line for n, e in reading.by_headed_line.items())


def test_each_reading_keeps_its_own_lines() -> None:
    reading, _ = _reading(_TRACKER)
    in_text = [e.title for e in reading.in_text]
    headed = [e.title for _, e in sorted(reading.by_headed_line.items())]
    assert in_text == ["Glass Harbor", "Tin Roof", "Copper Field", "Salt Road", "Dune Street"]
    # a line with no full stop and few words is a heading to the sentence loop
    assert headed == ["Glass Harbor", "Tin Roof", "Dune Street"]
    renewed = {(f.show, f.season, f.date) for f in dated_tracker_facts(
        make_article(_TRACKER, HEADLINE, PUBLISHED, "https://news.example/tracker"),
        reading.in_text)}
    assert ("Copper Field", 4, "2031-05-20") in renewed
    assert ("Salt Road", 2, "2031-05-12") in renewed


def test_fewer_than_three_headed_entries_make_no_tracker_page() -> None:
    two_headed = _TRACKER.replace("Season 5. Back next spring.", "Season 5. Back")
    reading, _ = _reading(two_headed)
    assert len(reading.in_text) == 5
    assert reading.by_headed_line == {}


# --- patterns built from sets: the same text under every hash seed -----------------------------


def _patterns(value: object, path: str, seen: set[int]) -> Iterator[tuple[str, str]]:
    """(where, pattern text) of every compiled pattern inside a module-level value: a
    pattern, a container of them, a dataclass or a ``Caseless`` holding them."""
    if isinstance(value, re.Pattern):
        yield path, value.pattern
        return
    if type(value).__name__ == "LazyPattern":  # compiled on first use (round 28): its text
        yield path, value.pattern
        return
    if id(value) in seen or isinstance(value, (str, bytes, int, float, type)) or \
            inspect.ismodule(value) or inspect.isroutine(value):
        return
    seen.add(id(value))
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _patterns(item, f"{path}[{key!r}]", seen)
    elif isinstance(value, (list, tuple)):
        for number, item in enumerate(value):
            yield from _patterns(item, f"{path}[{number}]", seen)
    elif type(value).__module__.startswith("monitor.") and hasattr(value, "__dict__"):
        for name, item in vars(value).items():
            yield from _patterns(item, f"{path}.{name}", seen)


def pattern_texts() -> dict[str, str]:
    """Every pattern the extractor's modules hold or build once (their memoised builders
    that take no argument), by where it is: what the test compares across hash seeds."""
    texts: dict[str, str] = {}
    for info in pkgutil.iter_modules(monitor.extract.__path__, "monitor.extract."):
        module = importlib.import_module(info.name)
        for name, value in sorted(vars(module).items()):
            where = f"{info.name}.{name}"
            if isinstance(value, functools._lru_cache_wrapper) and value.__module__ == info.name \
                    and not inspect.signature(value).parameters:
                where, value = f"{where}()", value()
            texts.update(_patterns(value, where, set()))
    return texts


def _texts_under(seed: str) -> dict[str, str]:
    out = subprocess.run([sys.executable, __file__], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONHASHSEED": seed}, cwd=Path(__file__).parent)
    texts: dict[str, str] = json.loads(out.stdout)
    return texts


def test_patterns_built_from_sets_do_not_depend_on_the_hash_seed() -> None:
    first, second = _texts_under("1"), _texts_under("2")
    assert len(first) > 400  # the walk reaches the extractor's patterns
    assert "monitor.extract.rules._attached_thing_res()[0]" in first
    assert [where for where in first if first[where] != second.get(where)] == []
    assert first.keys() == second.keys()


if __name__ == "__main__":  # the subprocess of the test above: one hash seed's patterns
    print(json.dumps(pattern_texts()))


@pytest.mark.parametrize("line", [
    "Kestrel renews Kestrel Play; Kestrel's slate, Kestrel_2 and (Kestrel) Kestrel",
    "Kestrel Kestrel Kestrel", "aKestrel Kestrel’s Kestrel-Play Kestrel", "", "Kestrel",
    "Édith Kestrel Kestrelé Kestrel1 Kestrel.",
])
@pytest.mark.parametrize("name", ["Kestrel", "Kestrel Kestrel", "Kestrel Play"])
def test_whole_word_spans_are_what_a_bounded_pattern_finds(name: str, line: str) -> None:
    """``deciders.whole_word_spans`` (plain search, for speed) finds what the per-title pattern
    it replaced found."""
    pattern = re.compile(rf"(?<![\w'’]){re.escape(name)}(?![\w'’])")
    assert list(deciders.whole_word_spans(name, line)) == [m.span() for m in
                                                        pattern.finditer(line)]
