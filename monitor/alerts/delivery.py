"""Outbox delivery: send the alerts that are due through their channels and record each attempt.

One pass (``deliver_pending``) takes the deliveries whose time has come from the outbox,
sends each through its channel and records the outcome: delivered, retry at a later time
(exponential backoff with jitter, or the server's Retry-After when that is longer), or failed
(an answer that will not change, or the last attempt used up).

Each pass claims what it sends (``OutboxStore.claim``, for ``lease`` seconds): another pass or
another instance on the same database never takes it meanwhile; a claim whose process died
lapses with its lease and the delivery is due again. The send happens before the record, so
delivery is at least once: if the process dies between
the two, the alert goes out again and the receiver drops the repeat by its id (``webhook-id``,
``Message-ID``). This module must never sleep or wait for a retry (a later pass does it), never
read the clock (``now`` is given), never decide what to alert (the store did), and never let one
channel's failure stop the others.

Channels with ``Batching`` (the ``digest`` / ``quiet_hours`` keys) do not send what is due at
once: ``plan_sends`` holds it during quiet hours or until the digest window of the oldest waiting
alert has passed, then sends it as one message. A digest's alerts are recorded together: all
delivered, or all retried at the same time.

``send_test_alert`` sends a sample alert straight through channels, outside the outbox, for
``monitor test-alert``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import os
import random
import secrets
import socket
import weakref
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from ..errors import ConfigError, DeliveryError
from ..models import Alert
from .channels import Batching, Channel
from .messages import sample_alert

log = logging.getLogger(__name__)

#: Deliveries asked from the store at a time, and batches per pass (bounds one pass's work).
BATCH_SIZE = 100
MAX_BATCHES = 50
#: A digest never lists more alerts than this in one message; the rest go in the next one.
MAX_DIGEST = 50
#: The shortest wait before a retry, whatever the policy and jitter say.
MIN_DELAY = 1.0


class _Delivery(Protocol):
    @property
    def alert(self) -> Alert: ...
    @property
    def channel(self) -> str: ...
    @property
    def attempts(self) -> int: ...


class OutboxStore(Protocol):
    """What delivery needs from the state: ``StateStore.outbox`` (:mod:`monitor.store.outbox`)."""

    def due(self, now: dt.datetime, channels: Sequence[str] | None = None,
                       limit: int = 100) -> Sequence[_Delivery]: ...

    def claim(self, now: dt.datetime, channels: Sequence[str] | None = None, limit: int = 100,
              *, claimant: str, lease: dt.timedelta) -> Sequence[_Delivery]: ...

    def release(self, keys: Iterable[tuple[str, str]], *, claimant: str) -> None: ...

    def record_attempt(self, alert_id: str, channel: str, *, now: dt.datetime, ok: bool,
                       error: str | None, retry_at: dt.datetime | None) -> None: ...


#: Seconds a pass holds what it claimed (longer than sending one batch takes).
CLAIM_LEASE = 300.0


def default_claimant() -> str:
    """Who claims deliveries: this host and process."""
    return f"{socket.gethostname()}:{os.getpid()}"


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to retry. Delays are seconds.

    Attempt ``n`` (1-based) that fails retryably waits ``min(max_delay, base_delay * 2**(n-1))``
    times a random factor in ``[1 - jitter, 1 + jitter]`` (so receivers that came back are not
    hit by every sender at once); after ``max_attempts`` attempts the delivery fails.
    """

    max_attempts: int = 8
    base_delay: float = 30.0
    max_delay: float = 6 * 3600.0
    jitter: float = 0.2

    def backoff(self, attempt: int, rng: random.Random) -> float:
        """Seconds to wait after failed attempt number ``attempt`` (1 = the first)."""
        delay = min(self.max_delay, self.base_delay * 2.0 ** min(attempt - 1, 60))
        delay *= 1.0 + rng.uniform(-self.jitter, self.jitter)
        return max(MIN_DELAY, delay)

    def retry_delay(self, attempt: int, error: DeliveryError,
                    rng: random.Random) -> float | None:
        """Seconds until the next attempt, or None when this failure is final."""
        if not error.retryable or attempt >= self.max_attempts:
            return None
        delay = self.backoff(attempt, rng)
        if error.retry_after is not None and error.retry_after > delay:
            delay = error.retry_after
        return delay


@dataclass(frozen=True)
class DeliveryReport:
    """What one pass did: deliveries sent, rescheduled, given up on, and held for a digest."""

    sent: int = 0
    retried: int = 0
    failed: int = 0
    #: Due deliveries a digest or quiet-hours channel kept for a later message.
    held: int = 0

    @property
    def attempted(self) -> int:
        return self.sent + self.retried + self.failed

    def __str__(self) -> str:
        text = f"{self.sent} sent, {self.retried} to retry, {self.failed} failed"
        return text + (f", {self.held} held for a digest" if self.held else "")


def deliver_pending(outbox: OutboxStore, channels: Mapping[str, Channel], *, now: dt.datetime,
                    rng: random.Random | None = None,
                    policy: RetryPolicy = RetryPolicy(),  # noqa: B008
                    claimant: str | None = None, lease: float = CLAIM_LEASE) -> DeliveryReport:
    """Send every delivery due at ``now`` once; record each attempt; count the outcomes.

    Each (alert, channel) is tried at most once per pass. Deliveries for channel names that are
    not in ``channels`` (removed from the config) stay pending and are logged once.
    """
    rng = rng or random.Random()
    _warn_unconfigured(outbox, channels, now)
    outcomes: Counter[str] = Counter()
    claims = _Claims(outbox, claimant or default_claimant(), dt.timedelta(seconds=lease))
    immediate = {n: c for n, c in channels.items() if batching_of(c) is None}
    _deliver_each(outbox, claims, immediate, now, rng, policy, outcomes)
    for name, channel in channels.items():
        batching = batching_of(channel)
        if batching is not None:
            _deliver_batched(outbox, claims, name, channel, batching, now, rng, policy,
                             outcomes)
    report = DeliveryReport(outcomes["sent"], outcomes["retried"], outcomes["failed"],
                            outcomes["held"])
    if report.attempted:
        log.info("delivery pass: %s", report)
    elif report.held:  # every pass of a quiet night says this: keep it out of the info log
        log.debug("delivery pass: %s", report)
    return report


def batching_of(channel: Channel) -> Batching | None:
    """The channel's digest/quiet-hours settings; None for channels that send at once."""
    batching = getattr(channel, "batching", None)
    return batching if isinstance(batching, Batching) else None


@dataclass(frozen=True)
class _Claims:
    """One pass's claims on the outbox: taken for ``lease``, given back when not attempted."""

    outbox: OutboxStore
    claimant: str
    lease: dt.timedelta

    def take(self, now: dt.datetime, channels: Sequence[str], limit: int) -> Sequence[_Delivery]:
        return self.outbox.claim(now, channels, limit, claimant=self.claimant, lease=self.lease)

    def give_back(self, deliveries: Iterable[_Delivery]) -> None:
        self.outbox.release([(d.alert.id, d.channel) for d in deliveries],
                            claimant=self.claimant)


def _deliver_each(outbox: OutboxStore, claims: _Claims, channels: Mapping[str, Channel],
                  now: dt.datetime, rng: random.Random, policy: RetryPolicy,
                  outcomes: Counter[str]) -> None:
    """Send every due delivery of ``channels`` on its own (channels without batching)."""
    if not channels:
        return
    done: set[tuple[str, str]] = set()
    for _ in range(MAX_BATCHES):
        batch = claims.take(now, list(channels), BATCH_SIZE)
        fresh = [d for d in batch if (d.alert.id, d.channel) not in done]
        if not fresh:
            break
        for delivery in fresh:
            done.add((delivery.alert.id, delivery.channel))
            channel = channels.get(delivery.channel)
            if channel is None:  # the store ignored the filter; leave it pending
                _warn_once(delivery.channel, [delivery.alert.id])
                claims.give_back([delivery])
                continue
            outcomes[_attempt(outbox, channel, delivery, now, rng, policy)] += 1
        if len(batch) < BATCH_SIZE:
            break


D = TypeVar("D", bound=_Delivery)


def plan_sends(due: Sequence[D], batching: Batching, now: dt.datetime) -> list[list[D]]:
    """Which of one channel's due deliveries (oldest first) go out now, and how grouped.

    Each group is one message: a single delivery is an ordinary alert, two or more a digest.
    Nothing goes during quiet hours. With a digest window, everything due goes as one group once
    the oldest waiting alert is ``window`` old. With quiet hours only, what was held through the
    last quiet hours goes as one group and later alerts one by one, as without batching.
    """
    if not due or batching.is_quiet(now):
        return []
    if batching.window:
        oldest = min(d.alert.created_at for d in due)
        if oldest + dt.timedelta(seconds=batching.window) > now:
            return []
        return [list(due)]
    quiet_end = batching.last_quiet_end(now)
    held = [d for d in due if quiet_end is not None and d.alert.created_at < quiet_end]
    rest = [[d] for d in due if d not in held]
    return ([held] if held else []) + rest


def _deliver_batched(outbox: OutboxStore, claims: _Claims, name: str, channel: Channel,
                     batching: Batching, now: dt.datetime, rng: random.Random,
                     policy: RetryPolicy, outcomes: Counter[str]) -> None:
    """Send one batching channel's due deliveries as ``plan_sends`` groups them; what it holds
    for later is given back to the outbox."""
    seen: set[str] = set()
    attempted: set[str] = set()
    window_passed = False
    for _ in range(MAX_BATCHES):
        due = [d for d in claims.take(now, [name], MAX_DIGEST)
               if d.channel == name and d.alert.id not in attempted]
        seen.update(d.alert.id for d in due)
        if window_passed:  # the rest of what was gathered follows in the same pass
            groups: list[list[_Delivery]] = [list(due)] if due else []
        else:
            groups = plan_sends(due, batching, now)
        grouped = {d.alert.id for group in groups for d in group}
        claims.give_back([d for d in due if d.alert.id not in grouped])
        if not groups:
            break
        window_passed = bool(batching.window)
        failed = False
        for group in groups:
            attempted.update(d.alert.id for d in group)
            result = _attempt_group(outbox, channel, group, now, rng, policy)
            outcomes.update(result)
            failed = failed or not result["sent"]
        if failed:
            break  # the receiver is not taking messages; the next pass tries again
    outcomes["held"] += len(seen - attempted)


def _attempt_group(outbox: OutboxStore, channel: Channel, group: Sequence[_Delivery],
                   now: dt.datetime, rng: random.Random, policy: RetryPolicy) -> Counter[str]:
    """Send ``group`` as one message (one delivery: an ordinary alert) and record every alert
    in it: all delivered, or all failed / retried at the same time."""
    if len(group) == 1:
        return Counter([_attempt(outbox, channel, group[0], now, rng, policy)])
    alerts = [d.alert for d in group]
    ids = ", ".join(a.id for a in alerts)
    send_digest = getattr(channel, "send_digest", None)
    try:
        if send_digest is None:
            raise DeliveryError(channel.name, "this channel cannot send digests",
                                retryable=False)
        send_digest(alerts)
    except DeliveryError as exc:
        error = exc
    except Exception as exc:  # a bug in a channel must not stop the other deliveries
        log.exception("digest of alerts %s via %s: unexpected error", ids, channel.name)
        error = DeliveryError(channel.name, f"unexpected error: {type(exc).__name__}: {exc}")
    else:
        for d in group:
            outbox.record_attempt(d.alert.id, d.channel, now=now, ok=True, error=None,
                                 retry_at=None)
        log.info("digest of %d alerts (%s) via %s: delivered", len(group), ids, channel.name)
        return Counter(sent=len(group))

    outcomes: Counter[str] = Counter()
    # One delay for the whole digest, from its most-tried alert, so it stays together.
    delay = policy.retry_delay(max(d.attempts for d in group) + 1, error, rng)
    retry_at = now + dt.timedelta(seconds=delay) if delay is not None else None
    for d in group:
        attempt = d.attempts + 1
        final = retry_at is None or attempt >= policy.max_attempts
        why = ("not retryable" if not error.retryable
               else f"gave up after {attempt} attempts")
        outbox.record_attempt(d.alert.id, d.channel, now=now, ok=False,
                             error=f"{error.reason} ({why})" if final else error.reason,
                             retry_at=None if final else retry_at)
        outcomes["failed" if final else "retried"] += 1
    when = retry_at.isoformat(timespec="seconds") if retry_at is not None else "never"
    log.warning("digest of %d alerts (%s) via %s failed (%d to retry at %s, %d failed): %s",
                len(group), ids, channel.name, outcomes["retried"], when, outcomes["failed"],
                error.reason)
    return outcomes


def _attempt(outbox: OutboxStore, channel: Channel, delivery: _Delivery, now: dt.datetime,
             rng: random.Random, policy: RetryPolicy) -> str:
    """Send one delivery, then record it; return "sent", "retried" or "failed"."""
    alert, attempt = delivery.alert, delivery.attempts + 1
    try:
        channel.send(alert)
    except DeliveryError as exc:
        error = exc
    except Exception as exc:  # a bug in a channel must not stop the other deliveries
        log.exception("alert %s via %s: unexpected error", alert.id, delivery.channel)
        error = DeliveryError(delivery.channel, f"unexpected error: {type(exc).__name__}: {exc}")
    else:
        outbox.record_attempt(alert.id, delivery.channel, now=now, ok=True, error=None,
                             retry_at=None)
        log.info("alert %s via %s: delivered (attempt %d)", alert.id, delivery.channel, attempt)
        return "sent"

    delay = policy.retry_delay(attempt, error, rng)
    if delay is None:
        why = "not retryable" if not error.retryable else f"gave up after {attempt} attempts"
        outbox.record_attempt(alert.id, delivery.channel, now=now, ok=False,
                             error=f"{error.reason} ({why})", retry_at=None)
        log.error("alert %s via %s: failed (%s): %s", alert.id, delivery.channel, why,
                  error.reason)
        return "failed"
    retry_at = now + dt.timedelta(seconds=delay)
    outbox.record_attempt(alert.id, delivery.channel, now=now, ok=False, error=error.reason,
                         retry_at=retry_at)
    log.warning("alert %s via %s: attempt %d of %d failed, retrying at %s: %s", alert.id,
                delivery.channel, attempt, policy.max_attempts,
                retry_at.isoformat(timespec="seconds"), error.reason)
    return "retried"


#: Channel names already reported as unconfigured, so a long-running process says it once
#: rather than on every pass; and for each open outbox the channel sets already checked. Those
#: are held by a weak reference to the outbox: the daemon opens a store per delivery pass, and
#: a set keyed by ``id(outbox)`` gained an entry for nearly every pass (~1 M a year at the
#: default 30 s; found by the soak) while a new store that reused a dead one's id was wrongly
#: taken as checked.
_warned_channels: set[str] = set()
_checked: weakref.WeakKeyDictionary[OutboxStore, set[frozenset[str]]] = \
    weakref.WeakKeyDictionary()


def _warn_unconfigured(outbox: OutboxStore, channels: Mapping[str, Channel],
                       now: dt.datetime) -> None:
    """Log, once per store and channel set, pending deliveries no configured channel will take."""
    key = frozenset(channels)
    try:
        checked = _checked.setdefault(outbox, set())
    except TypeError:  # an outbox no weak reference can hold: checked on every pass
        checked = set()
    if key in checked:
        return
    checked.add(key)
    stranded: dict[str, list[str]] = {}
    for d in outbox.due(now, channels=None, limit=BATCH_SIZE * MAX_BATCHES):
        if d.channel not in channels:
            stranded.setdefault(d.channel, []).append(d.alert.id)
    for name, alert_ids in sorted(stranded.items()):
        _warn_once(name, alert_ids)


def _warn_once(channel: str, alert_ids: list[str]) -> None:
    if channel in _warned_channels:
        return
    _warned_channels.add(channel)
    shown = ", ".join(alert_ids[:5]) + (", …" if len(alert_ids) > 5 else "")
    log.warning("alerts %s via %s: channel not configured; %d due deliver%s stay pending until "
                "it is configured again", shown, channel, len(alert_ids),
                "y" if len(alert_ids) == 1 else "ies")


# --- test alerts ----------------------------------------------------------------------------------

def send_test_alert(channels: Mapping[str, Channel], name: str | None = None, *,
                    now: dt.datetime | None = None) -> list[tuple[str, str | None]]:
    """Send a sample alert straight through each channel (or the one named), not the outbox.

    Returns ``(channel name, None)`` for each success and ``(channel name, reason)`` for each
    failure, the reason saying what failed (DNS, connection refused, TLS, authentication, an
    HTTP status …). Digest and quiet-hours settings are ignored: a test goes at once. Each call
    uses a fresh alert id, so receivers that drop repeats by id do not drop a second test;
    ``now`` (when given) becomes the alert's creation time.
    """
    if name is not None and name not in channels:
        configured = ", ".join(channels) or "none"
        raise ConfigError(f"no channel named {name!r} (configured: {configured})")
    alert = dataclasses.replace(sample_alert(), id=f"test-{secrets.token_hex(8)}")
    if now is not None:
        alert = dataclasses.replace(alert, created_at=now, published=now.date())
    results: list[tuple[str, str | None]] = []
    for channel_name, channel in channels.items():
        if name is not None and channel_name != name:
            continue
        try:
            channel.send(alert)
        except DeliveryError as exc:
            results.append((channel_name, exc.reason))
        except Exception as exc:  # report a channel bug as that channel's failure
            log.exception("test alert via %s: unexpected error", channel_name)
            results.append((channel_name, f"unexpected error: {type(exc).__name__}: {exc}"))
        else:
            results.append((channel_name, None))
    return results
