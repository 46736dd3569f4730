"""Which of a learned part's shipped models decides now, and reading what it ships.

A learned part ships one model per held-out fold (what ``monitor eval --folds 5`` scores each
fold with) and one trained on every fold (the service's). Evaluation, training scripts and
tests need to say "decide with this model, or with the rules alone, inside this block" without
threading a model through the extractor's calls: a context variable does that, per thread and
per task, and falls back on the shipped service model.
"""

from __future__ import annotations

import contextlib
import contextvars
import json
from collections.abc import Callable, Iterator, Mapping
from importlib import resources
from typing import Any, Generic, TypeVar

M = TypeVar("M")
T = TypeVar("T")


def read_data_file(name: str, parse: Callable[[Any], T]) -> T | None:
    """A learned part's shipped data file (``monitor/extract/data/NAME``) as ``parse`` reads
    it; None when the package ships none (the rules then decide alone)."""
    path = resources.files(__package__).joinpath("data").joinpath(name)
    if not path.is_file():
        return None
    return parse(json.loads(path.read_text("utf-8")))


class ModelSlot(Generic[M]):
    """The model a learned part decides with: set for a block, else the shipped one."""

    def __init__(self, name: str, data_file: str,
                 parse: Callable[[Any], Mapping[str, M]]) -> None:
        # False (not None) is "nothing set": None set by ``using`` means the rules alone.
        self._active: contextvars.ContextVar[M | None | bool] = contextvars.ContextVar(
            name, default=False)
        self._data_file = data_file
        self._parse = parse
        self._read: list[Mapping[str, M] | None] = []  # the data file, once read

    def shipped(self) -> Mapping[str, M] | None:
        """The shipped models (``all``, ``without-N``), read once; None when the package has
        none."""
        if not self._read:
            self._read.append(read_data_file(self._data_file, self._parse))
        return self._read[0]

    @contextlib.contextmanager
    def using(self, model: M | None) -> Iterator[None]:
        """Decide with ``model`` (None: the rules alone) inside the block, whatever ships."""
        token = self._active.set(model)
        try:
            yield
        finally:
            self._active.reset(token)

    def current(self) -> M | None:
        """The model in use: the one ``using`` set, else the shipped service model."""
        active = self._active.get()
        if active is not False:
            return active  # type: ignore[return-value]
        models = self.shipped()
        return models.get("all") if models else None

    def for_fold(self, held_out: int) -> M | None:
        """The shipped model trained without fold ``held_out`` (None when none ships)."""
        models = self.shipped()
        return models.get(f"without-{held_out}") if models else None
