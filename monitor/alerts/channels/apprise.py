"""The Apprise channel: any Apprise URL (Slack, Discord, Telegram, ntfy, Matrix …) as a channel."""

from __future__ import annotations

import logging
import re
import warnings
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar
from urllib.parse import urlsplit

import jinja2

from ...errors import ConfigError, DeliveryError
from ...models import Alert
from ..messages import DIGEST_TEMPLATES, one_line, render, render_digest, template_environment
from .base import RETRYABLE_HTTP, TEMPLATES_OPTION, Batching, Build, Option, with_batching

log = logging.getLogger(__name__)

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


def _apprise_module(name: str, build: Build) -> Any:
    """The apprise module, or a ConfigError saying to install the extra."""
    try:
        return _import_apprise()
    except ImportError:
        raise ConfigError(f"{build.source}: channels.{name}: kind 'apprise' needs the "
                          "apprise extra: pip install 'monitor[apprise]'") from None


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
                 batching: Batching | None = None, public_url: str | None = None) -> None:
        self.name = name
        #: Links to the season's page start here (None: no link).
        self.public_url = public_url
        #: An ``apprise.Apprise`` holding this channel's URL(s).
        self.notifier = notifier
        self.batching = batching
        self.templates = templates or template_environment(None)
        self._module = module
        self._shown = shown

    @classmethod
    def check(cls, name: str, opts: Mapping[str, Any], build: Build) -> None:
        """What can be checked without the environment: the extra is installed, one URL key."""
        _apprise_module(name, build)
        if (opts["url"] is None) == (opts["url_env"] is None):
            raise ConfigError(f"{build.source}: channels.{name}: "
                              "give exactly one of the keys 'url_env' or 'url'")
        build.templates_directory(opts)

    @classmethod
    def from_options(cls, name: str, opts: Mapping[str, Any], build: Build) -> AppriseChannel:
        """The live channel: the URL (read from the environment) handed to Apprise."""
        module = _apprise_module(name, build)
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
                   batching=build.batching(opts), public_url=build.public_url)

    def close(self) -> None:
        """Nothing held open between sends."""

    def probe(self) -> str:
        """Apprise has no way to reach a service without sending: say how to test it."""
        return f"not checked (kind apprise); `monitor test-alert {self.name}` sends one"

    def describe(self) -> str:
        return with_batching(f"apprise {self._shown}", self.batching)

    def send(self, alert: Alert) -> None:
        try:
            title = one_line(render(self.templates, "apprise_title.txt", alert))[:250]
            body = render(self.templates, "apprise_body.txt", alert,
                          public_url=self.public_url).strip()
        except jinja2.TemplateError as exc:
            raise DeliveryError(self.name, f"apprise template error: {exc}",
                                retryable=False) from exc
        self._notify(title, body)

    def send_digest(self, alerts: Sequence[Alert]) -> None:
        try:
            title = one_line(render_digest(self.templates, "digest_subject.txt", alerts))[:250]
            body = render_digest(self.templates, "digest.txt", alerts,
                                 public_url=self.public_url).strip()
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


