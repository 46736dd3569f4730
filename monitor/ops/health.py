"""Health and diagnosis: what ``monitor health`` and ``monitor doctor`` report.

``check_health`` reads the state file (never writes it, never touches the network) and says
whether the service is doing its job: whether the daemon is running (its lock) and responding
(its heartbeat, see ``ops.liveness``), each feed's last successful poll, the feeds marked
unhealthy, overdue or with a poll stuck, and the outbox backlog. Its ``exit_code`` is for
monitoring systems: 0 healthy, 1 degraded (something needs a look), 2 error (the service is not
working).

``run_doctor`` checks a configuration by using it: it loads and validates the file, looks at
the state file, fetches and parses every feed once, opens every channel (its secrets read) and
asks it to reach its server WITHOUT sending anything (``Channel.probe``: a TCP/TLS connection
for webhooks, an SMTP greeting and STARTTLS for email; use ``monitor test-alert`` to send one).
It never writes the state or queues an alert.
"""

from __future__ import annotations

import datetime as dt
import smtplib
import socket
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

import requests

from ..alerts.channels import ChannelSettings, open_channel
from ..config import Config, FeedConfig, load_config
from ..errors import MonitorError, StateError
from ..ingest.feeds import parse_feed
from ..ingest.fetch import fetch_url, make_session
from ..network import network_problem
from ..store.cluster import Instance
from ..store.location import StateLocation
from ..store.schema import stored_schema_version
from ..store.state import SCHEMA_VERSION, FeedState, OutboxBacklog, StateStore
from .liveness import (
    HEARTBEAT_EVERY,
    HEARTBEAT_STALE,
    Heartbeat,
    PollInProgress,
    heartbeat_path,
    lock_path,
    probe_lock,
    read_heartbeat,
)

#: A feed is overdue when its next poll is this many intervals (at least STALE_MIN_SECONDS) late.
STALE_INTERVALS = 2.0
STALE_MIN_SECONDS = 300.0
#: An undelivered alert older than this degrades health (channels down for that long).
MAX_PENDING_AGE = dt.timedelta(hours=1)

EXIT_CODES = {"ok": 0, "degraded": 1, "error": 2}


@dataclass(frozen=True)
class FeedHealth:
    """One feed as ``monitor health`` shows it."""

    name: str
    url: str
    state: str  # ok | failing | unhealthy | overdue | stuck | never polled
    last_success_at: dt.datetime | None
    last_polled_at: dt.datetime | None
    next_poll_at: dt.datetime | None
    consecutive_failures: int
    last_error: str | None
    #: Not polled when it was due (whatever else is wrong with it): the daemon may be down.
    overdue: bool = False
    #: The newest article of this feed given up as unreadable ("URL: reason"), if any.
    last_failed_article: str | None = None
    #: Its poll running now, as the daemon's heartbeat reports it.
    poll: PollInProgress | None = None

    def as_json(self) -> dict[str, object]:
        return {"name": self.name, "url": self.url, "state": self.state,
                "last_success_at": _iso(self.last_success_at),
                "last_polled_at": _iso(self.last_polled_at),
                "next_poll_at": _iso(self.next_poll_at),
                "consecutive_failures": self.consecutive_failures,
                "last_error": self.last_error,
                "last_failed_article": self.last_failed_article,
                "poll_running": None if self.poll is None else {
                    "since": _iso(self.poll.started_at),
                    "last_progress_at": _iso(self.poll.progress_at),
                    "stuck_after": _iso(self.poll.stuck_at), "doing": self.poll.doing}}


@dataclass(frozen=True)
class DaemonHealth:
    """Whether a daemon runs on the state file: ``running`` (True, False, or None when no
    daemon ever ran on it, as with ``poll --once`` from cron, or it cannot be told)."""

    running: bool | None
    pid: int | None = None
    heartbeat: Heartbeat | None = None
    #: Running, and its last heartbeat is recent: its main loop is alive.
    responding: bool = False
    detail: str = ""
    #: On a shared (PostgreSQL) state: the instances and who leads; None on an SQLite file.
    cluster: ClusterHealth | None = None

    @property
    def role(self) -> str | None:
        """This daemon's role: ``single`` (SQLite); on a shared state, None (see cluster)."""
        return "single" if self.cluster is None and self.running else None

    def describe(self) -> str:
        if self.cluster is not None:
            return self.cluster.describe()
        beat = self.heartbeat
        if self.running is None:
            return "unknown" + (f" ({self.detail})" if self.detail else
                                " (no daemon has run on this state file)")
        if not self.running:
            if beat is not None and beat.stopped_at is not None:
                return f"not running (PID {beat.pid} stopped at {_iso(beat.stopped_at)})"
            if beat is not None:
                return (f"not running (PID {beat.pid} ended without stopping: killed or "
                        f"crashed; its last heartbeat was at {_iso(beat.beat_at)})")
            return "not running" + (f" (last PID {self.pid})" if self.pid else "")
        if not self.responding:
            when = f"its last heartbeat was at {_iso(beat.beat_at)}" if beat else \
                "it has written no heartbeat"
            return f"running (PID {self.pid}) but not responding: {when}"
        assert beat is not None
        return (f"running (PID {self.pid}, single daemon, since {_iso(beat.started_at)}; "
                f"heartbeat {_iso(beat.beat_at)}; {len(beat.polls)} polls in progress)")

    def as_json(self) -> dict[str, object]:
        return {"running": self.running, "pid": self.pid, "responding": self.responding,
                "role": self.role, "description": self.describe(),
                "heartbeat": None if self.heartbeat is None else self.heartbeat.as_json(),
                "cluster": None if self.cluster is None else self.cluster.as_json()}


@dataclass(frozen=True)
class ClusterHealth:
    """The instances sharing a PostgreSQL state, from their heartbeat rows: the live ones,
    the leader (the newest ``leader`` row, live or not) and the ones on this host."""

    checked_at: dt.datetime
    live: tuple[Instance, ...]
    leader: Instance | None
    host: str
    #: A heartbeat older than this means the instance is gone (or frozen).
    stale_after: float

    @property
    def leader_live(self) -> bool:
        return self.leader is not None and self.leader in self.live

    def describe(self) -> str:
        if not self.live:
            return "not running (no instance has beaten within " \
                   f"{self.stale_after:g} s)"
        here = [i for i in self.live if i.host == self.host]
        text = f"{len(self.live)} instances running"
        if self.leader is None:
            text += "; no leader yet"
        else:
            age = (self.checked_at - self.leader.beat_at).total_seconds()
            text += (f"; leader {self.leader.instance_id}, last heartbeat "
                     f"{_iso(self.leader.beat_at)} ({age:.0f} s ago)")
            if not self.leader_live:
                text += ": the leader is gone and none has taken over"
        if here:
            text += "; on this host: " + ", ".join(f"{i.instance_id} {i.role}" for i in here)
        return text

    def as_json(self) -> dict[str, object]:
        return {"leader": None if self.leader is None else _instance_json(self.leader),
                "leader_live": self.leader_live,
                "instances": [_instance_json(i) for i in self.live],
                "host": self.host}


def _instance_json(i: Instance) -> dict[str, object]:
    return {"instance": i.instance_id, "host": i.host, "pid": i.pid, "role": i.role,
            "started_at": _iso(i.started_at), "last_heartbeat_at": _iso(i.beat_at)}


def cluster_health(store: StateStore, now: dt.datetime, lease: float) -> DaemonHealth:
    """The instances on a shared state, read from their heartbeat rows (never writing)."""
    stale = max(2 * lease, 2 * HEARTBEAT_EVERY)
    rows = store.cluster.instances()
    live = tuple(i for i in rows if i.stopped_at is None
                 and (now - i.beat_at).total_seconds() <= stale)
    leaders = [i for i in rows if i.role == "leader" and i.stopped_at is None]
    leader = max(leaders, key=lambda i: i.beat_at) if leaders else None
    health = ClusterHealth(now, live, leader, socket.gethostname(), stale)
    return DaemonHealth(running=bool(live), pid=leader.pid if leader else None,
                        responding=health.leader_live, cluster=health)


def daemon_health(state_path: Path, now: dt.datetime) -> DaemonHealth:
    """Read the daemon's lock and heartbeat beside the state file (never writing either)."""
    lock = probe_lock(lock_path(state_path))
    beat = read_heartbeat(heartbeat_path(state_path))
    if lock.state in ("absent", "unknown"):
        return DaemonHealth(None, lock.pid, None, detail=lock.detail)
    if lock.state == "free":
        return DaemonHealth(False, lock.pid, beat)
    if beat is not None and (beat.pid != lock.pid or beat.stopped_at is not None):
        beat = None  # a previous daemon's
    responding = beat is not None and (now - beat.beat_at).total_seconds() <= HEARTBEAT_STALE
    return DaemonHealth(True, lock.pid, beat, responding)


@dataclass(frozen=True)
class HealthReport:
    """The service's health: ok, degraded or error, and why."""

    status: str
    problems: tuple[str, ...]
    feeds: tuple[FeedHealth, ...]
    outbox: OutboxBacklog | None
    checked_at: dt.datetime
    state_path: Path | StateLocation
    daemon: DaemonHealth | None = None

    @property
    def exit_code(self) -> int:
        return EXIT_CODES[self.status]

    def as_json(self) -> dict[str, object]:
        outbox: dict[str, object] | None = None
        if self.outbox is not None:
            age = (None if self.outbox.oldest_pending_at is None
                   else round((self.checked_at - self.outbox.oldest_pending_at).total_seconds()))
            outbox = {"pending": self.outbox.pending, "failed": self.outbox.failed,
                      "held": self.outbox.held,
                      "oldest_pending_at": _iso(self.outbox.oldest_pending_at),
                      "oldest_pending_age_seconds": age}
        return {"status": self.status, "exit_code": self.exit_code,
                "problems": list(self.problems), "checked_at": _iso(self.checked_at),
                "state": str(self.state_path),
                "daemon": None if self.daemon is None else self.daemon.as_json(),
                "feeds": [f.as_json() for f in self.feeds], "outbox": outbox}


def feed_health(feed: FeedConfig, state: FeedState, now: dt.datetime,
                poll: PollInProgress | None = None) -> FeedHealth:
    """Classify one feed from its stored state (and its poll in progress, if any)."""
    overdue = state.last_polled_at is not None and _overdue(feed, state, now)
    if poll is not None and now > poll.stuck_at:
        label = "stuck"
    elif state.last_polled_at is None:
        label = "never polled"
    elif state.unhealthy:
        label = "unhealthy"
    elif overdue:
        label = "overdue"
    elif state.consecutive_failures:
        label = "failing"
    else:
        label = "ok"
    return FeedHealth(name=feed.name, url=feed.url, state=label,
                      last_success_at=state.last_success_at, last_polled_at=state.last_polled_at,
                      next_poll_at=state.next_poll_at,
                      consecutive_failures=state.consecutive_failures,
                      last_error=state.last_error, overdue=overdue, poll=poll)


def _overdue(feed: FeedConfig, state: FeedState, now: dt.datetime) -> bool:
    assert state.last_polled_at is not None
    due = state.next_poll_at or state.last_polled_at + dt.timedelta(seconds=feed.interval)
    late = max(STALE_INTERVALS * feed.interval, STALE_MIN_SECONDS)
    return (now - due).total_seconds() > late


def check_health(config: Config, *, now: dt.datetime,
                 state: StateLocation | None = None) -> HealthReport:
    """The health of the service that uses ``config`` (and its state), at ``now``."""
    path = state if state is not None else config.state
    if not path.exists():
        return HealthReport("error", (f"{path}: no state file: the monitor has never run "
                                      "with this configuration",), (), None, now, path)
    try:
        with StateStore(path, read_only=True) as store:
            states = [(f, store.feeds.state(f.url)) for f in config.feeds]
            backlog = store.outbox.backlog(now)
            failed = {f.url: store.feeds.failed_items(f.url, limit=1) for f in config.feeds}
            daemon = (cluster_health(store, now, config.lease) if path.shared
                      else daemon_health(_file(path), now))
    except MonitorError as exc:
        return HealthReport("error", (str(exc),), (), None, now, path)
    polls = {p.feed_url: p for p in daemon.heartbeat.polls} if (
        daemon.responding and daemon.heartbeat is not None) else {}
    feeds = tuple(replace(feed_health(f, s, now, polls.get(f.url)), last_failed_article=(
        f"{failed[f.url][0].failed_at.isoformat(timespec='seconds')} {failed[f.url][0].reason}"
        if failed[f.url] else None)) for f, s in states)
    problems, fatal = _problems(feeds, backlog, now, daemon)
    status = "error" if fatal else ("degraded" if problems else "ok")
    return HealthReport(status, tuple(problems), feeds, backlog, now, path, daemon)


def _file(state: StateLocation) -> Path:
    assert state.path is not None
    return state.path


def _problems(feeds: tuple[FeedHealth, ...], backlog: OutboxBacklog,
              now: dt.datetime, daemon: DaemonHealth | None = None) -> tuple[list[str], bool]:
    problems: list[str] = []
    running = daemon is not None and daemon.running is True
    if not feeds:
        problems.append("no feeds configured")
    for f in feeds:
        if f.state == "stuck" and f.poll is not None:
            problems.append(f"feed {f.name}: poll stuck: running since {_iso(f.poll.started_at)}"
                            f", no progress since {_iso(f.poll.progress_at)} ({f.poll.doing}), "
                            "longer than any step of a poll may take")
        elif f.state == "unhealthy":
            problems.append(f"feed {f.name}: unhealthy, {f.consecutive_failures} failed polls in "
                            f"a row; last error: {f.last_error}")
        elif f.state == "overdue":
            problems.append(f"feed {f.name}: overdue, last polled {_iso(f.last_polled_at)} "
                            + (f"although the daemon (PID {daemon.pid}) is running"
                               if running and daemon is not None else
                               "(is the daemon running?)"))
        elif f.state == "never polled":
            problems.append(f"feed {f.name}: never polled yet")
    if backlog.failed:
        problems.append(f"outbox: {backlog.failed} failed deliveries (see `monitor alerts "
                        "--failed`, retry with `monitor alerts retry --all-failed`)")
    if backlog.oldest_pending_at is not None and now - backlog.oldest_pending_at > MAX_PENDING_AGE:
        problems.append(f"outbox: {backlog.pending} deliveries pending, the oldest since "
                        f"{_iso(backlog.oldest_pending_at)} (are the channels reachable?)")
    # A live daemon that has not polled a feed yet has just started: only lateness counts.
    stopped = bool(feeds) and all(
        f.overdue or (f.state == "never polled" and not (running and daemon and daemon.responding))
        for f in feeds)
    all_bad = bool(feeds) and all(f.state == "unhealthy" for f in feeds)
    all_stuck = bool(feeds) and all(f.state == "stuck" for f in feeds)
    if stopped:
        problems.insert(0, "no feed has been polled on time" + (
            f" although the daemon (PID {daemon.pid}) is running: its polls are held up"
            if running and daemon is not None else ": the daemon is not running"))
    if all_bad:
        problems.insert(0, "every feed is unhealthy")
    if all_stuck:
        problems.insert(0, "every feed's poll is stuck")
    down = daemon is not None and (daemon.running is False or (
        daemon.running is True and not daemon.responding))
    if down and daemon is not None:
        problems.insert(0, f"the daemon is {daemon.describe()}" if daemon.cluster is None
                        else f"the instances: {daemon.describe()}")
    return problems, stopped or all_bad or all_stuck or down


def format_health(report: HealthReport) -> str:
    """The report as ``monitor health`` prints it."""
    lines = [f"{report.status.upper()}  (state {report.state_path})"]
    if report.daemon is not None:
        lines.append(f"  daemon: {report.daemon.describe()}")
    for f in report.feeds:
        lines.append(f"  feed {f.name}: {f.state}; last success {_iso(f.last_success_at) or '-'}"
                     + (f"; {f.consecutive_failures} failures in a row"
                        if f.consecutive_failures else "")
                     + (f"; last error: {f.last_error}" if f.last_error else "")
                     + (f"; polling since {_iso(f.poll.started_at)}: {f.poll.doing}"
                        if f.poll is not None else ""))
        if f.last_failed_article:
            lines.append(f"    last article skipped: {f.last_failed_article}")
    if report.outbox is not None:
        o = report.outbox
        lines.append(f"  outbox: {o.pending} pending, {o.failed} failed"
                     + (f", {o.held} held by mutes" if o.held else "")
                     + (f", oldest pending since {_iso(o.oldest_pending_at)}"
                        if o.oldest_pending_at else ""))
    lines += [f"  problem: {p}" for p in report.problems]
    return "\n".join(lines)


# --- doctor -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Check:
    """One thing ``monitor doctor`` looked at."""

    what: str
    ok: bool
    detail: str


@dataclass
class Doctor:
    """Checks a configuration by using it. The network seams are injectable for tests."""

    session: requests.Session | None = None
    environ: Mapping[str, str] | None = None

    def run(self, config_path: Path | None) -> list[Check]:
        try:
            config = load_config(config_path)
        except MonitorError as exc:
            return [Check("config", False, str(exc))]
        checks = [Check("config", True, f"{config.path}: valid ({len(config.feeds)} feeds, "
                                        f"{len(config.channels)} channels)")]
        checks.append(check_state_database(config.state) if config.state.shared
                      else check_state_file(config.state_path))
        session = self.session or make_session(config.user_agent)
        try:
            checks += [check_feed(feed, config, session) for feed in config.feeds]
        finally:
            if self.session is None:
                session.close()
        if not config.feeds:
            checks.append(Check("feeds", False, "no feeds configured ([[feeds]] url = ...)"))
        checks += [self.check_channel(settings) for settings in config.channels.values()]
        return checks

    def check_channel(self, settings: ChannelSettings) -> Check:
        """Open the channel (a missing secret fails here, naming the key) and let it probe."""
        what = f"channel {settings.name}"
        try:
            channel = open_channel(settings, self.environ)
        except MonitorError as exc:
            return Check(what, False, str(exc))
        try:
            detail = channel.probe()
        except (OSError, smtplib.SMTPException, MonitorError) as exc:
            return Check(what, False, f"{channel.describe()}: {network_problem(exc)}")
        finally:
            channel.close()
        return Check(what, True, f"{channel.describe()}: {detail}")


def run_doctor(config_path: Path | None, *,
               environ: Mapping[str, str] | None = None) -> list[Check]:
    """Every check of ``monitor doctor``; the config is the first (and only, if it is broken)."""
    return Doctor(environ=environ).run(config_path)


def check_state_database(state: StateLocation) -> Check:
    """The PostgreSQL state: reachable with the configured role and password, and at a
    schema version this monitor reads (nothing is created or migrated)."""
    try:
        with StateStore(state, read_only=True) as store:
            version = store.schema_version
    except MonitorError as exc:
        return Check("state", False, str(exc))
    if version < SCHEMA_VERSION:
        return Check("state", True, f"{state}: schema version {version}; the next `monitor "
                                    f"run` migrates it to {SCHEMA_VERSION}")
    return Check("state", True, f"{state}: reachable, schema version {version}")


def check_state_file(path: Path) -> Check:
    """The state file opens and has a schema this monitor knows, or can be created."""
    if not path.exists():
        parent = next((p for p in (path.parent, *path.parent.parents) if p.exists()), None)
        if parent is None or not _writable(parent):
            return Check("state", False, f"{path}: does not exist and {parent} is not writable")
        return Check("state", True, f"{path}: not created yet (the first poll creates it)")
    try:
        version = stored_schema_version(path)
    except StateError as exc:
        return Check("state", False, str(exc))
    if version > SCHEMA_VERSION:
        return Check("state", False, f"{path}: schema version {version} is newer than this "
                                     f"monitor supports ({SCHEMA_VERSION}); upgrade the monitor")
    note = "" if version == SCHEMA_VERSION else (
        f"; will be upgraded from schema {version} to {SCHEMA_VERSION} on the next start")
    return Check("state", True, f"{path}: schema version {version}{note}")


def check_feed(feed: FeedConfig, config: Config, session: requests.Session) -> Check:
    """Fetch and parse a feed once (unconditionally)."""
    what = f"feed {feed.name}"
    try:
        result = fetch_url(session, feed.url, timeout=(config.fetch.connect_timeout,
                                                       config.fetch.read_timeout),
                           max_bytes=config.fetch.max_bytes, deadline=config.fetch.deadline,
                           allow_file=feed.is_local)
        items = parse_feed(result.body, feed.url)
    except MonitorError as exc:
        return Check(what, False, str(exc))
    kind = f" ({result.content_type})" if result.content_type else ""
    redirect = f", redirected to {result.final_url}" if result.final_url != feed.url else ""
    status = f"HTTP {result.status}" if not feed.is_local else "read"
    if not items:
        return Check(what, True, f"{feed.url}: {status}{kind}{redirect}: a valid feed with no "
                                 "items yet")
    return Check(what, True, f"{feed.url}: {status}{kind}{redirect}: {len(items)} items")


def format_checks(checks: list[Check]) -> str:
    lines = [f"{'ok  ' if c.ok else 'FAIL'}  {c.what}: {c.detail}" for c in checks]
    failed = sum(not c.ok for c in checks)
    lines.append(f"{failed} problem{'s' if failed != 1 else ''} found" if failed
                 else "everything looks fine")
    return "\n".join(lines)


def _writable(path: Path) -> bool:
    import os

    return os.access(path, os.W_OK)


def _iso(moment: dt.datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment else None
