"""Static ReDoS check over every regular expression of the package (issue 16, finding 1).

Python's ``re`` backtracks, so a pattern can take time quadratic (or worse) in its input: one
fact-extraction pattern took 12 s on a 20 KB line and froze the daemon on a 100 KB one. This
test finds every pattern the package compiles (module globals, patterns inside containers and
``Caseless`` wrappers, and string literals passed to ``re.*`` calls) and analyses each with
regexploit (a maintained-enough static ReDoS finder: it reports a pattern together with an
attack string). regexploit only reports cubic-or-worse backtracking, so each pattern is given
the star(s) that a real use adds:

- a pattern only ever used with ``match``/``fullmatch``, or anchored by ``^``/``\\A``, makes one
  attempt: one leading ``.*`` lifts a quadratic attempt into what regexploit reports;
- any other pattern is searched (``search``, ``finditer``, ``sub``, ``split``...): the engine
  tries it at every position, which is one more star, so two leading ``.*``.

A pattern the analysis flags fails the test with regexploit's attack string, unless it is in
``LINEAR_DESPITE_ANALYSIS`` with the reason the flag is wrong (regexploit ignores
look-behinds, and counts a killer the engine never backtracks into).

regexploit only finds attacks that repeat ONE character. A searched pattern that opens with
several characters and then scans (``<link\\b[^>]*\\bhref=``, also inside a look-ahead) is
quadratic on its opener repeated (``<link<link<link...``: every opener is a start, and every
start scans to the end) and regexploit misses it: our own alternate-feed-link pattern took
seconds on a page of unclosed ``<link`` tags. ``opener_attack`` checks that shape itself, and
proves each finding on the compiled pattern (no timing): the opener repeated is matched by
the pattern's prefix from every repetition to the very end, and the whole pattern fails on it.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import monitor

# regexploit imports sre_parse and sre_constants, deprecated since Python 3.11.
with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from regexploit.ast.sre import SreOpParser
    from regexploit.redos import Redos, find
from re import _compiler as sre_compiler  # noqa: E402  (the parser regexploit uses too)
from re import _constants as sre  # noqa: E402
from re import _parser as sre_parser  # noqa: E402

PACKAGE_DIR = Path(monitor.__file__).parent
#: Methods that make a single attempt at a given position.
SINGLE_ATTEMPT = frozenset({"match", "fullmatch"})
RE_FUNCTIONS = frozenset({"search", "match", "fullmatch", "finditer", "findall",
                          "sub", "subn", "split"})
_GLOBAL_FLAGS = re.compile(r"^\(\?[aiLmsux]+\)")

#: "module.NAME": why regexploit's flag is wrong (check with ``python bench/redos_probe.py``).
LINEAR_DESPITE_ANALYSIS: dict[str, str] = {
    "monitor.extract.patterns._SENTENCE_END_RE":
        "the attack's quote run is consumed by one match, which then moves past it",
    "monitor.extract.shows._CANDIDATE_RUN_RE":
        "its look-behind stops a match from starting inside a run",
    "monitor.ingest.text.PARAGRAPH_BREAK":
        "a run of newlines is one match; spaces cannot start one",
}


@dataclass(frozen=True)
class Found:
    """One pattern of the package and how it is used."""

    where: str
    pattern: str
    flags: int
    searched: bool


def _walk(obj: object, where: str, depth: int = 0) -> Iterator[tuple[str, re.Pattern[str]]]:
    if isinstance(obj, re.Pattern):
        if isinstance(obj.pattern, str):
            yield where, obj
    elif type(obj).__name__ == "LazyPattern":  # compiled on first use (round 28)
        yield from _walk(obj.compiled, where, depth + 1)
    elif type(obj).__name__ == "Caseless":
        yield from _walk(obj.pattern, where, depth + 1)
        yield from _walk(obj._low, where + "(lower)", depth + 1)
    elif depth < 3 and isinstance(obj, dict):
        for key, value in obj.items():
            yield from _walk(value, f"{where}[{key!r}]", depth + 1)
    elif depth < 3 and isinstance(obj, list | tuple | set | frozenset):
        for i, value in enumerate(obj):
            yield from _walk(value, f"{where}[{i}]", depth + 1)


def _methods_used(tree: ast.AST) -> dict[str, set[str]]:
    """{module-level name: the pattern methods called on it} (``NAME.search(...)``)."""
    used: dict[str, set[str]] = {}
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)):
            used.setdefault(node.func.value.id, set()).add(node.func.attr)
    return used


def _literal_calls(tree: ast.AST, module: str) -> Iterator[Found]:
    """``re.search(r"...", text)`` and the like: patterns that are no module global."""
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
                and node.func.attr in RE_FUNCTIONS and node.args):
            continue
        first = node.args[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            flags = re.compile(first.value).flags
            yield Found(f"{module}:{node.lineno}", first.value, flags,
                        node.func.attr not in SINGLE_ATTEMPT)


def package_patterns() -> list[Found]:
    """Every regular expression the package compiles, with how it is used."""
    found: dict[tuple[str, int, bool], Found] = {}
    modules = [importlib.import_module(info.name)
               for info in pkgutil.walk_packages(monitor.__path__, "monitor.")]
    trees = {m.__name__: ast.parse(Path(str(m.__file__)).read_text(encoding="utf-8"))
             for m in modules}
    used: dict[str, set[str]] = {}  # by name across the package: patterns are imported
    for tree in trees.values():
        for name, methods in _methods_used(tree).items():
            used.setdefault(name, set()).update(methods)
    for module in modules:
        tree = trees[module.__name__]
        for name, value in vars(module).items():
            methods = used.get(name, set())
            searched = not methods or not methods <= SINGLE_ATTEMPT
            for where, pattern in _walk(value, f"{module.__name__}.{name}"):
                item = Found(where, pattern.pattern, pattern.flags, searched)
                found.setdefault((item.pattern, item.flags, item.searched), item)
        for item in _literal_calls(tree, module.__name__):
            found.setdefault((item.pattern, item.flags, item.searched), item)
    return sorted(found.values(), key=lambda f: f.where)


#: ``(?<![...])[...]`` or ``(?<![...])[...][...]*`` at the start of a pattern (see below).
_GUARDED_START = re.compile(
    r"^\(\?<!(?P<guard>\[(?:\\.|[^\]\\])+\]|\\[swd])\)"
    r"(?P<first>\[(?:\\.|[^\]\\])+\]|\\[swd])[*+]?"
    r"(?:(?P<run>\[(?:\\.|[^\]\\])+\]|\\[swd])[*+])?")
#: Every character a class could stand for in our text (the BMP is enough for a subset test).
_ALL_CHARACTERS = [chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF]


def starts_once_per_run(body: str, flags: int) -> bool:
    """Whether a searched pattern opens with a look-behind that rejects every start inside a
    run of the characters it opens with: ``(?<![\\w-])[A-Z][\\w-]*...``, ``(?<!\\s)\\s+...``.

    Then the engine tries one start per run instead of one per character, which takes away the
    extra star of searching. regexploit ignores look-behinds, so the test checks this itself:
    the first element's and the run's characters must all be in the guard's class.
    """
    match = _GUARDED_START.match(body)
    if not match:
        return False
    guard = re.compile(match["guard"], flags)
    opening = [re.compile(match[g], flags) for g in ("first", "run") if match[g]]
    return all(guard.fullmatch(c) for c in _ALL_CHARACTERS
               if any(o.fullmatch(c) for o in opening))


def analyse(item: Found) -> list[Redos]:
    """regexploit's findings for one pattern as it is used (see the module docstring)."""
    body = _GLOBAL_FLAGS.sub("", item.pattern)
    anchored = body.startswith(r"\A") or (body.startswith("^") and not item.flags & re.M)
    once = anchored or not item.searched or starts_once_per_run(body, item.flags)
    stars = "(?s:.*)" if once else "(?s:.*.*)"
    parsed = SreOpParser().parse_sre(f"{stars}(?:{body})", item.flags & ~re.UNICODE)
    return find(parsed)


# --- repeated multi-character openers (what regexploit cannot see) ------------------------------

_CHAR_OPS = {sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY}
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}
#: A repeat allowed this many times or more scans "to the end" of a hostile run.
_LONG_REPEAT = 64
#: Characters an opener is built from.
_ALPHABET = [chr(c) for c in range(32, 127)] + list("\n\t’‘“”—–é\u00a0")
_Items = list[tuple[Any, Any]]


def _flat(items: _Items) -> _Items:
    """Items with plain groups opened up (a group with flags or alternatives stays whole)."""
    out: _Items = []
    for op, av in items:
        if op is sre.SUBPATTERN and not av[1] and not av[2] and not any(
                o is sre.BRANCH for o, _ in av[3].data):
            out += _flat(list(av[3].data))
        else:
            out.append((op, av))
    return out


def _find_scan(items: _Items, before: _Items) -> tuple[_Items, Any] | None:
    """(the items up to and including the first long single-character repeat, that repeat)
    when only single characters and zero-width assertions come before it (looking into
    look-aheads too) and at least one character does; else None."""
    for i, (op, av) in enumerate(items):
        if op is sre.ASSERT and av[0] == 1:  # a look-ahead: its own scan counts
            inner = _find_scan(_flat(list(av[1].data)), before + items[:i])
            if inner is not None:
                return inner
            continue
        if op in _ZERO_WIDTH or op in _CHAR_OPS:
            continue
        if (op in _REPEATS and av[1] >= _LONG_REPEAT and len(av[2].data) == 1
                and av[2].data[0][0] in _CHAR_OPS):
            prefix = before + items[:i + 1]
            return (prefix, av) if any(o in _CHAR_OPS for o, _ in prefix[:-1]) else None
        return None
    return None


def opener_attack(item: Found) -> str | None:
    """The repeated opener that makes a searched pattern quadratic, proven on the compiled
    pattern, or None (see the module docstring)."""
    parsed = sre_parser.parse(item.pattern, item.flags)
    found = _find_scan(_flat(list(parsed.data)), [])
    if found is None:
        return None
    prefix_items, repeat = found
    flags = item.flags | parsed.state.flags

    def compiled(items: _Items) -> re.Pattern[str]:
        return sre_compiler.compile(sre_parser.SubPattern(parsed.state, items), flags)

    scan = compiled(list(repeat[2].data))
    choices = []
    for element in prefix_items[:-1]:
        if element[0] in _CHAR_OPS:
            one = compiled([element])
            fits = [c for c in _ALPHABET if one.fullmatch(c) and scan.fullmatch(c)]
            if not fits:
                return None
            choices.append(fits)
    prefix, whole = compiled(prefix_items), re.compile(item.pattern, item.flags)
    for pick in (0, 1, -1):
        unit = "".join(fits[pick] if -len(fits) <= pick < len(fits) else fits[0]
                       for fits in choices)
        attack = unit * 40
        reach = sum(1 for k in range(40) if (m := prefix.match(attack, k * len(unit)))
                    and m.end() == len(attack))
        if reach >= 20 and whole.search(attack) is None:
            return unit
    return None


PATTERNS = package_patterns()


def test_the_check_sees_the_whole_package() -> None:
    names = {p.where.split("[")[0].split("(")[0].rsplit(".", 1)[0] for p in PATTERNS}
    assert {"monitor.extract.facts", "monitor.extract.shows", "monitor.extract.dates",
            "monitor.ingest.text", "monitor.ingest.feeds"} <= names
    assert len(PATTERNS) > 100


@pytest.mark.parametrize("item", PATTERNS, ids=[p.where for p in PATTERNS])
def test_no_super_linear_pattern(item: Found) -> None:
    key = item.where.split("[")[0].split("(")[0]
    flagged = analyse(item)
    if key in LINEAR_DESPITE_ANALYSIS:
        assert flagged, f"{key} is no longer flagged: drop it from LINEAR_DESPITE_ANALYSIS"
        return
    assert not flagged, (
        f"{item.where} backtracks super-linearly ({'searched' if item.searched else 'matched'})"
        f": try {flagged[0].example()}; pattern {item.pattern!r}")


@pytest.mark.parametrize("item", [p for p in PATTERNS if p.searched],
                         ids=[p.where for p in PATTERNS if p.searched])
def test_no_searched_pattern_is_quadratic_on_a_repeated_opener(item: Found) -> None:
    unit = opener_attack(item)
    assert unit is None, (f"{item.where} scans to the end from every start on {unit!r} "
                          f"repeated: stop the scan at the opener's first character; pattern "
                          f"{item.pattern!r}")


@pytest.mark.parametrize("pattern, searched", [
    (r"[A-Z0-9][\w'.-]*\s+\(", True),      # finding 1's shape: a run, then a literal
    (r"(\w+\s*)+x", False),                # nested repeats
    (r"<[^>]+>", True),                    # "<<<<<<" searched
])
def test_the_check_flags_known_quadratic_shapes(pattern: str, searched: bool) -> None:
    assert analyse(Found("example", pattern, re.compile(pattern).flags, searched))


@pytest.mark.parametrize("pattern, searched", [
    (r"(?<![\w'.-])[A-Z0-9][\w'.-]{0,60}\s+\(", True),
    (r"^[A-Za-z_][A-Za-z0-9_]*$", False),
    (r"<[^<>]+>", True),
])
def test_the_check_passes_linear_forms(pattern: str, searched: bool) -> None:
    assert not analyse(Found("example", pattern, re.compile(pattern).flags, searched))


@pytest.mark.parametrize("pattern, unit", [
    (r"<link\b(?=[^>]*\brel=[\"']?alternate)[^>]*\bhref=[\"']([^\"'>]+)", "<link"),  # was ours
    (r"<a\b[^>]*>", "<a"),
    (r"(?i)\bstarring\s[^.]*\.", "starring "),
])
def test_the_opener_check_flags_quadratic_openers(pattern: str, unit: str) -> None:
    found = opener_attack(Found("example", pattern, re.compile(pattern).flags, True))
    assert found is not None and found.lower() == unit.lower()


@pytest.mark.parametrize("pattern", [
    r"<link\b(?=[^<>]*\brel=[\"']?alternate)[^<>]*\bhref=[\"']([^\"'<>]+)",  # ours now
    r"<a\b[^<>]*>",
    r"(?<![\w'.-])[A-Z0-9][\w'.-]{0,60}\s+\(",
    r"<a\b[^>]*",                       # no tail to fail: the first start matches
])
def test_the_opener_check_passes_linear_forms(pattern: str) -> None:
    assert opener_attack(Found("example", pattern, re.compile(pattern).flags, True)) is None
