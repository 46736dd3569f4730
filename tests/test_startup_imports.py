"""Start-up stays light: `monitor --help` and `monitor status` load no heavy library.

Issue 14 wants both to start in <= 150 ms (measured by ``bench/startup.py``, never timed here);
what keeps them there is that the stages they do not use are imported only where used. Each
command runs in a fresh interpreter and reports which modules it loaded.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from monitor.store.state import StateStore

#: Libraries neither command needs (each costs tens of milliseconds to import).
HEAVY = ("lxml", "trafilatura", "requests", "jinja2", "apscheduler", "feedparser", "psycopg",
         "psycopg_pool", "numpy", "sqlite_utils", "dateparser", "tomlkit", "apprise",
         "urllib3")

#: The monitor's own stages neither command needs (they pull the libraries above).
STAGES = ("monitor.alerts.channels", "monitor.config", "monitor.config_edit",
          "monitor.ingest", "monitor.extract", "monitor.pipeline", "monitor.scheduler",
          "monitor.web", "monitor.store.postgres")

RUN = """
import json, sys
from monitor.cli import main
out, argv = sys.argv[1], sys.argv[2:]
try:
    code = main(argv)
except SystemExit as exc:
    code = exc.code
with open(out, "w") as f:
    json.dump({"code": code, "modules": sorted(sys.modules)}, f)
"""


def loaded_by(argv: list[str], tmp_path: Path, *, codes: tuple[int | None, ...] = (0, None)
              ) -> set[str]:
    """The modules a fresh interpreter holds after running ``monitor ARGV`` (its exit status
    one of ``codes``)."""
    report = tmp_path / "modules.json"
    done = subprocess.run([sys.executable, "-c", RUN, str(report), *argv],
                          capture_output=True, text=True, timeout=60, check=False,
                          env={**{k: v for k, v in os.environ.items()
                                  if not k.startswith("MONITOR_")}, "HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    result = json.loads(report.read_text())
    assert result["code"] in codes, (result["code"], done.stdout, done.stderr)
    return set(result["modules"])


def heavy_in(modules: set[str]) -> list[str]:
    return sorted(m for m in modules
                  if m.split(".")[0] in HEAVY
                  or any(m == s or m.startswith(s + ".") for s in STAGES))


def test_help_imports_no_stage_and_no_heavy_library(tmp_path: Path) -> None:
    modules = loaded_by(["--help"], tmp_path)
    assert "monitor.cli" in modules
    assert heavy_in(modules) == []


@pytest.mark.parametrize("extra", [[], ["--json"]], ids=["table", "json"])
def test_status_of_an_empty_state_imports_only_the_store(tmp_path: Path,
                                                         extra: list[str]) -> None:
    empty = tmp_path / "empty.db"
    StateStore(empty).close()
    modules = loaded_by(["status", "--state", str(empty), *extra], tmp_path)
    assert "monitor.store.state" in modules  # it did read the state
    assert heavy_in(modules) == []


def test_the_check_sees_a_heavy_import() -> None:
    """The check can fail: the modules of a start that loads two channel kinds are caught."""
    probe = subprocess.run([sys.executable, "-c", "import sys, monitor.alerts.channels.email, "
                            "monitor.alerts.channels.webhook; "
                            "print(' '.join(sorted(sys.modules)))"],
                           capture_output=True, text=True, timeout=60, check=True)
    caught = heavy_in(set(probe.stdout.split()))
    assert {"jinja2", "requests", "monitor.alerts.channels.email"} <= set(caught)


def test_status_through_a_config_loads_only_the_channel_kinds_it_names(tmp_path: Path) -> None:
    """Reading the config checks its channels; only the kinds it uses are imported."""
    empty = tmp_path / "empty.db"
    StateStore(empty).close()
    config = tmp_path / "monitor.toml"
    config.write_text(f'[monitor]\nstate = "{empty}"\n\n'
                      '[[feeds]]\nurl = "http://127.0.0.1:9/feed.xml"\n\n'
                      '[channels.hook]\nkind = "webhook"\nurl = "http://127.0.0.1:9/hook"\n',
                      encoding="utf-8")
    modules = loaded_by(["status", "--config", str(config)], tmp_path)
    assert "monitor.config" in modules
    assert "monitor.alerts.channels.webhook" in modules  # the config's one kind
    assert not {"monitor.alerts.channels.email", "monitor.alerts.channels.apprise",
                "apprise", "jinja2", "sqlite_utils", "numpy", "lxml", "trafilatura",
                "feedparser", "apscheduler", "psycopg", "tomlkit"} & modules


#: The pipeline and the extractor it imports: compiling the extractor's patterns costs seconds
#: of CPU (tens of seconds on a loaded machine).
EXTRACTOR = ("monitor.pipeline", "monitor.extract.facts", "monitor.extract.rules")


@pytest.mark.parametrize(("argv", "codes"), [
    (["health", "--json"], (2,)),  # no daemon runs: exit 2, said so
    (["mutes"], (0, None)),
], ids=["health", "mutes"])
def test_commands_that_only_read_the_state_load_no_extractor(
        tmp_path: Path, argv: list[str], codes: tuple[int | None, ...]) -> None:
    """`health` is run by monitoring every minute or so, `mutes` by hand: both need the clock,
    the config and the state, never the extractor."""
    state = tmp_path / "state.db"
    StateStore(state).close()
    config = tmp_path / "monitor.toml"
    config.write_text(f'[monitor]\nstate = "{state}"\n\n'
                      '[[feeds]]\nurl = "http://127.0.0.1:9/feed.xml"\n', encoding="utf-8")
    modules = loaded_by([*argv, "--config", str(config)], tmp_path, codes=codes)
    assert "monitor.config" in modules and "monitor.clock" in modules
    assert not set(EXTRACTOR) & modules, sorted(set(EXTRACTOR) & modules)
