"""Content hashes and signature seals: what ties the audit trail to what was saved.

Each write's audit entry carries ``content_hash``: a SHA-256 over the canonical content
of the row it wrote (``content_hash(table, row)``). Signing a session stores its *seal*
in the sign entry: one hash over the session, its plan snapshot, all its records
(corrected ones too) and its SOAP note. An amendment's entry carries the amendment's
own hash and names the seal it amends.

The canonical form is the same on every backend: the fields listed in ``FIELDS`` (no
timestamps, whose spelling a backend may change), as JSON with sorted keys, no
spaces, UTF-8. A receiver of an export recomputes it the same way
(docs/export-format.md).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any

#: The fields of each sealed table that its content hash covers.
FIELDS: dict[str, tuple[str, ...]] = {
    "therapists": ("name", "active", "pin_hash"),
    "patients": (
        "record_number",
        "given_name",
        "family_name",
        "date_of_birth",
        "language",
        "diagnosis",
        "notes",
    ),
    "plans": ("patient_id", "name", "is_template", "items"),
    "sessions": ("patient_id", "plan_id", "plan_snapshot"),
    "records": (
        "session_id",
        "kind",
        "value",
        "protocol_id",
        "side",
        "set_number",
        "phase_index",
        "moment",
        "replaces_id",
    ),
    "soap_notes": ("session_id", "subjective", "objective", "assessment", "plan"),
    "amendments": ("session_id", "target", "reason", "text"),
    "home_programs": ("patient_id", "version", "language", "large_print", "items", "note"),
}

#: Audit actions whose ``content_hash`` is the hash of the row they wrote (``sign``
#: carries a seal instead; ``seal`` is a row sealed when the database was upgraded;
#: ``amend`` is about the amendment written, entity ``amendments``).
ROW_ACTIONS = ("create", "update", "record", "correct", "seal", "amend")

#: The detail of an entry written when a database was upgraded to sealed content.
ON_UPGRADE = "sealed on upgrade"


def key_of(table: str) -> str:
    """The column that names a row of ``table`` in the audit log's ``entity_id``."""
    return "session_id" if table == "soap_notes" else "id"


#: One encoder for every hash (``json.dumps`` with these options builds a new one on
#: each call, which is most of the cost of checking a million rows).
_ENCODE = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode


def canonical(payload: object) -> str:
    """JSON with sorted keys, no spaces, characters as they are (not escaped)."""
    return _ENCODE(payload)


def digest(payload: object) -> str:
    return hashlib.sha256(canonical(payload).encode("utf-8")).hexdigest()


def content(table: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of ``row`` the hash covers, with the table's name."""
    return {"table": table, **{name: row.get(name) for name in FIELDS[table]}}


def content_hash(table: str, row: Mapping[str, Any]) -> str:
    return digest(content(table, row))


def session_seal(
    session: Mapping[str, Any],
    records: Iterable[Mapping[str, Any]],
    soap: Mapping[str, Any] | None,
    signed_by: int | None,
) -> str:
    """The seal of a signed session: the session (its plan snapshot included), every
    record in the order written, the SOAP note and who signed."""
    ordered = sorted(records, key=lambda r: int(r["id"]))
    return seal_of(session, [record_part(r) for r in ordered], soap, signed_by)


def record_part(record: Mapping[str, Any]) -> dict[str, Any]:
    """A record as its session's seal covers it: its id and its content."""
    return {"id": record["id"], **content("records", record)}


def seal_of(
    session: Mapping[str, Any],
    record_parts: list[dict[str, Any]],
    soap: Mapping[str, Any] | None,
    signed_by: int | None,
) -> str:
    """``session_seal`` from records already in their ``record_part`` form, in id order
    (check-db computes each record's part once for its own hash and its seal)."""
    return digest(
        {
            "session": {"id": session["id"], **content("sessions", session)},
            "records": record_parts,
            "soap": None if soap is None else content("soap_notes", soap),
            "signed_by": signed_by,
        }
    )


def amendment_detail(session_id: int, seal: str | None) -> str:
    """The detail of an amendment's audit entry: the session and the seal it amends."""
    return f"session {session_id}; amends seal {seal or 'none'}"
