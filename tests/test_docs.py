"""The README documents what the code offers: every command, channel kind and config key.

Like datasette's and sqlite-utils' documentation tests: adding a command, a channel kind or a
config key without documenting it fails here.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from monitor import config
from monitor.alerts.channels import CHANNEL_KINDS, ROUTING_OPTIONS
from monitor.alerts.routing import ROUTE_STATUSES
from monitor.cli import build_parser

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


def subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


@pytest.mark.parametrize("name", sorted(subcommands()))
def test_every_command_is_documented_and_has_help(name: str) -> None:
    assert f"`monitor {name}" in README, f"README does not document `monitor {name}`"
    parser = subcommands()[name]
    assert parser.description, f"`monitor {name}` has no help text"
    for action in parser._actions:
        if action.option_strings and action.dest != "help":
            assert action.help, f"`monitor {name} {action.option_strings[0]}` has no help"


@pytest.mark.parametrize("kind", sorted(CHANNEL_KINDS))
def test_every_channel_kind_and_its_keys_are_documented(kind: str) -> None:
    assert f'kind = "{kind}"' in README
    for option in CHANNEL_KINDS[kind].OPTIONS:
        assert f"`{option.key}`" in README, f"channel key {kind}.{option.key} undocumented"


def test_every_routing_key_and_status_is_documented() -> None:
    section = README[README.index("### Routing"):]
    for option in ROUTING_OPTIONS:
        assert f"`{option.key}`" in section, f"routing key {option.key} undocumented"
    for status in ROUTE_STATUSES:
        assert f"`{status}`" in section, f"routing status {status} undocumented"


@pytest.mark.parametrize(("table", "keys"), [
    ("monitor", config.MONITOR_DEFAULTS), ("fetch", config.FETCH_DEFAULTS),
    ("delivery", config.DELIVERY_DEFAULTS), ("http", config.HTTP_DEFAULTS),
])
def test_every_config_key_is_documented(table: str, keys: dict[str, object]) -> None:
    for key in keys:
        assert re.search(rf"`{table}\.{key}`|`{table}\.[a-z_]+` / `{table}\.{key}`", README), \
            f"config key {table}.{key} undocumented"


def test_example_config_mentions_every_channel_kind_it_documents() -> None:
    example = (Path(__file__).parent.parent / "config" / "example.toml").read_text()
    for kind in ("webhook", "email", "console"):
        assert f'kind = "{kind}"' in example
