"""The apprise channel kind against a real local HTTP receiver (Apprise's json:// and form://).

Apprise is an optional extra; these tests need it installed (``pip install -e '.[test]'`` pulls
it in), except the one checking the message users get without it.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest
from alert_servers import Reply, WebhookReceiver, free_port

from monitor.alerts.channels import Channel, build_channel
from monitor.alerts.delivery import DeliveryReport, deliver_pending, send_test_alert
from monitor.errors import ConfigError, DeliveryError
from monitor.models import Alert
from monitor.store.state import StateStore

try:
    import apprise  # noqa: F401 - only to know whether the extra is installed
except ImportError:  # pragma: no cover - CI installs the extra
    HAVE_APPRISE = False
else:
    HAVE_APPRISE = True

needs_apprise = pytest.mark.skipif(not HAVE_APPRISE, reason="the apprise extra is not installed")

T0 = dt.datetime(2017, 9, 16, 9, 30, tzinfo=dt.UTC)


def make_alert(**changes: Any) -> Alert:
    fields: dict[str, Any] = dict(
        id="a1b2c3d4e5f6", kind="status_change", show="Jessica Jones", season=2,
        from_status="filming", to_status="wrapped", date="2017-09-15", certainty="confirmed",
        evidence="Production on the second season has wrapped.",
        sources=("https://news.example.com/jj-wraps",), created_at=T0,
        published=dt.date(2017, 9, 16))
    fields.update(changes)
    return Alert(**fields)




def apprise_url(receiver: WebhookReceiver, scheme: str = "json") -> str:
    """``json://127.0.0.1:PORT/hooks/monitor``: Apprise POSTs to the receiver over HTTP."""
    return scheme + receiver.url.removeprefix("http")


def channel(url: str, **keys: Any) -> Any:
    return build_channel("chat", {"kind": "apprise", "url_env": "CHAT_URL", **keys},
                         environ={"CHAT_URL": url}, source="monitor.toml")


# --- configuration --------------------------------------------------------------------------------

def test_without_the_extra_the_error_says_how_to_install_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "apprise", None)  # what "not installed" looks like
    with pytest.raises(ConfigError) as info:
        build_channel("chat", {"kind": "apprise", "url_env": "CHAT_URL"},
                      environ={"CHAT_URL": "json://localhost/x"}, source="monitor.toml")
    assert str(info.value) == ("monitor.toml: channels.chat: kind 'apprise' needs the apprise "
                               "extra: pip install 'monitor[apprise]'")


@needs_apprise
@pytest.mark.parametrize("table, environ, message", [
    ({"kind": "apprise"}, {}, "give exactly one of the keys 'url_env' or 'url'"),
    ({"kind": "apprise", "url": "json://h/x", "url_env": "U"}, {"U": "json://h/x"},
     "give exactly one of the keys 'url_env' or 'url'"),
    ({"kind": "apprise", "url_env": "U"}, {}, "channels.chat.url_env: environment variable U "
                                              "is not set"),
    ({"kind": "apprise", "url_env": "U"}, {"U": "nosuchservice://tok3n@host"},
     "channels.chat.url_env: Apprise does not understand the URL in environment variable U "
     "(scheme 'nosuchservice://')"),
    ({"kind": "apprise", "url_env": "U", "colour": "red"}, {"U": "json://h/x"},
     "unknown key 'colour' (allowed: certainties, digest, first_sightings, kind, quiet_hours, "
     "shows, statuses, templates_dir, timezone, url, url_env)"),
])
def test_bad_apprise_config_names_the_key(table: dict[str, Any], environ: dict[str, str],
                                          message: str) -> None:
    with pytest.raises(ConfigError) as info:
        build_channel("chat", table, environ=environ, source="monitor.toml")
    assert message in str(info.value)
    assert "tok3n" not in str(info.value)  # a URL from the environment is never echoed


@needs_apprise
def test_url_in_the_file_works_but_warns(receiver: WebhookReceiver,
                                         caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="monitor.alerts.channels"):
        chat = build_channel("chat", {"kind": "apprise", "url": apprise_url(receiver)},
                             environ={}, source="monitor.toml")
    assert any("channels.chat.url" in r.getMessage() and "url_env" in r.getMessage()
               for r in caplog.records)
    chat.send(make_alert())
    assert len(receiver.received) == 1


@needs_apprise
def test_describe_hides_the_password(receiver: WebhookReceiver) -> None:
    url = apprise_url(receiver).replace("://", "://bot:hunter2@")
    chat = channel(url, digest="1h")
    shown = chat.describe()
    assert shown.startswith("apprise json://bot:") and shown.endswith("[digest 1h]")
    assert "hunter2" not in shown
    assert isinstance(chat, Channel)


# --- sending --------------------------------------------------------------------------------------

@needs_apprise
def test_json_url_posts_title_and_body_from_the_templates(receiver: WebhookReceiver) -> None:
    channel(apprise_url(receiver)).send(make_alert(evidence="It wrapped <b>today</b>."))
    [request] = receiver.received
    body = request.json()
    assert body["title"] == "Jessica Jones S2: filming → wrapped (15 Sep 2017)"
    assert body["message"].splitlines() == [
        "It wrapped <b>today</b>.", "", "confirmed · published 16 Sep 2017",
        "https://news.example.com/jj-wraps"]
    assert request.headers["user-agent"] == "monitor"


@needs_apprise
def test_form_url_posts_a_form(receiver: WebhookReceiver) -> None:
    channel(apprise_url(receiver, "form")).send(make_alert())
    [request] = receiver.received
    form = parse_qs(request.body.decode())
    assert form["title"] == ["Jessica Jones S2: filming → wrapped (15 Sep 2017)"]
    assert "Production on the second season has wrapped." in form["message"][0]


@needs_apprise
@pytest.mark.parametrize("status, retryable, words", [
    (500, True, "answered HTTP 500"),
    (503, True, "answered HTTP 503"),
    (429, True, "answered HTTP 429"),
    (401, False, "answered HTTP 401 (authentication failed"),
    (400, False, "answered HTTP 400"),
])
def test_http_failures_are_delivery_errors(receiver: WebhookReceiver, status: int,
                                           retryable: bool, words: str) -> None:
    receiver.answer(Reply(status))
    with pytest.raises(DeliveryError) as info:
        channel(apprise_url(receiver)).send(make_alert())
    assert info.value.retryable is retryable
    assert words in info.value.reason
    assert info.value.reason.startswith("json://127.0.0.1:")


@needs_apprise
def test_connection_refused_is_retryable_and_apprise_debug_stays_out_of_the_log(
        caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG), \
            pytest.raises(DeliveryError, match="connection refused") as info:
        channel(f"json://127.0.0.1:{free_port()}/x").send(make_alert())
    assert info.value.retryable is True
    assert not [r for r in caplog.records if r.name.startswith("apprise")]


@needs_apprise
def test_digest_through_the_outbox_is_one_notification(tmp_path: Path,
                                                      receiver: WebhookReceiver) -> None:
    chat = channel(apprise_url(receiver), digest="10m")
    store = StateStore(tmp_path / "state.db")
    try:
        for n, show in enumerate(("Jessica Jones", "The Punisher")):
            store.outbox.enqueue(make_alert(id=f"alert-{n}", show=show), ["chat"])
        assert deliver_pending(store.outbox, {"chat": chat}, now=T0) == DeliveryReport(held=2)
        receiver.answer(Reply(500))
        later = T0 + dt.timedelta(minutes=10)
        assert deliver_pending(store.outbox, {"chat": chat}, now=later) == DeliveryReport(retried=2)
        assert deliver_pending(store.outbox, {"chat": chat}, now=later + dt.timedelta(hours=1)) \
            == DeliveryReport(sent=2)
    finally:
        store.close()
    assert len(receiver.received) == 2
    body = receiver.received[-1].json()
    assert body["title"] == "2 TV updates: Jessica Jones S2 wrapped, The Punisher S2 wrapped"
    assert "1. Jessica Jones S2: filming → wrapped" in body["message"]
    assert "2. The Punisher S2: filming → wrapped" in body["message"]


@needs_apprise
def test_test_alert_through_apprise(receiver: WebhookReceiver) -> None:
    assert send_test_alert({"chat": channel(apprise_url(receiver))}) == [("chat", None)]
    assert receiver.received[0].json()["title"] == "monitor: test alert"
