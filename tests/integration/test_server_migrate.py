"""Moving a room's database onto the clinic server: everything copied, ids kept, the
audit chain and seals still verifiable, and the export of both databases identical."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from console.cli import main
from console.storage.database import open_database
from console.storage.database_check import check_database
from console.storage.demo import generate
from console.storage.export import export_all, write_json
from console.storage.repository import Repository
from tests.storage_helpers import PLAN, FakeClock, add_patient, make_repo


def _export(target: Path | str) -> dict[str, object]:
    repo = Repository.open(target, clock=FakeClock())
    try:
        out = io.StringIO()
        write_json(export_all(repo), out)
    finally:
        repo.close()
    data = json.loads(out.getvalue())
    data.pop("exported_at", None)
    return data


def _demo_file(path: Path) -> None:
    db = open_database(path)
    generate(db, patients=8, sessions=4, seed=11, today=dt.date(2026, 11, 20), language="es")
    db.close()
    repo = make_repo(path)  # and a session amended, corrected and signed by hand
    try:
        ana = repo.therapists.create("Begoña Muñoz")
        patient = add_patient(repo, given_name="Íñigo", family_name="Peña Ibáñez")
        session = repo.sessions.start(patient, PLAN, ana)
        grade = repo.sessions.add_grade(session, "3", protocol_id="ue-d1-flexion-hold-relax")
        repo.sessions.correct_record(grade, "3+", ana)
        repo.notes.save_soap(session, subjective="Refiere menos dolor", therapist_id=ana)
        repo.sessions.sign(session, ana)
        repo.notes.add_amendment(session, "soap.plan", "tardía", "Añadir marcha", ana)
        repo.plans.save_template("Hombro – básico", PLAN, ana)
    finally:
        repo.close()


def test_migrate_copies_everything_and_the_exports_match(
    db_path: Path, server_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _demo_file(db_path)
    assert main(["migrate", "--from", str(db_path), "--to", server_url]) == 0
    out = capsys.readouterr().out
    assert "audit chain and seals verified" in out and "9 patients" in out
    assert check_database(server_url) == []
    assert _export(server_url) == _export(db_path)
    # The server goes on from the copied ids: a new patient is the tenth.
    repo = Repository.open(server_url)
    try:
        assert add_patient(repo, given_name="Zoe", record_number="Z-1") == 10
        assert repo.patients.search("inigo pena")[0].given_name == "Íñigo"
        assert repo.audit.verify_chain() == []
    finally:
        repo.close()


def test_migrate_refuses_a_server_database_that_holds_data(
    db_path: Path, server_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _demo_file(db_path)
    repo = make_repo(server_url)
    add_patient(repo)
    repo.close()
    assert main(["migrate", "--from", str(db_path), "--to", server_url]) == 1
    err = capsys.readouterr().err
    assert "already holds data" in err and "1 patients" in err
    repo = Repository.open(server_url)
    try:
        assert len(repo.patients.search("")) <= 1
    finally:
        repo.close()


def test_migrate_says_what_is_wrong_with_its_arguments(
    tmp_path: Path, server_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["migrate", "--from", str(tmp_path / "none.db"), "--to", server_url]) == 1
    assert "no database at" in capsys.readouterr().err
    assert main(["migrate", "--from", server_url, "--to", server_url]) == 1
    assert "a path, not a URL" in capsys.readouterr().err
