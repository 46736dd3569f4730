"""The status page shows a season's whole story: sources that disagree (index, season page,
JSON), a premiere that moved and news that came late (alerts page, Atom feed). Served by the
real server over a real state file written through the store's own ingest."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from bs4 import BeautifulSoup
from defusedxml import ElementTree

from monitor.models import Article, Fact
from monitor.store.state import StateStore
from monitor.web.server import StatusServer, make_server

NOW = dt.datetime(2025, 3, 1, 9, 0, tzinfo=dt.UTC)
ATOM = "{http://www.w3.org/2005/Atom}"


def fact(kind: str, date: str | None, certainty: str = "confirmed", *,
         value: int | None = None) -> Fact:
    return Fact(show="Example Show", season=2, kind=kind, date=date,  # type: ignore[arg-type]
                certainty=certainty, value=value,  # type: ignore[arg-type]
                evidence=f"Example Show season 2: {kind} {date or value}.")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[StatusServer]:
    db = tmp_path / "state.db"
    steps = [
        ("https://n.example/shoot", "2024-06-01", [fact("filming_started", "2024-06-01")]),
        ("https://n.example/wrap", "2024-11-20", [fact("filming_wrapped", "2024-09-10")]),
        ("https://n.example/date-a", "2025-01-10", [fact("premiere", "2025-03-08", "expected"),
                                                    fact("episode_count", None, value=8)]),
        ("https://n.example/date-b", "2025-02-01", [fact("premiere", "2025-04-14", "expected")]),
        ("https://n.example/date-c", "2025-02-01", [fact("premiere", "2025-04-14")]),
        ("https://n.example/date-d", "2025-02-01", [fact("premiere", "2025-04-07", "expected")]),
    ]
    with StateStore(db) as store:
        for url, published, facts in steps:
            store.articles.ingest(Article(url=url, title="t", text=url,
                                 published=dt.date.fromisoformat(published)),
                         facts, watched=lambda _t: True, channels=["mail"], now=NOW)
    app = make_server(db, "127.0.0.1", 0)
    app.start()
    try:
        yield app
    finally:
        app.stop()


def get(server: StatusServer, path: str) -> requests.Response:
    response = requests.get(server.url.rstrip("/") + path, timeout=10)
    assert response.status_code == 200, response.text[:300]
    return response


def test_the_index_shows_where_sources_disagree(server: StatusServer) -> None:
    page = BeautifulSoup(get(server, "/").text, "html.parser")
    [row] = page.select("section.show-group tbody tr")
    premiere = row.select_one('td[data-label="Premiere"]').get_text(" ", strip=True)
    assert premiere.startswith("14 Apr 2025")
    assert ("Sources disagree: 2 sources: 14 Apr 2025; 1 source: 7 Apr 2025; "
            "1 source: 8 Mar 2025") in premiere


def test_the_season_page_lists_each_value_with_its_sources(server: StatusServer) -> None:
    page = BeautifulSoup(get(server, "/show/example-show/season/2").text, "html.parser")
    section = page.select_one("section#disagreements, section[aria-labelledby=disagreements]")
    assert section is not None
    text = section.get_text(" ", strip=True)
    assert ("Premiere : 2 sources: 14 Apr 2025; 1 source: 7 Apr 2025; 1 source: 8 Mar 2025"
            in text)
    hrefs = [a["href"] for a in section.select("a")]
    assert hrefs == ["https://n.example/date-b", "https://n.example/date-c",
                     "https://n.example/date-d", "https://n.example/date-a"]
    # The time line marks the disputed facts; the agreed ones are not marked.
    marked = {li.select_one("h3").get_text(strip=True): bool(li.select_one(".disagree"))
              for li in page.select("ol.timeline > li")}
    assert marked["Premiere"] and not marked["Filming started"]
    # The alerts on the season page: the late wrap and the moved premiere, in words.
    alerts = page.select_one("ol.alert-list").get_text(" ", strip=True)
    assert "Reported late: wrapped on 10 Sep 2024." in alerts
    assert "premiere moved: 8 Mar 2025 → 14 Apr 2025" in alerts
    assert "8 Mar 2025 was stated by:" in alerts


def test_season_json_carries_the_disagreements(server: StatusServer) -> None:
    data = get(server, "/api/seasons/example-show/2").json()
    [d] = data["season"]["disagreements"]
    assert d["kind"] == "premiere"
    assert d["text"] == "2 sources: 14 Apr 2025; 1 source: 7 Apr 2025; 1 source: 8 Mar 2025"
    assert [(c["date"], c["sources"]) for c in d["claims"]] == [
        ("2025-04-14", ["https://n.example/date-b", "https://n.example/date-c"]),
        ("2025-04-07", ["https://n.example/date-d"]),
        ("2025-03-08", ["https://n.example/date-a"])]
    disputed = {h["date"]: h["disagreement"] for h in data["history"]}
    assert disputed == {"2024-06-01": None, "2024-09-10": None, None: None,
                        "2025-03-08": d["text"], "2025-04-14": d["text"],
                        "2025-04-07": d["text"]}
    moved = next(a for a in data["alerts"] if a["type"] == "premiere_moved")
    assert (moved["previous_date"], moved["date"]) == ("2025-03-08", "2025-04-14")
    assert moved["season_page"] == "/show/example-show/season/2"
    assert moved["title"] == "Example Show S2: premiere moved: 8 Mar 2025 → 14 Apr 2025"
    late = next(a for a in data["alerts"] if a["to"] == "wrapped")
    assert late["reported_late"] is True
    assert late["title"] == "Example Show S2: filming → wrapped (reported late)"


def test_the_atom_feed_says_late_and_moved(server: StatusServer) -> None:
    feed = ElementTree.fromstring(get(server, "/alerts.atom").content)
    entries = {e.findtext(f"{ATOM}title"): e for e in feed.findall(f"{ATOM}entry")}
    moved = entries["Example Show S2: premiere moved: 8 Mar 2025 → 14 Apr 2025"]
    content = moved.findtext(f"{ATOM}content") or ""
    assert "Previously (8 Mar 2025)" in content and "https://n.example/date-a" in content
    assert moved.find(f"{ATOM}link[@rel='alternate']").get("href", "").endswith(  # type: ignore[union-attr]
        "/show/example-show/season/2")
    late = entries["Example Show S2: filming → wrapped (reported late)"]
    assert "Reported late: wrapped on 10 Sep 2024." in (late.findtext(f"{ATOM}content") or "")
