"""The channel kinds by name; a ``[channels.<name>]`` table checked into settings, then opened.

Two steps, so the config can be read without any secret: :func:`channel_settings` checks a
table strictly against its kind's keys (what the config does), and :func:`open_channel` makes
the live channel from the settings, reading the secrets its ``*_env`` keys name (what the
daemon, ``poll``, ``replay``, ``test-alert`` and ``doctor`` do). Whoever opens a channel closes it.
"""

from __future__ import annotations

import importlib
import logging
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, ClassVar, Protocol

from ...errors import ConfigError
from .base import (
    BATCHING_OPTIONS,
    KIND_OPTION,
    ROUTING_OPTIONS,
    Build,
    Channel,
    ChannelSettings,
    Option,
    validate_options,
)

log = logging.getLogger(__name__)


class _ChannelClass(Protocol):
    KIND: ClassVar[str]
    SUMMARY: ClassVar[str]
    OPTIONS: ClassVar[tuple[Option, ...]]

    @classmethod
    def check(cls, name: str, opts: Mapping[str, Any], build: Build) -> None: ...

    @classmethod
    def from_options(cls, name: str, opts: Mapping[str, Any], build: Build) -> Channel: ...


#: Each kind's module and class. A kind's module (and what it needs: requests, smtplib, apprise)
#: is imported the first time the kind is used, so reading a config loads only its kinds.
_KIND_CLASSES = {
    "webhook": ("webhook", "WebhookChannel"),
    "email": ("email", "EmailChannel"),
    "console": ("console", "ConsoleChannel"),
    "apprise": ("apprise", "AppriseChannel"),
}


class ChannelKinds(Mapping[str, type[_ChannelClass]]):
    """The channel classes by kind name, each module imported on first use."""

    def __getitem__(self, kind: str) -> type[_ChannelClass]:
        module, name = _KIND_CLASSES[kind]
        cls: type[_ChannelClass] = getattr(
            importlib.import_module(f"{__package__}.{module}"), name)
        return cls

    def __iter__(self) -> Iterator[str]:
        return iter(_KIND_CLASSES)

    def __len__(self) -> int:
        return len(_KIND_CLASSES)


CHANNEL_KINDS = ChannelKinds()


def channel_kinds_help() -> str:
    """Every channel kind and its config keys, as plain text (for ``--help`` and the README)."""
    out: list[str] = []
    for kind, cls in sorted(CHANNEL_KINDS.items()):
        out.append(f"{kind}: {cls.SUMMARY}")
        for opt in (KIND_OPTION, *cls.OPTIONS, *BATCHING_OPTIONS, *ROUTING_OPTIONS):
            need = "required" if opt.required else (
                f"default {opt.default!r}" if opt.default is not None else "optional")
            out.append(f"  {opt.key:<16} {opt.type:<8} {need}: {opt.doc}")
    return "\n".join(out)


def channel_settings(name: str, table: Mapping[str, object], *, source: str,
                     templates_dir: Path | str | None = None,
                     public_url: str | None = None) -> ChannelSettings:
    """The settings of one ``[channels.<name>]`` table, checked strictly; no secret is read.

    ``source`` (the config file) prefixes every error; ``templates_dir`` is the global template
    override, which a channel's own ``templates_dir`` key replaces; ``public_url`` (the status
    page's ``http.public_url``) lets messages link to the season's page.
    """
    build = Build(name, source, None, Path(templates_dir) if templates_dir else None,
                  public_url)
    kind = table.get("kind")
    kinds = ", ".join(sorted(CHANNEL_KINDS))
    if kind is None:
        raise ConfigError(f"{source}: channels.{name}: missing required key 'kind' "
                          f"(one of: {kinds})")
    if not isinstance(kind, str) or kind not in CHANNEL_KINDS:
        raise build.error("kind", f"unknown channel kind {kind!r} (one of: {kinds})")
    cls = CHANNEL_KINDS[kind]
    options = validate_options(cls.OPTIONS, table, build)
    build.batching(options)
    routing = build.routing(options)
    cls.check(name, options, build)
    return ChannelSettings(name=name, kind=kind, options=options, source=source,
                           templates_dir=build.templates_dir, routing=routing,
                           public_url=public_url)


def open_channel(settings: ChannelSettings,
                 environ: Mapping[str, str] | None = None) -> Channel:
    """The live channel ``settings`` describe, its secrets read from ``environ`` (default: the
    process environment); ConfigError naming the key when a variable is unset."""
    build = Build(settings.name, settings.source,
                  os.environ if environ is None else environ, settings.templates_dir,
                  settings.public_url)
    cls = CHANNEL_KINDS[settings.kind]
    return cls.from_options(settings.name, settings.options, build)


def open_channels(settings: Mapping[str, ChannelSettings],
                  environ: Mapping[str, str] | None = None) -> dict[str, Channel]:
    """Every configured channel, opened; if one cannot be, those already opened are closed."""
    channels: dict[str, Channel] = {}
    try:
        for name, one in settings.items():
            channels[name] = open_channel(one, environ)
    except BaseException:
        close_channels(channels)
        raise
    return channels


def close_channels(channels: Mapping[str, Channel]) -> None:
    """Close every channel; one failing to close does not keep the others open."""
    for name, channel in channels.items():
        try:
            channel.close()
        except Exception:  # closing must never stop a reload or a shutdown
            log.warning("channel %s: error while closing", name, exc_info=True)


def build_channel(name: str, table: Mapping[str, object], *, environ: Mapping[str, str],
                  source: str, templates_dir: Path | str | None = None) -> Channel:
    """A live channel straight from its table: :func:`channel_settings`, then
    :func:`open_channel` (for tests and library use; the caller closes it)."""
    settings = channel_settings(name, table, source=source, templates_dir=templates_dir)
    return open_channel(settings, environ)
