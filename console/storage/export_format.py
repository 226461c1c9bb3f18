"""The shape of an export (``pnf-console-export/2``): which keys each object carries,
in the order written. The JSON and CSV exports select these columns and nothing else;
internal columns (a patient's ``search_key`` and ``sort_name``, a therapist's PIN hash
and salt, the row versions of patients and SOAP notes, the room a session runs in: the
audit entries name the room) stay in the database. docs/export-format.md describes every name listed
here, and tests/integration/test_export_format.py holds the two and a real export to
each other.
"""

from __future__ import annotations

from typing import Any

from console.storage.audit import HASHED_FIELDS
from console.storage.patient_store import PATIENT_FIELDS

FORMAT = "pnf-console-export/2"

Export = dict[str, Any]

#: The keys of a one-patient export.
ONE_PATIENT = (
    "format",
    "exported_at",
    "therapists",
    "patient",
    "plans",
    "sessions",
    "home_programs",
    "audit",
)
#: The keys of an export of every patient; each item of ``patients`` has ``PATIENT_PART``.
ALL_PATIENTS = ("format", "exported_at", "therapists", "patients")
PATIENT_PART = ("patient", "plans", "sessions", "home_programs", "audit")
#: What a session carries after its columns in the JSON export.
SESSION_PARTS = ("seal", "records", "soap", "amendments")

#: The exported columns of each table, in the order written; the CSV files too.
COLUMNS: dict[str, tuple[str, ...]] = {
    "patients": ("id", *PATIENT_FIELDS, "created_at", "updated_at"),
    "therapists": ("id", "name", "active", "created_at"),
    "plans": ("id", "patient_id", "name", "is_template", "items", "therapist_id", "created_at"),
    "sessions": (
        "id",
        "patient_id",
        "therapist_id",
        "plan_id",
        "plan_snapshot",
        "status",
        "started_at",
        "ended_at",
        "cursor",
        "cursor_at",
        "signed_at",
        "signed_by",
        "cursor_key",
    ),
    "records": (
        "id",
        "session_id",
        "kind",
        "value",
        "protocol_id",
        "side",
        "set_number",
        "phase_index",
        "moment",
        "therapist_id",
        "recorded_at",
        "replaces_id",
    ),
    "soap_notes": (
        "session_id",
        "subjective",
        "objective",
        "assessment",
        "plan",
        "therapist_id",
        "updated_at",
    ),
    "amendments": ("id", "session_id", "therapist_id", "created_at", "target", "reason", "text"),
    "home_programs": (
        "id",
        "patient_id",
        "version",
        "created_at",
        "therapist_id",
        "language",
        "large_print",
        "items",
        "note",
    ),
    "audit_log": (*HASHED_FIELDS, "prev_hash", "hash"),
}

#: The CSV files of a zipped export, one per table, in this order.
CSV_TABLES = tuple(COLUMNS)

#: Columns holding JSON text in the database, written as lists in the JSON export.
JSON_COLUMNS = {"plans": ("items",), "sessions": ("plan_snapshot",), "home_programs": ("items",)}


def columns(table: str, alias: str = "") -> str:
    """The exported columns of ``table`` for a SELECT (``alias.`` before each)."""
    prefix = f"{alias}." if alias else ""
    return ", ".join(prefix + name for name in COLUMNS[table])


def patient_parts(export: Export) -> list[dict[str, Any]]:
    """The per-patient parts of either kind of export."""
    return list(export["patients"]) if "patients" in export else [export]
