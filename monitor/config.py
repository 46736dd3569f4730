"""Configuration: defaults in code, the user's TOML file merged on top, validated strictly.

Every key is known here; an unknown key, a wrong type or a bad URL fails at start-up with a
ConfigError naming the file and the key. Secrets are never read from the file: the file names
the environment variable that holds them, and whoever needs a secret reads it when it needs it
(the daemon opening its channels, the status page its token), so commands that never send or
serve (status, history, alerts, health) run without any secret in the environment.

A channel here is plain settings (:class:`~monitor.alerts.channels.ChannelSettings`: its kind
and checked options), never a live channel: the daemon opens the channels, owns them and closes
them. This module reads one file; it never touches the network or the state.
"""

from __future__ import annotations

import math
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import platformdirs

from .alerts.channels import ChannelSettings, channel_settings
from .alerts.delivery import RetryPolicy
from .errors import ConfigError
from .links import check_public_url
from .models import ShowName
from .names import show_key
from .options import ENV_NAME, is_loopback, parse_duration, parse_listen, read_env_secret
from .store.location import StateLocation, is_database_url

#: The config file a fresh checkout runs with: it replays the bundled fixture feed offline.
PACKAGE_ROOT = Path(__file__).resolve().parent.parent
BUILTIN_CONFIG = PACKAGE_ROOT / "config" / "monitor.toml"

#: The state file's name in the default state directory (see :func:`default_state_path`).
STATE_FILE_NAME = "monitor.db"

DEFAULT_USER_AGENT = "monitor/0.1 (TV production news monitor; +https://example.invalid/monitor)"

#: Allowed keys per table, with their defaults. Anything else is an error naming the key.
MONITOR_DEFAULTS: dict[str, Any] = {
    # None: $STATE_DIRECTORY/monitor.db, else the user's data directory (default_state_path).
    "state": None,
    "user_agent": DEFAULT_USER_AGENT,
    "default_interval": "30m",
    "premiere_window_alerts": False,
    "deliver_every": "30s",
    "log_level": "info",
    "allow_hosts": [],
    "unhealthy_after": 5,
    "max_backoff": "6h",
    "poll_workers": 8,
    "metrics_listen": "",
    "article_workers": 2,
    "article_budget": "30s",
    "article_worker_jobs": 500,
    "trim_memory": True,
    "min_interval": "10s",
    "config_check_every": "5s",
    "state_password_env": None,
    "lease": "15s",
}
FETCH_DEFAULTS: dict[str, Any] = {
    "connect_timeout": 5.0,
    "read_timeout": 20.0,
    "max_bytes": 10_000_000,
    "max_per_host": 2,
    "host_delay": "1s",
    "deadline": "120s",
}
DELIVERY_DEFAULTS: dict[str, Any] = {
    "max_attempts": 8,
    "base_delay": "30s",
    "max_delay": "6h",
    "jitter": 0.2,
}
HTTP_DEFAULTS: dict[str, Any] = {
    "listen": None,
    "token_env": None,
    "public_url": None,
    "trust_forwarded": False,
}
FEED_KEYS = {"url", "name", "interval"}
#: The lowest ``monitor.min_interval`` may go (tests poll every second; nothing should go faster).
MIN_INTERVAL_FLOOR = 1.0
WATCH_KEYS = {"all", "shows"}
SHOW_KEYS = {"title", "aliases"}
TOP_LEVEL_KEYS = {"monitor", "fetch", "delivery", "http", "feeds", "watch", "channels"}



@dataclass(frozen=True)
class FeedConfig:
    """One feed to poll: its URL (http(s) or file://) and how often."""

    url: str
    name: str
    interval: float

    @property
    def is_local(self) -> bool:
        return urlsplit(self.url).scheme == "file"


@dataclass(frozen=True)
class WatchList:
    """Which shows alert: every show (``all``), or the listed ones under any of their names."""

    all_shows: bool
    shows: tuple[ShowName, ...] = ()
    _keys: frozenset[str] = field(default=frozenset(), compare=False, repr=False)

    @classmethod
    def of(cls, all_shows: bool, shows: tuple[ShowName, ...]) -> WatchList:
        keys = frozenset(show_key(n) for s in shows for n in (s.title, *s.aliases))
        return cls(all_shows, shows, keys)

    def watches(self, title: str) -> bool:
        return self.all_shows or show_key(title) in self._keys


@dataclass(frozen=True)
class FetchConfig:
    connect_timeout: float
    read_timeout: float
    max_bytes: int
    #: Politeness: requests in flight to one host at most, and seconds between their starts.
    max_per_host: int = 2
    host_delay: float = 1.0
    #: Seconds one whole download may take (a server trickling bytes never hits read_timeout).
    deadline: float = 120.0


@dataclass(frozen=True)
class Config:
    """The whole validated configuration."""

    path: Path
    #: An SQLite file, or a PostgreSQL database (several instances may share it).
    state: StateLocation
    user_agent: str
    default_interval: float
    deliver_every: float
    premiere_window_alerts: bool
    log_level: str
    allow_hosts: tuple[str, ...]
    fetch: FetchConfig
    retry: RetryPolicy
    feeds: tuple[FeedConfig, ...]
    watch: WatchList
    #: Each ``[channels.NAME]`` table as checked settings (opened by whoever sends).
    channels: Mapping[str, ChannelSettings]
    #: The status page's HOST:PORT (``[http] listen``), None when it is off.
    http_listen: str | None = None
    #: The variable holding the status page's access token (``[http] token_env``).
    http_token_env: str | None = None
    #: The address people reach the status page by (``[http] public_url``): every link the
    #: monitor hands out (pages, Atom, calendar, email, webhook) starts with it.
    http_public_url: str | None = None
    #: Believe X-Forwarded-Proto/Host (a reverse proxy in front sets them) for links when no
    #: public URL is set (``[http] trust_forwarded``).
    http_trust_forwarded: bool = False
    #: Failures in a row after which a feed is unhealthy (one operator alert per streak).
    unhealthy_after: int = 5
    #: Longest wait between polls of a failing feed (its backoff doubles up to this).
    max_backoff: float = 6 * 3600.0
    #: Feeds polled at the same time at most.
    poll_workers: int = 8
    #: (host, port) of the Prometheus metrics endpoint, loopback only; None: no endpoint.
    metrics_listen: tuple[str, int] | None = None
    #: Worker processes reading and extracting articles, and the seconds each article may take.
    article_workers: int = 2
    article_budget: float = 30.0
    #: Jobs an article worker serves before a fresh one replaces it (its C heap's holes go
    #: with it; :mod:`monitor.workers`); 0: never.
    article_worker_jobs: int = 500
    #: Give the C heap's free memory back to the system after every poll (glibc's
    #: ``malloc_trim``; :mod:`monitor.ops.memory`).
    trim_memory: bool = True
    #: Seconds between the daemon's looks at whether its config file changed (0: never).
    config_check_every: float = 5.0
    #: Several instances on PostgreSQL: seconds a claim on a poll or delivery lasts without
    #: renewal, and a frozen leader keeps its lease (failover within two of them).
    lease: float = 15.0

    @property
    def state_path(self) -> Path:
        """The SQLite state file; ConfigError when the state is a PostgreSQL database."""
        if self.state.path is None:
            raise ConfigError(f"{self.path}: monitor.state is a PostgreSQL database, not a file")
        return self.state.path

    def http_token(self, environ: Mapping[str, str] | None = None) -> str | None:
        """The status page's token, read now from the variable ``http.token_env`` names
        (None when none is named); ConfigError naming the key when it is unset."""
        if self.http_token_env is None:
            return None
        return read_env_secret(self.http_token_env, os.environ if environ is None else environ,
                               f"{self.path}: http.token_env")


def default_config_path() -> Path:
    """``$MONITOR_CONFIG``, else ``./config/monitor.toml``, else the bundled default."""
    env = os.environ.get("MONITOR_CONFIG")
    if env:
        return Path(env)
    local = Path("config/monitor.toml")
    return local if local.is_file() else BUILTIN_CONFIG


def default_state_path() -> Path:
    """Where the state lives when ``monitor.state`` is not set, wherever the config file is:
    systemd's ``StateDirectory=`` (``$STATE_DIRECTORY``, the first when it lists several),
    else the user's data directory (``$XDG_DATA_HOME/monitor``, by default
    ``~/.local/share/monitor`` on Linux)."""
    state_dir = os.environ.get("STATE_DIRECTORY", "").split(":")[0].strip()
    if state_dir:
        return Path(state_dir) / STATE_FILE_NAME
    return Path(platformdirs.user_data_dir("monitor", appauthor=False)) / STATE_FILE_NAME


def load_config(path: Path | None = None) -> Config:
    """Read, merge over the defaults and validate the config file at ``path``."""
    path = Path(path) if path is not None else default_config_path()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    except UnicodeDecodeError as exc:
        line = exc.object[:exc.start].count(b"\n") + 1
        raise ConfigError(f"{path}: not UTF-8 text (byte 0x{exc.object[exc.start]:02x} on line "
                          f"{line}); save the file as UTF-8") from exc
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config file: {exc}") from exc
    return parse_config(raw, path=path)


def parse_config(raw: Mapping[str, Any], *, path: Path) -> Config:
    """Validate an already-parsed TOML document; ``path`` anchors relative paths and messages."""
    src = str(path)
    _reject_unknown(raw, TOP_LEVEL_KEYS, src, "")
    base = path.resolve().parent
    mon = _merged(raw.get("monitor", {}), MONITOR_DEFAULTS, src, "monitor")
    fetch = _merged(raw.get("fetch", {}), FETCH_DEFAULTS, src, "fetch")
    delivery = _merged(raw.get("delivery", {}), DELIVERY_DEFAULTS, src, "delivery")
    http = _merged(raw.get("http", {}), HTTP_DEFAULTS, src, "http")
    http_token_env = _env_name(http["token_env"], src, "http.token_env")
    public_url = _public_url(http["public_url"], src)

    floor = _duration(mon["min_interval"], src, "monitor.min_interval")
    if floor < MIN_INTERVAL_FLOOR:
        raise ConfigError(f"{src}: monitor.min_interval must be at least "
                          f"{MIN_INTERVAL_FLOOR:g} s, not {mon['min_interval']!r}")
    default_interval = _interval(mon["default_interval"], floor, src, "monitor.default_interval")
    return Config(
        path=path,
        state=_state(mon["state"], mon["state_password_env"], base, src),
        user_agent=_str(mon["user_agent"], src, "monitor.user_agent"),
        default_interval=default_interval,
        deliver_every=_interval(mon["deliver_every"], floor, src, "monitor.deliver_every"),
        premiere_window_alerts=_bool(
            mon["premiere_window_alerts"], src, "monitor.premiere_window_alerts"),
        log_level=_choice(mon["log_level"], ("debug", "info", "warning", "error"), src,
                          "monitor.log_level"),
        allow_hosts=tuple(_str_list(mon["allow_hosts"], src, "monitor.allow_hosts")),
        fetch=FetchConfig(
            connect_timeout=_positive(fetch["connect_timeout"], src, "fetch.connect_timeout"),
            read_timeout=_positive(fetch["read_timeout"], src, "fetch.read_timeout"),
            max_bytes=int(_positive(fetch["max_bytes"], src, "fetch.max_bytes")),
            max_per_host=_count(fetch["max_per_host"], src, "fetch.max_per_host"),
            host_delay=_seconds(fetch["host_delay"], src, "fetch.host_delay"),
            deadline=_duration(fetch["deadline"], src, "fetch.deadline"),
        ),
        retry=RetryPolicy(
            max_attempts=int(_positive(delivery["max_attempts"], src, "delivery.max_attempts")),
            base_delay=_duration(delivery["base_delay"], src, "delivery.base_delay"),
            max_delay=_duration(delivery["max_delay"], src, "delivery.max_delay"),
            jitter=_fraction(delivery["jitter"], src, "delivery.jitter"),
        ),
        feeds=_feeds(raw.get("feeds", []), base, default_interval, floor, src),
        watch=_watch(raw.get("watch", {"all": True}), src),
        channels=_channels(raw.get("channels", {}), src, public_url),
        unhealthy_after=_count(mon["unhealthy_after"], src, "monitor.unhealthy_after"),
        max_backoff=_duration(mon["max_backoff"], src, "monitor.max_backoff"),
        poll_workers=_count(mon["poll_workers"], src, "monitor.poll_workers"),
        metrics_listen=loopback_address(mon["metrics_listen"], src, "monitor.metrics_listen"),
        article_workers=_count(mon["article_workers"], src, "monitor.article_workers"),
        article_budget=_duration(mon["article_budget"], src, "monitor.article_budget"),
        article_worker_jobs=_count_or_zero(mon["article_worker_jobs"], src,
                                           "monitor.article_worker_jobs"),
        trim_memory=_bool(mon["trim_memory"], src, "monitor.trim_memory"),
        config_check_every=_seconds(mon["config_check_every"], src,
                                    "monitor.config_check_every"),
        http_listen=_http_listen(http["listen"], http_token_env, src),
        http_token_env=http_token_env,
        http_public_url=public_url,
        http_trust_forwarded=_bool(http["trust_forwarded"], src, "http.trust_forwarded"),
        lease=_lease(mon["lease"], src),
    )


def _state(value: Any, password_env: Any, base: Path, src: str) -> StateLocation:
    """``monitor.state``: a file (relative to the config; unset: :func:`default_state_path`),
    or a ``postgresql://`` URL whose password is in the variable
    ``monitor.state_password_env`` names, never in the file."""
    env = _env_name(password_env, src, "monitor.state_password_env")
    if value is None and env is None:
        return StateLocation(path=default_state_path())
    text = _str(value, src, "monitor.state")
    if not is_database_url(text):
        if env is not None:
            raise ConfigError(f"{src}: monitor.state_password_env is only for a PostgreSQL "
                              "state (monitor.state = \"postgresql://…\")")
        return StateLocation(path=_path(text, base, src, "monitor.state"))
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError as exc:
        raise ConfigError(f"{src}: monitor.state: not a usable PostgreSQL URL ({exc})") from exc
    if parts.password is not None:
        # Never echo the URL: it holds the secret.
        raise ConfigError(f"{src}: monitor.state: the URL holds a password; remove it and name "
                          "the variable holding it in monitor.state_password_env")
    if not parts.hostname and "host=" not in parts.query:
        raise ConfigError(f"{src}: monitor.state: {text!r} names no database host")
    return StateLocation(url=text, password_env=env)


def _lease(value: Any, src: str) -> float:
    seconds = _duration(value, src, "monitor.lease")
    if seconds < 1.0:
        raise ConfigError(f"{src}: monitor.lease must be at least 1 s, not {value!r}")
    return seconds


# --- tables -------------------------------------------------------------------------------------

def _feeds(value: Any, base: Path, default_interval: float, floor: float,
           src: str) -> tuple[FeedConfig, ...]:
    if not isinstance(value, list):
        raise ConfigError(f"{src}: 'feeds' must be an array of tables ([[feeds]])")
    feeds: list[FeedConfig] = []
    seen: set[str] = set()
    for i, table in enumerate(value):
        where = f"feeds[{i}]"
        if not isinstance(table, dict):
            raise ConfigError(f"{src}: {where} must be a table")
        _reject_unknown(table, FEED_KEYS, src, where)
        if "url" not in table:
            raise ConfigError(f"{src}: {where}: missing required key 'url'")
        url = feed_url(_str(table["url"], src, f"{where}.url"), base, src, f"{where}.url")
        if url in seen:
            raise ConfigError(f"{src}: {where}.url: feed {url} is listed twice")
        seen.add(url)
        interval = (_interval(table["interval"], floor, src, f"{where}.interval")
                    if "interval" in table else default_interval)
        name = _str(table.get("name", url), src, f"{where}.name")
        feeds.append(FeedConfig(url=url, name=name, interval=interval))
    return tuple(feeds)


#: How a local feed path must start: a path without a scheme is otherwise a URL typo
#: ("example.com/feed"), never silently a file next to the config.
LOCAL_PATH_PREFIXES = ("/", "./", "../")


def feed_url(value: str, base: Path, src: str, key: str) -> str:
    """An http(s) or file:// URL as given, or a local path (``/…``, ``./…`` or ``../…``,
    relative to the config file) as a file:// URL. Anything else is an error naming the key."""
    parts = urlsplit(value)
    if parts.scheme in ("http", "https"):
        if not parts.hostname:
            raise ConfigError(f"{src}: {key}: '{value}' is not a valid URL (no host)")
        return value
    if parts.scheme == "file":
        return value
    if parts.scheme and len(parts.scheme) > 1:
        raise ConfigError(
            f"{src}: {key}: unsupported URL scheme '{parts.scheme}' in '{value}' "
            "(use http, https, file:// or a local path starting with /, ./ or ../)")
    if not value.startswith(LOCAL_PATH_PREFIXES):
        raise ConfigError(
            f"{src}: {key}: '{value}' has no scheme: write the full URL (https://…), or for "
            "a local file a path starting with /, ./ or ../ (relative to the config file) "
            "or a file:// URL")
    return (base / value).resolve().as_uri()


def _watch(value: Any, src: str) -> WatchList:
    if not isinstance(value, dict):
        raise ConfigError(f"{src}: 'watch' must be a table")
    _reject_unknown(value, WATCH_KEYS, src, "watch")
    shows_raw = value.get("shows", [])
    if not isinstance(shows_raw, list):
        raise ConfigError(f"{src}: watch.shows must be an array of tables ([[watch.shows]])")
    shows: list[ShowName] = []
    for i, table in enumerate(shows_raw):
        where = f"watch.shows[{i}]"
        if not isinstance(table, dict):
            raise ConfigError(f"{src}: {where} must be a table")
        _reject_unknown(table, SHOW_KEYS, src, where)
        if "title" not in table:
            raise ConfigError(f"{src}: {where}: missing required key 'title'")
        shows.append(ShowName(
            title=_str(table["title"], src, f"{where}.title"),
            aliases=tuple(_str_list(table.get("aliases", []), src, f"{where}.aliases")),
        ))
    all_shows = _bool(value.get("all", not shows), src, "watch.all")
    return WatchList.of(all_shows, tuple(shows))


def _channels(value: Any, src: str, public_url: str | None) -> dict[str, ChannelSettings]:
    if not isinstance(value, dict):
        raise ConfigError(f"{src}: 'channels' must be a table of channel tables")
    channels: dict[str, ChannelSettings] = {}
    for name, table in value.items():
        if not isinstance(table, dict):
            raise ConfigError(f"{src}: channels.{name} must be a table")
        channels[name] = channel_settings(name, table, source=src, public_url=public_url)
    return channels


def _public_url(value: Any, src: str) -> str | None:
    """``http.public_url``: where people reach the status page (links start there)."""
    if value is None:
        return None
    try:
        return check_public_url(_str(value, src, "http.public_url"))
    except ValueError as exc:
        raise ConfigError(f"{src}: http.public_url: {exc}") from None


# --- values -------------------------------------------------------------------------------------

def _merged(value: Any, defaults: Mapping[str, Any], src: str, table: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ConfigError(f"{src}: '{table}' must be a table")
    _reject_unknown(value, set(defaults), src, table)
    return {**defaults, **value}


def _reject_unknown(table: Mapping[str, Any], allowed: set[str], src: str, where: str) -> None:
    for key in table:
        if key not in allowed:
            prefix = f"{where}." if where else ""
            raise ConfigError(
                f"{src}: unknown key '{prefix}{key}' (allowed: {', '.join(sorted(allowed))})")


def _str(value: Any, src: str, key: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{src}: {key} must be a non-empty string, not {value!r}")
    return value


def _str_list(value: Any, src: str, key: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{src}: {key} must be a list of strings, not {value!r}")
    return list(value)


def _bool(value: Any, src: str, key: str) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"{src}: {key} must be true or false, not {value!r}")
    return value


def _positive(value: Any, src: str, key: str) -> float:
    if (isinstance(value, bool) or not isinstance(value, int | float) or not value > 0
            or not math.isfinite(value)):
        raise ConfigError(f"{src}: {key} must be a positive number, not {value!r}")
    return float(value)


def _count(value: Any, src: str, key: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(f"{src}: {key} must be a whole number of at least 1, not {value!r}")
    return value


def _count_or_zero(value: Any, src: str, key: str) -> int:
    """A count where 0 turns the thing off."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigError(f"{src}: {key} must be a whole number, 0 or more (0: never), "
                          f"not {value!r}")
    return value


def _seconds(value: Any, src: str, key: str) -> float:
    """A duration that may be zero (``0`` turns the thing off)."""
    if value == 0 and not isinstance(value, bool):
        return 0.0
    return _duration(value, src, key)


def loopback_address(value: Any, src: str, key: str) -> tuple[str, int] | None:
    """``"127.0.0.1:9464"`` or ``"[::1]:9464"`` as (host, port); "" is None (off).

    Only loopback: the metrics say which feeds are watched and fail, which is nobody else's
    business; put a reverse proxy in front to expose them.
    """
    if value == "":
        return None
    address = parse_listen(_str(value, src, key))
    if address is None or address[1] == 0:
        raise ConfigError(f"{src}: {key} must be \"HOST:PORT\" like \"127.0.0.1:9464\", "
                          f"not {value!r}")
    if not is_loopback(address[0]):
        raise ConfigError(f"{src}: {key}: {address[0]} is not a loopback address; the metrics "
                          "endpoint listens on 127.0.0.1 or ::1 only (use a reverse proxy "
                          "to expose it)")
    return address


def _env_name(value: Any, src: str, key: str) -> str | None:
    """A ``*_env`` key: the name of an environment variable (not read here), or None."""
    if value is None:
        return None
    if not isinstance(value, str) or not ENV_NAME.match(value):
        # Never echo the value: it may be the secret itself, pasted in by mistake.
        raise ConfigError(f"{src}: {key}: must name an environment variable "
                          "(e.g. MONITOR_HTTP_TOKEN), not hold the secret itself")
    return value


def _http_listen(value: Any, token_env: str | None, src: str) -> str | None:
    """The status page's address, checked now: a public one needs a token."""
    if value is None:
        return None
    text = _str(value, src, "http.listen")
    address = parse_listen(text)
    if address is None:
        raise ConfigError(f"{src}: http.listen must be \"HOST:PORT\" like \"127.0.0.1:8080\", "
                          f"not {value!r}")
    if not is_loopback(address[0]) and token_env is None:
        raise ConfigError(f"{src}: http.listen: {address[0]} is not a loopback address; "
                          "listening there needs a token (set http.token_env)")
    return text


def _fraction(value: Any, src: str, key: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise ConfigError(f"{src}: {key} must be a number between 0 and 1, not {value!r}")
    return float(value)


def _choice(value: Any, choices: tuple[str, ...], src: str, key: str) -> str:
    if value not in choices:
        raise ConfigError(f"{src}: {key} must be one of {', '.join(choices)}, not {value!r}")
    return str(value)


def _path(value: Any, base: Path, src: str, key: str) -> Path:
    text = _str(value, src, key)
    try:
        path = (base / Path(text).expanduser()).resolve()
    except (ValueError, OSError, RuntimeError) as exc:  # a NUL byte, a symlink loop, ~nobody
        raise ConfigError(f"{src}: {key}: {text!r} is not a usable path ({exc})") from exc
    if path.is_dir():
        raise ConfigError(f"{src}: {key}: {path} is a directory; name a file in it")
    return path




def _interval(value: Any, floor: float, src: str, key: str) -> float:
    """A duration between polls or passes: at least ``monitor.min_interval``."""
    seconds = _duration(value, src, key)
    if seconds < floor:
        raise ConfigError(f"{src}: {key} must be at least {floor:g} s (monitor.min_interval), "
                          f"not {value!r}")
    return seconds


def _duration(value: Any, src: str, key: str) -> float:
    seconds = parse_duration(value)
    if seconds is None:
        raise ConfigError(
            f"{src}: {key} must be a positive duration like 90, \"30s\", \"15m\" or \"6h\" "
            f"(at most a year), not {value!r}")
    return seconds
