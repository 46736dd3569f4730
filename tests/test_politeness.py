"""Per-host politeness: requests in flight per host, spacing between them, release on stop.

The spacing is checked with an injected clock and sleep (no waiting); the in-flight limit with
real threads against a real server whose handler holds requests until the test lets them go.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import requests
from httpserver import LocalHTTPServer, Request, Response

from monitor.config import load_config
from monitor.errors import ConfigError
from monitor.ingest.politeness import HostGate, Stopping, host_key


class FakeTime:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> bool:
        self.slept.append(round(seconds, 3))
        self.now += seconds
        return False


def test_requests_to_one_host_are_spaced_and_other_hosts_are_not_held_up() -> None:
    t = FakeTime()
    gate = HostGate(max_per_host=1, min_delay=2.0, clock=t.clock, sleep=t.sleep)
    for url in ("https://a.example/1", "https://a.example/2", "https://b.example/1",
                "https://a.example/3", "https://A.example:443/4", "http://a.example/5"):
        with gate.slot(url):
            pass
    # a.example:443 waits 2 s before its 2nd, 3rd and 4th requests; b.example and
    # a.example:80 are other hosts and go at once.
    assert t.slept == [2.0, 2.0, 2.0]


def test_host_keys() -> None:
    assert host_key("https://News.Example./x") == "news.example:443"
    assert host_key("http://news.example:8080/x") == "news.example:8080"
    assert host_key("file:///tmp/feed.xml") is None
    assert host_key("http://[::1") is None


def test_at_most_n_requests_in_flight_per_host(http_server: LocalHTTPServer) -> None:
    release = threading.Event()
    lock = threading.Lock()
    in_flight = {"now": 0, "max": 0}

    def held(req: Request) -> Response:
        with lock:
            in_flight["now"] += 1
            in_flight["max"] = max(in_flight["max"], in_flight["now"])
        release.wait(10)
        with lock:
            in_flight["now"] -= 1
        return Response(200, "ok")

    http_server.route("/slow", held)
    gate = HostGate(max_per_host=2, min_delay=0)
    errors: list[BaseException] = []

    def fetch() -> None:
        try:
            with gate.slot(http_server.url("/slow")):
                requests.get(http_server.url("/slow"), timeout=10).raise_for_status()
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=fetch) for _ in range(5)]
    for thread in threads:
        thread.start()
    deadline = threading.Event()
    for _ in range(100):  # until two are held at the server (bounded)
        if len(http_server.requests_to("/slow")) >= 2:
            break
        deadline.wait(0.02)
    assert len(http_server.requests_to("/slow")) == 2  # the other three wait for a slot
    release.set()
    for thread in threads:
        thread.join(10)
    assert not errors
    assert len(http_server.requests_to("/slow")) == 5 and in_flight["max"] == 2


def test_closing_the_gate_releases_waiting_requests() -> None:
    gate = HostGate(max_per_host=1, min_delay=0)
    outcome: list[str] = []
    with gate.slot("https://a.example/1"):
        def wait_for_slot() -> None:
            try:
                with gate.slot("https://a.example/2"):
                    outcome.append("got a slot")
            except Stopping:
                outcome.append("stopped")

        waiter = threading.Thread(target=wait_for_slot)
        waiter.start()
        gate.close()
        waiter.join(5)
    assert outcome == ["stopped"]


def test_a_long_delay_is_cut_short_by_closing() -> None:
    gate = HostGate(max_per_host=4, min_delay=3600)
    with gate.slot("https://a.example/1"):
        pass
    gate.close()
    with pytest.raises(Stopping), gate.slot("https://a.example/2"):
        pass


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "monitor.toml"
    path.write_text(text)
    return path


def test_daemon_config_keys_have_defaults_and_are_checked(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, ""))
    assert (config.unhealthy_after, config.max_backoff, config.poll_workers) == (5, 21600, 8)
    assert config.metrics_listen is None
    assert (config.fetch.max_per_host, config.fetch.host_delay, config.fetch.deadline) == (
        2, 1.0, 120.0)
    config = load_config(write(tmp_path, '[monitor]\nmetrics_listen = "[::1]:9464"\n'
                                         'unhealthy_after = 3\n[fetch]\nhost_delay = 0\n'))
    assert config.metrics_listen == ("::1", 9464) and config.fetch.host_delay == 0
    for text, key in [('[monitor]\nmetrics_listen = "0.0.0.0:9464"\n', "not a loopback"),
                      ('[monitor]\nmetrics_listen = "metrics-host"\n', "HOST:PORT"),
                      ("[monitor]\nunhealthy_after = 0\n", "monitor.unhealthy_after"),
                      ("[fetch]\nmax_per_host = 1.5\n", "fetch.max_per_host")]:
        with pytest.raises(ConfigError, match=key):
            load_config(write(tmp_path, text))
