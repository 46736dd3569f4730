"""The status pages as a function: a ``Request`` in, a ``Response`` out, no sockets.

Pages: ``/`` (every season and its status), ``/show/<show>/season/<n>`` (a season's time line and
alerts; ``-`` is the "no season" form), ``/feeds`` (feed health), ``/alerts`` (the outbox) and
``/alerts.atom``; JSON under ``/api/``. Jinja2 templates from ``monitor/web/templates/``; no
JavaScript, no build step. :mod:`monitor.web.server` puts :class:`WebApp` on a socket.

What this module must never do:

- write anything: only GET and HEAD are answered (anything else is 405) and only the read methods
  of the state store are called;
- trust article text: every template is autoescaped, only http/https URLs become links, the Atom
  feed is XML-escaped and stripped of characters XML forbids;
- answer without the token when one is set: every request needs ``Authorization: Bearer
  <token>`` or ``?token=<token>``.

One store is shared by the request threads (it serialises its own use with a lock); it is opened
on the first request after the state file exists, so the page can start before the first poll.
WAL mode lets the daemon write while pages are read.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hmac
import json
import logging
import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlencode, urlsplit

import jinja2
import markupsafe

from ..alerts.messages import (
    claim_text,
    disagreement_line,
    disagreement_text,
    human_date,
    kind_label,
    late_text,
    moved_text,
    sentence,
    sources_count,
    status_label,
    status_words,
)
from ..errors import StateError
from ..models import SEASON_ALERT_KINDS, STATUS_RANK, Alert
from ..names import show_key
from ..partial_date import PartialDate
from ..store.reconcile import Disagreement
from ..store.state import (
    AlertRecord,
    FeedState,
    HistoryRow,
    SeasonRow,
    StateLocation,
    StateStore,
)

log = logging.getLogger(__name__)

TEMPLATES_DIR = Path(__file__).parent / "templates"

#: The statuses the index can be filtered by, in their order.
STATUS_CHOICES: tuple[str, ...] = ("renewed", "filming", "wrapped", "premiere_scheduled",
                                   "cancelled")
SORTS = ("show", "updated")
#: How many of the newest alerts the Atom feed carries.
ATOM_ENTRIES = 200
ALLOWED_METHODS = "GET, HEAD"
HTML_TYPE = "text/html; charset=utf-8"
JSON_TYPE = "application/json; charset=utf-8"
ATOM_TYPE = "application/atom+xml; charset=utf-8"

#: Characters XML 1.0 forbids even as references; article text may carry them.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_BEARER = re.compile(r"^\s*Bearer\s+(\S+)\s*$", re.IGNORECASE)


# --- display helpers (Jinja filters; pure) ------------------------------------------------------

def machine_date(date: str | None) -> str | None:
    """The value for ``<time datetime=…>``: only the forms HTML accepts (YYYY, YYYY-MM,
    YYYY-MM-DD)."""
    parsed = PartialDate.parse(date)
    return parsed.machine() if parsed else None


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
    to_label = status_words(alert.to_status)
    if alert.kind == "premiere_window":
        return f"{title}: premiere window {human_date(alert.date) or 'changed'}"
    if alert.kind in ("premiere_moved", "episodes_changed"):
        return f"{title}: {moved_text(alert) or alert.kind.replace('_', ' ')}"
    if alert.kind == "test":
        return f"{title}: test alert"
    if alert.kind == "operator":
        return f"monitor: {one_line(alert.evidence)[:120] or 'notice'}"
    from_label = status_words(alert.from_status) if alert.from_status else "new"
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

    state: StateLocation
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
            if self._store is None and self.state.exists():
                self._store = StateStore(self.state)
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
    rows = store.queries.status_rows(disagreements=True) if store else []
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
    row = store.queries.season_row(key, season) if store and key else None
    if store is None or row is None:
        raise NotFound(slug)
    return row, store.queries.season_history(key, season), store.outbox.season_alerts(key, season)


def _feeds(app: WebApp) -> list[tuple[FeedState, str | None]]:
    """Every feed the store knows, plus configured feeds never polled yet."""
    store = app.store()
    states = {f.feed_url: f for f in (store.feeds.all_states() if store else [])}
    for url in app.feed_names:
        states.setdefault(url, FeedState(feed_url=url))
    return [(states[url], app.feed_names.get(url)) for url in sorted(states)]


def _alert_records(app: WebApp, request: Request) -> tuple[list[AlertRecord], bool]:
    store = app.store()
    failed_only = request.query.get("failed", "") in ("1", "true", "yes")
    records = store.outbox.alerts(failed_only=failed_only) if store else []
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
