"""The outbox against a real SQLite state file and real local servers (HTTP and SMTP)."""

from __future__ import annotations

import datetime as dt
import gc
import io
import logging
import random
import socket
from collections.abc import Iterator
from typing import Any

import pytest
import requests
import urllib3
from alert_servers import WEBHOOK_SECRET, Reply, SMTPServer, WebhookReceiver, free_port

import monitor.alerts.delivery as delivery_module
from monitor.alerts.channels import Channel, build_channel
from monitor.alerts.delivery import DeliveryReport, RetryPolicy, deliver_pending, send_test_alert
from monitor.errors import ConfigError, DeliveryError
from monitor.models import Alert, Article, Fact
from monitor.network import connection_problem
from monitor.store.state import DeliveryStatus, StateStore

SECRET = WEBHOOK_SECRET
T0 = dt.datetime(2024, 3, 1, 12, 0, tzinfo=dt.UTC)




@pytest.fixture
def receiver(signed_receiver: WebhookReceiver) -> WebhookReceiver:
    return signed_receiver


@pytest.fixture
def hook(receiver: WebhookReceiver) -> Iterator[Channel]:
    channel = build_channel("hook", {"kind": "webhook", "url": receiver.url,
                                     "secret_env": "HOOK_SECRET", "read_timeout": 0.3},
                            environ={"HOOK_SECRET": SECRET}, source="test.toml")
    yield channel
    channel.close()


def queue_alert(store: StateStore, channels: list[str], *, show: str = "Jessica Jones",
                season: int = 2, evidence: str = "") -> Alert:
    """Ingest a one-fact article so the store itself queues a real first-sighting alert."""
    evidence = evidence or f"{show} has been renewed for season {season}."
    url = f"https://news.example.com/{show.lower().replace(' ', '-')}-{season}"
    article = Article(url=url, title=f"{show} renewed", text=evidence,
                      published=dt.date(2024, 2, 28))
    fact = Fact(show=show, season=season, kind="renewed", date="2024-02", certainty="confirmed",
                evidence=evidence, source_url=url)
    [alert] = store.articles.ingest(article, [fact], watched=lambda _: True, channels=channels,
                                    now=T0)
    return alert


def delivery(store: StateStore, alert: Alert, channel: str) -> DeliveryStatus:
    [record] = [r for r in store.outbox.alerts() if r.alert.id == alert.id]
    [status] = [d for d in record.deliveries if d.channel == channel]
    return status


def seconds_after(moment: dt.datetime | None, start: dt.datetime) -> float:
    assert moment is not None
    return (moment - start).total_seconds()


# --- webhook through the outbox -----------------------------------------------------------------

def test_500_twice_then_200_delivers_once(store: StateStore, receiver: WebhookReceiver,
                                          hook: Channel) -> None:
    alert = queue_alert(store, ["hook"])
    receiver.answer(Reply(500), Reply(500))
    rng = random.Random(7)
    channels = {"hook": hook}

    assert deliver_pending(store.outbox, channels, now=T0, rng=rng) == DeliveryReport(retried=1)
    first = delivery(store, alert, "hook")
    assert first.state == "pending" and first.attempts == 1
    assert 24 <= seconds_after(first.next_attempt_at, T0) <= 36  # 30 s ± 20 %
    assert "HTTP 500" in (first.last_error or "")

    # Not due yet: nothing is sent.
    assert deliver_pending(store.outbox, channels, now=T0 + dt.timedelta(seconds=20), rng=rng) \
        == DeliveryReport()
    assert len(receiver.received) == 1

    now = first.next_attempt_at
    assert now is not None
    assert deliver_pending(store.outbox, channels, now=now, rng=rng) == DeliveryReport(retried=1)
    second = delivery(store, alert, "hook")
    assert 48 <= seconds_after(second.next_attempt_at, now) <= 72  # 60 s ± 20 %

    assert second.next_attempt_at is not None
    now = second.next_attempt_at + dt.timedelta(seconds=1)
    assert deliver_pending(store.outbox, channels, now=now, rng=rng) == DeliveryReport(sent=1)
    done = delivery(store, alert, "hook")
    assert done.state == "delivered" and done.attempts == 3 and done.delivered_at == now

    # Delivered is final: a later pass sends nothing.
    assert deliver_pending(store.outbox, channels, now=now + dt.timedelta(days=1)) \
        == DeliveryReport()
    assert [r.headers["webhook-id"] for r in receiver.received] == [alert.id] * 3
    assert all(r.signature_ok for r in receiver.received)
    assert receiver.accepted_ids() == [alert.id]
    assert receiver.received[-1].json()["id"] == alert.id


def test_400_fails_at_once_and_is_not_retried(store: StateStore, receiver: WebhookReceiver,
                                              hook: Channel) -> None:
    alert = queue_alert(store, ["hook"])
    receiver.answer(Reply(400))
    assert deliver_pending(store.outbox, {"hook": hook}, now=T0) == DeliveryReport(failed=1)
    status = delivery(store, alert, "hook")
    assert status.state == "failed" and status.next_attempt_at is None
    assert "HTTP 400" in (status.last_error or "")
    assert "not retryable" in (status.last_error or "")
    assert deliver_pending(store.outbox, {"hook": hook}, now=T0 + dt.timedelta(days=2)) \
        == DeliveryReport()
    assert len(receiver.received) == 1
    assert [r.alert.id for r in store.outbox.alerts(failed_only=True)] == [alert.id]


@pytest.mark.parametrize("retry_after, expected", [("3600", 3600.0), ("1", None)])
def test_429_retry_after_is_honoured_when_longer(store: StateStore, receiver: WebhookReceiver,
                                                 hook: Channel, retry_after: str,
                                                 expected: float | None) -> None:
    alert = queue_alert(store, ["hook"])
    receiver.answer(Reply(429, {"Retry-After": retry_after}))
    assert deliver_pending(store.outbox, {"hook": hook}, now=T0) == DeliveryReport(retried=1)
    wait = seconds_after(delivery(store, alert, "hook").next_attempt_at, T0)
    if expected is not None:
        assert wait == expected
    else:
        assert 24 <= wait <= 36  # the backoff, longer than the server's 1 s


def test_timeout_is_retried(store: StateStore, receiver: WebhookReceiver,
                            hook: Channel) -> None:
    alert = queue_alert(store, ["hook"])
    receiver.answer(Reply(200, delay=5.0))
    assert deliver_pending(store.outbox, {"hook": hook}, now=T0) == DeliveryReport(retried=1)
    status = delivery(store, alert, "hook")
    assert status.state == "pending" and "timed out" in (status.last_error or "")


def test_last_attempt_fails_for_good(store: StateStore, receiver: WebhookReceiver,
                                     hook: Channel) -> None:
    alert = queue_alert(store, ["hook"])
    receiver.default = Reply(503)
    policy = RetryPolicy(max_attempts=3, base_delay=10.0)
    now = T0
    reports = []
    for _ in range(3):
        reports.append(deliver_pending(store.outbox, {"hook": hook}, now=now, policy=policy))
        now += dt.timedelta(hours=1)
    assert reports == [DeliveryReport(retried=1), DeliveryReport(retried=1),
                       DeliveryReport(failed=1)]
    status = delivery(store, alert, "hook")
    assert status.state == "failed" and "gave up after 3 attempts" in (status.last_error or "")
    assert deliver_pending(store.outbox, {"hook": hook}, now=now, policy=policy) == DeliveryReport()
    assert len(receiver.received) == 3


# --- email through the outbox -------------------------------------------------------------------

def test_smtp_down_then_up(store: StateStore) -> None:
    port = free_port()
    mail = build_channel("mail", {"kind": "email", "host": "127.0.0.1", "port": port,
                                  "security": "none", "from": "monitor@example.com",
                                  "to": ["you@example.com"], "timeout": 5.0},
                         environ={}, source="test.toml")
    alert = queue_alert(store, ["mail"], evidence='Renewed, says <script>alert("x")</script>.')
    assert deliver_pending(store.outbox, {"mail": mail}, now=T0) == DeliveryReport(retried=1)
    status = delivery(store, alert, "mail")
    assert "connection refused by SMTP server" in (status.last_error or "")

    server = SMTPServer(port).start()
    try:
        later = status.next_attempt_at
        assert later is not None
        assert deliver_pending(store.outbox, {"mail": mail}, now=later) == DeliveryReport(sent=1)
        assert deliver_pending(store.outbox, {"mail": mail}, now=later + dt.timedelta(hours=1)) \
            == DeliveryReport()
        [got] = server.mails
    finally:
        server.stop()
    assert got.message["Message-ID"] == f"<alert-{alert.id}@monitor>"
    html = got.message.get_body(("html",))
    assert html is not None and "<script>" not in html.get_content()


# --- several channels, unconfigured channels, broken channels -----------------------------------

def test_every_alert_on_every_channel_oldest_first(store: StateStore, receiver: WebhookReceiver,
                                                   hook: Channel) -> None:
    first = queue_alert(store, ["hook", "console"], show="Jessica Jones", season=2)
    second = queue_alert(store, ["hook", "console"], show="The Punisher", season=1)
    out = io.StringIO()
    console: Any = build_channel("console", {"kind": "console"}, environ={}, source="t")
    console.stream = out
    report = deliver_pending(store.outbox, {"hook": hook, "console": console}, now=T0)
    assert report == DeliveryReport(sent=4)
    assert receiver.accepted_ids() == [first.id, second.id]
    text = out.getvalue()
    assert text.index("Jessica Jones S2: first seen: renewed") \
        < text.index("The Punisher S1: first seen: renewed")


def test_unconfigured_channel_stays_pending_and_is_logged_once(
        store: StateStore, receiver: WebhookReceiver, hook: Channel,
        caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(delivery_module, "_warned_channels", set())  # once per process: this test's
    alert = queue_alert(store, ["hook", "retired-pager"])
    with caplog.at_level(logging.INFO, logger="monitor.alerts.delivery"):
        assert deliver_pending(store.outbox, {"hook": hook}, now=T0) == DeliveryReport(sent=1)
        assert deliver_pending(store.outbox, {"hook": hook}, now=T0 + dt.timedelta(hours=1)) \
            == DeliveryReport()
    warnings = [r.getMessage() for r in caplog.records if "retired-pager" in r.getMessage()]
    assert len(warnings) == 1
    assert alert.id in warnings[0] and "not configured" in warnings[0]
    assert delivery(store, alert, "retired-pager").state == "pending"
    assert delivery(store, alert, "hook").state == "delivered"


def test_the_unconfigured_check_keeps_nothing_per_closed_store(
        state_location: Any, hook: Channel) -> None:
    """The daemon opens a store per delivery pass: what the once-per-store check remembers
    goes with the store (it was a set keyed by ``id(outbox)`` that gained an entry for nearly
    every pass, ~1 M a year at the default 30 s)."""
    gc.collect()
    before = len(delivery_module._checked)
    for i in range(300):
        with StateStore(state_location) as store:
            deliver_pending(store.outbox, {"hook": hook}, now=T0 + dt.timedelta(seconds=30 * i))
        padding = [object() for _ in range(i % 7)]  # the next store at another address
        del padding
    del store
    gc.collect()
    assert len(delivery_module._checked) <= before

def test_a_broken_channel_does_not_stop_the_others(store: StateStore, receiver: WebhookReceiver,
                                                   hook: Channel,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    alert = queue_alert(store, ["console", "hook"])
    closed = io.StringIO()
    closed.close()
    console: Any = build_channel("console", {"kind": "console"}, environ={}, source="t")
    console.stream = closed
    with caplog.at_level(logging.INFO, logger="monitor.alerts.delivery"):
        report = deliver_pending(store.outbox, {"console": console, "hook": hook}, now=T0)
    assert report == DeliveryReport(sent=1, retried=1)
    assert delivery(store, alert, "console").state == "pending"
    assert receiver.accepted_ids() == [alert.id]
    # Every log line names the alert and the channel.
    lines = [r.getMessage() for r in caplog.records if r.name == "monitor.alerts.delivery"
             and "delivery pass" not in r.getMessage()]
    assert lines and all(alert.id in line for line in lines)
    assert any("via console" in line for line in lines)
    assert any("via hook" in line for line in lines)


def test_nothing_due_is_a_quiet_empty_report(store: StateStore, hook: Channel) -> None:
    assert deliver_pending(store.outbox, {"hook": hook}, now=T0) == DeliveryReport()
    assert deliver_pending(store.outbox, {}, now=T0) == DeliveryReport()


# --- the policy ---------------------------------------------------------------------------------

def test_backoff_doubles_with_jitter_and_is_capped() -> None:
    policy = RetryPolicy(base_delay=30.0, max_delay=3600.0, jitter=0.2)
    rng = random.Random(3)
    for attempt, base in [(1, 30), (2, 60), (3, 120), (4, 240), (8, 3600), (40, 3600)]:
        for _ in range(20):
            assert base * 0.8 <= policy.backoff(attempt, rng) <= base * 1.2
    assert RetryPolicy(jitter=0.0).backoff(1, rng) == 30.0


def test_retry_delay_rules() -> None:
    policy = RetryPolicy(max_attempts=4, jitter=0.0)
    rng = random.Random(0)
    assert policy.retry_delay(1, DeliveryError("c", "500"), rng) == 30.0
    assert policy.retry_delay(1, DeliveryError("c", "429", retry_after=600.0), rng) == 600.0
    assert policy.retry_delay(2, DeliveryError("c", "429", retry_after=5.0), rng) == 60.0
    assert policy.retry_delay(1, DeliveryError("c", "400", retryable=False), rng) is None
    assert policy.retry_delay(4, DeliveryError("c", "500"), rng) is None


def test_report_reads_well() -> None:
    report = DeliveryReport(sent=2, retried=1, failed=0)
    assert str(report) == "2 sent, 1 to retry, 0 failed" and report.attempted == 3


# --- monitor test-alert ---------------------------------------------------------------------------

def test_send_test_alert_reports_each_channel_in_plain_words(receiver: WebhookReceiver,
                                                             hook: Channel) -> None:
    refused_port = free_port()
    unauthorised = WebhookReceiver().start()
    unauthorised.default = Reply(401)
    plain_http = WebhookReceiver().start()  # speaks HTTP; asked for TLS
    channels = {
        "good": hook,
        "down": build_channel("down", {"kind": "webhook",
                                       "url": f"http://127.0.0.1:{refused_port}/hook"},
                              environ={}, source="t"),
        "locked": build_channel("locked", {"kind": "webhook", "url": unauthorised.url},
                                environ={}, source="t"),
        "tls": build_channel("tls", {"kind": "webhook", "url": plain_http.url.replace(
            "http://", "https://")}, environ={}, source="t"),
        "mail": build_channel("mail", {"kind": "email", "host": "127.0.0.1",
                                       "port": refused_port, "security": "none",
                                       "from": "m@example.com", "to": ["you@example.com"]},
                              environ={}, source="t"),
    }
    try:
        results = dict(send_test_alert(channels, now=T0))
        again = send_test_alert(channels, "good")
    finally:
        unauthorised.stop()
        plain_http.stop()
    assert list(results) == list(channels)
    assert results["good"] is None and again == [("good", None)]
    assert f"connection refused by http://127.0.0.1:{refused_port}/…" in (results["down"] or "")
    assert "HTTP 401 (authentication failed" in (results["locked"] or "")
    assert (results["tls"] or "").startswith("TLS error with https://127.0.0.1:")
    assert "connection refused" in (results["mail"] or "")
    # A fresh id each time, so a receiver dropping repeats by id does not drop a second test.
    first, second = receiver.received
    assert first.json()["type"] == "test" and first.json()["created_at"] == T0.isoformat()
    assert first.headers["webhook-id"] != second.headers["webhook-id"]


def test_send_test_alert_unknown_channel_is_a_config_error(hook: Channel) -> None:
    with pytest.raises(ConfigError, match=r"no channel named 'pager' \(configured: hook\)"):
        send_test_alert({"hook": hook}, "pager")
    assert send_test_alert({}) == []


def test_dns_failures_are_named_as_such() -> None:
    # The exception chain requests raises when a name does not resolve (built here rather than
    # provoked, because resolving a name would leave 127.0.0.1).
    gai = socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    inner = urllib3.exceptions.NameResolutionError(
        "hooks.example.com", None, gai)  # type: ignore[arg-type]
    outer = urllib3.exceptions.MaxRetryError(None, "/hook", inner)  # type: ignore[arg-type]
    error = requests.ConnectionError(outer)
    reason = connection_problem(error, "https://hooks.example.com/…")
    assert reason.startswith("DNS lookup of hooks.example.com failed")
