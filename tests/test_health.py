"""`monitor health` and `monitor doctor` over real state files and real local servers."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from alert_servers import SMTPServer, WebhookReceiver, free_port
from httpserver import LocalHTTPServer, Response
from service_setup import serve_seeds, write_config

from monitor.cli import main
from monitor.config import load_config
from monitor.models import Alert
from monitor.ops.health import check_health, run_doctor
from monitor.store.state import FeedState, StateStore

NOW = dt.datetime(2026, 1, 5, 12, 0, tzinfo=dt.UTC)
A = "https://a.example/feed"
B = "https://b.example/feed"


def config_with_two_feeds(tmp_path: Path) -> Path:
    path = write_config(tmp_path, [A, B])
    path.write_text(path.read_text().replace("[monitor]\n", '[monitor]\ndefault_interval = '
                                             '"10m"\n'))
    return path


def save(path: Path, *states: FeedState) -> None:
    with StateStore(path) as store:
        for state in states:
            store.feeds.save(state)


def ok(url: str, at: dt.datetime) -> FeedState:
    return FeedState(feed_url=url, last_success_at=at, last_polled_at=at,
                     next_poll_at=at + dt.timedelta(minutes=10))


def test_health_ok_degraded_error(tmp_path: Path) -> None:
    config = load_config(config_with_two_feeds(tmp_path))
    report = check_health(config, now=NOW)
    assert report.status == "error" and "no state file" in report.problems[0]

    save(config.state_path, ok(A, NOW), ok(B, NOW))
    report = check_health(config, now=NOW + dt.timedelta(minutes=5))
    assert (report.status, report.exit_code, report.problems) == ("ok", 0, ())
    assert [f.state for f in report.feeds] == ["ok", "ok"]

    failing = FeedState(feed_url=B, consecutive_failures=6, unhealthy=True, last_error="HTTP 500",
                        last_polled_at=NOW, last_success_at=NOW - dt.timedelta(days=1),
                        next_poll_at=NOW + dt.timedelta(hours=1),
                        failing_since=NOW - dt.timedelta(hours=20))
    save(config.state_path, failing)
    report = check_health(config, now=NOW + dt.timedelta(minutes=5))
    assert (report.status, report.exit_code) == ("degraded", 1)
    assert report.problems == ("feed feed 1: unhealthy, 6 failed polls in a row; last error: "
                               "HTTP 500",)
    assert report.as_json()["feeds"][1]["last_success_at"] == "2026-01-04T12:00:00+00:00"

    # Nothing polled for a long while: the daemon is not running.
    report = check_health(config, now=NOW + dt.timedelta(days=2))
    assert report.status == "error" and "daemon is not running" in report.problems[0]


def test_health_counts_the_outbox_backlog(tmp_path: Path) -> None:
    config = load_config(config_with_two_feeds(tmp_path))
    save(config.state_path, ok(A, NOW), ok(B, NOW))
    alert = Alert(id="op-1", kind="operator", show="", season=None, from_status=None,
                  to_status="feed_unhealthy", date=None, certainty=None, evidence="x",
                  sources=(A,), created_at=NOW)
    with StateStore(config.state_path) as store:
        store.outbox.enqueue(alert, ["hook", "mail"])
        store.outbox.record_attempt("op-1", "mail", now=NOW, ok=False, error="no", retry_at=None)
    report = check_health(config, now=NOW + dt.timedelta(minutes=2))
    assert report.outbox is not None
    assert (report.outbox.pending, report.outbox.failed) == (1, 1)
    assert report.status == "degraded" and "1 failed deliveries" in report.problems[0]
    late = check_health(config, now=NOW + dt.timedelta(minutes=90))
    assert late.as_json()["outbox"]["oldest_pending_age_seconds"] == 5400  # type: ignore[index]
    assert any("1 deliveries pending, the oldest since" in p for p in late.problems)


def test_health_command_exit_codes_and_json(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    path = config_with_two_feeds(tmp_path)
    assert main(["health", "--config", str(path)]) == 2
    assert "no state file" in capsys.readouterr().out
    now = dt.datetime.now(dt.UTC)
    save(load_config(path).state_path, ok(A, now), ok(B, now))
    assert main(["health", "--config", str(path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["status"] == "ok" and report["exit_code"] == 0
    assert [f["name"] for f in report["feeds"]] == ["feed 0", "feed 1"]
    assert report["outbox"] == {"pending": 0, "failed": 0, "held": 0, "oldest_pending_at": None,
                                "oldest_pending_age_seconds": None}






def test_doctor_reaches_everything_and_sends_nothing(
        tmp_path: Path, http_server: LocalHTTPServer, seeds_dir: Path,
        receiver: WebhookReceiver, smtp: SMTPServer,
        capsys: pytest.CaptureFixture[str]) -> None:
    good = serve_seeds(http_server, seeds_dir)
    http_server.route("/html", Response(200, "<html><body>hi</body></html>",
                                        {"Content-Type": "text/html"}))
    closed = free_port()
    channels = (f'[channels.hook]\nkind = "webhook"\nurl = "{receiver.url}"\n\n'
                f'[channels.mail]\nkind = "email"\nhost = "127.0.0.1"\nport = {smtp.port}\n'
                'security = "none"\nfrom = "m@example.org"\nto = ["o@example.org"]\n\n'
                f'[channels.down]\nkind = "webhook"\nurl = "http://127.0.0.1:{closed}/hook"\n\n'
                '[channels.tls]\nkind = "email"\nhost = "127.0.0.1"\n'
                f'port = {smtp.port}\nsecurity = "starttls"\nfrom = "m@example.org"\n'
                'to = ["o@example.org"]\n\n[channels.out]\nkind = "console"\n')
    path = write_config(tmp_path, [good, http_server.url("/html"), http_server.url("/nope")],
                        channels=channels)
    checks = {c.what: c for c in run_doctor(path)}
    assert checks["config"].ok and "3 feeds, 5 channels" in checks["config"].detail
    assert checks["state"].ok and "not created yet" in checks["state"].detail
    assert checks["feed feed 0"].ok and "HTTP 200" in checks["feed feed 0"].detail
    assert "5 items" in checks["feed feed 0"].detail
    assert not checks["feed feed 1"].ok and "HTML page" in checks["feed feed 1"].detail
    assert not checks["feed feed 2"].ok and "HTTP 404" in checks["feed feed 2"].detail
    assert checks["channel hook"].ok and "nothing sent" in checks["channel hook"].detail
    assert checks["channel mail"].ok and "answered" in checks["channel mail"].detail
    assert not checks["channel down"].ok and "refused" in checks["channel down"].detail
    assert not checks["channel tls"].ok and "STARTTLS" in checks["channel tls"].detail
    assert checks["channel out"].ok
    assert receiver.received == [] and smtp.mails == []
    assert not (tmp_path / "state").exists()  # the doctor writes nothing

    assert main(["doctor", "--config", str(path)]) == 1
    out = capsys.readouterr().out
    assert "FAIL  feed feed 2:" in out and out.rstrip().endswith("4 problems found")


def test_doctor_reports_a_broken_config(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "monitor.toml"
    path.write_text('[monitor]\nunhealthy_after = "often"\n')
    assert main(["doctor", "--config", str(path)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("FAIL  config:") and "monitor.unhealthy_after" in out


def test_doctor_all_good(tmp_path: Path, http_server: LocalHTTPServer, seeds_dir: Path,
                         capsys: pytest.CaptureFixture[str]) -> None:
    path = write_config(tmp_path, [serve_seeds(http_server, seeds_dir)])
    assert main(["doctor", "--config", str(path)]) == 0
    assert capsys.readouterr().out.rstrip().endswith("everything looks fine")
