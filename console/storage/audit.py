"""The audit log's hash chain: each row's hash covers its fields and the row before.

``hash = sha256(prev_hash + canonical JSON of the row's fields)``, hex. The first row's
``prev_hash`` is ``GENESIS``. The fields include ``content_hash`` (the hash of what the
entry wrote, console/storage/seals.py) when the entry has one; entries written before
content was sealed have none and are hashed without it, as they were written. The
``room`` an entry came from (several rooms on one clinic server) is covered the same
way: only when it is not NULL, so entries written before rooms were named still verify.

Editing a row breaks its own hash; deleting or reordering rows breaks the link to the
next one; deleting the newest rows leaves a gap between the highest id and the id counter
kept by ``AUTOINCREMENT`` (on a server, by the log's sequence).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any

from console.storage.backend import Connection

GENESIS = "0" * 64
#: One encoder for every row (``json.dumps`` with options builds one on each call).
_ENCODE = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode

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
    "content_hash",
    "room",
)

#: Fields hashed only when they hold a value (added after entries were first written).
_OPTIONAL_FIELDS = ("content_hash", "room")

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
        "seal",
        "seal-signed",
        "take-over",
    }
)


def row_hash(prev_hash: str, row: Mapping[str, Any]) -> str:
    fields = {name: row.get(name) for name in HASHED_FIELDS}
    for name in _OPTIONAL_FIELDS:
        if fields[name] is None:
            del fields[name]
    canonical = _ENCODE(fields)
    return hashlib.sha256((prev_hash + canonical).encode("utf-8")).hexdigest()


def last_link(conn: Connection) -> tuple[int, str]:
    """(id, hash) of the newest audit row, or (0, GENESIS) for an empty log."""
    row = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
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


def append_all(conn: Connection, rows: Iterable[dict[str, Any]]) -> list[int]:
    """Append entries, in order, inside the caller's transaction; returns their ids.

    Appends are serialised (``lock_audit``): two consoles on one server never both
    link to the same newest row."""
    conn.lock_audit()
    known = conn.last_link()
    if known is None:
        last_id, prev_hash = last_link(conn)
    else:
        last_id, prev_hash = known[0], known[1] or GENESIS
    full = chained(rows, last_id, prev_hash)
    if full:
        columns = ", ".join(full[0])
        marks = ", ".join("?" for _ in full[0])
        conn.append_rows(
            f"INSERT INTO audit_log ({columns}) VALUES ({marks})", [list(r.values()) for r in full]
        )
        conn.appended(int(full[-1]["id"]), str(full[-1]["hash"]))
    return [int(r["id"]) for r in full]


def verify_chain(conn: Connection) -> list[str]:
    """Every break in the chain, as a sentence each; an empty list means intact."""
    problems: list[str] = []
    if not conn.table_exists("audit_log"):
        return problems
    prev_hash = GENESIS
    expected_id = 1
    columns = ", ".join(_columns(conn))
    cursor = conn.execute(f"SELECT {columns} FROM audit_log ORDER BY id")
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
    seq = conn.audit_counter()
    if seq is not None and seq >= expected_id:
        problems.append(f"audit log: rows {expected_id} to {seq} are missing")
    return problems


def _columns(conn: Connection) -> tuple[str, ...]:
    """The hashed columns and the links; an audit log from before sealed content or
    named rooms (an older database checked without migrating) lacks those columns."""
    names = (*HASHED_FIELDS, "prev_hash", "hash")
    present = set(conn.columns("audit_log"))
    # A missing optional column is read as NULL in its place.
    return tuple(f"NULL AS {n}" if n in _OPTIONAL_FIELDS and n not in present else n for n in names)
