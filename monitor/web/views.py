"""The status pages as a function: a ``Request`` in, a ``Response`` out, no sockets.

Pages: ``/`` (recent changes, upcoming premieres, then every show with its seasons, paged),
``/show/<show>`` (a show and all its seasons), ``/show/<show>/season/<n>`` (a season's time line
and alerts; ``-`` is the "no season" form), ``/feeds`` (feed health), ``/alerts`` (the outbox,
compact and paged); feeds: ``/alerts.atom``, ``/show/<show>/alerts.atom`` (one show's alerts)
and ``/calendar.ics`` (premieres); JSON under ``/api/``, lists paged by cursor. Jinja2 templates
from ``monitor/web/templates/``; no JavaScript, no build step. :mod:`monitor.web.server` puts
:class:`WebApp` on a socket.

Links: relative ones within the pages (under the public URL's path, when it has one); absolute
ones (Atom, calendar, JSON paging) start at ``http.public_url``, else the forwarded scheme and
host when a proxy in front is trusted, else the Host the client used. No link the monitor builds
for others to keep (feeds, calendar, JSON) ever carries the token. The Atom feeds and the
calendar answer conditional requests (ETag, Last-Modified → 304).

What this module must never do:

- write anything but a mute: GET and HEAD are answered, and POST only by the mute form of a
  season page (``/show/<show>/season/<n>/mute``: the token in the form or an Authorization
  header, never in the URL; a cross-site Origin or Sec-Fetch-Site refused), which calls
  ``store.mutes``; anything else is 405;
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
import email.utils
import hashlib
import hmac
import json
import logging
import re
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast
from urllib.parse import parse_qs, unquote, urlencode, urlsplit

import jinja2
import markupsafe

from ..alerts.messages import (
    alert_document,
    claim_text,
    day_words,
    disagreement_line,
    disagreement_text,
    headline,
    human_date,
    kind_label,
    late_text,
    moment_words,
    moved_text,
    relative_time,
    sentence,
    sources_count,
    status_label,
)
from ..errors import StateError
from ..links import (
    absolute,
    api_season_path,
    api_show_path,
    season_path,
    show_atom_path,
    show_path,
)
from ..models import SEASON_ALERT_KINDS, STATUS_RANK, Alert
from ..names import show_key
from ..partial_date import PartialDate
from ..store.queries import AlertKey, Page, SeasonFilter, SeasonKey, SeasonSort
from ..store.reconcile import Disagreement
from ..store.state import (
    AlertRecord,
    FeedState,
    HistoryRow,
    SeasonRow,
    StateLocation,
    StateStore,
)
from .calendar import calendar_ics, default_since
from .paging import BadRequest, decode_cursor, encode_cursor, limit_arg, since_arg

log = logging.getLogger(__name__)

TEMPLATES_DIR = Path(__file__).parent / "templates"

#: The statuses the index can be filtered by, in their order.
STATUS_CHOICES: tuple[str, ...] = ("renewed", "filming", "wrapped", "premiere_scheduled",
                                   "cancelled")
SORTS = ("show", "updated")
#: How many of the newest alerts an Atom feed carries.
ATOM_ENTRIES = 200
#: Rows per page: seasons on the index, alerts on the alerts page, any list of the JSON API.
INDEX_PAGE = 50
ALERTS_PAGE = 50
API_PAGE = 100
#: How much of the recent past and the near future the index shows above the shows.
RECENT_CHANGES = 8
UPCOMING = 10
ALLOWED_METHODS = "GET, HEAD"
HTML_TYPE = "text/html; charset=utf-8"
JSON_TYPE = "application/json; charset=utf-8"
ATOM_TYPE = "application/atom+xml; charset=utf-8"
ICS_TYPE = "text/calendar; charset=utf-8"
#: How many built calendars (by their version) are kept in memory.
CALENDARS_KEPT = 8
#: Feeds and the calendar may be kept by the client, but checked with us before each use.
REVALIDATE = "private, no-cache"

#: Characters XML 1.0 forbids even as references; article text may carry them.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_BEARER = re.compile(r"^\s*Bearer\s+(\S+)\s*$", re.IGNORECASE)
#: What a Host or X-Forwarded-Host may be: a name or an address, and a port.
HOST_HEADER = re.compile(r"^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$")


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


def one_line(text: str) -> str:
    """``text`` without control characters, its whitespace collapsed (titles, log lines)."""
    return " ".join(_CONTROL.sub(" ", text).split())


def alert_title(alert: Alert) -> str:
    """"Jessica Jones S2: filming → wrapped": an alert's title on the pages and in Atom, in the
    words every channel uses (:func:`monitor.alerts.messages.headline`)."""
    return headline(alert)


def time_tag(moment: dt.datetime | dt.date | None, now: dt.datetime) -> markupsafe.Markup:
    """``<time datetime="…" title="16 Sep 2017 09:30 UTC">3 days ago</time>``: relative, with
    the absolute moment on hover and for machines."""
    if moment is None:
        return markupsafe.Markup('<span class="muted">—</span>')
    if isinstance(moment, dt.datetime):
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.UTC)
        machine, shown = moment.astimezone(dt.UTC).isoformat(), moment_words(moment)
    else:
        machine, shown = moment.isoformat(), day_words(moment)
    return markupsafe.Markup('<time datetime="{}" title="{}">{}</time>').format(
        machine, shown, relative_time(moment, now))


# --- JSON shapes (one per kind of row; the pages show the same data) ----------------------------

def season_json(row: SeasonRow, prefix: str = "") -> dict[str, Any]:
    return {
        "show": row.show, "show_key": row.show_key, "season": row.season,
        "status": row.status, "status_label": status_label(row.status), "since": row.since,
        "premiere": row.premiere, "premiere_certainty": row.premiere_certainty,
        "speculative_premiere": row.speculative_premiere, "episode_count": row.episode_count,
        "sources": row.sources, "updated_at": row.updated_at.isoformat(),
        "disagreements": [disagreement_json(d) for d in row.disagreements],
        "links": {"html": prefix + season_path(row.show_key, row.season),
                  "api": prefix + api_season_path(row.show_key, row.season),
                  "show": prefix + show_path(row.show_key)},
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
    titles = row.source_titles or ("",) * len(row.sources)
    return {
        "reported": row.published.isoformat(), "show": row.show, "season": row.season,
        "kind": row.kind, "kind_label": kind_label(row.kind), "date": row.date,
        "value": row.value, "certainty": row.certainty, "evidence": row.evidence,
        "sources": [{"url": url, "title": title or None, "published": published.isoformat()}
                    for url, published, title in zip(row.sources, row.source_published, titles,
                                                     strict=False)],
        "disagreement": disagreement_text(row.disagreement) if row.disagreement else None,
    }


def alert_json(record: AlertRecord, prefix: str = "",
               public_url: str | None = None) -> dict[str, Any]:
    alert = record.alert
    return {
        **alert_document(alert, public_url=public_url), "title": alert_title(alert),
        "season_page": (prefix + season_path(show_key(alert.show), alert.season)
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
    #: "http://host:port" as the client reached us (links start there when nothing else says).
    base_url: str
    #: The token, when the client passed it in the query: the page's own links carry it on.
    query_token: str | None = None
    #: The request body (a POSTed form), empty otherwise.
    body: bytes = b""

    def form(self) -> dict[str, str]:
        """The urlencoded form in the body (last value of each field)."""
        text = self.body.decode("utf-8", errors="replace")
        return {k: v[-1] for k, v in parse_qs(text, keep_blank_values=True).items()}


@dataclass(frozen=True)
class Response:
    status: int
    content_type: str
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()


class NotFound(Exception):
    """The path names no page, or a show or season the store has never seen."""


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
#: "<show slug>" and "<season number or ->" in paths.
_SHOW = r"([^/]+)"
_SEASON_NUMBER = r"(\d{1,6}|-)"


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class WebApp:
    """The status pages over one state file: :meth:`respond` maps a request to a response.
    No sockets here; :class:`StatusServer` serves it."""

    state: StateLocation
    token: str | None = None
    feed_names: Mapping[str, str] = field(default_factory=dict)
    #: ``http.public_url``: absolute links start here, relative ones under its path.
    public_url: str | None = None
    #: Believe X-Forwarded-Proto/Host for absolute links (only behind a proxy that sets them).
    trust_forwarded: bool = False
    #: Keys of the shows the watch list names (marked "watched" on the pages).
    watched: frozenset[str] = frozenset()
    #: The clock ("3 days ago", upcoming premieres); injected by tests.
    clock: Callable[[], dt.datetime] = _utc_now

    def __post_init__(self) -> None:
        self._store: StateStore | None = None
        self._store_lock = threading.Lock()
        self._calendars: dict[str, bytes] = {}
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
            host=_host_of, as_day=_as_day,
        )
        self._env.globals["season_alert_kinds"] = SEASON_ALERT_KINDS
        #: The path prefix of every relative link ("/monitor" under https://x/monitor).
        self.prefix = urlsplit(self.public_url).path.rstrip("/") if self.public_url else ""

    def cached_calendar(self, version: str, body: bytes | None = None) -> bytes | None:
        """The calendar built for ``version`` (None if not kept); with ``body``: keep it (the
        last few only) and return it."""
        with self._store_lock:
            if body is None:
                return self._calendars.get(version)
            self._calendars[version] = body
            while len(self._calendars) > CALENDARS_KEPT:
                self._calendars.pop(next(iter(self._calendars)))
            return body

    def close(self) -> None:
        with self._store_lock:
            if self._store is not None:
                self._store.close()
                self._store = None

    # --- dispatch ---

    def respond(self, request: Request) -> Response:
        """The answer to one request: 405 for writes, 401 without the token, else the page."""
        if request.method == "POST" and _MUTE_PATH.match(request.path.rstrip("/")):
            return self._mute_form(request)
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
        except BadRequest as exc:
            return self._error(request, 400, "Bad request", str(exc))
        except StateError as exc:
            log.warning("status page: %s", exc)
            return self._error(request, 503, "State unavailable",
                               "The state file cannot be read just now; try again shortly.")

    def _mute_form(self, request: Request) -> Response:
        """Mute or unmute the season whose page posted the form; then that page again.

        CSRF-safe: with a token set, the form (or an Authorization header) must carry it,
        never the URL; and a browser's cross-site request (Origin of another host, or
        Sec-Fetch-Site other than same-origin) is refused whatever it carries."""
        form = request.form()
        if not _same_origin(request):
            return self._error(request, 403, "Forbidden",
                               "This form can only be sent from the status page itself.")
        if self.token:
            match = _BEARER.match(request.headers.get("authorization", ""))
            offered = match.group(1) if match else form.get("token", "")
            if not hmac.compare_digest(self.token.encode("utf-8"), offered.encode("utf-8")):
                request = dataclasses.replace(request, query_token=None)
                return self._error(request, 401, "Token required",
                                   "The form must carry the token.",
                                   (("WWW-Authenticate", 'Bearer realm="monitor"'),))
            # The page is shown again as it was reached: its links carry the token on.
            request = dataclasses.replace(request, query_token=form.get("token") or None)
        match_path = _MUTE_PATH.match(request.path.rstrip("/"))
        assert match_path is not None
        slug, season_text = match_path.groups()
        try:
            row, _history, _alerts = _season_data(self, slug, season_text)
            store = self.store()
            assert store is not None
            now = self.clock()
            if form.get("action") == "unmute":
                store.mutes.unmute(row.show_key, row.season)
                notice = "Unmuted: what was held goes out on the next delivery pass."
            else:
                until = _form_date(form.get("until", ""))
                if until is not None and until <= now:
                    return self._error(request, 400, "Bad request",
                                       "The mute would already be over.")
                drop = form.get("mode") == "drop"
                store.mutes.mute(row.show_key, row.show, row.season,
                                 mode="drop" if drop else "hold", until=until, now=now)
                notice = ("Muted: its alerts are recorded and never sent." if drop else
                          "Muted: its alerts wait and go out when the mute ends.")
        except NotFound:
            return self._error(request, 404, "Not found", "There is no such page.")
        except (StateError, ValueError) as exc:
            return self._error(request, 400, "Bad request", str(exc))
        return _render_season(self, dataclasses.replace(
            request, method="GET", path=request.path.rstrip("/").removesuffix("/mute")),
            (slug, season_text), notice=notice)

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

    def site_base(self, request: Request) -> str:
        """Where absolute links start: the public URL, else (behind a trusted proxy) the
        forwarded scheme and host, else the Host the client used. Never with the token."""
        if self.public_url:
            return self.public_url
        if self.trust_forwarded:
            proto = request.headers.get("x-forwarded-proto", "").split(",")[0].strip().lower()
            host = request.headers.get("x-forwarded-host", "").split(",")[0].strip()
            if proto in ("http", "https") and HOST_HEADER.match(host):
                return f"{proto}://{host}"
            if proto in ("http", "https"):
                return proto + request.base_url[request.base_url.index(":"):]
            if HOST_HEADER.match(host):
                return f"http://{host}"
        return request.base_url

    def absolute(self, request: Request, path: str) -> str:
        """``path`` (from the site's root) as a full URL, for feeds and calendars to keep."""
        base = self.site_base(request)
        if not self.public_url:
            base += self.prefix
        return absolute(base, path)

    # --- rendering ---

    def render(self, request: Request, template: str, status: int = 200,
               headers: tuple[tuple[str, str], ...] = (), **context: Any) -> Response:
        prefix = self.prefix

        def link(path: str, **params: Any) -> str:
            """A link within the pages: under the public URL's path, the query's token kept."""
            query = {k: v for k, v in params.items() if v not in (None, "")}
            if request.query_token is not None:
                query["token"] = request.query_token
            return prefix + path + ("?" + urlencode(query) if query else "")

        now = self.clock()
        html = self._env.get_template(template).render(
            link=link, season_path=season_path, api_season_path=api_season_path,
            show_path=show_path, show_atom_path=show_atom_path, api_show_path=api_show_path,
            ago=lambda moment: time_tag(moment, now), now=now, watched=self.watched,
            prefix=prefix,
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


def _as_day(text: str | None) -> dt.date | None:
    """The day a partial date names, when it names one ("2025-04-14"); else None."""
    date = PartialDate.parse(text)
    return date.start() if date is not None and date.day is not None else None


def _host_of(url: str) -> str:
    """"screenrant.com" of a source URL (shown beside its title); "" for none."""
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def _json(data: object, headers: tuple[tuple[str, str], ...] = ()) -> Response:
    return Response(200, JSON_TYPE,
                    json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"), headers)


def _conditional(request: Request, body: bytes, content_type: str,
                 last_modified: dt.datetime | None) -> Response:
    """``body`` with its validators (a strong ETag of the bytes, Last-Modified), or 304 Not
    Modified when the client's copy is current."""
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    headers = _validators(etag, last_modified)
    if _fresh(request, etag, last_modified):
        return Response(304, content_type, b"", headers)
    return Response(200, content_type, body, headers)


def _validators(etag: str, last_modified: dt.datetime | None) -> tuple[tuple[str, str], ...]:
    headers: list[tuple[str, str]] = [("ETag", etag), ("Cache-Control", REVALIDATE),
                                      ("Vary", "Authorization")]
    if last_modified is not None:
        headers.append(("Last-Modified", email.utils.format_datetime(
            last_modified.astimezone(dt.UTC).replace(microsecond=0), usegmt=True)))
    return tuple(headers)


def _fresh(request: Request, etag: str, last_modified: dt.datetime | None) -> bool:
    """Whether the client's copy is current: If-None-Match first, as RFC 9110 says, else
    If-Modified-Since."""
    if_none_match = request.headers.get("if-none-match")
    if if_none_match is not None:
        offered = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        return "*" in offered or etag in offered
    return _not_modified_since(request.headers.get("if-modified-since"), last_modified)


def _not_modified_since(header: str | None, last_modified: dt.datetime | None) -> bool:
    if not header or last_modified is None:
        return False
    try:
        since = email.utils.parsedate_to_datetime(header)
    except (TypeError, ValueError):
        return False
    if since.tzinfo is None:
        since = since.replace(tzinfo=dt.UTC)
    return last_modified.replace(microsecond=0) <= since


def _season_arg(slug: str, season: str) -> tuple[str, int | None]:
    return show_key(unquote(slug)), None if season == "-" else int(season)


_MUTE_PATH = re.compile(r"^/show/([^/]+)/season/(\d{1,6}|-)/mute$")


def _same_origin(request: Request) -> bool:
    """Whether a browser sent this from our own pages (tools without these headers pass)."""
    site = request.headers.get("sec-fetch-site")
    if site is not None and site not in ("same-origin", "none"):
        return False
    origin = request.headers.get("origin")
    if origin is None:
        return True
    return urlsplit(origin).netloc == request.headers.get("host", "") != ""


def _form_date(text: str) -> dt.datetime | None:
    """A form's date (``<input type=date>``: YYYY-MM-DD) as the start of that day, UTC."""
    if not text.strip():
        return None
    day = dt.date.fromisoformat(text.strip())
    return dt.datetime.combine(day, dt.time(0), tzinfo=dt.UTC)


def _cursor(request: Request, types: Sequence[type]) -> tuple[Any, ...] | None:
    text = request.query.get("cursor", "").strip()
    return decode_cursor(text, types) if text else None


def _season_list(app: WebApp, request: Request, limit: int) -> tuple[Page, dict[str, str]]:
    """One page of the season rows ``q`` (show name), ``status``, ``since`` (changed at or
    after) select, by show (default) or most recently updated first (``sort=updated``)."""
    store = app.store()
    q = request.query.get("q", "").strip()
    status = request.query.get("status", "")
    sort = cast(SeasonSort, request.query.get("sort", "show")
                if request.query.get("sort") in SORTS else "show")
    filters = SeasonFilter(q=q, status=status if status in STATUS_RANK else None,
                           since=since_arg(request.query))
    after = cast(SeasonKey | None, _cursor(request, (str, str, int)))
    page = (store.queries.season_page(filters, sort=sort, after=after, limit=limit)
            if store else Page([]))
    return page, {"q": q, "status": status if status in STATUS_RANK else "", "sort": sort}


def _groups(app: WebApp, rows: Iterable[SeasonRow]) -> list[dict[str, Any]]:
    """Rows of one show side by side, in the order given: a group per run of one show."""
    groups: list[dict[str, Any]] = []
    for row in rows:
        if not groups or groups[-1]["key"] != row.show_key:
            groups.append({"key": row.show_key, "show": row.show,
                           "watched": row.show_key in app.watched, "rows": []})
        groups[-1]["rows"].append(row)
    return groups


def _next_link(request: Request, next_key: tuple[Any, ...] | None, prefix: str = "",
               path: str | None = None) -> str | None:
    """The path and query of the next page: this request's own, with the next cursor (never
    the token)."""
    if next_key is None:
        return None
    query = {k: v for k, v in request.query.items() if k not in ("cursor", "token")}
    query["cursor"] = encode_cursor(next_key)
    return prefix + (path or request.path) + "?" + urlencode(query)


def _paged_json(app: WebApp, request: Request, name: str, items: list[Any],
                next_key: tuple[Any, ...] | None) -> Response:
    """A list as JSON with its paging: ``next`` (the cursor to pass as ``?cursor=``, null on
    the last page) and ``links.next``; the same as an RFC 8288 ``Link: <…>; rel="next"``."""
    next_path = _next_link(request, next_key)
    headers: tuple[tuple[str, str], ...] = ()
    if next_path is not None:
        headers = (("Link", f'<{app.absolute(request, next_path)}>; rel="next"'),)
    return _json({name: items, "next": encode_cursor(next_key) if next_key else None,
                  "links": {"next": app.prefix + next_path if next_path else None}}, headers)


def _season_data(app: WebApp, slug: str, season_text: str) -> tuple[
        SeasonRow, list[HistoryRow], list[AlertRecord]]:
    key, season = _season_arg(slug, season_text)
    store = app.store()
    if store is not None and key:
        key = store.queries.resolve(key)  # a name merged into another show
    row = store.queries.season_row(key, season) if store and key else None
    if store is None or row is None:
        raise NotFound(slug)
    return row, store.queries.season_history(key, season), store.outbox.season_alerts(key, season)


def _show_data(app: WebApp, slug: str) -> tuple[str, str, list[SeasonRow]]:
    """A show's key, title and every season of it (seasons known only from speculative facts
    too); NotFound if the store has never seen it."""
    key = show_key(unquote(slug))
    store = app.store()
    rows = (store.queries.season_page(SeasonFilter(show_key=key, include_unknown=True),
                                      limit=1000).rows if store and key else [])
    if not rows:
        raise NotFound(slug)
    return key, rows[0].show, sorted(rows, key=lambda r: -1 if r.season is None else r.season)


def _feeds(app: WebApp) -> list[tuple[FeedState, str | None]]:
    """Every feed the store knows, plus configured feeds never polled yet."""
    store = app.store()
    states = {f.feed_url: f for f in (store.feeds.all_states() if store else [])}
    for url in app.feed_names:
        states.setdefault(url, FeedState(feed_url=url))
    return [(states[url], app.feed_names.get(url)) for url in sorted(states)]


def _alert_list(app: WebApp, request: Request, limit: int, *, key: str | None = None,
                failed_only: bool | None = None) -> tuple[Page, bool]:
    """One page of alerts, newest first (``failed=1``: only those with a failed delivery;
    ``since``: made at or after; ``cursor``: after the previous page)."""
    store = app.store()
    if failed_only is None:
        failed_only = request.query.get("failed", "") in ("1", "true", "yes")
    after = cast(AlertKey | None, _cursor(request, (str, int)))
    if store is None:
        return Page([]), failed_only
    return store.queries.alert_page(after=after, limit=limit, failed_only=failed_only,
                                    since=since_arg(request.query), key=key), failed_only


def _titles(app: WebApp, records: Iterable[AlertRecord]) -> dict[str, str]:
    """The titles of the articles the alerts cite (sources are shown by title)."""
    store = app.store()
    urls = [u for r in records for u in (*r.alert.sources, *r.alert.previous_sources)]
    return store.queries.article_titles(urls) if store and urls else {}


@_route("/")
def _index(app: WebApp, request: Request, _: tuple[str, ...]) -> Response:
    page, filters = _season_list(app, request, limit_arg(request.query, INDEX_PAGE))
    store = app.store()
    first = not request.query.get("cursor") and not filters["q"] and not filters["status"]
    recent: list[AlertRecord] = []
    upcoming: list[SeasonRow] = []
    windows: list[SeasonRow] = []
    total = None
    if store is not None:
        if first:
            today = app.clock().astimezone(dt.UTC).date()
            recent = store.queries.recent_changes(limit=RECENT_CHANGES)
            upcoming = store.queries.upcoming_premieres(today, limit=UPCOMING)
            windows = store.queries.premiere_windows(today, limit=UPCOMING)
        if not filters["q"] and not request.query.get("since"):
            total = store.queries.count_seasons(SeasonFilter(status=filters["status"] or None))
    return app.render(request, "index.html", groups=_groups(app, page.rows), rows=page.rows,
                      filters=filters, statuses=STATUS_CHOICES, has_state=store is not None,
                      recent=recent, upcoming=upcoming, windows=windows, total=total,
                      first_page=not request.query.get("cursor"),
                      next_link=_next_link(request, page.next_key, app.prefix),
                      titles=_titles(app, recent))


@_route(f"/show/{_SHOW}")
def _show_page(app: WebApp, request: Request, args: tuple[str, ...]) -> Response:
    key, title, rows = _show_data(app, args[0])
    store = cast(StateStore, app.store())
    today = app.clock().astimezone(dt.UTC).date()
    alerts = store.queries.alert_page(key=key, limit=20).rows
    return app.render(request, "show.html", key=key, title=title, rows=rows,
                      watched_show=key in app.watched, alerts=alerts, titles=_titles(app, alerts),
                      upcoming=store.queries.upcoming_premieres(today, key=key))


@_route(f"/show/{_SHOW}/season/{_SEASON_NUMBER}")
def _season_page(app: WebApp, request: Request, args: tuple[str, ...]) -> Response:
    return _render_season(app, request, args)


def _render_season(app: WebApp, request: Request, args: tuple[str, ...],
                   notice: str | None = None) -> Response:
    row, history, alerts = _season_data(app, args[0], args[1])
    alerts = alerts[::-1]
    store = app.store()
    mute = (store.mutes.covering(row.show_key, row.season, app.clock())
            if store is not None and store.db.has_table("mutes") else None)
    return app.render(request, "season.html", row=row, history=history, alerts=alerts,
                      titles=_titles(app, alerts), watched_show=row.show_key in app.watched,
                      mute=mute, mute_action=season_path(row.show_key, row.season) + "/mute",
                      form_token=request.query_token if app.token else None, notice=notice)


@_route("/feeds")
def _feeds_page(app: WebApp, request: Request, _: tuple[str, ...]) -> Response:
    return app.render(request, "feeds.html", feeds=_feeds(app),
                      has_state=app.store() is not None)


@_route("/alerts")
def _alerts_page(app: WebApp, request: Request, _: tuple[str, ...]) -> Response:
    page, failed_only = _alert_list(app, request, limit_arg(request.query, ALERTS_PAGE))
    records = cast(list[AlertRecord], page.rows)
    return app.render(request, "alerts.html", records=records, failed_only=failed_only,
                      has_state=app.store() is not None, titles=_titles(app, records),
                      first_page=not request.query.get("cursor"),
                      next_link=_next_link(request, page.next_key, app.prefix))


def _atom_response(app: WebApp, request: Request, records: list[AlertRecord], *,
                   feed_id: str, title: str, self_path: str, html_path: str) -> Response:
    """An Atom 1.0 feed of ``records`` (newest first), its links absolute and token-free."""
    titles = _titles(app, records)
    entries = []
    for record in records:
        alert = record.alert
        page = (app.absolute(request, season_path(show_key(alert.show), alert.season))
                if alert.kind in SEASON_ALERT_KINDS else app.absolute(request, "/alerts"))
        content = app._env.get_template("atom_entry.html").render(
            alert=alert, title=alert_title(alert), page=page, titles=titles)
        entries.append({"alert": alert, "title": alert_title(alert), "page": page,
                        "content": content, "updated": alert.created_at.isoformat()})
    newest = max((r.alert.created_at for r in records), default=None)
    xml = app._env.get_template("alerts.atom").render(
        entries=entries, updated=(newest.isoformat() if newest else "1970-01-01T00:00:00+00:00"),
        self_url=app.absolute(request, self_path), alerts_url=app.absolute(request, html_path),
        feed_id=feed_id, feed_title=title)
    return _conditional(request, _XML_INVALID.sub("", xml).encode("utf-8"), ATOM_TYPE, newest)


@_route(r"/alerts\.atom")
def _atom(app: WebApp, request: Request, _: tuple[str, ...]) -> Response:
    page, _failed = _alert_list(app, request, ATOM_ENTRIES)
    return _atom_response(app, request, cast(list[AlertRecord], page.rows),
                          feed_id="urn:monitor:alerts", title="TV monitor alerts",
                          self_path="/alerts.atom", html_path="/alerts")


@_route(f"/show/{_SHOW}/alerts\\.atom")
def _show_atom(app: WebApp, request: Request, args: tuple[str, ...]) -> Response:
    key, title, _rows = _show_data(app, args[0])
    page, _failed = _alert_list(app, request, ATOM_ENTRIES, key=key, failed_only=False)
    return _atom_response(app, request, cast(list[AlertRecord], page.rows),
                          feed_id=f"urn:monitor:show:{show_path(key).rsplit('/', 1)[1]}",
                          title=f"{one_line(title)} · TV monitor",
                          self_path=show_atom_path(key), html_path=show_path(key))


def calendar_rows_for(store: StateStore | None, *, show: str | None, since: dt.date | None,
                      today: dt.date) -> tuple[list[Any], str | None]:
    """The calendar's rows (``show``: one show's, any spelling; ``since``: premieres ending
    that day or later, by default a year back) and the show's title when one is asked for."""
    key = show_key(show) if show else None
    if store is None or (show is not None and not key):
        return [], None
    rows = store.queries.calendar(key=key, since=since or default_since(today))
    title = rows[0].season.show if rows and key else (
        store.queries.shows([key]).get(key) if key else None)
    return rows, title


@_route(r"/calendar\.ics")
def _calendar(app: WebApp, request: Request, _: tuple[str, ...]) -> Response:
    """The calendar. Building it costs ~0.3 ms a premiere (thousands at scale), so a client
    whose copy is current gets its 304 from a cheap version query (how many seasons, their
    last change), and the last few calendars built are kept by that version."""
    show = request.query.get("show", "").strip() or None
    since_moment = since_arg(request.query)
    today = app.clock().astimezone(dt.UTC).date()
    since = since_moment.date() if since_moment else default_since(today)
    store = app.store()
    key = show_key(show) if show else None
    count, changed = (store.queries.calendar_version(key=key, since=since)
                      if store is not None and (key or not show) else (0, None))
    base = app.absolute(request, "")
    version = json.dumps([show, key, since.isoformat(), base, count, changed])
    newest = dt.datetime.fromisoformat(changed) if changed else None
    etag = '"cal-' + hashlib.sha256(version.encode()).hexdigest()[:32] + '"'
    headers = _validators(etag, newest)
    if _fresh(request, etag, newest):
        return Response(304, ICS_TYPE, b"", headers)
    body = app.cached_calendar(version)
    if body is None:
        rows, title = calendar_rows_for(store, show=show, since=since, today=today)
        name = f"TV premieres: {one_line(title or show or '')}" if show else "TV premieres"
        body = app.cached_calendar(version, calendar_ics(rows, base=base, name=name))
    return Response(200, ICS_TYPE, cast(bytes, body), headers)


@_route("/api/seasons")
def _api_seasons(app: WebApp, request: Request, _: tuple[str, ...]) -> Response:
    page, _filters = _season_list(app, request, limit_arg(request.query, API_PAGE))
    return _paged_json(app, request, "seasons",
                       [season_json(r, app.prefix) for r in page.rows], page.next_key)


@_route(f"/api/seasons/{_SHOW}/{_SEASON_NUMBER}")
def _api_season(app: WebApp, request: Request, args: tuple[str, ...]) -> Response:
    row, history, alerts = _season_data(app, args[0], args[1])
    return _json({"season": season_json(row, app.prefix),
                  "history": [history_json(h) for h in history],
                  "alerts": [alert_json(a, app.prefix, app.public_url) for a in alerts]})


@_route(f"/api/shows/{_SHOW}")
def _api_show(app: WebApp, request: Request, args: tuple[str, ...]) -> Response:
    key, title, rows = _show_data(app, args[0])
    return _json({"show": {"show": title, "show_key": key, "watched": key in app.watched,
                           "links": {"html": app.prefix + show_path(key),
                                     "atom": app.prefix + show_atom_path(key),
                                     "calendar": app.prefix + "/calendar.ics?"
                                     + urlencode({"show": key})}},
                  "seasons": [season_json(r, app.prefix) for r in rows]})


@_route("/api/feeds")
def _api_feeds(app: WebApp, request: Request, _: tuple[str, ...]) -> Response:
    """Feeds are few (one per configured feed): paged the same way, in memory, by URL."""
    limit = limit_arg(request.query, API_PAGE)
    after = _cursor(request, (str,))
    since = since_arg(request.query)
    feeds = [(f, n) for f, n in _feeds(app) if after is None or f.feed_url > after[0]]
    if since is not None:
        feeds = [(f, n) for f, n in feeds if f.last_polled_at and f.last_polled_at >= since]
    next_key = (feeds[limit - 1][0].feed_url,) if len(feeds) > limit else None
    return _paged_json(app, request, "feeds", [feed_json(f, n) for f, n in feeds[:limit]],
                       next_key)


@_route("/api/alerts")
def _api_alerts(app: WebApp, request: Request, _: tuple[str, ...]) -> Response:
    page, _failed = _alert_list(app, request, limit_arg(request.query, API_PAGE))
    return _paged_json(app, request, "alerts",
                       [alert_json(r, app.prefix, app.public_url) for r in page.rows],
                       page.next_key)
