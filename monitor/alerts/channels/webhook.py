"""The webhook channel: an HTTP POST of the alert's JSON, signed the Standard Webhooks way."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import hmac
import json
import socket
import ssl
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, ClassVar
from urllib.parse import urlsplit

import requests

from ... import network
from ...errors import ConfigError, DeliveryError
from ...models import Alert
from ...network import connection_problem
from ..messages import alert_document, digest_payload, one_line
from .base import RETRYABLE_HTTP, Batching, Build, Option, with_batching

DEFAULT_USER_AGENT = "monitor/0.1 (TV production news monitor; webhook)"
#: A 2xx answer up to this size is read, so its connection can carry the next alert.
KEEP_ALIVE_BODY = 65536


def webhook_secret_key(secret: str) -> bytes:
    """The HMAC key of a secret: base64 after ``whsec_`` (Standard Webhooks), else the raw bytes."""
    if secret.startswith("whsec_"):
        return base64.b64decode(secret[len("whsec_"):], validate=True)
    return secret.encode("utf-8")


def sign_webhook(key: bytes, msg_id: str, timestamp: int, body: str) -> str:
    """The ``webhook-signature`` header value: ``v1,`` + base64 HMAC-SHA256 of id.timestamp.body."""
    content = f"{msg_id}.{timestamp}.{body}".encode()
    digest = hmac.new(key, content, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode("ascii")


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a Retry-After header, ``now`` in Unix seconds (the channel clock)."""
    return network.parse_retry_after(value, dt.datetime.fromtimestamp(now, dt.UTC))


def mask_url(url: str) -> str:
    """``scheme://host[:port]`` plus ``/…`` when there is a path or query (it may hold a token)."""
    parts = urlsplit(url)
    host = parts.hostname or "?"
    if ":" in host:
        host = f"[{host}]"
    port = f":{parts.port}" if parts.port else ""
    rest = "/…" if parts.path.strip("/") or parts.query else ""
    return f"{parts.scheme}://{host}{port}{rest}"


class WebhookChannel:
    """POSTs the alert's JSON payload, signed the Standard Webhooks way when a secret is set."""

    KIND: ClassVar[str] = "webhook"
    SUMMARY: ClassVar[str] = "HTTP POST of the alert as JSON, optionally signed (Standard Webhooks)"
    OPTIONS: ClassVar[tuple[Option, ...]] = (
        Option("url", "str", doc="http(s) URL to POST to (or url_env)"),
        Option("url_env", "str", doc="environment variable holding the URL, when it has a token"),
        Option("secret_env", "str",
               doc="environment variable holding the signing secret: 'whsec_' + base64 key "
                   "(Standard Webhooks), or any other string used as the raw key"),
        Option("connect_timeout", "number", default=5.0, doc="seconds to connect"),
        Option("read_timeout", "number", default=15.0, doc="seconds to wait for the answer"),
        Option("user_agent", "str", default=DEFAULT_USER_AGENT, doc="User-Agent header"),
    )

    kind = "webhook"

    def __init__(self, name: str, url: str, *, secret: bytes | None = None,
                 connect_timeout: float = 5.0, read_timeout: float = 15.0,
                 user_agent: str = DEFAULT_USER_AGENT, session: requests.Session | None = None,
                 clock: Callable[[], float] = time.time,
                 batching: Batching | None = None, public_url: str | None = None) -> None:
        self.name = name
        #: The payload's ``season_url`` starts here (None: it is null).
        self.public_url = public_url
        self.url = url
        self.batching = batching
        self.timeout = (connect_timeout, read_timeout)
        self.user_agent = user_agent
        self.session = session or requests.Session()
        #: Unix time for ``webhook-timestamp`` and HTTP-date Retry-After; injectable for tests.
        self.clock = clock
        self._secret = secret

    @classmethod
    def check(cls, name: str, opts: Mapping[str, Any], build: Build) -> None:
        """What can be checked without the environment: one URL key, a valid URL, timeouts."""
        if (opts["url"] is None) == (opts["url_env"] is None):
            raise ConfigError(f"{build.source}: channels.{name}: "
                              "give exactly one of the keys 'url' or 'url_env'")
        if opts["url"] is not None:
            _check_http_url(opts["url"], build, "url", f"'{opts['url']}'")
        build.positive("connect_timeout", opts["connect_timeout"])
        build.positive("read_timeout", opts["read_timeout"])

    @classmethod
    def from_options(cls, name: str, opts: Mapping[str, Any], build: Build) -> WebhookChannel:
        """The live channel: the URL and the signing secret read from the environment."""
        if opts["url"] is not None:
            url = _check_http_url(opts["url"], build, "url", f"'{opts['url']}'")
        else:
            var = opts["url_env"]
            url = _check_http_url(build.env_value("url_env", var), build, "url_env",
                                  f"the URL in environment variable {var}")
        secret = None
        if opts["secret_env"] is not None:
            raw = build.env_value("secret_env", opts["secret_env"])
            try:
                secret = webhook_secret_key(raw)
            except (binascii.Error, ValueError):
                raise build.error("secret_env", f"environment variable {opts['secret_env']} "
                                  "starts with 'whsec_' but the rest is not valid base64") from None
        return cls(name, url, secret=secret,
                   connect_timeout=build.positive("connect_timeout", opts["connect_timeout"]),
                   read_timeout=build.positive("read_timeout", opts["read_timeout"]),
                   user_agent=opts["user_agent"], batching=build.batching(opts),
                   public_url=build.public_url)

    def close(self) -> None:
        """Release pooled connections (the session is the channel's own)."""
        self.session.close()

    def probe(self) -> str:
        """Connect to the webhook's host (a TLS handshake for https); send no request."""
        parts = urlsplit(self.url)
        host = parts.hostname or ""
        port = parts.port or (443 if parts.scheme == "https" else 80)
        with socket.create_connection((host, port), timeout=self.timeout[0]) as sock:
            if parts.scheme == "https":
                with ssl.create_default_context().wrap_socket(sock, server_hostname=host) as tls:
                    return (f"connected to {host}:{port}, TLS {tls.version()} certificate valid "
                            "(nothing sent)")
        return f"connected to {host}:{port} (nothing sent)"

    @property
    def signed(self) -> bool:
        return self._secret is not None

    def describe(self) -> str:
        return with_batching(
            f"webhook {mask_url(self.url)} ({'signed' if self.signed else 'unsigned'})",
            self.batching)

    def headers_for(self, msg_id: str, body: str) -> dict[str, str]:
        """The request headers; ``webhook-id`` (the idempotency key) is sent even unsigned."""
        timestamp = int(self.clock())
        headers = {
            "Content-Type": "application/json",
            "User-Agent": self.user_agent,
            "webhook-id": msg_id,
            "webhook-timestamp": str(timestamp),
        }
        if self._secret is not None:
            headers["webhook-signature"] = sign_webhook(self._secret, msg_id, timestamp, body)
        return headers

    def send(self, alert: Alert) -> None:
        self._post(alert.id, json.dumps(alert_document(alert, public_url=self.public_url),
                                        ensure_ascii=False))

    def send_digest(self, alerts: Sequence[Alert]) -> None:
        """POST ``{"schema": "monitor.digest/1", "id", "alerts": [...]}``; webhook-id = id."""
        payload = digest_payload(alerts, public_url=self.public_url)
        self._post(str(payload["id"]), json.dumps(payload, ensure_ascii=False))

    def _post(self, msg_id: str, body: str) -> None:
        headers = self.headers_for(msg_id, body)
        where = mask_url(self.url)
        try:
            # No redirects: requests would turn the POST into a GET and drop the body.
            with self.session.post(self.url, data=body.encode("utf-8"), headers=headers,
                                   timeout=self.timeout, allow_redirects=False,
                                   stream=True) as response:
                status = response.status_code
                if 200 <= status < 300:
                    _drain(response)
                    return
                snippet = _snippet(response)
                retry_after = parse_retry_after(response.headers.get("Retry-After"), self.clock())
                location = response.headers.get("Location", "")
        except (requests.Timeout, requests.ConnectionError) as exc:
            raise DeliveryError(self.name, connection_problem(exc, where)) from exc
        except requests.RequestException as exc:
            raise DeliveryError(self.name, f"request to {where} failed "
                                f"({network.innermost_reason(exc)})", retryable=False) from exc
        raise _http_error(self.name, where, status, snippet, retry_after, location)


def _http_error(channel: str, where: str, status: int, snippet: str, retry_after: float | None,
                location: str) -> DeliveryError:
    detail = f": {snippet}" if snippet else ""
    if 300 <= status < 400:
        return DeliveryError(channel, f"{where} answered HTTP {status} redirect to "
                             f"{mask_url(location) if location else '?'}; set the final URL "
                             "in the config", retryable=False)
    if status >= 500 or status in RETRYABLE_HTTP:
        wait = f" (Retry-After {retry_after:.0f}s)" if retry_after is not None else ""
        return DeliveryError(channel, f"{where} answered HTTP {status}{wait}{detail}",
                             retryable=True, retry_after=retry_after)
    auth = (" (authentication failed: check the token in the URL or the signing secret)"
            if status in (401, 403) else "")
    return DeliveryError(channel, f"{where} refused the alert with HTTP {status}{auth}, "
                         f"not retrying{detail}", retryable=False)


def _drain(response: requests.Response, limit: int = KEEP_ALIVE_BODY) -> None:
    """Read a small answer to its end, so the connection goes back to the session's pool for
    the next alert (until ``close()``); a big or unsized one is left, and its connection closed."""
    length = response.headers.get("Content-Length", "")
    if length.isdigit() and int(length) <= limit:
        try:
            response.content  # noqa: B018 - reading it is the point
        except requests.RequestException:
            pass  # delivered all the same; the connection is simply not reused


def _snippet(response: requests.Response, limit: int = 200) -> str:
    """The start of an error answer's body, for the log; never the whole (maybe huge) body."""
    try:
        chunk = next(response.iter_content(limit), b"")
    except requests.RequestException:
        return ""
    return one_line(chunk.decode("utf-8", "replace"))[:limit]


def _check_http_url(url: str, build: Build, key: str, shown: str) -> str:
    """``url`` if it is an absolute http(s) URL without credentials; else a ConfigError.

    ``shown`` is how errors refer to it: the URL itself, or the variable when it may hold a token.
    """
    parts = urlsplit(url.strip())
    try:
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise build.error(key, f"{shown} has an invalid port") from None
    if parts.scheme not in ("http", "https"):
        raise build.error(key, f"{shown} is not an http(s) URL")
    if not parts.hostname:
        raise build.error(key, f"{shown} has no host")
    if parts.password:
        raise build.error(key, "the URL contains a password; put the whole URL in an "
                               "environment variable named by url_env instead")
    return url.strip()


