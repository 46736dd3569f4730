"""The email channel: a plain-text + HTML email over SMTP (STARTTLS, SSL or plain)."""

from __future__ import annotations

import email.utils
import hashlib
import ipaddress
import logging
import re
import smtplib
import ssl
from collections.abc import Mapping, Sequence
from email.message import EmailMessage
from typing import Any, ClassVar

import jinja2

from ...errors import DeliveryError
from ...models import SEASON_ALERT_KINDS, Alert
from ...names import show_key
from ...network import connection_problem
from ..messages import (
    CONTROL_CHARS,
    DIGEST_TEMPLATES,
    digest_id,
    one_line,
    render,
    render_digest,
    template_environment,
)
from .base import TEMPLATES_OPTION, Batching, Build, Option, with_batching

log = logging.getLogger(__name__)

_SAFE_ID = re.compile(r"^[A-Za-z0-9._-]{1,100}$")

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


def _check_address(value: str, build: Build, key: str) -> str:
    _, addr = email.utils.parseaddr(value)
    if (not addr or "@" not in addr or any(c.isspace() for c in addr)
            or CONTROL_CHARS.search(value) or "\n" in value):
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
                 batching: Batching | None = None, public_url: str | None = None) -> None:
        self.name = name
        #: Links to the season's page start here (None: the email has no link).
        self.public_url = public_url
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
    def check(cls, name: str, opts: Mapping[str, Any], build: Build) -> None:
        """What can be checked without the environment: login keys, host, port, addresses."""
        if (opts["username"] is None) != (opts["password_env"] is None):
            given = "username" if opts["username"] is not None else "password_env"
            missing = "password_env" if given == "username" else "username"
            raise build.error(missing, f"is required when '{given}' is set")
        host = opts["host"].strip()
        if any(c in host for c in "/:@ []") and not _is_ipv6(host):
            raise build.error("host", f"{host!r} must be a bare host name or IP address "
                                      "(put the port in 'port')")
        port = opts["port"] if opts["port"] is not None else SMTP_DEFAULT_PORTS[opts["security"]]
        if not 0 < port < 65536:
            raise build.error("port", f"{port} is not a TCP port")
        for address in opts["to"]:
            _check_address(address, build, "to")
        _check_address(opts["from"], build, "from")
        build.positive("timeout", opts["timeout"])
        build.templates_directory(opts)

    @classmethod
    def from_options(cls, name: str, opts: Mapping[str, Any], build: Build) -> EmailChannel:
        """The live channel: the password read from the environment, the templates checked."""
        password = (build.env_value("password_env", opts["password_env"])
                    if opts["password_env"] is not None else None)
        host = opts["host"].strip()
        port = opts["port"] if opts["port"] is not None else SMTP_DEFAULT_PORTS[opts["security"]]
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
                   batching=build.batching(opts), public_url=build.public_url)

    def close(self) -> None:
        """Nothing held open: each send uses its own SMTP connection."""

    def probe(self) -> str:
        """Greet the SMTP server (and STARTTLS when configured); send no message."""
        with self._connect() as smtp:
            code, _ = smtp.ehlo()
            if code != 250:
                raise smtplib.SMTPException(f"EHLO answered {code}")
            tls = ""
            if self.security == "starttls":
                if not smtp.has_extn("starttls"):
                    raise smtplib.SMTPException("the server does not offer STARTTLS "
                                                "(security = \"starttls\")")
                smtp.starttls(context=self._tls())
                tls = ", STARTTLS ok"
            smtp.noop()
        return f"SMTP {self.host}:{self.port} answered{tls} (nothing sent)"

    def describe(self) -> str:
        scheme = "smtps" if self.security == "ssl" else "smtp"
        user = f"{self.username}:***@" if self.username else ""
        host = f"[{self.host}]" if _is_ipv6(self.host) else self.host
        return with_batching(f"email {scheme}://{user}{host}:{self.port} {self.security} -> "
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
        link = self.public_url
        msg.set_content(render(self.templates, "email.txt", alert, public_url=link).rstrip()
                        + "\n", cte="quoted-printable")
        msg.add_alternative(render(self.templates, "email.html", alert, public_url=link),
                            subtype="html")
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
        link = self.public_url
        msg.set_content(render_digest(self.templates, "digest.txt", alerts,
                                      public_url=link).rstrip() + "\n", cte="quoted-printable")
        msg.add_alternative(render_digest(self.templates, "digest.html", alerts,
                                          public_url=link), subtype="html")
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
        if isinstance(exc, OSError):  # DNS, refused, TLS, timed out, dropped: one wording
            return DeliveryError(self.name, connection_problem(exc, f"SMTP server {at}"))
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


