"""Several instances: one vs three `monitor run` processes on one PostgreSQL state, 10,000 feeds.

    .venv/bin/python bench/instances.py [--feeds 10000] [--rounds 3] [--new 0.01] [--quick]

A throwaway PostgreSQL server (tests/pg_server.py) and the bench feed server (its own process,
``bench/feedserver.py``) run on 127.0.0.1; the daemons connect as a role ``monitor`` that owns
its database and nothing else, so ``pg_stat_statements`` counts their statements apart from
this script's. The state is primed as a first cycle leaves it (every item the feeds list at the
start marked seen, every feed's ETag stored), so the measured cycles are the steady state: most
feeds answer 304, ``--new`` of them have one new article.

A cycle: every feed's ``next_poll_at`` is set to now; the leader queues all of them and the
instances claim and poll them (``FOR UPDATE SKIP LOCKED``); the cycle ends when the queue is
empty and every feed was polled after it began. Measured per cycle: wall seconds, and the
database's work: statements and their total execution time (pg_stat_statements, the monitor
role only), transactions committed and rows read and written (pg_stat_database deltas).

Paired in one run: each round runs a one-instance cycle and a three-instance cycle back to
back (instances 2 and 3 are started or stopped between them, outside the timing), in an order
alternating from round to round; ratios are per round (3 over 1), median and minimum reported.
The feeds interval is an hour, so no feed is polled twice within a cycle.

Targets (issue 15): three instances poll a cycle no slower than one (ratio <= 1.1: the point
of several instances is a leader that fails over, not speed on one shared 2-core machine), and
the database work per poll is the same within 25% (claims do not multiply it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import psycopg
import requests
from common import REPO, header, reference_ms, table, targets, verdict
from feedserver import ITEMS_PER_FEED, FeedServer

sys.path.insert(0, str(REPO / "tests"))
from pg_server import PostgresServer  # noqa: E402

from monitor.store.feeds import normalize_link  # noqa: E402
from monitor.store.state import StateStore  # noqa: E402

MONITOR = str(Path(sys.executable).parent / "monitor")
PASSWORD_ENV = "MONITOR_BENCH_PG_PASSWORD"


def make_database(server: PostgresServer) -> str:
    """A database owned by a login role ``monitor`` (what the README asks an admin for)."""
    with psycopg.connect(server.url(), autocommit=True) as conn:
        conn.execute("CREATE ROLE monitor LOGIN PASSWORD 'bench-only'")
        conn.execute("CREATE DATABASE monitor_bench OWNER monitor")
    with psycopg.connect(server.url("monitor_bench"), autocommit=True) as conn:
        conn.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
    return f"postgresql://monitor@127.0.0.1:{server.port}/monitor_bench"


def write_config(path: Path, url: str, server: FeedServer, feeds: int) -> Path:
    tables = "".join(f'[[feeds]]\nurl = "{server.url(f"/feed/{i}.xml")}"\nname = "feed {i}"\n'
                     for i in range(feeds))
    path.write_text(
        f'[monitor]\nstate = "{url}"\nstate_password_env = "{PASSWORD_ENV}"\n'
        'allow_hosts = ["127.0.0.1"]\ndefault_interval = "1h"\ndeliver_every = "10s"\n'
        'lease = "15s"\nlog_level = "warning"\npoll_workers = 8\narticle_workers = 1\n\n'
        "[fetch]\nhost_delay = 0\nmax_per_host = 8\n\n"
        f"{tables}\n[watch]\nall = true\n", encoding="utf-8")
    return path


def prime(url: str, server: FeedServer, feeds: int) -> float:
    """Create the schema, mark every item the feeds list at generation 0 as seen, and store
    each feed's ETag as a first poll would (so the measured cycles are the steady state)."""
    start = time.perf_counter()
    StateStore(url).close()
    polled = _iso(_now())
    later = _iso(_now() + dt.timedelta(hours=1))
    rows = []
    for i in range(feeds):
        feed = server.url(f"/feed/{i}.xml")
        for k in range(-ITEMS_PER_FEED + 1, 1):
            link = normalize_link(server.url(f"/article/{i}/{k}.html"))
            rows.append((feed, f"feed-{i}-item-{k}", link, "2026-01-01T00:00:00.000000+00:00"))
    with psycopg.connect(url, password="bench-only") as conn, conn.cursor() as cur:
        with cur.copy("COPY seen_items (feed_url, guid, link_norm, first_seen_at) "
                      "FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        with cur.copy("COPY feeds (feed_url, etag, consecutive_failures, last_success_at, "
                      "last_polled_at, next_poll_at) FROM STDIN") as copy:
            for i in range(feeds):
                copy.write_row((server.url(f"/feed/{i}.xml"), f'"f{i}-g0"', 0, polled, polled,
                                later))
    return time.perf_counter() - start


class Instances:
    def __init__(self, config: Path, logs: Path) -> None:
        self.config, self.logs = config, logs
        self.procs: list[subprocess.Popen[bytes]] = []
        self.env = {**os.environ, PASSWORD_ENV: "bench-only"}

    def scale_to(self, n: int, admin: str) -> None:
        while len(self.procs) > n:
            proc = self.procs.pop()
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=60)
        while len(self.procs) < n:
            with (self.logs / f"instance-{len(self.procs)}.log").open("ab") as out:
                self.procs.append(subprocess.Popen(
                    [MONITOR, "run", "--config", str(self.config)], stdout=out,
                    stderr=subprocess.STDOUT, env=self.env))
        pids = {p.pid for p in self.procs}
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:  # every instance beats, one of them leads
            with psycopg.connect(admin, autocommit=True) as conn:
                rows = conn.execute("SELECT pid, role FROM instances WHERE stopped_at IS NULL "
                                    "AND beat_at > %s", [_iso(_now() - dt.timedelta(
                                        seconds=3))]).fetchall()
            if pids <= {r[0] for r in rows} and any(r[1] == "leader" and r[0] in pids
                                                    for r in rows):
                return
            time.sleep(0.2)
        logs = "".join(p.read_text(errors="replace")[-1500:]
                       for p in sorted(self.logs.glob("instance-*.log")))
        raise SystemExit(f"instances did not start:\n{logs}")

    def stop(self) -> None:
        for proc in self.procs:
            proc.send_signal(signal.SIGTERM)
        for proc in self.procs:
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
        self.procs = []


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _iso(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="microseconds")


def settle(admin: str, feeds: int, timeout: float) -> float:
    """Wait until every feed was polled once and nothing is queued; the seconds it took."""
    began = time.perf_counter()
    with psycopg.connect(admin, autocommit=True) as conn:
        while time.perf_counter() - began < timeout:
            polled = conn.execute("SELECT COUNT(*) FROM feeds WHERE last_polled_at IS NOT NULL"
                                  ).fetchone()
            queued = conn.execute("SELECT COUNT(*) FROM poll_queue").fetchone()
            if polled and queued and polled[0] >= feeds and queued[0] == 0:
                return time.perf_counter() - began
            time.sleep(0.2)
    raise SystemExit(f"the first polls did not finish within {timeout:g} s")


def server_cpu(data: Path) -> float:
    """CPU seconds the PostgreSQL server has used: the postmaster, its live processes (the
    connections' backends) and the ones that ended (its children's totals)."""
    tick = os.sysconf("SC_CLK_TCK")
    postmaster = int((data / "postmaster.pid").read_text().split()[0])
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended meanwhile (its time is in the postmaster's children's totals)
        pid, ppid = int(stat.parent.name), int(fields[1])
        if pid == postmaster:
            total += sum(int(x) for x in fields[11:15]) / tick  # utime stime cutime cstime
        elif ppid == postmaster:
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


#: The server's data folder, for server_cpu (set in main).
DATA: list[Path] = []


def db_counters(admin: str) -> dict[str, float]:
    cpu = server_cpu(DATA[0]) if DATA else 0.0
    with psycopg.connect(admin, autocommit=True) as conn:
        row = conn.execute(
            "SELECT COALESCE(SUM(calls), 0), COALESCE(SUM(total_exec_time), 0), "
            "COALESCE(SUM(rows), 0), COALESCE(SUM(shared_blks_hit + shared_blks_read), 0) "
            "FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid "
            "WHERE r.rolname = 'monitor'").fetchone()
    assert row is not None
    return {"statements": float(row[0]), "exec_ms": float(row[1]), "cpu_s": cpu,
            "rows": float(row[2]), "blocks": float(row[3])}


def cycle(admin: str, feeds: int, timeout: float,
          group: Instances | None = None) -> tuple[float, dict[str, float]]:
    """One poll cycle of every feed; its seconds and the database's work during it."""
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute("SELECT pg_stat_statements_reset()")
    before = db_counters(admin)
    start = _now()
    began = time.perf_counter()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute("UPDATE feeds SET next_poll_at = %s", [_iso(start)])
        while True:
            queued = conn.execute("SELECT COUNT(*) FROM poll_queue").fetchone()
            polled = conn.execute("SELECT COUNT(*) FROM feeds WHERE last_polled_at >= %s",
                                  [_iso(start)]).fetchone()
            if queued and polled and queued[0] == 0 and polled[0] >= feeds:
                break
            if time.perf_counter() - began > timeout:
                rows = conn.execute("SELECT feed_url, due_at, claimed_by, claimed_until, "
                                    "claims FROM poll_queue LIMIT 5").fetchall()
                logs = "" if group is None else "".join(
                    p.read_text(errors="replace")[-2000:]
                    for p in sorted(group.logs.glob("instance-*.log")))
                raise SystemExit(f"cycle unfinished after {timeout:g} s: {polled} polled, "
                                 f"{queued} queued: {rows}\n{logs}")
            time.sleep(0.1)
    seconds = time.perf_counter() - began
    after = db_counters(admin)
    TOP.append(top_statements(admin))
    return seconds, {k: after[k] - before[k] for k in before}


#: The reference workload's time (ms) at the start of each round (bench/common.py).
REFERENCE: list[float] = []

#: The costliest statements of each cycle, in order (printed with --top).
TOP: list[list[tuple[int, float, str]]] = []


def top_statements(admin: str, n: int = 6) -> list[tuple[int, float, str]]:
    with psycopg.connect(admin, autocommit=True) as conn:
        rows = conn.execute(
            "SELECT calls, total_exec_time, regexp_replace(query, '\\s+', ' ', 'g') "
            "FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid "
            "WHERE r.rolname = 'monitor' ORDER BY total_exec_time DESC LIMIT %s", [n]).fetchall()
    return [(int(c), float(t), str(q)[:90]) for c, t, q in rows]


def bump(server: FeedServer, feeds: int, share: float, rng: random.Random) -> int:
    chosen = sorted(rng.sample(range(feeds), max(1, round(feeds * share))))
    requests.post(server.url("/_bump"), data=",".join(map(str, chosen)), timeout=10)
    return len(chosen)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--new", type=float, default=0.01, help="share of feeds with a new item")
    parser.add_argument("--quick", action="store_true", help="tiny sizes (smoke test)")
    parser.add_argument("--top", action="store_true",
                        help="list each cycle's costliest statements")
    args = parser.parse_args()
    if args.quick:
        args.feeds, args.rounds = 60, 1
    header("Several instances: 1 vs 3 on one PostgreSQL state")
    # A SIGTERM ends the run through the finally blocks: the instances and server stop too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    rng = random.Random(15)
    timeout = max(120.0, args.feeds * 0.1)
    pg = PostgresServer().start()
    DATA.append(pg.data)
    group: Instances | None = None
    try:
        with tempfile.TemporaryDirectory(prefix="bench-instances-") as tmp, \
                FeedServer() as server:
            workdir = Path(tmp)
            url = make_database(pg)
            admin = pg.url("monitor_bench")
            primed = prime(url.replace("monitor@", "monitor:bench-only@"), server, args.feeds)
            config = write_config(workdir / "bench.toml", url, server, args.feeds)
            group = Instances(config, workdir)
            group.scale_to(3, admin)
            first = settle(admin, args.feeds, timeout)
            print(f"{args.feeds} feeds; primed {args.feeds * ITEMS_PER_FEED} seen items and "
                  f"every feed's ETag in {primed:.1f} s; 3 instances up in {first:.1f} s")
            results: dict[int, list[tuple[float, dict[str, float]]]] = {1: [], 3: []}
            for r in range(args.rounds):
                REFERENCE.append(reference_ms())
                for n in ((1, 3) if r % 2 == 0 else (3, 1)):
                    group.scale_to(n, admin)
                    bump(server, args.feeds, args.new, rng)
                    results[n].append(cycle(admin, args.feeds, timeout, group))
                    secs, work = results[n][-1]
                    print(f"round {r + 1}, {n} instance(s): {secs:.1f} s, server CPU "
                          f"{work['cpu_s']:.1f} s, {work['statements']:.0f} statements",
                          flush=True)
                    if args.top:
                        print(f"round {r + 1}, {n} instance(s): costliest statements")
                        for calls, ms, query in TOP[-1]:
                            print(f"  {calls:>7} calls {ms:>9.0f} ms  {query}")
            group.stop()
            stats = requests.get(server.url("/_stats"), timeout=10).json()
    finally:
        if group is not None:
            group.stop()
        pg.stop()
    report(args, results, stats)


def report(args: Any, results: dict[int, list[tuple[float, dict[str, float]]]],
           stats: dict[str, Any]) -> None:
    rows = []
    for n in (1, 3):
        secs = [s for s, _ in results[n]]
        work = results[n][secs.index(min(secs))][1]
        rows.append([f"{n} instance{'s' if n > 1 else ''}", f"{min(secs):.1f}",
                     f"{statistics.median(secs):.1f}", f"{args.feeds / min(secs):.0f}",
                     f"{work['statements'] / args.feeds:.1f}",
                     f"{1000 * work['cpu_s'] / args.feeds:.2f}",
                     f"{work['exec_ms'] / args.feeds:.2f}",
                     f"{work['rows'] / args.feeds:.1f}",
                     f"{work['blocks'] / args.feeds:.0f}"])
    print()
    print(table(rows, ["poll cycle", "best s", "median s", "feeds/s", "statements/feed",
                       "server CPU ms/feed", "statement ms/feed (with lock waits)",
                       "rows/feed", "buffer pages/feed"]))
    pairs = list(zip(results[1], results[3], strict=True))
    speed = [b[0] / a[0] for a, b in pairs]
    load = [b[1]["cpu_s"] / max(a[1]["cpu_s"], 1e-9) for a, b in pairs]
    waits = [b[1]["exec_ms"] / max(a[1]["exec_ms"], 1e-9) for a, b in pairs]
    print()
    print(f"per round, 3 instances over 1: cycle time median {statistics.median(speed):.2f} "
          f"(min {min(speed):.2f}); database server CPU median {statistics.median(load):.2f} "
          f"(min {min(load):.2f}); statement time including lock waits median "
          f"{statistics.median(waits):.2f}")
    print(f"feed server answered: {stats}")
    print(f"reference workload (bench/common.py reference_workload): median "
          f"{statistics.median(REFERENCE):.1f} ms, min {min(REFERENCE):.1f} ms over "
          f"{len(REFERENCE)} rounds")
    targets([
        ["cycle time, 3 instances over 1 <= 1.10",
         f"{statistics.median(speed):.2f} ({min(speed):.2f})",
         verdict(statistics.median(speed) <= 1.10)],
        ["database server CPU per cycle, 3 over 1 <= 1.25",
         f"{statistics.median(load):.2f} ({min(load):.2f})",
         verdict(statistics.median(load) <= 1.25)],
    ])

if __name__ == "__main__":
    main()
