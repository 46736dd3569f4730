"""Hostile input against real processes (issue 16): a `monitor run` whose feed carries an
article over budget keeps polling its other feed and delivering alerts to a real webhook
receiver, and stops promptly on SIGTERM; the read-only commands work, as an unprivileged user,
on a state directory that user cannot write (root ignores permissions, so that is the only
real test of it)."""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from alert_servers import WebhookReceiver
from httpserver import LocalHTTPServer, Response
from service_setup import serve_seeds, wait_for

from monitor.store.state import StateStore

MONITOR = str(Path(sys.executable).parent / "monitor")
SETPRIV = shutil.which("setpriv")


def test_an_article_over_budget_does_not_hold_up_the_other_feed_or_delivery(
        tmp_path: Path, http_server: LocalHTTPServer, seeds_dir: Path,
        receiver: WebhookReceiver) -> None:
    seeds = serve_seeds(http_server, seeds_dir)
    # Seconds of honest work each (far over a 1 s budget): 30,000 paragraphs naming shows.
    slow = "".join(f"<p>Paragraph {i}: HBO renewed Show {i} for a second season in June.</p>"
                   for i in range(30_000))
    items = ""
    for n in range(3):
        http_server.route(f"/slow{n}.html", Response(
            200, f"<html><body><article>{slow}</article></body></html>",
            {"Content-Type": "text/html"}))
        items += (f"<item><title>Slow {n}</title><link>{http_server.url(f'/slow{n}.html')}"
                  f"</link><guid>slow-{n}</guid></item>")
    http_server.route("/slow.xml", Response(
        200, f'<?xml version="1.0"?><rss version="2.0"><channel><title>S</title>{items}'
             "</channel></rss>", {"Content-Type": "application/rss+xml"}))
    config = tmp_path / "monitor.toml"
    config.write_text(
        '[monitor]\nstate = "state/monitor.db"\nallow_hosts = ["127.0.0.1"]\n'
        'min_interval = "1s"\ndefault_interval = "2s"\ndeliver_every = "1s"\n'
        'article_budget = "1s"\narticle_workers = 1\npoll_workers = 2\n\n'
        '[fetch]\nread_timeout = 2\nconnect_timeout = 2\n\n[delivery]\nbase_delay = "1s"\n\n'
        f'[[feeds]]\nurl = "{http_server.url("/slow.xml")}"\nname = "slow"\n\n'
        f'[[feeds]]\nurl = "{seeds}"\nname = "seeds"\n\n'
        '[watch]\n[[watch.shows]]\ntitle = "Jessica Jones"\n\n'
        f'[channels.hook]\nkind = "webhook"\nurl = "{receiver.url}"\n', encoding="utf-8")
    log = tmp_path / "daemon.log"
    with log.open("w") as out:
        proc = subprocess.Popen([MONITOR, "run", "--config", str(config)], stdout=out,
                                stderr=subprocess.STDOUT)
        try:
            assert wait_for(lambda: log.read_text().count("took longer than 1 s") >= 3, 60), \
                log.read_text()
            assert wait_for(lambda: len(receiver.received) >= 3, 30), log.read_text()
            seed_polls = len(http_server.requests_to("/news/feed.xml"))
            assert wait_for(lambda: len(http_server.requests_to("/news/feed.xml"))
                            > seed_polls, 10), "the seeds feed goes on being polled"
            started = time.monotonic()
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(timeout=15) == 0
            assert time.monotonic() - started < 10
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    assert [(r.json()["from"], r.json()["to"]) for r in receiver.received] == [
        (None, "renewed"), ("renewed", "filming"), ("filming", "wrapped")]
    with StateStore(tmp_path / "state" / "monitor.db", read_only=True) as store:
        failed = store.feeds.failed_items()
    assert sorted(f.link for f in failed) == [http_server.url(f"/slow{n}.html")
                                              for n in range(3)]
    assert all("took longer than 1 s" in f.reason for f in failed)
    assert len(http_server.requests_to("/slow0.html")) == 1  # recorded, never fetched again
    text = log.read_text()
    assert "monitor stopped" in text and "Traceback" not in text


# --- read-only commands on a read-only state directory, as an unprivileged user ---------------


@pytest.fixture
def read_only_state(http_server: LocalHTTPServer, seeds_dir: Path) -> Iterator[Path]:
    """A state directory after a real poll, then made read-only (0555, files 0444) in a place
    `nobody` can reach; removed afterwards."""
    top = Path(tempfile.mkdtemp(prefix="monitor-ro-", dir="/tmp"))
    os.chmod(top, 0o755)
    feed = serve_seeds(http_server, seeds_dir)
    config = top / "monitor.toml"
    config.write_text(
        '[monitor]\nstate = "state/monitor.db"\nallow_hosts = ["127.0.0.1"]\n'
        f'[[feeds]]\nurl = "{feed}"\nname = "seeds"\n\n'
        '[watch]\n[[watch.shows]]\ntitle = "Jessica Jones"\n', encoding="utf-8")
    done = subprocess.run([MONITOR, "poll", "--once", "--config", str(config)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    state = top / "state"
    for path in state.iterdir():
        os.chmod(path, 0o444)
    os.chmod(state, 0o555)
    os.chmod(config, 0o444)
    try:
        yield config
    finally:
        os.chmod(state, 0o755)
        shutil.rmtree(top)


def as_nobody(*args: str) -> subprocess.CompletedProcess[str]:
    assert SETPRIV is not None
    return subprocess.run([SETPRIV, "--reuid=nobody", "--regid=nogroup", "--clear-groups",
                           MONITOR, *args], capture_output=True, text=True, timeout=120,
                          cwd="/")


@pytest.mark.skipif(SETPRIV is None or os.geteuid() != 0,
                    reason="needs root and setpriv to run a command as an unprivileged user")
def test_read_only_commands_work_on_a_state_directory_the_user_cannot_write(
        read_only_state: Path) -> None:
    config = read_only_state
    state = config.parent / "state" / "monitor.db"
    before = {p.name: p.read_bytes() for p in state.parent.iterdir()}
    assert not os.access(state.parent, os.W_OK) or os.geteuid() == 0
    assert stat.S_IMODE(state.parent.stat().st_mode) == 0o555

    # The directory really is read-only to this user: a command that writes fails, by name.
    wrote = as_nobody("poll", "--once", "--config", str(config))
    assert wrote.returncode != 0 and str(state) in wrote.stderr, wrote.stderr

    runs = {
        "status": as_nobody("status", "--state", str(state)),
        "history": as_nobody("history", "Jessica Jones", "--state", str(state)),
        "alerts": as_nobody("alerts", "--state", str(state)),
        "health": as_nobody("health", "--config", str(config)),
    }
    for name, done in runs.items():
        assert "Traceback" not in done.stderr and "readonly" not in done.stderr, (name, done)
        assert "error" not in done.stderr, (name, done.stderr)
    assert runs["status"].returncode == 0 and "Jessica Jones" in runs["status"].stdout
    assert runs["history"].returncode == 0 and "wrapped" in runs["history"].stdout
    assert runs["alerts"].returncode == 0
    assert runs["health"].returncode == 0 and "feed seeds: ok" in runs["health"].stdout
    assert "daemon: unknown" in runs["health"].stdout  # poll --once: no daemon ever ran here
    assert {p.name: p.read_bytes() for p in state.parent.iterdir()} == before
