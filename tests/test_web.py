"""The status page served for real on 127.0.0.1 over real state files.

Two states: the seed fixtures replayed through the whole pipeline (``monitor replay``), and a small
hand-made one (``StateStore.ingest`` of articles and facts written here) holding hostile text:
a ``<script>`` in evidence, a ``javascript:`` source, control characters, an ``&`` in a URL.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path

import feedparser
import pytest
import requests
from bs4 import BeautifulSoup
from defusedxml import ElementTree

from monitor.alerts.messages import human_date
from monitor.cli import main
from monitor.errors import ConfigError
from monitor.models import Alert, Article, Fact
from monitor.options import is_loopback
from monitor.store.state import FeedState, StateStore
from monitor.web.server import SECURITY_HEADERS, StatusServer, make_server, parse_listen
from monitor.web.views import alert_title, season_path

SEEDS = Path(__file__).parent / "fixtures" / "seeds"
ATOM = "{http://www.w3.org/2005/Atom}"
NOW = dt.datetime(2024, 6, 1, 12, 0, tzinfo=dt.UTC)
HOSTILE = 'Filming wrapped <script>alert("x")</script> & that\x0b is "that".'
JS_URL = "javascript:alert(document.cookie)//wrap"
WRAP_URL = "https://news.example/jj-wrap?a=1&b=2"
TOKEN = "s3cret-token-for-tests"


# --- states -------------------------------------------------------------------------------------

def replay_seeds(db: Path) -> None:
    """The seed fixtures through the whole pipeline, as the CLI runs it."""
    assert main(["replay", str(SEEDS), "--state", str(db)]) == 0


def build_handmade(db: Path) -> None:
    """A small state written through the store's own ingest, with hostile text in it."""
    def article(url: str, published: str) -> Article:
        return Article(url=url, title="t", text="text", published=dt.date.fromisoformat(published))

    def fact(kind: str, date: str | None, evidence: str, url: str, *, show: str = "Jessica Jones",
             season: int | None = 2, certainty: str = "confirmed") -> Fact:
        return Fact(show=show, season=season, kind=kind, date=date,  # type: ignore[arg-type]
                    certainty=certainty, evidence=evidence, source_url=url)  # type: ignore[arg-type]

    steps = [
        ("https://news.example/jj-renewed", "2016-05-10",
         [fact("renewed", None, "Netflix renewed Jessica Jones for a second season.",
               "https://news.example/jj-renewed")]),
        ("https://news.example/jj-filming", "2017-04-03",
         [fact("filming_started", "2017-04-03", "Filming on Jessica Jones season 2 began today.",
               "https://news.example/jj-filming")]),
        (JS_URL, "2017-09-16", [fact("filming_wrapped", "2017-09-15", HOSTILE, JS_URL)]),
        (WRAP_URL, "2017-09-16",
         [fact("filming_wrapped", "2017-09-15", "Jessica Jones season 2 wrapped yesterday.",
               WRAP_URL)]),
        ("https://news.example/dd", "2017-09-17",
         [fact("renewed", None, "More Daredevil is coming.", "https://news.example/dd",
               show="Daredevil", season=None, certainty="expected")]),
    ]
    with StateStore(db) as store:
        for i, (url, published, facts) in enumerate(steps):
            store.articles.ingest(article(url, published), facts, watched=lambda _t: True,
                         channels=["mail"], now=NOW + dt.timedelta(minutes=i))
        first = store.outbox.alerts()[0].alert
        store.outbox.record_attempt(first.id, "mail", now=NOW, ok=False, retry_at=None,
                             error="SMTP said <img src=x onerror=alert(1)>")
        store.feeds.save(FeedState(
            feed_url="https://news.example/feed.xml", consecutive_failures=3,
            last_error="HTTP 500 <b>boom</b>", last_polled_at=NOW,
            last_success_at=NOW - dt.timedelta(days=1), unhealthy=True))


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("seeded") / "state.db"
    replay_seeds(db)
    return db


@pytest.fixture
def handmade_db(tmp_path: Path) -> Path:
    db = tmp_path / "state.db"
    build_handmade(db)
    return db


def serve(db: Path, **kwargs: object) -> Iterator[StatusServer]:
    server = make_server(db, "127.0.0.1", 0, **kwargs)  # type: ignore[arg-type]
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def seeded(seeded_db: Path) -> Iterator[StatusServer]:
    yield from serve(seeded_db)


@pytest.fixture
def handmade(handmade_db: Path) -> Iterator[StatusServer]:
    yield from serve(handmade_db)


@pytest.fixture
def http() -> Iterator[requests.Session]:
    with requests.Session() as session:
        yield session


def get(http: requests.Session, server: StatusServer, path: str, **kwargs: object
        ) -> requests.Response:
    return http.get(server.url.rstrip("/") + path, timeout=10, **kwargs)  # type: ignore[arg-type]


def soup(response: requests.Response) -> BeautifulSoup:
    assert response.status_code == 200, response.text[:500]
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    return BeautifulSoup(response.text, "html.parser")


def index_row(page: BeautifulSoup, show: str, season: str) -> BeautifulSoup:
    """The row of one season in its show's group on the index (or the show page)."""
    for group in page.select("section.show-group"):
        if group.h3.a.get_text(strip=True) != show:
            continue
        for row in group.select("tbody tr"):
            if row.th.get_text(" ", strip=True) == season:
                return row
    raise AssertionError(f"no row {show} / {season}")


def index_shows(page: BeautifulSoup) -> list[str]:
    return [g.h3.a.get_text(strip=True) for g in page.select("section.show-group")]


def timeline(page: BeautifulSoup) -> list[dict[str, object]]:
    items = []
    for li in page.select("ol.timeline > li"):
        time = li.select_one(".fact-head time")
        items.append({
            "kind": li.select_one("h3").get_text(strip=True),
            "date": time["datetime"] if time else None,
            "evidence": li.select_one("blockquote.evidence").get_text(),
            # A source shows its article's title; its URL is the link (or shown as code).
            "sources": [s["href"] if s.name == "a" else s.get_text(strip=True)
                        for s in li.select("ul.sources li > a, ul.sources li > code")],
            "titles": [a.get_text(strip=True) for a in li.select("ul.sources li > a")],
            "hrefs": [a["href"] for a in li.select("ul.sources a")],
        })
    return items


# --- the seed replay ----------------------------------------------------------------------------

def test_index_shows_jessica_jones_season_2_wrapped(seeded: StatusServer,
                                                    http: requests.Session) -> None:
    page = soup(get(http, seeded, "/"))
    row = index_row(page, "Jessica Jones", "Season 2")
    assert row.select_one(".badge").get_text(strip=True) == "Wrapped"
    assert row.select_one("time")["datetime"] == "2017-09-15"
    links = {a["href"] for a in row.select("a")}
    assert links == {"/show/jessica-jones/season/2"}
    assert int(row.select("td.num")[-1].get_text()) >= 2


def test_season_page_lists_filming_start_and_wrap_with_sources(seeded: StatusServer,
                                                               http: requests.Session) -> None:
    page = soup(get(http, seeded, "/show/jessica-jones/season/2"))
    assert page.h1.get_text(" ", strip=True).startswith("Jessica Jones")
    assert page.select_one(".summary .badge").get_text(strip=True) == "Wrapped"
    facts = timeline(page)
    starts = [f for f in facts if f["kind"] == "Filming started"]
    wraps = [f for f in facts if f["kind"] == "Filming wrapped"]
    assert starts and all(str(f["date"]).startswith("2017-04") for f in starts)
    assert [f["date"] for f in wraps] == ["2017-09-15"]
    assert wraps[0]["sources"] == [(SEEDS / "000_600423d476aa6f8d.html").resolve().as_uri()]
    assert "end of filming" in str(wraps[0]["evidence"])
    for f in facts:
        assert f["sources"] and f["evidence"]
        assert f["hrefs"] == []  # file: URLs are shown as text, never linked
    alerts = [h.get_text(strip=True) for h in page.select(".alert-list h3")]
    assert "Jessica Jones S2: filming → wrapped" in alerts


def test_seed_json_endpoints(seeded: StatusServer, http: requests.Session) -> None:
    seasons = get(http, seeded, "/api/seasons").json()["seasons"]
    jj2 = [s for s in seasons if s["show"] == "Jessica Jones" and s["season"] == 2]
    assert len(jj2) == 1 and jj2[0]["status"] == "wrapped"
    assert jj2[0]["status_label"] == "Wrapped" and jj2[0]["since"] == "2017-09-15"
    assert jj2[0]["links"] == {"html": "/show/jessica-jones/season/2",
                               "api": "/api/seasons/jessica-jones/2",
                               "show": "/show/jessica-jones"}
    detail = get(http, seeded, jj2[0]["links"]["api"]).json()
    kinds = [h["kind"] for h in detail["history"]]
    assert "filming_started" in kinds and "filming_wrapped" in kinds
    assert detail["season"] == jj2[0]
    assert [(a["from"], a["to"]) for a in detail["alerts"]][-1] == ("filming", "wrapped")
    alerts = get(http, seeded, "/api/alerts").json()["alerts"]
    assert {a["id"] for a in detail["alerts"]} <= {a["id"] for a in alerts}


def test_seed_atom_feed(seeded: StatusServer, seeded_db: Path, http: requests.Session) -> None:
    response = get(http, seeded, "/alerts.atom")
    assert response.headers["Content-Type"] == "application/atom+xml; charset=utf-8"
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    with StateStore(seeded_db) as store:
        stored = {r.alert.id: r.alert for r in store.outbox.alerts()}
    assert {e.id for e in feed.entries} == {f"urn:monitor:alert:{i}" for i in stored}
    wrap = [e for e in feed.entries if e.title == "Jessica Jones S2: filming → wrapped"]
    assert len(wrap) == 1
    alert = stored[wrap[0].id.rsplit(":", 1)[1]]
    assert dt.datetime.fromisoformat(wrap[0].updated) == alert.created_at
    assert wrap[0].link.endswith("/show/jessica-jones/season/2")


# --- hostile text, links, escaping --------------------------------------------------------------

def test_hostile_evidence_is_escaped_everywhere(handmade: StatusServer,
                                                http: requests.Session) -> None:
    for path in ("/show/jessica-jones/season/2", "/alerts", "/feeds", "/"):
        body = get(http, handmade, path).text
        assert "<script" not in body and "<img" not in body and "<b>boom" not in body
        assert "\x0b" not in body and "&amp;lt;" not in body  # stripped; escaped once only
    page = soup(get(http, handmade, "/show/jessica-jones/season/2"))
    wraps = [f for f in timeline(page) if f["kind"] == "Filming wrapped"]
    assert len(wraps) == 1
    # The sentence comes back as text, not markup.
    assert wraps[0]["evidence"] in (HOSTILE, "Jessica Jones season 2 wrapped yesterday.")
    assert set(wraps[0]["sources"]) == {JS_URL, WRAP_URL}
    assert wraps[0]["hrefs"] == [WRAP_URL]  # javascript: is shown as text only
    assert not page.select('a[href^="javascript"]')
    assert "SMTP said <img src=x onerror=alert(1)>" in page.get_text()  # the failed delivery


def test_hostile_text_in_atom_is_valid_xml(handmade: StatusServer, handmade_db: Path,
                                           http: requests.Session) -> None:
    root = ElementTree.fromstring(get(http, handmade, "/alerts.atom").content)
    assert root.tag == f"{ATOM}feed"
    with StateStore(handmade_db) as store:
        records = store.outbox.alerts()
    entries = {e.findtext(f"{ATOM}id"): e for e in root.findall(f"{ATOM}entry")}
    assert set(entries) == {f"urn:monitor:alert:{r.alert.id}" for r in records}
    wrap = next(r.alert for r in records if r.alert.to_status == "wrapped")
    entry = entries[f"urn:monitor:alert:{wrap.id}"]
    assert entry.findtext(f"{ATOM}title") == "Jessica Jones S2: filming → wrapped"
    assert dt.datetime.fromisoformat(entry.findtext(f"{ATOM}updated") or "") == wrap.created_at
    related = [link.get("href") for link in entry.findall(f"{ATOM}link")
               if link.get("rel") == "related"]
    assert JS_URL not in related and all(h.startswith("https://") for h in related)
    content = entry.find(f"{ATOM}content")
    assert content is not None and content.get("type") == "html"
    html = BeautifulSoup(content.text or "", "html.parser")
    assert not html.find("script")
    assert wrap.evidence.replace("\x0b", "") in html.get_text() or \
        "wrapped yesterday" in html.get_text()
    titles = {e.findtext(f"{ATOM}title") for e in entries.values()}
    assert "Daredevil: first seen: renewed" in titles


def test_season_null_page_and_json(handmade: StatusServer, http: requests.Session) -> None:
    page = soup(get(http, handmade, "/show/daredevil/season/-"))
    assert "No season" in page.h1.get_text()
    assert [f["kind"] for f in timeline(page)] == ["Renewed"]
    assert page.select_one(".cert").get_text() == "expected"
    data = get(http, handmade, "/api/seasons/daredevil/-").json()
    assert data["season"]["season"] is None and data["season"]["status"] == "renewed"
    assert [h["evidence"] for h in data["history"]] == ["More Daredevil is coming."]
    row = index_row(soup(get(http, handmade, "/")), "Daredevil", "No season")
    assert row.select_one("a")["href"] == season_path("daredevil", None) == \
        "/show/daredevil/season/-"


def test_show_names_in_any_spelling_reach_the_season(handmade: StatusServer,
                                                     http: requests.Session) -> None:
    for path in ("/show/Jessica%20Jones/season/2", "/show/jessica-jones/season/2/"):
        assert get(http, handmade, path).status_code == 200
    for path in ("/show/jessica-jones/season/9", "/show/nobody/season/1", "/show/x",
                 "/alertsXatom", "/show/jessica-jones/season/2/x", "/show/%2F/season/1",
                 "/api/seasons/jessica-jones/9", "/nope"):
        response = get(http, handmade, path)
        assert response.status_code == 404, path
    assert get(http, handmade, "/api/nope").json()["error"] == "Not found"


def test_alerts_page_shows_delivery_state(handmade: StatusServer,
                                          http: requests.Session) -> None:
    page = soup(get(http, handmade, "/alerts"))
    titles = [h.get_text(strip=True) for h in page.select(".alert-list h3")]
    assert titles[0] == "Daredevil: first seen: renewed"  # newest first
    assert "Jessica Jones S2: first seen: renewed" in titles
    states = [b.get_text(strip=True) for b in page.select(".badge[class*=state-]")]
    assert states.count("Failed") == 1 and states.count("Pending") == len(titles) - 1
    assert "SMTP said <img src=x onerror=alert(1)>" in page.get_text()
    failed = soup(get(http, handmade, "/alerts?failed=1"))
    assert [h.get_text(strip=True) for h in failed.select(".alert-list h3")] == \
        ["Jessica Jones S2: first seen: renewed"]
    data = get(http, handmade, "/api/alerts").json()["alerts"]
    failed_json = [a for a in data if a["deliveries"][0]["state"] == "failed"]
    assert len(failed_json) == 1
    assert failed_json[0]["deliveries"][0] == {
        "channel": "mail", "state": "failed", "attempts": 1, "next_attempt_at": None,
        "last_error": "SMTP said <img src=x onerror=alert(1)>", "delivered_at": None}


def test_feeds_page_and_json(handmade_db: Path, http: requests.Session) -> None:
    names = {"https://news.example/feed.xml": "News", "https://other.example/rss": "Other"}
    for server in serve(handmade_db, feed_names=names):
        page = soup(get(http, server, "/feeds"))
        rows = {r.th.get_text(" ", strip=True): [c.get_text(" ", strip=True)
                                                 for c in r.find_all("td")]
                for r in page.select("tbody tr")}
        assert rows["News https://news.example/feed.xml"][0] == "Unhealthy"
        assert rows["News https://news.example/feed.xml"][3:] == ["3", "HTTP 500 <b>boom</b>"]
        assert rows["Other https://other.example/rss"][0] == "Not polled yet"
        feeds = get(http, server, "/api/feeds").json()["feeds"]
        assert feeds[0] == {
            "feed_url": "https://news.example/feed.xml", "name": "News",
            "last_polled_at": NOW.isoformat(),
            "last_success_at": (NOW - dt.timedelta(days=1)).isoformat(),
            "consecutive_failures": 3, "last_error": "HTTP 500 <b>boom</b>", "unhealthy": True}
        assert feeds[1]["feed_url"] == "https://other.example/rss"


def test_index_filters(handmade: StatusServer, http: requests.Session) -> None:
    def shows(query: str) -> list[str]:
        return index_shows(soup(get(http, handmade, "/" + query)))

    assert shows("") == ["Daredevil", "Jessica Jones"]
    assert shows("?q=jessica") == ["Jessica Jones"]
    assert shows("?status=wrapped") == ["Jessica Jones"]
    assert shows("?status=cancelled") == []
    assert shows("?sort=updated") == ["Daredevil", "Jessica Jones"]
    data = get(http, handmade, "/api/seasons?q=dare").json()["seasons"]
    assert [s["show"] for s in data] == ["Daredevil"]


def test_pages_see_what_the_daemon_writes_meanwhile(handmade: StatusServer, handmade_db: Path,
                                                    http: requests.Session) -> None:
    assert get(http, handmade, "/api/seasons?q=punisher").json()["seasons"] == []
    with StateStore(handmade_db) as writer:
        writer.articles.ingest(Article(url="https://news.example/p", title="t", text="x",
                              published=dt.date(2017, 10, 1)),
                      [Fact(show="The Punisher", season=1, kind="renewed", date=None,
                            certainty="confirmed", evidence="The Punisher gets a season.",
                            source_url="https://news.example/p")],
                      watched=lambda _t: True, channels=[], now=NOW)
    seasons = get(http, handmade, "/api/seasons?q=punisher").json()["seasons"]
    assert [(s["show"], s["season"], s["status"]) for s in seasons] == \
        [("The Punisher", 1, "renewed")]


def test_without_a_state_file_the_pages_say_so(tmp_path: Path, http: requests.Session) -> None:
    for server in serve(tmp_path / "none.db"):
        page = soup(get(http, server, "/"))
        assert "No state file yet" in page.get_text()
        empty = {"next": None, "links": {"next": None}}
        assert get(http, server, "/api/seasons").json() == {"seasons": [], **empty}
        assert get(http, server, "/api/alerts").json() == {"alerts": [], **empty}
        assert get(http, server, "/show/x/season/1").status_code == 404
        assert feedparser.parse(get(http, server, "/alerts.atom").content).entries == []
    assert not (tmp_path / "none.db").exists()


# --- HTTP and security --------------------------------------------------------------------------

@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "BREW"])
def test_only_get_and_head(handmade: StatusServer, http: requests.Session, method: str) -> None:
    response = http.request(method, handmade.url, data=b"x=1", timeout=10)
    assert response.status_code == 405
    assert response.headers["Allow"] == "GET, HEAD"


def test_head_and_security_headers(handmade: StatusServer, http: requests.Session) -> None:
    for path in ("/", "/api/seasons", "/alerts.atom", "/nope"):
        got = get(http, handmade, path)
        head = http.head(handmade.url.rstrip("/") + path, timeout=10)
        assert head.status_code == got.status_code and head.content == b""
        assert head.headers["Content-Length"] == str(len(got.content))
        for name, value in SECURITY_HEADERS:
            if path == "/alerts.atom" and name == "Cache-Control":
                value = "private, no-cache"  # kept, but revalidated (ETag) before each use
            assert got.headers[name] == value
        assert got.headers["Server"] == "monitor"
    csp = got.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "script-src" not in csp


def test_pages_keep_working_after_a_request_body(handmade: StatusServer,
                                                 http: requests.Session) -> None:
    """A refused POST's body must not be read as the next request on the same connection."""
    assert http.post(handmade.url, data=b"GET /secret HTTP/1.1\r\n\r\n", timeout=10
                     ).status_code == 405
    assert get(http, handmade, "/api/seasons").status_code == 200


@pytest.mark.parametrize("host", ["0.0.0.0", "", "::", "192.0.2.10", "example.org"])
def test_non_loopback_needs_a_token(handmade_db: Path, host: str) -> None:
    for token in (None, ""):
        with pytest.raises(ConfigError, match=r"http\.listen: .*not a loopback address.*token"):
            make_server(handmade_db, host, 0, token=token)


def test_token_is_required_when_set(handmade_db: Path, http: requests.Session) -> None:
    for server in serve(handmade_db, token=TOKEN):
        assert get(http, server, "/").status_code == 401
        assert get(http, server, "/api/seasons").status_code == 401
        assert get(http, server, "/alerts.atom?token=wrong").status_code == 401
        assert "wrong" not in get(http, server, "/?token=wrong").text
        denied = get(http, server, "/", headers={"Authorization": "Bearer wrong"})
        assert denied.status_code == 401
        assert denied.headers["WWW-Authenticate"].startswith("Bearer")
        assert TOKEN not in denied.text
        assert get(http, server, "/", headers={"Authorization": f"Bearer {TOKEN}"}
                   ).status_code == 200
        assert get(http, server, "/api/seasons",
                   headers={"Authorization": f"bearer {TOKEN}"}).status_code == 200
        page = soup(get(http, server, f"/?token={TOKEN}"))
        # Links carry the token on, so a browser that came with ?token= can click through.
        season_links = [a["href"] for a in page.select("tbody a")]
        assert season_links and all(h.endswith(f"?token={TOKEN}") for h in season_links)
        assert page.select_one('form input[name="token"]')["value"] == TOKEN
        assert get(http, server, season_links[0]).status_code == 200
        # A feed reader subscribes with ?token=, but the links it keeps never carry it.
        atom = get(http, server, f"/alerts.atom?token={TOKEN}")
        feed = feedparser.parse(atom.content)
        assert feed.entries and TOKEN not in atom.text
        assert all(e.link.startswith(server.url.rstrip("/") + "/show/") for e in feed.entries)
        # Without ?token= (header auth) no link carries it.
        body = get(http, server, "/", headers={"Authorization": f"Bearer {TOKEN}"}).text
        assert TOKEN not in body


def test_a_busy_port_is_a_clear_error(handmade: StatusServer, handmade_db: Path) -> None:
    with pytest.raises(ConfigError, match=rf"cannot listen on 127\.0\.0\.1:{handmade.port}"):
        make_server(handmade_db, "127.0.0.1", handmade.port)


def test_stop_without_start_and_url(handmade_db: Path) -> None:
    server = make_server(handmade_db, "127.0.0.1", 0)
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/", server.url) and server.port > 0
    server.stop()


# --- helpers ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "expected"), [
    ("127.0.0.1:8080", ("127.0.0.1", 8080)),
    (" localhost:80 ", ("localhost", 80)),
    ("[::1]:8080", ("::1", 8080)),
    ("0.0.0.0:0", ("0.0.0.0", 0)),
    ("8080", ("127.0.0.1", 8080)),
])
def test_parse_listen(value: str, expected: tuple[str, int]) -> None:
    assert parse_listen(value) == expected


@pytest.mark.parametrize("value", ["", ":8080", "127.0.0.1", "127.0.0.1:http", "host:70000",
                                   "::1:8080", "[::1]8080", "[nothost]:80", "a:b:c"])
def test_parse_listen_rejects(value: str) -> None:
    with pytest.raises(ConfigError, match="http.listen: .* is not HOST:PORT"):
        parse_listen(value)


@pytest.mark.parametrize(("host", "expected"), [
    ("127.0.0.1", True), ("127.1.2.3", True), ("::1", True), ("[::1]", True),
    ("localhost", True), ("LocalHost", True), ("::ffff:127.0.0.1", True),
    ("0.0.0.0", False), ("", False), ("::", False), ("10.0.0.1", False),
    ("example.org", False), ("localhost.example.org", False),
])
def test_is_loopback(host: str, expected: bool) -> None:
    assert is_loopback(host) is expected


@pytest.mark.parametrize(("date", "words"), [
    ("2017-09-15", "15 Sep 2017"), ("2017-09", "Sep 2017"), ("2018", "2018"),
    ("2017-SU", "Summer 2017"), ("2016-FA", "Fall 2016"), (None, ""), ("soon", "soon"),
])
def test_human_date(date: str | None, words: str) -> None:
    assert human_date(date) == words


def test_json_is_utf8_and_parses(handmade: StatusServer, http: requests.Session) -> None:
    response = get(http, handmade, "/api/seasons/jessica-jones/2")
    assert response.headers["Content-Type"] == "application/json; charset=utf-8"
    data = json.loads(response.content.decode("utf-8"))
    wrap = [h for h in data["history"] if h["kind"] == "filming_wrapped"][0]
    assert {s["url"] for s in wrap["sources"]} == {JS_URL, WRAP_URL}
    assert {s["published"] for s in wrap["sources"]} == {"2017-09-16"}


@pytest.mark.parametrize(("changes", "title"), [
    ({}, "Jessica Jones S2: filming → wrapped"),
    ({"from_status": None, "to_status": "renewed"}, "Jessica Jones S2: first seen: renewed"),
    ({"to_status": "premiere_scheduled"}, "Jessica Jones S2: filming → premiere scheduled"),
    ({"season": None}, "Jessica Jones: filming → wrapped"),
    ({"kind": "premiere_window", "date": "2018-SP"},
     "Jessica Jones S2: premiere window: Spring 2018"),
    ({"kind": "operator", "show": "", "season": None, "evidence": "Feed X\nfailed 5 times."},
     "monitor: Feed X failed 5 times."),
    ({"kind": "test"}, "monitor: test alert"),
    ({"reported_late": True}, "Jessica Jones S2: filming → wrapped (reported late)"),
])
def test_alert_title(changes: dict[str, object], title: str) -> None:
    alert = Alert(id="a1", kind="status_change", show="Jessica Jones", season=2,
                  from_status="filming", to_status="wrapped", date="2017-09-15",
                  certainty="confirmed", evidence="e", sources=(), created_at=NOW)
    assert alert_title(dataclasses.replace(alert, **changes)) == title  # type: ignore[arg-type]
