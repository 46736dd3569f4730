"""Crash safety: `monitor run` killed with SIGKILL in the middle of delivering, then restarted.

Real parts only: the daemon is the installed console script in a subprocess, the news site and
the two webhook receivers are local HTTP servers, the state is a SQLite file. The receivers
answer slowly so the kill lands while a request is in flight. What must hold afterwards:

- every alert in the outbox reached every channel (accepted webhook-ids = alert ids);
- a repeat (same webhook-id twice) happens only for the alert that was in flight at the kill,
  at most one per channel — the repeat the idempotency key lets the receiver drop;
- nothing recorded as delivered before the kill is sent again.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from alert_servers import Reply, WebhookReceiver
from httpserver import LocalHTTPServer
from service_setup import serve_seeds, wait_for, write_config

from monitor.store.state import StateStore

MONITOR = str(Path(sys.executable).parent / "monitor")
#: Seconds each receiver waits before answering until the kill: time to kill mid-request.
SLOW = 1.0
CHANNELS = ("hook_a", "hook_b")




@pytest.fixture
def receivers() -> Iterator[dict[str, WebhookReceiver]]:
    servers = {name: WebhookReceiver().start() for name in CHANNELS}
    for server in servers.values():
        server.default = Reply(200, delay=SLOW)
    yield servers
    for server in servers.values():
        server.stop()


def outbox(state: Path) -> dict[tuple[str, str], str]:
    """(alert id, channel) -> delivery state, read from the state file."""
    with StateStore(state) as store:
        return {(r.alert.id, d.channel): d.state for r in store.outbox.alerts()
                for d in r.deliveries}


def start(config: Path, log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:
        return subprocess.Popen([MONITOR, "run", "--config", str(config)], stdout=out,
                                stderr=subprocess.STDOUT)


def stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.kill()
        proc.wait(timeout=10)


def test_sigkill_while_delivering_loses_nothing_and_repeats_only_the_alert_in_flight(
        tmp_path: Path, http_server: LocalHTTPServer, seeds_dir: Path,
        receivers: dict[str, WebhookReceiver]) -> None:
    feed = serve_seeds(http_server, seeds_dir)
    channels = "".join(f'[channels.{name}]\nkind = "webhook"\nurl = "{server.url}"\n\n'
                       for name, server in receivers.items())
    config = write_config(tmp_path, [feed], channels=channels, watch="all = true\n")
    config.write_text(config.read_text().replace(
        "[monitor]\n", '[monitor]\ndeliver_every = "1s"\ndefault_interval = "5s"\n'))
    state = tmp_path / "state" / "monitor.db"
    log = tmp_path / "daemon.log"
    arrivals = lambda: sum(len(s.arrived) for s in receivers.values())  # noqa: E731

    first = start(config, log)
    try:
        # Two requests were answered and the third is in flight: kill now.
        assert wait_for(lambda: arrivals() >= 3, 60), log.read_text()
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
    finally:
        stop(first)
    for server in receivers.values():  # the restart need not be slow
        server.default = Reply(200)
    before = outbox(state)
    delivered_before = {key for key, st in before.items() if st == "delivered"}
    sent_before = {name: len(s.arrived) for name, s in receivers.items()}
    assert delivered_before, "the kill came before anything was delivered"
    assert len(delivered_before) < len(before), "the kill came after everything was delivered"

    second = start(config, log)
    try:
        assert wait_for(lambda: set(outbox(state).values()) == {"delivered"}, 60), \
            log.read_text()
        second.send_signal(signal.SIGTERM)
        assert second.wait(timeout=20) == 0
    finally:
        stop(second)
    # The request cut off by the kill is still answered (and counted) by its receiver.
    assert wait_for(lambda: all(len(s.received) == len(s.arrived)
                                for s in receivers.values()), 10)

    after = outbox(state)
    assert set(after) == set(before), "the restart queued no new alerts"
    for name, server in receivers.items():
        queued = {alert_id for alert_id, channel in after if channel == name}
        accepted = server.accepted_ids()
        assert set(accepted) == queued, f"{name}: every alert arrived"
        repeats = [i for i, n in Counter(server.arrived_ids()).items() if n > 1]
        assert len(repeats) <= 1, f"{name}: only the alert in flight may repeat: {repeats}"
        assert not {(i, name) for i in repeats} & delivered_before
        resent = set(server.arrived_ids()[sent_before[name]:])
        assert not {(i, name) for i in resent} & delivered_before, \
            f"{name}: an alert recorded as delivered before the kill was sent again"
    text = log.read_text()
    assert "Traceback" not in text and "monitor stopped" in text
