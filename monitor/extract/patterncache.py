"""The extractor's compiled patterns kept on disk, as Python keeps bytecode (issue 14, round 36).

Nearly all of the extractor's import is re's compiler (pure Python: ``re._parser`` and
``re._compiler``) on ~1,400 pattern texts. What that compiler hands to the C engine is plain
data: ``_sre.compile(pattern, flags, code, groups, groupindex, indexgroup)``. This module keeps
those arguments per (pattern text, flags) in one file and builds the pattern objects from it,
so a start with the file read compiles none of them (~25 ms for every pattern, against ~0.7 s
of compiling the ones the import needs and ~0.3 s more for the deferred case-blind forms).

**Where it acts.** ``install`` (called once by ``monitor/extract/__init__.py``) wraps
``re._compiler.compile``. A compile goes through the cache only when the nearest module body up
the stack is one of this package's modules: a pattern made while an extractor module is being
imported (by its own code or by a function it calls), or a ``patterns.LazyPattern`` made by
one (``compile``). Every other compile is re's own: other libraries' patterns (their module
bodies are theirs), and every pattern compiled while articles are read (a title's pattern),
which would make the file grow with the data.

**The file.** ``__pycache__/re-patterns.<cache tag>.marshal`` beside the package's bytecode
(under ``PYTHONPYCACHEPREFIX`` when that is set): a header, a CRC-32 of the rest, then
``marshal`` data keyed by the interpreter (``sys.implementation.cache_tag``, ``sys.version``,
``_sre.MAGIC`` and ``_sre.CODESIZE``). A file of another interpreter, unreadable, truncated or
corrupt is not used (re compiles, as without a cache); an entry whose code the engine refuses
is dropped and compiled. Entries are looked up by their exact text and flags, so an entry for a
pattern whose text changed is just not used. It is written (at exit, and by
``patterns.compile_deferred`` in the article workers' fork server) only when this process
compiled a pattern it did not find, through a temporary file renamed over the old one (two
processes writing at once: the last rename wins, and each file is whole); the entries are kept
per extractor module, and a module imported in this process keeps only the patterns it asked
for this time (one dropped from the code leaves the file at its next rewrite). It is not
written under ``PYTHONDONTWRITEBYTECODE`` / ``sys.dont_write_bytecode`` nor where the directory
is read-only (then every start compiles, as before).

**The knob.** ``MONITOR_PATTERN_CACHE``: ``off`` (or ``0``, ``no``, ``false``) turns it off,
nothing read or written; a path names the file instead, which is written even under
``PYTHONDONTWRITEBYTECODE`` (naming it asks for it).

The first pattern a process compiles into the cache is also compiled by re itself and compared
(``==`` compares text, flags and code): a mismatch turns the cache off for the process.
``tests/test_pattern_cache_round36.py`` compares every entry.
"""

from __future__ import annotations

import _sre
import atexit
import importlib.util
import logging
import marshal
import os
import re
import sys
import threading
import zlib
from array import array
from collections.abc import Callable
from pathlib import Path
from re import _compiler as _re_compiler  # type: ignore[attr-defined]
from re import _parser as _re_parser  # type: ignore[attr-defined]
from types import FrameType
from typing import Any

log = logging.getLogger(__name__)

#: The environment variable: "off" (or 0, no, false) or the file's path.
VARIABLE = "MONITOR_PATTERN_CACHE"
#: The values of ``VARIABLE`` that turn the cache off.
OFF_VALUES = frozenset({"off", "0", "no", "false"})
#: The file's first bytes (the format's version is in it).
HEADER = b"monitor re-patterns 1\n"
#: The package whose module bodies' patterns are cached ("monitor.extract").
PACKAGE = __name__.rpartition(".")[0]

_compiler: Any = _re_compiler
_parser: Any = _re_parser
#: re's compile as this module found it (what a pattern not cached goes to).
_RE_COMPILE: Callable[..., re.Pattern[str]] = _compiler.compile
#: The flags whose compiles are never cached (re's debug print, its deprecated TEMPLATE).
_UNCACHED_FLAGS = int(re.DEBUG) | int(getattr(re, "TEMPLATE", 0))
#: How far up the stack a compile's module body is looked for.
_MAX_DEPTH = 400

#: (pattern text, flags asked, flags, code as bytes, groups, groupindex, indexgroup): the
#: arguments of ``_sre.compile`` and the flags the pattern was asked with (its key).
Entry = tuple[str, int, int, bytes, int, dict[str, int], tuple[str | None, ...]]
Key = tuple[str, int]


def interpreter_key() -> tuple[Any, ...]:
    """What the stored code depends on: an entry made under another key is never used."""
    return (sys.implementation.cache_tag, sys.version, _sre.MAGIC, _sre.CODESIZE,
            sys.byteorder)


def default_path() -> Path | None:
    """The file beside this package's bytecode (None where the interpreter caches none)."""
    tag = sys.implementation.cache_tag
    if tag is None:
        return None
    try:
        pyc = importlib.util.cache_from_source(str(Path(__file__).with_name("__init__.py")))
    except (NotImplementedError, ValueError):
        return None
    return Path(pyc).parent / f"re-patterns.{tag}.marshal"


def _code_array(code: bytes | list[int]) -> array[int]:
    kind = next(k for k in "IL" if array(k).itemsize == _sre.CODESIZE)
    return array(kind, code)


def arguments(pattern: str, flags: int) -> Entry:
    """What ``re._compiler.compile(pattern, flags)`` passes to ``_sre.compile``, the code as
    bytes (the same steps as CPython's; raises re.error as it does)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (pattern, flags, flags | parsed.state.flags, _code_array(code).tobytes(),
            parsed.state.groups - 1, groupindex, tuple(indexgroup))


def build(entry: Entry) -> re.Pattern[str]:
    """The pattern object of an entry (the engine checks the code: a bad one raises)."""
    text, _asked, flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(text, flags, _code_array(code).tolist(),  # type: ignore[no-any-return]
                        groups, groupindex, indexgroup)


def read(path: Path) -> dict[str, list[Entry]] | None:
    """The entries of a cache file by module, or None when it is missing, unreadable, corrupt
    or another interpreter's."""
    try:
        with open(path, "rb") as file:
            data = file.read()
    except OSError:
        return None
    start = len(HEADER) + 4
    if not data.startswith(HEADER) or len(data) < start:
        return None
    body = data[start:]
    if int.from_bytes(data[len(HEADER):start], "little") != zlib.crc32(body):
        return None
    try:
        key, groups = marshal.loads(body)
    except (ValueError, EOFError, TypeError):
        return None
    if key != interpreter_key() or not isinstance(groups, dict):
        return None
    return groups


def write(path: Path, groups: dict[str, list[Entry]]) -> bool:
    """Write a cache file whole, through a temporary file renamed over the old one; False
    when it cannot be written (a read-only directory, a full disk)."""
    body = marshal.dumps((interpreter_key(), groups))
    temporary = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(temporary, "wb") as file:
            file.write(HEADER + zlib.crc32(body).to_bytes(4, "little") + body)
        os.replace(temporary, path)
    except OSError as exc:
        log.debug("pattern cache %s not written: %s", path, exc)
        try:
            temporary.unlink()
        except OSError:
            pass
        return False
    return True


def module_of(frame: FrameType | None) -> str | None:
    """The extractor module whose body is running at or above ``frame`` (the nearest module
    body up the stack), or None when the nearest is not one of the package's."""
    depth = 0
    while frame is not None and depth < _MAX_DEPTH:
        if frame.f_code.co_name == "<module>":
            name = frame.f_globals.get("__name__")
            if isinstance(name, str) and name.startswith(PACKAGE + "."):
                return name
            return None
        frame = frame.f_back
        depth += 1
    return None


def _module_exists(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def _by_key(groups: dict[str, list[Entry]]) -> dict[Key, Entry]:
    return {(entry[0], entry[1]): entry for entries in groups.values() for entry in entries}


class PatternCache:
    """The entries of one cache file, the patterns built from them in this process, and what
    this process asked for (per module, for the rewrite)."""

    def __init__(self, path: Path, *, always_write: bool = False,
                 plain: Callable[..., re.Pattern[str]] | None = None) -> None:
        self.path = path
        #: Written even under ``sys.dont_write_bytecode`` (the path was named).
        self.always_write = always_write
        #: re's own compile (what a pattern not cached goes to).
        self.plain: Callable[..., re.Pattern[str]] = plain or _RE_COMPILE
        self._lock = threading.RLock()
        self._index: dict[Key, Entry | re.Pattern[str]] | None = None
        self._fresh: dict[Key, Entry] = {}
        self._wanted: dict[str, dict[Key, None]] = {}
        self._checked = False
        #: Off for this process (a pattern built here differed from re's own).
        self.broken = False
        #: Patterns built from the file, and compiled for it, in this process.
        self.hits = 0
        self.misses = 0

    def _entries(self) -> dict[Key, Entry | re.Pattern[str]]:
        if self._index is None:
            self._index = dict(_by_key(read(self.path) or {}))
        return self._index

    def want(self, pattern: str, flags: int, module: str) -> None:
        """``module``'s code asks for this pattern (kept for it at the next rewrite)."""
        with self._lock:
            self._wanted.setdefault(module, {})[(pattern, flags)] = None

    def wanted_by(self, pattern: str, flags: int) -> str | None:
        """The first module whose code asked for this pattern (``want``), or None."""
        with self._lock:
            return next((module for module, keys in self._wanted.items()
                         if (pattern, flags) in keys), None)

    def compile(self, pattern: str, flags: int = 0, module: str | None = None
                ) -> re.Pattern[str]:
        """The pattern, built from the file when it holds it, else compiled (and kept for
        the file when ``module`` asked for it)."""
        key = (pattern, flags)
        with self._lock:
            if self.broken:
                return self.plain(pattern, flags)
            if module is not None:
                self._wanted.setdefault(module, {})[key] = None
            index = self._entries()
            found = index.get(key)
            if isinstance(found, re.Pattern):
                return found
            if found is not None:
                try:
                    built: re.Pattern[str] | None = build(found)
                except Exception:  # noqa: BLE001 - code the engine refuses: compiled below
                    built = None
                if built is not None and built.pattern == pattern:
                    index[key] = built
                    self.hits += 1
                    return built
                del index[key]
            if module is None:
                return self.plain(pattern, flags)
            try:
                entry = arguments(pattern, flags)
                built = build(entry)
            except Exception:  # noqa: BLE001 - re's own compile raises its own error
                return self.plain(pattern, flags)
            if not self._checked:
                self._checked = True
                if built != self.plain(pattern, flags):
                    log.warning("pattern cache off: a pattern built from re's parse differs "
                                "from re.compile's")
                    self.broken = True
                    return self.plain(pattern, flags)
            self._fresh[key] = entry
            index[key] = built
            self.misses += 1
            return built

    @property
    def dirty(self) -> bool:
        """This process compiled a pattern the file did not hold."""
        return bool(self._fresh)

    def save(self) -> bool:
        """Rewrite the file when this process compiled patterns it did not hold (and writing
        is allowed); True when written. A module whose body ran here keeps the patterns it
        asked for; another keeps its entries while it exists."""
        with self._lock:
            if not self._fresh or self.broken:
                return False
            if sys.dont_write_bytecode and not self.always_write:
                return False
            old = read(self.path) or {}
            known = _by_key(old)
            known.update(self._fresh)
            groups = {module: entries for module, entries in old.items()
                      if module not in self._wanted and _module_exists(module)}
            for module, keys in self._wanted.items():
                groups[module] = [known[key] for key in keys if key in known]
            written = write(self.path, groups)
            if written:
                self._fresh.clear()
            return written


#: The cache of this process (None: off, or not installed).
CACHE: PatternCache | None = None


def _from_environment() -> PatternCache | None:
    value = os.environ.get(VARIABLE, "").strip()
    if value.lower() in OFF_VALUES:
        return None
    if value:
        return PatternCache(Path(value).expanduser(), always_write=True)
    path = default_path()
    return PatternCache(path) if path is not None else None


def install() -> PatternCache | None:
    """Put the cache between re and its compiler for the extractor's module bodies (once per
    process; ``MONITOR_PATTERN_CACHE`` read now); the cache, or None when it is off."""
    global CACHE
    if CACHE is not None or getattr(_compiler.compile, "_pattern_cache", False):
        return CACHE
    cache = _from_environment()
    if cache is None:
        return None
    plain = cache.plain

    def compile_through_cache(pattern: Any, flags: int = 0) -> Any:
        if type(pattern) is str and not flags & _UNCACHED_FLAGS:
            module = module_of(sys._getframe(1))
            if module is not None:
                return cache.compile(pattern, flags, module)
        return plain(pattern, flags)

    compile_through_cache._pattern_cache = True  # type: ignore[attr-defined]
    CACHE = cache
    _compiler.compile = compile_through_cache
    atexit.register(save)
    return cache


def want(pattern: str, flags: int = 0) -> None:
    """The calling extractor module body will ask for this pattern later (a pattern compiled
    on its first use): its entry is kept for it at the next rewrite."""
    if CACHE is not None:
        module = module_of(sys._getframe(1))
        if module is not None:
            CACHE.want(pattern, flags, module)


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re's name
    """``re.compile(pattern, flags)``, built from the cache when it holds the pattern (for a
    pattern ``want`` announced: compiled into it when it does not)."""
    if CACHE is None:
        return re.compile(pattern, flags)
    flags = int(flags)
    return CACHE.compile(pattern, flags, CACHE.wanted_by(pattern, flags))


def save() -> bool:
    """Rewrite the cache file if this process compiled patterns it did not hold."""
    try:
        return CACHE.save() if CACHE is not None else False
    except Exception as exc:  # noqa: BLE001 - a cache never stops the program
        log.debug("pattern cache not written: %s", exc)
        return False
