"""The daemon: one APScheduler job per feed on its own interval, one job draining the outbox.

Jobs never overlap with themselves (``max_instances=1``), runs missed during a suspend are
coalesced into one (however late), and each job opens its own connection to the state file and
its own HTTP session, so a slow feed holds up nothing but itself: feeds run in a pool of
``monitor.poll_workers`` threads, delivery in its own thread, and the only thing fetches share
is the per-host politeness gate. A failing feed's job is moved to the feed's ``next_poll_at``
(its backoff), which also holds across restarts.

SIGTERM/SIGINT stop it within a few seconds: polls stop after the current item, fetches waiting
for a politeness slot are dropped, and a fetch still running after ``SHUTDOWN_GRACE`` is
abandoned (pool threads are daemon threads; SQLite rolls back whatever they had not committed).
SIGHUP reloads the config without touching the state, and so does a change of the config file
itself (``monitor watch add``, ``monitor feeds import``, an editor): the daemon looks at the
file every ``monitor.config_check_every`` and reloads once its new content has stayed the same
for one look (:class:`ConfigFileWatch`). A reload that fails keeps the running config.

The daemon owns the alert channels: it opens them from the config's channel settings at start
(a missing secret stops the start, naming the key), opens the new ones at a reload before it
lets the old ones go (a reload that cannot open them keeps the old config and channels), and
closes them when it is replaced or stops, so their connections are released.
On a PostgreSQL state several daemons run side by side (``Config.state.shared``): none takes
the file lock; each ticks every second or so (:meth:`Daemon.cluster_tick`): it holds or tries
the leader's lease (:mod:`monitor.ops.leader`), writes its heartbeat row, renews its claims, and
claims due polls up to its free poll workers. Only the leader queues polls (a feed whose
``next_poll_at`` has come); any instance runs them and delivers. A poll or delivery claimed by
an instance that died is claimed again once its lease lapses; a leader that died is replaced at
the next tick of another instance (a frozen one once its session times out, one lease).

This module owns the only scheduler in the process and must never be imported by the stages.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import logging
import math
import os
import queue
import random
import signal
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any

import requests
from apscheduler.executors.pool import BasePoolExecutor
from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers import SchedulerNotRunningError
from apscheduler.schedulers.background import BackgroundScheduler

from .alerts.channels import Channel, close_channels, open_channels
from .alerts.delivery import deliver_pending
from .clock import utc_now
from .config import Config, FeedConfig, load_config
from .errors import MonitorError, StateError
from .ingest.fetch import make_session
from .ingest.politeness import HostGate
from .ops.liveness import (
    HEARTBEAT_EVERY,
    Heartbeat,
    PollInProgress,
    heartbeat_path,
    lock_path,
    write_heartbeat,
)
from .ops.memory import release_free_memory
from .pipeline import Clock, PollOutcome, make_context, poll_feed
from .store.cluster import FeedSchedule, Instance
from .store.known import KnownState
from .store.state import FeedState, StateStore
from .workers import WorkerPool

log = logging.getLogger(__name__)

DELIVER_JOB = "deliver"
CLUSTER_JOB = "cluster"
#: Longest time between two cluster ticks (leader check, heartbeat row, claims).
MAX_TICK = 1.0
#: First polls are spread over this many seconds, so a restart does not hit every site at once.
MAX_START_SPREAD = 10.0
#: Seconds a stop waits for running jobs before abandoning them.
SHUTDOWN_GRACE = 3.0
#: How long a starting daemon retries the lock (a `monitor health` probe holds it an instant).
LOCK_RETRY_SECONDS = 1.0
#: Added to a poll step's own limits for the state writes and the thread scheduling around it.
STEP_SLACK = 5.0


def step_limit(config: Config) -> float:
    """Seconds one step of a poll (the feed, or one item) may go without progress before it
    counts as stuck: its politeness wait behind the other polls' requests to the host, its
    fetch within ``fetch.deadline``, reading the article within ``monitor.article_budget``."""
    fetch = config.fetch
    queued = math.ceil(config.poll_workers / fetch.max_per_host)
    return ((queued + 1) * (fetch.connect_timeout + fetch.deadline + fetch.host_delay)
            + config.article_budget + STEP_SLACK)


class ConfigFileWatch:
    """Notices that the config file changed, without reading it on every look.

    Each :meth:`changed` call is one look: a ``stat`` (modification time, size, inode). A
    different answer is only noted; the content is hashed once the file has looked the same
    at the next look too (whoever writes it is done: an editor saving in steps, a copy in
    progress), and :meth:`changed` says True once per new content, so a bad edit is reported
    once, not at every look. This class reads the file and nothing else.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._seen = self._signature()
        self._pending = False
        self._digest = self._hash()

    def changed(self) -> bool:
        signature = self._signature()
        if signature != self._seen:
            self._seen, self._pending = signature, True
            return False
        if not self._pending:
            return False
        self._pending = False
        digest = self._hash()
        if digest is None or digest == self._digest:
            return False
        self._digest = digest
        return True

    def reset(self) -> None:
        """Take the file as it is now as read (after a reload for another reason)."""
        self._seen, self._pending, self._digest = self._signature(), False, self._hash()

    def _signature(self) -> tuple[int, int, int] | None:
        try:
            info = self.path.stat()
        except OSError:
            return None
        return info.st_mtime_ns, info.st_size, info.st_ino

    def _hash(self) -> str | None:
        try:
            return hashlib.sha256(self.path.read_bytes()).hexdigest()
        except OSError:
            return None  # gone or unreadable for now: nothing to reload


class DaemonThreadPool:
    """A minimal ``concurrent.futures``-style pool whose threads never hold up the exit.

    The standard ThreadPoolExecutor joins its threads when the interpreter exits, so one fetch
    stuck on a slow server would delay a SIGTERM by up to the fetch deadline. These threads are
    daemon threads: the stop waits a bounded time for them (``Daemon._wait_idle``) and then the
    process exits anyway.
    """

    def __init__(self, workers: int, name: str) -> None:
        self._queue: queue.SimpleQueue[tuple[Future[Any], Callable[..., Any], tuple[Any, ...],
                                             dict[str, Any]] | None] = queue.SimpleQueue()
        self._threads = [threading.Thread(target=self._work, name=f"{name}-{i}", daemon=True)
                         for i in range(max(1, workers))]
        for thread in self._threads:
            thread.start()

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        self._queue.put((future, fn, args, kwargs))
        return future

    def shutdown(self, wait: bool = True) -> None:
        for _ in self._threads:
            self._queue.put(None)
        if wait:
            for thread in self._threads:
                thread.join()

    def _work(self) -> None:
        while True:
            task = self._queue.get()
            if task is None:
                return
            future, fn, args, kwargs = task
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(fn(*args, **kwargs))
            except BaseException as exc:  # handed to APScheduler, which logs it
                future.set_exception(exc)


class DaemonPoolExecutor(BasePoolExecutor):  # type: ignore[misc]
    """APScheduler executor over a :class:`DaemonThreadPool`."""

    def __init__(self, workers: int, name: str) -> None:
        super().__init__(DaemonThreadPool(workers, name))


class Daemon:
    """The long-running service behind ``monitor run``."""

    def __init__(self, config_path: Path | None, *, now: Clock = utc_now,
                 rng: random.Random | None = None) -> None:
        self.config_path = config_path
        self.now = now
        self.rng = rng or random.Random()
        self.config: Config = load_config(config_path)
        #: The live channels, opened from ``config.channels``; ours to close.
        self.channels: dict[str, Channel] = open_channels(self.config.channels)
        self._stop = threading.Event()
        self._reload = threading.Event()
        self._scheduler: BackgroundScheduler | None = None
        self._deliver_lock = threading.Lock()
        self._local = threading.local()
        self.gate = self._make_gate(self.config)
        self._running: Counter[str] = Counter()
        self._idle = threading.Condition()
        self.metrics: Any = None
        self.workers: WorkerPool | None = None
        self._lock_file: Any = None
        #: The polls running now: feed URL -> [started, last progress, what it is doing].
        self._polls: dict[str, list[Any]] = {}
        self._polls_lock = threading.Lock()
        self._started_at: dt.datetime | None = None
        self._beat_failed = False
        #: The state file this daemon locked (its lock and heartbeat files sit beside it);
        #: None on a shared (PostgreSQL) state, where the heartbeat is a row.
        self._state_path: Path | None = self.config.state.path
        self.config_watch = ConfigFileWatch(self.config.path)
        self._next_config_look = 0.0
        #: On a shared state: who this instance is, its try at leading, the polls it claimed.
        self.instance_id = f"{socket.gethostname()}:{os.getpid()}"
        self.lease: Any = None
        self.role = "single"
        self._claimed = 0
        #: The leader's view of which feeds come due (None while it does not lead).
        self._due: DuePolls | None = None
        self._claimed_lock = threading.Lock()
        self._poll_pool: DaemonThreadPool | None = None
        #: The confirmed titles and latest seasons every article is read with, kept across
        #: polls (one per state: a reload onto another state starts a new one).
        self.known = KnownState()
        self._known_where = self.config.state
        if self.config.metrics_listen is not None:
            from .ops.metrics import Metrics

            self.metrics = Metrics(lambda: self.config.state, lambda: self.config.feeds,
                                   self.now)

    def _make_gate(self, config: Config) -> HostGate:
        return HostGate(config.fetch.max_per_host, config.fetch.host_delay, stop=self._stop)

    # --- jobs -----------------------------------------------------------------------------------

    def poll_job(self, feed: FeedConfig) -> None:
        """Poll one feed, unless it is backing off; then ask the delivery job to run now if
        alerts were queued, and move the feed's next run to its backoff time if it failed."""
        if self._stop.is_set():
            return
        with self._busy(f"feed {feed.name}"):
            try:
                outcome = self._poll(feed, self.config)
            except MonitorError as exc:
                log.error("feed %s: %s", feed.name, exc)
                return
            finally:
                if self.config.trim_memory:  # what the poll freed, out of its thread's arena
                    release_free_memory()
        if outcome is None:
            return
        if self.metrics is not None:
            self.metrics.observe_poll(outcome)
        if outcome.result == "error" and outcome.next_poll_at is not None:
            self._move_job(feed, outcome.next_poll_at)
        if outcome.alerts:
            self._nudge(DELIVER_JOB, self.now())

    def _poll(self, feed: FeedConfig, config: Config) -> PollOutcome | None:
        # (a poll still running on the state of the config before a reload keeps to itself)
        store = StateStore(config.state, known=self.known
                           if config.state == self._known_where else None)
        try:
            state = store.feeds.state(feed.url)
            due = state.next_poll_at
            if due is not None and (due - self.now()).total_seconds() > _tolerance(feed):
                log.debug("feed %s: backing off until %s", feed.name, due.isoformat())
                self._move_job(feed, due)
                return None
            self._progress(feed.url, "fetching the feed", started=True)
            return poll_feed(feed, make_context(
                config, store, now=self.now, gate=self.gate, stop=self._stop,
                workers=self.workers, session=self._session(config.user_agent),
                progress=lambda doing: self._progress(feed.url, doing)))
        finally:
            with self._polls_lock:
                self._polls.pop(feed.url, None)
            store.close()

    def _progress(self, feed_url: str, doing: str, *, started: bool = False) -> None:
        """A poll moved on (for the heartbeat, which tells a stuck poll from a slow one)."""
        now = self.now()
        with self._polls_lock:
            track = self._polls.get(feed_url)
            if started or track is None:
                self._polls[feed_url] = [now, now, doing]
            else:
                track[1:] = [now, doing]

    def beat(self, *, stopped: bool = False) -> None:
        """Write the heartbeat: alive now, and each running poll with the time it counts as
        stuck. A failed write is logged once; the daemon goes on. (On a shared state the
        heartbeat is the instance's row, written by ``cluster_tick``.)"""
        if self._started_at is None or self._state_path is None:
            return
        now = self.now()
        limit = dt.timedelta(seconds=step_limit(self.config))
        with self._polls_lock:
            polls = tuple(PollInProgress(url, started, progress, progress + limit, doing)
                          for url, (started, progress, doing) in self._polls.items())
        beat = Heartbeat(os.getpid(), self._started_at, now, () if stopped else polls,
                         now if stopped else None)
        try:
            write_heartbeat(heartbeat_path(self._state_path), beat)
            self._beat_failed = False
        except OSError as exc:
            if not self._beat_failed:
                log.warning("cannot write the heartbeat (monitor health will call the daemon "
                            "unresponsive): %s", exc)
            self._beat_failed = True

    def _session(self, user_agent: str) -> requests.Session:
        """This worker thread's HTTP session: kept across polls so connections are reused
        (a requests.Session is not shared between threads)."""
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None or session.headers.get("User-Agent") != user_agent:
            if session is not None:
                session.close()
            session = make_session(user_agent)
            self._local.session = session
        return session

    def deliver_job(self) -> None:
        """Send what the outbox holds; failures stay queued with their retry time."""
        with self._deliver_lock, self._busy("delivery"):
            try:
                store = StateStore(self.config.state)
                try:
                    claims: dict[str, Any] = {}
                    if self.config.state.shared:  # renewed every tick while we live
                        claims = {"claimant": self.instance_id, "lease": self.config.lease}
                    report = deliver_pending(store.outbox, self.channels, now=self.now(),
                                             rng=self.rng, policy=self.config.retry, **claims)
                finally:
                    store.close()
            except MonitorError as exc:
                log.error("delivery: %s", exc)
                return
        if self.metrics is not None:
            self.metrics.observe_delivery(report)

    @contextmanager
    def _busy(self, what: str) -> Iterator[None]:
        with self._idle:
            self._running[what] += 1
        try:
            yield
        finally:
            with self._idle:
                self._running[what] -= 1
                if self._running[what] <= 0:
                    del self._running[what]
                self._idle.notify_all()

    def _wait_idle(self, timeout: float) -> list[str]:
        """Wait up to ``timeout`` s for running jobs; return the ones still running."""
        with self._idle:
            self._idle.wait_for(lambda: not self._running, timeout=timeout)
            return sorted(self._running)

    def _move_job(self, feed: FeedConfig, when: dt.datetime) -> None:
        self._nudge(_job_id(feed), when)

    def _nudge(self, job_id: str, when: dt.datetime) -> None:
        if self._scheduler is None or self._stop.is_set():
            return
        try:
            self._scheduler.modify_job(job_id, next_run_time=when)
        except (JobLookupError, SchedulerNotRunningError):
            pass  # removed by a reload, or stopping: nothing to move

    # --- several instances on a shared state ------------------------------------------------

    def cluster_tick(self) -> None:
        """Lead or follow, beat, renew our claims, queue due polls (leader), claim polls."""
        if self._stop.is_set() or self.lease is None or self._started_at is None:
            return
        leading = self.lease.hold()
        if not leading:
            self._due = None  # should it lead again, it reads every feed's schedule anew
        self.role = "leader" if leading else "follower"
        now = self.now()
        lease = dt.timedelta(seconds=self.config.lease)
        try:
            with StateStore(self.config.state) as store:
                store.cluster.beat(Instance(self.instance_id, socket.gethostname(), os.getpid(),
                                            self.role, self._started_at, now, None))
                store.cluster.renew(claimant=self.instance_id, until=now + lease)
                if leading:
                    self._queue_due(store, now)
                self._claim_polls(store, now, lease)
        except MonitorError as exc:
            log.error("instance %s: %s", self.instance_id, exc)

    def _queue_due(self, store: StateStore, now: dt.datetime) -> None:
        """The leader's one duty: queue every configured feed whose time has come."""
        if self._due is None or self._due.feeds is not self.config.feeds:
            self._due = DuePolls(self.config.feeds)  # a new leadership, or a reload
        due = self._due.due(store, now)
        if due:
            count = store.cluster.queue_due(due)
            log.debug("leader: queued %d due polls", count)

    def _claim_polls(self, store: StateStore, now: dt.datetime, lease: dt.timedelta) -> None:
        if self._poll_pool is None:
            return
        with self._claimed_lock:
            free = self.config.poll_workers - self._claimed
        feeds = {f.url: f for f in self.config.feeds}
        for url in store.cluster.claim_polls(now, free, claimant=self.instance_id, lease=lease):
            feed = feeds.get(url)
            if feed is None:  # removed from the config since it was queued
                store.cluster.finish_poll(url, claimant=self.instance_id)
                continue
            with self._claimed_lock:
                self._claimed += 1
            self._poll_pool.submit(self._run_claimed, feed)

    def _run_claimed(self, feed: FeedConfig) -> None:
        """Poll a feed this instance claimed, remove its queue row, and go on with the next
        due poll at once while there is one (a tick only starts these runs; a busy instance
        keeps its workers fed without waiting for it). A poll cut short by a stop keeps its
        row: our claims are given back and another instance polls it."""
        lease = dt.timedelta(seconds=self.config.lease)
        feeds = {f.url: f for f in self.config.feeds}
        current: FeedConfig | None = feed
        try:
            while current is not None and not self._stop.is_set():
                self.poll_job(current)
                if self._stop.is_set():
                    break
                with StateStore(self.config.state) as store:
                    store.cluster.finish_poll(current.url, claimant=self.instance_id)
                    current = None
                    for url in store.cluster.claim_polls(self.now(), 1,
                                                         claimant=self.instance_id,
                                                         lease=lease):
                        current = feeds.get(url)
                        if current is None:  # removed from the config since it was queued
                            store.cluster.finish_poll(url, claimant=self.instance_id)
        except MonitorError as exc:
            log.error("feed %s: %s", feed.name, exc)
        finally:
            with self._claimed_lock:
                self._claimed -= 1

    # --- lifecycle ------------------------------------------------------------------------------

    def _schedule(self, scheduler: BackgroundScheduler) -> None:
        start = self.now()
        if self.config.state.shared:
            tick = min(MAX_TICK, self.config.lease / 3)
            scheduler.add_job(self.cluster_tick, "interval", id=CLUSTER_JOB, name="cluster",
                              seconds=tick, next_run_time=start, replace_existing=True,
                              executor="cluster")
            scheduler.add_job(self.deliver_job, "interval", id=DELIVER_JOB, name="deliver",
                              seconds=self.config.deliver_every, next_run_time=start,
                              replace_existing=True, executor="deliver")
            return
        with StateStore(self.config.state_path) as store:
            states = {f.url: store.feeds.state(f.url) for f in self.config.feeds}
        for feed in self.config.feeds:
            delay = self.rng.uniform(0, min(MAX_START_SPREAD, feed.interval / 10))
            first = first_poll_at(states[feed.url], feed, start + dt.timedelta(seconds=delay))
            scheduler.add_job(
                self.poll_job, "interval", args=[feed], id=_job_id(feed), name=feed.name,
                seconds=feed.interval, jitter=min(60.0, feed.interval / 10),
                next_run_time=first, replace_existing=True,
            )
        scheduler.add_job(self.deliver_job, "interval", id=DELIVER_JOB, name="deliver",
                          seconds=self.config.deliver_every, next_run_time=start,
                          replace_existing=True, executor="deliver")

    def _take_lock(self) -> None:
        """Refuse to run beside another daemon on the same state file (both would poll)."""
        self._state_path = self.config.state_path
        path = lock_path(self._state_path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle = open(path, "a+")  # noqa: SIM115 - held open for the daemon's lifetime
        except OSError as exc:
            raise StateError(f"{path}: cannot open the daemon lock file: {exc}") from exc
        give_up = time.monotonic() + LOCK_RETRY_SECONDS
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError:
                if time.monotonic() < give_up:
                    time.sleep(0.05)  # perhaps only a `monitor health` probe
                    continue
                handle.seek(0)
                holder = handle.read().strip() or "unknown"
                handle.close()
                raise StateError(f"{self.config.state_path}: another monitor is already "
                                 f"running on this state file (PID {holder}); stop it "
                                 "first") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        self._lock_file = handle

    def start(self) -> None:
        if self.config.state.shared:
            self._start_instance()
        else:
            self._take_lock()
            self._started_at = self.now()
            self.beat()  # from the first moment, `monitor health` sees a live daemon
            with StateStore(self.config.state_path) as store:  # create or migrate it first
                # We hold the file's lock: whoever claimed deliveries before is gone.
                store.outbox.release_all()
        self.open_workers()
        scheduler = BackgroundScheduler(
            timezone="UTC",
            executors={"default": DaemonPoolExecutor(self.config.poll_workers, "poll"),
                       "deliver": DaemonPoolExecutor(1, "deliver"),
                       "cluster": DaemonPoolExecutor(1, "cluster")},
            # misfire_grace_time None: a run missed during a suspend still happens (once).
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
        )
        self._schedule(scheduler)
        if self.metrics is not None and self.config.metrics_listen is not None:
            self.metrics.serve(*self.config.metrics_listen)
        scheduler.start()
        self._scheduler = scheduler
        log.info("monitor running: %d feeds, %d channels, state %s%s", len(self.config.feeds),
                 len(self.config.channels), self.config.state,
                 f", instance {self.instance_id}" if self.config.state.shared else "")

    def open_workers(self) -> WorkerPool:
        """The article worker processes the polls hand their reading and extracting to (as
        configured: how many, each article's budget, the jobs a worker serves)."""
        self.workers = WorkerPool(self.config.article_workers, self.config.article_budget,
                                  stop=self._stop, max_jobs=self.config.article_worker_jobs)
        return self.workers

    def _start_instance(self) -> None:
        """One of several instances on a shared state: no lock file; a try at leading."""
        from .ops.leader import LeaderLease
        from .store.postgres import PostgresDatabase

        with StateStore(self.config.state) as store:  # create or migrate it first
            assert isinstance(store.db, PostgresDatabase)
            self.lease = LeaderLease(store.db, lease=self.config.lease, name=self.instance_id)
        self.role = "follower"
        self._started_at = self.now()
        self._poll_pool = DaemonThreadPool(self.config.poll_workers, "claimed-poll")

    def reload(self) -> None:
        """Re-read the config; on any error keep running with the old one."""
        self.config_watch.reset()
        try:
            config = load_config(self.config_path)
            if config.state.shared != self.config.state.shared:
                raise MonitorError("monitor.state: moving between SQLite and PostgreSQL "
                                   "takes a restart")
            if config.state != self.config.state:
                StateStore(config.state).close()  # a new state must open first
            channels = open_channels(config.channels)
        except MonitorError as exc:
            log.error("reload failed, keeping the current configuration: %s", exc)
            return
        except Exception as exc:  # whatever the new file holds, the daemon keeps running
            log.debug("reload failed", exc_info=True)
            log.error("reload failed, keeping the current configuration: %s: %s",
                      type(exc).__name__, exc)
            return
        if config.poll_workers != self.config.poll_workers:
            log.warning("monitor.poll_workers changed: takes effect at the next restart")
        if config.metrics_listen != self.config.metrics_listen:
            log.warning("monitor.metrics_listen changed: takes effect at the next restart")
        if config.article_workers != self.config.article_workers:
            log.warning("monitor.article_workers changed: takes effect at the next restart")
        if self.workers is not None:
            self.workers.budget = config.article_budget
            self.workers.max_jobs = config.article_worker_jobs
        with self._deliver_lock:  # no delivery is using the old channels while they close
            old, self.channels = self.channels, channels
            if config.state != self.config.state:
                self.known, self._known_where = KnownState(), config.state
            self.config = config
        close_channels(old)
        self.gate = self._make_gate(config)
        if self._scheduler is not None:
            self._scheduler.remove_all_jobs()
            self._schedule(self._scheduler)
        log.info("configuration reloaded: %d feeds, %d channels", len(config.feeds),
                 len(config.channels))

    def stop(self) -> None:
        self._stop.set()

    def _config_file_changed(self) -> bool:
        """One look at the config file, every ``monitor.config_check_every`` seconds."""
        every = self.config.config_check_every
        if not every or time.monotonic() < self._next_config_look:
            return False
        self._next_config_look = time.monotonic() + every
        return self.config_watch.changed()

    def run_forever(self, *, install_signals: bool = True,
                    should_stop: Callable[[], bool] | None = None) -> None:
        """Run until SIGTERM/SIGINT (or ``should_stop``); SIGHUP reloads the config."""
        if install_signals:
            signal.signal(signal.SIGTERM, self._on_stop_signal)
            signal.signal(signal.SIGINT, self._on_stop_signal)
            signal.signal(signal.SIGHUP, self._on_reload_signal)
        self.start()
        next_beat = time.monotonic() + HEARTBEAT_EVERY
        try:
            while not self._stop.is_set():
                if self._reload.is_set():
                    self._reload.clear()
                    self.reload()
                elif self._config_file_changed():
                    log.info("config file %s changed: reloading", self.config.path)
                    self.reload()
                if should_stop is not None and should_stop():
                    break
                if time.monotonic() >= next_beat:
                    self.beat()
                    next_beat = time.monotonic() + HEARTBEAT_EVERY
                self._stop.wait(0.5)
        finally:
            self.shutdown()

    def shutdown(self, grace: float = SHUTDOWN_GRACE) -> None:
        """Stop scheduling, give running jobs ``grace`` seconds, abandon the rest."""
        log.info("monitor stopping")
        self._stop.set()  # polls end after their current item; gate waits are released
        if self._scheduler is not None:
            try:
                self._scheduler.shutdown(wait=False)
            except SchedulerNotRunningError:
                pass
        if self.workers is not None:
            self.workers.close()  # an article still being read is abandoned (done next start)
        left = self._wait_idle(grace)
        if left:
            log.warning("abandoning what is still running after %g s: %s (nothing it had not "
                        "committed is kept; it is done again on the next start)", grace,
                        ", ".join(left))
        if self.metrics is not None:
            self.metrics.stop()
        # A delivery still running after the grace is abandoned with the process; its
        # channel is closed all the same (its connection goes either way).
        acquired = self._deliver_lock.acquire(timeout=0.1)
        try:
            close_channels(self.channels)
        finally:
            if acquired:
                self._deliver_lock.release()
        if self._lock_file is not None:
            self.beat(stopped=True)
            self._lock_file.close()  # releases the lock
            self._lock_file = None
        if self.lease is not None:
            self._leave_cluster()
        log.info("monitor stopped")

    def _leave_cluster(self) -> None:
        """Give back our claims (another instance takes them at once), say we stopped, and
        let go of the leader's lease."""
        now = self.now()
        try:
            with StateStore(self.config.state) as store:
                store.cluster.release(claimant=self.instance_id)
                if self._started_at is not None:
                    store.cluster.beat(Instance(self.instance_id, socket.gethostname(),
                                                os.getpid(), self.role, self._started_at, now,
                                                now))
        except MonitorError as exc:
            log.warning("instance %s: could not give back its claims (they lapse with their "
                        "lease): %s", self.instance_id, exc)
        self.lease.release()
        self.lease = None

    def _on_stop_signal(self, signum: int, frame: FrameType | None) -> None:
        self._stop.set()

    def _on_reload_signal(self, signum: int, frame: FrameType | None) -> None:
        self._reload.set()


def _job_id(feed: FeedConfig) -> str:
    return f"feed:{feed.url}"


def _tolerance(feed: FeedConfig) -> float:
    """How early a job may run before the feed's next_poll_at (its run times drift a little)."""
    return min(feed.interval / 2, 60.0)


class DuePolls:
    """Which configured feeds the leader must queue at a tick, without reading the whole feeds
    table every tick (10,000 rows a second at 10,000 feeds).

    The first call reads every feed's schedule once and remembers the feeds due earlier than
    their stored ``next_poll_at`` says: never polled, or polled under a longer interval than
    the config now gives (:func:`due_at`). Every call then reads only the rows whose
    ``next_poll_at`` has come (an indexed query) and adds those remembered feeds whose time has
    come; a poll stores its next time under this config, so a remembered feed leaves the
    memory once queued. A new leadership or a reload starts a new one. The feeds due are
    the ones :func:`due_at` finds due over the whole table."""

    def __init__(self, feeds: Sequence[FeedConfig]) -> None:
        self.feeds = feeds
        self._by_url = {f.url: f for f in feeds}
        #: Feed URL -> when it is due, for feeds due before their stored next_poll_at.
        self._early: dict[str, dt.datetime] | None = None

    def due(self, store: StateStore, now: dt.datetime) -> list[tuple[str, dt.datetime]]:
        """(feed URL, due time) of every configured feed due at ``now`` and not queued."""
        if self._early is None:
            schedules = store.cluster.schedules()  # once: the one full read
            self._early = {}
            for feed in self.feeds:
                schedule = schedules.get(feed.url)
                when = due_at(schedule, feed, now)
                if schedule is None or schedule.next_poll_at is None \
                        or when < schedule.next_poll_at:
                    self._early[feed.url] = when
        found = {url: due_at(schedule, self._by_url[url], now)
                 for url, schedule in store.cluster.due_schedules(now).items()
                 if url in self._by_url}
        for url, when in self._early.items():
            if when <= now:
                found[url] = min(when, found.get(url, when))
        queued = store.cluster.queued_urls() if found else set()
        for url in found:
            self._early.pop(url, None)  # queued now or before: its poll stores its next time
        return [(f.url, found[f.url]) for f in self.feeds
                if f.url in found and f.url not in queued]


def due_at(schedule: FeedSchedule | None, feed: FeedConfig, now: dt.datetime) -> dt.datetime:
    """When a feed is due, as the leader sees it: never polled, now; else its next_poll_at
    (its backoff when failing), or an interval after its last poll if the config shortened it."""
    if schedule is None or schedule.next_poll_at is None:
        return now
    due = schedule.next_poll_at
    if schedule.consecutive_failures == 0 and schedule.last_polled_at is not None:
        due = min(due, schedule.last_polled_at + dt.timedelta(seconds=feed.interval))
    return due


def first_poll_at(state: FeedState, feed: FeedConfig, earliest: dt.datetime) -> dt.datetime:
    """When a (re)started daemon first polls a feed: at ``earliest``, unless the feed is backing
    off or was polled less than an interval ago (so restarts do not hammer anyone)."""
    due = state.next_poll_at
    if due is None:
        return earliest
    if state.consecutive_failures == 0 and state.last_polled_at is not None:
        # The interval may have been shortened in the config since that poll.
        due = min(due, state.last_polled_at + dt.timedelta(seconds=feed.interval))
    return max(earliest, due)
