"""The extractor with every pattern compiled: what the article workers' fork server imports
(``monitor.workers.PRELOAD``, after ``monitor.pipeline``).

Importing the extractor leaves the case-blind forms that only the rare text whose length
``str.lower`` changes reaches to their first use (``patterns.LazyPattern``: issue 14, round 28,
the import's cost). The fork server compiles them here, once, so a worker forked from it pays
nothing for them after the fork.
"""

from __future__ import annotations

from . import facts  # noqa: F401 - every module of the extractor, and the patterns they make
from .patterns import compile_deferred

#: How many deferred patterns the import compiled (those of every module imported before it).
COMPILED = compile_deferred()
