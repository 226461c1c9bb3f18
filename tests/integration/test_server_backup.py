"""Backups, restores and check-db on the clinic server (a real PostgreSQL server)."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from console.cli import main
from console.storage.database import open_connection, open_database
from console.storage.database_check import check_database
from console.storage.demo import generate
from console.storage.export import export_all, write_json
from console.storage.location import ServerLocation, parse_location
from console.storage.repository import Repository
from console.storage.server_backup import write_backup
from tests.server_fixtures import PgServer
from tests.storage_helpers import FakeClock, add_patient, make_repo, raw_sql


@pytest.fixture
def new_database(pg_server: PgServer) -> Iterator[Callable[[], str]]:
    """More empty databases on the test session's server, dropped afterwards."""
    made: list[str] = []

    def make() -> str:
        name = f"restore_{len(made)}_{id(made) % 100000}"
        pg_server.admin(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'")
        made.append(name)
        return pg_server.url(name)

    yield make
    for name in made:
        pg_server.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _export(target: Path | str) -> str:
    repo = Repository.open(target, clock=FakeClock())
    try:
        out = io.StringIO()
        write_json(export_all(repo), out)
    finally:
        repo.close()
    data = json.loads(out.getvalue())
    data.pop("exported_at")
    return json.dumps(data, sort_keys=True)


@pytest.fixture
def clinic(db_path: Path, server_url: str) -> str:
    """The server database of a clinic moved from a demo file."""
    db = open_database(db_path)
    generate(db, patients=5, sessions=3, seed=5, today=dt.date(2026, 11, 1), language="es")
    db.close()
    assert main(["migrate", "--from", str(db_path), "--to", server_url]) == 0
    return server_url


def test_backup_with_pg_dump_and_restore_into_an_empty_database(
    clinic: str,
    new_database: Callable[[], str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "clinic.dump"
    assert main(["backup", "--db", clinic, "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert out.read_bytes().startswith(b"PGDMP") and "audit chain head: entry " in printed
    other = new_database()
    assert main(["restore", str(out), "--db", other]) == 0
    assert "audit chain and seals verified" in capsys.readouterr().out
    assert check_database(other) == []
    assert _export(other) == _export(clinic)
    repo = make_repo(other)  # the restored database goes on from the restored ids
    try:
        assert add_patient(repo, record_number="NEW-1") == 6
    finally:
        repo.close()


def test_backup_without_pg_dump_is_a_database_file_that_restores(
    clinic: str, new_database: Callable[[], str], tmp_path: Path
) -> None:
    location = parse_location(clinic)
    assert isinstance(location, ServerLocation)
    conn = open_connection(clinic)
    try:
        written = write_backup(conn, location, tmp_path, use_pg_dump=False)
    finally:
        conn.close()
    assert written.suffix == ".db" and "-audit-" in written.name
    assert check_database(written) == []  # a file any console can check and open
    assert _export(written) == _export(clinic)
    other = new_database()
    assert main(["restore", str(written), "--db", other]) == 0
    assert _export(other) == _export(clinic)


def test_a_restore_refuses_a_database_that_holds_data(
    clinic: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "clinic.dump"
    assert main(["backup", "--db", clinic, "--out", str(out)]) == 0
    before = _export(clinic)
    assert main(["restore", str(out), "--db", clinic]) == 1
    assert "already holds data" in capsys.readouterr().err
    assert _export(clinic) == before


def test_check_db_on_the_server(clinic: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-db", "--db", clinic]) == 0
    out = capsys.readouterr().out
    assert "ok" in out and "postgresql" not in out.lower().split("ok")[1]
    raw_sql(
        clinic, "UPDATE records SET value = '0' WHERE id = 2 AND kind = 'grade'", triggers=False
    )
    raw_sql(
        clinic, "UPDATE records SET value = '0' WHERE id = 3 AND kind = 'grade'", triggers=False
    )
    assert main(["check-db", "--db", clinic]) == 1
    assert "differs from what was saved" in capsys.readouterr().out


def test_an_unreachable_server_is_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"postgresql:///pnf?host={tmp_path}&port=5999"
    exports = ["export", "--patient", "all"]
    for command in (["check-db"], ["backup", "--out", str(tmp_path / "x.dump")], exports):
        assert main([*command, "--db", url]) == 1, command
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and err[0].startswith("pnf-console: "), err
    assert not (tmp_path / "x.dump").exists()
