"""A patient's whole record for a records request or a referral: JSON or zipped CSV.

The format is documented in docs/export-format.md; ``FORMAT`` names its version.
Rows are exported as stored (column names of the schema), with JSON columns
(plan items, home program items) decoded into lists. Therapists appear by id and
name only; PIN hashes never leave the database.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from console.storage.export_format import (
    COLUMNS,
    CSV_TABLES,
    FORMAT,
    JSON_COLUMNS,
    Export,
    columns,
    patient_parts,
)
from console.storage.fhir import fhir_bundle
from console.storage.repository import Repository
from console.storage.rows import timestamp

#: What ``export_to_file`` writes: the full JSON, zipped CSV, or a FHIR R4 Bundle.
FORMATS = ("json", "csv", "fhir")

__all__ = ["CSV_TABLES", "FORMAT", "FORMATS", "Export", "patient_parts"]


def _decode(table: str, row: dict[str, Any]) -> dict[str, Any]:
    for column in JSON_COLUMNS.get(table, ()):
        if isinstance(row.get(column), str):
            row[column] = json.loads(row[column])
    return row


def _spelt(value: Any, zone: dt.tzinfo) -> Any:
    """Times (``*_at`` values) spelt in the exporting console's time zone, wherever
    they are kept (the clinic server keeps the instant, a file also the offset it was
    written with), so one record exports the same from either. The audit log's
    times stay exactly as written: its hashes cover those characters."""
    if isinstance(value, list):
        return [_spelt(item, zone) for item in value]
    if not isinstance(value, dict):
        return value
    out = {}
    for key, item in value.items():
        if key == "audit":
            out[key] = item
        elif key.endswith("_at") and isinstance(item, str) and len(item) > 10:
            out[key] = timestamp(dt.datetime.fromisoformat(item).astimezone(zone))
        else:
            out[key] = _spelt(item, zone)
    return out


def _patient_part(repo: Repository, patient_id: int) -> dict[str, Any]:
    rows = repo.transactions.all  # the export reads the tables as stored
    repo.transactions.patient_row(patient_id)  # NotFound for an unknown id
    patient = rows(f"SELECT {columns('patients')} FROM patients WHERE id = ?", [patient_id])[0]
    sessions = [
        _decode("sessions", row)
        for row in rows(
            f"SELECT {columns('sessions')} FROM sessions WHERE patient_id = ? ORDER BY id",
            [patient_id],
        )
    ]

    def by_session(table: str) -> dict[int, list[dict[str, Any]]]:
        """The patient's rows of a table whose rows belong to a session, oldest first."""
        grouped: dict[int, list[dict[str, Any]]] = {}
        for row in rows(
            f"SELECT {columns(table, 't')} FROM {table} AS t "
            "JOIN sessions AS s ON s.id = t.session_id "
            f"WHERE s.patient_id = ? ORDER BY t.{'session_id' if table == 'soap_notes' else 'id'}",
            [patient_id],
        ):
            grouped.setdefault(row["session_id"], []).append(row)
        return grouped

    records = by_session("records")
    soaps = {session_id: notes[0] for session_id, notes in by_session("soap_notes").items()}
    amendments = by_session("amendments")
    sealed = {
        row["entity_id"]: row["content_hash"]
        for row in rows(
            "SELECT entity_id, content_hash FROM audit_log WHERE patient_id = ? "
            "AND entity = 'sessions' AND action IN ('sign', 'seal-signed') ORDER BY id",
            [patient_id],
        )
    }
    for session in sessions:
        session["seal"] = sealed.get(str(session["id"])) if session["status"] == "signed" else None
        session["records"] = records.get(session["id"], [])
        session["soap"] = soaps.get(session["id"])
        session["amendments"] = amendments.get(session["id"], [])
    part = {
        "patient": patient,
        "plans": [
            _decode("plans", row)
            for row in rows(
                f"SELECT {columns('plans')} FROM plans WHERE patient_id = ? ORDER BY id",
                [patient_id],
            )
        ],
        "sessions": sessions,
        "home_programs": [
            _decode("home_programs", row)
            for row in rows(
                f"SELECT {columns('home_programs')} FROM home_programs "
                "WHERE patient_id = ? ORDER BY version",
                [patient_id],
            )
        ],
        "audit": rows(
            f"SELECT {columns('audit_log')} FROM audit_log WHERE patient_id = ? ORDER BY id",
            [patient_id],
        ),
    }
    return dict(_spelt(part, repo.transactions.zone))


def _therapists(repo: Repository, parts: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    ids: set[int | None] = set()
    for part in parts:
        for session in part["sessions"]:
            ids.update((session["therapist_id"], session["signed_by"]))
            ids.update(r["therapist_id"] for r in session["records"])
            ids.update(a["therapist_id"] for a in session["amendments"])
            if session["soap"]:
                ids.add(session["soap"]["therapist_id"])
        ids.update(p["therapist_id"] for p in part["home_programs"])
        ids.update(p["therapist_id"] for p in part["plans"])
        ids.update(a["therapist_id"] for a in part["audit"])
    known = sorted(i for i in ids if i is not None)
    if not known:
        return []
    marks = ", ".join("?" for _ in known)
    found = repo.transactions.all(
        f"SELECT {columns('therapists')} FROM therapists WHERE id IN ({marks}) ORDER BY id", known
    )
    return list(_spelt(found, repo.transactions.zone))


def export_patient(repo: Repository, patient_id: int) -> Export:
    """One patient's complete record (raises NotFound for an unknown id)."""
    with repo.transactions.read():
        part = _patient_part(repo, patient_id)
        therapists = _therapists(repo, [part])
    return {"format": FORMAT, "exported_at": repo.now(), "therapists": therapists, **part}


def export_all(repo: Repository) -> Export:
    """Every patient's record: ``{"format", "exported_at", "therapists", "patients": [...]}``
    where each item of ``patients`` has the keys of a one-patient export's record."""
    with repo.transactions.read():
        ids = [row["id"] for row in repo.transactions.all("SELECT id FROM patients ORDER BY id")]
        parts = [_patient_part(repo, patient_id) for patient_id in ids]
        therapists = _therapists(repo, parts)
    return {
        "format": FORMAT,
        "exported_at": repo.now(),
        "therapists": therapists,
        "patients": parts,
    }


def write_json(export: Export, out: io.TextIOBase | Any) -> None:
    json.dump(export, out, ensure_ascii=False, indent=2, sort_keys=False)
    out.write("\n")


def tables_of(export: Export) -> dict[str, list[dict[str, Any]]]:
    """The export as flat table rows (JSON columns encoded again), one list per table."""
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in CSV_TABLES}
    tables["therapists"] = [dict(row) for row in export["therapists"]]
    for part in patient_parts(export):
        tables["patients"].append(dict(part["patient"]))
        tables["plans"].extend(_encode("plans", row) for row in part["plans"])
        for session in part["sessions"]:
            flat = {k: v for k, v in session.items() if k not in ("records", "soap", "amendments")}
            tables["sessions"].append(_encode("sessions", flat))
            tables["records"].extend(session["records"])
            if session["soap"]:
                tables["soap_notes"].append(session["soap"])
            tables["amendments"].extend(session["amendments"])
        tables["home_programs"].extend(
            _encode("home_programs", row) for row in part["home_programs"]
        )
        tables["audit_log"].extend(part["audit"])
    return tables


def _encode(table: str, row: dict[str, Any]) -> dict[str, Any]:
    row = dict(row)
    for column in JSON_COLUMNS.get(table, ()):
        row[column] = json.dumps(row[column], ensure_ascii=False, sort_keys=True)
    return row


def write_csv_zip(export: Export, path: Path) -> None:
    """One CSV per table (header row with the schema's column names), zipped."""
    tables = tables_of(export)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("format.txt", f"{FORMAT}\nexported_at: {export['exported_at']}\n")
        for name in CSV_TABLES:
            names = COLUMNS[name]
            buffer = io.StringIO()
            writer = csv.DictWriter(buffer, fieldnames=names, lineterminator="\n")
            writer.writeheader()
            for row in tables[name]:
                writer.writerow({column: row.get(column) for column in names})
            archive.writestr(f"{name}.csv", buffer.getvalue())


def read_csv_zip(path: Path) -> dict[str, list[dict[str, str]]]:
    """The tables of a zipped CSV export (every value as text, empty for none)."""
    with zipfile.ZipFile(path) as archive:
        return {
            name: list(csv.DictReader(io.StringIO(archive.read(f"{name}.csv").decode("utf-8"))))
            for name in CSV_TABLES
        }


def record_export(
    repo: Repository, patient_ids: Iterable[int], fmt: str, therapist_id: int | None = None
) -> None:
    """Audit an export: one entry per patient whose record left the program."""
    with repo.transactions.write("audit_log"):
        for patient_id in patient_ids:
            repo.audit.log(
                "export", "patients", patient_id, patient_id, detail=fmt, therapist_id=therapist_id
            )


def export_to_file(
    repo: Repository,
    patient_id: int | None,
    fmt: str,
    path: Path,
    therapist_id: int | None = None,
) -> Export:
    """Export one patient (or all, for None) as ``json``, ``csv`` (zip) or ``fhir`` (a FHIR
    R4 Bundle in JSON) to ``path``,
    and audit it once the file is written. Returns what was exported."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    data = export_all(repo) if patient_id is None else export_patient(repo, patient_id)
    if fmt == "csv":
        write_csv_zip(data, path)
    else:
        written = fhir_bundle(data) if fmt == "fhir" else data
        with path.open("w", encoding="utf-8") as stream:
            write_json(written, stream)
    record_export(repo, [part["patient"]["id"] for part in patient_parts(data)], fmt, therapist_id)
    return data
