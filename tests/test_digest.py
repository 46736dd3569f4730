"""Digests and quiet hours: alerts held in a real SQLite outbox, sent as one message to real
local servers (webhook receiver, aiosmtpd), with the clock passed in."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import random
from typing import Any

import pytest
from alert_servers import WEBHOOK_SECRET, Reply, SMTPServer, WebhookReceiver

from monitor.alerts.channels import Batching, build_channel
from monitor.alerts.delivery import DeliveryReport, RetryPolicy, deliver_pending, plan_sends
from monitor.alerts.messages import digest_id
from monitor.errors import ConfigError
from monitor.models import Alert
from monitor.store.state import DeliveryStatus, StateStore

SECRET = WEBHOOK_SECRET
T0 = dt.datetime(2024, 3, 1, 12, 0, tzinfo=dt.UTC)
MIN = dt.timedelta(minutes=1)




@pytest.fixture
def receiver(signed_receiver: WebhookReceiver) -> WebhookReceiver:
    return signed_receiver


def hook(receiver: WebhookReceiver, **keys: Any) -> Any:
    return build_channel("hook", {"kind": "webhook", "url": receiver.url,
                                  "secret_env": "HOOK_SECRET", "read_timeout": 2.0, **keys},
                         environ={"HOOK_SECRET": SECRET}, source="monitor.toml")


def console(**keys: Any) -> tuple[Any, io.StringIO]:
    out = io.StringIO()
    channel: Any = build_channel("console", {"kind": "console", **keys}, environ={},
                                 source="monitor.toml")
    channel.stream = out
    return channel, out


def make_alert(n: int, created: dt.datetime, **changes: Any) -> Alert:
    fields: dict[str, Any] = dict(
        id=f"alert-{n:04d}", kind="status_change", show=f"Show {n}", season=1,
        from_status="filming", to_status="wrapped", date="2024-02-20", certainty="confirmed",
        evidence=f"Filming on Show {n} has wrapped.", sources=(f"https://news.example.com/{n}",),
        created_at=created, published=created.date())
    fields.update(changes)
    return Alert(**fields)


def queue(store: StateStore, channels: list[str], *alerts: Alert) -> list[Alert]:
    for alert in alerts:
        assert store.outbox.enqueue(alert, channels)
    return list(alerts)


def status(store: StateStore, alert: Alert, channel: str) -> DeliveryStatus:
    [record] = [r for r in store.outbox.alerts() if r.alert.id == alert.id]
    [found] = [d for d in record.deliveries if d.channel == channel]
    return found


# --- configuration ------------------------------------------------------------------------------

@pytest.mark.parametrize("keys, message", [
    ({"digest": "soon"}, "channels.c.digest: must be a positive duration"),
    ({"digest": 0}, "channels.c.digest: must be a positive duration"),
    ({"quiet_hours": "22-07"}, 'channels.c.quiet_hours: must look like "22:00-07:00"'),
    ({"quiet_hours": "25:00-07:00"}, "channels.c.quiet_hours: must look like"),
    ({"quiet_hours": "07:00-07:00"}, "channels.c.quiet_hours: start and end are the same"),
    ({"quiet_hours": "22:00-07:00", "timezone": "Mars/Olympus"},
     "channels.c.timezone: unknown time zone 'Mars/Olympus'"),
    ({"timezone": "Europe/London"}, "channels.c.timezone: is only used with quiet_hours"),
])
def test_bad_batching_keys_name_the_key(keys: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("(", r"\(")) as info:
        build_channel("c", {"kind": "console", **keys}, environ={}, source="monitor.toml")
    assert str(info.value).startswith("monitor.toml: channels.c")


def test_batching_keys_parse_and_show_in_describe(receiver: WebhookReceiver) -> None:
    channel = hook(receiver, digest="15m", quiet_hours="22:00-07:00", timezone="Europe/London")
    try:
        assert channel.batching == Batching(
            window=900.0, quiet=(dt.time(22), dt.time(7)),
            tz=channel.batching.tz)
        assert str(channel.batching.tz) == "Europe/London"
        assert channel.describe().endswith("[digest 15m, quiet 22:00-07:00 Europe/London]")
    finally:
        channel.close()
    plain, _ = console()
    assert plain.batching is None and plain.describe() == "console stdout"
    utc, _ = console(quiet_hours="23:30-06:15")
    assert utc.batching.window == 0 and str(utc.batching.tz) == "UTC"


# --- digest windows through the outbox -----------------------------------------------------------

def test_digest_gathers_for_the_window_then_sends_one_signed_webhook(
        store: StateStore, receiver: WebhookReceiver) -> None:
    channel = hook(receiver, digest="15m")
    channels = {"hook": channel}
    first, second, third = queue(store, ["hook"], make_alert(1, T0),
                                 make_alert(2, T0 + 5 * MIN), make_alert(3, T0 + 10 * MIN))
    try:
        assert deliver_pending(store.outbox, channels, now=T0) == DeliveryReport(held=1)
        assert deliver_pending(store.outbox, channels, now=T0 + 14 * MIN) == DeliveryReport(held=3)
        assert receiver.received == []
        assert deliver_pending(store.outbox, channels, now=T0 + 15 * MIN) == DeliveryReport(sent=3)
        assert deliver_pending(store.outbox, channels, now=T0 + 60 * MIN) == DeliveryReport()
    finally:
        channel.close()
    [request] = receiver.received
    body = request.json()
    assert body["schema"] == "monitor.digest/1"
    assert [a["id"] for a in body["alerts"]] == [first.id, second.id, third.id]
    assert all(a["schema"] == "monitor.alert/1" for a in body["alerts"])
    expected_id = "digest-" + hashlib.sha256(
        "\n".join(sorted([first.id, second.id, third.id])).encode()).hexdigest()[:32]
    assert body["id"] == request.headers["webhook-id"] == expected_id
    assert request.signature_ok is True
    for alert in (first, second, third):
        done = status(store, alert, "hook")
        assert done.state == "delivered" and done.delivered_at == T0 + 15 * MIN


def test_digest_id_is_stable_whatever_the_order() -> None:
    a, b = make_alert(1, T0), make_alert(2, T0)
    assert digest_id([a, b]) == digest_id([b, a]) != digest_id([a])


def test_a_failed_digest_is_retried_whole_with_the_same_id(
        store: StateStore, receiver: WebhookReceiver) -> None:
    channel = hook(receiver, digest="10m")
    channels = {"hook": channel}
    alerts = queue(store, ["hook"], make_alert(1, T0), make_alert(2, T0 + MIN))
    receiver.answer(Reply(503))
    now = T0 + 10 * MIN
    try:
        assert deliver_pending(store.outbox, channels, now=now, rng=random.Random(1)) \
            == DeliveryReport(retried=2)
        states = [status(store, a, "hook") for a in alerts]
        assert {s.state for s in states} == {"pending"}
        assert len({s.next_attempt_at for s in states}) == 1  # retried together
        retry_at = states[0].next_attempt_at
        assert retry_at is not None and retry_at > now
        assert all("HTTP 503" in (s.last_error or "") for s in states)
        assert deliver_pending(store.outbox, channels, now=retry_at) == DeliveryReport(sent=2)
    finally:
        channel.close()
    ids = [r.headers["webhook-id"] for r in receiver.received]
    assert len(ids) == 2 and ids[0] == ids[1]
    assert receiver.accepted_ids() == [ids[0]]
    assert all(status(store, a, "hook").attempts == 2 for a in alerts)


def test_a_refused_digest_fails_every_alert_in_it(store: StateStore,
                                                 receiver: WebhookReceiver) -> None:
    channel = hook(receiver, digest="1m")
    alerts = queue(store, ["hook"], make_alert(1, T0), make_alert(2, T0))
    receiver.answer(Reply(400))
    try:
        assert deliver_pending(store.outbox, {"hook": channel}, now=T0 + MIN) \
            == DeliveryReport(failed=2)
    finally:
        channel.close()
    for alert in alerts:
        done = status(store, alert, "hook")
        assert done.state == "failed" and "not retryable" in (done.last_error or "")


def test_the_last_attempt_of_a_digest_fails_for_good(store: StateStore,
                                                    receiver: WebhookReceiver) -> None:
    channel = hook(receiver, digest="1m")
    alerts = queue(store, ["hook"], make_alert(1, T0), make_alert(2, T0))
    receiver.default = Reply(500)
    policy = RetryPolicy(max_attempts=2, base_delay=10.0)
    try:
        assert deliver_pending(store.outbox, {"hook": channel}, now=T0 + MIN, policy=policy) \
            == DeliveryReport(retried=2)
        assert deliver_pending(store.outbox, {"hook": channel}, now=T0 + 60 * MIN, policy=policy) \
            == DeliveryReport(failed=2)
    finally:
        channel.close()
    assert all(status(store, a, "hook").state == "failed" for a in alerts)
    assert len(receiver.received) == 2


def test_one_alert_in_a_window_goes_as_an_ordinary_alert(store: StateStore,
                                                        receiver: WebhookReceiver) -> None:
    channel = hook(receiver, digest="15m")
    [alert] = queue(store, ["hook"], make_alert(1, T0))
    try:
        assert deliver_pending(store.outbox, {"hook": channel}, now=T0 + 15 * MIN) \
            == DeliveryReport(sent=1)
    finally:
        channel.close()
    [request] = receiver.received
    assert request.json()["schema"] == "monitor.alert/1"
    assert request.headers["webhook-id"] == alert.id


def test_a_big_backlog_goes_in_digests_of_at_most_fifty(store: StateStore,
                                                       receiver: WebhookReceiver) -> None:
    channel = hook(receiver, digest="5m")
    alerts = queue(store, ["hook"], *(make_alert(n, T0 + n * dt.timedelta(seconds=1))
                                      for n in range(60)))
    try:
        assert deliver_pending(store.outbox, {"hook": channel}, now=T0 + 10 * MIN) \
            == DeliveryReport(sent=60)
    finally:
        channel.close()
    sizes = [len(r.json()["alerts"]) for r in receiver.received]
    assert sizes == [50, 10]
    sent = [a["id"] for r in receiver.received for a in r.json()["alerts"]]
    assert sent == [a.id for a in alerts]


def test_digest_and_immediate_channels_side_by_side(store: StateStore,
                                                   receiver: WebhookReceiver) -> None:
    digest_hook = hook(receiver, digest="15m")
    now_console, out = console()
    channels = {"hook": digest_hook, "console": now_console}
    first, second = queue(store, ["hook", "console"], make_alert(1, T0), make_alert(2, T0))
    try:
        assert deliver_pending(store.outbox, channels, now=T0) == DeliveryReport(sent=2, held=2)
        assert "Show 1 S1: filming → wrapped" in out.getvalue()
        assert receiver.received == []
        assert deliver_pending(store.outbox, channels, now=T0 + 15 * MIN) == DeliveryReport(sent=2)
    finally:
        digest_hook.close()
    assert [a["id"] for a in receiver.received[0].json()["alerts"]] == [first.id, second.id]
    assert out.getvalue().count("filming → wrapped") == 2  # console sent each once


# --- quiet hours ----------------------------------------------------------------------------------

def test_quiet_hours_hold_alerts_then_send_one_message_in_local_time(
        store: StateStore, receiver: WebhookReceiver) -> None:
    # London is on summer time (UTC+1) in July: quiet 22:00-07:00 there is 21:00-06:00 UTC.
    channel = hook(receiver, quiet_hours="22:00-07:00", timezone="Europe/London")
    channels = {"hook": channel}
    evening = dt.datetime(2024, 7, 1, 21, 30, tzinfo=dt.UTC)
    night = dt.datetime(2024, 7, 2, 1, 0, tzinfo=dt.UTC)
    a1, a2 = queue(store, ["hook"], make_alert(1, evening), make_alert(2, night))
    try:
        assert deliver_pending(store.outbox, channels, now=evening) == DeliveryReport(held=1)
        assert deliver_pending(store.outbox, channels, now=night.replace(hour=5, minute=59)) \
            == DeliveryReport(held=2)
        assert receiver.received == []
        morning = night.replace(hour=6)  # 07:00 in London
        assert deliver_pending(store.outbox, channels, now=morning) == DeliveryReport(sent=2)
        [digest] = receiver.received
        assert [a["id"] for a in digest.json()["alerts"]] == [a1.id, a2.id]

        # In the day, alerts go one by one at once, as without quiet hours.
        day = night.replace(hour=9)
        queue(store, ["hook"], make_alert(3, day), make_alert(4, day))
        assert deliver_pending(store.outbox, channels, now=day) == DeliveryReport(sent=2)
    finally:
        channel.close()
    assert [r.json()["schema"] for r in receiver.received] == [
        "monitor.digest/1", "monitor.alert/1", "monitor.alert/1"]


def test_digest_and_quiet_hours_together(store: StateStore, receiver: WebhookReceiver) -> None:
    channel = hook(receiver, digest="15m", quiet_hours="22:00-07:00")
    late = dt.datetime(2024, 3, 1, 21, 50, tzinfo=dt.UTC)
    queue(store, ["hook"], make_alert(1, late), make_alert(2, late + 30 * MIN))
    try:
        # The window of the first alert ended at 22:05, inside the quiet hours: held.
        assert deliver_pending(store.outbox, {"hook": channel}, now=late + 40 * MIN) \
            == DeliveryReport(held=2)
        assert deliver_pending(store.outbox, {"hook": channel},
                               now=dt.datetime(2024, 3, 2, 7, 0, tzinfo=dt.UTC)) \
            == DeliveryReport(sent=2)
    finally:
        channel.close()
    assert len(receiver.received) == 1


@pytest.mark.parametrize("quiet, time, expected", [
    ((22, 7), "21:59", False), ((22, 7), "22:00", True), ((22, 7), "03:00", True),
    ((22, 7), "06:59", True), ((22, 7), "07:00", False), ((12, 13), "12:30", True),
    ((12, 13), "13:00", False), ((12, 13), "11:59", False),
])
def test_quiet_hours_bounds(quiet: tuple[int, int], time: str, expected: bool) -> None:
    batching = Batching(quiet=(dt.time(quiet[0]), dt.time(quiet[1])))
    hour, minute = (int(x) for x in time.split(":"))
    assert batching.is_quiet(T0.replace(hour=hour, minute=minute)) is expected


def test_last_quiet_end_across_a_dst_change() -> None:
    from zoneinfo import ZoneInfo

    london = ZoneInfo("Europe/London")
    batching = Batching(quiet=(dt.time(22), dt.time(7)), tz=london)
    # Clocks went forward on 2024-03-31 at 01:00 UTC; 07:00 BST that day is 06:00 UTC.
    now = dt.datetime(2024, 3, 31, 6, 30, tzinfo=dt.UTC)
    assert batching.last_quiet_end(now) == dt.datetime(2024, 3, 31, 6, 0, tzinfo=dt.UTC)
    assert batching.last_quiet_end(now.replace(hour=5)) \
        == dt.datetime(2024, 3, 30, 7, 0, tzinfo=dt.UTC)
    assert Batching(window=60).last_quiet_end(now) is None


def test_plan_sends_groups_as_documented() -> None:
    class D:
        def __init__(self, alert: Alert) -> None:
            self.alert, self.channel, self.attempts = alert, "c", 0

    night = dt.datetime(2024, 3, 1, 23, 0, tzinfo=dt.UTC)
    held = [D(make_alert(1, night)), D(make_alert(2, night + 60 * MIN))]
    fresh = [D(make_alert(3, night + 9 * 60 * MIN)), D(make_alert(4, night + 9 * 60 * MIN))]
    quiet = Batching(quiet=(dt.time(22), dt.time(7)))
    now = night + 10 * 60 * MIN  # 09:00 the next day
    assert plan_sends([*held, *fresh], quiet, now) == [held, [fresh[0]], [fresh[1]]]
    assert plan_sends([*held, *fresh], quiet, night) == []
    assert plan_sends([], Batching(window=60), now) == []
    assert plan_sends(fresh, Batching(window=7200), now) == []
    assert plan_sends(held, Batching(window=7200), now) == [held]


# --- email and console digests --------------------------------------------------------------------

def test_email_digest_is_one_message_with_both_parts() -> None:
    server = SMTPServer().start()
    try:
        mail: Any = build_channel("mail", {
            "kind": "email", "host": "127.0.0.1", "port": server.port, "security": "none",
            "from": "Monitor <monitor@example.com>", "to": ["you@example.com"],
            "digest": "15m"}, environ={}, source="monitor.toml")
        alerts = [
            make_alert(1, T0, show="Jessica Jones", season=2),
            make_alert(2, T0, show="The Punisher", season=1, from_status=None,
                       to_status="renewed",
                       evidence='Renewed <script>alert("x")</script> & more.'),
            make_alert(3, T0, show="Luke Cage", season=2, from_status="wrapped",
                       to_status="premiere_scheduled", date="2018-06-22"),
            make_alert(4, T0, show="Iron Fist", season=2, from_status="renewed",
                       to_status="filming"),
        ]
        mail.send_digest(alerts)
        [got] = server.mails
    finally:
        server.stop()
    msg = got.message
    assert msg["Subject"] == ("4 TV updates: Jessica Jones S2 wrapped, The Punisher S1 renewed, "
                              "Luke Cage S2 premiere scheduled, …")
    assert msg["Message-ID"] == f"<{digest_id(alerts)}@monitor>"
    assert msg["Auto-Submitted"] == "auto-generated"
    plain = msg.get_body(("plain",))
    html = msg.get_body(("html",))
    assert plain is not None and html is not None
    text, page = plain.get_content(), html.get_content()
    for show in ("Jessica Jones S2", "The Punisher S1", "Luke Cage S2", "Iron Fist S2"):
        assert show in text and show in page
    assert "first seen: renewed" in text and "(22 Jun 2018)" in text
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_console_digest_prints_each_alert(store: StateStore) -> None:
    channel, out = console(digest="1m")
    queue(store, ["console"], make_alert(1, T0), make_alert(2, T0))
    assert deliver_pending(store.outbox, {"console": channel}, now=T0 + MIN) \
        == DeliveryReport(sent=2)
    text = out.getvalue()
    assert text.index("Show 1 S1: filming → wrapped") < text.index("Show 2 S1: filming → wrapped")
    assert text.count("evidence:") == 2


def test_report_mentions_held_alerts() -> None:
    assert str(DeliveryReport(sent=1, held=2)) \
        == "1 sent, 0 to retry, 0 failed, 2 held for a digest"
