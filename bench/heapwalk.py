"""What holds glibc's heap: its chunks walked, the blocks in use told from those parked free.

``procmem.malloc_heaps`` says how much is free inside glibc's arenas and in what sizes of
hole; this says what lies *around* the holes. ``census(pid)`` walks every chunk of the glibc
arenas of a process (this one, or a running daemon read through /proc/PID/mem as root): the
main arena's ``[heap]`` and the other arenas' 64 MiB heaps, x86-64 glibc layout (a size word
before each chunk, the next chunk's ``PREV_INUSE`` bit telling whether it is in use). A chunk
marked in use is one of:

- **parked in a thread's tcache**: freed, but kept by the thread that freed it for its next
  malloc of that size (glibc's per-thread cache: up to 7 chunks of each of 64 sizes up to
  1,032 bytes, per thread). glibc writes a per-process random key in the second word of such
  a chunk; the commonest second word among the chunks in use, when it is that common, is the
  key. A parked chunk is never joined with its free neighbours and ``malloc_trim`` does not
  touch it: 8 poll threads each park up to ~240 KiB across the heap;
- a Python object (this process only: the word at the object's place, the block's start or
  16 bytes in for objects the gc tracks, points at a type of this process);
- ``dict keys`` (a dict's table: refcount 1, a plausible size byte and kind);
- ``other``: lists' item arrays, C libraries' blocks, the interpreter's own buffers.

A chunk is *next to a hole* when a free chunk (not the top) lies right above or below it:
such chunks keep holes from joining each other and the top, where the trim gives them back.
Read between polls (another thread allocating while the walk reads moves chunks; the walk
then fails and says so, and is tried again).

    python bench/heapwalk.py [PID]     # the census of a running process (default: itself)
"""

from __future__ import annotations

import ctypes
import gc
import struct
import sys
from collections import Counter
from pathlib import Path
from typing import Any

PREV_INUSE = 1
SIZE_MASK = ~0x7
#: Non-main arenas' heaps are this size and aligned to it (glibc on 64-bit).
HEAP_MAX = 64 << 20
#: The key's share of the chunks in use below which no tcache key is assumed.
KEY_SHARE = 0.02
PARKED = "parked in a tcache (free)"


def _types() -> dict[int, str]:
    seen: dict[int, str] = {}
    todo: list[type] = [object, type]
    todo.extend(type(o) for o in gc.get_objects())
    while todo:
        t = todo.pop()
        if id(t) in seen:
            continue
        seen[id(t)] = getattr(t, "__qualname__", t.__name__)
        try:
            todo.extend(t.__subclasses__())
        except TypeError:
            todo.extend(type.__subclasses__(t))  # type: ignore[arg-type]
    return seen


def _regions(pid: int | str) -> list[tuple[str, int, int]]:
    """(name, start, end) of the main heap and of each other arena's heap (its mapped part)."""
    out: list[tuple[str, int, int]] = []
    lines = Path(f"/proc/{pid}/maps").read_text().splitlines()
    for i, line in enumerate(lines):
        fields = line.split()
        start, end = (int(x, 16) for x in fields[0].split("-"))
        name = fields[5] if len(fields) >= 6 else ""
        if name == "[heap]":
            out.append(("main arena", start, end))
        elif (not name and fields[1].startswith("rw") and start % HEAP_MAX == 0
              and i + 1 < len(lines) and lines[i + 1].split()[1].startswith("---")
              and int(lines[i + 1].split()[0].split("-")[1], 16) - start == HEAP_MAX):
            out.append(("thread arena", start, end))
    return out


def _read(pid: int | str, start: int, end: int) -> bytes:
    if pid == "self":
        return ctypes.string_at(start, end - start)
    with open(f"/proc/{pid}/mem", "rb", buffering=0) as mem:
        mem.seek(start)
        return mem.read(end - start)


def _walk(mem: bytes, first: int, *, open_top: bool = False
          ) -> list[tuple[int, int, bool]] | None:
    """(offset, size, in use) of every chunk from offset ``first``, the last one the top; None
    if the walk does not end at the region's end (a wrong start, or chunks moved while read).
    ``open_top``: the top may run past the copy (the main heap's break moves)."""
    chunks: list[tuple[int, int, bool]] = []
    off = first
    n = len(mem)
    while off + 16 <= n:
        size = struct.unpack_from("<Q", mem, off + 8)[0] & SIZE_MASK
        if size < 32:
            return None
        nxt = off + size
        if nxt + 16 > n:  # the top chunk
            if nxt != n and not (open_top and nxt > n):
                return None
            chunks.append((off, size, False))
            return chunks
        in_use = bool(struct.unpack_from("<Q", mem, nxt + 8)[0] & PREV_INUSE)
        chunks.append((off, size, in_use))
        off = nxt
    return None


def _chunks(pid: int | str, name: str, start: int, end: int
            ) -> tuple[bytes, list[tuple[int, int, bool]] | None]:
    mem = _read(pid, start, end)
    if name == "main arena":
        return mem, _walk(mem, 0, open_top=True)
    used = struct.unpack_from("<Q", mem, 16)[0]  # heap_info.size: the heap's used part
    mem = mem[:used]
    for first in range(48, 4096, 16):  # past heap_info (and the arena's malloc_state)
        chunks = _walk(mem, first)
        if chunks is not None:
            return mem, chunks
    return mem, None


def _tcache_key(mem: bytes, chunks: list[tuple[int, int, bool]]) -> int | None:
    words = Counter(struct.unpack_from("<Q", mem, off + 24)[0]
                    for off, size, in_use in chunks[:-1] if in_use and size >= 32)
    if not words:
        return None
    key, n = words.most_common(1)[0]
    live = sum(words.values())
    return key if n >= KEY_SHARE * live and key > 1 << 48 else None


def _classify(mem: bytes, off: int, types: dict[int, str]) -> str:
    user = off + 16
    if user + 32 > len(mem):
        return "other"
    w = struct.unpack_from("<4Q", mem, user)
    for refs, typ in ((w[0], w[1]), (w[2], w[3])):
        if 0 < refs < 1 << 32 and typ in types:
            return types[typ]
    if w[0] == 1 and 3 <= mem[user + 8] <= 30 and mem[user + 10] <= 2:
        return "dict keys"
    return "other"


def _size_class(size: int) -> str:
    for limit, name in ((1 << 10, "< 1 KiB"), (4 << 10, "1-4 KiB"), (64 << 10, "4-64 KiB")):
        if size < limit:
            return name
    return ">= 64 KiB"


def census(pid: int | str = "self", tries: int = 3) -> dict[str, Any]:
    """Per arena: its size, the bytes in use, parked in tcaches and free in holes, the free
    bytes next to a parked chunk; over all arenas, the chunks next to a hole by kind."""
    types = _types() if pid == "self" else {}
    near: Counter[str] = Counter()
    near_bytes: Counter[str] = Counter()
    regions: list[dict[str, Any]] = []
    key: int | None = None
    for name, start, end in _regions(pid):
        for _ in range(tries):
            mem, chunks = _chunks(pid, name, start, end)
            if chunks is not None:
                break
        if chunks is None:
            regions.append({"name": name, "size": end - start, "walked": False})
            continue
        key = key or _tcache_key(mem, chunks)
        body = chunks[:-1]
        kinds = [("" if not in_use else PARKED
                  if struct.unpack_from("<Q", mem, off + 24)[0] == key else
                  _classify(mem, off, types)) for off, _, in_use in body]
        parked = [size for (_, size, _), kind in zip(body, kinds, strict=True) if kind == PARKED]
        free_next_to_parked = 0
        for i, (_, size, in_use) in enumerate(body):
            hole_below = i > 0 and not body[i - 1][2]
            hole_above = i + 1 < len(body) and not body[i + 1][2]
            if in_use and (hole_below or hole_above):
                bucket = f"{kinds[i]} ({_size_class(size)})"
                near[bucket] += 1
                near_bytes[bucket] += size
            if not in_use and ((i > 0 and kinds[i - 1] == PARKED)
                               or (i + 1 < len(body) and kinds[i + 1] == PARKED)):
                free_next_to_parked += size
        regions.append({
            "name": name, "size": len(mem), "walked": True, "chunks": len(chunks),
            "in_use": sum(s for (_, s, u), k in zip(body, kinds, strict=True)
                          if u and k != PARKED),
            "parked": sum(parked), "parked_chunks": len(parked),
            "free": sum(s for _, s, u in body if not u),
            "holes": sum(1 for _, _, u in body if not u),
            "free_next_to_parked": free_next_to_parked, "top": chunks[-1][1]})
    return {"regions": regions, "near": near, "near_bytes": near_bytes, "key": key}


def report(c: dict[str, Any], top: int = 10) -> list[str]:
    """Lines: each arena, then the kinds of chunks next to holes, by bytes."""
    lines = []
    for r in c["regions"]:
        if not r["walked"]:
            lines.append(f"  {r['name']}: {r['size'] / 1024:,.0f} KiB, not walked (it moved)")
            continue
        lines.append(
            f"  {r['name']}: {r['size'] / 1024:,.0f} KiB; in use {r['in_use'] / 1024:,.0f} KiB; "
            f"parked in tcaches {r['parked'] / 1024:,.0f} KiB ({r['parked_chunks']:,} chunks); "
            f"free in {r['holes']:,} holes {r['free'] / 1024:,.0f} KiB, of which next to a "
            f"parked chunk {r['free_next_to_parked'] / 1024:,.0f} KiB; top "
            f"{min(r['top'], r['size']) / 1024:,.0f} KiB")
    lines.append("  chunks next to a hole, by bytes:")
    for kind, b in c["near_bytes"].most_common(top):
        lines.append(f"    {kind}: {c['near'][kind]:,} chunks, {b / 1024:,.1f} KiB")
    return lines


if __name__ == "__main__":
    print("\n".join(report(census(sys.argv[1] if len(sys.argv) > 1 else "self"))))
