"""What a new user trips on (issue 12): where --config may go, `status SHOW`, politeness in
`poll --once`, quiet scheduler logs, feed URLs without a scheme, where the state lives."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from httpserver import LocalHTTPServer, Request, Response

from monitor.cli import main
from monitor.config import BUILTIN_CONFIG, default_state_path, load_config
from monitor.errors import ConfigError

MONITOR = str(Path(sys.executable).parent / "monitor")
EMPTY_FEED = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
              b'<link>http://127.0.0.1/</link><description>d</description></channel></rss>')


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- --config before or after the command -----------------------------------------------------

@pytest.mark.parametrize("where", ["before", "after"])
def test_config_is_taken_before_or_after_the_command(
        tmp_path: Path, where: str, capsys: pytest.CaptureFixture[str]) -> None:
    config = write(tmp_path / "conf" / "m.toml", '[monitor]\nstate = "here/state.db"\n')
    args = (["--config", str(config), "status"] if where == "before"
            else ["status", "--config", str(config)])
    assert main(args) == 2
    # The state named by THIS config is the one looked for (not the default one).
    assert str(tmp_path / "conf" / "here" / "state.db") in capsys.readouterr().err


def test_config_after_the_command_wins_over_one_before(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = write(tmp_path / "a.toml", '[monitor]\nstate = "a.db"\n')
    second = write(tmp_path / "b.toml", '[monitor]\nstate = "b.db"\n')
    assert main(["--config", str(first), "alerts", "--config", str(second)]) == 2
    err = capsys.readouterr().err
    assert "b.db" in err and "a.db" not in err


# --- status SHOW --------------------------------------------------------------------------------

def test_status_filters_by_show_and_season(
        tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    state = tmp_path / "s.db"
    assert main(["replay", str(seeds_dir), "--state", str(state), "--json"]) == 0
    capsys.readouterr()
    assert main(["status", "--state", str(state), "--json"]) == 0
    everything = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert len({r["show"] for r in everything}) > 1, "the seeds name several shows"

    assert main(["status", "jessica jones", "--state", str(state), "--json"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert rows and {r["show"] for r in rows} == {"Jessica Jones"}

    assert main(["status", "Jones", "--season", "2", "--state", str(state)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2 and "Jessica Jones" in out[1] and "wrapped" in out[1]

    assert main(["status", "No Such Show", "--state", str(state)]) == 1
    assert "no season stored about 'No Such Show'" in capsys.readouterr().err


# --- poll --once obeys the per-host limits ------------------------------------------------

def test_poll_once_spaces_requests_to_one_host(tmp_path: Path,
                                               http_server: LocalHTTPServer) -> None:
    """Two feeds on one host with fetch.host_delay = 0.5 s: the second request starts at least
    that long after the first (without the politeness gate they come milliseconds apart)."""
    started: list[float] = []
    lock = threading.Lock()

    def feed(req: Request) -> Response:
        with lock:
            started.append(time.monotonic())
        return Response(200, EMPTY_FEED, {"Content-Type": "application/rss+xml"})

    http_server.route("/a.xml", feed)
    http_server.route("/b.xml", feed)
    config = write(tmp_path / "m.toml", (
        '[monitor]\nstate = "s.db"\n[fetch]\nhost_delay = "0.5s"\n'
        f'[[feeds]]\nurl = "{http_server.url("/a.xml")}"\n'
        f'[[feeds]]\nurl = "{http_server.url("/b.xml")}"\n'))
    assert main(["poll", "--once", "--config", str(config)]) == 0
    assert len(started) == 2
    assert started[1] - started[0] >= 0.45


# --- default logging is quiet about the scheduler -----------------------------------------

def run_briefly(config: Path, *extra: str, seconds: float = 3.0) -> str:
    """``monitor run`` for a few seconds, then SIGTERM; its log."""
    log = config.parent / f"run{len(extra)}.log"
    with log.open("w") as out:
        proc = subprocess.Popen([MONITOR, *extra, "run", "--config", str(config)],
                                stdout=out, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 20
            while "monitor running" not in log.read_text() and time.monotonic() < deadline:
                time.sleep(0.1)
            time.sleep(seconds)
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(timeout=15) == 0
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    return log.read_text()


def test_default_logging_does_not_print_scheduler_lines(tmp_path: Path) -> None:
    config = write(tmp_path / "m.toml", '[monitor]\nstate = "s.db"\nmin_interval = "1s"\n'
                                        'deliver_every = "1s"\n')
    quiet = run_briefly(config)
    assert "monitor running" in quiet and "monitor stopped" in quiet
    assert "Running job" not in quiet and "executed successfully" not in quiet
    loud = run_briefly(config, "--log-level", "debug")
    assert "Running job" in loud and "executed successfully" in loud


# --- feed URLs ----------------------------------------------------------------------------------

@pytest.mark.parametrize("url", ["example.com/feed.xml", "feeds/local.xml", "feed.xml",
                                 "www.example.com"])
def test_a_feed_url_without_a_scheme_is_an_error(tmp_path: Path, url: str) -> None:
    path = write(tmp_path / "m.toml", f'[[feeds]]\nurl = "{url}"\n')
    with pytest.raises(ConfigError) as info:
        load_config(path)
    message = str(info.value)
    assert str(path) in message and "feeds[0].url" in message and "has no scheme" in message
    assert "./" in message  # says how to name a local file


@pytest.mark.parametrize("url", ["./feeds/local.xml", "../elsewhere/feed.xml", "/srv/feed.xml"])
def test_local_feed_paths_start_with_a_slash_or_dot(tmp_path: Path, url: str) -> None:
    config = load_config(write(tmp_path / "conf" / "m.toml", f'[[feeds]]\nurl = "{url}"\n'))
    assert config.feeds[0].url == (tmp_path / "conf" / url).resolve().as_uri()
    assert config.feeds[0].is_local


def test_the_bundled_config_still_reads_its_fixture_feed() -> None:
    feed = load_config(BUILTIN_CONFIG).feeds[0]
    assert feed.is_local and Path(feed.url.removeprefix("file://")).is_file()


# --- where the state lives ------------------------------------------------------------------------

def test_default_state_does_not_depend_on_where_the_config_is(
        tmp_path: Path, own_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    one = load_config(write(tmp_path / "a" / "m.toml", "[monitor]\n"))
    two = load_config(write(tmp_path / "b" / "c" / "m.toml", "[monitor]\n"))
    assert one.state_path == two.state_path == own_data_dir / "monitor" / "monitor.db"
    monkeypatch.setenv("STATE_DIRECTORY", str(tmp_path / "systemd-state"))
    assert load_config(tmp_path / "a" / "m.toml").state_path == \
        tmp_path / "systemd-state" / "monitor.db"
    # systemd lists several directories when StateDirectory= names several: the first.
    monkeypatch.setenv("STATE_DIRECTORY", f"{tmp_path}/x:{tmp_path}/y")
    assert default_state_path() == tmp_path / "x" / "monitor.db"
    # An explicit monitor.state is still relative to the config file.
    three = load_config(write(tmp_path / "d" / "m.toml", '[monitor]\nstate = "s.db"\n'))
    assert three.state_path == tmp_path / "d" / "s.db"


def test_poll_writes_the_default_state_in_the_data_dir(
        tmp_path: Path, own_data_dir: Path, http_server: LocalHTTPServer,
        monkeypatch: pytest.MonkeyPatch) -> None:
    http_server.route("/feed.xml", Response(200, EMPTY_FEED))
    config = write(tmp_path / "m.toml", f'[[feeds]]\nurl = "{http_server.url("/feed.xml")}"\n')
    monkeypatch.chdir(tmp_path)
    assert main(["poll", "--once", "--config", str(config)]) == 0
    assert (own_data_dir / "monitor" / "monitor.db").is_file()
    assert not (tmp_path / "state").exists() and not (tmp_path.parent / "state").exists()
    assert main(["status", "--config", str(config)]) == 0


def test_the_bundled_quick_start_keeps_its_state_beside_the_checkout() -> None:
    assert load_config(BUILTIN_CONFIG).state_path == \
        (BUILTIN_CONFIG.parent.parent / "state" / "monitor.db").resolve()
