"""Outbox delivery: send the alerts that are due through their channels and record each attempt.

One pass (``deliver_pending``) takes the deliveries whose time has come from the state store,
sends each through its channel and records the outcome: delivered, retry at a later time
(exponential backoff with jitter, or the server's Retry-After when that is longer), or failed
(an answer that will not change, or the last attempt used up).

The send happens before the record, so delivery is at least once: if the process dies between
the two, the alert goes out again and the receiver drops the repeat by its id (``webhook-id``,
``Message-ID``). This module must never sleep or wait for a retry (a later pass does it), never
decide what to alert (the store did), and never let one channel's failure stop the others.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from .channels import Channel
from .errors import DeliveryError
from .models import Alert

log = logging.getLogger(__name__)

#: Deliveries asked from the store at a time, and batches per pass (bounds one pass's work).
BATCH_SIZE = 100
MAX_BATCHES = 50
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
    """The part of ``monitor.state.StateStore`` delivery uses."""

    def due_deliveries(self, now: dt.datetime, channels: Sequence[str] | None = None,
                       limit: int = 100) -> Sequence[_Delivery]: ...

    def record_attempt(self, alert_id: str, channel: str, *, now: dt.datetime, ok: bool,
                       error: str | None, retry_at: dt.datetime | None) -> None: ...


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
    """What one pass did: deliveries sent, rescheduled, and given up on."""

    sent: int = 0
    retried: int = 0
    failed: int = 0

    @property
    def attempted(self) -> int:
        return self.sent + self.retried + self.failed

    def __str__(self) -> str:
        return f"{self.sent} sent, {self.retried} to retry, {self.failed} failed"


def deliver_pending(store: OutboxStore, channels: Mapping[str, Channel], *, now: dt.datetime,
                    rng: random.Random | None = None,
                    policy: RetryPolicy = RetryPolicy()) -> DeliveryReport:  # noqa: B008
    """Send every delivery due at ``now`` once; record each attempt; count the outcomes.

    Each (alert, channel) is tried at most once per pass. Deliveries for channel names that are
    not in ``channels`` (removed from the config) stay pending and are logged once.
    """
    rng = rng or random.Random()
    _warn_unconfigured(store, channels, now)
    outcomes: Counter[str] = Counter()
    done: set[tuple[str, str]] = set()
    for _ in range(MAX_BATCHES):
        batch = store.due_deliveries(now, channels=list(channels), limit=BATCH_SIZE)
        fresh = [d for d in batch if (d.alert.id, d.channel) not in done]
        if not fresh:
            break
        for delivery in fresh:
            done.add((delivery.alert.id, delivery.channel))
            channel = channels.get(delivery.channel)
            if channel is None:  # the store ignored the filter; leave it pending
                _warn_once(delivery.channel, [delivery.alert.id])
                continue
            outcomes[_attempt(store, channel, delivery, now, rng, policy)] += 1
        if len(batch) < BATCH_SIZE:
            break
    report = DeliveryReport(outcomes["sent"], outcomes["retried"], outcomes["failed"])
    if report.attempted:
        log.info("delivery pass: %s", report)
    return report


def _attempt(store: OutboxStore, channel: Channel, delivery: _Delivery, now: dt.datetime,
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
        store.record_attempt(alert.id, delivery.channel, now=now, ok=True, error=None,
                             retry_at=None)
        log.info("alert %s via %s: delivered (attempt %d)", alert.id, delivery.channel, attempt)
        return "sent"

    delay = policy.retry_delay(attempt, error, rng)
    if delay is None:
        why = "not retryable" if not error.retryable else f"gave up after {attempt} attempts"
        store.record_attempt(alert.id, delivery.channel, now=now, ok=False,
                             error=f"{error.reason} ({why})", retry_at=None)
        log.error("alert %s via %s: failed (%s): %s", alert.id, delivery.channel, why,
                  error.reason)
        return "failed"
    retry_at = now + dt.timedelta(seconds=delay)
    store.record_attempt(alert.id, delivery.channel, now=now, ok=False, error=error.reason,
                         retry_at=retry_at)
    log.warning("alert %s via %s: attempt %d of %d failed, retrying at %s: %s", alert.id,
                delivery.channel, attempt, policy.max_attempts,
                retry_at.isoformat(timespec="seconds"), error.reason)
    return "retried"


#: Channel names already reported as unconfigured, and the channel sets already checked, so a
#: long-running process says it once rather than on every pass.
_warned_channels: set[str] = set()
_checked: set[tuple[int, frozenset[str]]] = set()


def _warn_unconfigured(store: OutboxStore, channels: Mapping[str, Channel],
                       now: dt.datetime) -> None:
    """Log, once per store and channel set, pending deliveries no configured channel will take."""
    key = (id(store), frozenset(channels))
    if key in _checked:
        return
    _checked.add(key)
    stranded: dict[str, list[str]] = {}
    for d in store.due_deliveries(now, channels=None, limit=BATCH_SIZE * MAX_BATCHES):
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
