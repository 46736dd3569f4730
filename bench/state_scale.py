"""State at scale: 100,000 articles and ~500,000 facts over 10,000 show-seasons in SQLite.

    .venv/bin/python bench/state_scale.py [--articles 100000] [--seasons 10000] [--quick]

Synthetic articles (5 facts each, about ~10,000 show-seasons) go into a fresh state file
through ``StateStore.ingest`` one by one, as the pipeline does (each article one transaction,
its item marked seen), then all but the last 1,000 alerts are recorded as delivered, as a
running daemon would have. Reported: ingestion rate (per tenth of the load, to show whether it
slows as the file grows), database size, and the time of the hot reads against baselines
measured on the same file in the same run: ``SELECT COUNT(*) FROM seasons`` and a plain read
of the whole seasons table. Every SQL statement the hot paths run is captured and checked with
``EXPLAIN QUERY PLAN``: a full scan of a table is flagged unless it is the answer itself.

Target (issue 6): ``monitor status`` (``StateStore.status_rows()``) at 10,000 seasons <= 100 ms;
no full scans on the hot paths.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from common import header, table, verdict

from monitor.models import FACT_KINDS, Article, Fact
from monitor.store.state import StateStore

NOW = dt.datetime(2024, 6, 1, 12, 0, tzinfo=dt.UTC)
FEED = "https://bench.example/feed.xml"
FACTS_PER_ARTICLE = 5
CERTAINTIES = ("confirmed", "confirmed", "expected", "speculative")
WORDS = ("Harbor", "Glass", "Night", "Quiet", "Copper", "Lantern", "Salt", "Paper", "Ninth",
         "Red", "Star", "Desert", "Iron", "Blue", "Winter", "Hollow", "Long", "Silver", "North",
         "Gilded", "Fox", "Tin", "Midnight", "Ash", "Rye", "Open", "Lamp", "Crown", "River",
         "Stone", "Orchard", "Meridian", "Valley", "Ferry", "Garden", "Point", "Table", "Lake")
#: Full scans that are the answer itself (the statement returns or counts every row).
EXPECTED_SCANS = {
    "status_rows": "seasons",   # the status table lists every season
    "baseline": "seasons",
}


def show_names(n: int, rng: random.Random) -> list[str]:
    names: dict[str, None] = {}
    while len(names) < n:
        names[" ".join(rng.sample(WORDS, rng.randint(2, 3)))] = None
    return list(names)


def make_articles(n: int, n_seasons: int, rng: random.Random) -> list[tuple[Article, list[Fact]]]:
    """``n`` articles, each stating 5 facts about one show-season (now and then two)."""
    shows = show_names(max(1, n_seasons * 2 // 5), rng)  # 2.5 seasons per show on average
    seasons = [(s, k) for s in shows for k in range(1, 6)][:n_seasons * 2]
    seasons = rng.sample(seasons, n_seasons)
    out = []
    for i in range(n):
        show, season = rng.choice(seasons)
        published = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randint(0, 3400))
        url = f"https://news{i % 50}.example/tv/{i:06d}-{show.lower().replace(' ', '-')}/"
        facts = []
        for _ in range(FACTS_PER_ARTICLE):
            if rng.random() < 0.1:
                show, season = rng.choice(seasons)
            kind = rng.choice(FACT_KINDS)
            day = published + dt.timedelta(days=rng.randint(-200, 400))
            date = rng.choice((day.isoformat(), day.isoformat()[:7], str(day.year), None))
            value = rng.choice((6, 8, 10, 13, 22)) if kind == "episode_count" else None
            facts.append(Fact(show=show, season=season, kind=kind, date=date, value=value,
                              certainty=rng.choice(CERTAINTIES),
                              evidence=f"{show} season {season}: {kind} {date} (story {i}).",
                              source_url=url))
        text = f"{show} season {season} news, story {i}. " * 20
        out.append((Article(url=url, title=f"{show} story {i}", text=text, published=published,
                            feed_url=FEED, guid=url), facts))
    return out


def ingest_all(store: StateStore, articles: list[tuple[Article, list[Fact]]],
               parts: int = 10) -> list[float]:
    """Ingest every article as the pipeline does; seconds per tenth of the load."""
    chunk = max(1, len(articles) // parts)
    times = []
    for start in range(0, len(articles), chunk):
        t0 = time.perf_counter()
        for article, facts in articles[start:start + chunk]:
            store.articles.ingest(article, facts, watched=lambda _t: True, channels=("webhook",),
                         now=NOW)
            store.feeds.mark_seen(FEED, article.url, article.url, now=NOW)
        times.append(time.perf_counter() - t0)
    return times


def deliver_most(store: StateStore, backlog: int) -> int:
    """Record every alert but the newest ``backlog`` as delivered, as a daemon would have."""
    conn = store.db.conn  # bench-only: pick the ids without a store method made for it
    ids = [r[0] for r in conn.execute("SELECT alert_id FROM deliveries ORDER BY rowid")]
    for alert_id in ids[:max(0, len(ids) - backlog)]:
        store.outbox.record_attempt(alert_id, "webhook", now=NOW, ok=True, error=None,
                                    retry_at=None)
    return len(ids)


def best_ms(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times) * 1e3


def captured(store: StateStore, fn: Callable[[], object]) -> list[str]:
    """The SQL statements ``fn`` runs on the store's connection (with their values bound)."""
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        fn()
    finally:
        store.db.conn.set_trace_callback(None)
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--seasons", type=int, default=10_000)
    parser.add_argument("--backlog", type=int, default=1_000, help="alerts left pending")
    parser.add_argument("--quick", action="store_true", help="tiny sizes (smoke test)")
    args = parser.parse_args()
    if args.quick:
        args.articles, args.seasons, args.backlog = 600, 100, 50
    header("State at scale")
    rng = random.Random(100)
    articles = make_articles(args.articles, args.seasons, rng)

    with tempfile.TemporaryDirectory(prefix="bench-state-") as tmp:
        path = Path(tmp) / "state.db"
        store = StateStore(path)
        parts = ingest_all(store, articles)
        ingest_secs = sum(parts)
        alerts = deliver_most(store, args.backlog)
        conn = store.db.conn
        counts = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                  for t in ("articles", "facts", "fact_sources", "seasons", "alerts",
                            "seen_items")}
        store.close()
        store = StateStore(path)  # checkpointed and reopened, as `monitor status` finds it
        size = sum(p.stat().st_size for p in Path(tmp).glob("state.db*"))

        some_show, some_season = articles[len(articles) // 2][1][0].show, None
        probe_url = articles[-1][0].url
        extra_article, extra_facts = make_articles(1, args.seasons, random.Random(7))[0]
        extra_article = Article(url="https://news.example/tv/extra/", title=extra_article.title,
                                text=extra_article.text, published=extra_article.published,
                                feed_url=FEED, guid="extra")
        paths: dict[str, Callable[[], object]] = {
            "baseline": lambda: (conn2.execute("SELECT COUNT(*) FROM seasons").fetchone()),
            "status_rows": store.queries.status_rows,
            "history": lambda: store.queries.history(some_show, some_season),
            "is_item_seen": lambda: store.feeds.is_seen(FEED, probe_url, probe_url),
            "due_deliveries": lambda: store.outbox.due(NOW, ["webhook"]),
            "get_feed_state": lambda: store.feeds.state(FEED),
            "ingest (one more article)": lambda: store.articles.ingest(
                extra_article, extra_facts, watched=lambda _t: True, channels=("webhook",),
                now=NOW),
        }
        conn2 = sqlite3.connect(path)
        count_ms = best_ms(lambda: conn2.execute("SELECT COUNT(*) FROM seasons").fetchone())
        read_ms = best_ms(lambda: conn2.execute("SELECT * FROM seasons").fetchall())
        timings = {name: best_ms(fn) for name, fn in paths.items() if name != "baseline"}
        statements = {name: captured(store, fn) for name, fn in paths.items()
                      if name != "baseline"}
        scans = {name: plan_scans(path, stmts) for name, stmts in statements.items()}
        conn2.close()
        store.close()

    n = len(articles)
    print(f"loaded {n:,} articles through StateStore.ingest (+ mark_item_seen) in "
          f"{ingest_secs:.1f} s: {n / ingest_secs:,.0f} articles/s, "
          f"{n * FACTS_PER_ARTICLE / ingest_secs:,.0f} facts/s")
    print("rate per tenth of the load (articles/s): "
          + ", ".join(f"{len(articles) / len(parts) / s:,.0f}" for s in parts))
    print(f"rows: {counts}; alerts queued {alerts:,}, {args.backlog:,} left pending")
    print(f"database size: {size / 1e6:.1f} MB ({size / max(1, n):,.0f} bytes/article)")
    print()
    rows = [["SELECT COUNT(*) FROM seasons (baseline)", f"{count_ms:.2f}", "1", "-"],
            ["plain read of the seasons table (baseline)", f"{read_ms:.2f}",
             f"{read_ms / count_ms:.0f}", "-"]]
    for name, ms in timings.items():
        flagged = [t for t, _ in scans[name] if EXPECTED_SCANS.get(name) != t]
        rows.append([name, f"{ms:.2f}", f"{ms / count_ms:.0f}",
                     "none" if not flagged else "SCAN " + ", ".join(sorted(set(flagged)))])
    print(table(rows, ["operation", "ms (best of 5)", "x COUNT(*)", "full scans"]))
    print(f"\nstatus_rows vs a plain read of the table: {timings['status_rows'] / read_ms:.1f}x")
    for name, found in scans.items():
        for tbl, sql in found:
            note = " (expected: the answer is every row)" if EXPECTED_SCANS.get(name) == tbl \
                else ""
            print(f"  {name}: SCAN {tbl}{note}: {sql}")
    bad = [name for name, found in scans.items()
           if any(EXPECTED_SCANS.get(name) != t for t, _ in found)]
    print()
    print(table([
        [f"status_rows at {counts['seasons']:,} seasons <= 100 ms",
         f"{timings['status_rows']:.1f} ms", verdict(timings["status_rows"] <= 100)],
        ["no full scans on the hot paths", ", ".join(bad) or "none", verdict(not bad)],
    ], ["target", "measured", "verdict"]))


if __name__ == "__main__":
    main()
