"""State at scale: 100,000 articles over 100,000 show-seasons; status page, API and CLI reads.

    .venv/bin/python bench/state_scale.py [--articles 100000] [--seasons 100000] [--rounds 5]
                                          [--quick]

Synthetic articles (5 facts each; every season is some article's main subject) go into a fresh
state file through ``StateStore.ingest`` one by one, as the pipeline does (each article one
transaction, its item marked seen); then all but the newest 1,000 alerts are recorded as
delivered through ``due_deliveries`` / ``record_attempt``, as a running daemon would have.
Reported: ingestion rate per tenth of the load (does it slow as the file grows?) and file size.

Then the reads, paired (``common.run_paired``: interleaved, order rotated per round):

- pages: a plain read of the seasons table (``SELECT * FROM seasons``, the floor),
  ``StateStore.status_rows()``, the status page ``/`` and ``/api/seasons`` (``WebApp.respond``,
  as the status server answers them), and ``monitor status --json`` (the console script, a
  process of its own: its time to the first row and to the end, and its peak memory);
- point reads and writes: one row of the seasons table by rowid (the floor), ``history``,
  ``is_item_seen``, ``due_deliveries``, ``get_feed_state`` and ``ingest`` of one more article.

Every SQL statement the store runs for them is captured and checked with ``EXPLAIN QUERY PLAN``:
a full scan of a table is flagged unless it is the answer itself.

Target (issue 14): the status page, ``/api/seasons`` and ``status --json`` paged in SQL: <= 50 ms
per page at 100,000 seasons; ``status --json`` streams rows.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
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
from typing import Any

from common import (
    Contender,
    Rounds,
    header,
    med_min,
    run_paired,
    spread,
    table,
    targets,
    verdict,
)

from monitor.models import FACT_KINDS, Article, Fact
from monitor.store.state import SeenItem, StateStore
from monitor.web.server import Request, WebApp

NOW = dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC)
FEED = "https://bench.example/feed.xml"
CHANNEL = "webhook"
FACTS_PER_ARTICLE = 5
TARGET_MS = 50.0
CERTAINTIES = ("confirmed", "confirmed", "expected", "speculative")
WORDS = ("Harbor", "Glass", "Night", "Quiet", "Copper", "Lantern", "Salt", "Paper", "Ninth",
         "Red", "Star", "Desert", "Iron", "Blue", "Winter", "Hollow", "Long", "Silver", "North",
         "Gilded", "Fox", "Tin", "Midnight", "Ash", "Rye", "Open", "Lamp", "Crown", "River",
         "Stone", "Orchard", "Meridian", "Valley", "Ferry", "Garden", "Point", "Table", "Lake")
#: Full scans that are the answer itself (the statement returns or counts every row).
EXPECTED_SCANS = {"status_rows": "seasons"}


def show_names(n: int, rng: random.Random) -> list[str]:
    names: dict[str, None] = {}
    while len(names) < n:
        names[" ".join(rng.sample(WORDS, rng.randint(2, 4)))] = None
    return list(names)


def make_articles(n: int, n_seasons: int, rng: random.Random) -> list[tuple[Article, list[Fact]]]:
    """``n`` articles, each stating 5 facts mostly about its main show-season; every season is
    the main subject of at least one article when ``n >= n_seasons``."""
    shows = show_names(max(1, n_seasons * 2 // 5), rng)  # 2.5 seasons per show on average
    seasons = [(s, k) for s in shows for k in range(1, 6)][:n_seasons]
    rng.shuffle(seasons)
    out = []
    for i in range(n):
        main = seasons[i % len(seasons)]
        published = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randint(0, 3400))
        url = f"https://news{i % 50}.example/tv/{i:06d}-{main[0].lower().replace(' ', '-')}/"
        facts = []
        for _ in range(FACTS_PER_ARTICLE):
            show, season = main if rng.random() >= 0.1 else rng.choice(seasons)
            kind = rng.choice(FACT_KINDS)
            day = published + dt.timedelta(days=rng.randint(-200, 400))
            date = rng.choice((day.isoformat(), day.isoformat()[:7], str(day.year), None))
            value = rng.choice((6, 8, 10, 13, 22)) if kind == "episode_count" else None
            facts.append(Fact(show=show, season=season, kind=kind, date=date, value=value,
                              certainty=rng.choice(CERTAINTIES),
                              evidence=f"{show} season {season}: {kind} {date} (story {i}).",
                              source_url=url))
        text = f"{main[0]} season {main[1]} news, story {i}. " * 20
        out.append((Article(url=url, title=f"{main[0]} story {i}", text=text,
                            published=published, feed_url=FEED, guid=url), facts))
    rng.shuffle(out)
    return out


def ingest_all(store: StateStore, articles: list[tuple[Article, list[Fact]]],
               parts: int = 10) -> list[float]:
    """Ingest every article as the pipeline does; seconds per tenth of the load."""
    chunk = max(1, len(articles) // parts)
    times = []
    for start in range(0, len(articles), chunk):
        t0 = time.perf_counter()
        for article, facts in articles[start:start + chunk]:
            store.articles.ingest(article, facts, watched=lambda _t: True, channels=(CHANNEL,),
                                  now=NOW, seen=SeenItem.of(FEED, article.url, article.url))
        times.append(time.perf_counter() - t0)
        print(f"  loaded {min(start + chunk, len(articles)):,} articles", file=sys.stderr,
              flush=True)
    return times


def deliver_most(store: StateStore, backlog: int) -> int:
    """Record every alert but the newest ``backlog`` as delivered, through the outbox API."""
    total = sum(len(r.deliveries) for r in store.outbox.alerts())
    done = 0
    while done < total - backlog:
        batch = store.outbox.due(NOW, [CHANNEL], limit=min(1000, total - backlog - done))
        if not batch:
            break
        for d in batch:
            store.outbox.record_attempt(d.alert.id, d.channel, now=NOW, ok=True, error=None,
                                 retry_at=None)
        done += len(batch)
    return total


def connection_of(store: StateStore) -> sqlite3.Connection:
    """The store's sqlite3 connection, found by type (bench-only: to trace its statements)."""
    for value in vars(store).values():
        if isinstance(value, sqlite3.Connection):
            return value
        conn = getattr(value, "conn", None)
        if isinstance(conn, sqlite3.Connection):
            return conn
    raise SystemExit("StateStore holds no sqlite3 connection this benchmark can trace")


def captured(conn: sqlite3.Connection, fn: Callable[[], object]) -> list[str]:
    """The SQL statements ``fn`` runs on the connection (with their values bound)."""
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        fn()
    finally:
        conn.set_trace_callback(None)
    return [s for s in dict.fromkeys(statements)
            if s.lstrip().upper().startswith(("SELECT", "INSERT", "UPDATE", "DELETE", "WITH"))]


def plan_scans(path: Path, statements: list[str]) -> list[tuple[str, str]]:
    """(table scanned, statement) for every full table scan in the statements' query plans."""
    conn = sqlite3.connect(path)
    scans = []
    try:
        for sql in statements:
            for row in conn.execute("EXPLAIN QUERY PLAN " + sql):
                detail = str(row[-1])
                if detail.startswith("SCAN ") and " USING " not in detail:
                    scans.append((detail.split()[1], " ".join(sql.split())[:110]))
    finally:
        conn.close()
    return scans


def monitor_command() -> list[str]:
    script = Path(sys.executable).with_name("monitor")
    return [str(script)] if script.exists() else [sys.executable, "-m", "monitor.cli"]


class StatusJson:
    """``monitor status --json`` as a process: time to its first row, to its end, peak RSS."""

    def __init__(self, path: Path) -> None:
        self.argv = [*monitor_command(), "status", "--json", "--state", str(path)]
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
        self.first_row: list[float] = []
        self.peak_kib: list[int] = []
        self.rows = 0

    def __call__(self, _unit: int) -> None:
        start = time.perf_counter()
        proc = subprocess.Popen(self.argv, env=self.env, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL)
        assert proc.stdout is not None
        first = proc.stdout.readline()
        self.first_row.append(time.perf_counter() - start)
        rows = 1 if first else 0
        for _ in proc.stdout:
            rows += 1
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            raise SystemExit(f"monitor status --json failed ({proc.returncode})")
        self.rows = rows
        self.peak_kib.append(usage.ru_maxrss)


def page_request(path: str) -> Request:
    return Request(method="GET", path=path, query={}, headers={}, base_url="http://127.0.0.1")


def peak_alloc_mib(fn: Callable[[], object]) -> float:
    """Peak Python allocation while ``fn`` runs (tracemalloc; untimed pass)."""
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--seasons", type=int, default=100_000)
    parser.add_argument("--backlog", type=int, default=1_000, help="alerts left pending")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--calls", type=int, default=50, help="point reads per round (50)")
    parser.add_argument("--quick", action="store_true", help="tiny sizes (smoke test)")
    args = parser.parse_args()
    if args.quick:
        args.articles, args.seasons, args.backlog, args.rounds, args.calls = 600, 500, 50, 2, 5
    header("State at scale")
    rng = random.Random(100)
    articles = make_articles(args.articles, args.seasons, rng)

    with tempfile.TemporaryDirectory(prefix="bench-state-") as tmp:
        path = Path(tmp) / "state.db"
        store = StateStore(path)
        parts = ingest_all(store, articles)
        alerts = deliver_most(store, args.backlog)
        store.close()
        store = StateStore(path)  # checkpointed and reopened, as `monitor status` finds it
        size = sum(p.stat().st_size for p in Path(tmp).glob("state.db*"))
        raw = sqlite3.connect(path)
        counts = {t: raw.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                  for t in ("articles", "facts", "seasons", "alerts", "seen_items")}

        web = WebApp(path)
        status_json = StatusJson(path)
        sizes: dict[str, int] = {}

        def page(name: str, path_: str) -> Callable[[int], None]:
            def get(_unit: int) -> None:
                response = web.respond(page_request(path_))
                if response.status != 200:
                    raise SystemExit(f"{path_}: HTTP {response.status}")
                sizes[name] = len(response.body)
            return get

        pages = [
            Contender("plain read of the seasons table (floor)",
                      lambda _: raw.execute("SELECT * FROM seasons").fetchall()),
            Contender("StateStore.status_rows()", lambda _: store.queries.status_rows()),
            Contender("status page /", page("/", "/")),
            Contender("/api/seasons", page("/api/seasons", "/api/seasons")),
            Contender("monitor status --json (process)", status_json),
        ]
        page_rounds = run_paired(pages, 1, args.rounds, warmup=1)
        memory = {"/": peak_alloc_mib(lambda: web.respond(page_request("/"))),
                  "/api/seasons": peak_alloc_mib(
                      lambda: web.respond(page_request("/api/seasons")))}

        some_show = articles[len(articles) // 2][1][0].show
        probe_url = articles[-1][0].url
        extra = make_articles(args.calls * (args.rounds + 2), args.seasons, random.Random(7))
        extra_i = iter(range(len(extra)))

        def one_more(_unit: int) -> None:
            article, facts = extra[next(extra_i)]
            store.articles.ingest(Article(url=article.url + "extra/", title=article.title,
                                 text=article.text, published=article.published,
                                 feed_url=FEED, guid=article.url + "extra"), facts,
                         watched=lambda _t: True, channels=(CHANNEL,), now=NOW)

        points: dict[str, Callable[[int], object]] = {
            "one seasons row by rowid (floor)": lambda u: raw.execute(
                "SELECT * FROM seasons WHERE rowid = ?", (u * 97 % counts["seasons"] + 1,)
            ).fetchone(),
            "history(show)": lambda _: store.queries.history(some_show),
            "is_item_seen": lambda _: store.feeds.is_seen(FEED, probe_url, probe_url),
            "due_deliveries": lambda _: store.outbox.due(NOW, [CHANNEL]),
            "get_feed_state": lambda _: store.feeds.state(FEED),
            "ingest (one more article)": one_more,
        }
        point_rounds = run_paired([Contender(k, v) for k, v in points.items()], args.calls,
                                  args.rounds, warmup=1)
        conn = connection_of(store)
        traced: dict[str, Callable[[], object]] = {
            "status_rows": store.queries.status_rows,
            "history": lambda: store.queries.history(some_show),
            "is_item_seen": lambda: store.feeds.is_seen(FEED, probe_url, probe_url),
            "due_deliveries": lambda: store.outbox.due(NOW, [CHANNEL]),
            "get_feed_state": lambda: store.feeds.state(FEED),
            "ingest": lambda: one_more(0),
        }
        scans = {name: plan_scans(path, captured(conn, fn)) for name, fn in traced.items()}
        raw.close()
        web.close()
        store.close()

    n = len(articles)
    secs = sum(parts)
    print(f"loaded {n:,} articles through store.articles.ingest (item marked seen in it) "
          f"in {secs:.0f} s: "
          f"{n / secs:,.0f} articles/s, {n * FACTS_PER_ARTICLE / secs:,.0f} fact statements/s")
    print("rate per tenth of the load (articles/s): "
          + ", ".join(f"{n / len(parts) / s:,.0f}" for s in parts))
    print(f"rows: {counts}; {alerts:,} deliveries queued, {args.backlog:,} left pending")
    print(f"file size: {size / 1e6:.0f} MB ({size / max(1, n):,.0f} bytes/article)")
    print()
    report_pages(page_rounds, pages, sizes, memory, status_json)
    print()
    report_points(point_rounds, points)
    print()
    bad = []
    for name, found in scans.items():
        for tbl, sql in found:
            expected = EXPECTED_SCANS.get(name) == tbl
            if not expected:
                bad.append(name)
            note = " (expected: the answer is every row)" if expected else ""
            print(f"  {name}: SCAN {tbl}{note}: {sql}")
    ms = {c.name: page_rounds.median_ms(c.name) for c in pages}
    first = statistics.median(status_json.first_row) * 1e3
    targets([
        [f"status page / <= {TARGET_MS:.0f} ms per page at {counts['seasons']:,} seasons",
         "{} ms ({} ms)".format(*med_min(page_rounds.ms_per_unit("status page /"), "{:.0f}")),
         verdict(ms["status page /"] <= TARGET_MS)],
        [f"/api/seasons <= {TARGET_MS:.0f} ms per page",
         "{} ms ({} ms)".format(*med_min(page_rounds.ms_per_unit("/api/seasons"), "{:.0f}")),
         verdict(ms["/api/seasons"] <= TARGET_MS)],
        [f"status --json streams: first row <= {150 + TARGET_MS:.0f} ms from the process "
         f"start (start-up 150 + a page {TARGET_MS:.0f}; all rows took "
         f"{ms['monitor status --json (process)']:.0f} ms)",
         f"first row at {first:.0f} ms", verdict(first <= TARGET_MS + 150)],
        ["no full scans on the hot paths", ", ".join(sorted(set(bad))) or "none",
         verdict(not bad)],
    ])


def report_pages(rounds: Rounds, pages: list[Contender], sizes: dict[str, int],
                 memory: dict[str, float], status_json: StatusJson) -> None:
    floor = pages[0].name
    print(f"## pages ({rounds.rounds} paired rounds)")
    print(rounds.reference_line())
    rows: list[list[Any]] = []
    for c in pages:
        note = ""
        if c.name in ("status page /", "/api/seasons"):
            key = "/" if c.name == "status page /" else "/api/seasons"
            note = f"{sizes.get(key, 0) / 1e6:.1f} MB body, {memory[key]:.0f} MiB peak alloc"
        elif c.name.startswith("monitor status"):
            note = (f"{status_json.rows:,} rows; first row at "
                    f"{statistics.median(status_json.first_row) * 1e3:.0f} ms; peak RSS "
                    f"{statistics.median(status_json.peak_kib) / 1024:.0f} MiB")
        rows.append([c.name, spread(rounds.ms_per_unit(c.name), "{:.0f}"),
                     "{} ({})".format(*med_min(rounds.ratios(c.name, floor), "{:.1f}")), note])
    print(table(rows, ["read", "ms: median (min–max)", "x floor: median (min)", "notes"]))


def report_points(rounds: Rounds, points: dict[str, Callable[[int], object]]) -> None:
    floor = next(iter(points))
    print(f"## point reads and writes ({rounds.units} calls x {rounds.rounds} paired rounds)")
    rows = [[name, spread(rounds.ms_per_unit(name), "{:.3f}"),
             "{} ({})".format(*med_min(rounds.ratios(name, floor), "{:.1f}"))]
            for name in points]
    print(table(rows, ["operation", "ms per call: median (min–max)", "x floor: median (min)"]))


if __name__ == "__main__":
    main()
