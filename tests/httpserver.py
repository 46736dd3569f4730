"""A real HTTP server on 127.0.0.1 for tests: a thread, port 0, a small routing table.

Tests talk to it with the real ``requests`` stack, so timeouts, redirects, gzip, chunked bodies
and broken connections behave as they do on the network, without touching the network.

    def test_x(http_server):
        http_server.route("/feed.xml", Response(200, b"<rss/>", {"ETag": '"v1"'}))
        http_server.route("/flaky", [Response(500), Response(200, "ok")])   # one per request
        http_server.route("/echo", lambda req: Response(200, req.body))     # computed
        url = http_server.url("/feed.xml")
        ...
        assert http_server.requests[0].headers["User-Agent"].startswith("monitor/")

A route's answer is a ``Response``, a callable taking the ``Request`` and returning one, or a
list of those consumed one per request (the last one repeats). A ``Response`` can also stall
before its body (``stall``), stream a body in chunks without a length (``chunks``), or reset the
connection instead of answering (``reset=True``). Stalls wait on the server's stop event, so
shutting the server down releases them at once; no test waits out a stall.

For fault injection a body can also be generated per request (``stream``: a function returning
an iterable of byte pieces, so a 50 MB body is never held in memory) and trickled
(``chunk_delay`` seconds between pieces); ``bytes_sent(path)`` says how much of a body actually
went out before the client hung up.
"""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


@dataclass(frozen=True)
class Request:
    """One request the server received."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: Mapping[str, str]
    body: bytes
    #: The client's TCP port: requests on one kept-alive connection share it.
    client_port: int = 0

    def header(self, name: str) -> str | None:
        """The header's value, matched case-insensitively; None when absent."""
        for key, value in self.headers.items():
            if key.lower() == name.lower():
                return value
        return None


@dataclass(frozen=True)
class Response:
    """What the server answers. ``body`` may be str (encoded as UTF-8) or bytes."""

    status: int = 200
    body: bytes | str = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    #: Seconds to stall after the headers, before the body (released early on shutdown).
    stall: float = 0.0
    #: Send these pieces with chunked transfer encoding and no Content-Length (body ignored).
    chunks: Sequence[bytes] | None = None
    #: Close the connection with a TCP reset instead of answering.
    reset: bool = False
    #: Generate the body per request (body and chunks ignored): chunked, or sent as raw pieces
    #: when ``headers`` give a Content-Length (a server trickling a body of announced size).
    stream: Callable[[], Iterable[bytes]] | None = None
    #: Seconds between chunks (a trickle); released early on shutdown.
    chunk_delay: float = 0.0


Handler = Callable[[Request], Response]
Route = Response | Handler | list[Response | Handler]


class LocalHTTPServer:
    """A ThreadingHTTPServer on 127.0.0.1:0 with a routing table and a log of requests."""

    def __init__(self) -> None:
        self._routes: dict[str, Route] = {}
        self._lock = threading.Lock()
        self.requests: list[Request] = []
        self._sent: dict[str, int] = {}
        self.stop_event = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(self))
        self._httpd.daemon_threads = True
        self.port: int = self._httpd.server_address[1]
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._httpd.serve_forever,
                                        kwargs={"poll_interval": 0.05}, daemon=True)

    def start(self) -> LocalHTTPServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        """Release stalled handlers, stop serving and close the listening socket."""
        self.stop_event.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> LocalHTTPServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def url(self, path: str = "/") -> str:
        """The absolute URL of a path on this server."""
        return self.base_url + (path if path.startswith("/") else "/" + path)

    def route(self, path: str, answer: Route | Iterable[Response | Handler]) -> None:
        """Answer requests for ``path`` (query string ignored) with ``answer``."""
        if not isinstance(answer, Response) and not callable(answer):
            answer = list(answer)
        with self._lock:
            self._routes[path] = answer

    def requests_to(self, path: str) -> list[Request]:
        """The requests received so far for one path."""
        with self._lock:
            return [r for r in self.requests if r.path == path]

    def bytes_sent(self, path: str) -> int:
        """Body bytes written for ``path`` so far (all requests), as far as the socket took."""
        with self._lock:
            return self._sent.get(path, 0)

    def _count_sent(self, path: str, n: int) -> None:
        with self._lock:
            self._sent[path] = self._sent.get(path, 0) + n

    def _answer(self, request: Request) -> Response:
        with self._lock:
            self.requests.append(request)
            route = self._routes.get(request.path)
            if isinstance(route, list):
                step = route.pop(0) if len(route) > 1 else route[0]
            else:
                step = route
        if step is None:
            return Response(404, "not found", {"Content-Type": "text/plain"})
        return step if isinstance(step, Response) else step(request)


def _make_handler(server: LocalHTTPServer) -> type[BaseHTTPRequestHandler]:
    class _Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out in separate writes; with Nagle on, the client's delayed ACK
        # adds ~40 ms to every response.
        disable_nagle_algorithm = True

        def _handle(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            parts = urlsplit(self.path)
            request = Request(self.command, parts.path, parse_qs(parts.query),
                              dict(self.headers.items()), body, self.client_address[1])
            _send(self, server.stop_event, server._answer(request),
                  lambda n: server._count_sent(parts.path, n))

        do_GET = do_HEAD = do_POST = do_PUT = do_DELETE = do_PATCH = _handle

        def log_message(self, format: str, *args: object) -> None:
            pass  # keep test output clean

    return _Handler


def _send(h: BaseHTTPRequestHandler, stop: threading.Event, resp: Response,
          sent: Callable[[int], None] = lambda n: None) -> None:
    if resp.reset:
        # SO_LINGER with a zero timeout turns close() into a TCP RST.
        h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        h.close_connection = True
        h.connection.close()
        return
    body = resp.body.encode("utf-8") if isinstance(resp.body, str) else resp.body
    headers = {k.lower(): v for k, v in resp.headers.items()}
    try:
        h.send_response(resp.status)
        for key, value in resp.headers.items():
            h.send_header(key, value)
        if "content-type" not in headers and (body or resp.chunks):
            h.send_header("Content-Type", "text/plain; charset=utf-8")
        chunked = resp.chunks is not None or (
            resp.stream is not None and "content-length" not in headers)
        if chunked:
            h.send_header("Transfer-Encoding", "chunked")
        elif "content-length" not in headers:
            h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.flush()
        if resp.stall and stop.wait(resp.stall):
            h.close_connection = True
            return
        if h.command == "HEAD":
            return
        pieces = resp.stream() if resp.stream is not None else resp.chunks
        if pieces is not None:
            for i, piece in enumerate(pieces):
                if i and resp.chunk_delay and stop.wait(resp.chunk_delay):
                    h.close_connection = True
                    return
                h.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece) if chunked else piece)
                h.wfile.flush()
                sent(len(piece))
            if chunked:
                h.wfile.write(b"0\r\n\r\n")
        else:
            h.wfile.write(body)
            sent(len(body))
        h.wfile.flush()
    except (BrokenPipeError, ConnectionResetError):
        h.close_connection = True  # the client gave up (e.g. body too large); that is fine
