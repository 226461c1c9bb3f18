"""Export round trip: what is exported, read back, equals what the database holds."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from console.storage.errors import NotFound
from console.storage.export import (
    CSV_TABLES,
    FORMAT,
    export_all,
    export_patient,
    read_csv_zip,
    record_export,
    write_csv_zip,
    write_json,
)
from console.storage.repository import Repository
from tests.storage_helpers import PLAN, add_patient, make_repo

JSON_COLUMNS = {"plans": ("items",), "sessions": ("plan_snapshot",), "home_programs": ("items",)}
#: Columns the program keeps for itself; an export leaves them out.
INTERNAL = {
    "patients": ("search_key", "sort_name", "row_version"),
    "sessions": ("room",),
    "soap_notes": ("row_version",),
    # The room's idempotency key for entries sent from its journal: not clinical data.
    "records": ("entry_uid",),
}


@pytest.fixture
def repo(db_path: Path) -> Iterator[Repository]:
    repository = make_repo(db_path)
    ana = repository.therapists.create("Ana García", pin_hash="secret-hash", pin_salt="salt")
    for given in ("José", "Zoë"):
        patient = add_patient(repository, given_name=given, diagnosis="chronic low back pain")
        first = repository.sessions.start(patient, PLAN, ana)
        repository.sessions.add_pain(first, 6, "start", therapist_id=ana)
        grade = repository.sessions.add_grade(
            first, "3+", protocol_id="ue-d1", side="left", set_number=1
        )
        repository.sessions.correct_record(grade, "4-", ana)
        repository.sessions.add_note(first, "cue at the scapula, «bien»")
        repository.notes.save_soap(
            first, subjective="Less pain", objective="NPRS 6", therapist_id=ana
        )
        repository.sessions.sign(first, ana)
        repository.notes.add_amendment(first, "soap.assessment", "late entry", "Numbness", ana)
        second = repository.sessions.start(patient, PLAN[:1], None)
        repository.sessions.add_grade(second, "4", protocol_id="ue-d1", side="left")
        repository.sessions.add_hold(second, 45, protocol_id="ue-d1", side="left")
        repository.home_programs.save(patient, [{"protocol_id": "home-bridge", "sets": 2}], "es")
    add_patient(repository, given_name="Empty", family_name="Chart")
    yield repository
    repository.close()


def _table(db_path: Path, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        rows = [dict(row) for row in conn.execute(sql, params)]
        table = sql.split(" FROM ")[1].split()[0]
        for row in rows:
            for column in INTERNAL.get(table, ()):
                del row[column]
    finally:
        conn.close()
    return rows


def _decoded(table: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for row in rows:
        for column in JSON_COLUMNS.get(table, ()):
            row[column] = json.loads(row[column])
    return rows


def _assert_matches_database(part: dict[str, Any], db_path: Path) -> None:
    pid = part["patient"]["id"]
    assert [part["patient"]] == _table(db_path, "SELECT * FROM patients WHERE id = ?", [pid])
    sessions = _decoded(
        "sessions",
        _table(db_path, "SELECT * FROM sessions WHERE patient_id = ? ORDER BY id", [pid]),
    )
    exported = [
        {k: v for k, v in s.items() if k not in ("seal", "records", "soap", "amendments")}
        for s in part["sessions"]
    ]
    assert exported == sessions
    for session in part["sessions"]:
        sid = session["id"]
        assert session["records"] == _table(
            db_path, "SELECT * FROM records WHERE session_id = ? ORDER BY id", [sid]
        )
        soap = _table(db_path, "SELECT * FROM soap_notes WHERE session_id = ?", [sid])
        assert session["soap"] == (soap[0] if soap else None)
        assert session["amendments"] == _table(
            db_path, "SELECT * FROM amendments WHERE session_id = ? ORDER BY id", [sid]
        )
    assert part["plans"] == _decoded(
        "plans", _table(db_path, "SELECT * FROM plans WHERE patient_id = ? ORDER BY id", [pid])
    )
    assert part["home_programs"] == _decoded(
        "home_programs",
        _table(db_path, "SELECT * FROM home_programs WHERE patient_id = ? ORDER BY id", [pid]),
    )
    assert part["audit"] == _table(
        db_path, "SELECT * FROM audit_log WHERE patient_id = ? ORDER BY id", [pid]
    )


def test_json_round_trip_of_one_patient(repo: Repository, db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    with out.open("w", encoding="utf-8") as stream:
        write_json(export_patient(repo, 1), stream)
    back = json.loads(out.read_text(encoding="utf-8"))
    assert back["format"] == FORMAT
    assert back["exported_at"].startswith("2026-03-02T09:00")
    assert len(back["sessions"]) == 2
    first = back["sessions"][0]
    assert [r["value"] for r in first["records"]] == ["6", "3+", "4-", "cue at the scapula, «bien»"]
    assert first["records"][2]["replaces_id"] == first["records"][1]["id"]
    assert first["soap"]["subjective"] == "Less pain"
    assert first["amendments"][0]["reason"] == "late entry"
    assert back["therapists"] == [
        {"id": 1, "name": "Ana García", "active": 1, "created_at": "2026-03-02T09:00:00.000+01:00"}
    ]
    assert "secret-hash" not in out.read_text(encoding="utf-8")
    _assert_matches_database(back, db_path)


def test_json_round_trip_of_all_patients(repo: Repository, db_path: Path) -> None:
    back = json.loads(json.dumps(export_all(repo)))
    assert back["format"] == FORMAT
    assert [p["patient"]["id"] for p in back["patients"]] == [1, 2, 3]
    for part in back["patients"]:
        _assert_matches_database(part, db_path)
    assert back["patients"][2]["sessions"] == []


def test_csv_round_trip(repo: Repository, db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "export.zip"
    write_csv_zip(export_all(repo), out)
    tables = read_csv_zip(out)
    assert set(tables) == set(CSV_TABLES)
    for name in CSV_TABLES:
        if name == "therapists":
            continue
        # a patient's record: entries about no patient (therapists, templates) stay out
        where = " WHERE patient_id IS NOT NULL" if name in ("audit_log", "plans") else ""
        rows = _table(db_path, f"SELECT * FROM {name}{where}", [])
        as_text = [{k: "" if v is None else str(v) for k, v in row.items()} for row in rows]
        key = "session_id" if name == "soap_notes" else "id"
        assert sorted(tables[name], key=lambda r: int(r[key])) == sorted(
            as_text, key=lambda r: int(r[key])
        ), name
    assert tables["therapists"] == [
        {
            "id": "1",
            "name": "Ana García",
            "active": "1",
            "created_at": "2026-03-02T09:00:00.000+01:00",
        }
    ]


def test_exports_are_audited(repo: Repository) -> None:
    before = len(repo.audit.entries(1))
    record_export(repo, [1, 2], "json", therapist_id=1)
    entries = repo.audit.entries(1)
    assert len(entries) == before + 1
    assert (entries[-1]["action"], entries[-1]["detail"]) == ("export", "json")
    assert repo.audit.verify_chain() == []


def test_unknown_patient(repo: Repository) -> None:
    with pytest.raises(NotFound):
        export_patient(repo, 99)


def test_export_to_file_writes_and_audits(repo: Repository, tmp_path: Path) -> None:
    from console.storage.export import export_to_file

    before = len(repo.audit.entries())
    data = export_to_file(repo, 2, "json", tmp_path / "p2.json", therapist_id=1)
    assert json.loads((tmp_path / "p2.json").read_text(encoding="utf-8"))["patient"]["id"] == 2
    assert data["patient"]["id"] == 2
    export_to_file(repo, None, "csv", tmp_path / "all.zip")
    assert len(read_csv_zip(tmp_path / "all.zip")["patients"]) == 3
    exports = [e for e in repo.audit.entries()[before:] if e["action"] == "export"]
    assert [(e["patient_id"], e["detail"], e["therapist_id"]) for e in exports] == [
        (2, "json", 1),
        (1, "csv", None),
        (2, "csv", None),
        (3, "csv", None),
    ]
    with pytest.raises(ValueError):
        export_to_file(repo, 1, "xml", tmp_path / "p.xml")
