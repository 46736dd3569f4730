"""Per-host politeness: at most N requests in flight to one host, and a pause between them.

Every fetch of the daemon (feeds and article pages, from any poll thread) goes through one
``HostGate``. A thread asks for a slot for a URL's host; it waits while the host already has
``max_per_host`` requests in flight, then until ``min_delay`` seconds have passed since the
previous request to that host started. Other hosts are never held up: each host has its own
semaphore and its own clock, and no lock is held while waiting.

Waits go through ``sleep`` (by default a shared stop event's ``wait``), so a shutdown releases
every waiting thread at once; ``slot`` then raises :class:`Stopping`. The clock and the sleep are
injected so the spacing is testable without waiting. This module never does any I/O itself.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

#: How long one wait for a busy host's slot lasts before the stop event is looked at again.
SLOT_POLL_SECONDS = 0.25


class Stopping(Exception):
    """The gate was closed (the daemon is shutting down) while a request waited for its turn."""


def host_key(url: str) -> str | None:
    """``host:port`` a URL's requests are counted under; None for non-network URLs."""
    try:
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            return None
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError:
        return None  # fetch_url reports the malformed URL itself
    return f"{parts.hostname.lower().rstrip('.')}:{port}"


class HostGate:
    """Politeness limits shared by every fetch of a process (thread-safe)."""

    def __init__(self, max_per_host: int = 2, min_delay: float = 1.0, *,
                 stop: threading.Event | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], bool] | None = None) -> None:
        if max_per_host < 1:
            raise ValueError("max_per_host must be at least 1")
        self.max_per_host = max_per_host
        self.min_delay = max(0.0, min_delay)
        self.stop = stop or threading.Event()
        self.clock = clock
        #: Waits ``seconds``; returns True when woken because the gate is closing.
        self.sleep = sleep or self.stop.wait
        self._lock = threading.Lock()
        self._slots: dict[str, threading.BoundedSemaphore] = {}
        self._next_start: dict[str, float] = {}

    def close(self) -> None:
        """Release every waiting thread (they raise Stopping); later slots are refused."""
        self.stop.set()

    @contextmanager
    def slot(self, url: str) -> Iterator[None]:
        """Hold one of the host's slots for the duration of a request."""
        host = host_key(url)
        if host is None:
            yield
            return
        semaphore = self._semaphore(host)
        while not semaphore.acquire(timeout=SLOT_POLL_SECONDS):
            if self.stop.is_set():
                raise Stopping(url)
        try:
            self._wait_turn(host, url)
            yield
        finally:
            semaphore.release()

    def _semaphore(self, host: str) -> threading.BoundedSemaphore:
        with self._lock:
            if host not in self._slots:
                self._slots[host] = threading.BoundedSemaphore(self.max_per_host)
            return self._slots[host]

    def _wait_turn(self, host: str, url: str) -> None:
        """Book the host's next start time, then wait for it (outside the lock)."""
        with self._lock:
            now = self.clock()
            start = max(now, self._next_start.get(host, now))
            self._next_start[host] = start + self.min_delay
        if self.stop.is_set():
            raise Stopping(url)
        wait = start - now
        if wait > 0 and self.sleep(wait):
            raise Stopping(url)
