"""Issue 14, round 36: the extractor's compiled patterns kept on disk (``patterncache``).

A start that finds the file builds the extractor's patterns from it instead of running re's
compiler; every entry is ``==`` to ``re.compile`` of its text; a file that is corrupt, truncated
or another interpreter's is refused (re compiles, as without a cache); a changed pattern text
misses, and its old entry leaves the file at the rewrite; writing follows bytecode's rules.

The subprocess cells count the calls of ``re._compiler._code`` (re's code generator, which
every compile runs, re's own or the cache's) made under an extractor module's body, so they
count compiles, not time. Controls (pass before the cache too): with the cache off the import
compiles as before, other code's patterns are re's own, the facts are the same.
"""

from __future__ import annotations

import importlib
import json
import os
import re
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

import monitor

TREE = Path(monitor.__file__).resolve().parent.parent

#: A child start: counts re's code generations under an extractor module's body (and under
#: other modules), imports the extractor, reads one invented article, says what it saw.
CHILD = r"""
import json, sys
from re import _compiler
counts = {"extractor": 0, "other": 0}
plain_code = _compiler._code
def counted(*args, **kwargs):
    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_name != "<module>":
        frame = frame.f_back
    name = frame.f_globals.get("__name__", "") if frame is not None else ""
    counts["extractor" if name.startswith("monitor.extract.") else "other"] += 1
    return plain_code(*args, **kwargs)
_compiler._code = counted
import datetime
import monitor.extract.facts
from monitor.extract.facts import extract_facts
from monitor.models import Article
import re
other = re.compile(r"kestrel-(?P<code>[0-9]{3})-other")
facts = extract_facts(Article(
    url="https://example.com/a", title="Kestrel renews Salt Road",
    text=("Kestrel has renewed Salt Road for a third season. Filming on the new season of "
          "Lantern House began in March in Tovrel. Havana premieres June 5."),
    published=datetime.date(2031, 4, 2)))
try:
    from monitor.extract import patterncache
    cache = patterncache.CACHE
    hits, misses = (cache.hits, cache.misses) if cache is not None else (None, None)
except ImportError:
    hits = misses = None
print(json.dumps({"counts": counts, "hits": hits, "misses": misses,
                  "facts": sorted(repr(f) for f in facts)}))
"""


def start(env_value: str) -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
    env["PYTHONPATH"] = str(TREE)
    env["MONITOR_PATTERN_CACHE"] = env_value
    done = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True,
                          text=True, timeout=300, cwd=str(TREE / "tests"))
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.splitlines()[-1])  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def starts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A cold start (no file), a warm one (the file it wrote), and one with the cache off."""
    path = tmp_path_factory.mktemp("patterns") / "cache.marshal"
    cold = start(str(path))
    written = path.is_file()
    size = path.stat().st_size if written else 0
    warm = start(str(path))
    return {"path": path, "cold": cold, "written": written, "size": size, "warm": warm,
            "off": start("off")}


def cache_module() -> Any:
    return importlib.import_module("monitor.extract.patterncache")


# -- new behaviour (fails before the cache) ---------------------------------------------------

def test_a_cold_start_writes_the_file(starts: dict[str, Any]) -> None:
    assert starts["written"] and starts["size"] > 100_000
    assert starts["cold"]["misses"] > 1000 and starts["cold"]["hits"] == 0


def test_a_warm_start_compiles_no_extractor_pattern(starts: dict[str, Any]) -> None:
    assert starts["cold"]["counts"]["extractor"] > 1000  # the counter sees compiles
    assert starts["warm"]["counts"]["extractor"] == 0
    assert starts["warm"]["misses"] == 0 and starts["warm"]["hits"] > 1000


def test_every_entry_equals_re_compile(starts: dict[str, Any]) -> None:
    pc = cache_module()
    groups = pc.read(starts["path"])
    assert groups and all(name.startswith("monitor.extract.") for name in groups)
    entries = [entry for group in groups.values() for entry in group]
    assert len(entries) > 1000
    unequal = []
    for entry in entries:
        text, asked = entry[0], entry[1]
        plain = pc._RE_COMPILE(text, asked)  # re's own compiler, not its cache nor ours
        built = pc.build(entry)
        if built != plain or built.groupindex != plain.groupindex or \
                built.groups != plain.groups:
            unequal.append(text[:60])
    assert not unequal


def _corrupt(kind: str, good: bytes, pc: Any) -> bytes:
    if kind == "truncated":
        return good[: len(good) // 2]
    if kind == "one byte flipped":
        middle = len(good) // 2
        return good[:middle] + bytes([good[middle] ^ 0xFF]) + good[middle + 1:]
    if kind == "empty":
        return b""
    if kind == "not ours":
        return b"\x00" * 64
    if kind == "older format":
        return good.replace(pc.HEADER, pc.HEADER.replace(b"1", b"0"), 1)
    raise AssertionError(kind)


@pytest.mark.parametrize("kind", ["truncated", "one byte flipped", "empty", "not ours",
                                  "older format"])
def test_a_corrupt_file_is_refused(kind: str, tmp_path: Path) -> None:
    pc = cache_module()
    path = tmp_path / "cache.marshal"
    entry = pc.arguments(r"salt (road|house)", 0)
    assert pc.write(path, {"monitor.extract.patterns": [entry]})
    path.write_bytes(_corrupt(kind, path.read_bytes(), pc))
    assert pc.read(path) is None
    cache = pc.PatternCache(path, always_write=True)
    got = cache.compile(r"salt (road|house)", 0, "monitor.extract.patterns")
    assert got == re.compile(r"salt (road|house)") and cache.hits == 0 and cache.misses == 1
    assert cache.save() and pc.read(path) is not None  # rewritten whole


def test_another_interpreters_file_is_refused(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    pc = cache_module()
    path = tmp_path / "cache.marshal"
    monkeypatch.setattr(pc, "interpreter_key", lambda: ("cpython-399", "3.99.0", 1, 4, "big"))
    assert pc.write(path, {"monitor.extract.dates": [pc.arguments(r"\d{4}", 0)]})
    monkeypatch.undo()
    assert pc.read(path) is None
    cache = pc.PatternCache(path)
    assert cache.compile(r"\d{4}", 0, "monitor.extract.dates") == re.compile(r"\d{4}")
    assert (cache.hits, cache.misses) == (0, 1)


def test_code_the_engine_refuses_is_compiled_instead(tmp_path: Path) -> None:
    pc = cache_module()
    path = tmp_path / "cache.marshal"
    text, asked, flags, _code, groups, groupindex, indexgroup = pc.arguments(r"lisbon \w+", 0)
    broken = (text, asked, flags, b"\xff\xff\xff\x7f" * 3, groups, groupindex, indexgroup)
    assert pc.write(path, {"monitor.extract.shows": [broken]})
    cache = pc.PatternCache(path)
    assert cache.compile(text, 0, "monitor.extract.shows") == re.compile(text)
    assert (cache.hits, cache.misses) == (0, 1)


def test_a_changed_pattern_text_misses_and_its_old_entry_leaves(tmp_path: Path) -> None:
    pc = cache_module()
    path = tmp_path / "cache.marshal"
    old, kept = pc.arguments(r"havana (season|series)", 0), pc.arguments(r"tovrel\b", 0)
    gone = pc.arguments(r"copper vale", 0)
    assert pc.write(path, {"monitor.extract.patterns": [old, kept],
                           "monitor.extract.dates": [pc.arguments(r"\d{1,2} [A-Z]\w+", 0)],
                           "monitor.extract.no_such_module": [gone]})
    cache = pc.PatternCache(path, always_write=True)
    new = cache.compile(r"havana (season|series|run)", 0, "monitor.extract.patterns")
    assert new == re.compile(r"havana (season|series|run)")
    assert cache.compile(r"tovrel\b", 0, "monitor.extract.patterns") == re.compile(r"tovrel\b")
    assert (cache.hits, cache.misses) == (1, 1)
    assert cache.save()
    groups = pc.read(path)
    assert [e[0] for e in groups["monitor.extract.patterns"]] == [
        r"havana (season|series|run)", r"tovrel\b"]
    assert [e[0] for e in groups["monitor.extract.dates"]] == [r"\d{1,2} [A-Z]\w+"]
    assert "monitor.extract.no_such_module" not in groups


def test_nothing_compiled_nothing_written(tmp_path: Path) -> None:
    pc = cache_module()
    path = tmp_path / "cache.marshal"
    assert pc.write(path, {"monitor.extract.patterns": [pc.arguments(r"salt road", 0)]})
    before = path.stat().st_mtime_ns
    cache = pc.PatternCache(path, always_write=True)
    cache.compile(r"salt road", 0, "monitor.extract.patterns")
    assert not cache.dirty and not cache.save() and path.stat().st_mtime_ns == before


@pytest.mark.parametrize("named", [False, True], ids=["beside the bytecode", "named path"])
def test_dont_write_bytecode(named: bool, tmp_path: Path,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    pc = cache_module()
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    path = tmp_path / "cache.marshal"
    cache = pc.PatternCache(path, always_write=named)
    cache.compile(r"lantern house", 0, "monitor.extract.patterns")
    assert cache.save() is named and path.exists() is named


def test_an_unwritable_place_is_no_error(tmp_path: Path) -> None:
    pc = cache_module()
    blocker = tmp_path / "a file, not a directory"
    blocker.write_text("x")
    cache = pc.PatternCache(blocker / "cache.marshal", always_write=True)
    assert cache.compile(r"kestrel", 0, "monitor.extract.patterns") == re.compile("kestrel")
    assert cache.save() is False
    assert list(tmp_path.iterdir()) == [blocker]


def test_writers_at_once_leave_a_whole_file(tmp_path: Path) -> None:
    pc = cache_module()
    path = tmp_path / "cache.marshal"
    sets = [{f"monitor.extract.m{n}": [pc.arguments(f"salt road {n}" + r"\d" * k, 0)
                                       for k in range(40)]} for n in range(2)]
    assert pc.write(path, sets[0])
    seen: list[bool] = []

    def writer(groups: dict[str, Any]) -> None:
        for _ in range(15):
            pc.write(path, groups)

    def reader() -> None:
        for _ in range(60):
            seen.append(pc.read(path) in sets)

    threads = [threading.Thread(target=writer, args=(g,)) for g in sets]
    threads.append(threading.Thread(target=reader))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen and all(seen)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache.marshal"]


@pytest.mark.parametrize("where, cached", [
    ("an extractor module's body", True),
    ("a function called by an extractor module's body", True),
    ("another module's body", False),
    ("no module body (a thread)", False),
])
def test_which_compiles_go_through_the_cache(where: str, cached: bool) -> None:
    pc = cache_module()
    scope: dict[str, Any] = {"__name__": "monitor.extract.someday", "pc": pc, "sys": sys}
    found: list[str | None] = []
    if where == "an extractor module's body":
        exec(compile("found.append(pc.module_of(sys._getframe()))", "m", "exec"),
             {**scope, "found": found})
    elif where == "a function called by an extractor module's body":
        exec(compile("found.append(helper())", "m", "exec"),
             {**scope, "found": found, "helper": lambda: pc.module_of(sys._getframe())})
    elif where == "another module's body":
        exec(compile("found.append(pc.module_of(sys._getframe()))", "m", "exec"),
             {**scope, "__name__": "dateutil.parser", "found": found})
    else:
        thread = threading.Thread(target=lambda: found.append(pc.module_of(sys._getframe())))
        thread.start()
        thread.join()
    assert (found == ["monitor.extract.someday"]) is cached
    assert cached or found == [None]


def test_lazy_patterns_are_kept_for_their_module(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A ``LazyPattern`` made by an extractor module body is compiled into the cache on its
    first use (or by ``compile_deferred``) and kept for that module."""
    pc = cache_module()
    from monitor.extract.patterns import LazyPattern
    cache = pc.PatternCache(tmp_path / "cache.marshal", always_write=True)
    monkeypatch.setattr(pc, "CACHE", cache)
    made: list[Any] = []
    exec(compile("made.append(LazyPattern(r'(?i)salt road'))", "m", "exec"),
         {"__name__": "monitor.extract.someday", "LazyPattern": LazyPattern, "made": made})
    assert made[0].search("SALT ROAD") and cache.misses == 1
    assert cache.save()
    groups = pc.read(tmp_path / "cache.marshal")
    assert groups == {"monitor.extract.someday": [pc.arguments(r"(?i)salt road", 0)]}


# -- controls (pass before the cache too) -----------------------------------------------------

def test_control_cache_off_compiles_as_before(starts: dict[str, Any]) -> None:
    assert starts["off"]["counts"]["extractor"] > 1000
    assert starts["off"]["hits"] is None


def test_control_other_code_compiles_with_re(starts: dict[str, Any]) -> None:
    # the child's own pattern, and every pattern its articles need, are re's own each start
    assert starts["warm"]["counts"]["other"] >= 1
    assert starts["warm"]["counts"]["other"] == starts["off"]["counts"]["other"]
    pc = sys.modules.get("monitor.extract.patterncache")
    groups = (pc.read(starts["path"]) if pc is not None else None) or {}
    texts = {entry[0] for group in groups.values() for entry in group}
    assert r"kestrel-(?P<code>[0-9]{3})-other" not in texts


def test_control_the_facts_are_the_same(starts: dict[str, Any]) -> None:
    assert starts["cold"]["facts"] == starts["warm"]["facts"] == starts["off"]["facts"]
    assert starts["off"]["facts"]
