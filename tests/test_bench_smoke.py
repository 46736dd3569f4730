"""The benchmarks still run: each one at its --quick size, end to end. No timing is asserted."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.mark.parametrize("script", ["article_throughput.py", "instances.py", "poll_cycle.py",
                                    "state_scale.py", "soak.py"])
def test_benchmark_runs_at_quick_size(script: str) -> None:
    done = subprocess.run([sys.executable, str(BENCH / script), "--quick"], capture_output=True,
                          text=True, timeout=300, cwd=BENCH.parent)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "| target" in done.stdout and "verdict" in done.stdout
    assert "machine:" in done.stdout
