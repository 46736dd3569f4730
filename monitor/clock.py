"""The wall clock, in a module of its own: commands that only need "now" (`health`, `mute`,
`feeds` …) read it without loading the pipeline, and with it the extractor's patterns (seconds
of CPU)."""

from __future__ import annotations

import datetime as dt


def utc_now() -> dt.datetime:
    """The current time, timezone-aware in UTC."""
    return dt.datetime.now(dt.UTC)
