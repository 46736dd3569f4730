"""Alert channels: where an alert goes and how it is sent once, one module per kind.

``base`` holds what every kind shares (the protocol, config keys as data, batching);
``webhook``, ``email``, ``console`` and ``apprise`` one kind each; ``registry`` the kinds by
name and ``build_channel``. The names below are the package's public face.
"""

from .apprise import AppriseChannel
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
from .console import ConsoleChannel
from .email import EmailChannel, message_id, season_thread_id
from .registry import (
    CHANNEL_KINDS,
    build_channel,
    channel_kinds_help,
    channel_settings,
    close_channels,
    open_channel,
    open_channels,
)
from .webhook import WebhookChannel, mask_url, sign_webhook, webhook_secret_key

__all__ = [
    "BATCHING_OPTIONS", "CHANNEL_KINDS", "KIND_OPTION", "ROUTING_OPTIONS", "TEMPLATES_OPTION",
    "AppriseChannel",
    "Batching", "BatchingChannel", "Channel", "ChannelSettings", "ConsoleChannel",
    "EmailChannel", "Option", "WebhookChannel", "build_channel", "channel_kinds_help",
    "channel_settings", "close_channels", "mask_url", "message_id",
    "open_channel", "open_channels", "season_thread_id", "sign_webhook", "webhook_secret_key",
]
