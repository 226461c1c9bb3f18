"""The audit log's hash chain: an edited, deleted or reordered row is detected."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from console.storage.audit import row_hash
from console.storage.repository import Repository
from tests.storage_helpers import PLAN, add_patient, make_repo, raw_sql


@pytest.fixture
def repo(db_target: Path | str) -> Iterator[Repository]:
    repository = make_repo(db_target)
    patient = add_patient(repository)
    session = repository.sessions.start(patient, PLAN)
    for value in ("3", "4-", "4"):
        repository.sessions.add_grade(session, value, protocol_id="ue-d1", side="left")
    repository.audit.log("view", "patients", patient, patient)
    yield repository
    repository.close()


def _tamper(target: Path | str, *statements: str) -> None:
    """What someone with the file and a SQLite tool, or the server's superuser, could
    do: switch the triggers off and change the log directly."""
    raw_sql(target, *statements, triggers=False)


def test_an_untouched_chain_verifies(repo: Repository) -> None:
    assert len(repo.audit.entries()) == 7
    assert repo.audit.verify_chain() == []


def test_an_edited_row_is_detected(repo: Repository, db_target: Path | str) -> None:
    _tamper(db_target, "UPDATE audit_log SET therapist_id = 7 WHERE id = 4")
    assert repo.audit.verify_chain() == ["audit log: row 4 was changed after it was written"]


def test_an_edited_row_with_a_recomputed_hash_breaks_the_next_link(
    repo: Repository, db_target: Path | str
) -> None:
    row = repo.audit.entries()[3]
    forged = {**row, "action": "view"}
    _tamper(
        db_target,
        f"UPDATE audit_log SET action = 'view', hash = '{row_hash(row['prev_hash'], forged)}' "
        "WHERE id = 4",
    )
    assert repo.audit.verify_chain() == ["audit log: row 5 does not follow the row before it"]


def test_a_deleted_row_is_detected(repo: Repository, db_target: Path | str) -> None:
    _tamper(db_target, "DELETE FROM audit_log WHERE id = 3")
    problems = repo.audit.verify_chain()
    assert "audit log: rows 3 to 3 are missing" in problems
    assert "audit log: row 4 does not follow the row before it" in problems


def test_deleting_the_newest_rows_is_detected(repo: Repository, db_target: Path | str) -> None:
    _tamper(db_target, "DELETE FROM audit_log WHERE id >= 6")
    assert repo.audit.verify_chain() == ["audit log: rows 6 to 7 are missing"]


def test_reordered_rows_are_detected(repo: Repository, db_target: Path | str) -> None:
    rows = {row["id"]: row for row in repo.audit.entries()}
    a, b = rows[4], rows[5]
    sets = "action = '{action}', entity = '{entity}', entity_id = '{entity_id}', at = '{at}', "
    sets += "prev_hash = '{prev_hash}', hash = '{hash}'"
    _tamper(
        db_target,
        f"UPDATE audit_log SET {sets.format(**b)} WHERE id = 4",
        f"UPDATE audit_log SET {sets.format(**a)} WHERE id = 5",
    )
    problems = repo.audit.verify_chain()
    assert any("row 4" in problem for problem in problems)
    assert any("row 5" in problem for problem in problems)


def test_an_emptied_log_is_detected(repo: Repository, db_target: Path | str) -> None:
    _tamper(db_target, "DELETE FROM audit_log")
    assert repo.audit.verify_chain() == ["audit log: rows 1 to 7 are missing"]


def test_the_chain_continues_from_another_connection(
    repo: Repository, db_target: Path | str
) -> None:
    again = make_repo(db_target)
    try:
        again.audit.log("print", "home_programs", 1, 1, detail="version 1")
        repo.audit.log("view", "patients", 1, 1)
        assert again.audit.verify_chain() == repo.audit.verify_chain() == []
        assert len(repo.audit.entries()) == 9
    finally:
        again.close()
