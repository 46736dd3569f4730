"""The systemd unit: it starts our command, keeps state in its state directory, and stays
locked down (systemd-analyze's exposure rating, where systemd-analyze is available)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

UNIT = Path(__file__).parent.parent / "systemd" / "monitor.service"


def directives() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for line in UNIT.read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.lstrip().startswith(("#", "[")):
            key, value = line.split("=", 1)
            found.setdefault(key.strip(), []).append(value.strip())
    return found


def test_unit_runs_the_daemon_with_its_own_state_and_secrets() -> None:
    unit = directives()
    assert unit["ExecStart"][0].endswith("monitor run --config /etc/monitor/monitor.toml")
    assert unit["Restart"] == ["on-failure"]
    assert unit["StateDirectory"] == ["monitor"]
    assert unit["EnvironmentFile"][0].endswith("/etc/monitor/monitor.env")
    for hardening in ("NoNewPrivileges", "ProtectSystem", "PrivateTmp", "ProtectHome"):
        assert hardening in unit
    # the poll threads share two malloc arenas (the soak with threads: bench/README.md)
    assert "MALLOC_ARENA_MAX=2" in unit["Environment"]
    # and no per-thread cache of freed blocks pinning the heap's holes (ninth part)
    assert "GLIBC_TUNABLES=glibc.malloc.tcache_count=0" in unit["Environment"]


def test_unit_is_rated_2_5_or_lower_by_systemd_analyze() -> None:
    tool = shutil.which("systemd-analyze")
    if tool is None:
        pytest.skip("systemd-analyze is not installed here")
    result = subprocess.run([tool, "security", "--offline=yes", str(UNIT)],
                            capture_output=True, text=True, timeout=60, check=False)
    match = re.search(r"Overall exposure level for \S+: (\d+\.\d+)", result.stdout)
    assert match, result.stdout + result.stderr
    assert float(match.group(1)) <= 2.5
