"""The whole service path over real servers on 127.0.0.1.

Feeds and pages come from a local HTTP server, alerts go to a local webhook receiver (which
checks the Standard Webhooks signature with its own code) and a local SMTP server (aiosmtpd);
state is a real SQLite file. Nothing is mocked.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from alert_servers import SMTPServer, WebhookReceiver
from httpserver import LocalHTTPServer, Response
from service_setup import serve_seeds, write_config

from monitor.cli import main

SECRET = "whsec_" + "c2VjcmV0LWtleS1mb3ItdGhlLWVuZC10by1lbmQtdGVzdA=="
JJ2_CHANGES = [(None, "renewed"), ("renewed", "filming"), ("filming", "wrapped")]


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    server = WebhookReceiver(secret=SECRET).start()
    yield server
    server.stop()




def channels_for(receiver: WebhookReceiver, smtp: SMTPServer) -> str:
    return (
        f'[channels.hook]\nkind = "webhook"\nurl = "{receiver.url}"\n'
        'secret_env = "E2E_WEBHOOK_SECRET"\n\n'
        f'[channels.mail]\nkind = "email"\nhost = "127.0.0.1"\nport = {smtp.port}\n'
        'security = "none"\nfrom = "monitor@example.org"\n'
        'to = ["producer@example.org", "editor@example.org"]\n')


def test_poll_delivers_each_jessica_jones_alert_once_by_webhook_and_email(
        tmp_path: Path, http_server: LocalHTTPServer, seeds_dir: Path,
        receiver: WebhookReceiver, smtp: SMTPServer, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("E2E_WEBHOOK_SECRET", SECRET)
    feed_url = serve_seeds(http_server, seeds_dir)
    config = write_config(tmp_path, [feed_url], channels=channels_for(receiver, smtp))

    assert main(["poll", "--once", "--config", str(config)]) == 0
    assert main(["poll", "--once", "--config", str(config)]) == 0  # 304, nothing new to send

    bodies = [r.json() for r in receiver.received]
    assert all(r.signature_ok for r in receiver.received)
    assert [(b["from"], b["to"]) for b in bodies] == JJ2_CHANGES
    assert [b["date"] for b in bodies] == [None, "2017-04-03", "2017-09-15"]
    assert len(set(receiver.accepted_ids())) == 3
    assert all(s.startswith(http_server.base_url) for b in bodies for s in b["sources"])

    subjects = [m.message["Subject"] for m in smtp.mails]
    assert len(subjects) == 3 and all("Jessica Jones" in s for s in subjects)
    assert all(sorted(m.rcpt_tos) == ["editor@example.org", "producer@example.org"]
               for m in smtp.mails)
    assert len({m.message["Message-ID"] for m in smtp.mails}) == 3

    conditional = [r for r in http_server.requests if r.path == "/news/feed.xml"]
    assert len(conditional) == 2 and conditional[1].header("If-None-Match") == '"seeds-v1"'
    pages = [r.path for r in http_server.requests if r.path.endswith(".html")]
    assert len(pages) == len(set(pages)) == 5  # each article fetched once

    capsys.readouterr()
    assert main(["status", "--config", str(config), "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    jj = next(r for r in rows if r["show"] == "Jessica Jones" and r["season"] == 2)
    assert jj["status"] == "wrapped"


def test_a_broken_feed_never_stops_the_others(
        tmp_path: Path, http_server: LocalHTTPServer, seeds_dir: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    good = serve_seeds(http_server, seeds_dir)
    http_server.route("/missing.xml", Response(404, "gone"))
    http_server.route("/error.xml", Response(500, "oops"))
    http_server.route("/broken.xml", Response(200, b"<rss version='2.0'><channel><<title>",
                                              {"Content-Type": "application/rss+xml"}))
    http_server.route("/html.xml", Response(200, b"<html><body><p>Not a feed</p></body></html>",
                                            {"Content-Type": "text/html"}))
    http_server.route("/slow.xml", Response(200, b"<rss/>", stall=30))
    bad = [http_server.url(p) for p in ("/missing.xml", "/error.xml", "/broken.xml",
                                        "/html.xml", "/slow.xml")]
    config = write_config(tmp_path, [*bad, good], channels='[channels.out]\nkind = "console"\n')

    assert main(["poll", "--once", "--config", str(config)]) == 0
    captured = capsys.readouterr()
    assert "Jessica Jones S2: filming → wrapped" in captured.out
    for i, reason in enumerate(["HTTP 404", "HTTP 500", "not a valid RSS/Atom feed",
                                "HTML page, not an RSS/Atom feed", "timed out after 2 s"]):
        line = next(x for x in captured.err.splitlines() if x.strip().startswith(f"feed feed {i}:"))
        assert reason in line, line
    assert "5 feeds failed" in captured.err


def test_bad_articles_are_skipped_and_the_rest_processed(
        tmp_path: Path, http_server: LocalHTTPServer, seeds_dir: Path,
        capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture) -> None:
    wrap = (seeds_dir / "000_600423d476aa6f8d.html").read_bytes()
    http_server.route("/a/wrap.html", Response(200, wrap, {"Content-Type": "text/html"}))
    http_server.route("/a/empty.html", Response(200, b"<html><body></body></html>",
                                                {"Content-Type": "text/html"}))
    http_server.route("/a/gone.html", Response(404))
    http_server.route("/a/flaky.html", [Response(500), Response(200, wrap, {
        "Content-Type": "text/html"})])
    items = "".join(
        f"<item><title>{name}</title><link>{http_server.url('/a/' + name)}</link>{date}</item>"
        for name, date in [("gone.html", "<pubDate>Fri, 15 Sep 2017 10:00:00 GMT</pubDate>"),
                           ("empty.html", "<pubDate>not a date at all</pubDate>"),
                           ("flaky.html", ""),
                           ("wrap.html", "<pubDate>Sat, 16 Sep 2017 10:00:00 GMT</pubDate>")])
    http_server.route("/feed.xml", Response(
        200, f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}'
             "</channel></rss>", {"Content-Type": "application/rss+xml"}))
    config = write_config(tmp_path, [http_server.url("/feed.xml")],
                          channels='[channels.out]\nkind = "console"\n')

    assert main(["poll", "--once", "--config", str(config)]) == 0
    first = capsys.readouterr()
    assert "Jessica Jones S2: first seen: wrapped (15 Sep 2017) [confirmed]" in first.out
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "gone.html skipped" in logged and "HTTP 404" in logged
    assert "empty.html skipped" in logged and "page has no readable text" in logged
    assert "flaky.html failed, will retry next poll" in logged

    assert main(["poll", "--once", "--config", str(config)]) == 0
    capsys.readouterr()
    fetched = [r.path for r in http_server.requests if r.path.startswith("/a/")]
    # Permanent failures are not fetched again; the transient 500 is retried and then stored.
    assert fetched.count("/a/gone.html") == 1
    assert fetched.count("/a/empty.html") == 1
    assert fetched.count("/a/flaky.html") == 2
    assert fetched.count("/a/wrap.html") == 1


def test_article_links_to_private_addresses_are_refused_by_default(
        tmp_path: Path, http_server: LocalHTTPServer, seeds_dir: Path,
        capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture) -> None:
    feed = serve_seeds(http_server, seeds_dir)
    config = write_config(tmp_path, [feed], channels='[channels.out]\nkind = "console"\n')
    text = config.read_text().replace('allow_hosts = ["127.0.0.1"]', "allow_hosts = []")
    config.write_text(text)
    assert main(["poll", "--once", "--config", str(config)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "0 new articles, 5 skipped" in captured.err
    assert not [r for r in http_server.requests if r.path.endswith(".html")]
    refusals = [r.getMessage() for r in caplog.records if "skipped" in r.getMessage()]
    assert len(refusals) == 5
    assert all("host 127.0.0.1 is a loopback address" in m for m in refusals), refusals


def test_broken_config_is_one_clear_error(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "monitor.toml"
    config.write_text('[[feeds]]\nurl = "https://news.example/feed"\nevery = "5m"\n')
    assert main(["poll", "--once", "--config", str(config)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("monitor: error: ") and "feeds[0].every" in err and str(config) in err
