"""`monitor run --http`: the daemon serves its status page while it polls."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import requests
from alert_servers import free_port
from httpserver import LocalHTTPServer
from service_setup import serve_seeds, write_config

MONITOR = str(Path(sys.executable).parent / "monitor")




def test_run_serves_the_status_page(tmp_path: Path, http_server: LocalHTTPServer,
                                    seeds_dir: Path) -> None:
    config = write_config(tmp_path, [serve_seeds(http_server, seeds_dir)],
                          channels='[channels.out]\nkind = "console"\n')
    # A short interval keeps the first poll's start spread short; no politeness delay on
    # loopback: the page fills within a second or two even on a busy machine.
    text = config.read_text().replace("[monitor]\n", '[monitor]\ndefault_interval = "20s"\n')
    config.write_text(text.replace("[fetch]\n", "[fetch]\nhost_delay = 0\n"))
    port = free_port()
    log = tmp_path / "daemon.log"
    with log.open("w") as log_file:
        proc = subprocess.Popen([MONITOR, "run", "--config", str(config), "--http",
                                 f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL,
                                stderr=log_file)
    try:
        page = ""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and "Wrapped" not in page:
            try:
                page = requests.get(f"http://127.0.0.1:{port}/", timeout=2).text
            except requests.ConnectionError:
                pass
            time.sleep(0.2)
        assert "Jessica Jones" in page and "Wrapped" in page
        assert requests.post(f"http://127.0.0.1:{port}/", timeout=2).status_code == 405
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=15) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
    assert f"status page on http://127.0.0.1:{port}/" in log.read_text()


def test_run_refuses_a_public_address_without_a_token(tmp_path: Path) -> None:
    config = write_config(tmp_path, [])
    result = subprocess.run([MONITOR, "run", "--config", str(config), "--http", "0.0.0.0:0"],
                            capture_output=True, text=True, timeout=30, check=False)
    assert result.returncode == 2
    assert "token" in result.stderr
