"""monitor.memo: one knob caps every memo cache of monitor, and no cache escapes it."""

from __future__ import annotations

import functools
import importlib
import json
import os
import pkgutil
import subprocess
import sys

import pytest

import monitor
from monitor import memo

LRU_WRAPPER = functools._lru_cache_wrapper  # type: ignore[attr-defined]

_SIZES = """
import json
from monitor import memo
from monitor.extract import facts, shows
print(json.dumps({"cap": memo.CAP, "shipped": memo.SHIPPED,
                  "is_cap": shows._is_cap.cache_info().maxsize,
                  "attached": facts._attached_seasons_cached.cache_info().maxsize}))
"""


def _sizes(cap: str | None) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != memo.CAP_VARIABLE}
    if cap is not None:
        env[memo.CAP_VARIABLE] = cap
    done = subprocess.run([sys.executable, "-c", _SIZES], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    out = json.loads(done.stdout)
    assert isinstance(out, dict)
    return out


def _every_lru_cache() -> dict[str, object]:
    """Every functools cache defined in monitor's modules (all of them imported)."""
    for info in pkgutil.walk_packages(monitor.__path__, "monitor."):
        importlib.import_module(info.name)
    found: dict[str, object] = {}
    for name, module in list(sys.modules.items()):
        if name == "monitor" or name.startswith("monitor."):
            for value in vars(module).values():
                if isinstance(value, LRU_WRAPPER) and getattr(value, "__module__", "") == name:
                    found[f"{name}.{value.__qualname__}"] = value
    return found


def test_the_cap_applies_to_every_memo_cache_and_sizes_as_shipped_are_kept() -> None:
    shipped = _sizes(None)
    capped = _sizes("64")
    assert shipped["cap"] is None and capped["cap"] == 64
    assert shipped["is_cap"] == 16384 and shipped["attached"] == 4096
    assert capped["is_cap"] == 64 and capped["attached"] == 64
    assert capped["shipped"] == shipped["shipped"]  # what they ship with, still known
    assert isinstance(shipped["shipped"], dict)
    assert shipped["shipped"]["monitor.extract.shows._is_cap"] == 16384


def test_a_cap_that_is_not_a_positive_number_is_refused_by_name() -> None:
    for bad in ("0", "-3", "many"):
        with pytest.raises(ValueError, match=memo.CAP_VARIABLE):
            memo._read_cap(bad)
    assert memo._read_cap(None) is None and memo._read_cap(" ") is None
    assert memo._read_cap("128") == 128


def test_every_cache_with_room_for_many_entries_goes_through_the_knob() -> None:
    """A cache of more than 16 entries made with functools directly would fill slowly in the
    soak and never be capped: each one must be made by memo.lru (and so be in SHIPPED)."""
    caches = _every_lru_cache()
    big = {name for name, fn in caches.items()
           if (fn.cache_info().maxsize or 1 << 30) > 16}  # type: ignore[attr-defined]
    assert len(big) >= 7
    assert big <= set(memo.SHIPPED), sorted(big - set(memo.SHIPPED))
