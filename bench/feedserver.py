"""A local feed server for the poll and soak benchmarks, run in its own PROCESS.

The server runs in a child process (multiprocessing) so its request handling does not compete
with the measured client for the GIL. It listens on 127.0.0.1 only and serves:

- ``/feed/<i>.xml``: an RSS feed of ``ITEMS_PER_FEED`` items; its ETag names the feed's
  generation, and a conditional GET with that ETag gets ``304 Not Modified``;
- ``/article/<i>/<k>.html``: an article page from the benchmark corpus;
- ``POST /_bump`` (body: feed numbers, comma-separated): those feeds move to their next
  generation, each adding one new item;
- ``POST /_hook``: a webhook receiver that accepts everything (204);
- ``/_stats``: connections accepted and requests served so far (JSON).

Feed ``i`` at generation ``g`` lists items ``g - ITEMS_PER_FEED + 1 .. g``; every
``auto_bump``-th request to a feed moves it on by itself (for the soak; 0: never).
"""

from __future__ import annotations

import email.utils
import json
import multiprocessing as mp
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from corpus import make_corpus

ITEMS_PER_FEED = 10
BASE_DATE = 1_700_000_000  # item k is dated BASE_DATE + k hours


class _State:
    def __init__(self, corpus_pages: int, auto_bump: int) -> None:
        self.pages = [p.body for p in make_corpus(corpus_pages)]
        self.generation: dict[int, int] = {}
        self.hits: dict[int, int] = {}
        self.auto_bump = auto_bump
        self.served = {"connections": 0, "feed_200": 0, "feed_304": 0, "article": 0,
                       "other": 0}
        self.lock = threading.Lock()

    def feed(self, i: int, if_none_match: str | None) -> tuple[int, bytes, str]:
        with self.lock:
            self.hits[i] = self.hits.get(i, 0) + 1
            if self.auto_bump and self.hits[i] % self.auto_bump == 0:
                self.generation[i] = self.generation.get(i, 0) + 1
            g = self.generation.get(i, 0)
        etag = f'"f{i}-g{g}"'
        if if_none_match == etag:
            self.served["feed_304"] += 1
            return 304, b"", etag
        self.served["feed_200"] += 1
        return 200, rss(i, g), etag

    def bump(self, feeds: list[int]) -> None:
        with self.lock:
            for i in feeds:
                self.generation[i] = self.generation.get(i, 0) + 1


def rss(i: int, g: int) -> bytes:
    items = []
    for k in range(g - ITEMS_PER_FEED + 1, g + 1):
        date = email.utils.formatdate(BASE_DATE + k * 3600, usegmt=True)
        items.append(f"<item><title>Feed {i} story {k}</title>"
                     f"<link>/article/{i}/{k}.html</link>"
                     f'<guid isPermaLink="false">feed-{i}-item-{k}</guid>'
                     f"<pubDate>{date}</pubDate>"
                     f"<description>Story {k} of feed {i}.</description></item>")
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Bench feed {i}</title><link>/</link><description>bench</description>"
            f'{"".join(items)}</channel></rss>').encode()


def _handler(state: _State) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def setup(self) -> None:
            super().setup()
            with state.lock:
                state.served["connections"] += 1

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            path = self.path.split("?", 1)[0]
            if path.startswith("/feed/") and path.endswith(".xml"):
                status, body, etag = state.feed(int(path[6:-4]),
                                                self.headers.get("If-None-Match"))
                self._send(status, body, "application/rss+xml", {"ETag": etag})
            elif path.startswith("/article/"):
                _, _, i, k = path.split("/")
                page = state.pages[(int(i) * 31 + int(k.split(".")[0])) % len(state.pages)]
                state.served["article"] += 1
                self._send(200, page, "text/html; charset=utf-8")
            elif path == "/_stats":
                self._send(200, json.dumps(state.served).encode(), "application/json")
            else:
                state.served["other"] += 1
                self._send(404, b"not found", "text/plain")

        def do_POST(self) -> None:  # noqa: N802
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
            if self.path == "/_bump":
                state.bump([int(x) for x in body.split(",") if x])
                self._send(204, b"", "text/plain")
            elif self.path == "/_hook":
                with state.lock:
                    state.served["webhook"] = state.served.get("webhook", 0) + 1
                self._send(204, b"", "text/plain")
            else:
                self._send(404, b"not found", "text/plain")

        def _send(self, status: int, body: bytes, ctype: str,
                  extra: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            for key, value in (extra or {}).items():
                self.send_header(key, value)
            if status != 304:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if status not in (204, 304):
                self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256


def _serve(port_out: Any, stop: Any, corpus_pages: int, auto_bump: int) -> None:
    state = _State(corpus_pages, auto_bump)
    httpd = _Server(("127.0.0.1", 0), _handler(state))
    port_out.put(httpd.server_address[1])
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.1},
                              daemon=True)
    thread.start()
    stop.wait()
    httpd.shutdown()
    httpd.server_close()


class FeedServer:
    """The server process: ``with FeedServer() as server: server.url("/feed/0.xml")``."""

    def __init__(self, *, corpus_pages: int = 60, auto_bump: int = 0) -> None:
        ctx = mp.get_context("spawn")  # a clean interpreter: nothing of the client is copied
        self._port: Any = ctx.Queue()
        self._stop = ctx.Event()
        self.process = ctx.Process(target=_serve, args=(self._port, self._stop, corpus_pages,
                                                        auto_bump), daemon=True)
        self.port = 0

    def __enter__(self) -> FeedServer:
        self.process.start()
        self.port = int(self._port.get(timeout=60))
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self.process.join(timeout=10)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(timeout=5)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    @property
    def pid(self) -> int:
        return int(self.process.pid or 0)
