"""The extractor's memo caches: their sizes as shipped, and the one knob that caps them.

Every memo cache of monitor with room for many entries is a ``functools.lru_cache`` made by
``lru(maxsize)``: the same C cache, with no call between it and its function, so nothing
changes on the hot path. The environment variable ``MONITOR_CACHE_CAP`` (a positive number of
entries, read once at import) caps every one of them at that many entries; unset, each has the
size it ships with. It exists for the soak (``bench/soak.py --cache-cap N``): with the caches
capped small they are full within its warm-up, so what still grows after it is not a bounded
cache filling. ``SHIPPED`` keeps each cache's size as shipped, by qualified name, so a capped
run can still report the bound the caches have in a real deployment.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

#: The environment variable that caps every memo cache (entries).
CAP_VARIABLE = "MONITOR_CACHE_CAP"


def _read_cap(value: str | None) -> int | None:
    if value is None or not value.strip():
        return None
    try:
        cap = int(value)
    except ValueError:
        cap = 0
    if cap < 1:
        raise ValueError(f"{CAP_VARIABLE} must be a positive number of entries, not {value!r}")
    return cap


#: The cap in effect (None: every cache at its size as shipped).
CAP = _read_cap(os.environ.get(CAP_VARIABLE))

#: Each memo cache's size as shipped, by ``module.qualname``.
SHIPPED: dict[str, int] = {}


def lru(maxsize: int) -> Callable[[Callable[..., T]], functools._lru_cache_wrapper[T]]:
    """``functools.lru_cache(maxsize)``, at most ``MONITOR_CACHE_CAP`` entries when it is set."""
    size = maxsize if CAP is None else min(maxsize, CAP)

    def decorate(fn: Callable[..., T]) -> functools._lru_cache_wrapper[T]:
        SHIPPED[f"{fn.__module__}.{fn.__qualname__}"] = maxsize
        return functools.lru_cache(maxsize=size)(fn)

    return decorate
