"""Fetching feeds and article pages: the only stage that talks to the network.

``fetch_url`` does one bounded GET (conditional when given an ETag/Last-Modified), follows at most
``MAX_REDIRECTS`` redirects itself so a ``guard`` can vet every hop, reads the body in chunks
and stops past ``max_bytes``. Every failure, whatever library raised it, leaves as one
``FetchError`` whose ``reason`` a user can read ("HTTP 404 Not Found", "timed out after 20 s",
"DNS lookup failed") and whose ``status``/``retry_after`` the scheduler can act on.

It must never: read local files unless the caller says so (``allow_file``), follow a redirect to
a non-HTTP scheme, buffer an unbounded body, or let a requests/urllib3/OS exception escape.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import mimetypes
import os
import socket
import time
import urllib.request
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from email.utils import formatdate
from importlib import metadata
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from urllib.request import url2pathname

import requests
import urllib3.exceptions

from ..errors import FetchError
from ..network import http_reason, network_problem, parse_retry_after, short

#: Redirect hops followed before giving up (also set on the session for safety).
MAX_REDIRECTS = 5
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
WEB_SCHEMES = ("http", "https")
CHUNK_SIZE = 64 * 1024
#: A read returns what has arrived, up to this much, so the deadline is checked between reads
#: (a 64 KB read blocked until 64 KB came: a trickling server held it for minutes).
READ_SIZE = 16 * 1024
#: What we prefer to get: feeds first, then pages, anything as a last resort.
ACCEPT = ("application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
          "application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, text/plain;q=0.7, */*;q=0.5")


def _version() -> str:
    try:
        return metadata.version("monitor")
    except metadata.PackageNotFoundError:  # running from a source tree that is not installed
        return "0"


DEFAULT_USER_AGENT = f"monitor/{_version()} (TV production-status feed monitor)"

Clock = Callable[[], dt.datetime]
Guard = Callable[[str], None]


@dataclass(frozen=True)
class FetchResult:
    """What one fetch brought back. ``body`` is empty when ``not_modified``."""

    url: str
    final_url: str
    status: int
    body: bytes
    content_type: str | None
    etag: str | None
    last_modified: str | None
    not_modified: bool
    #: The charset the server declared in Content-Type, if any (the body is not decoded here).
    encoding: str | None = None


def make_session(user_agent: str = DEFAULT_USER_AGENT) -> requests.Session:
    """A session with a clear User-Agent, feed-first Accept header and bounded redirects."""
    session = requests.Session()
    session.headers["User-Agent"] = user_agent or DEFAULT_USER_AGENT
    session.headers["Accept"] = ACCEPT
    session.max_redirects = MAX_REDIRECTS
    if not urllib.request.getproxies():
        # With trust_env on, requests re-reads the proxy settings from the whole environment
        # on every request (a quarter of a 304 poll's cost). With no proxy configured there is
        # nothing to re-read; the CA bundle variables are honoured once, here.
        session.trust_env = False
        bundle = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE")
        if bundle:
            session.verify = bundle
    return session


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def fetch_url(
    session: requests.Session,
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    timeout: tuple[float, float] = (5.0, 20.0),
    max_bytes: int = 10_000_000,
    allow_file: bool = False,
    guard: Guard | None = None,
    deadline: float | None = 120.0,
    clock: Clock = _utcnow,
) -> FetchResult:
    """GET ``url`` (http, https, or a file when ``allow_file``) and return its body.

    ``timeout`` is (connect, read) seconds; ``deadline`` bounds the whole download, since a
    server trickling a byte per read-timeout would otherwise never time out. ``guard`` is called
    with the URL and every redirect target before they are requested (see
    ``check_public_url``); it raises FetchError to refuse. ``clock`` turns a Retry-After date
    into seconds. Raises FetchError for every failure, naming ``url``.
    """
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError as exc:
        raise FetchError(url, f"invalid URL ({exc})") from exc
    if scheme == "file" or _looks_like_path(url):
        if not allow_file:
            raise FetchError(url, "file URLs are not allowed here")
        return _read_file(url, max_bytes=max_bytes, last_modified=last_modified)
    if scheme not in WEB_SCHEMES:
        raise FetchError(url, f"URL scheme '{scheme}' is not allowed (only http, https, file)")
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    started = time.monotonic()
    try:
        response = _get_following_redirects(session, url, headers, timeout, guard)
        with response:
            return _result(url, response, max_bytes, timeout, deadline, started, etag,
                           last_modified, clock)
    except FetchError:
        raise
    except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
        if deadline is not None and time.monotonic() - started >= deadline:
            raise FetchError(url, f"download took longer than {deadline:g} s") from exc
        reason = network_problem(exc, timeout)
        if reason == "too many redirects":
            reason += f" (more than {MAX_REDIRECTS})"
        elif reason == short(exc):  # not a network failure we have words for
            reason = f"request failed: {reason}"
        raise FetchError(url, reason) from exc
    except ValueError as exc:  # e.g. a port out of range, a header value requests refuses
        raise FetchError(url, f"invalid URL or response ({short(exc)})") from exc


def _get_following_redirects(session: requests.Session, url: str, headers: dict[str, str],
                             timeout: tuple[float, float], guard: Guard | None
                             ) -> requests.Response:
    """GET with redirects followed by hand, so the guard sees each hop and hops are counted."""
    current = url
    for _hop in range(MAX_REDIRECTS + 1):
        if guard is not None:
            _check_hop(guard, url, current)
        response = session.get(current, headers=headers, timeout=timeout, stream=True,
                               allow_redirects=False)
        location = response.headers.get("Location")
        if response.status_code not in REDIRECT_STATUSES or not location:
            return response
        response.close()
        try:
            target = urljoin(current, location.strip())
            target_scheme = urlsplit(target).scheme.lower()
        except ValueError as exc:
            raise FetchError(url, f"redirect to an invalid URL ({exc})") from exc
        if target_scheme not in WEB_SCHEMES:
            raise FetchError(url, f"redirect to a '{target_scheme}' URL is not allowed")
        current = target
    raise FetchError(url, f"too many redirects (more than {MAX_REDIRECTS})")


def _check_hop(guard: Guard, url: str, hop: str) -> None:
    """Run the guard on one hop; a refused redirect target is reported against ``url``."""
    try:
        guard(hop)
    except FetchError as exc:
        if hop == url:
            raise
        raise FetchError(url, f"redirect to {hop}: {exc.reason}", status=exc.status) from exc


def _result(url: str, response: requests.Response, max_bytes: int,
            timeout: tuple[float, float], deadline: float | None, started: float,
            etag: str | None, last_modified: str | None, clock: Clock) -> FetchResult:
    status = response.status_code
    new_etag = response.headers.get("ETag")
    new_last_modified = response.headers.get("Last-Modified")
    if status == 304:
        # Reading the (empty) body lets close() hand the connection back to the pool instead
        # of dropping it: a steady state of 304s then costs no new TCP/TLS handshakes.
        response.content  # noqa: B018
        return FetchResult(url=url, final_url=response.url, status=status, body=b"",
                           content_type=response.headers.get("Content-Type"),
                           etag=new_etag or etag, last_modified=new_last_modified or last_modified,
                           not_modified=True, encoding=None)
    if not 200 <= status < 300:
        retry_after = parse_retry_after(response.headers.get("Retry-After"), clock())
        reason = http_reason(status, retry_after)
        if status in REDIRECT_STATUSES:
            reason += " (redirect without a Location)"
        raise FetchError(url, reason, status=status, retry_after=retry_after)
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes and not response.headers.get(
            "Content-Encoding"):
        raise FetchError(url, f"response larger than {max_bytes} bytes", status=status)
    body = _read_bounded(url, _body_pieces(response, timeout[1], deadline, started), max_bytes,
                         deadline, started, status)
    content_type = response.headers.get("Content-Type")
    return FetchResult(url=url, final_url=response.url, status=status, body=body,
                       content_type=content_type, etag=new_etag,
                       last_modified=new_last_modified, not_modified=False,
                       encoding=_charset(content_type))


def _body_pieces(response: requests.Response, read_timeout: float, deadline: float | None,
                 started: float) -> Iterator[bytes]:
    """The (decoded) body as it arrives: each read returns what is there, with a socket timeout
    no longer than what is left of the deadline."""
    raw = response.raw
    if getattr(raw, "chunked", False) or not hasattr(raw, "read1"):
        yield from response.iter_content(CHUNK_SIZE)  # one piece per chunk as it arrives
        return
    sock = getattr(getattr(raw, "_connection", None), "sock", None)
    while True:
        if sock is not None and deadline is not None:
            left = deadline - (time.monotonic() - started)
            sock.settimeout(max(0.05, min(read_timeout, left)))
        piece = raw.read1(READ_SIZE, decode_content=True)
        if not piece:
            if raw.closed or getattr(raw, "length_remaining", None) in (0, None):
                return
            continue
        yield piece


def _read_bounded(url: str, chunks: Iterator[bytes], max_bytes: int, deadline: float | None,
                  started: float, status: int) -> bytes:
    """The body, decompressed, refused once it passes max_bytes (so gzip bombs stop too)."""
    parts: list[bytes] = []
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(url, f"response larger than {max_bytes} bytes", status=status)
        if deadline is not None and time.monotonic() - started > deadline:
            raise FetchError(url, f"download took longer than {deadline:g} s", status=status)
        parts.append(chunk)
    return b"".join(parts)


def _charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'").lower()
    return None


# --- local files --------------------------------------------------------------------------------

def _looks_like_path(url: str) -> bool:
    """A plain filesystem path rather than a URL ("/srv/feed.xml", "./feed.xml")."""
    return "://" not in url and not urlsplit(url).scheme


def _read_file(url: str, *, max_bytes: int, last_modified: str | None) -> FetchResult:
    path = file_path(url)
    try:
        stat = path.stat()
        stamp = formatdate(stat.st_mtime, usegmt=True)
        final_url = path.resolve().as_uri()
        content_type = mimetypes.guess_type(path.name)[0]
        if last_modified and last_modified == stamp:
            return FetchResult(url, final_url, 304, b"", content_type, None, stamp, True)
        if stat.st_size > max_bytes:
            raise FetchError(url, f"file larger than {max_bytes} bytes")
        with path.open("rb") as handle:
            body = handle.read(max_bytes + 1)
    except FileNotFoundError as exc:
        raise FetchError(url, "file not found", status=404) from exc
    except IsADirectoryError as exc:
        raise FetchError(url, "is a directory, not a file") from exc
    except OSError as exc:
        raise FetchError(url, f"could not read file: {exc.strerror or exc}") from exc
    if len(body) > max_bytes:
        raise FetchError(url, f"file larger than {max_bytes} bytes")
    return FetchResult(url=url, final_url=final_url, status=200, body=body,
                       content_type=content_type, etag=None, last_modified=stamp,
                       not_modified=False)


def file_path(url: str) -> Path:
    """The filesystem path of a file:// URL or plain path."""
    parts = urlsplit(url)
    if parts.scheme.lower() == "file":
        return Path(url2pathname(parts.path))
    return Path(url)


# --- SSRF guard ---------------------------------------------------------------------------------

def check_public_url(url: str, allow_hosts: Collection[str] = (), *,
                     resolve: Callable[[str, int], list[str]] | None = None) -> None:
    """Refuse (FetchError) a URL whose host is or resolves to a non-public address.

    Private, loopback, link-local, multicast, reserved and unspecified addresses are refused
    unless the host (or "host:port") is in ``allow_hosts``; that keeps an article link from
    making the monitor probe its own network (cloud metadata at 169.254.169.254, a router's
    admin page). Non-HTTP URLs are not this guard's business and pass. The check resolves the
    name itself, so a DNS answer that changes between check and connect is not caught; it is a
    guard against links, not against a hostile resolver.
    """
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise FetchError(url, f"invalid URL ({exc})") from exc
    if parts.scheme.lower() not in WEB_SCHEMES:
        return
    host = (parts.hostname or "").lower().rstrip(".")
    if not host:
        raise FetchError(url, "URL has no host")
    allowed = {h.lower().rstrip(".") for h in allow_hosts}
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError as exc:
        raise FetchError(url, "invalid URL (bad port)") from exc
    if host in allowed or f"{host}:{port}" in allowed:
        return
    try:
        addresses = [host] if _is_ip(host) else (resolve or _resolve)(host, port)
    except OSError as exc:
        raise FetchError(url, "DNS lookup failed") from exc
    for address in addresses:
        kind = non_public_kind(address)
        if kind:
            raise FetchError(url, f"host {host} is {kind} address {address}, which is not "
                                  "allowed (add the host to allow_hosts to fetch it)")


def non_public_kind(address: str) -> str | None:
    """"a private", "a loopback", ... for a non-public IP address; None for a public one."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for kind, flag in (("a loopback", ip.is_loopback), ("a link-local", ip.is_link_local),
                       ("a multicast", ip.is_multicast), ("an unspecified", ip.is_unspecified),
                       ("a private", ip.is_private), ("a reserved", ip.is_reserved)):
        if flag:
            return kind
    if not ip.is_global:
        return "a non-public"
    return None


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    return True


def _resolve(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})
