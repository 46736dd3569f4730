"""Prometheus metrics of the daemon, served on a loopback port (optional: prometheus-client).

Counters are updated from what the jobs report (a poll's ``PollOutcome``, a delivery pass's
``DeliveryReport``); the outbox backlog and each feed's last success are read from the state file
when Prometheus scrapes, so they are right even for work done by another process
(``monitor poll --once``, ``monitor alerts retry``).

It must never listen on anything but a loopback address (config.py refuses others), never
write the state, and never be required: without ``monitor.metrics_listen`` nothing here runs,
and prometheus-client is imported only when it is set.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from ..config import FeedConfig
from ..errors import ConfigError, MonitorError
from ..store.state import StateStore

log = logging.getLogger(__name__)

INSTALL_HINT = "pip install 'monitor[metrics]' (or prometheus-client)"


def _prometheus() -> Any:
    try:
        import prometheus_client
    except ImportError:
        raise ConfigError("monitor.metrics_listen is set but prometheus-client is not "
                          f"installed: {INSTALL_HINT}") from None
    return prometheus_client


class Metrics:
    """The daemon's counters and the scrape-time view of the state file, in their own registry."""

    def __init__(self, state_path: Callable[[], Any],
                 feeds: Callable[[], Sequence[FeedConfig]],
                 now: Callable[[], dt.datetime]) -> None:
        prom = _prometheus()
        self._prom = prom
        self.registry = prom.CollectorRegistry(auto_describe=True)
        r = self.registry
        self.polls = prom.Counter("monitor_feed_polls", "Feed polls by result "
                                  "(new, unchanged, error, stopped)", ["feed", "result"],
                                  registry=r)
        self.articles = prom.Counter("monitor_articles_processed", "Articles processed, "
                                     "new or updated (edited)", ["feed", "kind"], registry=r)
        self.facts = prom.Counter("monitor_facts_extracted", "Facts extracted from articles",
                                  ["feed"], registry=r)
        self.alerts = prom.Counter("monitor_alerts_created", "Alerts queued in the outbox",
                                   ["kind"], registry=r)
        self.deliveries = prom.Counter("monitor_deliveries", "Delivery attempts by outcome "
                                       "(sent, retried, failed)", ["outcome"], registry=r)
        r.register(_StateCollector(prom, state_path, feeds, now))
        self._server: Any = None
        self._thread: threading.Thread | None = None

    def observe_poll(self, outcome: Any) -> None:
        """Count one ``PollOutcome``."""
        self.polls.labels(outcome.feed, outcome.result).inc()
        if outcome.items_new:
            self.articles.labels(outcome.feed, "new").inc(outcome.items_new)
        if outcome.items_updated:
            self.articles.labels(outcome.feed, "updated").inc(outcome.items_updated)
        if outcome.facts_found:
            self.facts.labels(outcome.feed).inc(outcome.facts_found)
        for alert in outcome.alerts:
            self.alerts.labels(alert.kind).inc()

    def observe_delivery(self, report: Any) -> None:
        """Count one ``DeliveryReport``."""
        for outcome in ("sent", "retried", "failed"):
            count = int(getattr(report, outcome, 0) or 0)
            if count:
                self.deliveries.labels(outcome).inc(count)

    def serve(self, host: str, port: int) -> None:
        """Serve /metrics on host:port in a daemon thread."""
        try:
            started = self._prom.start_http_server(port, addr=host, registry=self.registry)
            if started:  # (server, thread) since prometheus-client 0.17; None before
                self._server, self._thread = started
        except OSError as exc:
            raise MonitorError(f"metrics endpoint {host}:{port}: cannot listen: {exc}") from exc
        log.info("metrics at http://%s:%d/metrics", f"[{host}]" if ":" in host else host, port)

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None


class _StateCollector:
    """Gauges read from the state file at scrape time: outbox backlog, feed health."""

    def __init__(self, prom: Any, state_path: Callable[[], Any],
                 feeds: Callable[[], Sequence[FeedConfig]],
                 now: Callable[[], dt.datetime]) -> None:
        self._prom = prom
        self._state_path = state_path
        self._feeds = feeds
        self._now = now

    def describe(self) -> list[Any]:
        return []  # scrape-time only; nothing to check at registration

    def collect(self) -> Iterator[Any]:
        from prometheus_client.core import GaugeMetricFamily as gauge  # noqa: N813
        try:
            store = StateStore(self._state_path())
        except MonitorError as exc:
            log.warning("metrics: cannot read the state: %s", exc)
            return
        try:
            backlog = store.outbox.backlog(self._now())
            states = [(f, store.feeds.state(f.url)) for f in self._feeds()]
        except MonitorError as exc:
            log.warning("metrics: cannot read the state: %s", exc)
            return
        finally:
            store.close()
        outbox = gauge("monitor_outbox_backlog", "Deliveries in the outbox by state",
                       labels=["state"])
        outbox.add_metric(["pending"], backlog.pending)
        outbox.add_metric(["failed"], backlog.failed)
        outbox.add_metric(["held"], backlog.held)
        yield outbox
        oldest = gauge("monitor_outbox_oldest_pending_age_seconds",
                       "Age of the oldest undelivered alert (0 when none)")
        age = 0.0
        if backlog.oldest_pending_at is not None:
            age = max(0.0, (self._now() - backlog.oldest_pending_at).total_seconds())
        oldest.add_metric([], age)
        yield oldest
        success = gauge("monitor_feed_last_success_timestamp_seconds",
                        "Unix time of the feed's last successful poll", labels=["feed"])
        failures = gauge("monitor_feed_consecutive_failures", "Failed polls in a row",
                         labels=["feed"])
        unhealthy = gauge("monitor_feed_unhealthy", "1 when the feed is marked unhealthy",
                          labels=["feed"])
        for feed, state in states:
            if state.last_success_at is not None:
                success.add_metric([feed.name], state.last_success_at.timestamp())
            failures.add_metric([feed.name], state.consecutive_failures)
            unhealthy.add_metric([feed.name], 1.0 if state.unhealthy else 0.0)
        yield from (success, failures, unhealthy)
