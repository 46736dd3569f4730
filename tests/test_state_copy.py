"""`monitor state copy`: a state moved SQLite -> PostgreSQL -> SQLite loses nothing.

The state is made by the real pipeline's store (the seed articles ingested, deliveries
attempted, feeds polled, items failed), on a real SQLite file and a database of a throwaway
PostgreSQL server; the CLI is the installed console script.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import psycopg
from test_state import IN_ORDER, NOW, ingest

from monitor.store.copy import fingerprint
from monitor.store.state import FeedState, StateStore

MONITOR = str(Path(sys.executable).parent / "monitor")


def _fill(store: StateStore) -> None:
    for i, prefix in enumerate(IN_ORDER):
        ingest(store, prefix, channels=("hook", "mail"), now=NOW + dt.timedelta(minutes=i))
    [first, *_] = store.outbox.due(NOW + dt.timedelta(hours=1))
    store.outbox.record_attempt(first.alert.id, first.channel, now=NOW, ok=False,
                                error="HTTP 503", retry_at=NOW + dt.timedelta(minutes=5))
    store.outbox.record_attempt(first.alert.id, first.channel, now=NOW, ok=True, error=None,
                                retry_at=None)
    store.feeds.save(FeedState(feed_url="https://f.example/rss", etag='"x"',
                               consecutive_failures=2, last_error="HTTP 500",
                               next_poll_at=NOW, last_polled_at=NOW))
    store.feeds.mark_seen("https://f.example/rss", "g1", "https://n.example/1?utm_source=x",
                          now=NOW, content_hash="abc")
    store.feeds.record_failed("https://f.example/rss", "g2", "https://n.example/2",
                              "timed out", now=NOW)
    # What the user set (issue 12): a mute, a merged name (an alias), a hidden show.
    store.mutes.mute("jessica jones", "Jessica Jones", 2, mode="hold",
                     until=NOW + dt.timedelta(days=30), now=NOW)
    store.articles.merge("Iron Fist", "Daredevil", now=NOW, watched=lambda _: True)
    store.shows.hide("Luke Cage", now=NOW)


def _copy(src: str, dst: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([MONITOR, "state", "copy", src, dst], capture_output=True,
                          text=True, timeout=120, check=False)


def test_a_state_goes_to_postgresql_and_back_unchanged(tmp_path: Path, pg_url: str) -> None:
    original = tmp_path / "original.db"
    with StateStore(original) as store:
        _fill(store)
        expected = fingerprint(store)
        rows = store.queries.status_rows(disagreements=True)
        alerts = store.outbox.alerts()
        due = store.outbox.due(NOW + dt.timedelta(days=1))
        mutes, shows = store.mutes.active(NOW), store.shows.entries()
    assert expected.counts["facts"] and expected.counts["delivery_attempts"] == 2
    assert all(expected.counts[t] for t in ("mutes", "show_aliases", "show_settings",
                                            "failed_items", "seen_items", "disagreements"))

    there = _copy(str(original), pg_url)
    assert there.returncode == 0, there.stderr
    assert "MISMATCH" not in there.stdout and "checksum seasons" in there.stdout
    back = tmp_path / "back.db"
    again = _copy(pg_url, str(back))
    assert again.returncode == 0, again.stderr

    for where in (pg_url, back):
        with StateStore(where) as store:
            assert fingerprint(store) == expected
            assert store.queries.status_rows(disagreements=True) == rows
            assert store.outbox.alerts() == alerts  # same order: the order they were made
            assert store.outbox.due(NOW + dt.timedelta(days=1)) == due
            assert store.feeds.state("https://f.example/rss").etag == '"x"'
            assert store.mutes.active(NOW) == mutes and store.shows.entries() == shows
    # New rows after a copy get fresh ids (PostgreSQL's identity counters moved on).
    with StateStore(pg_url) as store:
        ingest(store, "004", channels=("hook",), now=NOW + dt.timedelta(days=2))
        ingest(store, "001", channels=("hook",), now=NOW + dt.timedelta(days=3))


def test_copy_refuses_a_destination_that_holds_rows(tmp_path: Path, pg_url: str) -> None:
    original = tmp_path / "original.db"
    with StateStore(original) as store:
        _fill(store)
    assert _copy(str(original), pg_url).returncode == 0
    result = _copy(str(original), pg_url)
    assert result.returncode == 2 and "not empty" in result.stderr


def test_a_difference_after_the_copy_is_reported(tmp_path: Path, pg_url: str) -> None:
    """The comparison can fail: a row changed on one side shows in its checksum."""
    original = tmp_path / "original.db"
    with StateStore(original) as store:
        _fill(store)
        before = fingerprint(store)
    assert _copy(str(original), pg_url).returncode == 0
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("UPDATE seasons SET status = 'cancelled' WHERE status = 'renewed' "
                     "AND ctid = (SELECT ctid FROM seasons WHERE status = 'renewed' LIMIT 1)")
    with StateStore(pg_url) as store:
        assert before.differences(fingerprint(store)) == ["seasons: checksum differs"]
