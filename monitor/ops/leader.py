"""Who leads among the instances sharing a PostgreSQL state: a session advisory lock.

The leader holds ``pg_try_advisory_lock(LEADER_LOCK)`` on a connection of its own and uses it
for nothing else but a check every tick. PostgreSQL drops a session's locks when the session
ends, so the lock is free again as soon as the leader's process dies (its socket closes) or
its host goes away (the server's TCP keepalive); and the session is opened with
``idle_session_timeout`` set to the lease, so a leader frozen for longer than one lease loses
its session, and the lock, without anyone deciding it. Followers try the lock every tick: one
gets it. No election of our own, no other service.
"""

from __future__ import annotations

import logging
from typing import Any

import psycopg

from ..errors import StateError
from ..store.postgres import LEADER_LOCK, PostgresDatabase

log = logging.getLogger(__name__)


class LeaderLease:
    """This instance's try at leading: ``hold()`` each tick says whether it leads now."""

    def __init__(self, db: PostgresDatabase, *, lease: float, name: str) -> None:
        self._db = db
        self._lease_ms = max(1000, int(lease * 1000))
        self._name = name
        self._conn: psycopg.Connection[Any] | None = None
        self.leading = False

    def hold(self) -> bool:
        """Keep the lease if we have it, or try to take it; False when someone else leads or
        the database cannot be reached (we never lead without the lock)."""
        try:
            conn = self._connection()
            if self.leading:
                conn.execute("SELECT 1")  # the session is alive, so the lock is still ours
            else:
                row = conn.execute("SELECT pg_try_advisory_lock(%s)", [LEADER_LOCK]).fetchone()
                self.leading = bool(row and row[0])
                if self.leading:
                    log.info("%s: this instance leads now", self._name)
        except (psycopg.Error, StateError) as exc:
            if self.leading:
                log.warning("%s: lost the leader's lease (its session ended: %s)", self._name,
                            str(exc).strip().splitlines()[0] if str(exc).strip() else exc)
            self._drop()
        return self.leading

    def _connection(self) -> psycopg.Connection[Any]:
        if self._conn is None or self._conn.closed:
            self._conn = self._db.connect(
                application_name=f"monitor leader lease {self._name}"[:63],
                options=f"-c idle_session_timeout={self._lease_ms} "
                        f"-c tcp_keepalives_idle={max(1, self._lease_ms // 2000)} "
                        "-c tcp_keepalives_interval=1 -c tcp_keepalives_count=3")
        return self._conn

    def _drop(self) -> None:
        self.leading = False
        if self._conn is not None:
            try:
                self._conn.close()
            except psycopg.Error:
                pass
            self._conn = None

    def release(self) -> None:
        """Stop leading (a clean stop): the lock goes with the session."""
        if self.leading:
            log.info("%s: giving up the leader's lease", self._name)
        self._drop()
