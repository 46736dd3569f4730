"""Lists paged in SQL (issue 14's status-page target, issue 12's paged API): keyset pages that
visit every row once in order whatever the ties, query plans with no full scan and no sort of
the whole table per page, the JSON API's ``limit``/``cursor``/``since``, and ``status --json``
streaming rows with ISO 8601 timestamps. Real SQLite files written through the store's ingest;
the API served for real on 127.0.0.1. No timing here: bench/web_scale.py measures speed."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import requests

from monitor.cli import main
from monitor.models import Article, Fact
from monitor.store.queries import SeasonFilter
from monitor.store.state import StateStore
from monitor.web.server import StatusServer, make_server

NOW = dt.datetime(2025, 3, 1, 9, 0, tzinfo=dt.UTC)
NAMES = ("Harbor", "glass", "Night Fox", "quiet", "Copper Lamp", "the Salt", "Ash", "Rye",
         "Open Table", "Midnight", "Lake Point", "Orchard")
STATUS_FACTS = ("renewed", "filming_started", "filming_wrapped", "cancelled")


def build(db: Path) -> None:
    """36 seasons (12 shows × 3) over four articles, so many share an update time; some with
    disagreements; alerts queued on a channel."""
    with StateStore(db) as store:
        for batch in range(4):
            facts = []
            for i, name in enumerate(NAMES):
                for season in (1, 2, 3):
                    if (i + season) % 4 != batch:
                        continue
                    kind = STATUS_FACTS[(i * 3 + season) % 4]
                    facts.append(Fact(show=name, season=season, kind=kind,  # type: ignore[arg-type]
                                      date="2024-0%d-1%d" % (batch + 1, season),
                                      certainty="confirmed", evidence=f"{name} {season} {kind}"))
                    if season == 2:  # two sources disagree on the premiere
                        for day in ("2025-05-01", "2025-05-08"):
                            facts.append(Fact(show=name, season=2, kind="premiere", date=day,
                                              certainty="expected", evidence=f"{name} {day}"))
            store.articles.ingest(
                Article(url=f"https://n.example/{batch}", title=f"batch {batch}", text="x",
                        published=dt.date(2024, batch + 1, 20)),
                facts, watched=lambda _t: True, channels=["mail"],
                now=NOW + dt.timedelta(hours=batch))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("paging") / "state.db"
    build(path)
    return path


@pytest.fixture
def store(db: Path) -> Iterator[StateStore]:
    with StateStore(db, read_only=True) as s:
        yield s


def all_pages(fetch: Callable[[object], object]) -> list[list[object]]:
    pages, after = [], None
    while True:
        page = fetch(after)
        pages.append(page.rows)  # type: ignore[attr-defined]
        after = page.next_key  # type: ignore[attr-defined]
        if after is None:
            return pages


@pytest.mark.parametrize("limit", [1, 5, 7, 36, 100])
@pytest.mark.parametrize("filters", [SeasonFilter(), SeasonFilter(status="wrapped"),
                                     SeasonFilter(q="a"), SeasonFilter(include_unknown=True)],
                         ids=["all", "wrapped", "q=a", "unknown"])
def test_keyset_pages_visit_every_season_once_in_order(store: StateStore, limit: int,
                                                       filters: SeasonFilter) -> None:
    every = store.queries.status_rows(include_unknown=True, disagreements=True)
    expected = [r for r in every
                if (filters.include_unknown or r.status is not None)
                and (filters.status is None or r.status == filters.status)
                and (not filters.q or filters.q in r.show.lower() or filters.q in r.show_key)]
    assert expected
    pages = all_pages(lambda after: store.queries.season_page(
        filters, after=after, limit=limit))  # type: ignore[arg-type]
    assert all(len(p) <= limit for p in pages) and all(pages[:-1])
    assert [r for p in pages for r in p] == expected
    by_update = all_pages(lambda after: store.queries.season_page(
        filters, sort="updated", after=after, limit=limit))  # type: ignore[arg-type]
    rows = [r for p in by_update for r in p]
    assert sorted(rows, key=lambda r: (r.show_key, -1 if r.season is None else r.season)) == \
        sorted(expected, key=lambda r: (r.show_key, -1 if r.season is None else r.season))
    assert [r.updated_at for r in rows] == sorted((r.updated_at for r in rows), reverse=True)
    assert store.queries.count_seasons(filters) == len(expected) or filters.q


def test_iter_status_rows_equals_status_rows(store: StateStore) -> None:
    assert list(store.queries.iter_status_rows(chunk=4)) == \
        store.queries.status_rows(disagreements=True)
    assert any(r.disagreements for r in store.queries.iter_status_rows(chunk=4))


def test_alert_pages_newest_first(store: StateStore) -> None:
    every = store.outbox.alerts()[::-1]  # oldest first, reversed
    pages = all_pages(lambda after: store.queries.alert_page(after=after, limit=4))  # type: ignore[arg-type]
    assert [r.alert.id for p in pages for r in p] == [r.alert.id for r in every]  # type: ignore[attr-defined]
    since = NOW + dt.timedelta(hours=3)
    recent = store.queries.alert_page(since=since, limit=500).rows
    assert recent and all(r.alert.created_at >= since for r in recent)
    glass = store.queries.alert_page(key="glass", limit=500).rows
    assert {r.alert.show for r in glass} == {"glass"}


def plans(store: StateStore, run: Callable[[], object]) -> list[tuple[str, str]]:
    """(statement, plan line) of every SELECT ``run`` makes."""
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        run()
    finally:
        store.db.conn.set_trace_callback(None)
    conn = sqlite3.connect(store.path)
    try:
        return [(sql, str(row[-1])) for sql in dict.fromkeys(statements)
                if sql.lstrip().upper().startswith("SELECT")
                for row in conn.execute("EXPLAIN QUERY PLAN " + sql)]
    finally:
        conn.close()


def test_no_page_scans_or_sorts_a_whole_table(store: StateStore) -> None:
    """Every query a page runs reads an index range: no plain SCAN of a table, no temporary
    B-tree sorting all its rows (EXPLAIN QUERY PLAN)."""
    queries = store.queries
    key = queries.season_page(limit=5).next_key
    by_update = queries.season_page(sort="updated", limit=5).next_key
    alerts = queries.alert_page(limit=5).next_key
    today = dt.date(2025, 1, 1)
    runs: dict[str, Callable[[], object]] = {
        "first page": lambda: queries.season_page(limit=5),
        "next page": lambda: queries.season_page(after=key, limit=5),  # type: ignore[arg-type]
        "by update": lambda: queries.season_page(sort="updated", after=by_update,  # type: ignore[arg-type]
                                                 limit=5),
        "by status": lambda: queries.season_page(SeasonFilter(status="wrapped"), after=key,  # type: ignore[arg-type]
                                                 limit=5),
        "count": lambda: queries.count_seasons(SeasonFilter(status="renewed")),
        "upcoming": lambda: queries.upcoming_premieres(today),
        "windows": lambda: queries.premiere_windows(today),
        "alerts": lambda: queries.alert_page(after=alerts, limit=5),  # type: ignore[arg-type]
        "recent changes": lambda: queries.recent_changes(),
        "a show's alerts": lambda: queries.alert_page(key="glass", limit=5),
        "a season's alerts": lambda: store.outbox.season_alerts("glass", 2),
        "titles": lambda: queries.article_titles(["https://n.example/1"]),
        "a show's seasons": lambda: queries.season_page(SeasonFilter(show_key="glass",
                                                                     include_unknown=True)),
        "a show's calendar": lambda: queries.calendar(key="glass", since=today),
        "the calendar": lambda: queries.calendar(since=today),
    }
    for name, run in runs.items():
        found = plans(store, run)
        assert found, name
        for sql, line in found:
            full_scan = line.startswith("SCAN ") and " USING " not in line
            assert not full_scan and "TEMP B-TREE" not in line, f"{name}: {line}: {sql}"


# --- the JSON API --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def server(db: Path) -> Iterator[StatusServer]:
    app = make_server(db, "127.0.0.1", 0)
    app.start()
    try:
        yield app
    finally:
        app.stop()


def follow(server: StatusServer, path: str, name: str) -> tuple[list[dict[str, object]], int]:
    """Every item of a paged list, following ``links.next``; and how many pages it took."""
    items, pages = [], 0
    url: str | None = server.url.rstrip("/") + path
    while url:
        response = requests.get(url, timeout=10)
        assert response.status_code == 200, response.text
        data = response.json()
        items += data[name]
        pages += 1
        assert (data["next"] is None) == (data["links"]["next"] is None)
        if data["next"]:
            assert response.headers["Link"].endswith('>; rel="next"')
        url = server.url.rstrip("/") + data["links"]["next"] if data["links"]["next"] else None
    return items, pages


def test_api_lists_are_paged(server: StatusServer, store: StateStore) -> None:
    seasons, pages = follow(server, "/api/seasons?limit=5", "seasons")
    every = store.queries.status_rows()
    assert pages == -(-len(every) // 5)
    assert [(s["show"], s["season"]) for s in seasons] == [(r.show, r.season) for r in every]
    wrapped, _ = follow(server, "/api/seasons?limit=2&status=wrapped&sort=updated", "seasons")
    assert wrapped and {s["status"] for s in wrapped} == {"wrapped"}
    alerts, pages = follow(server, "/api/alerts?limit=4", "alerts")
    assert len(alerts) == len(store.outbox.alerts()) and pages > 1
    assert all("T" in str(a["created_at"]) for a in alerts)
    feeds, _ = follow(server, "/api/feeds?limit=1", "feeds")
    assert feeds == []


def test_api_since(server: StatusServer) -> None:
    base = server.url.rstrip("/")
    since = (NOW + dt.timedelta(hours=3)).isoformat()
    seasons = requests.get(f"{base}/api/seasons", params={"since": since}, timeout=10).json()
    assert seasons["seasons"] and all(s["updated_at"] >= since for s in seasons["seasons"])
    for value in ("2025-03-01T12:00:00Z", "2025-03-01T13:00:00+01:00", "2025-03-01"):
        alerts = requests.get(f"{base}/api/alerts", params={"since": value}, timeout=10).json()
        floor = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        floor = floor if floor.tzinfo else floor.replace(tzinfo=dt.UTC)
        assert all(dt.datetime.fromisoformat(a["created_at"]) >= floor for a in alerts["alerts"])


@pytest.mark.parametrize(("query", "named"), [
    ("cursor=nonsense", "cursor"), ("cursor=WyJ4Il0", "cursor"), ("limit=0", "limit"),
    ("limit=501", "limit"), ("limit=ten", "limit"), ("since=yesterday", "since"),
])
def test_bad_paging_parameters_are_400_naming_them(server: StatusServer, query: str,
                                                   named: str) -> None:
    base = server.url.rstrip("/")
    for path in ("/api/seasons", "/api/alerts"):
        response = requests.get(f"{base}{path}?{query}", timeout=10)
        assert response.status_code == 400
        assert response.json()["message"].startswith(f"{named}:")
    page = requests.get(f"{base}/alerts?{query}", timeout=10)
    assert page.status_code == 400 and f"{named}:" in page.text


def test_html_pages_link_to_the_next_page(server: StatusServer, store: StateStore) -> None:
    from bs4 import BeautifulSoup

    base = server.url.rstrip("/")
    shown: list[str] = []
    url: str | None = f"{base}/alerts?limit=4"
    while url:
        page = BeautifulSoup(requests.get(url, timeout=10).text, "html.parser")
        shown += [h.get_text(strip=True) for h in page.select(".alert-list h3")]
        nxt = page.select_one('nav.pager a[rel="next"]')
        url = base + nxt["href"] if nxt else None
    assert len(shown) == len(store.outbox.alerts())
    seasons: list[str] = []
    url = f"{base}/?limit=7"
    while url:
        page = BeautifulSoup(requests.get(url, timeout=10).text, "html.parser")
        seasons += [f"{g.h3.a.get_text(strip=True)} {r.th.get_text(strip=True)}"
                    for g in page.select("section.show-group") for r in g.select("tbody tr")]
        nxt = page.select_one('nav.pager a[rel="next"]')
        url = base + nxt["href"] if nxt else None
    assert seasons == [f"{r.show} Season {r.season}" for r in store.queries.status_rows()]


# --- the command line: status --json streams, ISO 8601 ------------------------------------------

def test_status_json_streams_rows_with_iso_timestamps(db: Path, store: StateStore,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status", "--state", str(db), "--json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["show"], r["season"]) for r in lines] == \
        [(r.show, r.season) for r in store.queries.status_rows()]
    for row in lines:
        assert dt.datetime.fromisoformat(row["updated_at"]).tzinfo is not None
        assert "T" in row["updated_at"]
    disputed = next(r for r in lines if r["disagreements"])
    claim = disputed["disagreements"][0]["claims"][0]
    assert dt.date.fromisoformat(claim["first_published"])
    assert main(["alerts", "--state", str(db), "--json"]) == 0
    alerts = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert alerts and all("T" in a["created_at"] for a in alerts)
    assert all(d["next_attempt_at"] is None or "T" in d["next_attempt_at"]
               for a in alerts for d in a["deliveries"])
    assert alerts[0]["summary"].startswith(alerts[0]["show"])
