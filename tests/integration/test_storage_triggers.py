"""Database-level guarantees that hold even for SQL written outside the repository."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from console.storage.audit import GENESIS, row_hash
from console.storage.repository import Repository
from tests.storage_helpers import PLAN, add_patient, make_repo


@pytest.fixture
def repo(db_path: Path) -> Iterator[Repository]:
    repository = make_repo(db_path)
    yield repository
    repository.close()


@pytest.fixture
def raw(db_path: Path, repo: Repository) -> Iterator[sqlite3.Connection]:
    """A plain connection, as another program would open the file."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    yield conn
    conn.close()


def _signed_session(repo: Repository) -> tuple[int, int]:
    patient = add_patient(repo)
    session = repo.sessions.start(patient, PLAN)
    record = repo.sessions.add_grade(session, "4", protocol_id="ue-d1", side="left")
    repo.notes.save_soap(session, subjective="s")
    repo.sessions.sign(session, None)
    return session, record


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE sessions SET cursor = 3 WHERE id = :session",
        "UPDATE sessions SET status = 'finished' WHERE id = :session",
        "DELETE FROM sessions WHERE id = :session",
        "INSERT INTO records (session_id, kind, value, recorded_at) "
        "VALUES (:session, 'note', 'x', 'now')",
        "UPDATE records SET value = '5' WHERE id = :record",
        "DELETE FROM records WHERE id = :record",
        "UPDATE soap_notes SET subjective = 'changed' WHERE session_id = :session",
        "DELETE FROM soap_notes WHERE session_id = :session",
    ],
)
def test_a_signed_session_cannot_be_changed(
    repo: Repository, raw: sqlite3.Connection, statement: str
) -> None:
    session, record = _signed_session(repo)
    with pytest.raises(sqlite3.IntegrityError, match="session is signed"):
        raw.execute(statement, {"session": session, "record": record})


def test_a_soap_note_cannot_be_added_to_a_signed_session(
    repo: Repository, raw: sqlite3.Connection
) -> None:
    patient = add_patient(repo)
    session = repo.sessions.start(patient, PLAN)
    repo.sessions.sign(session, None)
    with pytest.raises(sqlite3.IntegrityError, match="session is signed"):
        raw.execute("INSERT INTO soap_notes (session_id, subjective) VALUES (?, 's')", [session])


def test_records_are_never_updated_even_before_signing(
    repo: Repository, raw: sqlite3.Connection
) -> None:
    session = repo.sessions.start(add_patient(repo), PLAN)
    record = repo.sessions.add_grade(session, "4", protocol_id="ue-d1", side="left")
    with pytest.raises(sqlite3.IntegrityError, match="add a correction"):
        raw.execute("UPDATE records SET value = '5' WHERE id = ?", [record])


@pytest.mark.parametrize(
    "statement",
    ["UPDATE audit_log SET detail = 'x' WHERE id = 1", "DELETE FROM audit_log WHERE id = 1"],
)
def test_the_audit_log_is_append_only(
    repo: Repository, raw: sqlite3.Connection, statement: str
) -> None:
    add_patient(repo)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        raw.execute(statement)


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE amendments SET text = 'x'",
        "DELETE FROM amendments",
        "UPDATE home_programs SET note = 'x'",
    ],
)
def test_amendments_and_program_versions_are_kept(
    repo: Repository, raw: sqlite3.Connection, statement: str
) -> None:
    session, _ = _signed_session(repo)
    repo.notes.add_amendment(session, None, "r", "t", None)
    repo.home_programs.save(repo.sessions.get(session).patient_id, [{"protocol_id": "home-bridge"}])
    with pytest.raises(sqlite3.IntegrityError, match="kept"):
        raw.execute(statement)


@pytest.mark.parametrize(
    ("kind", "value"), [("grade", "6"), ("grade", "5+"), ("pain", "11"), ("pain", "-1"), ("x", "1")]
)
def test_impossible_values_are_refused_by_the_schema(
    repo: Repository, raw: sqlite3.Connection, kind: str, value: str
) -> None:
    session = repo.sessions.start(add_patient(repo), PLAN)
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        raw.execute(
            "INSERT INTO records (session_id, kind, value, recorded_at) VALUES (?, ?, ?, 'now')",
            [session, kind, value],
        )


def test_foreign_keys_are_enforced(repo: Repository, raw: sqlite3.Connection) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        repo.db.execute(
            "INSERT INTO sessions (patient_id, plan_snapshot, status) VALUES (99, '[]', 'running')"
        )


def test_hash_is_sha256_of_previous_hash_and_canonical_fields() -> None:
    row = {"id": 1, "at": "t", "therapist_id": None, "action": "create", "entity": "patients"}
    expected = (
        '{"action":"create","at":"t","detail":null,"entity":"patients","entity_id":null,'
        '"id":1,"patient_id":null,"therapist_id":null}'
    )
    assert row_hash(GENESIS, row) == hashlib.sha256((GENESIS + expected).encode()).hexdigest()
