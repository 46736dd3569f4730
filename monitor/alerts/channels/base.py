"""What every alert channel shares: the protocol, config keys as data, batching, building.

Each channel kind (one module each beside this one) is a class that declares its config keys as
data (``OPTIONS``); ``validate_options`` checks a ``[channels.<name>]`` table against them
strictly (an unknown key, a missing key, a wrong type is a ``ConfigError`` naming the key).

A channel sends one alert once: ``send`` either returns (delivered) or raises ``DeliveryError``
saying whether a retry could help; ``send_digest`` sends several alerts as one message the same
way. Every channel also carries its ``Batching`` (the ``digest``, ``quiet_hours`` and ``timezone``
keys), which tells the outbox when to hold alerts back; the channel itself never holds anything.
No channel may retry, sleep, read the clock for a decision, touch the state store or read a
secret from the config file: secrets come only from environment variables the config names
(``secret_env``, ``password_env``, ``url_env``), and ``describe()`` never prints them.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol, runtime_checkable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ...errors import ConfigError
from ...models import CERTAINTIES, Alert
from ...names import show_key
from ...options import ENV_NAME, parse_duration, read_env_secret
from ..messages import (
    DIGEST_TEMPLATES,
    SAMPLE_ALERTS,
    alert_context,
    digest_context,
    template_environment,
)
from ..routing import ROUTE_STATUSES, SHOWS_ALL, SHOWS_WATCHED, Routing

if TYPE_CHECKING:  # loaded with the templates: reading the config needs no jinja2
    import jinja2

#: HTTP answers that may succeed later; every other 4xx is final.
RETRYABLE_HTTP = frozenset({408, 425, 429})


#: Keys people write by mistake instead of the *_env key that names a variable.
_SECRET_HINTS = {"password": "password_env", "secret": "secret_env", "token": "secret_env"}

OptionType = Literal["str", "int", "number", "bool", "str_list", "duration", "str_or_list"]
_TYPE_WORDS: dict[str, str] = {
    "str": "a non-empty string", "int": "an integer", "number": "a number",
    "bool": "true or false", "str_list": "a non-empty list of strings",
    "str_or_list": "a non-empty string or a non-empty list of strings",
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

    def probe(self) -> str:
        """Reach the channel's server WITHOUT sending anything (``monitor doctor``): say what
        answered, or raise OSError, ``smtplib.SMTPException`` or MonitorError saying why not."""


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


#: Keys every kind accepts that decide which alerts it gets (see :mod:`monitor.alerts.routing`).
ROUTING_OPTIONS: tuple[Option, ...] = (
    Option("shows", "str_or_list", default=SHOWS_WATCHED,
           doc='"watched" (the [watch] list), "all", or a list of show titles'),
    Option("statuses", "str_list",
           doc="only these: " + ", ".join(ROUTE_STATUSES) + " (default: all)"),
    Option("certainties", "str_list",
           doc="only alerts this sure: confirmed, expected, speculative (default: all)"),
    Option("first_sightings", "bool", default=True,
           doc="whether a season's first sighting alerts (false: only changes do)"),
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


def with_batching(text: str, batching: Batching | None) -> str:
    return f"{text} [{batching.describe()}]" if batching is not None else text


@dataclass(frozen=True)
class ChannelSettings:
    """One ``[channels.<name>]`` table, validated: what the daemon builds a channel from.

    Plain data, checked when the config is read (keys, types, URLs, addresses, quiet hours), but
    no secret read and nothing opened: commands that never send (status, history, health …)
    need no channel secret in the environment. ``registry.open_channel`` makes it a channel.
    """

    name: str
    kind: str
    #: Every key of the kind, defaults filled in (``kind`` included).
    options: Mapping[str, Any]
    #: The config file, named in every message, and against which templates_dir is resolved.
    source: str
    #: The global template override (a channel's own templates_dir key replaces it).
    templates_dir: Path | None = None
    #: Which alerts this channel gets (its shows, statuses, certainties, first_sightings keys).
    routing: Routing = Routing()
    #: The status page's public URL (``http.public_url``), for links to a season's page.
    public_url: str | None = None

    def describe(self) -> str:
        """The channel's kind and name, for lines that mention a channel not built yet."""
        return f"{self.kind} channel {self.name}"


@dataclass(frozen=True)
class Build:
    """Where a channel table came from, to word errors and resolve secrets and paths.

    ``environ`` is None while only checking a table (reading the config): no secret is read.
    """

    name: str
    source: str
    environ: Mapping[str, str] | None = None
    templates_dir: Path | None = None
    #: The status page's public URL (``http.public_url``): messages link to the season's page.
    public_url: str | None = None

    def error(self, key: str, problem: str) -> ConfigError:
        return ConfigError(f"{self.source}: channels.{self.name}.{key}: {problem}")

    def env_value(self, key: str, var: str) -> str:
        """The value of the environment variable that config key ``key`` names."""
        return read_env_secret(var, self.environ or {},
                               f"{self.source}: channels.{self.name}.{key}")

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

    def routing(self, options: Mapping[str, Any]) -> Routing:
        """The channel's :class:`Routing` from its shows/statuses/certainties/first_sightings
        keys (types already checked); an unknown status or certainty is named."""
        shows = options.get("shows", SHOWS_WATCHED)
        show_set: str | frozenset[str]
        if isinstance(shows, str):
            if shows.strip() not in (SHOWS_WATCHED, SHOWS_ALL):
                raise self.error("shows", f'must be "watched", "all" or a list of show titles, '
                                          f"not {shows!r}")
            show_set = shows.strip()
        else:
            show_set = frozenset(show_key(t) for t in shows)
        return Routing(
            shows=show_set,
            statuses=self._choices(options, "statuses", ROUTE_STATUSES),
            certainties=self._choices(options, "certainties", CERTAINTIES),
            first_sightings=bool(options.get("first_sightings", True)),
        )

    def _choices(self, options: Mapping[str, Any], key: str,
                 allowed: tuple[str, ...]) -> frozenset[str] | None:
        values = options.get(key)
        if values is None:
            return None
        for value in values:
            if value not in allowed:
                raise self.error(key, f"unknown value {value!r} (allowed: {', '.join(allowed)})")
        return frozenset(values)

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

    def templates_directory(self, options: Mapping[str, Any]) -> Path | None:
        """The directory whose templates override the bundled ones (None: the bundled ones)."""
        raw = options.get("templates_dir")
        directory = self._templates_path(raw) if raw is not None else self.templates_dir
        if directory is not None and not directory.is_dir():
            raise self.error("templates_dir", f"{directory} is not a directory")
        return directory

    def templates(self, options: Mapping[str, Any], names: tuple[str, ...]) -> jinja2.Environment:
        """The template environment for this channel, each template checked by a sample render."""
        import jinja2
        env = template_environment(self.templates_directory(options))
        for template in names:
            try:
                if template in DIGEST_TEMPLATES:
                    env.get_template(template).render(digest_context(SAMPLE_ALERTS))
                    continue
                for sample in SAMPLE_ALERTS:  # every branch a template may take
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


def validate_options(options: tuple[Option, ...], table: Mapping[str, object],
                     build: Build) -> dict[str, Any]:
    """The table's values with defaults filled in; ConfigError naming the first bad key."""
    allowed = {o.key: o for o in (KIND_OPTION, *options, *BATCHING_OPTIONS, *ROUTING_OPTIONS)}
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


def _check_type(option: Option, value: object, build: Build) -> Any:
    ok = {
        "str": isinstance(value, str) and bool(value.strip()),
        "int": isinstance(value, int) and not isinstance(value, bool),
        "number": isinstance(value, int | float) and not isinstance(value, bool),
        "bool": isinstance(value, bool),
        "str_list": isinstance(value, list) and bool(value)
                    and all(isinstance(v, str) and v.strip() for v in value),
        "str_or_list": (isinstance(value, str) and bool(value.strip())) or (
            isinstance(value, list) and bool(value)
            and all(isinstance(v, str) and v.strip() for v in value)),
        "duration": _duration_seconds(value) is not None,
    }[option.type]
    if not ok:
        # Values of *_env keys may be secrets pasted in by mistake: do not echo them.
        shown = "" if option.key.endswith("_env") else f", not {value!r}"
        raise build.error(option.key, f"must be {_TYPE_WORDS[option.type]}{shown}")
    if option.choices and value not in option.choices:
        raise build.error(option.key,
                          f"must be one of {', '.join(option.choices)}, not {value!r}")
    if option.key.endswith("_env") and not ENV_NAME.match(str(value)):
        raise build.error(option.key, "must name an environment variable (e.g. "
                                      "MONITOR_SMTP_PASSWORD), not hold the secret itself")
    if option.type == "duration":
        return _duration_seconds(value)
    return value


def _duration_seconds(value: object) -> float | None:
    """Seconds in ``900``, ``"15m"``, ``"1h"`` … with the config file's duration grammar."""
    # Imported here: monitor.config imports this module, and owns the one duration grammar.

    return parse_duration(value)


