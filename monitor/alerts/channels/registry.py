"""The channel kinds by name, and building a channel from its ``[channels.<name>]`` table."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar, Protocol

from ...errors import ConfigError
from .apprise import AppriseChannel
from .base import BATCHING_OPTIONS, KIND_OPTION, Build, Channel, Option, validate_options
from .console import ConsoleChannel
from .email import EmailChannel
from .webhook import WebhookChannel


class _ChannelClass(Protocol):
    KIND: ClassVar[str]
    SUMMARY: ClassVar[str]
    OPTIONS: ClassVar[tuple[Option, ...]]

    @classmethod
    def from_options(cls, name: str, opts: Mapping[str, Any], build: Build) -> Channel: ...


CHANNEL_KINDS: dict[str, type[_ChannelClass]] = {
    cls.KIND: cls for cls in (WebhookChannel, EmailChannel, ConsoleChannel, AppriseChannel)
}


def channel_kinds_help() -> str:
    """Every channel kind and its config keys, as plain text (for ``--help`` and the README)."""
    out: list[str] = []
    for kind, cls in sorted(CHANNEL_KINDS.items()):
        out.append(f"{kind}: {cls.SUMMARY}")
        for opt in (KIND_OPTION, *cls.OPTIONS, *BATCHING_OPTIONS):
            need = "required" if opt.required else (
                f"default {opt.default!r}" if opt.default is not None else "optional")
            out.append(f"  {opt.key:<16} {opt.type:<8} {need}: {opt.doc}")
    return "\n".join(out)


def build_channel(name: str, table: Mapping[str, object], *, environ: Mapping[str, str],
                  source: str, templates_dir: Path | str | None = None) -> Channel:
    """A ready channel from its ``[channels.<name>]`` table, validated strictly.

    ``source`` (the config file) prefixes every error; ``templates_dir`` is the global template
    override, which a channel's own ``templates_dir`` key replaces.
    """
    build = Build(name, source, environ, Path(templates_dir) if templates_dir else None)
    kind = table.get("kind")
    kinds = ", ".join(sorted(CHANNEL_KINDS))
    if kind is None:
        raise ConfigError(f"{source}: channels.{name}: missing required key 'kind' "
                          f"(one of: {kinds})")
    if not isinstance(kind, str) or kind not in CHANNEL_KINDS:
        raise build.error("kind", f"unknown channel kind {kind!r} (one of: {kinds})")
    cls = CHANNEL_KINDS[kind]
    return cls.from_options(name, validate_options(cls.OPTIONS, table, build), build)


