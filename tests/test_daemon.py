"""`monitor run` as a real process: it polls, delivers, reloads on SIGHUP and stops on SIGTERM."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from alert_servers import WebhookReceiver
from httpserver import LocalHTTPServer
from service_setup import serve_seeds, wait_for, write_config

MONITOR = str(Path(sys.executable).parent / "monitor")






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
