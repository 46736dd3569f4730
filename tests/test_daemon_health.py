"""`monitor health` against a real `monitor run` process (issue 16): it tells a daemon that is
not running from one whose feed is failing or whose poll is stuck.

The daemon holds a lock beside the state file and writes a heartbeat with its polls in progress
(monitor/ops/liveness.py); `health` reads both. Each test starts the daemon as a subprocess on
feeds served from 127.0.0.1 (or a local file), and runs `monitor health --json` as a subprocess.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
from pathlib import Path
from typing import Any

from httpserver import LocalHTTPServer, Response
from service_setup import MONITOR, monitor_run, wait_for

RSS = {"Content-Type": "application/rss+xml"}


def rss(*titles: str) -> bytes:
    items = "".join(f"<item><title>{t}</title><guid>g-{t}</guid></item>" for t in titles)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>{items}'
            "</channel></rss>").encode()


def write_config(tmp_path: Path, feeds: list[str], **fetch: str) -> Path:
    """Feeds polled every 2 s, at most 1 s per fetch and per article (so a step of a poll
    counts as stuck after 14 s: see scheduler.step_limit)."""
    tables = "".join(f'[[feeds]]\nurl = "{u}"\nname = "feed {i}"\n\n' for i, u in enumerate(feeds))
    extra = "".join(f"{k} = {v}\n" for k, v in fetch.items())
    path = tmp_path / "monitor.toml"
    path.write_text(
        '[monitor]\nstate = "state/monitor.db"\nallow_hosts = ["127.0.0.1"]\n'
        'min_interval = "1s"\ndefault_interval = "2s"\narticle_budget = "1s"\n'
        "poll_workers = 2\narticle_workers = 1\nunhealthy_after = 3\n\n"
        '[fetch]\nread_timeout = 1\nconnect_timeout = 1\ndeadline = "1s"\nhost_delay = 0.01\n'
        f"{extra}\n{tables}", encoding="utf-8")
    return path


def health(config: Path) -> tuple[int, dict[str, Any]]:
    done = subprocess.run([MONITOR, "health", "--json", "--config", str(config)],
                          capture_output=True, text=True, timeout=60)
    assert "Traceback" not in done.stderr and done.stdout, done.stderr
    return done.returncode, json.loads(done.stdout)


def feed_states(report: dict[str, Any]) -> list[str]:
    return [f["state"] for f in report["feeds"]]


def polled(report: dict[str, Any]) -> bool:
    return bool(report["feeds"]) and all(f["last_polled_at"] for f in report["feeds"])


def test_health_tells_a_failing_feed_from_a_daemon_that_is_down(
        tmp_path: Path, http_server: LocalHTTPServer) -> None:
    http_server.route("/a.xml", Response(200, rss(), RSS))
    http_server.route("/b.xml", Response(200, rss(), RSS))
    config = write_config(tmp_path, [http_server.url("/a.xml"), http_server.url("/b.xml")])
    log = tmp_path / "daemon.log"
    with monitor_run(config, log, stop="kill") as proc:
        # Running and healthy (the first poll waits for the daemon to load its article
        # workers: seconds on a quiet machine, tens of seconds on a loaded one).
        assert wait_for(lambda: polled(health(config)[1]), 90), log.read_text()
        code, report = health(config)
        assert code == 0, report
        assert report["daemon"]["running"] is True and report["daemon"]["pid"] == proc.pid
        assert report["daemon"]["responding"] is True
        assert report["daemon"]["role"] == "single"  # one daemon on an SQLite state
        assert feed_states(report) == ["ok", "ok"] and report["problems"] == []

        # Running, one feed failing (then unhealthy: degraded); the daemon is not blamed.
        http_server.route("/b.xml", Response(500, b"down"))
        seen: list[tuple[int, dict[str, Any]]] = []

        def failing() -> bool:
            seen.append(health(config))
            return feed_states(seen[-1][1]) == ["ok", "failing"]

        assert wait_for(failing, 60)
        assert seen[-1][0] == 0, seen[-1]  # a failure or two: backing off, not yet a problem
        assert wait_for(lambda: feed_states(health(config)[1]) == ["ok", "unhealthy"], 60)
        code, report = health(config)
        assert code == 1 and report["daemon"]["running"] is True
        assert any("HTTP 500" in (f["last_error"] or "") for f in report["feeds"])
        assert not any("not running" in p for p in report["problems"]), report["problems"]

        # A second daemon on the same state file refuses, naming the first one's PID.
        second = subprocess.run([MONITOR, "run", "--config", str(config)], capture_output=True,
                                text=True, timeout=60)
        assert second.returncode != 0
        assert f"another monitor is already running on this state file (PID {proc.pid})" \
            in second.stderr, second.stderr
        assert "Traceback" not in second.stderr

        # Killed: the lock file stays behind, the lock does not.
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    lock = config.parent / "state" / "monitor.db.lock"
    assert lock.read_text().strip() == str(proc.pid)
    code, report = health(config)
    assert code == 2 and report["daemon"]["running"] is False
    assert report["problems"][0].startswith(
        f"the daemon is not running (PID {proc.pid} ended without stopping: killed or crashed")

    # Started again and stopped cleanly: not running either, and said so.
    with monitor_run(config, log, stop="kill") as proc:
        assert wait_for(lambda: health(config)[1]["daemon"]["pid"] == proc.pid, 90)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=15) == 0
    code, report = health(config)
    assert code == 2 and report["daemon"]["running"] is False
    assert f"PID {proc.pid} stopped at" in report["problems"][0]


def test_health_names_a_poll_stuck_past_its_deadline(
        tmp_path: Path, http_server: LocalHTTPServer) -> None:
    """A local feed on a named pipe nobody writes blocks its poll in open(): no timeout of the
    monitor covers it (like a hung network mount). The daemon is alive and its other feed goes
    on; health names the stuck poll, and SIGTERM still ends the daemon promptly."""
    http_server.route("/a.xml", Response(200, rss("Salt Road"), RSS))
    pipe = tmp_path / "stuck.xml"
    os.mkfifo(pipe)
    config = write_config(tmp_path, [http_server.url("/a.xml"), str(pipe)])
    log = tmp_path / "daemon.log"
    with monitor_run(config, log, stop="kill") as proc:
        def stuck() -> bool:
            return feed_states(health(config)[1]) == ["ok", "stuck"]

        # The daemon's start-up (its article workers load the extractor) and the 14 s that make
        # a step stuck: upper bounds, not timings.
        assert wait_for(stuck, 90), (health(config), log.read_text())
        code, report = health(config)
        assert code == 1, report
        assert report["daemon"]["running"] is True and report["daemon"]["responding"] is True
        poll = report["feeds"][1]["poll_running"]
        assert poll["doing"] == "fetching the feed" and poll["since"]
        [problem] = report["problems"]
        assert problem.startswith("feed feed 1: poll stuck: running since")
        before = len(http_server.requests_to("/a.xml"))
        assert wait_for(lambda: len(http_server.requests_to("/a.xml")) > before, 10), \
            "the other feed is still polled"
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=15) == 0
    text = log.read_text()
    assert "abandoning what is still running" in text and "Traceback" not in text
