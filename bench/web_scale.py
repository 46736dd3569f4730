"""Status pages at scale: one page of the index, /api/seasons and the alerts at 100,000 seasons.

    .venv/bin/python bench/web_scale.py [--seasons 100000] [--rounds 7] [--quick]

Issue 14's target: the status page, ``/api/seasons`` and ``status --json`` paged in SQL, at most
50 ms per page at 100,000 seasons (before paging the main page took 10 s and 59 MB there);
``status --json`` streams rows; keyset pages with no full scan per page.

A state file is filled in bulk (SQL inserts through the store's own schema, so it takes seconds,
not the hours ingesting 100,000 seasons would): ~2.5 seasons per show, statuses mixed, a third
with a premiere day and a tenth with a window, 2% with sources that disagree, one article and
fact per premiere (the calendar's evidence), and one alert per two seasons with a delivery each.
Then each page is asked of the web app in process (``WebApp.respond``: the whole page, SQL and
template, no socket), first pages and pages deep in the list (from a cursor half-way), each
``--rounds`` times, the pages interleaved round by round; min and median are reported, with a
reference workload on the same file (``SELECT COUNT(*) FROM seasons``) to compare machines, the
peak memory Python allocates for one page (tracemalloc), and every SQL statement's query plan
(a plain SCAN of a table or a temporary B-tree sorting it is flagged). ``monitor status --json``
runs as its own process: time to the first row, total time and peak RSS.
Self-contained (no bench/common.py), so it runs whatever the rest of bench/ looks like.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from monitor.store.state import StateStore
from monitor.web.paging import encode_cursor
from monitor.web.views import Request, WebApp

NOW = dt.datetime(2025, 6, 1, 12, 0, tzinfo=dt.UTC)
WORDS = ("Harbor", "Glass", "Night", "Quiet", "Copper", "Lantern", "Salt", "Paper", "Ninth",
         "Red", "Star", "Desert", "Iron", "Blue", "Winter", "Hollow", "Long", "Silver", "North",
         "Gilded", "Fox", "Tin", "Midnight", "Ash", "Rye", "Open", "Lamp", "Crown", "River",
         "Stone", "Orchard", "Meridian", "Valley", "Ferry", "Garden", "Point", "Table", "Lake")
STATUSES = ("renewed", "filming", "wrapped", "premiere_scheduled", "cancelled")
TARGET_MS = 50.0


def fill(path: Path, n_seasons: int, rng: random.Random) -> dict[str, int]:
    """A state file with ``n_seasons`` seasons and what hangs off them, written in bulk."""
    StateStore(path).close()  # the schema, migrated
    conn = sqlite3.connect(path)
    shows: list[str] = []
    seen: set[str] = set()
    while len(shows) * 5 // 2 < n_seasons:
        name = " ".join(rng.sample(WORDS, rng.randint(2, 4))) + f" {len(shows)}"
        if name.lower() not in seen:
            seen.add(name.lower())
            shows.append(name)
    seasons, articles, facts, sources, disputes, alerts, deliveries = [], [], [], [], [], [], []
    i = 0
    for show in shows:
        key = show.lower()
        for season in range(1, rng.choice((2, 2, 3, 3, 3)) + 1):
            if i >= n_seasons:
                break
            i += 1
            status = rng.choice(STATUSES)
            updated = NOW - dt.timedelta(minutes=rng.randint(0, 500_000))
            premiere = None
            roll = rng.random()
            if roll < 0.33:
                premiere = (NOW.date() + dt.timedelta(days=rng.randint(-900, 400))).isoformat()
            elif roll < 0.43:
                premiere = f"{rng.randint(2023, 2026)}-{rng.choice(('SP', 'SU', 'FA', 'WI'))}"
            url = f"https://news{i % 40}.example/tv/{i}"
            seasons.append((key, season, show, status, "2024-01-01", premiere,
                            "confirmed" if premiere else None, None, rng.choice((None, 8, 10)),
                            json.dumps([url]), 1, updated.isoformat(timespec="microseconds")))
            articles.append((i, url, f"{show} season {season} news", "2024-03-01", "x",
                             "2024-03-01", "2024-03-01"))
            if premiere:
                facts.append((i, key, show, season, "premiere", premiere, -1, "confirmed"))
                sources.append((i, i, show, f"{show} season {season} premieres {premiere}.",
                                "confirmed"))
            if rng.random() < 0.02:
                disputes.append((key, season, "premiere", json.dumps([
                    {"date": "2025-04-14", "value": None, "certainty": "expected",
                     "sources": [url], "first_published": "2025-01-01",
                     "last_published": "2025-01-01"},
                    {"date": "2025-04-07", "value": None, "certainty": "expected",
                     "sources": [url + "b"], "first_published": "2024-12-01",
                     "last_published": "2024-12-01"}])))
            if i % 2 == 0:
                alert_id = f"a{i:08d}"
                alerts.append((alert_id, "status_change", key, show, season, None, status,
                               None, "confirmed", f"{show} is {status}.", json.dumps([url]),
                               "2024-03-01", updated.isoformat(timespec="microseconds")))
                deliveries.append((alert_id, "mail", "delivered" if i % 10 else "pending", 1))
    with conn:
        conn.executemany("INSERT INTO seasons (show_key, season, show, status, since, premiere, "
                         "premiere_certainty, speculative_premiere, episode_count, sources, "
                         "source_count, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", seasons)
        conn.executemany("INSERT INTO articles (id, url, title, published, content_hash, "
                         "first_seen_at, updated_at) VALUES (?,?,?,?,?,?,?)", articles)
        conn.executemany("INSERT INTO facts (id, show_key, show, season, kind, date, value, "
                         "certainty) VALUES (?,?,?,?,?,?,?,?)", facts)
        conn.executemany("INSERT INTO fact_sources (fact_id, article_id, show, evidence, "
                         "certainty) VALUES (?,?,?,?,?)", sources)
        conn.executemany("INSERT INTO disagreements (show_key, season, kind, claims) "
                         "VALUES (?,?,?,?)", disputes)
        conn.executemany("INSERT INTO alerts (id, kind, show_key, show, season, from_status, "
                         "to_status, date, certainty, evidence, sources, published, "
                         "created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", alerts)
        conn.executemany("INSERT INTO deliveries (alert_id, channel, state, attempts) "
                         "VALUES (?,?,?,?)", deliveries)
    conn.execute("ANALYZE")
    conn.close()
    return {"seasons": len(seasons), "shows": len(shows), "alerts": len(alerts),
            "premieres": len(facts), "disagreements": len(disputes)}


def deep_cursor(path: Path, order: str, key_sql: str, where: str = "") -> str:
    """The cursor of the row half-way down a list (a page deep in it)."""
    conn = sqlite3.connect(path)
    try:
        count = conn.execute(f"SELECT COUNT(*) FROM seasons {where}").fetchone()[0]
        row = conn.execute(f"SELECT {key_sql} FROM seasons {where} ORDER BY {order} "
                           "LIMIT 1 OFFSET ?", [count // 2]).fetchone()
    finally:
        conn.close()
    return encode_cursor(list(row))


def deep_alert_cursor(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        count = conn.execute("SELECT COUNT(*) FROM alerts").fetchone()[0]
        row = conn.execute("SELECT created_at, rowid FROM alerts ORDER BY created_at DESC, "
                           "rowid DESC LIMIT 1 OFFSET ?", [count // 2]).fetchone()
    finally:
        conn.close()
    return encode_cursor(list(row))


def ask(app: WebApp, path: str) -> Callable[[], int]:
    target, _, query = path.partition("?")
    params = dict(p.split("=", 1) for p in query.split("&") if p)

    def run() -> int:
        response = app.respond(Request("GET", target, params, {}, "http://127.0.0.1:8080"))
        assert response.status == 200, (path, response.status, response.body[:200])
        return len(response.body)
    return run


def _timed(run: Callable[[], object]) -> float:
    t = time.perf_counter()
    run()
    return time.perf_counter() - t


def plan_flags(app: WebApp, path: Path, run: Callable[[], object]) -> list[str]:
    """Plan lines of the statements ``run`` makes that scan or sort a whole table."""
    store = app.store()
    assert store is not None
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        run()
    finally:
        store.db.conn.set_trace_callback(None)
    conn = sqlite3.connect(path)
    flags = []
    try:
        for sql in dict.fromkeys(statements):
            if not sql.lstrip().upper().startswith("SELECT"):
                continue
            for row in conn.execute("EXPLAIN QUERY PLAN " + sql):
                line = str(row[-1])
                if (line.startswith("SCAN ") and " USING " not in line) or "TEMP B-TREE" in line:
                    flags.append(f"{line}  <- {' '.join(sql.split())[:90]}")
    finally:
        conn.close()
    return flags


#: Runs ``monitor status --json`` and then reports the process's own peak RSS (VmHWM: the
#: rusage figures of a child include the parent's memory at the fork).
_STATUS_CHILD = """
import sys
from monitor.cli import main
code = main(["status", "--json", "--state", sys.argv[1]])
sys.stdout.flush()
hwm = [l for l in open("/proc/self/status") if l.startswith("VmHWM")]
print(hwm[0].split()[1] if hwm else "0", file=sys.stderr)
sys.exit(code)
"""


def status_json(path: Path) -> tuple[float, float, int, float]:
    """``monitor status --json`` as a process: first row (s), total (s), rows, peak RSS (MB)."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", _STATUS_CHILD, str(path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    first_at = time.perf_counter() - start
    rows = 1 if first else 0
    for _line in proc.stdout:
        rows += 1
    peak_kb = int(proc.stderr.read().strip().splitlines()[-1] or 0)
    proc.wait()
    return first_at, time.perf_counter() - start, rows, peak_kb / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seasons", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="tiny sizes (smoke test)")
    args = parser.parse_args()
    if args.quick:
        args.seasons, args.rounds = 2_000, 2
    rng = random.Random(14)
    with tempfile.TemporaryDirectory(prefix="bench-web-") as tmp:
        path = Path(tmp) / "state.db"
        t0 = time.perf_counter()
        counts = fill(path, args.seasons, rng)
        print(f"filled {counts} in {time.perf_counter() - t0:.1f} s; "
              f"{path.stat().st_size / 1e6:.0f} MB")
        app = WebApp(path, clock=lambda: NOW)
        name_cursor = deep_cursor(path, "lower(show), show_key, season",
                                  "lower(show), show_key, season", "WHERE status IS NOT NULL")
        status_cursor = deep_cursor(path, "lower(show), show_key, season",
                                    "lower(show), show_key, season", "WHERE status = 'wrapped'")
        update_cursor = deep_cursor(path, "updated_at DESC, show_key DESC, season DESC",
                                    "updated_at, show_key, season", "WHERE status IS NOT NULL")
        alert_cursor = deep_alert_cursor(path)
        some_show = "+".join(next(iter(sqlite3.connect(path).execute(
            "SELECT show_key FROM seasons ORDER BY rowid LIMIT 1 OFFSET ?",
            [counts["seasons"] // 3])))[0].split())
        pages = {
            "/ (first page: changes, premieres, 50 seasons)": "/",
            "/ deep (cursor half-way)": f"/?cursor={name_cursor}",
            "/?status=wrapped deep": f"/?status=wrapped&cursor={status_cursor}",
            "/?sort=updated deep": f"/?sort=updated&cursor={update_cursor}",
            "/api/seasons (100)": "/api/seasons",
            "/api/seasons deep": f"/api/seasons?cursor={name_cursor}",
            "/api/seasons?limit=500 deep": f"/api/seasons?limit=500&cursor={name_cursor}",
            "/alerts (50)": "/alerts",
            "/alerts deep": f"/alerts?cursor={alert_cursor}",
            "/api/alerts deep": f"/api/alerts?cursor={alert_cursor}",
            "/show/<show>": f"/show/{some_show.replace('+', '-')}",
            "/calendar.ics?show=<show>": f"/calendar.ics?show={some_show}",
        }
        runs = {name: ask(app, p) for name, p in pages.items()}
        # The whole calendar is no page: built once (cold), then kept by its version.
        calendar = ask(app, "/calendar.ics")
        t = time.perf_counter()
        calendar_bytes = calendar()
        calendar_cold = time.perf_counter() - t
        calendar_warm = min(_timed(calendar) for _ in range(3))
        for run in runs.values():
            run()  # warm: the store opened, templates compiled, pages in the OS cache
        times: dict[str, list[float]] = {name: [] for name in runs}
        reference: list[float] = []
        conn = sqlite3.connect(path)
        names = list(runs)
        for round_no in range(args.rounds):
            t = time.perf_counter()
            conn.execute("SELECT COUNT(*) FROM seasons").fetchone()
            reference.append((time.perf_counter() - t) * 1e3)
            for name in names[round_no % len(names):] + names[:round_no % len(names)]:
                t = time.perf_counter()
                runs[name]()
                times[name].append((time.perf_counter() - t) * 1e3)
        conn.close()
        memory = {}
        for name in ("/ (first page: changes, premieres, 50 seasons)", "/api/seasons deep"):
            tracemalloc.start()
            runs[name]()
            memory[name] = tracemalloc.get_traced_memory()[1] / 1e6
            tracemalloc.stop()
        flags = {name: plan_flags(app, path, run) for name, run in runs.items()}
        sizes = {name: run() for name, run in runs.items()}
        app.close()
        json_runs = [status_json(path) for _ in range(3 if args.quick else 5)]
        first_rows = sorted(r[0] for r in json_runs)
        first_row, total, rows, rss = min(json_runs)

    print(f"\nreference: SELECT COUNT(*) FROM seasons: min {min(reference):.2f} ms, "
          f"median {statistics.median(reference):.2f} ms")
    print(f"\n{'page':52} {'min ms':>8} {'median':>8} {'bytes':>9}  target <= {TARGET_MS:g} ms")
    for name, found in times.items():
        size = sizes[name]
        verdict = "met" if statistics.median(found) <= TARGET_MS else "MISSED"
        print(f"{name:52} {min(found):8.2f} {statistics.median(found):8.2f} {size:9,}  {verdict}")
    print(f"\n/calendar.ics, every premiere from a year back ({calendar_bytes / 1e6:.1f} MB): "
          f"built in {calendar_cold:.1f} s, then {calendar_warm * 1e3:.0f} ms while nothing "
          "changes (its version: one COUNT/MAX query; a client's 304 costs the same)")
    print("\npeak Python memory for one page (tracemalloc): "
          + ", ".join(f"{k}: {v:.1f} MB" for k, v in memory.items()))
    print(f"\nmonitor status --json over {rows:,} rows, {len(json_runs)} runs: first row after "
          f"{first_row * 1e3:.0f} ms (median {statistics.median(first_rows) * 1e3:.0f} ms; "
          f"process start included), all in {total:.1f} s, peak RSS {rss:.0f} MB")
    flagged = {k: v for k, v in flags.items() if v}
    print("\nquery plans: " + ("no full scan or whole-table sort on any page" if not flagged
                                else "FLAGGED"))
    for name, lines in flagged.items():
        for line in lines:
            print(f"  {name}: {line}")


if __name__ == "__main__":
    main()
