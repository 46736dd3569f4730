"""What a process's resident memory is made of, from its own mappings and allocators.

VmRSS is one number; a slope of it can be the C heap, pymalloc's arenas, SQLite's page caches,
a thread's stack or a shared file. These read each of them in this process:

- ``mappings()``: /proc/self/smaps summed by kind of mapping ([heap], thread stacks, the
  other anonymous maps, the SQLite ``-shm`` file, mapped libraries, other files). The
  anonymous maps hold pymalloc's 1 MiB arenas, glibc's mmapped large blocks and its per-thread
  arenas; the kernel merges adjacent ones into one mapping, so they are told apart by the
  allocators' own figures below, not by the mappings' sizes.
- ``sqlite_memory()``: SQLite's own allocator (``sqlite3_memory_used`` / ``_highwater``), of
  the library ``_sqlite3`` links (the same copy, loaded once per process).
- ``pymalloc_stats()``: ``sys._debugmallocstats()``'s arenas and bytes (written by C to fd 2,
  read back here through a temporary file).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import pickle
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from common import rss_kib

_FIELDS = ("Size", "Rss", "Private_Dirty")
_HEADER = re.compile(r"^([0-9a-f]+)-([0-9a-f]+) (\S{4}) \S+ \S+ \S+\s*(.*)$")


def _kind(name: str, size_kib: int, perms: str, after_guard: bool) -> str:
    if name == "[heap]":
        return "[heap] (glibc main arena)"
    if name.startswith("[stack"):
        return "[stack] (main thread)"
    if name.startswith("["):
        return name
    if name.endswith("-shm"):
        return "SQLite -shm"
    if name.endswith("-wal") or name.endswith(".db"):
        return "SQLite files"
    if ".so" in Path(name).name:
        return "libraries"
    if name:
        return "other files"
    if perms.startswith("---"):
        return "guard / reserved (no access)"
    if after_guard and size_kib in (8188, 8192):
        return "thread stacks"
    return "anonymous (pymalloc arenas, large mallocs, thread arenas)"


def mappings(path: str = "/proc/self/smaps") -> dict[str, dict[str, int]]:
    """The process's mappings summed by kind: count, Size, Rss, Private_Dirty (KiB)."""
    out: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(("count", *_FIELDS), 0))
    current: dict[str, int] | None = None
    prev_guard_end = -1
    for line in Path(path).read_text().splitlines():
        head = _HEADER.match(line)
        if head:
            start, end = int(head.group(1), 16), int(head.group(2), 16)
            perms, name = head.group(3), head.group(4).strip()
            size = (end - start) // 1024
            kind = _kind(name, size, perms, after_guard=start == prev_guard_end)
            prev_guard_end = end if perms.startswith("---") and not name else -1
            current = out[kind]
            current["count"] += 1
            continue
        key, _, value = line.partition(":")
        if current is not None and key in _FIELDS:
            current[key] += int(value.split()[0])
    return dict(out)


def _sqlite_lib() -> ctypes.CDLL | None:
    """The SQLite library ``_sqlite3`` links (its soname is already loaded: the same copy)."""
    import _sqlite3  # noqa: F401  (loads the library)

    path = next((line.split()[-1] for line in Path("/proc/self/maps").read_text().splitlines()
                 if "libsqlite3" in line), None) or ctypes.util.find_library("sqlite3")
    if path is None:
        return None
    lib = ctypes.CDLL(path)
    lib.sqlite3_memory_used.restype = ctypes.c_int64
    lib.sqlite3_memory_highwater.restype = ctypes.c_int64
    lib.sqlite3_memory_highwater.argtypes = [ctypes.c_int]
    return lib


_SQLITE = _sqlite_lib()


def sqlite_memory() -> tuple[int, int]:
    """SQLite's own allocator: bytes in use now and the high-water mark (-1 if unknown)."""
    if _SQLITE is None:
        return -1, -1
    return int(_SQLITE.sqlite3_memory_used()), int(_SQLITE.sqlite3_memory_highwater(0))


_STAT = re.compile(r"^# (arenas [a-z ]+?)\s*=\s*([\d,]+)|^(\S.*?)\s*=\s*([\d,]+)$")


def pymalloc_stats() -> dict[str, int]:
    """``sys._debugmallocstats()``'s totals: arenas allocated / reclaimed / high-water /
    current, bytes in allocated and available blocks, free pools, and what is lost."""
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile(mode="w+b") as tmp:
        try:
            os.dup2(tmp.fileno(), 2)
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        tmp.seek(0)
        text = tmp.read().decode("utf-8", "replace")
    out: dict[str, int] = {}
    for line in text.splitlines():
        m = _STAT.match(line.strip())
        if m and m.group(1):
            out[m.group(1)] = int(m.group(2).replace(",", ""))
        elif m and m.group(3) and (m.group(3).startswith(("#", "Total")) or "bytes" in
                                   m.group(3) or "pools" in m.group(3)):
            key = m.group(3).lstrip("# ").strip()
            if key in out:
                continue  # the first table (pymalloc's), not the free lists after it
            out[key] = int(m.group(4).replace(",", ""))
    return out


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks",
        "fordblks", "keepcost")]


def _libc() -> ctypes.CDLL | None:
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallinfo2.restype = _MallInfo2
        libc.fopen.restype = ctypes.c_void_p
        libc.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
    except (OSError, AttributeError):
        return None
    return libc


_LIBC = _libc()


def mallinfo() -> dict[str, int]:
    """glibc's ``mallinfo2`` over all its arenas: bytes got from the system by brk/arenas
    (``arena``), in mmapped blocks (``hblkhd``), in use (``uordblks``), free (``fordblks``);
    empty where there is no glibc."""
    if _LIBC is None:
        return {}
    info = _LIBC.mallinfo2()
    return {name: int(getattr(info, name)) for name in ("arena", "hblks", "hblkhd",
                                                       "uordblks", "fordblks")}


#: Free chunks by size (bytes), for ``malloc_heaps``: small holes are pinned between live blocks.
HOLE_CLASSES = ((0, "< 1 KiB"), (1024, "1-4 KiB"), (4096, "4-64 KiB"), (65536, ">= 64 KiB"))
_SIZE = re.compile(r'<size from="(\d+)" to="(\d+)" total="(\d+)" count="(\d+)"/>')
_SYSTEM = re.compile(r'<system type="current" size="(\d+)"/>')
_MMAP = re.compile(r'<total type="mmap" count="(\d+)" size="(\d+)"/>')


def malloc_heaps() -> dict[str, dict[str, int]]:
    """glibc's ``malloc_info`` per arena ("main", "arena 1", ...): the arena's size, its free
    bytes and free chunks, and free bytes by size class (``HOLE_CLASSES``); "mmapped": the
    blocks glibc gave their own mapping. Where the free memory is and what sizes its holes
    have: many small holes are fragmentation (live blocks between them), one big one is the
    top the trim gives back. Empty where there is no glibc."""
    if _LIBC is None:
        return {}
    with tempfile.NamedTemporaryFile(mode="w+") as tmp:
        stream = _LIBC.fopen(tmp.name.encode(), b"w")
        if not stream:
            return {}
        try:
            _LIBC.malloc_info(0, ctypes.c_void_p(stream))
        finally:
            _LIBC.fclose(ctypes.c_void_p(stream))
        text = Path(tmp.name).read_text()
    out: dict[str, dict[str, int]] = {}
    for block in text.split("<heap nr=")[1:]:
        number = int(block.split('"')[1])
        body = block.split("</heap>")[0]
        entry = {"size": int(m.group(1)) if (m := _SYSTEM.search(body)) else 0,
                 "free": 0, "holes": 0}
        entry.update(dict.fromkeys((name for _, name in HOLE_CLASSES), 0))
        for m in _SIZE.finditer(body):
            low, total, count = int(m.group(1)), int(m.group(3)), int(m.group(4))
            entry["free"] += total
            entry["holes"] += count
            name = [n for floor, n in HOLE_CLASSES if low >= floor][-1]
            entry[name] += total
        out["main" if number == 0 else f"arena {number}"] = entry
    tail = text.rsplit("</heap>", 1)[-1]
    if m := _MMAP.search(tail):
        out["mmapped"] = {"count": int(m.group(1)), "size": int(m.group(2))}
    return out


def malloc_trim() -> bool:
    """Give the C heap's free pages back to the system (glibc): what VmRSS drops by is memory
    free in the heap, not held by anything."""
    return bool(_LIBC.malloc_trim(0)) if _LIBC is not None else False


def lru_caches() -> dict[str, int]:
    """Every ``functools.lru_cache`` in the process (third-party ones too: trafilatura,
    dateparser, courlan...), its entries by qualified name."""
    import functools
    import gc

    out: dict[str, int] = {}
    for obj in gc.get_objects():
        if isinstance(obj, functools._lru_cache_wrapper):  # type: ignore[attr-defined]
            name = f"{getattr(obj, '__module__', '?')}.{getattr(obj, '__qualname__', '?')}"
            out[name] = out.get(name, 0) + obj.cache_info().currsize
    import re

    out["re._cache (stdlib)"] = len(getattr(re, "_cache", {}))
    return out


def threads() -> int:
    return len(os.listdir("/proc/self/task"))


def probe() -> dict[str, object]:
    """Everything above at one moment."""
    used, high = sqlite_memory()
    return {"maps": mappings(), "sqlite": (used, high), "pymalloc": pymalloc_stats(),
            "malloc": mallinfo(), "heaps": malloc_heaps(), "threads": threads(),
            "lru": lru_caches()}


class Spool:
    """What a soak keeps from each probe (the probe's figures, a heap census, a tracemalloc
    snapshot), pickled to a temporary file as it is taken and read back only for the report.
    Kept in a list, each probe stayed in the process being measured: ~12.7 KB of Python
    objects a probe (every lru cache's name, the mappings by kind, pymalloc's figures), which
    the next probe counted as live growth (bench/README.md, *eleventh part*)."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="soak-probes-")
        self.count = 0

    def add(self, item: object) -> None:
        pickle.dump(item, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self.count += 1

    def items(self) -> list[Any]:
        """Everything added, in order (read back from the file; the report's time)."""
        self._file.flush()
        self._file.seek(0)
        out = [pickle.load(self._file) for _ in range(self.count)]
        self._file.seek(0, os.SEEK_END)
        return out

    def close(self) -> None:
        self._file.close()


def diff_lines(a: dict[str, object], b: dict[str, object], cycles: int) -> list[str]:
    """What changed between two probes, by kind of mapping and allocator, per 1,000 cycles."""
    per = 1000 / max(1, cycles)
    maps_a, maps_b = a["maps"], b["maps"]
    assert isinstance(maps_a, dict) and isinstance(maps_b, dict)
    lines = ["| mapping kind | count | Rss KiB | Δ Rss KiB | Δ Private_Dirty KiB | "
             "Δ Rss per 1,000 cycles |", "|---|---:|---:|---:|---:|---:|"]
    kinds = sorted(set(maps_a) | set(maps_b),
                   key=lambda k: -abs(maps_b.get(k, {}).get("Rss", 0)
                                      - maps_a.get(k, {}).get("Rss", 0)))
    total = {"Rss": 0, "Private_Dirty": 0}
    for kind in kinds:
        x = maps_a.get(kind, dict.fromkeys(("count", *_FIELDS), 0))
        y = maps_b.get(kind, dict.fromkeys(("count", *_FIELDS), 0))
        d_rss, d_dirty = y["Rss"] - x["Rss"], y["Private_Dirty"] - x["Private_Dirty"]
        total["Rss"] += d_rss
        total["Private_Dirty"] += d_dirty
        lines.append(f"| {kind} | {x['count']} → {y['count']} | {x['Rss']:,} → {y['Rss']:,} | "
                     f"{d_rss:+,} | {d_dirty:+,} | {d_rss * per:+.1f} |")
    lines.append(f"| all | | | {total['Rss']:+,} | {total['Private_Dirty']:+,} | "
                 f"{total['Rss'] * per:+.1f} |")
    sa, sb = a["sqlite"], b["sqlite"]
    assert isinstance(sa, tuple) and isinstance(sb, tuple)
    lines.append(f"SQLite's allocator: in use {sa[0] / 1024:,.0f} → {sb[0] / 1024:,.0f} KiB, "
                 f"high-water {sa[1] / 1024:,.0f} → {sb[1] / 1024:,.0f} KiB; threads "
                 f"{a['threads']} → {b['threads']}")
    ma, mb = a["malloc"], b["malloc"]
    assert isinstance(ma, dict) and isinstance(mb, dict)
    lines.append("glibc mallinfo2: " + ", ".join(
        f"{key} {ma[key] / 1024:,.0f} → {mb[key] / 1024:,.0f} KiB" if key != "hblks" else
        f"{key} {ma[key]} → {mb[key]}" for key in mb if key in ma))
    ha, hb = a.get("heaps", {}), b.get("heaps", {})
    assert isinstance(ha, dict) and isinstance(hb, dict)
    for name in hb:
        x, y = ha.get(name, {}), hb[name]
        lines.append(f"glibc {name}: " + ", ".join(
            f"{key} {x.get(key, 0) / 1024:,.0f} → {y[key] / 1024:,.0f} KiB"
            if key not in ("holes", "count") else f"{key} {x.get(key, 0):,} → {y[key]:,}"
            for key in y))
    la, lb = a["lru"], b["lru"]
    assert isinstance(la, dict) and isinstance(lb, dict)
    grown = sorted(((lb[k] - la.get(k, 0), k) for k in lb if lb[k] != la.get(k, 0)),
                   reverse=True)
    lines.append(f"lru caches in the process: {sum(la.values()):,} → {sum(lb.values()):,} "
                 "entries; grew: " + (", ".join(f"{k} {d:+,} ({lb[k]:,})" for d, k in grown)
                                      or "none"))
    pa, pb = a["pymalloc"], b["pymalloc"]
    assert isinstance(pa, dict) and isinstance(pb, dict)
    for key in pb:
        if key in pa and pa[key] != pb[key]:
            lines.append(f"pymalloc {key}: {pa[key]:,} → {pb[key]:,} ({pb[key] - pa[key]:+,})")
    return lines


if __name__ == "__main__":
    import json

    print(json.dumps(probe(), indent=1))


def pss_kib(pid: int | str = "self") -> int:
    """Proportional set size (Pss, KiB) from /proc/PID/smaps_rollup: each page shared with
    other processes (a worker's pages still shared with the fork server it came from) counted
    as a share; -1 where the kernel has no such file or the process is gone."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return -1


def rss_of(pid: int | str) -> int:
    """VmRSS (KiB) of a process (``common.rss_kib``), -1 if it is gone (a worker replaced
    meanwhile)."""
    try:
        return rss_kib(pid)
    except (OSError, RuntimeError):
        return -1


def trim_here() -> dict[str, int]:
    """A job for an article worker (``WorkerPool.run``): its pid, VmRSS and glibc's figures,
    then VmRSS after ``malloc_trim(0)``: how much of the worker's memory was free heap."""
    pid = os.getpid()
    before = rss_of(pid)
    info = mallinfo()
    malloc_trim()
    return {"pid": pid, "rss": before, "trimmed": rss_of(pid),
            "in_use": info.get("uordblks", -1) + info.get("hblkhd", 0),
            "free": info.get("fordblks", -1), "arena": info.get("arena", -1)}
