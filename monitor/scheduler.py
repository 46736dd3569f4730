"""The daemon: one APScheduler job per feed on its own interval, one job draining the outbox.

Jobs never overlap with themselves (``max_instances=1``), runs missed during a suspend are
coalesced into one, and each job opens its own connection to the state file, so a slow feed
holds up nothing but itself. SIGTERM/SIGINT stop it cleanly; SIGHUP reloads the config.
This module owns the only scheduler in the process and must never be imported by the stages.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import signal
import threading
from collections.abc import Callable
from pathlib import Path
from types import FrameType

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler

from .config import Config, FeedConfig, load_config
from .delivery import deliver_pending
from .errors import MonitorError
from .pipeline import Clock, make_context, poll_feed, utc_now
from .state import StateStore

log = logging.getLogger(__name__)

DELIVER_JOB = "deliver"
#: Poll threads; each feed job still runs one at a time.
POLL_WORKERS = 4
#: First polls are spread over this many seconds, so a restart does not hit every site at once.
MAX_START_SPREAD = 10.0


class Daemon:
    """The long-running service behind ``monitor run``."""

    def __init__(self, config_path: Path | None, *, now: Clock = utc_now,
                 rng: random.Random | None = None) -> None:
        self.config_path = config_path
        self.now = now
        self.rng = rng or random.Random()
        self.config: Config = load_config(config_path)
        self._stop = threading.Event()
        self._reload = threading.Event()
        self._scheduler: BackgroundScheduler | None = None
        self._deliver_lock = threading.Lock()

    # --- jobs -----------------------------------------------------------------------------------

    def poll_job(self, feed: FeedConfig) -> None:
        """Poll one feed, then ask the delivery job to run now if alerts were queued."""
        try:
            store = StateStore(self.config.state_path)
            try:
                outcome = poll_feed(feed, make_context(self.config, store, now=self.now))
            finally:
                store.close()
        except MonitorError as exc:
            log.error("feed %s: %s", feed.name, exc)
            return
        if outcome.alerts and self._scheduler is not None:
            self._scheduler.modify_job(DELIVER_JOB, next_run_time=self.now())

    def deliver_job(self) -> None:
        """Send what the outbox holds; failures stay queued with their retry time."""
        with self._deliver_lock:
            try:
                store = StateStore(self.config.state_path)
                try:
                    deliver_pending(store, self.config.channels, now=self.now(), rng=self.rng,
                                    policy=self.config.retry)
                finally:
                    store.close()
            except MonitorError as exc:
                log.error("delivery: %s", exc)

    # --- lifecycle ------------------------------------------------------------------------------

    def _schedule(self, scheduler: BackgroundScheduler) -> None:
        start = self.now()
        for feed in self.config.feeds:
            delay = self.rng.uniform(0, min(MAX_START_SPREAD, feed.interval / 10))
            scheduler.add_job(
                self.poll_job, "interval", args=[feed], id=f"feed:{feed.url}", name=feed.name,
                seconds=feed.interval, jitter=min(60.0, feed.interval / 10),
                next_run_time=start + dt.timedelta(seconds=delay), replace_existing=True,
            )
        scheduler.add_job(self.deliver_job, "interval", id=DELIVER_JOB, name="deliver",
                          seconds=self.config.deliver_every, next_run_time=start,
                          replace_existing=True)

    def start(self) -> None:
        StateStore(self.config.state_path).close()  # create or migrate the file before any job
        scheduler = BackgroundScheduler(
            timezone="UTC",
            executors={"default": ThreadPoolExecutor(POLL_WORKERS)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 3600},
        )
        self._schedule(scheduler)
        scheduler.start()
        self._scheduler = scheduler
        log.info("monitor running: %d feeds, %d channels, state %s", len(self.config.feeds),
                 len(self.config.channels), self.config.state_path)

    def reload(self) -> None:
        """Re-read the config; on an error keep running with the old one."""
        try:
            config = load_config(self.config_path)
        except MonitorError as exc:
            log.error("reload failed, keeping the current configuration: %s", exc)
            return
        self.config = config
        if self._scheduler is not None:
            self._scheduler.remove_all_jobs()
            self._schedule(self._scheduler)
        log.info("configuration reloaded: %d feeds, %d channels", len(config.feeds),
                 len(config.channels))

    def stop(self) -> None:
        self._stop.set()

    def run_forever(self, *, install_signals: bool = True,
                    should_stop: Callable[[], bool] | None = None) -> None:
        """Run until SIGTERM/SIGINT (or ``should_stop``); SIGHUP reloads the config."""
        if install_signals:
            signal.signal(signal.SIGTERM, self._on_stop_signal)
            signal.signal(signal.SIGINT, self._on_stop_signal)
            signal.signal(signal.SIGHUP, self._on_reload_signal)
        self.start()
        try:
            while not self._stop.is_set():
                if self._reload.is_set():
                    self._reload.clear()
                    self.reload()
                if should_stop is not None and should_stop():
                    break
                self._stop.wait(0.5)
        finally:
            log.info("monitor stopping")
            if self._scheduler is not None:
                # Running jobs finish their current fetch (bounded by the fetch timeouts).
                self._scheduler.shutdown(wait=True)
            log.info("monitor stopped")

    def _on_stop_signal(self, signum: int, frame: FrameType | None) -> None:
        self._stop.set()

    def _on_reload_signal(self, signum: int, frame: FrameType | None) -> None:
        self._reload.set()
