"""Setting up the monitor against local servers: the seed site and a config file to match."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from httpserver import LocalHTTPServer, Response

#: The venv's `monitor` console script, as an installed service runs it.
MONITOR = str(Path(sys.executable).parent / "monitor")


def serve_seeds(server: LocalHTTPServer, seeds_dir: Path) -> str:
    """Serve the seed pages and feed; return the feed URL."""
    for page in seeds_dir.glob("*.html"):
        server.route(f"/news/{page.name}", Response(
            200, page.read_bytes(), {"Content-Type": "text/html; charset=utf-8"}))
    feed = (seeds_dir / "feed.xml").read_bytes()
    server.route("/news/feed.xml", lambda req: (
        Response(304) if req.header("If-None-Match") == '"seeds-v1"'
        else Response(200, feed, {"Content-Type": "application/rss+xml", "ETag": '"seeds-v1"'})))
    return server.url("/news/feed.xml")


def write_config(tmp_path: Path, feeds: list[str], *, channels: str = "",
                 watch: str = '[[watch.shows]]\ntitle = "Jessica Jones"\n') -> Path:
    feed_tables = "".join(f'[[feeds]]\nurl = "{u}"\nname = "feed {i}"\n\n'
                          for i, u in enumerate(feeds))
    path = tmp_path / "monitor.toml"
    path.write_text(
        '[monitor]\nstate = "state/monitor.db"\nallow_hosts = ["127.0.0.1"]\n'
        'min_interval = "1s"\n\n'
        '[fetch]\nread_timeout = 2\nconnect_timeout = 2\n\n'
        '[delivery]\nbase_delay = "1s"\n\n'
        f"{feed_tables}[watch]\n{watch}\n{channels}", encoding="utf-8")
    return path


def wait_for(condition: Callable[[], bool], timeout: float = 30.0) -> bool:
    """Poll ``condition`` every 0.1 s until it holds (True) or ``timeout`` passes (False)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


@contextmanager
def monitor_run(config: Path, log: Path, *, stop: str = "term"
                ) -> Iterator[subprocess.Popen[bytes]]:
    """`monitor run --config CONFIG` in the background, its output in ``log``. On leaving:
    ``stop="term"`` sends SIGTERM (a clean stop; killed if it takes over 15 s), ``"kill"``
    kills it at once (a crash, or a test that has seen what it needed)."""
    if stop not in ("term", "kill"):
        raise ValueError(f"stop must be 'term' or 'kill', not {stop!r}")
    with log.open("w") as out:
        proc = subprocess.Popen([MONITOR, "run", "--config", str(config)], stdout=out,
                                stderr=subprocess.STDOUT)
        try:
            yield proc
        finally:
            if proc.poll() is None and stop == "term":
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    pass
            if proc.poll() is None:
                proc.kill()
            proc.wait(timeout=30)
