"""``monitor state copy SRC DST``: a whole state from one engine to the other, nothing lost.

Every table is copied row by row in one transaction on the destination, parents before
children, alerts in the order they were made (that order is what delivery follows), ids kept
(PostgreSQL's identity counters are moved past them afterwards). The destination must be
empty. Afterwards both sides are fingerprinted: row counts of every table, and a checksum of
the facts, seasons and outbox (alerts, deliveries, attempts) computed the same way on either
engine (each row as canonical JSON, sorted, hashed); any difference is reported.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import StateError
from .schema import Database, Tx
from .state import StateStore

#: Parents before children (foreign keys); tables not named here follow in name order.
TABLE_ORDER = ("feeds", "seen_items", "failed_items", "articles", "facts", "fact_sources",
               "seasons", "disagreements", "alerts", "deliveries", "delivery_attempts",
               "poll_queue")
#: Not copied: the schema's own bookkeeping (the change counter included: the destination
#: counts its own writes), and heartbeats of instances of the source.
SKIPPED = frozenset({"meta", "instances", "state_changes"})
#: Columns one engine adds on its own (PostgreSQL's insertion order of alerts).
ENGINE_COLUMNS = frozenset({"rowid"})
#: The checksums compared: facts, seasons and the outbox.
CHECKSUMMED = ("facts", "fact_sources", "seasons", "alerts", "deliveries",
               "delivery_attempts")
BATCH = 1000


@dataclass(frozen=True)
class Fingerprint:
    """Rows per table, and a checksum of the checksummed tables."""

    counts: dict[str, int]
    checksums: dict[str, str]

    def differences(self, other: Fingerprint) -> list[str]:
        out = [f"{t}: {self.counts.get(t)} rows here, {other.counts.get(t)} there"
               for t in sorted(set(self.counts) | set(other.counts))
               if self.counts.get(t) != other.counts.get(t)]
        out += [f"{t}: checksum differs" for t in CHECKSUMMED
                if self.checksums.get(t) != other.checksums.get(t)]
        return out


def tables_in_order(db: Database) -> list[str]:
    names = [t for t in db.table_names() if t not in SKIPPED]
    known = [t for t in TABLE_ORDER if t in names]
    return known + sorted(t for t in names if t not in TABLE_ORDER)


def columns(db: Database, table: str) -> list[str]:
    with db.read() as tx:
        if db.engine == "sqlite":
            rows = [r["name"] for r in tx.query(f"PRAGMA table_info({table})")]
        else:
            rows = [r["column_name"] for r in tx.query(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = "
                "current_schema() AND table_name = ? ORDER BY ordinal_position", [table])]
    return [c for c in rows if c not in ENGINE_COLUMNS]


def _order(db: Database, table: str, cols: Sequence[str]) -> str:
    if table == "alerts":
        return f"ORDER BY {db.insertion_order(table)}"
    if "id" in cols:
        return "ORDER BY id"
    return "ORDER BY rowid" if db.engine == "sqlite" else ""


def _rows(db: Database, table: str, cols: Sequence[str]) -> Iterable[tuple[Any, ...]]:
    with db.read() as tx:
        rows = tx.query(f"SELECT {', '.join(cols)} FROM {table} {_order(db, table, cols)}")
        return [tuple(r[c] for c in cols) for r in rows]


def _insert(db: Database, tx: Tx, sql: str, rows: list[tuple[Any, ...]]) -> None:
    if db.engine == "sqlite":
        tx.conn.executemany(sql, rows)  # type: ignore[attr-defined]
    else:
        tx.executemany(sql, rows)  # type: ignore[attr-defined]


def copy_state(src: StateStore, dst: StateStore) -> dict[str, int]:
    """Copy every row of ``src`` into the empty ``dst``; rows copied per table."""
    if src.schema_version != dst.schema_version:
        raise StateError(f"{src.path} is at schema version {src.schema_version}, {dst.path} "
                         f"at {dst.schema_version}: open both with this monitor first")
    tables = tables_in_order(src.db)
    missing = [t for t in tables if t not in dst.db.table_names()]
    if missing:
        raise StateError(f"{dst.path}: has no table {', '.join(missing)}")
    busy = [t for t in tables if count(dst.db, t)]
    if busy:
        raise StateError(f"{dst.path}: not empty ({', '.join(busy)} hold rows); copy into a "
                         "new state")
    copied: dict[str, int] = {}
    with dst.db.write(serial=True) as tx:
        for table in tables:
            cols = [c for c in columns(src.db, table) if c in set(columns(dst.db, table))]
            rows = list(_rows(src.db, table, cols))
            sql = (f"INSERT INTO {table} ({', '.join(cols)}) "
                   f"VALUES ({', '.join('?' for _ in cols)})")
            for start in range(0, len(rows), BATCH):
                _insert(dst.db, tx, sql, rows[start:start + BATCH])
            copied[table] = len(rows)
            if dst.db.engine == "postgresql" and _has_identity(tx, table):
                tx.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                           f"COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM {table}", [])
    return copied


def _has_identity(tx: Tx, table: str) -> bool:
    """Whether a PostgreSQL table's ``id`` is an identity column (its counter must move on)."""
    row = tx.execute("SELECT pg_get_serial_sequence(?, 'id') IS NOT NULL FROM "
                     "information_schema.columns WHERE table_schema = current_schema() "
                     "AND table_name = ? AND column_name = 'id' AND is_identity = 'YES'",
                     [table, table]).fetchone()
    return bool(row and row[0])


def count(db: Database, table: str) -> int:
    with db.read() as tx:
        return int(tx.execute(f"SELECT COUNT(*) FROM {table}", []).fetchone()[0])


def fingerprint(store: StateStore) -> Fingerprint:
    """Row counts of every copied table; checksums of the facts, seasons and outbox."""
    tables = tables_in_order(store.db)
    counts = {t: count(store.db, t) for t in tables}
    checksums = {}
    for table in CHECKSUMMED:
        if table not in tables:
            continue
        cols = sorted(columns(store.db, table))
        digest = hashlib.sha256()
        for line in sorted(json.dumps(list(r), default=str) for r in _rows(store.db, table,
                                                                            cols)):
            digest.update(line.encode("utf-8") + b"\n")
        checksums[table] = digest.hexdigest()
    return Fingerprint(counts, checksums)
