"""Is a daemon running on a state file, and what is it doing? The lock and heartbeat files.

``monitor run`` holds an exclusive ``flock`` on ``STATE.lock`` for as long as it lives (a
second daemon on the same state refuses to start, naming the PID written in it) and rewrites
``STATE.heartbeat`` every few seconds: its PID, when it started, the time of the beat, and each
poll in progress with the time it last moved on and the time after which it counts as stuck.

``monitor health`` reads both and never writes: the kernel drops a lock when its process dies,
so a lock nobody holds means no daemon is running, even when a SIGKILLed daemon left the files
behind; a held lock with an old heartbeat means a daemon that is alive but not responding.
Neither file is state: deleting them (with no daemon running) loses nothing.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: Seconds between two heartbeats, and the age past which a heartbeat means a frozen daemon.
HEARTBEAT_EVERY = 2.0
HEARTBEAT_STALE = 60.0


def lock_path(state_path: Path) -> Path:
    return state_path.with_name(state_path.name + ".lock")


def heartbeat_path(state_path: Path) -> Path:
    return state_path.with_name(state_path.name + ".heartbeat")


@dataclass(frozen=True)
class PollInProgress:
    """One feed's poll as the daemon last reported it."""

    feed_url: str
    started_at: dt.datetime
    #: When it last moved on (started, fetched its feed, finished an item).
    progress_at: dt.datetime
    #: After this, with no progress, it is stuck: longer than any one step may take.
    stuck_at: dt.datetime
    doing: str


@dataclass(frozen=True)
class Heartbeat:
    """What the daemon wrote last."""

    pid: int
    started_at: dt.datetime
    beat_at: dt.datetime
    polls: tuple[PollInProgress, ...] = ()
    #: Set by a clean shutdown: the daemon stopped on purpose.
    stopped_at: dt.datetime | None = None

    def as_json(self) -> dict[str, Any]:
        return {"pid": self.pid, "started_at": _iso(self.started_at),
                "beat_at": _iso(self.beat_at), "stopped_at": _iso(self.stopped_at),
                "polls": [{"feed_url": p.feed_url, "started_at": _iso(p.started_at),
                           "progress_at": _iso(p.progress_at), "stuck_at": _iso(p.stuck_at),
                           "doing": p.doing} for p in self.polls]}


def write_heartbeat(path: Path, beat: Heartbeat) -> None:
    """Replace the heartbeat file at once (a reader never sees half of one)."""
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(beat.as_json()), encoding="utf-8")
    os.replace(temporary, path)


def read_heartbeat(path: Path) -> Heartbeat | None:
    """The last heartbeat, or None when there is none or it cannot be read."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return Heartbeat(
            pid=int(raw["pid"]), started_at=_time(raw["started_at"]),
            beat_at=_time(raw["beat_at"]),
            stopped_at=_time(raw["stopped_at"]) if raw.get("stopped_at") else None,
            polls=tuple(PollInProgress(str(p["feed_url"]), _time(p["started_at"]),
                                       _time(p["progress_at"]), _time(p["stuck_at"]),
                                       str(p["doing"])) for p in raw.get("polls", [])))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


@dataclass(frozen=True)
class LockState:
    """Whether a daemon holds the state file's lock: ``held``, ``free`` (a daemon ran here
    and is gone), ``absent`` (no daemon ever ran here) or ``unknown`` (unreadable)."""

    state: str
    #: The PID the lock file names (the holder, or the last daemon that held it).
    pid: int | None = None
    detail: str = ""


def probe_lock(path: Path) -> LockState:
    """Test the daemon lock without keeping it: a shared lock is taken and dropped at once,
    which succeeds only when no daemon holds its exclusive one (``Daemon._take_lock`` retries
    for a moment, so a probe never makes a starting daemon give up)."""
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        return LockState("absent")
    except OSError as exc:
        return LockState("unknown", detail=f"{path}: {exc.strerror or exc}")
    with handle:
        pid = _pid(handle.read(64))
        try:
            fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return LockState("held", pid)
        except OSError as exc:
            return LockState("unknown", pid, f"{path}: {exc.strerror or exc}")
        fcntl.flock(handle, fcntl.LOCK_UN)
        return LockState("free", pid)


def _pid(data: bytes) -> int | None:
    text = data.decode("ascii", "replace").strip()
    return int(text) if text.isdigit() else None


def _time(value: Any) -> dt.datetime:
    moment = dt.datetime.fromisoformat(str(value))
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _iso(moment: dt.datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment else None
