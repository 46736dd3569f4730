"""The one exception tree of the monitor.

    MonitorError
    ├── ConfigError     the configuration is wrong (names the file and key)
    ├── FetchError      a feed or page could not be fetched (names the URL)
    ├── ParseError      a feed, page or date could not be understood (names the source)
    ├── StateError      the state database cannot be used (names the file)
    └── DeliveryError   an alert could not be delivered (names the channel)

Library exceptions are translated at the stage boundary (``raise FetchError(...) from exc``), so
callers only ever catch these.
"""

from __future__ import annotations


class MonitorError(Exception):
    """Base class of every error the monitor raises on purpose."""


class ConfigError(MonitorError):
    """The configuration file, a key in it or an environment variable it names is wrong."""


class FetchError(MonitorError):
    """A feed or article could not be fetched."""

    def __init__(self, url: str, reason: str, *, status: int | None = None,
                 retry_after: float | None = None) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.status = status
        self.retry_after = retry_after


class ParseError(MonitorError):
    """A feed, page or value in it could not be understood."""


class StateError(MonitorError):
    """The state database could not be opened or written."""


class DeliveryError(MonitorError):
    """An alert could not be delivered through a channel.

    ``retryable`` is False for answers that will not change on a retry (e.g. HTTP 400, bad
    login), so the outbox marks the alert failed at once instead of backing off.
    """

    def __init__(self, channel: str, reason: str, *, retryable: bool = True,
                 retry_after: float | None = None) -> None:
        super().__init__(f"{channel}: {reason}")
        self.channel = channel
        self.reason = reason
        self.retryable = retryable
        self.retry_after = retry_after
