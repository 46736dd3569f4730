"""Real local servers for the alert tests: a webhook receiver and an SMTP server (aiosmtpd).

Both listen on 127.0.0.1 only and are stopped by the fixtures that start them. The webhook
receiver verifies Standard Webhooks signatures with its own code (not the monitor's), so a
signing bug cannot hide behind a shared helper.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session

#: The signing secret the tests' channels and signed receivers share (Standard Webhooks form).
WEBHOOK_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"

# --- webhook --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """What the receiver answers to one request."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    #: Seconds to wait before answering (cut short when the server stops).
    delay: float = 0.0


@dataclass(frozen=True)
class Received:
    headers: dict[str, str]
    body: bytes
    #: The answer given: 2xx means the receiver accepted it.
    status: int
    #: None when unsigned; else whether the signature checked out.
    signature_ok: bool | None

    def json(self) -> Any:
        return json.loads(self.body)


def verify_standard_webhook(secret: str, headers: dict[str, str], body: bytes) -> bool:
    """Standard Webhooks verification, written independently of monitor.alerts.channels."""
    key = (base64.b64decode(secret.removeprefix("whsec_")) if secret.startswith("whsec_")
           else secret.encode())
    signed = f"{headers['webhook-id']}.{headers['webhook-timestamp']}.".encode() + body
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    given = [s.split(",", 1)[1] for s in headers.get("webhook-signature", "").split()
             if s.startswith("v1,")]
    return any(hmac.compare_digest(expected, g) for g in given)


class WebhookReceiver:
    """A ThreadingHTTPServer on 127.0.0.1 answering POSTs from a script of replies.

    With ``keep_alive`` it speaks HTTP/1.1 and keeps each connection open until the CLIENT
    closes it, so ``connections_closed`` counts the connections the sender let go.
    """

    def __init__(self, secret: str | None = None, *, keep_alive: bool = False) -> None:
        self.secret = secret
        self.keep_alive = keep_alive
        #: Connections accepted, and connections that ended (the client closed its end).
        self.connections_opened = 0
        self.connections_closed = 0
        self.script: list[Reply] = []
        self.default = Reply(200)
        self.received: list[Received] = []
        #: Headers of every request as it arrives, before any delay: what is in flight.
        self.arrived: list[dict[str, str]] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,),
                                        daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/hooks/monitor"

    def answer(self, *replies: Reply) -> None:
        """Answer the next requests with ``replies``, then with ``default``."""
        with self._lock:
            self.script.extend(replies)

    def accepted_ids(self) -> list[str]:
        """``webhook-id`` of every request answered 2xx: what the receiver would act on."""
        with self._lock:
            return [r.headers["webhook-id"] for r in self.received if 200 <= r.status < 300]

    def arrived_ids(self) -> list[str]:
        """``webhook-id`` of every request that has arrived, answered yet or not."""
        with self._lock:
            return [h.get("webhook-id", "") for h in self.arrived]

    def start(self) -> WebhookReceiver:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def _next_reply(self) -> Reply:
        with self._lock:
            return self.script.pop(0) if self.script else self.default

    def _arrive(self, headers: dict[str, str]) -> None:
        with self._lock:
            self.arrived.append(headers)

    def _record(self, item: Received) -> None:
        with self._lock:
            self.received.append(item)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1" if receiver.keep_alive else "HTTP/1.0"

            def setup(self) -> None:
                super().setup()
                with receiver._lock:
                    receiver.connections_opened += 1

            def finish(self) -> None:
                super().finish()
                with receiver._lock:
                    receiver.connections_closed += 1

            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                headers = {k.lower(): v for k, v in self.headers.items()}
                receiver._arrive(headers)
                reply = receiver._next_reply()
                ok = None
                if receiver.secret is not None:
                    ok = verify_standard_webhook(receiver.secret, headers, body)
                if reply.delay:
                    receiver._stopping.wait(reply.delay)
                receiver._record(Received(headers, body, reply.status, ok))
                try:
                    self.send_response(reply.status)
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", "2")
                    self.end_headers()
                    self.wfile.write(b"ok")
                except OSError:  # the client gave up (timeout test)
                    pass

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

        return Handler


# --- SMTP ---------------------------------------------------------------------------------------


def free_port() -> int:
    """A TCP port nothing listens on right now (aiosmtpd 1.4 cannot bind port 0 itself)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Mail:
    mail_from: str
    rcpt_tos: list[str]
    raw: bytes

    @property
    def message(self) -> EmailMessage:
        msg = message_from_bytes(self.raw, policy=policy.default)
        assert isinstance(msg, EmailMessage)
        return msg


class MailRecorder:
    """aiosmtpd handler: keeps every message; refuses recipients starting with ``refuse_``."""

    def __init__(self) -> None:
        self.mails: list[Mail] = []

    async def handle_RCPT(self, server: Any, session: Session, envelope: Envelope,  # noqa: N802
                          address: str, rcpt_options: list[str]) -> str:
        local = address.split("@", 1)[0]
        if local.startswith("refuse5"):
            return "550 5.1.1 no such user here"
        if local.startswith("refuse4"):
            return "450 4.2.1 mailbox busy, try later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Session,  # noqa: N802
                          envelope: Envelope) -> str:
        content = envelope.original_content or b""
        self.mails.append(Mail(str(envelope.mail_from), list(envelope.rcpt_tos), content))
        return "250 Message accepted for delivery"


def password_authenticator(user: str, password: str) -> Callable[..., AuthResult]:
    """An aiosmtpd authenticator accepting exactly ``user``/``password``."""

    def authenticate(server: Any, session: Session, envelope: Envelope, mechanism: str,
                     auth_data: Any) -> AuthResult:
        ok = (isinstance(auth_data, LoginPassword) and auth_data.login == user.encode()
              and auth_data.password == password.encode())
        return AuthResult(success=ok, handled=False)

    return authenticate


class SMTPServer:
    """An aiosmtpd Controller on 127.0.0.1, on a given or a free port."""

    def __init__(self, port: int | None = None, **kwargs: Any) -> None:
        self.port = port or free_port()
        self.recorder = MailRecorder()
        self.controller = Controller(self.recorder, hostname="127.0.0.1", port=self.port,
                                     **kwargs)

    @property
    def mails(self) -> list[Mail]:
        return self.recorder.mails

    def start(self) -> SMTPServer:
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()
