"""The leader's lease, `monitor health` and the status page on a PostgreSQL state; its config.

Real parts: `monitor run` processes on a throwaway PostgreSQL server, feeds from a local HTTP
server, `monitor health` as a command. A frozen leader (SIGSTOP) must lose its lease within two
lease periods without anyone deciding it (its session times out), and `monitor health` must
name the leader and each instance's role.
"""

from __future__ import annotations

import datetime as dt
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from httpserver import LocalHTTPServer, Response
from pg_server import PostgresServer
from service_setup import wait_for
from test_instances import Instances, leader_pid
from test_state import IN_ORDER, NOW, ingest

from monitor.config import parse_config
from monitor.errors import ConfigError
from monitor.store.state import StateLocation, StateStore
from monitor.web.server import make_server

MONITOR = str(Path(sys.executable).parent / "monitor")
LEASE = 2.0


def _config(path: Path, url: str, feed: str) -> Path:
    path.write_text(
        f'[monitor]\nstate = "{url}"\nallow_hosts = ["127.0.0.1"]\nmin_interval = "1s"\n'
        f'default_interval = "2s"\ndeliver_every = "1s"\nlease = "{LEASE:g}s"\n'
        "article_workers = 1\n\n[fetch]\nhost_delay = 0\n\n"
        f'[[feeds]]\nurl = "{feed}"\nname = "news"\n\n[watch]\nall = true\n',
        encoding="utf-8")
    return path


def _health(config: Path) -> dict[str, object]:
    done = subprocess.run([MONITOR, "health", "--json", "--config", str(config)],
                          capture_output=True, text=True, timeout=60, check=False)
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def test_a_frozen_leader_loses_its_lease_and_health_names_the_new_one(
        tmp_path: Path, pg_server: PostgresServer, pg_url: str,
        http_server: LocalHTTPServer) -> None:
    http_server.route("/feed.xml", Response(
        200, '<?xml version="1.0"?><rss version="2.0"><channel><title>N</title></channel></rss>',
        {"Content-Type": "application/rss+xml"}))
    config = _config(tmp_path / "monitor.toml", pg_url, http_server.url("/feed.xml"))
    group = Instances(config, tmp_path)
    try:
        first, second = group.start(), group.start()
        assert wait_for(lambda: leader_pid(pg_url) is not None, 60), group.log_text()
        assert wait_for(lambda: len(_health(config)["daemon"]["cluster"]["instances"]) == 2,  # type: ignore[index]
                        30), group.log_text()
        report = _health(config)
        cluster = report["daemon"]["cluster"]  # type: ignore[index]
        leader = leader_pid(pg_url)
        assert cluster["leader"]["pid"] == leader and cluster["leader_live"]  # type: ignore[index]
        assert sorted(i["role"] for i in cluster["instances"]) == ["follower", "leader"]  # type: ignore[index]
        text = subprocess.run([MONITOR, "health", "--config", str(config)],
                              capture_output=True, text=True, timeout=60, check=False).stdout
        assert f":{leader}, last heartbeat" in text and "2 instances running" in text

        frozen = first if first.pid == leader else second
        other = second if frozen is first else first
        frozen.send_signal(signal.SIGSTOP)
        stopped_at = time.monotonic()
        try:
            assert wait_for(lambda: leader_pid(pg_url) == other.pid, 4 * LEASE), \
                group.log_text()
            took = time.monotonic() - stopped_at
            assert took <= 2 * LEASE + 0.5, f"takeover after {took:.1f} s"
            assert wait_for(lambda: _health(config)["daemon"]["cluster"]["leader"]["pid"]  # type: ignore[index]
                            == other.pid, 10)
        finally:
            frozen.send_signal(signal.SIGCONT)
        # Woken up, the old leader finds its session gone and follows; one leader stays.
        assert wait_for(lambda: "lost the leader's lease" in group.log_text(), 10), \
            group.log_text()
        time.sleep(2 * LEASE)
        assert leader_pid(pg_url) == other.pid
        assert sorted(i["role"] for i in _health(config)["daemon"]["cluster"]["instances"]) \
            == ["follower", "leader"]  # type: ignore[index]
        assert group.terminate_all() == [0, 0], group.log_text()
    finally:
        group.kill_all()
    # Both stopped cleanly: health says no instance runs.
    report = _health(config)
    assert report["daemon"]["running"] is False  # type: ignore[index]


PAGES = ("/", "/?sort=updated", "/?q=jessica", "/alerts", "/alerts.atom", "/feeds",
         "/calendar.ics", "/show/jessica-jones", "/show/jessica-jones/season/2",
         "/show/jessica-jones/alerts.atom", "/api/seasons", "/api/seasons?limit=2",
         "/api/seasons/jessica-jones/2", "/api/shows/jessica-jones", "/api/feeds",
         "/api/alerts", "/api/alerts?limit=1")


def test_every_instance_serves_the_status_page_an_sqlite_state_would(
        tmp_path: Path, pg_url: str) -> None:
    """Two status pages on one PostgreSQL state (two instances) answer every page exactly as
    one on an SQLite state with the same content: the paged, filtered and per-show queries
    run on both engines. A second page (``limit``) follows each engine's own cursor."""
    clock = lambda: NOW + dt.timedelta(days=30)  # noqa: E731
    for where in (pg_url, tmp_path / "state.db"):
        with StateStore(where) as store:
            for i, prefix in enumerate(IN_ORDER):
                ingest(store, prefix, channels=("hook",), now=NOW + dt.timedelta(minutes=i))
            store.mutes.mute("daredevil", "Daredevil", None, mode="hold", until=None, now=NOW)
    servers = [make_server(StateLocation(url=pg_url), "127.0.0.1", 0, clock=clock),
               make_server(StateLocation(url=pg_url), "127.0.0.1", 0, clock=clock),
               make_server(tmp_path / "state.db", "127.0.0.1", 0, clock=clock)]
    for server in servers:
        server.start()
    try:
        for path in PAGES:
            answers = [requests.get(f"{s.url.rstrip('/')}{path}", timeout=10) for s in servers]
            assert [a.status_code for a in answers] == [200, 200, 200], path
            bodies = [a.text.replace(s.url.rstrip("/"), "BASE")
                      for a, s in zip(answers, servers, strict=True)]
            assert bodies[0] == bodies[1] == bodies[2], path
        assert "Jessica Jones" in requests.get(servers[0].url, timeout=10).text
    finally:
        for server in servers:
            server.stop()


@pytest.mark.parametrize(("state", "extra", "message"), [
    ("postgresql://monitor:hunter2@db.example/monitor", "",
     "the URL holds a password; remove it"),
    ("postgresql:///monitor", "", "names no database host"),
    ("state.db", 'state_password_env = "PGPW"\n', "only for a PostgreSQL state"),
    ("postgresql://monitor@db.example/monitor", 'state_password_env = "not a name"\n',
     "must name an environment variable"),
    ("postgresql://monitor@db.example/monitor", 'lease = "0.5s"\n', "monitor.lease"),
])
def test_a_bad_postgresql_state_setting_is_refused_naming_the_key(
        tmp_path: Path, state: str, extra: str, message: str) -> None:
    import tomllib

    raw = tomllib.loads(f'[monitor]\nstate = "{state}"\n{extra}')
    with pytest.raises(ConfigError, match=message) as caught:
        parse_config(raw, path=tmp_path / "monitor.toml")
    assert "hunter2" not in str(caught.value)


def test_the_password_comes_from_the_variable_the_config_names(
        tmp_path: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = {"monitor": {"state": pg_url,
                       "state_password_env": "MONITOR_TEST_PG_PASSWORD"}}
    config = parse_config(raw, path=tmp_path / "monitor.toml")
    assert config.state.shared and config.state.password_env == "MONITOR_TEST_PG_PASSWORD"
    monkeypatch.delenv("MONITOR_TEST_PG_PASSWORD", raising=False)
    with pytest.raises(ConfigError, match="MONITOR_TEST_PG_PASSWORD is not set"):
        StateStore(config.state)
    monkeypatch.setenv("MONITOR_TEST_PG_PASSWORD", "anything (the test server trusts)")
    with StateStore(config.state) as store:
        assert store.schema_version >= 6
    with pytest.raises(ConfigError, match="PostgreSQL database, not a file"):
        config.state_path  # noqa: B018


def test_the_role_needs_only_create_on_its_schema(pg_server: PostgresServer,
                                                 pg_url: str) -> None:
    """The README's rights: CONNECT (PUBLIC has it) and CREATE on the schema, nothing else."""
    import psycopg

    from monitor.errors import StateError

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("DROP ROLE IF EXISTS monitor_app")
        conn.execute("CREATE ROLE monitor_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE")
    as_app = pg_url.replace("postgresql://postgres@", "postgresql://monitor_app@")
    with pytest.raises(StateError, match="permission denied for schema public"):
        StateStore(as_app)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("GRANT USAGE, CREATE ON SCHEMA public TO monitor_app")
    with StateStore(as_app) as store:
        ingest(store, "004", channels=("hook",))
        assert store.outbox.claim(NOW, claimant="x", lease=dt.timedelta(seconds=5))
        store.cluster.queue_due([("https://f.example/rss", NOW)])
        assert store.cluster.claim_polls(NOW, 5, claimant="x",
                                         lease=dt.timedelta(seconds=5)) == ["https://f.example/rss"]
    from monitor.store.postgres import close_pools

    close_pools(as_app)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("DROP OWNED BY monitor_app")
        conn.execute("DROP ROLE monitor_app")
