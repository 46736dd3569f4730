"""`monitor alerts` and `monitor alerts retry`: the outbox as an operator sees and mends it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from alert_servers import Reply, WebhookReceiver
from httpserver import LocalHTTPServer
from service_setup import serve_seeds, write_config

from monitor.cli import main


def alerts_json(config: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> list[dict]:
    capsys.readouterr()
    assert main(["alerts", "--json", "--config", str(config), *extra]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_failed_alerts_are_listed_and_retried(
        tmp_path: Path, http_server: LocalHTTPServer, seeds_dir: Path,
        receiver: WebhookReceiver, capsys: pytest.CaptureFixture[str]) -> None:
    receiver.default = Reply(400)  # a final answer: no automatic retry
    feed = serve_seeds(http_server, seeds_dir)
    config = write_config(tmp_path, [feed], channels=(
        f'[channels.hook]\nkind = "webhook"\nurl = "{receiver.url}"\n'))
    assert main(["poll", "--once", "--config", str(config)]) == 0
    assert len(receiver.received) == 3

    failed = alerts_json(config, capsys, "--failed")
    assert len(failed) == 3
    assert all(d["state"] == "failed" and "400" in d["last_error"]
               for a in failed for d in a["deliveries"])

    assert main(["alerts", "--config", str(config)]) == 0
    table = capsys.readouterr().out
    assert "Jessica Jones S2" in table and "hook: failed" in table

    receiver.default = Reply(200)
    assert main(["alerts", "retry", "--all-failed", "--config", str(config)]) == 0
    assert "re-queued 3 deliveries" in capsys.readouterr().out
    assert main(["poll", "--once", "--config", str(config)]) == 0
    assert len(receiver.accepted_ids()) == 3
    assert alerts_json(config, capsys, "--failed") == []
    assert all(d["state"] == "delivered" for a in alerts_json(config, capsys)
               for d in a["deliveries"])

    # Retrying a delivered alert re-sends nothing.
    alert_id = alerts_json(config, capsys)[0]["id"]
    assert main(["alerts", "retry", alert_id[:12], "--config", str(config)]) == 1
    assert "re-queued 0 deliveries" in capsys.readouterr().out
    assert main(["alerts", "retry", "zzzz", "--config", str(config)]) == 2
    assert "no alerts with an id starting 'zzzz'" in capsys.readouterr().err


def test_retry_needs_an_id_or_all_failed(tmp_path: Path, seeds_dir: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    state = tmp_path / "s.db"
    assert main(["replay", str(seeds_dir), "--state", str(state), "--json"]) == 0
    assert main(["alerts", "retry", "--state", str(state)]) == 2
    assert "give an alert ID or --all-failed" in capsys.readouterr().err


def test_alerts_without_state_says_how_to_start(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["alerts", "--state", str(tmp_path / "none.db")]) == 2
    assert "no state file yet" in capsys.readouterr().err
