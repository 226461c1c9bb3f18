"""`pnf-console server init`: the roles, the schema and least privilege on a real
server; the console role reads and writes what the program needs and cannot change or
delete audit entries, recorded entries, amendments or home program versions."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import errors as pg_errors

from console.cli import main
from console.storage.errors import SchemaTooOld, ServerPermissionDenied
from console.storage.location import ServerLocation, parse_location
from console.storage.server_errors import server_translated
from console.storage.server_schema import SERVER_SCHEMA_VERSION, migrate_server
from console.storage.server_setup import CONSOLE_PRIVILEGES, CONSOLE_UPDATES, console_privileges
from tests.server_fixtures import PgServer

pytestmark = pytest.mark.server

PASSWORD = "correct horse battery"
_numbers = itertools.count(1)


@pytest.fixture(autouse=True)
def _no_password_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    monkeypatch.delenv("PGPASSWORD", raising=False)


@pytest.fixture
def roles(pg_server: PgServer, server_url: str) -> Iterator[tuple[str, str]]:
    """Names for the owner and console roles (unique: roles are server-wide); dropped
    with what they own after the test."""
    suffix = f"{os.getpid()}_{next(_numbers)}"
    owner, console = f"owner_{suffix}", f"console_{suffix}"
    yield owner, console
    dbname = _location(server_url).dbname or ""
    for role in (console, owner):
        pg_server.admin(
            f"DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN "
            f"EXECUTE 'DROP OWNED BY {role} CASCADE'; EXECUTE 'DROP ROLE {role}'; "
            "END IF; END $$",
            dbname,
        )


@pytest.fixture
def password_file(tmp_path: Path) -> Path:
    path = tmp_path / "console-password"
    path.write_text(PASSWORD + "\n")
    return path


def _location(url: str) -> ServerLocation:
    location = parse_location(url)
    assert isinstance(location, ServerLocation)
    return location


def _init(url: str, roles: tuple[str, str], *extra: str) -> int:
    owner, console = roles
    return main(["server", "init", url, "--owner-role", owner, "--console-role", console, *extra])


def _as_console(url: str, console: str) -> psycopg.Connection[Any]:
    return psycopg.connect(_location(url).conninfo(user=console, password=PASSWORD))


@pytest.fixture
def set_up(
    server_url: str, roles: tuple[str, str], password_file: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[str, str]:
    assert _init(server_url, roles, "--console-password-file", str(password_file)) == 0
    capsys.readouterr()
    return server_url, roles[1]


def test_init_makes_the_roles_and_the_schema(
    server_url: str,
    roles: tuple[str, str],
    password_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    owner, console = roles
    assert _init(server_url, roles, "--console-password-file", str(password_file)) == 0
    out, err = capsys.readouterr()
    assert "set up" in out
    assert f"console role {console} made" in out
    assert f"schema version 0 -> {SERVER_SCHEMA_VERSION}" in out
    assert f"user={console}" in out  # the rooms' database address
    assert PASSWORD not in out + err
    with psycopg.connect(server_url) as admin:
        rows = admin.execute(
            "SELECT rolname, rolcanlogin, rolsuper, rolcreaterole, rolcreatedb, "
            "left(rolpassword, 14) FROM pg_authid WHERE rolname IN (%s, %s) ORDER BY rolname",
            [owner, console],
        ).fetchall()
        tables = admin.execute(
            "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'"
        ).fetchall()
    assert sorted(rows) == sorted(
        [
            (owner, False, False, False, False, None),
            (console, True, False, False, False, "SCRAM-SHA-256$"),
        ]
    )
    assert tables == [(owner,)]
    with _as_console(server_url, console) as conn:
        assert migrate_server(conn, migrate=False) == SERVER_SCHEMA_VERSION


def test_the_console_role_has_exactly_what_the_program_needs(set_up: tuple[str, str]) -> None:
    url, console = set_up
    with psycopg.connect(url) as admin:
        found = console_privileges(admin, console)
    expected = {table: {"SELECT", *extra} for table, extra in CONSOLE_PRIVILEGES.items()}
    assert found == expected
    assert {"therapists", "patients", "sessions", "soap_notes"} == CONSOLE_UPDATES
    assert not any({"DELETE", "TRUNCATE"} & privileges for privileges in found.values())


def test_every_table_of_the_schema_has_its_privileges_decided(set_up: tuple[str, str]) -> None:
    url, _console = set_up
    with psycopg.connect(url) as admin:
        tables = {
            name
            for (name,) in admin.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
            )
        }
    assert tables == set(CONSOLE_PRIVILEGES)


@pytest.mark.parametrize(
    "statement",
    [
        "DELETE FROM audit_log",
        "UPDATE audit_log SET detail = 'x'",
        "TRUNCATE audit_log",
        "UPDATE records SET value = '5'",
        "DELETE FROM records",
        "UPDATE amendments SET text = 'x'",
        "DELETE FROM amendments",
        "UPDATE home_programs SET note = 'x'",
        "DELETE FROM home_programs",
        "DELETE FROM patients",
        "DELETE FROM sessions",
        "DELETE FROM soap_notes",
        "UPDATE plans SET name = 'x'",
        "INSERT INTO schema_migrations (name, applied_order) VALUES ('m999', 999)",
        "DROP TABLE audit_log",
        "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_delete",
        "CREATE TABLE mine (x int)",
    ],
)
def test_the_console_role_cannot(set_up: tuple[str, str], statement: str) -> None:
    url, console = set_up
    with _as_console(url, console) as conn:
        with pytest.raises(pg_errors.InsufficientPrivilege):
            conn.execute(statement)  # type: ignore[arg-type]
        conn.rollback()
        with pytest.raises(ServerPermissionDenied) as caught, server_translated(console):
            conn.execute(statement)  # type: ignore[arg-type]
        assert caught.value.message.startswith(f'The database role "{console}" may not ')


def test_the_program_works_as_the_console_role(set_up: tuple[str, str]) -> None:
    """Every kind of write the program makes, through the repository, as the rooms do."""
    from console.storage.repository import Repository
    from tests.storage_helpers import PLAN, FakeClock

    url, console = set_up
    room_url = _location(url).for_role(console)
    repo = Repository.open(room_url, clock=FakeClock(), password=PASSWORD)
    try:
        therapist = repo.therapists.create("Ana Ruiz")
        repo.therapists.update(therapist, name="Ana Ruiz Gómez", by=therapist)
        patient = repo.patients.create(
            given_name="Inés", family_name="Núñez", record_number="R-1", therapist_id=therapist
        )
        repo.patients.update(patient, diagnosis="hemiparesis", therapist_id=therapist)
        repo.plans.save_template("Shoulder", PLAN, therapist)
        session = repo.sessions.start(patient, PLAN, therapist)
        repo.sessions.set_cursor(session, 1, "grade:0")
        repo.sessions.change_plan(session, PLAN, therapist)
        record = repo.sessions.add_grade(session, "4", protocol_id="ue-d1", side="left")
        repo.sessions.add_pain(session, "3", "start")
        repo.sessions.add_note(session, "tired")
        repo.sessions.correct_record(record, "4+", therapist_id=therapist)
        repo.notes.save_soap(session, subjective="better", therapist_id=therapist)
        repo.notes.save_soap(session, subjective="better today", therapist_id=therapist)
        repo.sessions.finish(session, therapist)
        repo.sessions.sign(session, therapist)
        repo.notes.add_amendment(session, None, "typo", "left side", therapist)
        repo.home_programs.save(patient, PLAN, therapist_id=therapist)
        repo.home_programs.save(patient, PLAN, therapist_id=therapist)
        assert [p.version for p in repo.home_programs.versions(patient)] == [2, 1]
        assert repo.patients.search("nunez")[0].id == patient
        assert repo.charts.patient_chart(patient) is not None
        assert len(repo.audit.entries()) >= 10
    finally:
        repo.close()


def test_running_init_again_says_it_is_already_set_up(
    set_up: tuple[str, str], roles: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    url, console = set_up
    with psycopg.connect(url) as admin:
        before = console_privileges(admin, console)
    assert _init(url, roles) == 0  # no password needed: the console role exists
    out, _err = capsys.readouterr()
    assert "already set up" in out
    with psycopg.connect(url) as admin:
        assert console_privileges(admin, console) == before
    with _as_console(url, console):
        pass  # the password was kept


def test_init_again_with_a_password_file_replaces_the_password(
    set_up: tuple[str, str], roles: tuple[str, str], tmp_path: Path
) -> None:
    url, console = set_up
    new = tmp_path / "new-password"
    new.write_text("another long password\n")
    assert _init(url, roles, "--console-password-file", str(new)) == 0
    conninfo = _location(url).conninfo(user=console, password="another long password")
    with psycopg.connect(conninfo):
        pass


def test_init_upgrades_an_older_schema_made_by_someone_else(
    server_url: str, roles: tuple[str, str], password_file: Path
) -> None:
    """A database at an older version, made by the administrator (as `migrate` does):
    init hands the tables to the owner role, upgrades the schema and grants."""
    with psycopg.connect(server_url, autocommit=True) as admin:
        migrate_server(admin, target=3)
        admin.execute("INSERT INTO therapists (name) VALUES ('Ana')")
        admin.execute(
            "INSERT INTO patients (record_number, given_name, family_name, search_key, "
            "sort_name) VALUES ('P-1', 'Inés', 'Núñez', 'ines nunez p-1', 'nunez\x1fines')"
        )
    assert _init(server_url, roles, "--console-password-file", str(password_file)) == 0
    owner, console = roles
    with psycopg.connect(server_url) as admin:
        sealed = admin.execute(
            "SELECT entity FROM audit_log WHERE action = 'seal' ORDER BY id"
        ).fetchall()
    assert sealed == [("therapists",), ("patients",)]  # m006 sealed the rows kept
    assert main(["check-db", "--db", server_url]) == 0
    with psycopg.connect(server_url) as admin:
        owners = admin.execute(
            "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'"
        ).fetchall()
        assert owners == [(owner,)]
        assert console_privileges(admin, console)["records"] == {"SELECT", "INSERT"}
    with _as_console(server_url, console) as conn:
        assert migrate_server(conn, migrate=False) == SERVER_SCHEMA_VERSION


def test_a_room_cannot_upgrade_the_schema_and_says_who_can(
    set_up: tuple[str, str], roles: tuple[str, str]
) -> None:
    url, console = set_up
    owner, _console = roles
    with psycopg.connect(url, autocommit=True) as admin:
        # As if the program had been updated and its newest migration not yet applied.
        admin.execute(f"SET ROLE {owner}")
        admin.execute("DELETE FROM schema_migrations WHERE name = 'm005_hold_records'")
        admin.execute("ALTER TABLE records DROP CONSTRAINT records_hold")
        admin.execute("DELETE FROM schema_migrations WHERE name = 'm006_content_seals'")
        admin.execute("DROP INDEX audit_log_entity")
        admin.execute("ALTER TABLE audit_log DROP COLUMN content_hash")
    with _as_console(url, console) as conn:
        with pytest.raises(SchemaTooOld) as caught:
            migrate_server(conn, role=console)
        assert "server init" in caught.value.message
        assert console in caught.value.message


# -- errors: one line on stderr, a non-zero exit --------------------------------------


def _one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("pnf-console: ")
    return lines[0]


def test_an_unreachable_server(
    tmp_path: Path, roles: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"postgresql://admin:s3cret@/pnf?host={tmp_path}&port=5999"
    assert _init(url, roles) == 1
    line = _one_error_line(capsys)
    assert "cannot be reached" in line
    assert "s3cret" not in line


def test_a_wrong_administrator_password(
    server_url: str,
    roles: tuple[str, str],
    server_roles: Callable[..., str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    admin = server_roles("admin", password="right")
    url = _location(server_url).conninfo(user=admin, password="wrong")
    room = parse_location(server_url)
    assert isinstance(room, ServerLocation)
    bad = f"postgresql://{admin}:wrong@/{room.dbname}?host={room.host}&port={room.port}"
    assert "wrong" in url
    assert _init(bad, roles) == 1
    line = _one_error_line(capsys)
    assert "did not accept the password" in line
    assert "wrong" not in line.replace("the password", "")


def test_an_administrator_without_the_right_to_make_roles(
    server_url: str,
    roles: tuple[str, str],
    server_roles: Callable[..., str],
    password_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    weak = server_roles("weak", password="pw")
    room = _location(server_url)
    url = f"postgresql://{weak}:pw@/{room.dbname}?host={room.host}&port={room.port}"
    assert _init(url, roles, "--console-password-file", str(password_file)) == 1
    line = _one_error_line(capsys)
    assert f'The database role "{weak}" may not' in line
    with psycopg.connect(server_url) as admin:
        made = admin.execute(
            "SELECT count(*) FROM pg_roles WHERE rolname = ANY(%s)", [list(roles)]
        ).fetchone()
    assert made == (0,)  # nothing was made


def test_a_new_console_role_without_a_password(
    server_url: str, roles: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert _init(server_url, roles) == 1  # stdin is not a terminal under pytest
    line = _one_error_line(capsys)
    assert "--console-password-file" in line


def test_a_short_password_is_refused(
    server_url: str, roles: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    short = tmp_path / "short"
    short.write_text("abc\n")
    assert _init(server_url, roles, "--console-password-file", str(short)) == 1
    assert "too short" in _one_error_line(capsys)


@pytest.mark.parametrize("name", ["Pnf-Console", "1room", "x" * 64, "a;drop"])
def test_a_bad_role_name_is_refused(
    server_url: str, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["server", "init", server_url, "--console-role", name]) == 1
    assert "cannot be a role name" in _one_error_line(capsys)


def test_a_file_path_is_not_a_server(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["server", "init", str(tmp_path / "console.db")]) == 1
    assert "needs the server's address" in _one_error_line(capsys)


def test_a_rooms_file_moved_onto_an_initialised_server_is_used_as_the_console_role(
    set_up: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The docs' order: server init, then migrate with the administrator's address,
    then the rooms work on it as the console role (new ids follow the copied ones)."""
    from console.storage.repository import Repository

    url, console = set_up
    room_file = tmp_path / "room.db"
    assert main(["demo-data", "--patients", "3", "--sessions", "2", "--db", str(room_file)]) == 0
    assert main(["migrate", "--from", str(room_file), "--to", url]) == 0
    capsys.readouterr()
    room_url = _location(url).for_role(console)
    repo = Repository.open(room_url, password=PASSWORD)
    try:
        before = {patient.id for patient in repo.patients.all()}
        new = repo.patients.create(given_name="Nuevo", family_name="Pérez")
        assert len(before) == 3
        assert new > max(before)
    finally:
        repo.close()
    with psycopg.connect(url) as admin:
        found = admin.execute("SELECT count(*) FROM patients").fetchone()
    assert found == (4,)


def test_an_owner_role_that_can_log_in_is_refused(
    server_url: str,
    roles: tuple[str, str],
    server_roles: Callable[..., str],
    password_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    someone = server_roles("someone", password="pw")
    _owner, console = roles
    assert _init(server_url, (someone, console), "--console-password-file", str(password_file)) == 1
    assert "nobody logs in as" in _one_error_line(capsys)
    with psycopg.connect(server_url) as admin:
        assert admin.execute("SELECT to_regclass('patients')").fetchone() == (None,)
