"""The PostgreSQL schema: its migrations from an empty database and from every earlier
version, a newer or older database refused, the triggers' refusals, the types."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from psycopg import errors as pg_errors

from console.storage.errors import SchemaTooNew, SchemaTooOld, SessionSigned
from console.storage.migrations import MIGRATION_NAMES
from console.storage.server_errors import server_translated
from console.storage.server_schema import (
    SERVER_MIGRATION_NAMES,
    SERVER_SCHEMA_VERSION,
    applied_server_migrations,
    migrate_server,
)

pytestmark = pytest.mark.server

Conn = psycopg.Connection[Any]


@pytest.fixture
def conn(server_url: str) -> Iterator[Conn]:
    with psycopg.connect(server_url, autocommit=True) as connection:
        yield connection


def _one(conn: Conn, query: str, params: Any = None) -> Any:
    row = conn.execute(query, params).fetchone()
    assert row is not None
    return row[0]


def _columns(conn: Conn, table: str) -> dict[str, str]:
    rows = conn.execute(
        "SELECT column_name, data_type FROM information_schema.columns "
        "WHERE table_schema = 'public' AND table_name = %s",
        [table],
    ).fetchall()
    return dict(rows)


def test_the_server_has_the_same_migrations_as_the_file() -> None:
    assert SERVER_MIGRATION_NAMES == MIGRATION_NAMES
    assert len(MIGRATION_NAMES) == SERVER_SCHEMA_VERSION


def test_from_an_empty_database_the_whole_schema(conn: Conn) -> None:
    assert migrate_server(conn) == SERVER_SCHEMA_VERSION
    assert applied_server_migrations(conn) == list(MIGRATION_NAMES)
    tables = {
        name
        for (name,) in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        )
    }
    assert tables == {
        "therapists",
        "patients",
        "plans",
        "sessions",
        "records",
        "soap_notes",
        "amendments",
        "home_programs",
        "audit_log",
        "audit_head",
        "schema_migrations",
    }
    indexes = {name for (name,) in conn.execute("SELECT indexname FROM pg_indexes")}
    assert {
        "records_session_kind",
        "records_replaces",
        "sessions_patient",
        "sessions_running",
        "idx_patients_sort_name",
        "patients_search_key_trgm",
        "audit_log_patient",
        "amendments_session",
    } <= indexes


def test_the_column_types(conn: Conn) -> None:
    migrate_server(conn)
    audit = _columns(conn, "audit_log")
    assert audit["id"] == "bigint"
    assert audit["at"] == "text"  # the hash covers these exact characters
    sessions = _columns(conn, "sessions")
    assert sessions["started_at"] == "timestamp with time zone"
    assert sessions["plan_snapshot"] == "json"
    assert _columns(conn, "patients")["date_of_birth"] == "date"
    assert _columns(conn, "home_programs")["large_print"] == "smallint"
    assert _columns(conn, "records")["recorded_at"] == "timestamp with time zone"
    identities = {
        table
        for (table,) in conn.execute(
            "SELECT table_name FROM information_schema.columns "
            "WHERE column_name = 'id' AND is_identity = 'YES'"
        )
    }
    assert "audit_log" not in identities
    assert {"patients", "sessions", "records", "amendments", "home_programs"} <= identities


def test_json_comes_back_exactly_as_written(conn: Conn) -> None:
    migrate_server(conn)
    text = '[{"protocol_id": "ue-d1",  "sets": 3, "a": "ñ"}]'
    conn.execute("INSERT INTO plans (name, items) VALUES ('p', %s)", [text])
    assert _one(conn, "SELECT items::text FROM plans") == text


def test_search_uses_the_trigram_index(conn: Conn) -> None:
    migrate_server(conn)
    conn.execute("SET enable_seqscan = off")
    plan = "\n".join(
        row[0]
        for row in conn.execute(
            "EXPLAIN SELECT id FROM patients WHERE search_key LIKE %s", ["%nunez%"]
        )
    )
    assert "patients_search_key_trgm" in plan


def _older(conn: Conn, version: int) -> None:
    """A database as a version that had the first ``version`` migrations, with data."""
    migrate_server(conn, target=version)
    if version >= 1:
        conn.execute(
            "INSERT INTO patients (record_number, given_name, family_name, search_key) "
            "VALUES ('OLD-1', 'Inés', 'Ibáñez', 'ines ibanez old-1')"
        )
        conn.execute(
            "INSERT INTO sessions (patient_id, plan_snapshot, status, started_at) "
            "VALUES (1, '[]', 'running', now())"
        )
        conn.execute(
            "INSERT INTO records (session_id, kind, value, recorded_at) "
            "VALUES (1, 'grade', '4', now())"
        )


def _sealer(calls: list[int]) -> Any:
    def seal(connection: Conn) -> None:
        calls.append(_one(connection, "SELECT count(*) FROM patients"))

    return seal


@pytest.mark.parametrize("version", range(SERVER_SCHEMA_VERSION))
def test_from_every_earlier_version(conn: Conn, version: int) -> None:
    _older(conn, version)
    assert len(applied_server_migrations(conn)) == version
    sealed: list[int] = []
    assert migrate_server(conn, seal_existing=_sealer(sealed)) == SERVER_SCHEMA_VERSION
    assert applied_server_migrations(conn) == list(MIGRATION_NAMES)
    if version == 1:  # m002 gave the patient saved before it a sort name
        assert _one(conn, "SELECT sort_name FROM patients") == "ibanez\x1fines"
    if version >= 1:
        assert _one(conn, "SELECT value FROM records") == "4"
        assert _one(conn, "SELECT row_version FROM patients") == 1  # m007's default
    if 1 <= version < MIGRATION_NAMES.index("m006_content_seals") + 1:
        assert sealed == [1]  # m006 sealed the rows saved before it
    conn.execute(
        "INSERT INTO sessions (patient_id, plan_snapshot, status, started_at) "
        "SELECT id, '[]', 'running', now() FROM patients LIMIT 1"
    )


def test_migrating_twice_changes_nothing(conn: Conn) -> None:
    migrate_server(conn)
    before = _one(conn, "SELECT max(applied_at) FROM schema_migrations")
    assert migrate_server(conn) == SERVER_SCHEMA_VERSION
    assert _one(conn, "SELECT max(applied_at) FROM schema_migrations") == before


def test_two_rooms_opening_a_new_database_at_once_migrate_it_once(server_url: str) -> None:
    results: list[object] = []
    start = threading.Barrier(2)

    def room() -> None:
        with psycopg.connect(server_url, autocommit=True) as connection:
            start.wait()
            try:
                results.append(migrate_server(connection))
            except Exception as error:  # reported below
                results.append(error)

    threads = [threading.Thread(target=room) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [SERVER_SCHEMA_VERSION, SERVER_SCHEMA_VERSION]
    with psycopg.connect(server_url) as connection:
        assert _one(connection, "SELECT count(*) FROM schema_migrations") == SERVER_SCHEMA_VERSION


def test_a_newer_database_is_refused_and_left_unchanged(conn: Conn) -> None:
    migrate_server(conn, target=2)
    conn.execute(
        "INSERT INTO schema_migrations (name, applied_order) VALUES ('m900_from_the_future', 3)"
    )
    with pytest.raises(SchemaTooNew) as caught:
        migrate_server(conn)
    assert "newer version" in caught.value.message
    assert "m900_from_the_future" in (caught.value.detail or "")
    assert applied_server_migrations(conn) == [*MIGRATION_NAMES[:2], "m900_from_the_future"]
    assert _one(conn, "SELECT to_regclass('records') IS NOT NULL")
    assert "cursor_key" not in _columns(conn, "sessions")  # m003 was not applied


def test_more_migrations_than_the_program_knows_is_newer(conn: Conn) -> None:
    migrate_server(conn)
    conn.execute("DELETE FROM schema_migrations WHERE name = 'm001_initial'")
    conn.execute("INSERT INTO schema_migrations (name, applied_order) VALUES ('m001_initial', 0)")
    conn.execute("INSERT INTO schema_migrations (name, applied_order) VALUES ('m099_next', 99)")
    with pytest.raises(SchemaTooNew):
        migrate_server(conn, migrate=False)


def test_without_migrating_an_older_database_is_refused(conn: Conn) -> None:
    migrate_server(conn, target=3)
    with pytest.raises(SchemaTooOld) as caught:
        migrate_server(conn, migrate=False)
    assert "older version" in caught.value.message
    assert len(applied_server_migrations(conn)) == 3


def test_without_migrating_an_empty_database_is_refused_untouched(conn: Conn) -> None:
    with pytest.raises(SchemaTooOld) as caught:
        migrate_server(conn, migrate=False)
    assert "server init" in caught.value.message
    assert _one(conn, "SELECT to_regclass('schema_migrations')") is None


def test_a_failing_migration_leaves_nothing_behind(
    conn: Conn, monkeypatch: pytest.MonkeyPatch
) -> None:
    from console.storage import server_schema

    def broken(connection: Conn) -> None:
        connection.execute("ALTER TABLE sessions ADD COLUMN cursor_key text")
        raise RuntimeError("power cut")

    migrations = list(server_schema.SERVER_MIGRATIONS)
    migrations[2] = (migrations[2][0], broken)
    monkeypatch.setattr(server_schema, "SERVER_MIGRATIONS", tuple(migrations))
    with pytest.raises(RuntimeError, match="power cut"):
        migrate_server(conn)
    assert _one(conn, "SELECT to_regclass('schema_migrations')") is None
    assert _one(conn, "SELECT to_regclass('patients')") is None


# -- the triggers ---------------------------------------------------------------------


def _signed_session(conn: Conn) -> tuple[int, int]:
    migrate_server(conn)
    patient = _one(
        conn,
        "INSERT INTO patients (record_number, given_name, family_name, search_key) "
        "VALUES ('P-1', 'Ana', 'Núñez', 'ana nunez p-1') RETURNING id",
    )
    session = _one(
        conn,
        "INSERT INTO sessions (patient_id, plan_snapshot, status, started_at) "
        "VALUES (%s, '[]', 'running', now()) RETURNING id",
        [patient],
    )
    record = _one(
        conn,
        "INSERT INTO records (session_id, kind, value, recorded_at) "
        "VALUES (%s, 'grade', '4', now()) RETURNING id",
        [session],
    )
    conn.execute("INSERT INTO soap_notes (session_id, subjective) VALUES (%s, 's')", [session])
    conn.execute("UPDATE sessions SET status = 'signed' WHERE id = %s", [session])
    return session, record


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE sessions SET cursor = 3 WHERE id = %(session)s",
        "UPDATE sessions SET status = 'finished' WHERE id = %(session)s",
        "DELETE FROM sessions WHERE id = %(session)s",
        "INSERT INTO records (session_id, kind, value, recorded_at) "
        "VALUES (%(session)s, 'note', 'x', now())",
        "UPDATE records SET value = '5' WHERE id = %(record)s",
        "DELETE FROM records WHERE id = %(record)s",
        "UPDATE soap_notes SET subjective = 'changed' WHERE session_id = %(session)s",
        "DELETE FROM soap_notes WHERE session_id = %(session)s",
        "INSERT INTO soap_notes (session_id, subjective) VALUES (%(session)s, 'x') "
        "ON CONFLICT (session_id) DO UPDATE SET subjective = 'x'",
    ],
)
def test_a_signed_session_cannot_be_changed(conn: Conn, statement: str) -> None:
    session, record = _signed_session(conn)
    with pytest.raises(pg_errors.IntegrityConstraintViolation, match="session is signed"):
        conn.execute(statement, {"session": session, "record": record})
    # Through the program's translation it is the same refusal as on SQLite.
    with pytest.raises(SessionSigned), server_translated():
        conn.execute(statement, {"session": session, "record": record})


def test_records_are_never_updated_even_before_signing(conn: Conn) -> None:
    session, _record = _signed_session(conn)
    conn.execute(
        "INSERT INTO sessions (patient_id, plan_snapshot, status, started_at) "
        "SELECT patient_id, '[]', 'running', now() FROM sessions"
    )
    open_session = _one(conn, "SELECT max(id) FROM sessions")
    assert open_session != session
    record = _one(
        conn,
        "INSERT INTO records (session_id, kind, value, recorded_at) "
        "VALUES (%s, 'grade', '3', now()) RETURNING id",
        [open_session],
    )
    with pytest.raises(pg_errors.IntegrityConstraintViolation, match="add a correction"):
        conn.execute("UPDATE records SET value = '5' WHERE id = %s", [record])
    conn.execute("DELETE FROM records WHERE id = %s", [record])  # as on SQLite: not signed


@pytest.mark.parametrize(
    ("statement", "words"),
    [
        ("UPDATE audit_log SET detail = 'x'", "append-only"),
        ("DELETE FROM audit_log", "append-only"),
        ("TRUNCATE audit_log", "append-only"),
        ("UPDATE amendments SET text = 'x'", "kept as written"),
        ("DELETE FROM amendments", "kept as written"),
        ("UPDATE home_programs SET note = 'x'", "save a new version"),
    ],
)
def test_kept_rows_cannot_be_changed(conn: Conn, statement: str, words: str) -> None:
    session, _record = _signed_session(conn)
    conn.execute(
        "INSERT INTO audit_log (id, at, action, entity, prev_hash, hash) "
        "VALUES (1, '2026-01-01T10:00:00.000+00:00', 'create', 'patients', 'p', 'h')"
    )
    conn.execute(
        "INSERT INTO amendments (session_id, created_at, reason, text) "
        "VALUES (%s, now(), 'r', 't')",
        [session],
    )
    conn.execute(
        "INSERT INTO home_programs (patient_id, version, items) SELECT id, 1, '[]' FROM patients"
    )
    with pytest.raises(pg_errors.IntegrityConstraintViolation, match=words):
        conn.execute(statement)
    # Not a known storage problem: a program that tries this has a bug.
    with pytest.raises(pg_errors.IntegrityConstraintViolation), server_translated():
        conn.execute(statement)


@pytest.mark.parametrize(
    ("kind", "value", "accepted"),
    [
        ("hold", "30", True),
        ("hold", "600", True),
        ("hold", "601", False),
        ("hold", "0", False),
        ("hold", "030", False),
        ("hold", "-5", False),
        ("hold", "x", False),
        ("grade", "4+", True),
        ("grade", "5+", False),
        ("pain", "10", True),
        ("pain", "11", False),
        ("note", "anything", True),
        ("stretch", "1", False),
    ],
)
def test_the_record_checks(conn: Conn, kind: str, value: str, accepted: bool) -> None:
    migrate_server(conn)
    patient = _one(
        conn,
        "INSERT INTO patients (record_number, given_name, family_name, search_key) "
        "VALUES ('P-1', 'A', 'B', 'a b') RETURNING id",
    )
    session = _one(
        conn,
        "INSERT INTO sessions (patient_id, plan_snapshot, status) "
        "VALUES (%s, '[]', 'running') RETURNING id",
        [patient],
    )
    insert = "INSERT INTO records (session_id, kind, value, recorded_at) VALUES (%s, %s, %s, now())"
    if accepted:
        conn.execute(insert, [session, kind, value])
    else:
        with pytest.raises(pg_errors.CheckViolation):
            conn.execute(insert, [session, kind, value])


def test_the_same_columns_and_indexes_as_the_file(conn: Conn, tmp_path: Any) -> None:
    """Every table, column (in order) and named index of the SQLite schema is on the
    server too: a migration added to one and forgotten in the other fails here."""
    from console.storage.database import open_database

    migrate_server(conn)
    db = open_database(tmp_path / "console.db")
    try:
        sqlite_tables = {
            name: [column[1] for column in db.execute(f"PRAGMA table_info({name})")]
            for (name,) in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_%' ESCAPE '\\'"
            )
        }
        sqlite_indexes = {
            name
            for (name,) in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                "AND tbl_name NOT LIKE '\\_%' ESCAPE '\\'"
            )
        }
    finally:
        db.close()
    server_tables = {
        table: [
            name
            for (name,) in conn.execute(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = 'public' AND table_name = %s ORDER BY ordinal_position",
                [table],
            )
        ]
        for table in sqlite_tables
    }
    assert server_tables == sqlite_tables
    server_indexes = {name for (name,) in conn.execute("SELECT indexname FROM pg_indexes")}
    assert sqlite_indexes <= server_indexes
