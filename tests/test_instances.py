"""Several instances on one PostgreSQL state, and a leader that fails over (issue 15).

Real parts only: three `monitor run` processes (the installed console script) on one database
of a throwaway PostgreSQL server, news feeds and article pages from a local HTTP server whose
feeds grow while the test runs, alerts to a local webhook receiver. The leader is SIGKILLed
(with its worker processes: a dead host) at seeded random moments, 20 times, and restarted;
each kill waits until the replacement runs (three instances again).
What must hold:

- first, before any kill: the three instances' alerts are the ones a single SQLite process
  makes from the same feeds (`poll --once`), payload for payload and id for id;
- then, the feeds growing and the leader killed 20 times: the same again over every article;
- every alert reached the receiver; a repeat carries the same idempotency key (webhook-id),
  never a second id for the same change;
- no feed went more than two intervals without a poll (feeds answer slowly, so some kills land
  on an instance holding claims: a claim that never lapsed would stop its feed for good);
- a new leader holds the lease within two lease periods of each kill.

The last two bounds are in the time of a machine the test has to itself: where other work
shares the cores, every process runs slower by the factor a CPU-bound probe process measures
(its wall clock over its CPU time) before the instances start, and the bounds stretch by it.

The articles are sentences written for this test about invented shows.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import psycopg
from alert_servers import WebhookReceiver
from httpserver import LocalHTTPServer, Request, Response
from pg_server import PostgresServer
from service_setup import wait_for

from monitor.extract.facts import extract_facts
from monitor.models import Article
from monitor.store.postgres import LEADER_LOCK

MONITOR = str(Path(sys.executable).parent / "monitor")
FEEDS = 6
INTERVAL = 8.0
LEASE = 3.0
KILLS = 20
#: Seconds each feed answer stalls: polls hold their claims long enough for some kills to land
#: on an instance holding one (its claim must lapse and the poll be claimed again).
FEED_STALL = 0.5
FIRST_ARTICLES = 12  # listed from the start; the rest appear while the leader is killed
SEED = 15
FIRST = ("Copper", "Velvet", "Granite", "Amber", "Hollow", "Silver", "Crimson", "Quiet",
         "Iron", "Paper", "Winter", "Salt", "Glass", "Ember", "Cedar", "Marble")
SECOND = ("Lantern", "Harbor", "Meadow", "Orchard", "Signal", "Frontier", "Ledger", "Compass",
          "Lighthouse", "Canyon", "Garden", "Bridge")
ORDINALS = ("second", "third", "fourth", "fifth")
PUBLISHED = dt.date(2026, 11, 2)


def _sentence(show: str, i: int) -> str:
    if i % 3 == 2:
        return f"The network has cancelled {show} after {ORDINALS[i % 4]} seasons."
    return f"The streamer has renewed {show} for a {ORDINALS[i % 4]} season."


def _shows(count: int) -> list[tuple[str, str]]:
    """Invented shows whose one sentence the extractor reads as one fact about them."""
    found = []
    for first in FIRST:
        for second in SECOND:
            show = f"{first} {second}"
            text = _sentence(show, len(found))
            facts = extract_facts(Article("https://n.example/x", "News", text, PUBLISHED))
            if [f.show for f in facts] == [show]:
                found.append((show, text))
            if len(found) == count:
                return found
    raise AssertionError(f"only {len(found)} invented shows are read as shows")


class GrowingNews:
    """Feeds on a local server that gain an article every ``step`` seconds (round robin), and
    the time of every poll of each feed."""

    def __init__(self, server: LocalHTTPServer, articles: list[tuple[str, str]],
                 step: float) -> None:
        self.server, self.articles, self.step = server, articles, step
        self.start: float | None = None  # growth starts with start_growing()
        self.fixed = 0  # articles listed before that
        self.polls: dict[int, list[float]] = {j: [] for j in range(FEEDS)}
        self._lock = threading.Lock()
        self.everything = False
        for k, (show, text) in enumerate(articles):
            server.route(f"/a/{k}.html", Response(200, (
                f"<html><head><title>{show} news</title></head><body><article>"
                f"<h1>{show} news</h1><p>{text}</p><p>More on the schedule will follow "
                "later this year, the company said.</p></article></body></html>"),
                {"Content-Type": "text/html; charset=utf-8"}))
        for j in range(FEEDS):
            server.route(f"/feed/{j}.xml", self._feed(j))

    def urls(self) -> list[str]:
        return [self.server.url(f"/feed/{j}.xml") for j in range(FEEDS)]

    def start_growing(self) -> None:
        self.start = time.monotonic()

    def visible(self) -> int:
        if self.everything:
            return len(self.articles)
        if self.start is None:
            return self.fixed
        grown = int((time.monotonic() - self.start) / self.step) + 1
        return min(len(self.articles), self.fixed + grown)

    def _feed(self, j: int):  # type: ignore[no-untyped-def]
        def answer(request: Request) -> Response:
            with self._lock:
                self.polls[j].append(time.monotonic())
            items = "".join(
                f"<item><title>{show} news</title><link>{self.server.url(f'/a/{k}.html')}"
                f"</link><guid>a-{k}</guid><pubDate>Mon, 02 Nov 2026 {k // 60:02d}:{k % 60:02d}"
                ":00 GMT</pubDate></item>"
                for k, (show, _) in reversed(list(enumerate(self.articles[:self.visible()])))
                if k % FEEDS == j)
            return Response(200, f'<?xml version="1.0"?><rss version="2.0"><channel>'
                                 f"<title>Feed {j}</title>{items}</channel></rss>",
                            {"Content-Type": "application/rss+xml"}, stall=FEED_STALL)
        return answer

    def gaps_between(self, since: float, until: float) -> dict[int, float]:
        """Per feed, the longest time without a poll within [since, until]."""
        result = {}
        with self._lock:
            for j, times in self.polls.items():
                inside = [since] + [t for t in times if since <= t <= until] + [until]
                result[j] = max(b - a for a, b in zip(inside, inside[1:], strict=False))
        return result


def _config(path: Path, state: str, feeds: list[str], hook: str, *,
            lease: float = LEASE) -> Path:
    tables = "".join(f'[[feeds]]\nurl = "{u}"\nname = "feed {i}"\n\n'
                     for i, u in enumerate(feeds))
    path.write_text(
        f'[monitor]\nstate = "{state}"\nallow_hosts = ["127.0.0.1"]\nmin_interval = "1s"\n'
        f'default_interval = "{INTERVAL:g}s"\ndeliver_every = "1s"\nlease = "{lease:g}s"\n'
        'poll_workers = 4\narticle_workers = 1\n\n'
        "[fetch]\nread_timeout = 3\nconnect_timeout = 2\nhost_delay = 0\nmax_per_host = 16\n\n"
        '[delivery]\nbase_delay = "1s"\n\n'
        f"{tables}[watch]\nall = true\n\n"
        f'[channels.hook]\nkind = "webhook"\nurl = "{hook}"\n', encoding="utf-8")
    return path


class Instances:
    """`monitor run` processes, each in a session of its own (a kill takes its workers too)."""

    def __init__(self, config: Path, logs: Path) -> None:
        self.config, self.logs = config, logs
        self.procs: list[subprocess.Popen[bytes]] = []
        self.started = 0

    def start(self) -> subprocess.Popen[bytes]:
        self.started += 1
        with (self.logs / f"instance-{self.started}.log").open("ab") as out:
            proc = subprocess.Popen([MONITOR, "run", "--config", str(self.config)],
                                    stdout=out, stderr=subprocess.STDOUT,
                                    start_new_session=True)
        self.procs.append(proc)
        return proc

    def kill(self, pid: int) -> None:
        [proc] = [p for p in self.procs if p.pid == pid]
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        self.procs.remove(proc)

    def terminate_all(self) -> list[int | None]:
        for proc in self.procs:
            proc.send_signal(signal.SIGTERM)
        codes = []
        for proc in self.procs:
            try:
                codes.append(proc.wait(timeout=30))
            except subprocess.TimeoutExpired:
                codes.append(None)
        return codes

    def kill_all(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                proc.wait(timeout=10)

    def log_text(self) -> str:
        return "\n".join(f"--- {p.name}\n{p.read_text(errors='replace')[-3000:]}"
                         for p in sorted(self.logs.glob("instance-*.log")))


def leader_pid(url: str) -> int | None:
    """The PID of the instance holding the leader's advisory lock, as PostgreSQL sees it."""
    with psycopg.connect(url, autocommit=True) as conn:
        row = conn.execute(
            "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a "
            "ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted "
            "AND l.objid = %s AND l.database = (SELECT oid FROM pg_database "
            "WHERE datname = current_database())", [LEADER_LOCK & 0xFFFFFFFF]).fetchone()
    if row is None or ":" not in row[0]:
        return None
    return int(row[0].rsplit(":", 1)[1])


def beating(url: str) -> set[int]:
    """The PIDs of the instances whose heartbeat row says they run."""
    with psycopg.connect(url, autocommit=True) as conn:
        return {int(r[0]) for r in conn.execute(
            "SELECT pid FROM instances WHERE stopped_at IS NULL")}


def outbox(url: str) -> dict[str, str]:
    """Alert id -> delivery state on the one channel."""
    with psycopg.connect(url, autocommit=True) as conn:
        return {r[0]: r[1] for r in conn.execute(
            "SELECT alert_id, state FROM deliveries WHERE channel = 'hook'")}


def changes(receiver: WebhookReceiver) -> dict[str, set[str]]:
    """Each alert received (its whole payload but the time it was made: show, season, change,
    date, certainty, evidence, sources, id) -> the webhook ids it came with."""
    out: dict[str, set[str]] = {}
    for r in receiver.received:
        payload = {k: v for k, v in r.json().items() if k != "created_at"}
        out.setdefault(json.dumps(payload, sort_keys=True), set()).add(r.headers["webhook-id"])
    return out


def single_sqlite_alerts(tmp_path: Path, name: str,
                         feeds: list[str]) -> dict[str, set[str]]:
    """The alerts one SQLite process (`monitor poll --once`) sends from the same feeds."""
    alone = WebhookReceiver().start()
    try:
        single = _config(tmp_path / f"{name}.toml", str(tmp_path / f"{name}.db"), feeds,
                         alone.url)
        result = subprocess.run([MONITOR, "poll", "--once", "--config", str(single)],
                                capture_output=True, text=True, timeout=300, check=False)
        assert result.returncode == 0, result.stderr
    finally:
        alone.stop()
    return changes(alone)


#: A CPU-bound loop that prints, twice a second, how much longer 50 ms of its CPU time took on
#: the wall clock: 1.0 on cores it has to itself, N when N runnable processes share one.
_CONTENTION_PROBE = """
import time
while True:
    wall, cpu = time.perf_counter(), time.process_time()
    while time.process_time() - cpu < 0.05:
        pass
    print((time.perf_counter() - wall) / (time.process_time() - cpu), flush=True)
    time.sleep(0.45)
"""


class ContentionProbe:
    """How much slower than its CPU time the machine runs a process, sampled while it runs:
    timing bounds hold on a machine's own time, not on cores shared with other work."""

    def __init__(self) -> None:
        self._proc = subprocess.Popen([sys.executable, "-c", _CONTENTION_PROBE],
                                      stdout=subprocess.PIPE, text=True)

    def stop(self) -> float:
        """The median slowdown over the probe's life (at least 1)."""
        self._proc.terminate()
        out, _ = self._proc.communicate(timeout=10)
        ratios = sorted(float(line) for line in out.split())
        return max(1.0, ratios[len(ratios) // 2]) if ratios else 1.0


def delivered_all(url: str, count: int) -> bool:
    stored = outbox(url)
    return len(stored) == count and set(stored.values()) == {"delivered"}


def test_three_instances_fail_over_with_no_alert_lost_or_doubled(
        tmp_path: Path, pg_server: PostgresServer, pg_url: str,
        http_server: LocalHTTPServer) -> None:
    rng = random.Random(SEED)
    articles = _shows(48)
    news = GrowingNews(http_server, articles, step=1.5)
    news.fixed = FIRST_ARTICLES
    hook = WebhookReceiver().start()
    config = _config(tmp_path / "pg.toml", pg_url, news.urls(), hook.url)
    group = Instances(config, tmp_path)
    kills: list[tuple[float, float]] = []  # (kill -> new leader seconds, when)
    # Other work on the machine, measured before the test's own processes load it.
    probe = ContentionProbe()
    time.sleep(3)
    slowdown = probe.stop()
    try:
        for _ in range(3):
            group.start()
        assert wait_for(lambda: leader_pid(pg_url) is not None, 60), group.log_text()
        assert wait_for(lambda: delivered_all(pg_url, FIRST_ARTICLES), 90), \
            f"{Counter(outbox(pg_url).values())}\n{group.log_text()}"
        # First, nobody killed: three instances send what one SQLite process sends.
        first = changes(hook)
        assert len(first) == FIRST_ARTICLES
        assert first == single_sqlite_alerts(tmp_path, "first", news.urls())

        news.start_growing()
        watch_from = time.monotonic()
        for _ in range(KILLS):
            time.sleep(rng.uniform(0.5, 2.5))
            leader = leader_pid(pg_url)
            assert leader is not None, group.log_text()
            killed_at = time.monotonic()
            group.kill(leader)
            group.start()
            assert wait_for(lambda old=leader: leader_pid(pg_url) not in (None, old),  # type: ignore[misc]
                            4 * LEASE), \
                f"no new leader within {4 * LEASE:g} s\n{group.log_text()}"
            kills.append((time.monotonic() - killed_at, killed_at))
            # Three instances again before the next kill: a replacement still loading its
            # article workers is no standby yet, and killing leaders faster than they start
            # would test start-up time, not failover.
            assert wait_for(lambda: {p.pid for p in group.procs} <= beating(pg_url), 60), \
                group.log_text()
        watch_until = time.monotonic()
        news.everything = True
        everything = {a for a in outbox(pg_url)}
        assert wait_for(lambda: delivered_all(pg_url, len(articles)), 90), \
            f"{len(outbox(pg_url))} alerts, {Counter(outbox(pg_url).values())}\n" \
            + group.log_text()
        # Stopped once all three run (a daemon still starting up would die of the SIGTERM).
        assert wait_for(lambda: {p.pid for p in group.procs} <= beating(pg_url), 60), \
            group.log_text()
        codes = group.terminate_all()
        assert codes == [0, 0, 0], group.log_text()
        assert wait_for(lambda: len(hook.received) == len(hook.arrived), 10)
    finally:
        group.kill_all()
        hook.stop()
    gaps = news.gaps_between(watch_from, watch_until)
    failovers = [seconds for seconds, _ in kills]
    repeats = len(hook.arrived_ids()) - len(set(hook.arrived_ids()))
    print(f"\nfailover after SIGKILL of the leader ({len(kills)} kills): max "
          f"{max(failovers):.2f} s, mean {sum(failovers) / len(failovers):.2f} s; longest "
          f"time without a poll {max(gaps.values()):.2f} s (interval {INTERVAL:g} s, lease "
          f"{LEASE:g} s); repeats {repeats}; machine slowdown {slowdown:.2f}")

    # Every alert arrived; a repeat has the same idempotency key, and each change has one.
    stored = outbox(pg_url)
    assert everything <= set(stored)
    assert set(hook.accepted_ids()) == set(stored)
    by_change = changes(hook)
    assert all(len(ids) == 1 for ids in by_change.values()), by_change
    assert len(by_change) == len(articles)
    assert repeats <= KILLS, "at most the delivery in flight repeats at a kill"

    # No feed went two intervals without a poll; the lease moved within two lease periods (in
    # the machine's own time: stretched by the slowdown other work on its cores causes).
    assert max(gaps.values()) <= 2 * INTERVAL * slowdown, (gaps, slowdown)
    assert max(failovers) <= 2 * LEASE * slowdown, (failovers, slowdown)

    # One SQLite process on the same feeds makes the same alerts, kills or not.
    assert by_change == single_sqlite_alerts(tmp_path, "all", news.urls())
