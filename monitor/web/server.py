"""The status page's HTTP server: the standard library's ThreadingHTTPServer around the views.

:class:`StatusServer` listens, turns each HTTP request into a :class:`~monitor.web.views.Request`
for the :class:`~monitor.web.views.WebApp` and writes its ``Response`` back with the security
headers every answer carries. It refuses to listen beyond loopback without a token
(:func:`make_server`), and never logs a ``?token=``.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import socket
import threading
from collections.abc import Callable, Iterable, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from .. import options
from ..errors import ConfigError
from ..names import show_key
from ..options import is_loopback
from ..store.location import StateLocation
from .views import HOST_HEADER, Request, Response, WebApp

log = logging.getLogger(__name__)

#: Every answer carries these: nothing loads from anywhere, no script runs, no framing,
#: the URL (which may hold ?token=) is never sent on as a Referer. A response may set its own
#: Cache-Control (the Atom feeds and the calendar are revalidated, not refetched).
SECURITY_HEADERS: tuple[tuple[str, str], ...] = (
    ("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; "
     "img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Frame-Options", "DENY"),
    ("Cache-Control", "no-store"),
)

#: The largest form body read (the mute form is a few dozen bytes).
MAX_FORM_BYTES = 4096
_TOKEN_IN_URL = re.compile(r"(?<=[?&]token=)[^&\s]*")


# --- configuration helpers ----------------------------------------------------------------------

def parse_listen(value: str) -> tuple[str, int]:
    """``"127.0.0.1:8080"``, ``"[::1]:8080"``, ``"localhost:8080"`` or a bare port (loopback)
    → (host, port). Raises ConfigError naming the value."""
    address = options.parse_listen(value)
    if address is None:
        raise ConfigError(f"http.listen: {value!r} is not HOST:PORT "
                          "(e.g. \"127.0.0.1:8080\" or \"[::1]:8080\")")
    return address


# --- the HTTP server ----------------------------------------------------------------------------

class _Handler(BaseHTTPRequestHandler):
    """Turns each HTTP request into a :class:`Request` for the app; adds security headers."""

    server: _HTTPServer
    server_version = "monitor"
    sys_version = ""
    protocol_version = "HTTP/1.1"
    #: Idle keep-alive connections are closed after this many seconds.
    timeout = 30

    def version_string(self) -> str:
        return self.server_version

    def do_GET(self) -> None:  # noqa: N802 (the http.server naming)
        self._answer(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(send_body=False)

    def do_POST(self) -> None:  # noqa: N802
        """The one form the page has (mute a season): a small urlencoded body, read whole."""
        length = self.headers.get("Content-Length", "").strip()
        if not length.isdigit() or int(length) > MAX_FORM_BYTES:
            self.send_error(413 if length.isdigit() else 411)
            return
        self._answer(send_body=True, body=self.rfile.read(int(length)))

    def __getattr__(self, name: str) -> Any:
        # http.server looks up do_<METHOD>; every other method is answered 405, not 501.
        if name.startswith("do_"):
            return lambda: self._answer(send_body=True)
        raise AttributeError(name)

    def _answer(self, *, send_body: bool, body: bytes | None = None) -> None:
        try:
            response = self.server.app.respond(self._request(body or b""))
        except Exception:  # a bug must cost one page, never the server
            log.exception("status page: error answering %s", self._redacted(self.path))
            response = Response(500, "text/plain; charset=utf-8", b"Internal error\n")
        self.send_response(response.status)
        if body is None and (self.headers.get("Content-Length", "0").strip() not in ("", "0")
                             or "Transfer-Encoding" in self.headers):
            # A request body is never read, so it must not be taken for the next request.
            self.close_connection = True
            self.send_header("Connection", "close")
        own = {name.lower() for name, _ in response.headers}
        bodiless = response.status in (204, 304)
        for name, value in (("Content-Type", response.content_type),
                            *(() if bodiless else (("Content-Length", str(len(response.body))),)),
                            *((n, v) for n, v in SECURITY_HEADERS if n.lower() not in own),
                            *response.headers):
            self.send_header(name, value)
        self.end_headers()
        if send_body and not bodiless:
            self.wfile.write(response.body)

    def _request(self, body: bytes = b"") -> Request:
        target = self.path.split("#", 1)[0]
        path, _, query_text = target.partition("?")
        # An absolute-form target ("http://host/path") is reduced to its path.
        if "://" in path:
            path = urlsplit(path).path or "/"
        query = {k: v[-1] for k, v in parse_qs(query_text, keep_blank_values=True).items()}
        headers = {k.lower(): v for k, v in self.headers.items()}
        host = headers.get("host", "")
        if not HOST_HEADER.match(host):
            host = self.server.netloc
        # The path stays percent-encoded: the show slug in it is decoded by the route.
        return Request(method=self.command, path=path, query=query, headers=headers,
                       base_url=f"http://{host}", query_token=query.get("token"), body=body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (base signature)
        log.debug("status page: %s %s", self.address_string(),
                  self._redacted(format % args))

    @staticmethod
    def _redacted(text: str) -> str:
        return _TOKEN_IN_URL.sub("***", text)


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    app: WebApp
    netloc: str


class _HTTPServer6(_HTTPServer):
    address_family = socket.AF_INET6


class StatusServer:
    """The status page listening on a socket. ``start()`` serves in a background thread;
    ``serve_forever()`` serves in the caller's (stop it from another thread or a signal
    handler that calls ``stop()`` from a thread); ``stop()`` ends either and closes the store."""

    def __init__(self, httpd: _HTTPServer, app: WebApp) -> None:
        self._httpd = httpd
        self.app = app
        self._thread: threading.Thread | None = None
        self._serving = threading.Event()

    @property
    def host(self) -> str:
        return str(self._httpd.server_address[0])

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        """The base URL, e.g. ``http://127.0.0.1:8080/``."""
        return f"http://{self._httpd.netloc}/"

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self.serve_forever, name="monitor-web",
                                        daemon=True)
        self._thread.start()

    def serve_forever(self) -> None:
        self._serving.set()
        log.info("status page at %s", self.url)
        try:
            self._httpd.serve_forever(poll_interval=0.25)
        finally:
            self._serving.clear()

    def stop(self) -> None:
        if self._serving.is_set():
            self._httpd.shutdown()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None
        self._httpd.server_close()
        self.app.close()

    def __enter__(self) -> StatusServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def make_server(state: Path | StateLocation, host: str, port: int, *,
                token: str | None = None, feed_names: Mapping[str, str] | None = None,
                public_url: str | None = None, trust_forwarded: bool = False,
                watched: Iterable[str] = (),
                clock: Callable[[], dt.datetime] | None = None) -> StatusServer:
    """The status page for the ``state`` (a file or a database) bound to ``host:port``
    (port 0: any free port).

    A non-loopback ``host`` needs a ``token`` (ConfigError otherwise); with a token every
    request must carry it. ``feed_names`` maps feed URLs to display names (configured feeds
    are listed on /feeds even before their first poll). ``public_url`` is where people reach
    the pages (absolute links start there); ``trust_forwarded`` believes a proxy's
    X-Forwarded-Proto/Host instead; ``watched`` names the shows the watch list holds (any
    spelling). Raises ConfigError if the address cannot be bound.
    """
    token = token or None
    if not is_loopback(host) and token is None:
        raise ConfigError(
            f"http.listen: the status page would listen on {host or 'every interface'}, "
            "which is not a loopback address, without a token; set http.token_env to a "
            "variable holding a long random token, or listen on 127.0.0.1")
    bare = host.strip("[]")
    server_class = _HTTPServer6 if ":" in bare else _HTTPServer
    try:
        httpd = server_class((bare, port), _Handler)
    except OSError as exc:
        raise ConfigError(f"http.listen: cannot listen on {host}:{port}: "
                          f"{exc.strerror or exc}") from exc
    bound_host, bound_port = str(httpd.server_address[0]), int(httpd.server_address[1])
    shown = f"[{bound_host}]" if ":" in bound_host else bound_host
    httpd.netloc = f"{shown}:{bound_port}"
    httpd.app = WebApp(StateLocation.of(state), token=token,
                       feed_names=dict(feed_names or {}),
                       public_url=public_url, trust_forwarded=trust_forwarded,
                       watched=frozenset(show_key(t) for t in watched),
                       **({"clock": clock} if clock is not None else {}))
    return StatusServer(httpd, httpd.app)


__all__ = ["SECURITY_HEADERS", "StatusServer", "make_server", "parse_listen"]
