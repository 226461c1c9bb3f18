"""Copying a whole database from one backend to the other, row for row.

``pnf-console migrate --from FILE.db --to URL`` moves a single room's file onto the
clinic server; a server backup without ``pg_dump`` (and its restore) goes the other
way, into a database file. Both use ``copy_database``: every table in the order
their references need, each row with its id, the audit log as written (its chain and
content hashes verify on the copy exactly as on the original), then the server's id
counters moved past the copied ids.

The target must be empty and at the same schema version; signed sessions are copied
as finished and signed after their records and notes, because the schema refuses
anything new in a signed session.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from console.storage.backend import Connection
from console.storage.errors import StorageError

#: Tables in the order their references need, and the column each is keyed by.
TABLES: tuple[tuple[str, str], ...] = (
    ("therapists", "id"),
    ("patients", "id"),
    ("plans", "id"),
    ("sessions", "id"),
    ("records", "id"),
    ("soap_notes", "session_id"),
    ("amendments", "id"),
    ("home_programs", "id"),
    ("audit_log", "id"),
)
BATCH = 5000


class TargetNotEmpty(StorageError):
    default_message = (
        "The target database already holds data, so nothing was copied into it. "
        "Moving a clinic needs a new, empty database."
    )


@dataclass(frozen=True)
class Copied:
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def counts(conn: Connection) -> dict[str, int]:
    """Rows in each table."""
    out = {}
    for table, _key in TABLES:
        (count,) = conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()
        out[table] = int(count)
    return out


def _columns(source: Connection, target: Connection, table: str) -> list[str]:
    """The columns both databases have (the same, at one schema version)."""
    theirs = target.columns(table)
    cursor = source.execute(f"SELECT * FROM {table} LIMIT 0")
    return [d[0] for d in cursor.description if d[0] in theirs]


def _rows(source: Connection, table: str, key: str, columns: Sequence[str]) -> Iterator[list[Any]]:
    cursor = source.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {key}")
    convert = source.value
    for values in cursor:
        yield [convert(v) for v in values]


def copy_database(source: Connection, target: Connection) -> Copied:
    """Copy everything from ``source`` into the empty ``target``, in one transaction
    on the target; ``TargetNotEmpty`` (nothing written) when it holds any row."""
    found = counts(target)
    if any(found.values()):
        held = ", ".join(f"{n} {t}" for t, n in found.items() if n)
        raise TargetNotEmpty(detail=held)
    copied: dict[str, int] = {}
    with source.translated():
        source.begin(write=False)
    try:
        with target.translated():
            target.begin(write=True, pipelined=False)
            try:
                for table, key in TABLES:
                    copied[table] = _copy_table(source, target, table, key)
                _sign(source, target)
                target.after_copy([table for table, _key in TABLES])
                target.commit()
            except BaseException:
                target.rollback()
                raise
    finally:
        source.commit()
    return Copied(copied)


def _copy_table(source: Connection, target: Connection, table: str, key: str) -> int:
    columns = _columns(source, target, table)
    status = columns.index("status") if table == "sessions" else -1
    count = 0
    batch: list[list[Any]] = []
    for row in _rows(source, table, key, columns):
        if status >= 0 and row[status] == "signed":
            row[status] = "finished"  # signed again once its records are in
        batch.append(row)
        if len(batch) >= BATCH:
            target.bulk_insert(table, columns, batch)
            count += len(batch)
            batch = []
    if batch:
        target.bulk_insert(table, columns, batch)
        count += len(batch)
    return count


def _sign(source: Connection, target: Connection) -> None:
    signed = [int(r[0]) for r in source.execute("SELECT id FROM sessions WHERE status = 'signed'")]
    for start in range(0, len(signed), 500):
        chunk = signed[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        target.execute(f"UPDATE sessions SET status = 'signed' WHERE id IN ({marks})", chunk)
