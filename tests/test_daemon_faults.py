"""The real daemon (`monitor run` as a subprocess) against a web that misbehaves.

A fault-injecting server on 127.0.0.1 serves every failure the issue lists next to a healthy
feed; the daemon must stay up, name the feed in each log line, keep polling the healthy feed,
mark the broken ones unhealthy with ONE operator alert each, and store nothing from them.
Other tests run the daemon over a changing feed, stop it in the middle of a stalled fetch, and
read its state while it writes. Every wait is bounded; intervals are a second or two.
"""

from __future__ import annotations

import json
import re
import signal
import sqlite3
import subprocess
import urllib.request
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from alert_servers import WebhookReceiver, free_port
from httpserver import LocalHTTPServer, Response
from service_setup import MONITOR, monitor_run, serve_seeds, wait_for, write_config

RSS = "application/rss+xml"
MB = 1024 * 1024
BOMB = (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
        + b"".join(b'<!ENTITY %s "%s">' % (bytes([98 + i]), (b"&%s;" % bytes([97 + i])) * 10)
                   for i in range(8))
        + b']><rss version="2.0"><channel><title>&i;</title></channel></rss>')




@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    server = WebhookReceiver().start()
    yield server
    server.stop()


def daemon_config(tmp_path: Path, feeds: list[str], receiver: WebhookReceiver | None,
                  *, monitor: str = "", fetch: str = "") -> Path:
    channels = (f'[channels.hook]\nkind = "webhook"\nurl = "{receiver.url}"\n'
                if receiver else "")
    path = write_config(tmp_path, feeds, channels=channels)
    text = path.read_text()
    if "read_timeout" in fetch:
        text = text.replace("read_timeout = 2\n", "")
    path.write_text(text
                    .replace("[monitor]\n", '[monitor]\ndeliver_every = "1s"\n'
                             'default_interval = "1s"\nmax_backoff = "2s"\n'
                             f"unhealthy_after = 2\npoll_workers = 16\n{monitor}")
                    .replace("[fetch]\n", "[fetch]\nmax_per_host = 32\nhost_delay = 0\n"
                             f"{fetch}"))
    return path


def query(db: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(db, timeout=10)) as conn:
        return conn.execute(sql).fetchall()


def feed_rows(db: Path) -> dict[str, tuple[int, int, str | None]]:
    try:
        rows = query(db, "SELECT feed_url, consecutive_failures, unhealthy, last_error "
                         "FROM feeds") if db.exists() else []
    except sqlite3.OperationalError:  # the daemon is still creating the schema
        return {}
    return {str(r[0]): (int(r[1]), int(r[2]), r[3])  # type: ignore[call-overload]
            for r in rows}


def faults(server: LocalHTTPServer) -> dict[str, str]:
    """Serve every fault; return {path: what the log must say about it}."""
    truncated = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
                 b"<item><title>Half an ite")
    routes: dict[str, tuple[Response, str]] = {
        "/500.xml": (Response(500, "oops"), "HTTP 500"),
        "/404.xml": (Response(404, "no"), "HTTP 404"),
        "/410.xml": (Response(410, "gone"), "HTTP 410"),
        "/429.xml": (Response(429, "slow down", {"Retry-After": "1"}),
                     "HTTP 429 Too Many Requests (retry after 1 s)"),
        "/trickle.xml": (Response(200, headers={"Content-Type": RSS}, chunk_delay=0.3,
                                  stream=lambda: iter([b"<rss>"] + [b" "] * 100)),
                         "download took longer than 2 s"),
        "/reset.xml": (Response(reset=True), "connection"),
        "/truncated.xml": (Response(200, truncated, {"Content-Type": RSS}),
                           "not a valid RSS/Atom feed"),
        "/huge.xml": (Response(200, headers={"Content-Type": RSS},
                               stream=lambda: (b"<rss>" + b" " * (MB - 5) if i == 0
                                               else b" " * MB for i in range(50))),
                      "response larger than 1000000 bytes"),
        "/loop.xml": (Response(302, headers={"Location": "/loop.xml"}), "too many redirects"),
        "/html.xml": (Response(200, "<!DOCTYPE html><html><body><p>Hi</p></body></html>",
                               {"Content-Type": "text/html"}), "HTML page, not an RSS/Atom"),
        "/bomb.xml": (Response(200, BOMB, {"Content-Type": RSS}), "declares XML entities"),
    }
    for path, (response, _) in routes.items():
        server.route(path, response)
    return {path: reason for path, (_, reason) in routes.items()}


def serve_invalid_utf8(server: LocalHTTPServer) -> str:
    """A feed and an article page that say UTF-8 and are not: read leniently, not refused."""
    server.route("/u8/page.html", Response(
        200, b"<html><body><article><p>A short note \xff\xfe with bad \xc3\x28 bytes, and "
             b"nothing about any show.</p></article></body></html>",
        {"Content-Type": "text/html; charset=utf-8"}))
    server.route("/u8/feed.xml", Response(
        200, b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>'
             b"Bad \xff\xfe bytes</title><item><title>Bad \xc3\x28 title</title>"
             b"<link>/u8/page.html</link></item></channel></rss>", {"Content-Type": RSS}))
    return server.url("/u8/feed.xml")


def test_daemon_survives_every_fault_and_keeps_polling_the_healthy_feed(
        tmp_path: Path, http_server: LocalHTTPServer, seeds_dir: Path,
        receiver: WebhookReceiver) -> None:
    expected = faults(http_server)
    good = serve_seeds(http_server, seeds_dir)
    utf8 = serve_invalid_utf8(http_server)
    bad = {http_server.url(p): p for p in expected}
    config = daemon_config(tmp_path, [*bad, good, utf8], receiver,
                           fetch="deadline = 2\nmax_bytes = 1000000\n")
    db = tmp_path / "state" / "monitor.db"
    log = tmp_path / "daemon.log"
    names = {url: f"feed {i}" for i, url in enumerate([*bad, good, utf8])}

    with monitor_run(config, log) as proc:
        def all_unhealthy() -> bool:
            rows = feed_rows(db)
            return all(rows.get(u, (0, 0, None))[1] for u in bad)

        assert wait_for(all_unhealthy, 30), (feed_rows(db), log.read_text()[-3000:])
        polls_before = len(http_server.requests_to("/news/feed.xml"))
        assert wait_for(lambda: len(http_server.requests_to("/news/feed.xml"))
                        >= polls_before + 2), "the healthy feed is still polled on time"
        # Each broken feed raised one operator notice, delivered, whatever the number of polls.
        assert wait_for(lambda: len([r for r in receiver.received
                                     if r.json()["type"] == "operator"]) >= len(bad))
        assert proc.poll() is None, "the daemon is still up"
        # Reading while the daemon writes (WAL + busy timeout).
        def status_lists_jessica_jones() -> bool:
            status = subprocess.run([MONITOR, "status", "--json", "--config", str(config)],
                                    capture_output=True, text=True, timeout=20)
            assert status.returncode == 0, status.stderr
            return any(json.loads(line)["show"] == "Jessica Jones"
                       for line in status.stdout.splitlines())

        assert wait_for(status_lists_jessica_jones, 10)
        health = subprocess.run([MONITOR, "health", "--json", "--config", str(config)],
                                capture_output=True, text=True, timeout=20)
        report = json.loads(health.stdout)
        assert health.returncode == 1 and report["status"] == "degraded"
        assert {f["url"] for f in report["feeds"] if f["state"] == "unhealthy"} == set(bad)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=15) == 0

    text = log.read_text()
    assert "Traceback" not in text
    for url, path in bad.items():
        lines = [x for x in text.splitlines() if f"feed {names[url]}: poll failed" in x]
        assert lines, f"no failure logged for {path}"
        assert expected[path] in lines[0], (path, lines[0])
    operator = [r.json() for r in receiver.received if r.json()["type"] == "operator"]
    assert sorted(a["sources"][0] for a in operator) == sorted(bad)  # one each
    assert all(a["to"] == "feed_unhealthy" for a in operator)
    changes = [(r.json()["from"], r.json()["to"]) for r in receiver.received
               if r.json()["type"] == "status_change"]
    assert changes == [(None, "renewed"), ("renewed", "filming"), ("filming", "wrapped")]

    # Nothing from the broken feeds was stored; the healthy one is fine.
    rows = feed_rows(db)
    assert rows[good][:2] == rows[utf8][:2] == (0, 0)
    assert all(rows[u][0] >= 2 and rows[u][1] == 1 for u in bad)
    article_feeds = {r[0] for r in query(db, "SELECT DISTINCT feed_url FROM articles")}
    assert article_feeds == {good, utf8}
    assert query(db, "SELECT COUNT(*) FROM seen_items WHERE feed_url NOT IN "
                     f"('{good}', '{utf8}')") == [(0,)]
    # The mislabelled bytes were decoded leniently (no crash, valid text), once.
    [(u8_title, u8_count)] = query(db, "SELECT title, COUNT(*) FROM articles WHERE url LIKE "
                                       "'%/u8/page.html'")
    assert u8_count == 1 and "title" in str(u8_title)
    assert f"{utf8}: feed has errors, keeping its 1 entries" in text
    # The 50 MB body was not read to the end: the client hung up early.
    assert 0 < http_server.bytes_sent("/huge.xml") < 10 * MB * len(
        http_server.requests_to("/huge.xml"))


FEED_HEAD = '<?xml version="1.0"?><rss version="2.0"><channel><title>Changing</title>'


def test_daemon_processes_each_new_article_once_over_a_changing_feed(
        tmp_path: Path, http_server: LocalHTTPServer, seeds_dir: Path,
        receiver: WebhookReceiver) -> None:
    """Bounded poll cycles; between them items are added, one is edited, one changes GUID."""
    pages = sorted(p.name for p in seeds_dir.glob("*.html"))
    for name in pages:
        http_server.route(f"/news/{name}", Response(200, (seeds_dir / name).read_bytes(),
                                                    {"Content-Type": "text/html"}))
    items: list[dict[str, str]] = []
    version = {"n": 0}

    def feed(req: object) -> Response:
        body = "".join(f"<item><title>{i['title']}</title><link>{i['link']}</link>"
                       f"<guid>{i['guid']}</guid></item>" for i in items)
        return Response(200, FEED_HEAD + body + "</channel></rss>", {"Content-Type": RSS})

    http_server.route("/feed.xml", feed)
    config = daemon_config(tmp_path, [http_server.url("/feed.xml")], receiver)
    db = tmp_path / "state" / "monitor.db"
    log = tmp_path / "daemon.log"

    def polls() -> int:
        return len(http_server.requests_to("/feed.xml"))

    def add(name: str) -> None:
        items.append({"title": name, "link": http_server.url(f"/news/{name}"), "guid": name})

    def next_cycle() -> None:
        seen = polls()
        version["n"] += 1
        assert wait_for(lambda: polls() >= seen + 2), log.read_text()[-2000:]

    with monitor_run(config, log) as proc:
        add(pages[0])
        next_cycle()
        add(pages[1])
        add(pages[2])
        next_cycle()
        items[0]["title"] += " (updated)"             # an edit: processed again, same article
        items[1]["guid"] = "urn:new-guid:" + pages[1]  # a new GUID, same link: not new
        add(pages[3])
        next_cycle()
        add(pages[4])
        next_cycle()
        next_cycle()  # nothing changes: nothing is fetched
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=15) == 0

    fetched = {name: len(http_server.requests_to(f"/news/{name}")) for name in pages}
    assert fetched == {pages[0]: 2, pages[1]: 1, pages[2]: 1, pages[3]: 1, pages[4]: 1}
    urls = [r[0] for r in query(db, "SELECT url FROM articles ORDER BY url")]
    assert urls == sorted(http_server.url(f"/news/{n}") for n in pages)  # one row each
    # The edit did not add a second source: every fact source is a distinct (fact, article).
    assert query(db, "SELECT COUNT(*) FROM (SELECT fact_id, article_id, COUNT(*) c "
                     "FROM fact_sources GROUP BY fact_id, article_id HAVING c > 1)") == [(0,)]
    [(title,)] = query(db, f"SELECT title FROM articles WHERE url LIKE '%{pages[0]}'")
    assert str(title).endswith("(updated)")
    ids = receiver.accepted_ids()
    assert ids and len(ids) == len(set(ids))  # every alert sent once
    assert "Traceback" not in log.read_text()


def test_sigterm_abandons_a_stalled_fetch_within_seconds(
        tmp_path: Path, http_server: LocalHTTPServer) -> None:
    http_server.route("/stall.xml", Response(200, b"<rss/>", stall=120))
    config = daemon_config(tmp_path, [http_server.url("/stall.xml")], None,
                           fetch="read_timeout = 100\n")
    log = tmp_path / "daemon.log"
    with monitor_run(config, log) as proc:
        assert wait_for(lambda: bool(http_server.requests_to("/stall.xml")))
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0  # not the 100 s read timeout
    text = log.read_text()
    assert "abandoning what is still running" in text and "feed feed 0" in text
    assert "monitor stopped" in text and "Traceback" not in text


def test_sighup_reload_keeps_the_state(tmp_path: Path, http_server: LocalHTTPServer,
                                       seeds_dir: Path, receiver: WebhookReceiver) -> None:
    feed = serve_seeds(http_server, seeds_dir)
    config = daemon_config(tmp_path, [feed], receiver)
    log = tmp_path / "daemon.log"
    with monitor_run(config, log) as proc:
        assert wait_for(lambda: len(receiver.received) >= 3)
        proc.send_signal(signal.SIGHUP)
        assert wait_for(lambda: "configuration reloaded" in log.read_text(), 10)
        seen = len(http_server.requests_to("/news/feed.xml"))
        assert wait_for(lambda: len(http_server.requests_to("/news/feed.xml")) >= seen + 2)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=15) == 0
    after = http_server.requests_to("/news/feed.xml")[seen:]
    assert all(r.header("If-None-Match") == '"seeds-v1"' for r in after)  # validators kept
    assert len(receiver.received) == 3  # nothing re-alerted
    assert len([r for r in http_server.requests if r.path.endswith(".html")]) == 5




def test_metrics_endpoint(tmp_path: Path, http_server: LocalHTTPServer, seeds_dir: Path,
                          receiver: WebhookReceiver) -> None:
    pytest.importorskip("prometheus_client")
    good = serve_seeds(http_server, seeds_dir)
    http_server.route("/500.xml", Response(500))
    port = free_port()
    config = daemon_config(tmp_path, [good, http_server.url("/500.xml")], receiver,
                           monitor=f'metrics_listen = "127.0.0.1:{port}"\n')
    log = tmp_path / "daemon.log"

    def scrape() -> str:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as r:
                return str(r.read().decode())
        except OSError:
            return ""

    with monitor_run(config, log):
        assert wait_for(lambda: 'monitor_deliveries_total{outcome="sent"} 4.0' in scrape()), (
            scrape(), log.read_text()[-2000:])
        text = scrape()
    assert re.search(r'monitor_feed_polls_total\{feed="feed 0",result="new"\} 1\.0', text)
    assert re.search(r'monitor_feed_polls_total\{feed="feed 1",result="error"\} \d', text)
    assert 'monitor_articles_processed_total{feed="feed 0",kind="new"} 5.0' in text
    assert re.search(r'monitor_facts_extracted_total\{feed="feed 0"\} [1-9]', text)
    assert 'monitor_alerts_created_total{kind="status_change"}' in text
    assert 'monitor_alerts_created_total{kind="operator"} 1.0' in text
    assert 'monitor_outbox_backlog{state="pending"}' in text
    assert re.search(r'monitor_feed_last_success_timestamp_seconds\{feed="feed 0"\} 1\.\d+e\+09',
                     text)
    assert 'monitor_feed_unhealthy{feed="feed 1"} 1.0' in text
