"""Alert channels: where an alert goes and how it is sent once, one module per kind.

``base`` holds what every kind shares (the protocol, config keys as data, batching);
``webhook``, ``email``, ``console`` and ``apprise`` one kind each; ``registry`` the kinds by
name and ``build_channel``. The names below are the package's public face; a kind's module
is imported when one of its names is first used (``monitor --help`` and reading a config
without that kind load none of requests, smtplib or apprise).
"""

import importlib
from typing import TYPE_CHECKING, Any

from .base import (
    BATCHING_OPTIONS,
    KIND_OPTION,
    ROUTING_OPTIONS,
    TEMPLATES_OPTION,
    Batching,
    BatchingChannel,
    Channel,
    ChannelSettings,
    Option,
)
from .registry import (
    CHANNEL_KINDS,
    build_channel,
    channel_kinds_help,
    channel_settings,
    close_channels,
    open_channel,
    open_channels,
)

if TYPE_CHECKING:
    from .apprise import AppriseChannel
    from .console import ConsoleChannel
    from .email import EmailChannel, message_id, season_thread_id
    from .webhook import WebhookChannel, mask_url, sign_webhook, webhook_secret_key

#: The names of the kinds' own modules, imported on first use (PEP 562).
_LAZY = {
    "AppriseChannel": "apprise", "ConsoleChannel": "console", "EmailChannel": "email",
    "message_id": "email", "season_thread_id": "email", "WebhookChannel": "webhook",
    "mask_url": "webhook", "sign_webhook": "webhook", "webhook_secret_key": "webhook",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "BATCHING_OPTIONS", "CHANNEL_KINDS", "KIND_OPTION", "ROUTING_OPTIONS", "TEMPLATES_OPTION",
    "AppriseChannel",
    "Batching", "BatchingChannel", "Channel", "ChannelSettings", "ConsoleChannel",
    "EmailChannel", "Option", "WebhookChannel", "build_channel", "channel_kinds_help",
    "channel_settings", "close_channels", "mask_url", "message_id",
    "open_channel", "open_channels", "season_thread_id", "sign_webhook", "webhook_secret_key",
]
