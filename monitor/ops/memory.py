"""Giving the C heap's free memory back to the system after a poll.

The daemon polls on a pool of threads, and glibc gives each thread that allocates an arena of
its own; what a poll frees there (a page's bytes, SQLite's page cache of the poll's connection,
HTTP buffers) stays resident in that arena for its next poll, and the arenas' free memory only
grows towards their high-water marks. Measured by the soak polling on 8 threads as `monitor run`
does (bench/README.md, *Issue 14, seventh part*), most of the daemon's resident memory above a
single-threaded run was free memory inside those arenas. ``release_free_memory()`` is
``malloc_trim(0)``: every arena's free pages go back to the system, and nothing that is in use
moves. Where the C library is not glibc it does nothing.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Callable

_lock = threading.Lock()
#: How many times the free memory was given back in this process (for the tests and metrics).
trims = 0


_found: list[Callable[[int], int] | None] = []  # looked up once, at the first trim


def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim`` from the process's own C library, or None where there is none."""
    if not _found:
        try:
            fn = ctypes.CDLL(None).malloc_trim
            fn.argtypes = [ctypes.c_size_t]
            fn.restype = ctypes.c_int
            _found.append(fn)
        except (OSError, AttributeError):
            _found.append(None)
    return _found[0]


def release_free_memory() -> bool:
    """Give every malloc arena's free pages back to the system (glibc's ``malloc_trim(0)``);
    True when memory was released, False when there was none or the C library has no such
    call."""
    global trims
    trim = _malloc_trim()
    if trim is None:
        return False
    released = bool(trim(0))
    with _lock:
        trims += 1
    return released
