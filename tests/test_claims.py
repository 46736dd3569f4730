"""A claimed job whose worker died is claimed again after its lease, and not before (issue 15).

The worker is a real process: it opens the state, claims the due poll and every due delivery
for itself, and is SIGKILLed before it records anything (a dead host: no clean release). On
both engines (SQLite's daemon claims its deliveries too); the clock is passed in, so the lease
runs out exactly where the test says.
"""

from __future__ import annotations

import datetime as dt
import json
import signal
import subprocess
import sys

from test_state import NOW, ingest

from monitor.store.state import StateLocation, StateStore

FEED = "https://feeds.example/news.xml"
LEASE = dt.timedelta(seconds=30)

#: The worker: claim everything due at NOW for "dead-worker", say what it took, die.
WORKER = """
import datetime as dt, json, os, signal, sys
from monitor.store.state import StateStore
now, lease = dt.datetime.fromisoformat(sys.argv[2]), dt.timedelta(seconds=float(sys.argv[3]))
store = StateStore(sys.argv[1])
polls = store.cluster.claim_polls(now, 10, claimant="dead-worker", lease=lease)
sends = store.outbox.claim(now, claimant="dead-worker", lease=lease)
print(json.dumps({"polls": polls, "sends": [[d.alert.id, d.channel] for d in sends]}), flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def _die_holding_claims(where: StateLocation) -> dict[str, list[object]]:
    target = where.url if where.url is not None else str(where.path)
    done = subprocess.run([sys.executable, "-c", WORKER, target, NOW.isoformat(),
                           str(LEASE.total_seconds())],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == -signal.SIGKILL, done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def test_a_claim_whose_worker_died_is_claimed_again_after_its_lease(
        store: StateStore, state_location: StateLocation) -> None:
    ingest(store, "004", channels=("hook", "mail"))
    store.cluster.queue_due([(FEED, NOW)])
    pending = {(d.alert.id, d.channel) for d in store.outbox.due(NOW)}
    assert len(pending) >= 2

    taken = _die_holding_claims(state_location)
    assert taken["polls"] == [FEED]
    assert {tuple(s) for s in taken["sends"]} == pending  # type: ignore[arg-type]

    # While the dead worker's lease runs, nobody else takes its jobs ...
    before = NOW + LEASE - dt.timedelta(seconds=1)
    assert store.cluster.claim_polls(before, 10, claimant="alive", lease=LEASE) == []
    assert store.outbox.claim(before, claimant="alive", lease=LEASE) == []
    assert store.outbox.due(before) == []
    # ... and when it ends they are claimed again, each by one claimant only.
    after = NOW + LEASE
    assert store.cluster.claim_polls(after, 10, claimant="alive", lease=LEASE) == [FEED]
    again = store.outbox.claim(after, claimant="alive", lease=LEASE)
    assert {(d.alert.id, d.channel) for d in again} == pending
    assert store.cluster.claim_polls(after, 10, claimant="other", lease=LEASE) == []
    assert store.outbox.claim(after, claimant="other", lease=LEASE) == []

    # A live worker keeps its claims by renewing them; a finished poll leaves the queue.
    store.cluster.renew(claimant="alive", until=after + 2 * LEASE)
    later = after + LEASE + dt.timedelta(seconds=1)
    assert store.cluster.claim_polls(later, 10, claimant="other", lease=LEASE) == []
    assert store.outbox.claim(later, claimant="other", lease=LEASE) == []
    store.cluster.finish_poll(FEED, claimant="alive")
    assert store.cluster.queued_urls() == set()
