"""Start-up: `monitor --help` and `monitor status` on an empty state, paired with a bare start.

    .venv/bin/python bench/startup.py [--starts 10] [--rounds 7] [--quick]

Each configuration is a fresh process, started the way a user starts it (the ``monitor``
console script of this environment), pinned to one CPU, run to its exit with its output read;
the floor is the same interpreter doing nothing (``python -c pass``). The starts are interleaved
(``common.run_paired``: a start of each configuration in turn, order rotated per round).
``python -X importtime`` then shows which imports the start-up spends its time in.

Target (issue 14): ``monitor --help`` and ``monitor status`` on an empty state start in
<= 150 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from common import Contender, header, med_min, pin_to_cpu, run_paired, spread, table, targets
from common import verdict as verdict_of

from monitor.store.state import StateStore

TARGET_MS = 150.0
FLOOR = "python -c pass (interpreter floor)"


def monitor_command() -> list[str]:
    script = Path(sys.executable).with_name("monitor")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "monitor.cli"]


def run(argv: list[str], env: dict[str, str]) -> None:
    done = subprocess.run(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          check=False)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({done.returncode}): "
                         f"{done.stderr.decode()[-500:]}")


def import_times(module: str, env: dict[str, str], top: int) -> list[tuple[int, int, str]]:
    """(cumulative us, self us, module) of the slowest imports of ``module``."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", f"import {module}"],
                          env=env, capture_output=True, text=True, check=True)
    rows = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        parts = [p.strip() for p in line.split(":", 1)[1].split("|")]
        if parts[0].isdigit():
            rows.append((int(parts[1]), int(parts[0]), parts[2]))
    return sorted(rows, reverse=True)[:top]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--starts", type=int, default=10, help="starts per round (10)")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--top", type=int, default=15, help="imports to list")
    parser.add_argument("--quick", action="store_true", help="tiny sizes (smoke test)")
    args = parser.parse_args()
    if args.quick:
        args.starts, args.rounds, args.top = 2, 2, 5
    header("Start-up")
    print(pin_to_cpu(0) + " (the started processes inherit it)")
    env = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
    monitor = monitor_command()
    print(f"monitor command: {' '.join(monitor)}")
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        empty = Path(tmp) / "empty.db"
        StateStore(empty).close()
        env["HOME"] = tmp  # no user config or cache of the machine's user is read
        contenders = [
            Contender(FLOOR, lambda _: run([sys.executable, "-c", "pass"], env)),
            Contender("monitor --help", lambda _: run([*monitor, "--help"], env)),
            Contender("monitor status (empty state)",
                      lambda _: run([*monitor, "status", "--state", str(empty)], env)),
        ]
        rounds = run_paired(contenders, args.starts, args.rounds, warmup=1)
        imports = import_times("monitor.cli", env, args.top)

    print()
    print(f"{args.starts} starts of each x {rounds.rounds} rounds")
    print(rounds.reference_line())
    print()
    rows = []
    for c in contenders:
        rows.append([c.name, spread(rounds.ms_per_unit(c.name), "{:.0f}"),
                     "{} ({})".format(*med_min(rounds.ratios(c.name, FLOOR))),
                     f"{statistics.median(rounds.over(c.name, FLOOR)):.0f}"])
    print(table(rows, ["configuration", "ms per start: median (min–max)",
                       "x floor: median (min)", "ms over the floor (median)"]))
    print()
    print("slowest imports of monitor.cli (python -X importtime, one run; cumulative "
          "includes what they import):")
    print(table([[name, f"{cum / 1000:.1f}", f"{own / 1000:.1f}"] for cum, own, name in imports],
                ["module", "cumulative ms", "self ms"]))
    targets([[f"{c.name} <= {TARGET_MS:.0f} ms", "{} ms ({} ms)".format(
        *med_min(rounds.ms_per_unit(c.name), "{:.0f}")),
        verdict_of(rounds.median_ms(c.name) <= TARGET_MS)] for c in contenders[1:]])


if __name__ == "__main__":
    main()
