"""Signed means sealed: a change made behind the program's back, with the database's
triggers dropped, is found by check-db and named; untouched data has no findings."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from console.cli import main
from console.storage.backup import restore, write_backup
from console.storage.database import open_database
from console.storage.database_check import check_database
from console.storage.demo import generate
from console.storage.migrations import MIGRATION_NAMES
from console.storage.repository import Repository
from tests.storage_helpers import PLAN, FakeClock, add_patient, make_repo, raw_sql


def _treated(path: Path | str) -> dict[str, int]:
    """A patient with a signed, amended session (grades 3 and 4, pain, a note, SOAP),
    an unsigned one, and a home program."""
    repo = make_repo(path, FakeClock(dt.datetime(2026, 10, 27, 9, 0, tzinfo=dt.UTC)))
    try:
        ana = repo.therapists.create("Ana Ruiz")
        patient = add_patient(repo)
        session = repo.sessions.start(patient, PLAN, ana)
        repo.sessions.add_pain(session, 4, "start", therapist_id=ana)
        grade = repo.sessions.add_grade(
            session, "3", protocol_id="ue-d1-flexion-hold-relax", side="left", set_number=1
        )
        repo.sessions.add_grade(
            session, "4", protocol_id="ue-d1-flexion-hold-relax", side="left", set_number=2
        )
        repo.sessions.add_note(session, "Guarded at end range.")
        repo.notes.save_soap(session, subjective="Less pain", assessment="Better control")
        repo.sessions.finish(session, ana)
        repo.sessions.sign(session, ana)
        amendment = repo.notes.add_amendment(session, "soap.plan", "late", "Add walking", ana)
        open_one = repo.sessions.start(patient, PLAN, ana)
        repo.sessions.add_grade(open_one, "4+", protocol_id="ue-d1-flexion-hold-relax")
        program = repo.home_programs.save(
            patient,
            [{"protocol_id": "home-pelvic-tilt", "sets": 2, "reps": 10, "hold_s": 5}],
            therapist_id=ana,
        )
        return {
            "patient": patient,
            "session": session,
            "grade": grade,
            "amendment": amendment,
            "open": open_one,
            "program": program,
        }
    finally:
        repo.close()


def _tamper(target: Path | str, *statements: str) -> None:
    """What someone with the file and the sqlite3 tool (or the server's superuser) can
    do: switch every trigger off, then change rows directly."""
    raw_sql(target, *statements, triggers=False)


@pytest.fixture
def treated(db_target: Path | str) -> dict[str, int]:
    return _treated(db_target)


def test_untouched_data_has_no_findings(db_target: Path | str, treated: dict[str, int]) -> None:
    assert check_database(db_target) == []


def test_a_signed_grade_changed_from_3_to_5_is_named(
    db_target: Path | str, treated: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    _tamper(db_target, f"UPDATE records SET value = '5' WHERE id = {treated['grade']}")
    assert main(["check-db", "--db", str(db_target)]) == 1
    out = capsys.readouterr().out.splitlines()
    session = treated["session"]
    assert (
        f"record 2 of session {session} (signed 2026-10-27 by Ana Ruiz) differs from what "
        "was saved: grade 3, now 5"
    ) in out
    assert any(
        f"session {session} (signed 2026-10-27 by Ana Ruiz) no longer matches its seal" in line
        for line in out
    )
    assert out[-1].endswith("nothing was changed (checked in " + out[-1].split("checked in ")[1])
    assert "2 problems found" in out[-1]


def test_a_changed_soap_note_is_named(db_target: Path | str, treated: dict[str, int]) -> None:
    session = treated["session"]
    _tamper(db_target, f"UPDATE soap_notes SET assessment = 'Worse' WHERE session_id = {session}")
    problems = check_database(db_target)
    assert (
        f"the SOAP note of session {session} (signed 2026-10-27 by Ana Ruiz) differs from "
        "what was saved"
    ) in problems
    assert any("no longer matches its seal" in line for line in problems)


def test_a_changed_amendment_is_named(db_target: Path | str, treated: dict[str, int]) -> None:
    _tamper(db_target, f"UPDATE amendments SET text = 'Stop' WHERE id = {treated['amendment']}")
    assert check_database(db_target) == [
        f"amendment {treated['amendment']} of session {treated['session']} differs from "
        "what was saved"
    ]


def test_changed_patient_details_are_named(db_target: Path | str, treated: dict[str, int]) -> None:
    _tamper(
        db_target,
        f"UPDATE patients SET date_of_birth = '1950-01-01' WHERE id = {treated['patient']}",
    )
    (problem,) = check_database(db_target)
    assert problem.startswith("patient ") and problem.endswith("differs from what was saved")


def test_a_changed_home_program_version_is_named(
    db_target: Path | str, treated: dict[str, int]
) -> None:
    _tamper(db_target, f"UPDATE home_programs SET note = 'x' WHERE version = {treated['program']}")
    assert check_database(db_target) == [
        f"home program version 1 of patient number {treated['patient']} differs from what was saved"
    ]


def test_a_changed_audit_row_breaks_the_chain(
    db_target: Path | str, treated: dict[str, int]
) -> None:
    _tamper(db_target, "UPDATE audit_log SET content_hash = NULL WHERE id = 5")
    problems = check_database(db_target)
    assert "audit log: row 5 was changed after it was written" in problems


def test_a_record_added_behind_the_programs_back_is_named(
    db_target: Path | str, treated: dict[str, int]
) -> None:
    _tamper(
        db_target,
        "INSERT INTO records (session_id, kind, value, recorded_at) "
        f"VALUES ({treated['open']}, 'grade', '5', '2026-10-27T10:00:00.000+00:00')",
    )
    (problem,) = check_database(db_target)
    assert problem == (
        f"record 2 of session {treated['open']} differs from what was saved: it has no "
        "audit entry: it was not saved by the program (now grade 5)"
    )


def test_an_unsigned_record_changed_is_found_too(
    db_target: Path | str, treated: dict[str, int]
) -> None:
    _tamper(db_target, f"UPDATE records SET value = '2' WHERE session_id = {treated['open']}")
    assert check_database(db_target) == [
        f"record 1 of session {treated['open']} differs from what was saved: grade 4+, now 2"
    ]


def test_the_chart_marks_a_session_changed_after_signing(
    db_target: Path | str, treated: dict[str, int]
) -> None:
    _tamper(db_target, f"UPDATE records SET value = '5' WHERE id = {treated['grade']}")
    repo = Repository.open(db_target)
    try:
        chart = repo.charts.patient_chart(treated["patient"])
        details = {d.session.id: d for d in chart.sessions}
        signed = details[treated["session"]]
        assert signed.changed_after_signing == (
            f"record 2 of session {treated['session']} (signed 2026-10-27 by Ana Ruiz) "
            "differs from what was saved: grade 3, now 5",
        )
        assert details[treated["open"]].changed_after_signing == ()
        detail = repo.charts.session_detail(treated["session"])
        assert detail.changed_after_signing == signed.changed_after_signing
    finally:
        repo.close()


def test_the_chart_of_untouched_data_marks_nothing(
    db_target: Path | str, treated: dict[str, int]
) -> None:
    repo = Repository.open(db_target)
    try:
        chart = repo.charts.patient_chart(treated["patient"])
        assert all(d.changed_after_signing == () for d in chart.sessions)
    finally:
        repo.close()


def test_an_amendment_names_the_seal_it_amends(
    db_target: Path | str, treated: dict[str, int]
) -> None:
    repo = Repository.open(db_target)
    try:
        seal = repo.sessions.seal(treated["session"])
        assert seal is not None and len(seal) == 64
        (entry,) = [e for e in repo.audit.entries() if e["action"] == "amend"]
        assert entry["entity"] == "amendments"
        assert entry["detail"] == f"session {treated['session']}; amends seal {seal}"
    finally:
        repo.close()


def test_nothing_is_found_after_backup_and_restore(tmp_path: Path, db_path: Path) -> None:
    _treated(db_path)
    copy = tmp_path / "copy.db"
    db = open_database(db_path)
    write_backup(db, copy)
    db.close()
    restored = tmp_path / "restored.db"
    restore(copy, restored)
    assert check_database(copy) == []
    assert check_database(restored) == []


def test_demo_data_is_sealed(db_path: Path) -> None:
    db = open_database(db_path)
    generate(db, patients=6, sessions=5, seed=4, today=dt.date(2026, 10, 1))
    db.close()
    assert check_database(db_path) == []
    _tamper(db_path, "UPDATE records SET value = '0' WHERE id = 3 AND kind = 'grade'")
    _tamper(db_path, "UPDATE records SET value = '0' WHERE id = 2 AND kind = 'grade'")
    assert check_database(db_path) != []


def test_rows_saved_before_seals_are_sealed_on_upgrade(db_path: Path) -> None:
    """A database of the version before seals, with a signed session, opened by this
    version: every row is sealed "on upgrade", nothing is found, and a later change is."""
    repo = make_repo(db_path)
    ana = repo.therapists.create("Ana Ruiz")
    patient = add_patient(repo)
    session = repo.sessions.start(patient, PLAN, ana)
    grade = repo.sessions.add_grade(session, "3", protocol_id="ue-d1-flexion-hold-relax")
    repo.sessions.sign(session, ana)
    repo.close()
    _as_before_seals(db_path)

    repo = Repository(open_database(db_path))
    try:
        upgrade = [e for e in repo.audit.entries() if e["detail"] == "sealed on upgrade"]
        assert {(e["action"], e["entity"]) for e in upgrade} == {
            ("seal", "therapists"),
            ("seal", "patients"),
            ("seal", "plans"),
            ("seal", "sessions"),
            ("seal", "records"),
            ("seal-signed", "sessions"),
        }
        assert all(e["therapist_id"] is None for e in upgrade)
        assert repo.audit.verify_chain() == []
    finally:
        repo.close()
    assert check_database(db_path) == []
    _tamper(db_path, f"UPDATE records SET value = '5' WHERE id = {grade}")
    assert (
        f"record 1 of session {session} (signed 2026-03-02 by Ana Ruiz) differs from what "
        "was saved: grade 3, now 5"
    ) in check_database(db_path)


def _as_before_seals(path: Path) -> None:
    """Turn a database back into the version before m006: the column and its index go,
    the entries lose their hashes and the chain is rebuilt as that version wrote it."""
    from console.storage import audit

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    for name in ("audit_log_no_update", "audit_log_no_delete"):
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DROP INDEX audit_log_entity")
    rows = conn.execute(
        "SELECT at, therapist_id, action, entity, entity_id, patient_id, detail FROM audit_log "
        "ORDER BY id"
    ).fetchall()
    conn.execute("DELETE FROM audit_log")
    conn.execute("ALTER TABLE audit_log DROP COLUMN content_hash")
    names = ("at", "therapist_id", "action", "entity", "entity_id", "patient_id", "detail")
    chained = audit.chained([dict(zip(names, r, strict=True)) for r in rows], 0, audit.GENESIS)
    for row in chained:
        row.pop("content_hash", None)
        columns = ", ".join(row)
        conn.execute(
            f"INSERT INTO audit_log ({columns}) VALUES ({', '.join('?' for _ in row)})",
            list(row.values()),
        )
    # The triggers as the version before seals had them.
    for statement in MIGRATIONS_TRIGGERS:
        conn.execute(statement)
    index = MIGRATION_NAMES.index("m006_content_seals")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm006_content_seals'")
    conn.execute(f"PRAGMA user_version = {index}")
    conn.execute("COMMIT")
    conn.close()


MIGRATIONS_TRIGGERS = [
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
]


def test_a_receiver_recomputes_the_exported_seal_as_documented(
    db_target: Path | str, treated: dict[str, int]
) -> None:
    """docs/export-format.md, "Checking a seal", followed from the export alone."""
    import hashlib
    import json

    from console.storage.export import export_patient

    repo = make_repo(db_target)
    try:
        export = export_patient(repo, treated["patient"])
    finally:
        repo.close()
    (session,) = [s for s in export["sessions"] if s["status"] == "signed"]
    record_fields = [
        "id",
        "session_id",
        "kind",
        "value",
        "protocol_id",
        "side",
        "set_number",
        "phase_index",
        "moment",
        "replaces_id",
    ]
    soap = session["soap"]
    payload = {
        "session": {
            "table": "sessions",
            "id": session["id"],
            "patient_id": session["patient_id"],
            "plan_id": session["plan_id"],
            "plan_snapshot": json.dumps(
                session["plan_snapshot"], ensure_ascii=False, sort_keys=True
            ),
        },
        "records": [
            {"table": "records", **{k: r[k] for k in record_fields}}
            for r in sorted(session["records"], key=lambda r: r["id"])
        ],
        "soap": None
        if soap is None
        else {
            "table": "soap_notes",
            **{k: soap[k] for k in ("session_id", "subjective", "objective", "assessment", "plan")},
        },
        "signed_by": session["signed_by"],
    }
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == session["seal"]
    amend = [e for e in export["audit"] if e["action"] == "amend"]
    assert amend and amend[0]["detail"].endswith(f"amends seal {session['seal']}")
