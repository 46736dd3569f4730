"""Alert channels: where an alert goes (webhook, email, console, Apprise) and how it is sent once.

Each channel kind is a class in the ``CHANNEL_KINDS`` registry that declares its config keys as
data (``OPTIONS``); ``build_channel`` validates a ``[channels.<name>]`` table against them strictly
(an unknown key, a missing key, a wrong type, a bad URL or an unset environment variable is a
``ConfigError`` naming the key) and returns a ready channel.

A channel sends one alert once: ``send`` either returns (delivered) or raises ``DeliveryError``
saying whether a retry could help; ``send_digest`` sends several alerts as one message the same
way. Every channel also carries its ``Batching`` (the ``digest``, ``quiet_hours`` and ``timezone``
keys), which tells the outbox when to hold alerts back; the channel itself never holds anything.
This module must never retry, sleep, read the clock for a decision, touch the state store or read
a secret from the config file: secrets come only from environment variables the config names
(``secret_env``, ``password_env``, ``url_env``), and ``describe()`` never prints them.

Message texts are Jinja2 templates in ``monitor/alerts/templates/`` (``TEMPLATE_NAMES``); a
``templates_dir`` holding files of the same names overrides them one by one. HTML is autoescaped:
everything that comes from an article is untrusted.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import datetime as dt
import email.utils
import functools
import hashlib
import hmac
import ipaddress
import json
import logging
import math
import re
import smtplib
import socket
import ssl
import sys
import textwrap
import time
import unicodedata
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import Any, ClassVar, Literal, NamedTuple, Protocol, TextIO, runtime_checkable
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import jinja2
import requests

from ..errors import ConfigError, DeliveryError
from ..ingest import fetch
from ..models import SEASON_ALERT_KINDS, Alert
from ..names import show_key
from ..options import parse_duration, read_env_secret
from ..wording import human_date, late_text, moved_text, sentence

log = logging.getLogger(__name__)

#: The bundled templates; a channel's ``templates_dir`` is searched first, file by file.
TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
TEMPLATE_NAMES = ("email_subject.txt", "email.txt", "email.html", "console.txt",
                  "apprise_title.txt", "apprise_body.txt",
                  "digest_subject.txt", "digest.txt", "digest.html")
#: Templates rendered for a list of alerts (``digest_context``) rather than one alert.
DIGEST_TEMPLATES = ("digest_subject.txt", "digest.txt", "digest.html")
#: A digest never lists more alerts than this in one message; the rest go in the next one.
MAX_DIGEST = 50

DEFAULT_USER_AGENT = "monitor/0.1 (TV production news monitor; webhook)"

#: How statuses read in messages; anything not listed reads with "_" as a space.
STATUS_LABELS: dict[str, str] = {"premiere_scheduled": "premiere scheduled"}

#: HTTP answers that may succeed later; every other 4xx is final.
RETRYABLE_HTTP = frozenset({408, 425, 429})

_SAFE_ID = re.compile(r"^[A-Za-z0-9._-]{1,100}$")
#: C0/C1 control characters (ANSI escapes, NUL, CR …) never reach a terminal or a header.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
#: Keys people write by mistake instead of the *_env key that names a variable.
_SECRET_HINTS = {"password": "password_env", "secret": "secret_env", "token": "secret_env"}

OptionType = Literal["str", "int", "number", "bool", "str_list", "duration"]
_TYPE_WORDS: dict[str, str] = {
    "str": "a non-empty string", "int": "an integer", "number": "a number",
    "bool": "true or false", "str_list": "a non-empty list of strings",
    "duration": 'a positive duration like 900, "15m" or "1h"',
}
_QUIET_HOURS = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


# --- the channel protocol and its config keys -------------------------------------------------

@runtime_checkable
class Channel(Protocol):
    """What the outbox needs from a channel."""

    name: str
    kind: str

    def send(self, alert: Alert) -> None:
        """Deliver ``alert`` once, or raise DeliveryError (``retryable``: would a retry help?)."""

    def describe(self) -> str:
        """One line saying where this channel sends, secrets masked."""

    def close(self) -> None:
        """Release what the channel holds open (connection pools); call once at shutdown."""


@runtime_checkable
class BatchingChannel(Channel, Protocol):
    """A channel that can hold alerts back (``batching``) and send several as one message."""

    batching: Batching | None

    def send_digest(self, alerts: Sequence[Alert]) -> None:
        """Deliver ``alerts`` (two or more) as one message, or raise DeliveryError for all."""


@dataclass(frozen=True)
class Option:
    """One config key of a channel kind: its type, whether it is required, its default."""

    key: str
    type: OptionType
    required: bool = False
    default: Any = None
    doc: str = ""
    choices: tuple[str, ...] = ()


#: Keys every kind accepts.
KIND_OPTION = Option("kind", "str", required=True,
                     doc="channel kind: apprise, console, email or webhook")
TEMPLATES_OPTION = Option(
    "templates_dir", "str",
    doc="directory whose files override the bundled templates of the same name "
        "(relative to the config file)")
BATCHING_OPTIONS: tuple[Option, ...] = (
    Option("digest", "duration",
           doc="gather alerts for this long after the first one, then send one message"),
    Option("quiet_hours", "str",
           doc='hold alerts during these local hours, e.g. "22:00-07:00", then send one message'),
    Option("timezone", "str", doc="IANA time zone of quiet_hours, e.g. Europe/London "
                                  "(default UTC)"),
)


# --- batching: digests and quiet hours ----------------------------------------------------------

@dataclass(frozen=True)
class Batching:
    """When a channel's alerts wait to be sent together. The outbox applies it; ``now`` is given.

    ``window`` (seconds, 0 = none): once the oldest waiting alert is that old, everything waiting
    goes as one message. ``quiet`` (start, end local times in ``tz``): nothing is sent from start
    to end; at the end, everything held goes as one message.
    """

    window: float = 0.0
    quiet: tuple[dt.time, dt.time] | None = None
    tz: dt.tzinfo = dt.UTC

    def is_quiet(self, now: dt.datetime) -> bool:
        """Whether ``now`` falls in the quiet hours (start included, end excluded)."""
        if self.quiet is None:
            return False
        start, end = self.quiet
        local = now.astimezone(self.tz).time().replace(tzinfo=None)
        if start < end:
            return start <= local < end
        return local >= start or local < end  # the quiet hours span midnight

    def last_quiet_end(self, now: dt.datetime) -> dt.datetime | None:
        """The latest end of the quiet hours at or before ``now`` (None without quiet hours)."""
        if self.quiet is None:
            return None
        local = now.astimezone(self.tz)
        for days in (0, 1, 2):  # two days back covers any DST shift
            day = local.date() - dt.timedelta(days=days)
            end = dt.datetime.combine(day, self.quiet[1], tzinfo=self.tz)
            if end <= local:
                return end
        return None  # pragma: no cover - unreachable: yesterday's end is always past

    def describe(self) -> str:
        parts = []
        if self.window:
            parts.append(f"digest {_seconds_text(self.window)}")
        if self.quiet is not None:
            start, end = self.quiet
            parts.append(f"quiet {start:%H:%M}-{end:%H:%M} {self.tz}")
        return ", ".join(parts)


def _seconds_text(seconds: float) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{seconds / size:g}{unit}"
    return f"{seconds:g}s"


def _with_batching(text: str, batching: Batching | None) -> str:
    return f"{text} [{batching.describe()}]" if batching is not None else text




@dataclass(frozen=True)
class _Build:
    """Where a channel table came from, to word errors and resolve secrets and paths."""

    name: str
    source: str
    environ: Mapping[str, str]
    templates_dir: Path | None

    def error(self, key: str, problem: str) -> ConfigError:
        return ConfigError(f"{self.source}: channels.{self.name}.{key}: {problem}")

    def env_value(self, key: str, var: str) -> str:
        """The value of the environment variable that config key ``key`` names."""
        return read_env_secret(var, self.environ, f"{self.source}: channels.{self.name}.{key}")

    def batching(self, options: Mapping[str, Any]) -> Batching | None:
        """The channel's ``Batching`` from its digest/quiet_hours/timezone keys (None if unset)."""
        window = options.get("digest")
        quiet_text = options.get("quiet_hours")
        tz_name = options.get("timezone")
        if tz_name is not None and quiet_text is None:
            raise self.error("timezone", "is only used with quiet_hours; set quiet_hours too "
                                         "or remove it")
        if window is None and quiet_text is None:
            return None
        quiet = self._quiet_hours(quiet_text) if quiet_text is not None else None
        tz: dt.tzinfo = dt.UTC
        if tz_name is not None:
            try:
                tz = ZoneInfo(tz_name.strip())
            except (ZoneInfoNotFoundError, ValueError):
                raise self.error("timezone", f"unknown time zone {tz_name!r} (use an IANA name "
                                 "like Europe/London; on systems without a zone database "
                                 "install the tzdata package)") from None
        return Batching(window=float(window or 0.0), quiet=quiet, tz=tz)

    def _quiet_hours(self, text: str) -> tuple[dt.time, dt.time]:
        match = _QUIET_HOURS.match(text)
        problem = f"must look like \"22:00-07:00\" (start-end, 24-hour local time), not {text!r}"
        if not match:
            raise self.error("quiet_hours", problem)
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        if h1 > 23 or h2 > 23 or m1 > 59 or m2 > 59:
            raise self.error("quiet_hours", problem)
        start, end = dt.time(h1, m1), dt.time(h2, m2)
        if start == end:
            raise self.error("quiet_hours", f"start and end are the same ({text!r})")
        return start, end

    def positive(self, key: str, value: float) -> float:
        if not value > 0 or not math.isfinite(value):  # "not >": NaN is refused too
            raise self.error(key, f"must be a positive number, not {value!r}")
        return float(value)

    def templates(self, options: Mapping[str, Any], names: tuple[str, ...]) -> jinja2.Environment:
        """The template environment for this channel, each template checked by a sample render."""
        raw = options.get("templates_dir")
        directory = self._templates_path(raw) if raw is not None else self.templates_dir
        if directory is not None and not directory.is_dir():
            raise self.error("templates_dir", f"{directory} is not a directory")
        env = template_environment(directory)
        for template in names:
            try:
                if template in DIGEST_TEMPLATES:
                    env.get_template(template).render(digest_context(_SAMPLES))
                    continue
                for sample in _SAMPLES:  # every branch a template may take
                    env.get_template(template).render(alert_context(sample))
            except jinja2.TemplateError as exc:
                where = getattr(exc, "filename", None) or template
                line = getattr(exc, "lineno", None)
                where += f", line {line}" if line else ""
                raise self.error("templates_dir", f"template {where}: {exc}") from exc
        return env

    def _templates_path(self, raw: str) -> Path:
        path = Path(raw).expanduser()
        if not path.is_absolute() and Path(self.source).is_file():
            path = Path(self.source).resolve().parent / path
        return path


def build_channel(name: str, table: Mapping[str, object], *, environ: Mapping[str, str],
                  source: str, templates_dir: Path | str | None = None) -> Channel:
    """A ready channel from its ``[channels.<name>]`` table, validated strictly.

    ``source`` (the config file) prefixes every error; ``templates_dir`` is the global template
    override, which a channel's own ``templates_dir`` key replaces.
    """
    build = _Build(name, source, environ, Path(templates_dir) if templates_dir else None)
    kind = table.get("kind")
    kinds = ", ".join(sorted(CHANNEL_KINDS))
    if kind is None:
        raise ConfigError(f"{source}: channels.{name}: missing required key 'kind' "
                          f"(one of: {kinds})")
    if not isinstance(kind, str) or kind not in CHANNEL_KINDS:
        raise build.error("kind", f"unknown channel kind {kind!r} (one of: {kinds})")
    cls = CHANNEL_KINDS[kind]
    return cls.from_options(name, validate_options(cls.OPTIONS, table, build), build)


def validate_options(options: tuple[Option, ...], table: Mapping[str, object],
                     build: _Build) -> dict[str, Any]:
    """The table's values with defaults filled in; ConfigError naming the first bad key."""
    allowed = {o.key: o for o in (KIND_OPTION, *options, *BATCHING_OPTIONS)}
    where = f"{build.source}: channels.{build.name}"
    for key in table:
        if key not in allowed:
            hint = (f"; secrets are read from the environment: use {_SECRET_HINTS[key]} = "
                    f"\"VARIABLE_NAME\"" if key in _SECRET_HINTS else "")
            raise ConfigError(f"{where}: unknown key '{key}' "
                              f"(allowed: {', '.join(sorted(allowed))}){hint}")
    values: dict[str, Any] = {}
    for key, option in allowed.items():
        if key not in table:
            if option.required:
                raise ConfigError(f"{where}: missing required key '{key}'")
            values[key] = option.default
            continue
        values[key] = _check_type(option, table[key], build)
    return values


def _check_type(option: Option, value: object, build: _Build) -> Any:
    ok = {
        "str": isinstance(value, str) and bool(value.strip()),
        "int": isinstance(value, int) and not isinstance(value, bool),
        "number": isinstance(value, int | float) and not isinstance(value, bool),
        "bool": isinstance(value, bool),
        "str_list": isinstance(value, list) and bool(value)
                    and all(isinstance(v, str) and v.strip() for v in value),
        "duration": _duration_seconds(value) is not None,
    }[option.type]
    if not ok:
        # Values of *_env keys may be secrets pasted in by mistake: do not echo them.
        shown = "" if option.key.endswith("_env") else f", not {value!r}"
        raise build.error(option.key, f"must be {_TYPE_WORDS[option.type]}{shown}")
    if option.choices and value not in option.choices:
        raise build.error(option.key,
                          f"must be one of {', '.join(option.choices)}, not {value!r}")
    if option.type == "duration":
        return _duration_seconds(value)
    return value


def _duration_seconds(value: object) -> float | None:
    """Seconds in ``900``, ``"15m"``, ``"1h"`` … with the config file's duration grammar."""
    # Imported here: monitor.config imports this module, and owns the one duration grammar.

    return parse_duration(value)


# --- templates --------------------------------------------------------------------------------

class Link(NamedTuple):
    """A source URL and the href it may be linked with (None unless http/https)."""

    url: str
    href: str | None


@functools.lru_cache(maxsize=16)
def template_environment(templates_dir: Path | None = None) -> jinja2.Environment:
    """Jinja2 environment: ``templates_dir`` first, then the bundled templates; HTML autoescaped."""
    loaders: list[jinja2.BaseLoader] = []
    if templates_dir is not None:
        loaders.append(jinja2.FileSystemLoader(str(templates_dir)))
    loaders.append(jinja2.FileSystemLoader(str(TEMPLATES_DIR)))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html", "htm"),
                                            default_for_string=False, default=False),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["quote"] = quote_text
    env.filters["sentence"] = sentence
    return env


def render(env: jinja2.Environment, template: str, alert: Alert) -> str:
    """``template`` rendered for ``alert`` (raises jinja2.TemplateError on a template bug)."""
    return env.get_template(template).render(alert_context(alert))


def render_digest(env: jinja2.Environment, template: str, alerts: Sequence[Alert]) -> str:
    """``template`` rendered for a digest of ``alerts`` (see ``digest_context``)."""
    return env.get_template(template).render(digest_context(alerts))


def alert_context(alert: Alert) -> dict[str, Any]:
    """The variables every template sees (documented in the README for template authors)."""
    show = one_line(alert.show)
    title = show if alert.season is None else f"{show} S{alert.season}".strip()
    from_label = status_label(alert.from_status) if alert.from_status else None
    to_label = status_label(alert.to_status)
    change = change_text(alert, from_label, to_label)
    return {
        "alert": alert,
        "payload": alert.payload(),
        "show": show,
        "title": title or "monitor",
        "from_label": from_label,
        "to_label": to_label,
        "change": change,
        "short": short_text(alert, title or "monitor", to_label, change),
        "heading": HEADINGS.get(alert.kind, "Alert"),
        "evidence": one_line(alert.evidence),
        "links": [Link(one_line(u), u if _is_http(u) else None) for u in alert.sources],
        "created": alert.created_at.strftime("%Y-%m-%d %H:%M %Z").strip(),
        "late": late_text(alert),
        "moved": moved_text(alert),
        "previous": previous_text(alert),
        "previous_links": [Link(one_line(u), u if _is_http(u) else None)
                           for u in alert.previous_sources],
    }


def previous_text(alert: Alert) -> str | None:
    """What the season had before a move: "19 Jun 2017", "8 episodes" (None otherwise)."""
    if alert.kind == "episodes_changed" and alert.previous_episode_count is not None:
        return f"{alert.previous_episode_count} episodes"
    return human_date(alert.previous_date) or None


def digest_context(alerts: Sequence[Alert]) -> dict[str, Any]:
    """The variables a digest template sees: ``items`` holds each alert's ``alert_context``."""
    items = [alert_context(a) for a in alerts]
    count = len(items)
    return {
        "items": items,
        "count": count,
        "digest_id": digest_id(alerts),
        "heading": f"{count} TV update{'' if count == 1 else 's'}",
        "created": max((a.created_at for a in alerts),
                       default=dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
                       ).strftime("%Y-%m-%d %H:%M %Z").strip(),
    }


def digest_id(alerts: Sequence[Alert]) -> str:
    """The digest's idempotency key: the same set of alerts always gets the same id."""
    joined = "\n".join(sorted(a.id for a in alerts))
    return "digest-" + hashlib.sha256(joined.encode("utf-8")).hexdigest()[:32]


def digest_payload(alerts: Sequence[Alert]) -> dict[str, object]:
    """The JSON body of a digest, schema ``monitor.digest/1`` (documented in the README)."""
    return {"schema": "monitor.digest/1", "id": digest_id(alerts),
            "alerts": [a.payload() for a in alerts]}


HEADINGS: dict[str, str] = {
    "status_change": "Season status changed",
    "premiere_window": "Premiere window",
    "premiere_moved": "Premiere moved",
    "episodes_changed": "Episode order changed",
    "operator": "Monitor notice",
    "test": "Test alert",
}


def change_text(alert: Alert, from_label: str | None, to_label: str) -> str:
    """"filming → wrapped", "first seen: renewed", "premiere window", "premiere moved: 19 Jun
    2017 → 25 Jun 2017", "episode order changed: 8 → 10" …"""
    if alert.kind == "premiere_window":
        return "premiere window"
    if alert.kind in ("premiere_moved", "episodes_changed"):
        return moved_text(alert) or alert.kind.replace("_", " ")
    if alert.kind == "test":
        return "test alert"
    if alert.kind == "operator":
        return one_line(alert.evidence)[:120] or "notice"
    if from_label is None:
        return f"first seen: {to_label}"
    return f"{from_label} → {to_label}"


def short_text(alert: Alert, title: str, to_label: str, change: str) -> str:
    """A few words for a digest's subject line: "Jessica Jones S2 wrapped"."""
    if alert.kind == "premiere_window":
        return f"{title} premiere window" + (f" {alert.date}" if alert.date else "")
    if alert.kind == "premiere_moved":
        return f"{title} premiere moved to {human_date(alert.date)}"
    if alert.kind == "episodes_changed":
        return f"{title} now {alert.episode_count} episodes"
    if alert.kind == "operator":
        return "notice: " + change[:60]
    if alert.kind == "test":
        return "test alert"
    return f"{title} {to_label}"


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status.replace("_", " "))


def one_line(text: str) -> str:
    """``text`` without control characters, its whitespace collapsed to single spaces."""
    return " ".join(_CONTROL.sub("", unicodedata.normalize("NFC", text)).split())


def quote_text(text: str, width: int = 72, prefix: str = "> ") -> str:
    """Jinja filter: ``text`` wrapped to ``width`` and quoted line by line, e-mail style."""
    lines = textwrap.wrap(text, width=width - len(prefix)) or [""]
    return "\n".join(prefix + line for line in lines)


def _is_http(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and not _CONTROL.search(url)


def sample_alert() -> Alert:
    """An example alert: validates templates at start-up and serves ``monitor test-channel``."""
    import datetime as dt

    return Alert(
        id="sample-0000000000000000", kind="test", show="Example Show", season=1,
        from_status="filming", to_status="wrapped", date="2024-05-01", certainty="confirmed",
        evidence="This is a test alert from monitor: filming on Example Show season 1 wrapped.",
        sources=("https://example.com/news/example-show-wraps",),
        created_at=dt.datetime(2024, 5, 2, 12, 0, tzinfo=dt.UTC), published=dt.date(2024, 5, 2),
    )


_SAMPLES: tuple[Alert, ...] = (
    sample_alert(),
    dataclasses.replace(sample_alert(), kind="status_change"),
    dataclasses.replace(sample_alert(), kind="status_change", from_status=None, season=None,
                        date=None, certainty=None, published=None, sources=()),
    dataclasses.replace(sample_alert(), kind="premiere_window", to_status="wrapped",
                        date="2025-FA", certainty="expected"),
    dataclasses.replace(sample_alert(), kind="status_change", reported_late=True),
    dataclasses.replace(sample_alert(), kind="status_change", to_status="premiere_scheduled",
                        date="2025-08-06", previous_date="2025-FA",
                        previous_sources=("https://example.com/news/fall",)),
    dataclasses.replace(sample_alert(), kind="premiere_moved", from_status="premiere_scheduled",
                        to_status="premiere_scheduled", date="2025-04-14",
                        previous_date="2025-03-08",
                        previous_sources=("https://example.com/news/march",)),
    dataclasses.replace(sample_alert(), kind="episodes_changed", from_status="wrapped",
                        date=None, episode_count=10, previous_episode_count=8),
    dataclasses.replace(sample_alert(), kind="operator", show="", season=None,
                        evidence="Feed https://example.com/rss failed 5 times in a row."),
)


# --- webhook ------------------------------------------------------------------------------------

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
    return fetch.parse_retry_after(value, dt.datetime.fromtimestamp(now, dt.UTC))


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
                 batching: Batching | None = None) -> None:
        self.name = name
        self.url = url
        self.batching = batching
        self.timeout = (connect_timeout, read_timeout)
        self.user_agent = user_agent
        self.session = session or requests.Session()
        #: Unix time for ``webhook-timestamp`` and HTTP-date Retry-After; injectable for tests.
        self.clock = clock
        self._secret = secret

    @classmethod
    def from_options(cls, name: str, opts: Mapping[str, Any], build: _Build) -> WebhookChannel:
        if (opts["url"] is None) == (opts["url_env"] is None):
            raise ConfigError(f"{build.source}: channels.{name}: "
                              "give exactly one of the keys 'url' or 'url_env'")
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
                   user_agent=opts["user_agent"], batching=build.batching(opts))

    def close(self) -> None:
        """Release pooled connections (the session is the channel's own)."""
        self.session.close()

    @property
    def signed(self) -> bool:
        return self._secret is not None

    def describe(self) -> str:
        return _with_batching(
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
        self._post(alert.id, json.dumps(alert.payload(), ensure_ascii=False))

    def send_digest(self, alerts: Sequence[Alert]) -> None:
        """POST ``{"schema": "monitor.digest/1", "id", "alerts": [...]}``; webhook-id = id."""
        payload = digest_payload(alerts)
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
                    return
                snippet = _snippet(response)
                retry_after = parse_retry_after(response.headers.get("Retry-After"), self.clock())
                location = response.headers.get("Location", "")
        except requests.Timeout as exc:
            raise DeliveryError(self.name, f"{where} timed out ({_reason(exc)})") from exc
        except requests.ConnectionError as exc:
            raise DeliveryError(self.name, connection_problem(exc, where)) from exc
        except requests.RequestException as exc:
            raise DeliveryError(self.name, f"request to {where} failed ({_reason(exc)})",
                                retryable=False) from exc
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


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """``exc`` and what lies under it: causes, contexts, urllib3's ``reason``; each once."""
    seen: set[int] = set()
    stack = [exc]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        for inner in (current.__cause__, current.__context__, getattr(current, "reason", None),
                      *current.args):
            if isinstance(inner, BaseException):
                stack.append(inner)


def connection_problem(exc: BaseException, where: str) -> str:
    """What went wrong reaching ``where``, in the words a user looks for: DNS, connection
    refused, TLS; the innermost reason follows in brackets."""
    causes = list(_causes(exc))
    reason = _reason(exc)
    if any(isinstance(c, ssl.SSLError) or type(c).__name__ == "SSLError" for c in causes):
        return f"TLS error with {where} ({reason})"
    if any(isinstance(c, socket.gaierror) or type(c).__name__ == "NameResolutionError"
           for c in causes):
        host = urlsplit(where).hostname or where
        return f"DNS lookup of {host} failed: no such host, or no DNS ({reason})"
    if any(isinstance(c, ConnectionRefusedError) for c in causes):
        return f"connection refused by {where}: nothing listening there? ({reason})"
    return f"cannot connect to {where} ({reason})"


def _snippet(response: requests.Response, limit: int = 200) -> str:
    """The start of an error answer's body, for the log; never the whole (maybe huge) body."""
    try:
        chunk = next(response.iter_content(limit), b"")
    except requests.RequestException:
        return ""
    return one_line(chunk.decode("utf-8", "replace"))[:limit]


def _reason(exc: BaseException) -> str:
    """A short reason for a requests exception: the innermost cause, without the URL noise."""
    inner: BaseException = exc
    while inner.__context__ is not None and inner.__context__ is not inner:
        inner = inner.__context__
    text = str(inner) or type(inner).__name__
    return one_line(text)[:200]


def _check_http_url(url: str, build: _Build, key: str, shown: str) -> str:
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


# --- email --------------------------------------------------------------------------------------

SMTP_DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}


def message_id(alert: Alert) -> str:
    """``<alert-{id}@monitor>``: the same alert always gets the same Message-ID."""
    token = alert.id if _SAFE_ID.match(alert.id) else hashlib.sha256(
        alert.id.encode()).hexdigest()[:32]
    return f"<alert-{token}@monitor>"


def season_thread_id(show: str, season: int | None) -> str:
    """A stable per-season Message-ID every alert about that season replies to (threading)."""
    digest = hashlib.sha256(f"{show_key(show)}|{season}".encode()).hexdigest()[:20]
    return f"<season-{digest}@monitor>"


def _check_address(value: str, build: _Build, key: str) -> str:
    _, addr = email.utils.parseaddr(value)
    if (not addr or "@" not in addr or any(c.isspace() for c in addr)
            or _CONTROL.search(value) or "\n" in value):
        raise build.error(key, f"{value!r} is not an email address")
    return value.strip()


class EmailChannel:
    """Sends the alert as a plain-text + HTML email over SMTP (STARTTLS, SSL or plain)."""

    KIND: ClassVar[str] = "email"
    SUMMARY: ClassVar[str] = "email (plain text + HTML) over SMTP"
    OPTIONS: ClassVar[tuple[Option, ...]] = (
        Option("host", "str", required=True, doc="SMTP server host name"),
        Option("port", "int", doc="SMTP port (default 587 starttls, 465 ssl, 25 none)"),
        Option("security", "str", default="starttls", choices=("starttls", "ssl", "none"),
               doc="starttls (upgrade after connecting), ssl (TLS from the start) or none"),
        Option("username", "str", doc="login name; needs password_env"),
        Option("password_env", "str", doc="environment variable holding the SMTP password"),
        Option("from", "str", required=True, doc="sender address, e.g. 'Monitor <m@example.com>'"),
        Option("to", "str_list", required=True, doc="list of recipient addresses"),
        Option("timeout", "number", default=30.0, doc="seconds for connecting and each command"),
        TEMPLATES_OPTION,
    )

    kind = "email"

    def __init__(self, name: str, *, host: str, port: int, security: str, sender: str,
                 recipients: tuple[str, ...], username: str | None = None,
                 password: str | None = None, timeout: float = 30.0,
                 templates: jinja2.Environment | None = None,
                 ssl_context: ssl.SSLContext | None = None,
                 batching: Batching | None = None) -> None:
        self.name = name
        self.batching = batching
        self.host = host
        self.port = port
        self.security = security
        self.sender = sender
        self.recipients = recipients
        self.username = username
        self.timeout = timeout
        self.templates = templates or template_environment(None)
        #: TLS settings for starttls/ssl; the system's default trust store unless injected.
        self.ssl_context = ssl_context
        self._password = password

    @classmethod
    def from_options(cls, name: str, opts: Mapping[str, Any], build: _Build) -> EmailChannel:
        if (opts["username"] is None) != (opts["password_env"] is None):
            given = "username" if opts["username"] is not None else "password_env"
            missing = "password_env" if given == "username" else "username"
            raise build.error(missing, f"is required when '{given}' is set")
        password = (build.env_value("password_env", opts["password_env"])
                    if opts["password_env"] is not None else None)
        host = opts["host"].strip()
        if any(c in host for c in "/:@ []") and not _is_ipv6(host):
            raise build.error("host", f"{host!r} must be a bare host name or IP address "
                                      "(put the port in 'port')")
        port = opts["port"] if opts["port"] is not None else SMTP_DEFAULT_PORTS[opts["security"]]
        if not 0 < port < 65536:
            raise build.error("port", f"{port} is not a TCP port")
        recipients = tuple(_check_address(a, build, "to") for a in opts["to"])
        if opts["security"] == "none" and password is not None and host not in (
                "localhost", "127.0.0.1", "::1"):
            log.warning("channel %s: SMTP login to %s without TLS sends the password in clear",
                        name, host)
        return cls(name, host=host, port=port, security=opts["security"],
                   sender=_check_address(opts["from"], build, "from"), recipients=recipients,
                   username=opts["username"], password=password,
                   timeout=build.positive("timeout", opts["timeout"]),
                   templates=build.templates(
                       opts, ("email_subject.txt", "email.txt", "email.html", *DIGEST_TEMPLATES)),
                   batching=build.batching(opts))

    def close(self) -> None:
        """Nothing held open: each send uses its own SMTP connection."""

    def describe(self) -> str:
        scheme = "smtps" if self.security == "ssl" else "smtp"
        user = f"{self.username}:***@" if self.username else ""
        host = f"[{self.host}]" if _is_ipv6(self.host) else self.host
        return _with_batching(f"email {scheme}://{user}{host}:{self.port} {self.security} -> "
                              f"{', '.join(self.recipients)}", self.batching)

    def build_message(self, alert: Alert) -> EmailMessage:
        """The MIME message: multipart/alternative plain + HTML, stable ids, season threading."""
        msg = EmailMessage()
        msg["Subject"] = one_line(render(self.templates, "email_subject.txt", alert))[:250]
        msg["From"] = self.sender
        msg["To"] = ", ".join(self.recipients)
        msg["Date"] = email.utils.format_datetime(alert.created_at)
        msg["Message-ID"] = message_id(alert)
        if alert.show.strip() and alert.kind in SEASON_ALERT_KINDS:
            thread = season_thread_id(alert.show, alert.season)
            msg["In-Reply-To"] = thread
            msg["References"] = thread
        msg["Auto-Submitted"] = "auto-generated"  # RFC 3834: no vacation replies
        msg["X-Monitor-Alert-Id"] = one_line(alert.id)
        msg.set_content(render(self.templates, "email.txt", alert).rstrip() + "\n",
                        cte="quoted-printable")
        msg.add_alternative(render(self.templates, "email.html", alert), subtype="html")
        return msg

    def build_digest_message(self, alerts: Sequence[Alert]) -> EmailMessage:
        """One email listing ``alerts``: subject "3 TV updates: …", plain + HTML, stable id."""
        msg = EmailMessage()
        msg["Subject"] = one_line(render_digest(self.templates, "digest_subject.txt",
                                                alerts))[:250]
        msg["From"] = self.sender
        msg["To"] = ", ".join(self.recipients)
        msg["Date"] = email.utils.format_datetime(max(a.created_at for a in alerts))
        msg["Message-ID"] = f"<{digest_id(alerts)}@monitor>"
        msg["Auto-Submitted"] = "auto-generated"
        msg["X-Monitor-Digest-Id"] = digest_id(alerts)
        msg.set_content(render_digest(self.templates, "digest.txt", alerts).rstrip() + "\n",
                        cte="quoted-printable")
        msg.add_alternative(render_digest(self.templates, "digest.html", alerts),
                            subtype="html")
        return msg

    def send(self, alert: Alert) -> None:
        try:
            msg = self.build_message(alert)
        except jinja2.TemplateError as exc:
            raise DeliveryError(self.name, f"email template error: {exc}",
                                retryable=False) from exc
        self._deliver(msg, alert.id)

    def send_digest(self, alerts: Sequence[Alert]) -> None:
        try:
            msg = self.build_digest_message(alerts)
        except jinja2.TemplateError as exc:
            raise DeliveryError(self.name, f"email digest template error: {exc}",
                                retryable=False) from exc
        self._deliver(msg, digest_id(alerts))

    def _deliver(self, msg: EmailMessage, msg_id: str) -> None:
        try:
            with self._connect() as smtp:
                if self.security == "starttls":
                    smtp.starttls(context=self._tls())
                if self.username is not None and self._password is not None:
                    smtp.login(self.username, self._password)
                refused = smtp.send_message(msg, from_addr=_bare(self.sender),
                                            to_addrs=[_bare(r) for r in self.recipients])
        except (smtplib.SMTPException, OSError) as exc:
            raise self._error(exc) from exc
        if refused:
            # The others got it; resending would duplicate, so count it delivered and say so.
            log.warning("alert %s via %s: some recipients refused: %s", msg_id, self.name,
                        _refusals(refused))

    def _connect(self) -> smtplib.SMTP:
        if self.security == "ssl":
            return smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout,
                                    context=self._tls())
        return smtplib.SMTP(self.host, self.port, timeout=self.timeout)

    def _tls(self) -> ssl.SSLContext:
        return self.ssl_context or ssl.create_default_context()

    def _error(self, exc: BaseException) -> DeliveryError:
        """Translate an smtplib/socket error: retryable unless the server's answer is final."""
        at = f"{self.host}:{self.port}"
        if isinstance(exc, smtplib.SMTPAuthenticationError):
            final = exc.smtp_code >= 500
            return DeliveryError(
                self.name, f"SMTP authentication (login as {self.username}) at {at} "
                f"{'rejected' if final else 'failed temporarily'} ({_smtp_reply(exc)})"
                + ("; check username and password_env" if final else ""), retryable=not final)
        if isinstance(exc, smtplib.SMTPNotSupportedError):
            return DeliveryError(self.name, f"{at} does not support what the config asks "
                                 f"(security={self.security}, login): {exc}", retryable=False)
        if isinstance(exc, smtplib.SMTPRecipientsRefused):
            final = all(code >= 500 for code, _ in exc.recipients.values())
            return DeliveryError(self.name, f"{at} refused every recipient: "
                                 f"{_refusals(exc.recipients)}", retryable=not final)
        if isinstance(exc, smtplib.SMTPResponseException):
            final = 500 <= exc.smtp_code < 600
            what = ("refused the sender" if isinstance(exc, smtplib.SMTPSenderRefused)
                    else "refused the message")
            return DeliveryError(self.name, f"{at} {what} ({_smtp_reply(exc)})"
                                 + ("" if final else ", temporary"), retryable=not final)
        if isinstance(exc, smtplib.SMTPServerDisconnected):
            return DeliveryError(self.name, f"{at} closed the connection unexpectedly ({exc})")
        if isinstance(exc, ssl.SSLError):
            return DeliveryError(self.name, f"TLS error with {at} ({exc})")
        if isinstance(exc, socket.gaierror):
            return DeliveryError(self.name, f"DNS lookup of SMTP host {self.host} failed ({exc})")
        if isinstance(exc, TimeoutError):
            return DeliveryError(self.name, f"SMTP {at} timed out after {self.timeout:g}s")
        if isinstance(exc, ConnectionRefusedError):
            return DeliveryError(self.name, f"SMTP {at} refused the connection: connection "
                                 "refused (server down?)")
        return DeliveryError(self.name, f"SMTP {at} failed: {type(exc).__name__}: {exc}")


def _is_ipv6(host: str) -> bool:
    try:
        return isinstance(ipaddress.ip_address(host), ipaddress.IPv6Address)
    except ValueError:
        return False


def _bare(address: str) -> str:
    return email.utils.parseaddr(address)[1]


def _smtp_reply(exc: smtplib.SMTPResponseException) -> str:
    text = exc.smtp_error.decode("utf-8", "replace") if isinstance(
        exc.smtp_error, bytes) else str(exc.smtp_error)
    return f"{exc.smtp_code} {one_line(text)}"


def _refusals(refused: Mapping[str, tuple[int, bytes]]) -> str:
    return "; ".join(f"{addr} ({code} {one_line(msg.decode('utf-8', 'replace'))})"
                     for addr, (code, msg) in refused.items())


# --- console ------------------------------------------------------------------------------------

class ConsoleChannel:
    """Prints a one-line summary, the evidence and the sources to a stream (stdout by default)."""

    KIND: ClassVar[str] = "console"
    SUMMARY: ClassVar[str] = "prints the alert to standard output or standard error"
    OPTIONS: ClassVar[tuple[Option, ...]] = (
        Option("stream", "str", default="stdout", choices=("stdout", "stderr"),
               doc="stdout or stderr"),
        TEMPLATES_OPTION,
    )

    kind = "console"

    def __init__(self, name: str, *, stream: TextIO | None = None, stream_name: str = "stdout",
                 templates: jinja2.Environment | None = None,
                 batching: Batching | None = None) -> None:
        self.name = name
        self.batching = batching
        #: Where to print; None means sys.stdout/sys.stderr looked up at each send.
        self.stream = stream
        self.stream_name = stream_name
        self.templates = templates or template_environment(None)

    @classmethod
    def from_options(cls, name: str, opts: Mapping[str, Any], build: _Build) -> ConsoleChannel:
        return cls(name, stream_name=opts["stream"],
                   templates=build.templates(opts, ("console.txt",)),
                   batching=build.batching(opts))

    def close(self) -> None:
        """Nothing to release; the stream is not ours to close."""

    def describe(self) -> str:
        return _with_batching(f"console {self.stream_name}", self.batching)

    def send(self, alert: Alert) -> None:
        self.send_digest([alert])

    def send_digest(self, alerts: Sequence[Alert]) -> None:
        """Print each alert, in one write so a digest is not interleaved with other output."""
        try:
            text = "\n".join(render(self.templates, "console.txt", a).rstrip("\n")
                             for a in alerts)
        except jinja2.TemplateError as exc:
            raise DeliveryError(self.name, f"console template error: {exc}",
                                retryable=False) from exc
        stream = self.stream or (sys.stderr if self.stream_name == "stderr" else sys.stdout)
        try:
            print(text, file=stream, flush=True)
        except (OSError, ValueError) as exc:  # closed pipe or stream
            raise DeliveryError(self.name, f"cannot write to {self.stream_name}: {exc}") from exc


# --- apprise ------------------------------------------------------------------------------------

#: The HTTP status in Apprise's failure log ("… error=401." in 2.x, "HTTP Error 401" before).
_APPRISE_HTTP_STATUS = re.compile(r"(?:\bHTTP Error|\berror=)\s*(\d{3})\b")
#: Words in Apprise's (debug) log that say what kind of failure it was, in our words.
_APPRISE_PROBLEMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"SSL|TLS|certificate", re.I), "TLS error"),
    (re.compile(r"Name or service not known|nodename nor servname|Failed to resolve|"
                r"getaddrinfo failed|Temporary failure in name resolution", re.I),
     "DNS lookup failed"),
    (re.compile(r"Connection refused", re.I), "connection refused"),
    (re.compile(r"timed out|timeout", re.I), "timed out"),
)


def _import_apprise() -> Any:
    """The apprise module, imported only when an apprise channel is configured."""
    import apprise

    return apprise


class AppriseChannel:
    """Sends a title and a body through any Apprise URL (Slack, Discord, Telegram, ntfy, Matrix …).

    Apprise is an optional extra (``pip install 'monitor[apprise]'``). Apprise reports a failure
    as False plus log lines, so those lines are captured to word the DeliveryError.
    """

    KIND: ClassVar[str] = "apprise"
    SUMMARY: ClassVar[str] = ("any Apprise URL: Slack, Discord, Telegram, ntfy, Matrix, … "
                              "(needs pip install 'monitor[apprise]')")
    OPTIONS: ClassVar[tuple[Option, ...]] = (
        Option("url_env", "str", doc="environment variable holding the Apprise URL "
                                     "(Apprise URLs usually contain a token)"),
        Option("url", "str", doc="the Apprise URL itself (allowed, but prefer url_env: "
                                 "a token in the config file is a leaked token)"),
        TEMPLATES_OPTION,
    )

    kind = "apprise"

    def __init__(self, name: str, notifier: Any, module: Any, *, shown: str,
                 templates: jinja2.Environment | None = None,
                 batching: Batching | None = None) -> None:
        self.name = name
        #: An ``apprise.Apprise`` holding this channel's URL(s).
        self.notifier = notifier
        self.batching = batching
        self.templates = templates or template_environment(None)
        self._module = module
        self._shown = shown

    @classmethod
    def from_options(cls, name: str, opts: Mapping[str, Any], build: _Build) -> AppriseChannel:
        try:
            module = _import_apprise()
        except ImportError:
            raise ConfigError(f"{build.source}: channels.{name}: kind 'apprise' needs the "
                              "apprise extra: pip install 'monitor[apprise]'") from None
        if (opts["url"] is None) == (opts["url_env"] is None):
            raise ConfigError(f"{build.source}: channels.{name}: "
                              "give exactly one of the keys 'url_env' or 'url'")
        if opts["url"] is not None:
            key, url = "url", opts["url"].strip()
            log.warning("%s: channels.%s.url: Apprise URLs usually contain a token; put the URL "
                        "in an environment variable and name it with url_env instead",
                        build.source, name)
        else:
            key, url = "url_env", build.env_value("url_env", opts["url_env"]).strip()
        with warnings.catch_warnings():
            # Apprise loads its plugins on the first add(); their import-time deprecation
            # warnings (e.g. imghdr) are Apprise's to fix, not our users' to read.
            warnings.simplefilter("ignore", DeprecationWarning)
            notifier = module.Apprise(asset=_apprise_asset(module))
            added = notifier.add(url)
        if not added:
            scheme = urlsplit(url).scheme or "?"
            where = (f"the URL in environment variable {opts['url_env']}" if key == "url_env"
                     else "the URL")
            raise build.error(key, f"Apprise does not understand {where} (scheme '{scheme}://'); "
                                   "see https://github.com/caronc/apprise/wiki for URL formats")
        shown = ", ".join(_apprise_shown(server) for server in notifier)
        return cls(name, notifier, module, shown=shown,
                   templates=build.templates(
                       opts, ("apprise_title.txt", "apprise_body.txt", *DIGEST_TEMPLATES)),
                   batching=build.batching(opts))

    def close(self) -> None:
        """Nothing held open between sends."""

    def describe(self) -> str:
        return _with_batching(f"apprise {self._shown}", self.batching)

    def send(self, alert: Alert) -> None:
        try:
            title = one_line(render(self.templates, "apprise_title.txt", alert))[:250]
            body = render(self.templates, "apprise_body.txt", alert).strip()
        except jinja2.TemplateError as exc:
            raise DeliveryError(self.name, f"apprise template error: {exc}",
                                retryable=False) from exc
        self._notify(title, body)

    def send_digest(self, alerts: Sequence[Alert]) -> None:
        try:
            title = one_line(render_digest(self.templates, "digest_subject.txt", alerts))[:250]
            body = render_digest(self.templates, "digest.txt", alerts).strip()
        except jinja2.TemplateError as exc:
            raise DeliveryError(self.name, f"apprise template error: {exc}",
                                retryable=False) from exc
        self._notify(title, body)

    def _notify(self, title: str, body: str) -> None:
        module = self._module
        # Apprise's debug lines say why a send failed (connection refused, TLS …); capture them,
        # but keep them out of our own log, where the DeliveryError reports the failure once.
        apprise_log = logging.getLogger(getattr(module, "LOGGER_NAME", "apprise"))
        propagate, apprise_log.propagate = apprise_log.propagate, False
        try:
            with module.LogCapture(level=logging.DEBUG, fmt="%(levelname)s %(message)s") as out:
                ok = self.notifier.notify(body=body, title=title,
                                          body_format=module.NotifyFormat.TEXT)
                captured = out.getvalue()
        except Exception as exc:  # Apprise plugins may raise anything; never crash delivery
            raise DeliveryError(self.name, f"{self._shown}: Apprise raised "
                                f"{type(exc).__name__}: {one_line(str(exc))[:200]}") from exc
        finally:
            apprise_log.propagate = propagate
        if ok:
            return
        raise _apprise_error(self.name, self._shown, captured)


def _apprise_asset(module: Any) -> Any:
    """Apprise settings: identify as monitor; keep Apprise's own state in memory, not on disk
    (the service may only write its state directory)."""
    import inspect

    wanted = {"storage_mode": "memory", "result_log_disk_size": 0}
    accepted = inspect.signature(module.AppriseAsset.__init__).parameters
    return module.AppriseAsset(app_id="monitor", app_desc="TV production news monitor",
                               **{k: v for k, v in wanted.items() if k in accepted})


def _apprise_shown(server: Any) -> str:
    """A server's URL as Apprise prints it with secrets hidden, without its query string."""
    try:
        text = str(server.url(privacy=True))
    except Exception:  # a plugin that cannot print itself is shown by its scheme
        return f"{getattr(server, 'protocol', '?')}://…"
    return text.split("?", 1)[0]


def _apprise_error(channel: str, shown: str, captured: str) -> DeliveryError:
    """A DeliveryError from Apprise's log lines: our words first, Apprise's warning after."""
    lines = [one_line(line) for line in captured.splitlines() if line.strip()]
    problems = [line.split(" ", 1)[1] for line in lines
                if line.startswith(("WARNING ", "ERROR ", "CRITICAL ")) and " " in line]
    detail = "; ".join(dict.fromkeys(problems))[:300] or "Apprise reported a failure"
    statuses = [int(code) for code in _APPRISE_HTTP_STATUS.findall(captured)]
    final = False
    if statuses:
        status = statuses[-1]
        auth = (" (authentication failed: check the token in the URL)"
                if status in (401, 403) else "")
        words: str | None = f"answered HTTP {status}{auth}"
        final = 400 <= status < 500 and status not in RETRYABLE_HTTP
    else:
        words = next((w for pattern, w in _APPRISE_PROBLEMS if pattern.search(captured)), None)
    reason = f"{shown}: {words} ({detail})" if words else f"{shown}: {detail}"
    return DeliveryError(channel, reason + (", not retrying" if final else ""),
                         retryable=not final)


# --- registry -----------------------------------------------------------------------------------

class _ChannelClass(Protocol):
    KIND: ClassVar[str]
    SUMMARY: ClassVar[str]
    OPTIONS: ClassVar[tuple[Option, ...]]

    @classmethod
    def from_options(cls, name: str, opts: Mapping[str, Any], build: _Build) -> Channel: ...


CHANNEL_KINDS: dict[str, type[_ChannelClass]] = {
    cls.KIND: cls for cls in (WebhookChannel, EmailChannel, ConsoleChannel, AppriseChannel)
}


def channel_kinds_help() -> str:
    """Every channel kind and its config keys, as plain text (for ``--help`` and the README)."""
    out: list[str] = []
    for kind, cls in sorted(CHANNEL_KINDS.items()):
        out.append(f"{kind}: {cls.SUMMARY}")
        for opt in (KIND_OPTION, *cls.OPTIONS, *BATCHING_OPTIONS):
            need = "required" if opt.required else (
                f"default {opt.default!r}" if opt.default is not None else "optional")
            out.append(f"  {opt.key:<16} {opt.type:<8} {need}: {opt.doc}")
    return "\n".join(out)
