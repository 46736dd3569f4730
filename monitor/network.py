"""How a failure to reach a server reads, and the HTTP answers every client here shares.

One wording for fetching feeds and pages, for the webhook and email channels and for ``monitor
doctor``: "DNS lookup failed", "connection refused", "connection reset by the server", "TLS
error: …", "timed out after 20 s" — so a log line, an alert's last error and a doctor check name
the same problem the same way (the README's troubleshooting table lists them). Also
"HTTP 404 Not Found" and the Retry-After header, which feeds and webhooks both honour.

Pure: an exception or a header in, words or seconds out; no I/O, no clock of its own.
"""

from __future__ import annotations

import datetime as dt
import re
import smtplib
import socket
import ssl
from collections.abc import Iterator
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from urllib.parse import urlsplit

import requests
import urllib3.exceptions

#: How many of an exception's causes are looked through (a chain can loop).
MAX_CAUSES = 20
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def causes(exc: BaseException) -> Iterator[BaseException]:
    """``exc`` and what lies under it: causes, contexts, urllib3's ``reason``, args; each once."""
    todo: list[BaseException] = [exc]
    seen: set[int] = set()
    while todo and len(seen) < MAX_CAUSES:
        current = todo.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo.extend(x for x in (current.__cause__, current.__context__,
                                getattr(current, "reason", None), *current.args)
                    if isinstance(x, BaseException))


def network_problem(exc: BaseException, timeouts: tuple[float, float] | None = None) -> str:
    """A short reason for a failure to reach a server, in the words a user looks for.

    ``timeouts`` (connect, read) puts the limit that ran out into the words ("timed out after
    20 s"). A failure that is not about the network reads as the exception says.
    """
    chain = list(causes(exc))

    def has(*types: type[BaseException]) -> bool:
        return any(isinstance(e, types) for e in chain)

    connect, read = timeouts or (None, None)
    if has(requests.exceptions.SSLError, ssl.SSLError, urllib3.exceptions.SSLError):
        detail = next((e for e in chain if isinstance(e, ssl.SSLError)), exc)
        return f"TLS error: {short(detail)}"
    if has(urllib3.exceptions.NameResolutionError, socket.gaierror):
        return "DNS lookup failed"
    if has(ConnectionRefusedError):
        return "connection refused"
    if has(ConnectionResetError, ConnectionAbortedError, BrokenPipeError,
           smtplib.SMTPServerDisconnected):
        return "connection reset by the server"
    # urllib3's NewConnectionError subclasses ConnectTimeoutError, so it must not count here.
    if has(requests.exceptions.ConnectTimeout) or any(
            isinstance(e, urllib3.exceptions.ConnectTimeoutError)
            and not isinstance(e, urllib3.exceptions.NewConnectionError) for e in chain):
        return f"connection timed out after {connect:g} s" if connect else "timed out"
    if has(requests.exceptions.ReadTimeout, urllib3.exceptions.ReadTimeoutError,
           TimeoutError, socket.timeout):
        return f"timed out after {read:g} s" if read else "timed out"
    if has(requests.exceptions.ContentDecodingError, urllib3.exceptions.DecodeError):
        return "response body could not be decompressed"
    if has(requests.exceptions.ChunkedEncodingError, urllib3.exceptions.ProtocolError,
           urllib3.exceptions.IncompleteRead):
        return "connection broken before the response was complete"
    if has(requests.exceptions.InvalidURL, requests.exceptions.MissingSchema,
           requests.exceptions.InvalidSchema, urllib3.exceptions.LocationParseError):
        return "invalid URL"
    if has(requests.exceptions.TooManyRedirects):
        return "too many redirects"
    if has(requests.exceptions.ConnectionError):
        return "connection failed"
    if isinstance(exc, requests.RequestException | urllib3.exceptions.HTTPError):
        return f"request failed: {short(exc)}"
    return short(exc)


def connection_problem(exc: BaseException, where: str) -> str:
    """What went wrong reaching ``where`` (a URL or host:port), for a channel's delivery error:
    DNS, connection refused, TLS, with the innermost reason in brackets."""
    reason = innermost_reason(exc)
    words = network_problem(exc)
    if words.startswith("TLS error"):
        return f"TLS error with {where} ({reason})"
    if words == "DNS lookup failed":
        host = urlsplit(where).hostname or where
        return f"DNS lookup of {host} failed: no such host, or no DNS ({reason})"
    if words == "connection refused":
        return f"connection refused by {where}: nothing listening there? ({reason})"
    if words.startswith(("timed out", "connection timed out")):
        return f"{where} timed out ({reason})"
    if words == "connection reset by the server":
        return f"{where} closed the connection unexpectedly ({reason})"
    return f"cannot connect to {where} ({reason})"


def innermost_reason(exc: BaseException) -> str:
    """The innermost cause of an exception, on one line (without requests' URL noise)."""
    inner: BaseException = exc
    while inner.__context__ is not None and inner.__context__ is not inner:
        inner = inner.__context__
    text = _CONTROL.sub(" ", str(inner) or type(inner).__name__)
    return " ".join(text.split())[:200]


def short(exc: BaseException) -> str:
    """An exception's message (its ``reason`` when it has one), at most 160 characters."""
    text = str(getattr(exc, "reason", None) or exc) or type(exc).__name__
    return text if len(text) <= 160 else text[:157] + "..."


def http_reason(status: int, retry_after: float | None = None) -> str:
    """ "HTTP 404 Not Found", "HTTP 429 Too Many Requests (retry after 120 s)"."""
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = ""
    reason = f"HTTP {status} {phrase}".rstrip()
    if retry_after is not None:
        reason += f" (retry after {retry_after:g} s)"
    return reason


def parse_retry_after(value: str | None, now: dt.datetime) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date); None if unusable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, round((when - now).total_seconds()))
