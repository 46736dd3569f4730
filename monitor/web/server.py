"""The status page: a read-only web view of the state file, its JSON twin and an Atom feed.

Pages: ``/`` (every season and its status), ``/show/<show>/season/<n>`` (a season's time line and
alerts; ``-`` is the "no season" form), ``/feeds`` (feed health), ``/alerts`` (the outbox) and
``/alerts.atom``; JSON under ``/api/``. Served by the standard library's ThreadingHTTPServer with
Jinja2 templates from ``monitor/web/templates/``; no JavaScript, no build step.

What this module must never do:

- write anything: only GET and HEAD are answered (anything else is 405) and only the read methods
  of :class:`~monitor.state.StateStore` are called;
- trust article text: every template is autoescaped, only http/https URLs become links, the Atom
  feed is XML-escaped and stripped of characters XML forbids;
- listen beyond loopback without a token: :func:`make_server` refuses to start, and with a token
  every request needs ``Authorization: Bearer <token>`` or ``?token=<token>``.

One :class:`StateStore` is shared by the request threads (it serialises its own use with a lock);
it is opened on the first request after the state file exists, so the page can start before the
first poll. WAL mode lets the daemon write while pages are read.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hmac
import json
import logging
import re
import socket
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit

import jinja2
import markupsafe

from .. import options
from ..errors import ConfigError, StateError
from ..models import SEASON_ALERT_KINDS, STATUS_RANK, Alert
from ..names import show_key
from ..options import is_loopback
from ..store.reconcile import Disagreement
from ..store.state import AlertRecord, FeedState, HistoryRow, SeasonRow, StateStore
from ..wording import (
    claim_text,
    disagreement_line,
    disagreement_text,
    human_date,
    late_text,
    moved_text,
    sentence,
    sources_count,
)

log = logging.getLogger(__name__)

TEMPLATES_DIR = Path(__file__).parent / "templates"

STATUS_LABELS: dict[str | None, str] = {
    "renewed": "Renewed",
    "filming": "Filming",
    "wrapped": "Wrapped",
    "premiere_scheduled": "Premiere scheduled",
    "cancelled": "Cancelled",
    None: "Unconfirmed",
}
KIND_LABELS: dict[str, str] = {
    "renewed": "Renewed",
    "filming_started": "Filming started",
    "filming_wrapped": "Filming wrapped",
    "premiere": "Premiere",
    "cancelled": "Cancelled",
    "episode_count": "Episode count",
}
#: The statuses the index can be filtered by, in their order.
STATUS_CHOICES: tuple[str, ...] = ("renewed", "filming", "wrapped", "premiere_scheduled",
                                   "cancelled")
SORTS = ("show", "updated")
#: How many of the newest alerts the Atom feed carries.
ATOM_ENTRIES = 200
ALLOWED_METHODS = "GET, HEAD"
#: Every answer carries these: nothing loads from anywhere, no script runs, no framing,
#: the URL (which may hold ?token=) is never sent on as a Referer.
SECURITY_HEADERS: tuple[tuple[str, str], ...] = (
    ("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; "
     "img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Frame-Options", "DENY"),
    ("Cache-Control", "no-store"),
)
HTML_TYPE = "text/html; charset=utf-8"
JSON_TYPE = "application/json; charset=utf-8"
ATOM_TYPE = "application/atom+xml; charset=utf-8"

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-(SP|SU|FA|WI))?$")
#: Characters XML 1.0 forbids even as references; article text may carry them.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_HOST_HEADER = re.compile(r"^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$")
_TOKEN_IN_URL = re.compile(r"(?<=[?&]token=)[^&\s]*")
_BEARER = re.compile(r"^\s*Bearer\s+(\S+)\s*$", re.IGNORECASE)


# --- configuration helpers ----------------------------------------------------------------------

def parse_listen(value: str) -> tuple[str, int]:
    """``"127.0.0.1:8080"``, ``"[::1]:8080"``, ``"localhost:8080"`` or a bare port (loopback)
    → (host, port). Raises ConfigError naming the value."""
    address = options.parse_listen(value)
    if address is None:
        raise ConfigError(f"http.listen: {value!r} is not HOST:PORT "
                          "(e.g. \"127.0.0.1:8080\" or \"[::1]:8080\")")
    return address


# --- display helpers (Jinja filters; pure) ------------------------------------------------------

def status_label(status: str | None) -> str:
    return STATUS_LABELS.get(status, (status or "").replace("_", " ").capitalize())


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind.replace("_", " ").capitalize())


def machine_date(date: str | None) -> str | None:
    """The value for ``<time datetime=…>``: only the forms HTML accepts (YYYY, YYYY-MM,
    YYYY-MM-DD)."""
    match = _PARTIAL_DATE.match(date or "")
    if not match:
        return None
    return match.group(1) if match.group(4) else date


def format_moment(moment: dt.datetime | dt.date | None) -> str:
    if moment is None:
        return ""
    if isinstance(moment, dt.datetime):
        if moment.tzinfo is not None:
            moment = moment.astimezone(dt.UTC)
        return moment.strftime("%Y-%m-%d %H:%M UTC")
    return moment.isoformat()


def http_href(url: str | None) -> str | None:
    """``url`` if it may be a link (http or https with a host), else None: shown as text."""
    if not url or one_line(url) != url.strip():
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def season_label(season: int | None) -> str:
    return "No season" if season is None else f"Season {season}"


def season_title(show: str, season: int | None) -> str:
    return show if season is None else f"{show} S{season}"


def season_path(key: str, season: int | None) -> str:
    """``/show/jessica-jones/season/2``; the show part is its key with hyphens for spaces
    (read back through :func:`show_key`), ``-`` for "no season"."""
    slug = quote(key.replace(" ", "-"), safe="")
    return f"/show/{slug}/season/{'-' if season is None else season}"


def api_season_path(key: str, season: int | None) -> str:
    """``/api/seasons/jessica-jones/2``: the JSON twin of :func:`season_path`."""
    slug = quote(key.replace(" ", "-"), safe="")
    return f"/api/seasons/{slug}/{'-' if season is None else season}"


def one_line(text: str) -> str:
    """``text`` without control characters, its whitespace collapsed (titles, log lines)."""
    return " ".join(_CONTROL.sub(" ", text).split())


def alert_title(alert: Alert) -> str:
    """"Jessica Jones S2: filming → wrapped" (the Atom entry title)."""
    title = season_title(one_line(alert.show), alert.season) or "monitor"
    to_label = status_label(alert.to_status).lower()
    if alert.kind == "premiere_window":
        return f"{title}: premiere window {human_date(alert.date) or 'changed'}"
    if alert.kind in ("premiere_moved", "episodes_changed"):
        return f"{title}: {moved_text(alert) or alert.kind.replace('_', ' ')}"
    if alert.kind == "test":
        return f"{title}: test alert"
    if alert.kind == "operator":
        return f"monitor: {one_line(alert.evidence)[:120] or 'notice'}"
    from_label = status_label(alert.from_status).lower() if alert.from_status else "new"
    late = " (reported late)" if alert.reported_late else ""
    return f"{title}: {from_label} → {to_label}{late}"


# --- JSON shapes (one per kind of row; the pages show the same data) ----------------------------

def season_json(row: SeasonRow) -> dict[str, Any]:
    return {
        "show": row.show, "show_key": row.show_key, "season": row.season,
        "status": row.status, "status_label": status_label(row.status), "since": row.since,
        "premiere": row.premiere, "premiere_certainty": row.premiere_certainty,
        "speculative_premiere": row.speculative_premiere, "episode_count": row.episode_count,
        "sources": row.sources, "updated_at": row.updated_at.isoformat(),
        "disagreements": [disagreement_json(d) for d in row.disagreements],
        "links": {"html": season_path(row.show_key, row.season),
                  "api": api_season_path(row.show_key, row.season)},
    }


def disagreement_json(disagreement: Disagreement) -> dict[str, Any]:
    """One kind of fact sources disagree on: in words, and each value with its sources (the
    value the season goes by first)."""
    return {
        "kind": disagreement.kind, "text": disagreement_text(disagreement),
        "claims": [{"date": c.date, "value": c.value, "certainty": c.certainty,
                    "sources": list(c.sources), "first_reported": c.first_published.isoformat()}
                   for c in disagreement.claims],
    }


def history_json(row: HistoryRow) -> dict[str, Any]:
    return {
        "reported": row.published.isoformat(), "show": row.show, "season": row.season,
        "kind": row.kind, "kind_label": kind_label(row.kind), "date": row.date,
        "value": row.value, "certainty": row.certainty, "evidence": row.evidence,
        "sources": [{"url": url, "published": published.isoformat()}
                    for url, published in zip(row.sources, row.source_published, strict=False)],
        "disagreement": disagreement_text(row.disagreement) if row.disagreement else None,
    }


def alert_json(record: AlertRecord) -> dict[str, Any]:
    alert = record.alert
    return {
        **alert.payload(), "title": alert_title(alert),
        "season_page": (season_path(show_key(alert.show), alert.season)
                        if alert.kind in SEASON_ALERT_KINDS else None),
        "deliveries": [{
            "channel": d.channel, "state": d.state, "attempts": d.attempts,
            "next_attempt_at": _iso(d.next_attempt_at), "last_error": d.last_error,
            "delivered_at": _iso(d.delivered_at),
        } for d in record.deliveries],
    }


def feed_json(feed: FeedState, name: str | None) -> dict[str, Any]:
    return {
        "feed_url": feed.feed_url, "name": name,
        "last_polled_at": _iso(feed.last_polled_at),
        "last_success_at": _iso(feed.last_success_at),
        "consecutive_failures": feed.consecutive_failures, "last_error": feed.last_error,
        "unhealthy": feed.unhealthy,
    }


def _iso(moment: dt.datetime | None) -> str | None:
    return moment.isoformat() if moment else None


# --- the application: a request in, a Response out ----------------------------------------------

@dataclass(frozen=True)
class Request:
    method: str
    path: str
    query: Mapping[str, str]
    headers: Mapping[str, str]
    #: "http://host:port" as the client reached us (for the Atom feed's absolute links).
    base_url: str
    #: The token, when the client passed it in the query: internal links carry it on.
    query_token: str | None = None


@dataclass(frozen=True)
class Response:
    status: int
    content_type: str
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()


class NotFound(Exception):
    """The path names no page, or a season the store has never seen."""


Handler = Callable[["WebApp", Request, tuple[str, ...]], Response]


@dataclass
class _Route:
    pattern: re.Pattern[str]
    handler: Handler


def _route(pattern: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        ROUTES.append(_Route(re.compile(f"^{pattern}$"), handler))
        return handler
    return register


ROUTES: list[_Route] = []
#: "/<show slug>/<season number or ->" in API paths.
_SEASON = r"/([^/]+)/(\d{1,6}|-)"


@dataclass
class WebApp:
    """The status pages over one state file: :meth:`respond` maps a request to a response.
    No sockets here; :class:`StatusServer` serves it."""

    state_path: Path
    token: str | None = None
    feed_names: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._store: StateStore | None = None
        self._store_lock = threading.Lock()
        self._env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR)),
            autoescape=True, undefined=jinja2.StrictUndefined,
            trim_blocks=True, lstrip_blocks=True, finalize=_printable,
        )
        self._env.filters.update(
            status_label=status_label, kind_label=kind_label, human_date=human_date,
            machine_date=machine_date, moment=format_moment, href=http_href,
            season_label=season_label, season_title=season_title, alert_title=alert_title,
            show_key=show_key, disagreement_text=disagreement_text,
            disagreement_line=disagreement_line, claim_text=claim_text, late_text=late_text,
            moved_text=moved_text, sources_count=sources_count, sentence=sentence,
        )
        self._env.globals["season_alert_kinds"] = SEASON_ALERT_KINDS

    def close(self) -> None:
        with self._store_lock:
            if self._store is not None:
                self._store.close()
                self._store = None

    # --- dispatch ---

    def respond(self, request: Request) -> Response:
        """The answer to one request: 405 for writes, 401 without the token, else the page."""
        if request.method not in ("GET", "HEAD"):
            return self._error(request, 405, "Method not allowed",
                               "This page is read-only.", (("Allow", ALLOWED_METHODS),))
        if not self.authorized(request):
            # A wrong ?token= is not carried on into the error page's links.
            request = dataclasses.replace(request, query_token=None)
            return self._error(request, 401, "Token required",
                               "Pass the token as “Authorization: Bearer …” or ?token=…",
                               (("WWW-Authenticate", 'Bearer realm="monitor"'),))
        path = request.path.rstrip("/") or "/"
        try:
            for route in ROUTES:
                match = route.pattern.match(path)
                if match:
                    return route.handler(self, request, match.groups())
            raise NotFound(path)
        except NotFound:
            return self._error(request, 404, "Not found", "There is no such page.")
        except StateError as exc:
            log.warning("status page: %s", exc)
            return self._error(request, 503, "State unavailable",
                               "The state file cannot be read just now; try again shortly.")

    def authorized(self, request: Request) -> bool:
        if not self.token:
            return True
        match = _BEARER.match(request.headers.get("authorization", ""))
        offered = [match.group(1)] if match else []
        offered += [request.query_token] if request.query_token is not None else []
        expected = self.token.encode("utf-8")
        return any(hmac.compare_digest(expected, o.encode("utf-8")) for o in offered)

    def store(self) -> StateStore | None:
        """The shared store, opened once the state file exists (None before the first poll)."""
        with self._store_lock:
            if self._store is None and self.state_path.exists():
                self._store = StateStore(self.state_path)
            return self._store

    # --- rendering ---

    def render(self, request: Request, template: str, status: int = 200,
               headers: tuple[tuple[str, str], ...] = (), **context: Any) -> Response:
        def link(path: str, **params: Any) -> str:
            query = {k: v for k, v in params.items() if v not in (None, "")}
            if request.query_token is not None:
                query["token"] = request.query_token
            return path + ("?" + urlencode(query) if query else "")

        html = self._env.get_template(template).render(
            link=link, season_path=season_path, api_season_path=api_season_path,
            path=request.path, query_token=request.query_token, **context)
        return Response(status, HTML_TYPE, html.encode("utf-8"), headers)

    def _error(self, request: Request, status: int, title: str, message: str,
               headers: tuple[tuple[str, str], ...] = ()) -> Response:
        if request.path.startswith("/api/"):
            body = json.dumps({"error": title, "message": message}).encode("utf-8")
            return Response(status, JSON_TYPE, body, headers)
        return self.render(request, "error.html", status, headers,
                           title=title, message=message, code=status)


def _printable(value: Any) -> Any:
    """Jinja finalize: text from articles loses the control characters HTML and XML cannot
    show (already-safe markup from macros is left alone, so it is not escaped twice)."""
    if isinstance(value, str) and not isinstance(value, markupsafe.Markup):
        return _XML_INVALID.sub("", value)
    return value


def _json(data: object) -> Response:
    return Response(200, JSON_TYPE,
                    json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))


def _season_arg(slug: str, season: str) -> tuple[str, int | None]:
    return show_key(unquote(slug)), None if season == "-" else int(season)


def _filtered_rows(app: WebApp, request: Request) -> tuple[list[SeasonRow], dict[str, str]]:
    """The season rows the index shows: filtered by ``q`` (show name) and ``status``, sorted by
    show (default) or most recently updated first."""
    store = app.store()
    rows = store.status_rows(disagreements=True) if store else []
    q = request.query.get("q", "").strip()
    status = request.query.get("status", "")
    sort = request.query.get("sort", "show")
    if q:
        needle = show_key(q) or q.casefold()
        rows = [r for r in rows if needle in r.show_key or q.casefold() in r.show.casefold()]
    if status in STATUS_RANK:
        rows = [r for r in rows if r.status == status]
    if sort == "updated":
        rows.sort(key=lambda r: r.updated_at, reverse=True)
    return rows, {"q": q, "status": status if status in STATUS_RANK else "",
                  "sort": sort if sort in SORTS else "show"}


def _season_data(app: WebApp, slug: str, season_text: str) -> tuple[
        SeasonRow, list[HistoryRow], list[AlertRecord]]:
    key, season = _season_arg(slug, season_text)
    store = app.store()
    row = store.season_row(key, season) if store and key else None
    if store is None or row is None:
        raise NotFound(slug)
    return row, store.season_history(key, season), store.season_alerts(key, season)


def _feeds(app: WebApp) -> list[tuple[FeedState, str | None]]:
    """Every feed the store knows, plus configured feeds never polled yet."""
    store = app.store()
    states = {f.feed_url: f for f in (store.feed_states() if store else [])}
    for url in app.feed_names:
        states.setdefault(url, FeedState(feed_url=url))
    return [(states[url], app.feed_names.get(url)) for url in sorted(states)]


def _alert_records(app: WebApp, request: Request) -> tuple[list[AlertRecord], bool]:
    store = app.store()
    failed_only = request.query.get("failed", "") in ("1", "true", "yes")
    records = store.list_alerts(failed_only=failed_only) if store else []
    return records[::-1], failed_only


@_route("/")
def _index(app: WebApp, request: Request, _: tuple[str, ...]) -> Response:
    rows, filters = _filtered_rows(app, request)
    return app.render(request, "index.html", rows=rows, filters=filters,
                      statuses=STATUS_CHOICES, has_state=app.store() is not None)


@_route(r"/show/([^/]+)/season/(\d{1,6}|-)")
def _season_page(app: WebApp, request: Request, args: tuple[str, ...]) -> Response:
    row, history, alerts = _season_data(app, args[0], args[1])
    return app.render(request, "season.html", row=row, history=history, alerts=alerts[::-1])


@_route("/feeds")
def _feeds_page(app: WebApp, request: Request, _: tuple[str, ...]) -> Response:
    return app.render(request, "feeds.html", feeds=_feeds(app),
                      has_state=app.store() is not None)


@_route("/alerts")
def _alerts_page(app: WebApp, request: Request, _: tuple[str, ...]) -> Response:
    records, failed_only = _alert_records(app, request)
    return app.render(request, "alerts.html", records=records, failed_only=failed_only,
                      has_state=app.store() is not None)


@_route(r"/alerts\.atom")
def _atom(app: WebApp, request: Request, _: tuple[str, ...]) -> Response:
    records, _failed = _alert_records(app, request)
    records = records[:ATOM_ENTRIES]
    base = request.base_url

    def absolute(path: str) -> str:
        query = f"?token={quote(request.query_token, safe='')}" if request.query_token else ""
        return base + path + query

    entries = []
    for record in records:
        alert = record.alert
        page = (absolute(season_path(show_key(alert.show), alert.season))
                if alert.kind in SEASON_ALERT_KINDS else absolute("/alerts"))
        content = app._env.get_template("atom_entry.html").render(
            alert=alert, title=alert_title(alert), page=page)
        entries.append({"alert": alert, "title": alert_title(alert), "page": page,
                        "content": content, "updated": alert.created_at.isoformat()})
    updated = (max(r.alert.created_at for r in records).isoformat() if records
               else "1970-01-01T00:00:00+00:00")
    xml = app._env.get_template("alerts.atom").render(
        entries=entries, updated=updated, self_url=absolute("/alerts.atom"),
        alerts_url=absolute("/alerts"))
    return Response(200, ATOM_TYPE, _XML_INVALID.sub("", xml).encode("utf-8"))


@_route("/api/seasons")
def _api_seasons(app: WebApp, request: Request, _: tuple[str, ...]) -> Response:
    rows, filters = _filtered_rows(app, request)
    return _json({"seasons": [season_json(r) for r in rows]})


@_route("/api/seasons" + _SEASON)
def _api_season(app: WebApp, request: Request, args: tuple[str, ...]) -> Response:
    row, history, alerts = _season_data(app, args[0], args[1])
    return _json({"season": season_json(row), "history": [history_json(h) for h in history],
                  "alerts": [alert_json(a) for a in alerts]})


@_route("/api/feeds")
def _api_feeds(app: WebApp, request: Request, _: tuple[str, ...]) -> Response:
    return _json({"feeds": [feed_json(f, name) for f, name in _feeds(app)]})


@_route("/api/alerts")
def _api_alerts(app: WebApp, request: Request, _: tuple[str, ...]) -> Response:
    records, _failed = _alert_records(app, request)
    return _json({"alerts": [alert_json(r) for r in records]})


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

    def __getattr__(self, name: str) -> Any:
        # http.server looks up do_<METHOD>; every other method is answered 405, not 501.
        if name.startswith("do_"):
            return lambda: self._answer(send_body=True)
        raise AttributeError(name)

    def _answer(self, *, send_body: bool) -> None:
        try:
            response = self.server.app.respond(self._request())
        except Exception:  # a bug must cost one page, never the server
            log.exception("status page: error answering %s", self._redacted(self.path))
            response = Response(500, "text/plain; charset=utf-8", b"Internal error\n")
        self.send_response(response.status)
        if self.headers.get("Content-Length", "0").strip() not in ("", "0") or \
                "Transfer-Encoding" in self.headers:
            # A request body is never read, so it must not be taken for the next request.
            self.close_connection = True
            self.send_header("Connection", "close")
        for name, value in (("Content-Type", response.content_type),
                            ("Content-Length", str(len(response.body))),
                            *SECURITY_HEADERS, *response.headers):
            self.send_header(name, value)
        self.end_headers()
        if send_body:
            self.wfile.write(response.body)

    def _request(self) -> Request:
        target = self.path.split("#", 1)[0]
        path, _, query_text = target.partition("?")
        # An absolute-form target ("http://host/path") is reduced to its path.
        if "://" in path:
            path = urlsplit(path).path or "/"
        query = {k: v[-1] for k, v in parse_qs(query_text, keep_blank_values=True).items()}
        headers = {k.lower(): v for k, v in self.headers.items()}
        host = headers.get("host", "")
        if not _HOST_HEADER.match(host):
            host = self.server.netloc
        # The path stays percent-encoded: the show slug in it is decoded by the route.
        return Request(method=self.command, path=path, query=query, headers=headers,
                       base_url=f"http://{host}", query_token=query.get("token"))

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


def make_server(state_path: Path, host: str, port: int, *, token: str | None = None,
                feed_names: Mapping[str, str] | None = None) -> StatusServer:
    """The status page for ``state_path`` bound to ``host:port`` (port 0: any free port).

    A non-loopback ``host`` needs a ``token`` (ConfigError otherwise); with a token every
    request must carry it. ``feed_names`` maps feed URLs to display names (configured feeds
    are listed on /feeds even before their first poll). Raises ConfigError if the address
    cannot be bound.
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
    httpd.app = WebApp(Path(state_path), token=token, feed_names=dict(feed_names or {}))
    return StatusServer(httpd, httpd.app)


__all__ = [
    "ROUTES", "Request", "Response", "StatusServer", "WebApp", "human_date", "is_loopback",
    "make_server", "parse_listen", "season_path",
]

