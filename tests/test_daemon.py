"""`monitor run` as a real process: it polls, delivers, reloads on SIGHUP and stops on SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from alert_servers import WebhookReceiver
from httpserver import LocalHTTPServer
from service_setup import serve_seeds, wait_for, write_config

from monitor.alerts.messages import sample_alert
from monitor.scheduler import Daemon

MONITOR = str(Path(sys.executable).parent / "monitor")


@pytest.fixture
def keep_alive_receiver() -> Iterator[WebhookReceiver]:
    receiver = WebhookReceiver(keep_alive=True).start()
    yield receiver
    receiver.stop()


def test_daemon_closes_its_channels_on_reload_and_on_sigterm(
        tmp_path: Path, http_server: LocalHTTPServer, seeds_dir: Path,
        keep_alive_receiver: WebhookReceiver) -> None:
    """The daemon owns its channels: a SIGHUP replaces them and closes the old ones, SIGTERM
    closes the current ones. The receiver keeps every connection open until the monitor lets
    it go, and the daemon runs in this process, so the closes it sees are the daemon's own
    ``close()``, not the end of a process."""
    receiver = keep_alive_receiver
    feed = serve_seeds(http_server, seeds_dir)
    config = write_config(tmp_path, [feed], channels=(
        f'[channels.hook]\nkind = "webhook"\nurl = "{receiver.url}"\n'))
    config.write_text(config.read_text().replace(
        "[monitor]\n", '[monitor]\ndeliver_every = "1s"\ndefault_interval = "30s"\n'))
    daemon = Daemon(config)
    seen: dict[str, object] = {}

    def script() -> None:
        try:
            seen["delivered"] = wait_for(lambda: len(receiver.received) >= 3)
            seen["open before reload"] = receiver.connections_opened - receiver.connections_closed
            first = daemon.channels["hook"]
            os.kill(os.getpid(), signal.SIGHUP)
            seen["closed at reload"] = wait_for(lambda: receiver.connections_closed >= 1, 10)
            seen["replaced"] = daemon.channels["hook"] is not first
            daemon.channels["hook"].send(sample_alert())  # the new channel opens a connection
            seen["open after reload"] = receiver.connections_opened - receiver.connections_closed
            os.kill(os.getpid(), signal.SIGTERM)
        finally:
            if not seen.get("closed at reload"):
                daemon.stop()

    handlers = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)}
    driver = threading.Thread(target=script)
    driver.start()
    try:
        daemon.run_forever()
    finally:
        for signum, handler in handlers.items():
            signal.signal(signum, handler)
        driver.join(timeout=30)
    assert seen["delivered"] and seen["open before reload"] == 1
    assert seen["closed at reload"] and seen["replaced"] and seen["open after reload"] == 1
    assert wait_for(lambda: receiver.connections_closed == 2, 10), (
        "SIGTERM closed the channel's connection")
    assert receiver.connections_opened == 2



def test_run_polls_delivers_reloads_and_stops_cleanly(
        tmp_path: Path, http_server: LocalHTTPServer, seeds_dir: Path,
        receiver: WebhookReceiver) -> None:
    feed = serve_seeds(http_server, seeds_dir)
    config = write_config(tmp_path, [feed], channels=(
        f'[channels.hook]\nkind = "webhook"\nurl = "{receiver.url}"\n'))
    config.write_text(config.read_text().replace(
        "[monitor]\n", '[monitor]\ndeliver_every = "1s"\ndefault_interval = "2s"\n'))
    log = tmp_path / "daemon.log"
    with log.open("w") as log_file:
        proc = subprocess.Popen([MONITOR, "run", "--config", str(config)], stdout=log_file,
                                stderr=subprocess.STDOUT)
        try:
            assert wait_for(lambda: len(receiver.received) >= 3), log.read_text()
            polls = lambda: len([r for r in http_server.requests  # noqa: E731
                                 if r.path == "/news/feed.xml"])
            assert wait_for(lambda: polls() >= 2), "the feed is polled on its interval"
            proc.send_signal(signal.SIGHUP)
            assert wait_for(lambda: "configuration reloaded" in log.read_text(), 10)
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(timeout=15) == 0
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    assert [(r.json()["from"], r.json()["to"]) for r in receiver.received] == [
        (None, "renewed"), ("renewed", "filming"), ("filming", "wrapped")]
    text = log.read_text()
    assert "monitor running" in text and "monitor stopped" in text
    assert "Traceback" not in text
