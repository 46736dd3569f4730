"""Alert channels against real servers: a webhook receiver over HTTP and aiosmtpd over SMTP."""

from __future__ import annotations

import datetime as dt
import email.utils
import io
import json
import logging
import shutil
import ssl
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alert_servers import (
    WEBHOOK_SECRET,
    Reply,
    SMTPServer,
    WebhookReceiver,
    free_port,
    password_authenticator,
)

from monitor.alerts.channels import (
    BATCHING_OPTIONS,
    CHANNEL_KINDS,
    KIND_OPTION,
    ROUTING_OPTIONS,
    Channel,
    ConsoleChannel,
    EmailChannel,
    WebhookChannel,
    build_channel,
    channel_kinds_help,
    message_id,
    season_thread_id,
)
from monitor.alerts.channels.webhook import parse_retry_after
from monitor.errors import ConfigError, DeliveryError
from monitor.models import Alert

SECRET = WEBHOOK_SECRET
NOW = 1_700_000_000.0
HOSTILE = 'Filming wrapped <script>alert("x")</script> & "more"'


def make_alert(**changes: Any) -> Alert:
    fields: dict[str, Any] = dict(
        id="a1b2c3d4e5f6", kind="status_change", show="Jessica Jones", season=2,
        from_status="filming", to_status="wrapped", date="2017-09-15", certainty="confirmed",
        evidence="Production on the second season has wrapped.",
        sources=("https://news.example.com/jj-wraps",),
        created_at=dt.datetime(2017, 9, 16, 9, 30, tzinfo=dt.UTC),
        published=dt.date(2017, 9, 16),
    )
    fields.update(changes)
    return Alert(**fields)


def build(table: dict[str, Any], environ: dict[str, str] | None = None,
          name: str = "ch", **kwargs: Any) -> Any:
    return build_channel(name, table, environ=environ or {}, source="monitor.toml", **kwargs)


@pytest.fixture
def receiver(signed_receiver: WebhookReceiver) -> WebhookReceiver:
    return signed_receiver


@pytest.fixture
def hook(receiver: WebhookReceiver) -> Iterator[WebhookChannel]:
    channel = build({"kind": "webhook", "url": receiver.url, "secret_env": "HOOK_SECRET",
                     "read_timeout": 2.0}, {"HOOK_SECRET": SECRET}, name="team-hook")
    channel.clock = lambda: NOW
    yield channel
    channel.close()




def email_channel(port: int, **extra: Any) -> EmailChannel:
    table = {"kind": "email", "host": "127.0.0.1", "port": port, "security": "none",
             "from": "Monitor <monitor@example.com>",
             "to": ["you@example.com", "producer@example.com"], "timeout": 5.0, **extra}
    environ = {"SMTP_PASSWORD": "right-password"}
    return build(table, environ, name="mail")  # type: ignore[no-any-return]


# --- configuration ------------------------------------------------------------------------------

@pytest.mark.parametrize("table, message", [
    ({"kind": "webhook", "url": "https://h.example.com/x", "colour": "red"},
     "monitor.toml: channels.ch: unknown key 'colour' (allowed: certainties, connect_timeout, "
     "digest, first_sightings, kind, quiet_hours, read_timeout, secret_env, shows, statuses, "
     "timezone, url, url_env, user_agent)"),
    ({"kind": "email", "host": "h", "from": "a@x.org", "to": ["b@x.org"], "password": "hunter2"},
     "unknown key 'password'"),
    ({"url": "https://h.example.com/x"}, "channels.ch: missing required key 'kind'"),
    ({"kind": "pager"}, "channels.ch.kind: unknown channel kind 'pager'"),
    ({"kind": "email", "from": "a@x.org", "to": ["b@x.org"]},
     "channels.ch: missing required key 'host'"),
    ({"kind": "email", "host": "h", "port": "25", "from": "a@x.org", "to": ["b@x.org"]},
     "channels.ch.port: must be an integer"),
    ({"kind": "email", "host": "h", "from": "a@x.org", "to": "b@x.org"},
     "channels.ch.to: must be a non-empty list of strings"),
    ({"kind": "email", "host": "h", "from": "a@x.org", "to": ["not an address"]},
     "channels.ch.to: 'not an address' is not an email address"),
    ({"kind": "email", "host": "h", "security": "tls", "from": "a@x.org", "to": ["b@x.org"]},
     "channels.ch.security: must be one of starttls, ssl, none"),
    ({"kind": "email", "host": "h", "username": "u", "from": "a@x.org", "to": ["b@x.org"]},
     "channels.ch.password_env: is required when 'username' is set"),
    ({"kind": "webhook"}, "give exactly one of the keys 'url' or 'url_env'"),
    ({"kind": "webhook", "url": "ftp://h.example.com/x"},
     "channels.ch.url: 'ftp://h.example.com/x' is not an http(s) URL"),
    ({"kind": "webhook", "url": "hooks.example.com/x"}, "channels.ch.url: "),
    ({"kind": "webhook", "url": "https:///x"}, "channels.ch.url: 'https:///x' has no host"),
    ({"kind": "webhook", "url": "https://h.example.com:99999/x"}, "has an invalid port"),
    ({"kind": "webhook", "url": "https://u:pw@h.example.com/x"},
     "channels.ch.url: the URL contains a password"),
    ({"kind": "webhook", "url": "https://h.example.com/x", "read_timeout": 0},
     "channels.ch.read_timeout: must be a positive number"),
    ({"kind": "webhook", "url": "https://h.example.com/x", "read_timeout": True},
     "channels.ch.read_timeout: must be a number"),
    ({"kind": "console", "stream": "printer"}, "channels.ch.stream: must be one of stdout"),
], ids=lambda v: v if isinstance(v, str) and len(v) < 40 else None)
def test_bad_config_is_a_config_error_naming_the_key(table: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError) as info:
        build(table)
    assert message in str(info.value)
    assert str(info.value).startswith("monitor.toml: channels.ch")


def test_a_secret_written_into_the_config_gets_a_hint_to_use_the_environment() -> None:
    with pytest.raises(ConfigError, match="use password_env") as info:
        build({"kind": "email", "host": "h", "from": "a@x.org", "to": ["b@x.org"],
               "password": "hunter2"})
    assert "hunter2" not in str(info.value)


@pytest.mark.parametrize("table, key, var", [
    ({"kind": "webhook", "url": "https://h.example.com/x", "secret_env": "HOOK_SECRET"},
     "secret_env", "HOOK_SECRET"),
    ({"kind": "webhook", "url_env": "HOOK_URL"}, "url_env", "HOOK_URL"),
    ({"kind": "email", "host": "h", "username": "u", "password_env": "SMTP_PW",
      "from": "a@x.org", "to": ["b@x.org"]}, "password_env", "SMTP_PW"),
])
def test_an_unset_environment_variable_names_the_key_and_the_variable(
        table: dict[str, Any], key: str, var: str) -> None:
    with pytest.raises(ConfigError) as info:
        build(table, {"OTHER": "x"})
    assert f"channels.ch.{key}: environment variable {var} is not set" in str(info.value)


def test_a_secret_pasted_into_an_env_key_is_refused_without_echoing_it() -> None:
    with pytest.raises(ConfigError, match="must name an environment variable") as info:
        build({"kind": "webhook", "url": "https://h.example.com/x", "secret_env": SECRET + "=="})
    assert SECRET not in str(info.value)


def test_a_whsec_secret_that_is_not_base64_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="channels.ch.secret_env: environment variable S"):
        build({"kind": "webhook", "url": "https://h.example.com/x", "secret_env": "S"},
              {"S": "whsec_not*base64"})


def test_a_bad_url_in_url_env_names_the_variable_not_the_url() -> None:
    with pytest.raises(ConfigError, match="the URL in environment variable HOOK_URL") as info:
        build({"kind": "webhook", "url_env": "HOOK_URL"}, {"HOOK_URL": "gopher://t0ken"})
    assert "t0ken" not in str(info.value)


def test_describe_masks_secrets() -> None:
    hook = build({"kind": "webhook", "url": "https://hooks.example.com/T0/B1/s3cr3t",
                  "secret_env": "S"}, {"S": SECRET})
    assert hook.describe() == "webhook https://hooks.example.com/… (signed)"
    hook.close()
    hook = build({"kind": "webhook", "url_env": "U"}, {"U": "https://h.example.com:8443/?k=t0k"})
    assert hook.describe() == "webhook https://h.example.com:8443/… (unsigned)"
    hook.close()
    mail = build({"kind": "email", "host": "smtp.example.com", "username": "user",
                  "password_env": "PW", "from": "m@example.com", "to": ["a@x", "b@y"]},
                 {"PW": "pa55word"})
    assert mail.describe() == "email smtp://user:***@smtp.example.com:587 starttls -> a@x, b@y"
    assert "pa55word" not in repr(vars(mail)).replace("_password': 'pa55word", "")
    ssl_mail = build({"kind": "email", "host": "mx.example.com", "security": "ssl",
                      "from": "m@example.com", "to": ["a@x"]})
    assert ssl_mail.describe() == "email smtps://mx.example.com:465 ssl -> a@x"
    assert build({"kind": "console"}).describe() == "console stdout"


def test_every_kind_documents_its_keys_and_builds_from_a_minimal_table() -> None:
    minimal: dict[str, dict[str, Any]] = {
        "webhook": {"url": "https://h.example.com/x"},
        "email": {"host": "h", "from": "a@x.org", "to": ["b@x.org"]},
        "console": {},
        "apprise": {"url": "json://127.0.0.1:9/hook"},
    }
    assert set(CHANNEL_KINDS) == set(minimal) == {"webhook", "email", "console", "apprise"}
    help_text = channel_kinds_help()
    for kind, cls in CHANNEL_KINDS.items():
        for option in (KIND_OPTION, *cls.OPTIONS, *BATCHING_OPTIONS, *ROUTING_OPTIONS):
            assert option.doc, f"{kind}.{option.key} has no doc"
            assert option.key in help_text
        channel = build({"kind": kind, **minimal[kind]})
        assert isinstance(channel, Channel)
        assert channel.kind == kind and channel.name == "ch"
        channel.close()


def test_templates_dir_overrides_templates_by_file_name(tmp_path: Path) -> None:
    (tmp_path / "console.txt").write_text("ALERT {{ title }} -> {{ to_label }}\n")
    stream = io.StringIO()
    channel = build({"kind": "console", "templates_dir": str(tmp_path)})
    channel.stream = stream
    channel.send(make_alert())
    assert stream.getvalue() == "ALERT Jessica Jones S2 -> wrapped\n"
    # Email templates not in the directory fall back to the bundled ones.
    mail = build({"kind": "email", "host": "h", "from": "a@x.org", "to": ["b@x.org"]},
                 templates_dir=tmp_path)
    assert mail.build_message(make_alert())["Subject"].startswith("Jessica Jones S2")


def test_templates_dir_relative_to_the_config_file(tmp_path: Path) -> None:
    config = tmp_path / "monitor.toml"
    config.write_text("")
    (tmp_path / "tpl").mkdir()
    (tmp_path / "tpl" / "console.txt").write_text("custom {{ show }}")
    stream = io.StringIO()
    channel = build_channel("c", {"kind": "console", "templates_dir": "tpl"}, environ={},
                            source=str(config))
    channel.stream = stream  # type: ignore[attr-defined]
    channel.send(make_alert())
    assert stream.getvalue() == "custom Jessica Jones\n"


@pytest.mark.parametrize("content, message", [
    ("{{ title ", "console.txt, line 1: unexpected end of template"),
    ("{{ no_such_variable }}", "'no_such_variable' is undefined"),
    ('{% if alert.kind == "operator" %}{{ typo }}{% endif %}', "'typo' is undefined"),
])
def test_a_broken_template_fails_at_start_up(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "console.txt").write_text(content)
    with pytest.raises(ConfigError, match="channels.ch.templates_dir: ") as info:
        build({"kind": "console", "templates_dir": str(tmp_path)})
    assert message in str(info.value)


def test_templates_dir_must_exist(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="channels.ch.templates_dir: .* is not a directory"):
        build({"kind": "console", "templates_dir": str(tmp_path / "missing")})


# --- webhook ------------------------------------------------------------------------------------

def test_webhook_posts_the_payload_signed(receiver: WebhookReceiver,
                                          hook: WebhookChannel) -> None:
    alert = make_alert(evidence="Filming on “season two” wrapped — finally.")
    hook.send(alert)
    [got] = receiver.received
    assert got.signature_ok is True
    # The payload, plus the alert in words and (no public URL here) no season link.
    assert got.json() == {**alert.payload(), "season_url": None,
                          "summary": "Jessica Jones S2: filming → wrapped (15 Sep 2017)"}
    assert got.json()["schema"] == "monitor.alert/1"
    assert got.headers["content-type"] == "application/json"
    assert got.headers["user-agent"].startswith("monitor/")
    assert got.headers["webhook-id"] == alert.id
    assert got.headers["webhook-timestamp"] == str(int(NOW))
    assert got.headers["webhook-signature"].startswith("v1,")


def test_webhook_deliveries_share_one_connection() -> None:
    """The channel reads each small answer to its end, so its session's pooled connection
    carries the next alert: 20 deliveries open one TCP connection at the receiver (it was one
    per delivery), which ``close()`` lets go."""
    receiver = WebhookReceiver(keep_alive=True).start()
    try:
        channel = build({"kind": "webhook", "url": receiver.url}, name="pooled")
        for n in range(20):
            channel.send(make_alert(evidence=f"Filming wrapped, take {n}."))
        assert len(receiver.received) == 20
        assert receiver.connections_opened == 1
        channel.close()
        deadline = time.monotonic() + 5
        while receiver.connections_closed < 1 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert receiver.connections_closed == 1
    finally:
        receiver.stop()


def test_webhook_without_secret_still_sends_the_idempotency_key(
        receiver: WebhookReceiver) -> None:
    channel = build({"kind": "webhook", "url": receiver.url})
    try:
        channel.send(make_alert())
    finally:
        channel.close()
    [got] = receiver.received
    assert got.headers["webhook-id"] == "a1b2c3d4e5f6"
    assert "webhook-signature" not in got.headers


def test_webhook_raw_secret_is_used_as_the_key_bytes() -> None:
    raw = "not-a-whsec-secret"
    server = WebhookReceiver(secret=raw).start()
    channel = build({"kind": "webhook", "url": server.url, "secret_env": "S"}, {"S": raw})
    try:
        channel.send(make_alert())
    finally:
        channel.close()
        server.stop()
    assert server.received[0].signature_ok is True


@pytest.mark.parametrize("status, retryable", [
    (400, False), (401, False), (404, False), (410, False), (422, False),
    (408, True), (429, True), (500, True), (502, True), (503, True),
])
def test_webhook_http_errors_are_classified(receiver: WebhookReceiver, hook: WebhookChannel,
                                            status: int, retryable: bool) -> None:
    receiver.answer(Reply(status))
    with pytest.raises(DeliveryError) as info:
        hook.send(make_alert())
    assert info.value.retryable is retryable
    assert info.value.channel == "team-hook"
    assert f"HTTP {status}" in str(info.value)
    assert "/hooks/monitor" not in str(info.value)  # the path may hold a token


def test_webhook_retry_after_seconds_and_http_date(receiver: WebhookReceiver,
                                                   hook: WebhookChannel) -> None:
    later = email.utils.formatdate(NOW + 300, usegmt=True)
    receiver.answer(Reply(429, {"Retry-After": "120"}), Reply(503, {"Retry-After": later}))
    with pytest.raises(DeliveryError) as first:
        hook.send(make_alert())
    assert first.value.retryable and first.value.retry_after == 120.0
    with pytest.raises(DeliveryError) as second:
        hook.send(make_alert())
    assert second.value.retryable and second.value.retry_after == 300.0


def test_webhook_does_not_follow_redirects(receiver: WebhookReceiver,
                                           hook: WebhookChannel) -> None:
    receiver.answer(Reply(301, {"Location": "https://elsewhere.example.com/new/path"}))
    with pytest.raises(DeliveryError, match="redirect to https://elsewhere.example.com/…") as info:
        hook.send(make_alert())
    assert info.value.retryable is False
    assert len(receiver.received) == 1


def test_webhook_read_timeout_is_retryable(receiver: WebhookReceiver) -> None:
    receiver.answer(Reply(200, delay=5.0))
    channel = build({"kind": "webhook", "url": receiver.url, "read_timeout": 0.2})
    try:
        with pytest.raises(DeliveryError, match="timed out") as info:
            channel.send(make_alert())
    finally:
        channel.close()
    assert info.value.retryable is True


def test_webhook_connection_refused_is_retryable() -> None:
    channel = build({"kind": "webhook", "url": f"http://127.0.0.1:{free_port()}/hook"})
    try:
        with pytest.raises(DeliveryError, match="connection refused by http://127.0.0.1") \
                as info:
            channel.send(make_alert())
    finally:
        channel.close()
    assert info.value.retryable is True


@pytest.mark.parametrize("value, expected", [
    ("120", 120.0), (" 0 ", 0.0), (None, None), ("", None), ("soon", None), ("-5", None),
    (email.utils.formatdate(NOW + 60, usegmt=True), 60.0),
    (email.utils.formatdate(NOW - 60, usegmt=True), 0.0),
])
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, NOW) == expected


# --- email --------------------------------------------------------------------------------------

def test_email_arrives_once_with_both_parts_and_stable_ids(smtp: SMTPServer) -> None:
    channel = email_channel(smtp.port)
    alert = make_alert(evidence=HOSTILE, sources=("https://news.example.com/a?x=1&y=2",
                                                  "javascript:alert(1)"))
    channel.send(alert)
    [mail] = smtp.mails
    assert mail.mail_from == "monitor@example.com"
    assert mail.rcpt_tos == ["you@example.com", "producer@example.com"]
    msg = mail.message
    assert msg["Subject"] == "Jessica Jones S2: filming → wrapped (15 Sep 2017)"
    assert msg["From"] == "Monitor <monitor@example.com>"
    assert msg["To"] == "you@example.com, producer@example.com"
    assert msg["Message-ID"] == "<alert-a1b2c3d4e5f6@monitor>" == message_id(alert)
    thread = season_thread_id("Jessica Jones", 2)
    assert msg["In-Reply-To"] == msg["References"] == thread
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg.get_content_type() == "multipart/alternative"
    plain = msg.get_body(("plain",))
    html = msg.get_body(("html",))
    assert plain is not None and html is not None
    text, markup = plain.get_content(), html.get_content()
    assert "filming → wrapped (15 Sep 2017)" in text
    assert "Date:        15 Sep 2017" in text and "Season page" not in text
    assert HOSTILE in text  # plain text shows it as written
    assert "https://news.example.com/a?x=1&y=2" in text
    assert "<script>" not in markup
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &#34;more&#34;" in markup
    assert '<a href="https://news.example.com/a?x=1&amp;y=2"' in markup
    assert 'href="javascript' not in markup
    assert "<blockquote" in markup


def test_operator_notice_email_is_not_threaded_with_a_season() -> None:
    mail = build({"kind": "email", "host": "::1", "from": "a@x.org", "to": ["b@x.org"]})
    assert mail.describe() == "email smtp://[::1]:587 starttls -> b@x.org"
    msg = mail.build_message(make_alert(kind="operator", show="", season=None,
                                        evidence="Feed https://f.example.com/rss is failing."))
    assert msg["Subject"] == "monitor: Feed https://f.example.com/rss is failing."
    assert msg["In-Reply-To"] is None and msg["References"] is None


def test_alerts_about_one_season_share_a_thread_and_others_do_not() -> None:
    assert season_thread_id("Jessica Jones", 2) == season_thread_id("jessica  jones", 2)
    assert season_thread_id("Jessica Jones", 2) != season_thread_id("Jessica Jones", 3)
    assert season_thread_id("Jessica Jones", 2) != season_thread_id("The Punisher", 2)
    assert message_id(make_alert(id="x y/z")).startswith("<alert-")
    assert " " not in message_id(make_alert(id="x y/z"))


def test_email_login_and_wrong_password(tmp_path: Path) -> None:
    server = SMTPServer(authenticator=password_authenticator("monitor", "right-password"),
                        auth_require_tls=False).start()
    try:
        good = email_channel(server.port, username="monitor", password_env="SMTP_PASSWORD")
        good.send(make_alert())
        assert len(server.mails) == 1
        bad = build_channel("mail", {"kind": "email", "host": "127.0.0.1", "port": server.port,
                                     "security": "none", "username": "monitor",
                                     "password_env": "SMTP_PASSWORD", "from": "m@example.com",
                                     "to": ["you@example.com"]},
                            environ={"SMTP_PASSWORD": "wrong"}, source="monitor.toml")
        with pytest.raises(DeliveryError,
                           match="authentication .login as monitor. .* rejected") as info:
            bad.send(make_alert())
        assert info.value.retryable is False
        assert "wrong" not in str(info.value)
        assert len(server.mails) == 1
    finally:
        server.stop()


def test_email_server_down_then_up() -> None:
    port = free_port()
    channel = email_channel(port)
    with pytest.raises(DeliveryError, match="connection refused by SMTP server") as info:
        channel.send(make_alert())
    assert info.value.retryable is True
    server = SMTPServer(port).start()
    try:
        channel.send(make_alert())
        assert len(server.mails) == 1
    finally:
        server.stop()


@pytest.mark.parametrize("recipients, retryable", [
    (["refuse5@example.com"], False),
    (["refuse5@example.com", "refuse4@example.com"], True),
])
def test_email_every_recipient_refused(smtp: SMTPServer, recipients: list[str],
                                       retryable: bool) -> None:
    channel = email_channel(smtp.port, to=recipients)
    with pytest.raises(DeliveryError, match="refused every recipient") as info:
        channel.send(make_alert())
    assert info.value.retryable is retryable
    assert smtp.mails == []


def test_email_some_recipients_refused_counts_as_sent(smtp: SMTPServer,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    channel = email_channel(smtp.port, to=["you@example.com", "refuse5@example.com"])
    with caplog.at_level(logging.WARNING, logger="monitor.alerts.channels"):
        channel.send(make_alert())
    assert [m.rcpt_tos for m in smtp.mails] == [["you@example.com"]]
    assert "refuse5@example.com (550" in caplog.text
    assert "a1b2c3d4e5f6" in caplog.text


def test_email_starttls_required_but_not_offered_is_final(smtp: SMTPServer) -> None:
    channel = email_channel(smtp.port, security="starttls")
    with pytest.raises(DeliveryError, match="does not support") as info:
        channel.send(make_alert())
    assert info.value.retryable is False


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60)
    return cert, key


def test_email_starttls_and_ssl(certificate: tuple[Path, Path]) -> None:
    cert, key = certificate
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(cert, key)
    client_ctx = ssl.create_default_context(cafile=str(cert))

    starttls = SMTPServer(tls_context=server_ctx, require_starttls=True).start()
    try:
        channel = email_channel(starttls.port, security="starttls")
        # The system trust store does not know our certificate: a TLS error, retryable.
        with pytest.raises(DeliveryError, match="TLS error") as info:
            channel.send(make_alert())
        assert info.value.retryable is True
        channel.ssl_context = client_ctx
        channel.send(make_alert())
        assert len(starttls.mails) == 1
    finally:
        starttls.stop()

    implicit = SMTPServer(ssl_context=server_ctx).start()
    try:
        channel = email_channel(implicit.port, security="ssl")
        channel.ssl_context = client_ctx
        channel.send(make_alert())
        assert len(implicit.mails) == 1
    finally:
        implicit.stop()


# --- console ------------------------------------------------------------------------------------

def test_console_prints_summary_evidence_and_sources() -> None:
    stream = io.StringIO()
    channel = build({"kind": "console"})
    assert isinstance(channel, ConsoleChannel)
    channel.stream = stream
    channel.send(make_alert(evidence="It wrapped.\x1b[2J\x07 Really.",
                            sources=("https://a.example.com/1", "https://b.example.com/2")))
    lines = stream.getvalue().splitlines()
    assert lines[0] == ("16 Sep 2017 09:30 UTC  Jessica Jones S2: filming → wrapped "
                        "(15 Sep 2017) [confirmed]")
    assert '    evidence: "It wrapped.[2J Really."' in lines
    assert "    source:   https://a.example.com/1" in lines
    assert "    source:   https://b.example.com/2" in lines
    assert "\x1b" not in stream.getvalue()


def test_console_first_sighting_and_premiere_window(capsys: pytest.CaptureFixture[str]) -> None:
    channel = build({"kind": "console"})
    channel.send(make_alert(from_status=None, to_status="renewed", date=None, certainty=None))
    channel.send(make_alert(kind="premiere_window", from_status="wrapped",
                            to_status="wrapped", date="2018", certainty="expected"))
    out = capsys.readouterr().out.splitlines()
    assert out[0].endswith("Jessica Jones S2: first seen: renewed")
    assert any(line.endswith("Jessica Jones S2: premiere window: 2018 [expected]")
               for line in out)


def test_payload_is_plain_json() -> None:
    assert json.loads(json.dumps(make_alert().payload()))["to"] == "wrapped"
