"""The audit log's hash chain: each row's hash covers its fields and the row before.

``hash = sha256(prev_hash + canonical JSON of the row's fields)``, hex. The first row's
``prev_hash`` is ``GENESIS``. Editing a row breaks its own hash; deleting or
reordering rows breaks the link to the next one; deleting the newest rows leaves a gap
between the highest id and the id counter kept by ``AUTOINCREMENT``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any

from sqlite_utils import Database

GENESIS = "0" * 64

#: The columns a row's hash covers, in the order they are hashed.
HASHED_FIELDS = (
    "id",
    "at",
    "therapist_id",
    "action",
    "entity",
    "entity_id",
    "patient_id",
    "detail",
)

ACTIONS = frozenset(
    {
        "create",
        "view",
        "update",
        "finish",
        "sign",
        "amend",
        "print",
        "export",
        "record",
        "correct",
        "delete",
    }
)


def row_hash(prev_hash: str, row: Mapping[str, Any]) -> str:
    fields = {name: row.get(name) for name in HASHED_FIELDS}
    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256((prev_hash + canonical).encode("utf-8")).hexdigest()


def last_link(db: Database) -> tuple[int, str]:
    """(id, hash) of the newest audit row, or (0, GENESIS) for an empty log."""
    row = db.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    if row is None:
        return 0, GENESIS
    return int(row[0]), str(row[1])


def chained(rows: Iterable[dict[str, Any]], last_id: int, prev_hash: str) -> list[dict[str, Any]]:
    """Give ``rows`` (without id and hashes) consecutive ids and their chained hashes."""
    out = []
    for offset, row in enumerate(rows, start=1):
        full = {**row, "id": last_id + offset, "prev_hash": prev_hash}
        full["hash"] = row_hash(prev_hash, full)
        prev_hash = full["hash"]
        out.append(full)
    return out


def append_all(db: Database, rows: Iterable[dict[str, Any]]) -> list[int]:
    """Append entries, in order, inside the caller's transaction; returns their ids."""
    last_id, prev_hash = last_link(db)
    full = chained(rows, last_id, prev_hash)
    if full:
        columns = ", ".join(full[0])
        marks = ", ".join("?" for _ in full[0])
        db.conn.executemany(
            f"INSERT INTO audit_log ({columns}) VALUES ({marks})", [list(r.values()) for r in full]
        )
    return [int(r["id"]) for r in full]


def verify_chain(db: Database) -> list[str]:
    """Every break in the chain, as a sentence each; an empty list means intact."""
    problems: list[str] = []
    exists = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'"
    ).fetchone()
    if not exists:
        return problems
    prev_hash = GENESIS
    expected_id = 1
    columns = ", ".join((*HASHED_FIELDS, "prev_hash", "hash"))
    cursor = db.execute(f"SELECT {columns} FROM audit_log ORDER BY id")
    names = [d[0] for d in cursor.description]
    for values in cursor:
        row = dict(zip(names, values, strict=True))
        row_id = row["id"]
        if row_id != expected_id:
            problems.append(f"audit log: rows {expected_id} to {row_id - 1} are missing")
        if row["prev_hash"] != prev_hash:
            problems.append(f"audit log: row {row_id} does not follow the row before it")
        if row["hash"] != row_hash(str(row["prev_hash"]), row):
            problems.append(f"audit log: row {row_id} was changed after it was written")
        prev_hash = str(row["hash"])
        expected_id = row_id + 1
    seq = db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").fetchone()
    if seq is not None and int(seq[0]) >= expected_id:
        problems.append(f"audit log: rows {expected_id} to {seq[0]} are missing")
    return problems
