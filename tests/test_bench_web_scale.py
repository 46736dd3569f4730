"""bench/web_scale.py still runs (its --quick size, end to end). No timing is asserted: the
benchmark reports times, tests never judge them. Nor are its plans judged here: at 2,000 seasons
with statistics (it runs ANALYZE) SQLite rightly scans a 34-row table; tests/test_paging.py
checks the plans, and the full-size run reports them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"


def test_web_scale_runs_at_quick_size() -> None:
    done = subprocess.run([sys.executable, str(BENCH / "web_scale.py"), "--quick"],
                          capture_output=True, text=True, timeout=300, cwd=BENCH.parent)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "/api/seasons deep" in done.stdout and "status --json over 2,000 rows" in done.stdout
    assert "query plans:" in done.stdout
