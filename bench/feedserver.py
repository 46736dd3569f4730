"""A local feed and article server for the benchmarks, run in its own PROCESS.

The server runs in a child process (multiprocessing, spawned) so its request handling does not
compete with the measured client for the GIL; ``cpu`` pins it to one CPU. It listens on
127.0.0.1 only and serves:

- ``/feed/<i>.xml``: feed ``i`` with validators: an ETag naming the feed's generation and a
  Last-Modified; a conditional GET matching them gets ``304 Not Modified``;
- ``/plain/<i>.xml``: the same feed without validators: always ``200`` with the whole body, as
  many real feeds answer;
- ``/article/<i>/<k>.html``: the article page of item ``k`` of feed ``i``: a page of the corpus,
  or with ``fresh_articles`` a page of its own (``corpus.make_page``; with ``population`` its
  shows drawn from a ``corpus.Population`` as of item ``k``), so the state of a long
  run keeps growing with new shows, seasons and facts;
- ``/page/<j>.html``: corpus page ``j``;
- ``POST /_bump`` (body: feed numbers, comma-separated): those feeds move to their next
  generation, each adding one new item;
- ``POST /_hook``: a webhook receiver that accepts everything (204);
- ``/_stats``: connections accepted and requests served so far (JSON).

Feeds are RSS 2.0, every fifth one Atom 1.0 (``i % 5 == 4``), with ``items`` entries each: a
headline, link, GUID, date, author, two categories and an HTML summary (two sentences of the
article), as WordPress and news CMSs publish them. Feed ``i`` at generation ``g`` lists items
``g - items + 1 .. g``; with ``auto_bump`` N every N-th request to a feed moves it on by itself
(feeds in turn, offset by their number; for the soak; 0: never).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import html
import json
import multiprocessing as mp
import os
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from corpus import DEFAULT_SEED, Page, Population, make_corpus, make_page, page_preview

ITEMS_PER_FEED = 20
BASE_DATE = 1_700_000_000  # item k of feed i is dated BASE_DATE + k hours + i seconds


def is_atom(i: int) -> bool:
    return i % 5 == 4


def article_page(pages: list[Page], i: int, k: int) -> Page:
    """The corpus page item ``k`` of feed ``i`` links to."""
    return pages[(i * 31 + k) % len(pages)]


def fresh_index(i: int, k: int) -> int:
    """The endless-corpus page (``corpus.make_page``) of item ``k`` of feed ``i``: one each."""
    return i * 1_000_000 + k + 1_000


#: What a feed says about item k of feed i: (headline, main show, summary sentences).
ItemInfo = Callable[[int, int], tuple[str, str, tuple[str, ...]]]


def corpus_item(pages: list[Page]) -> ItemInfo:
    def info(i: int, k: int) -> tuple[str, str, tuple[str, ...]]:
        page = article_page(pages, i, k)
        return page.title, page.main_show, page.sentences[:2]
    return info


def fresh_item(i: int, k: int) -> tuple[str, str, tuple[str, ...]]:
    """What the feed says about an item whose page is ``make_page(fresh_index(i, k))``."""
    return population_item(None)(i, k)


def population_item(population: Population | None) -> ItemInfo:
    """The same, the page's shows drawn from ``population`` as of item ``k`` (when there is
    one)."""
    def info(i: int, k: int) -> tuple[str, str, tuple[str, ...]]:
        titles = population.titles(k) if population is not None else None
        preview = page_preview(fresh_index(i, k), titles=titles)
        return preview.title, preview.main_show, (f"The latest on {preview.main_show}.",)
    return info


def feed_body(item_info: ItemInfo, i: int, g: int, items: int = ITEMS_PER_FEED) -> bytes:
    """Feed ``i`` at generation ``g``: RSS 2.0, or Atom 1.0 for every fifth feed."""
    entries = []
    for k in range(g - items + 1, g + 1):
        headline, show, sentences = item_info(i, k)
        stamp = BASE_DATE + k * 3600 + i
        summary = html.escape(f'<p>{" ".join(sentences)}</p><p><a href="/article/{i}/'
                              f'{k}.html">Read more</a></p>')
        title = html.escape(headline)
        author = html.escape(show.split()[-1] + " Desk")
        if is_atom(i):
            iso = _iso(stamp)
            entries.append(
                f'<entry><title>{title}</title><link rel="alternate" href="/article/{i}/{k}.html"'
                f'/><id>tag:bench.example,2024:feed-{i}-item-{k}</id><published>{iso}</published>'
                f"<updated>{iso}</updated><author><name>{author}</name></author>"
                f'<category term="TV"/><category term="{html.escape(show)}"/>'
                f'<summary type="html">{summary}</summary></entry>')
        else:
            entries.append(
                f"<item><title>{title}</title><link>/article/{i}/{k}.html</link>"
                f'<guid isPermaLink="false">feed-{i}-item-{k}</guid>'
                f"<pubDate>{email.utils.formatdate(stamp, usegmt=True)}</pubDate>"
                f"<dc:creator>{author}</dc:creator><category>TV</category>"
                f"<category>{html.escape(show)}</category>"
                f"<description>{summary}</description></item>")
    if is_atom(i):
        return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
                f"<title>Bench feed {i}</title><id>tag:bench.example,2024:feed-{i}</id>"
                f'<link rel="self" href="/feed/{i}.xml"/><updated>{_iso(BASE_DATE + g * 3600)}'
                f'</updated>{"".join(entries)}</feed>').encode()
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
            f'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Bench feed {i}</title>'
            f"<link>/</link><description>TV news, feed {i}</description><language>en-us"
            f'</language>{"".join(entries)}</channel></rss>').encode()


def _iso(stamp: int) -> str:
    return dt.datetime.fromtimestamp(stamp, dt.UTC).isoformat().replace("+00:00", "Z")


class _State:
    def __init__(self, corpus_pages: int, corpus_seed: int, items: int, auto_bump: int,
                 fresh: bool, population: Population | None = None) -> None:
        self.pages = make_corpus(corpus_pages, corpus_seed)
        self.fresh = fresh
        self.population = population
        self.item_info: ItemInfo = (population_item(population) if fresh
                                    else corpus_item(self.pages))
        self.items = items
        self.generation: dict[int, int] = {}
        self.hits: dict[int, int] = {}
        self.auto_bump = auto_bump
        self.bodies: dict[tuple[int, int], bytes] = {}
        self.served = {"connections": 0, "feed_200": 0, "feed_304": 0, "article": 0,
                       "webhook": 0, "other": 0}
        self.lock = threading.Lock()

    def feed(self, i: int, validators: bool, if_none_match: str | None
             ) -> tuple[int, bytes, dict[str, str]]:
        with self.lock:
            self.hits[i] = self.hits.get(i, 0) + 1
            # Feeds move on in turn (offset by their number), not all on the same poll.
            if self.auto_bump and (self.hits[i] + i) % self.auto_bump == 0:
                self.generation[i] = self.generation.get(i, 0) + 1
            g = self.generation.get(i, 0)
        headers: dict[str, str] = {}
        if validators:
            etag = f'"f{i}-g{g}"'
            headers = {"ETag": etag, "Last-Modified": email.utils.formatdate(
                BASE_DATE + g * 3600 + i, usegmt=True)}
            if if_none_match == etag:
                self.served["feed_304"] += 1
                return 304, b"", headers
        body = self.bodies.get((i, g))
        if body is None:
            body = self.bodies[(i, g)] = feed_body(self.item_info, i, g, self.items)
            self.bodies.pop((i, g - 2), None)
        self.served["feed_200"] += 1
        return 200, body, headers

    def bump(self, feeds: list[int]) -> None:
        with self.lock:
            for i in feeds:
                self.generation[i] = self.generation.get(i, 0) + 1


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
            if path.endswith(".xml") and path.startswith(("/feed/", "/plain/")):
                validators = path.startswith("/feed/")
                i = int(path.rsplit("/", 1)[1][:-4])
                status, body, headers = state.feed(i, validators,
                                                   self.headers.get("If-None-Match"))
                ctype = "application/atom+xml" if is_atom(i) else "application/rss+xml"
                self._send(status, body, ctype, headers)
            elif path.startswith("/article/"):
                _, _, i, k = path.split("/")
                feed, item = int(i), int(k.split(".")[0])
                titles = (state.population.titles(item) if state.population is not None
                          else None)
                page = (make_page(fresh_index(feed, item), titles=titles) if state.fresh
                        else article_page(state.pages, feed, item))
                state.served["article"] += 1
                self._send(200, page.body, page.content_type)
            elif path.startswith("/page/"):
                page = state.pages[int(path[6:].split(".")[0]) % len(state.pages)]
                state.served["article"] += 1
                self._send(200, page.body, page.content_type)
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
                    state.served["webhook"] += 1
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


def _serve(port_out: Any, stop: Any, corpus_pages: int, corpus_seed: int, items: int,
           auto_bump: int, fresh: bool, cpu: int | None,
           population: Population | None = None) -> None:
    if cpu is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {cpu})
    state = _State(corpus_pages, corpus_seed, items, auto_bump, fresh, population)
    httpd = _Server(("127.0.0.1", 0), _handler(state))
    port_out.put(httpd.server_address[1])
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.1},
                              daemon=True)
    thread.start()
    stop.wait()
    httpd.shutdown()
    httpd.server_close()


def other_cpu() -> int | None:
    """A CPU for the server other than the first one this process may use (the client's)."""
    if not hasattr(os, "sched_getaffinity"):
        return None
    cpus = sorted(os.sched_getaffinity(0))
    return cpus[1] if len(cpus) > 1 else None


class FeedServer:
    """The server process: ``with FeedServer() as server: server.url("/feed/0.xml")``."""

    def __init__(self, *, corpus_pages: int = 60, corpus_seed: int = DEFAULT_SEED,
                 items: int = ITEMS_PER_FEED, auto_bump: int = 0, fresh_articles: bool = False,
                 cpu: int | None = None, population: Population | None = None) -> None:
        ctx = mp.get_context("spawn")  # a clean interpreter: nothing of the client is copied
        self._port: Any = ctx.Queue()
        self._stop = ctx.Event()
        self.process = ctx.Process(target=_serve, args=(
            self._port, self._stop, corpus_pages, corpus_seed, items, auto_bump, fresh_articles,
            cpu, population),
            daemon=True)
        self.port = 0

    def __enter__(self) -> FeedServer:
        self.process.start()
        self.port = int(self._port.get(timeout=120))
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
