"""Where the shared development set is: ``$MONITOR_DEVSET``, else ``../shared/devset`` beside
the repository. Tests that need it skip with this reason when it is absent (its article texts
are third-party and never copied into the repository)."""

from __future__ import annotations

import os
from pathlib import Path

DEVSET = Path(os.environ.get("MONITOR_DEVSET")
              or Path(__file__).resolve().parents[1].parent / "shared" / "devset")
MISSING = f"the shared devset is not at {DEVSET} (set MONITOR_DEVSET)"
