"""A module-level name is bound once.

A constant bound twice at a module's top level is the second binding everywhere, the
functions above it included: a pattern written for a new rule under a name an older rule
already used silently changes what the older rule reads (round 29 found two: a list's next
item in ``shows.py``, a premiere's noun in ``rules.py``). Linters do not flag a re-bound
constant, so this test reads every module of the package.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "monitor"


def bound_twice(source: str) -> list[str]:
    """Names assigned more than once by the module's own top-level statements (plain and
    annotated assignments; an augmented one adds to a name, it does not rebind it)."""
    counts: Counter[str] = Counter()
    for node in ast.parse(source).body:
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = list(node.targets)
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        for target in targets:
            counts.update(n.id for n in ast.walk(target) if isinstance(n, ast.Name))
    return sorted(name for name, n in counts.items() if n > 1)


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")),
                         ids=lambda p: str(p.relative_to(PACKAGE.parent)))
def test_no_module_level_name_is_bound_twice(path: Path) -> None:
    assert bound_twice(path.read_text(encoding="utf-8")) == []


def test_the_check_finds_a_rebound_pattern() -> None:
    source = ('import re\n_X_RE = re.compile("a")\ndef f(s):\n    return _X_RE.match(s)\n'
              '_X_RE = re.compile("b")\nCOUNT: int = 1\nCOUNT += 1\nTOTAL: int\n')
    assert bound_twice(source) == ["_X_RE"]
