"""The server's known problems, each one StorageError with one clear message, on a
real server: unreachable, password needed or wrong, a permission missing, the
connection lost in the middle of a write; every other psycopg error is a bug."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import errors as pg_errors

from console.storage.errors import (
    ServerGone,
    ServerPasswordNeeded,
    ServerPasswordRejected,
    ServerPermissionDenied,
    ServerUnreachable,
    StorageError,
)
from console.storage.location import ServerLocation, parse_location
from console.storage.server_errors import (
    ServerDatabaseMissing,
    ServerLoginRefused,
    classify_server_error,
    server_translated,
)
from tests.server_fixtures import PgServer

pytestmark = pytest.mark.server


@pytest.fixture(autouse=True)
def _no_password_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """libpq reads ~/.pgpass; the tests give passwords only where they say so."""
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    monkeypatch.delenv("PGPASSWORD", raising=False)


def _location(url: str) -> ServerLocation:
    location = parse_location(url)
    assert isinstance(location, ServerLocation)
    return location


def _connect(location: ServerLocation, **overrides: str) -> psycopg.Connection[Any]:
    with server_translated(overrides.get("user", location.user)):
        return psycopg.connect(location.conninfo(**overrides), connect_timeout=5)


def test_a_server_that_is_not_running(tmp_path: Path) -> None:
    location = _location(f"postgresql://ana:s3cret@/pnf?host={tmp_path}&port=5999")
    with pytest.raises(ServerUnreachable) as caught:
        _connect(location)
    assert "cannot be reached" in caught.value.message
    assert "No such file or directory" in caught.value.message
    assert "s3cret" not in caught.value.message


def test_a_closed_tcp_port() -> None:
    # Port 9 on the loopback address (discard): nothing listens there on these machines.
    with pytest.raises(ServerUnreachable, match="Connection refused"):
        _connect(_location("postgresql://ana@127.0.0.1:9/pnf"))


def test_a_name_that_does_not_resolve() -> None:
    with pytest.raises(ServerUnreachable, match="cannot be reached"):
        _connect(_location("postgresql://ana@clinic-server.invalid/pnf"))


def test_a_password_is_needed(server_url: str, server_roles: Callable[..., str]) -> None:
    role = server_roles("room")
    with pytest.raises(ServerPasswordNeeded) as caught:
        _connect(_location(server_url), user=role)
    assert "asks for a password" in caught.value.message


def test_a_wrong_password(server_url: str, server_roles: Callable[..., str]) -> None:
    role = server_roles("room", password="right")
    with pytest.raises(ServerPasswordRejected) as caught:
        _connect(_location(server_url), user=role, password="wrong")
    assert role in caught.value.message
    assert "wrong" not in caught.value.message
    _connect(_location(server_url), user=role, password="right").close()


def test_an_unknown_role_reads_as_a_wrong_password(server_url: str) -> None:
    with pytest.raises(ServerPasswordRejected):
        _connect(_location(server_url), user="nobody_here", password="x")


def test_a_password_from_the_password_file(
    server_url: str,
    server_roles: Callable[..., str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    role = server_roles("room", password="from-file")
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"*:*:*:{role}:from-file\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    _connect(_location(server_url), user=role).close()


def test_a_database_that_does_not_exist(pg_server: PgServer) -> None:
    with pytest.raises(ServerDatabaseMissing, match='no database named "no_such_db"'):
        _connect(_location(pg_server.url("no_such_db")))


def test_a_role_that_may_not_log_in(server_url: str, server_roles: Callable[..., str]) -> None:
    role = server_roles("owner", login=False)
    with pytest.raises(ServerLoginRefused, match="not permitted to log in"):
        _connect(_location(server_url), user=role, password="pw")


@pytest.fixture
def as_room(
    server_url: str, server_roles: Callable[..., str]
) -> Iterator[tuple[str, psycopg.Connection[Any]]]:
    """A login role with SELECT on one table and nothing else, connected."""
    role = server_roles("room")
    with psycopg.connect(server_url, autocommit=True) as admin:
        admin.execute("CREATE TABLE entries (id int, text text)")
        admin.execute(f"GRANT SELECT ON entries TO {role}")
    with _connect(_location(server_url), user=role, password="pw") as conn:
        yield role, conn


def test_a_missing_permission_names_the_role_and_the_table(
    as_room: tuple[str, psycopg.Connection[Any]],
) -> None:
    role, conn = as_room
    conn.execute("SELECT * FROM entries").fetchall()  # allowed
    conn.rollback()
    with pytest.raises(ServerPermissionDenied) as caught, server_translated(role):
        conn.execute("DELETE FROM entries")
    assert caught.value.message.startswith(f'The database role "{role}" may not ')
    assert "table entries" in caught.value.message
    conn.rollback()
    with pytest.raises(ServerPermissionDenied, match="schema public"), server_translated(role):
        conn.execute("CREATE TABLE mine (x int)")


@pytest.mark.parametrize("how", ["terminated", "crashed"])
def test_the_connection_lost_in_the_middle_of_a_write(
    server_url: str, pg_server: PgServer, how: str
) -> None:
    with psycopg.connect(server_url, autocommit=True) as admin:
        admin.execute("CREATE TABLE entries (id int)")
    conn = psycopg.connect(server_url)
    try:
        conn.execute("INSERT INTO entries VALUES (1)")
        if how == "terminated":
            pg_server.admin(f"SELECT pg_terminate_backend({conn.info.backend_pid})")
        else:
            pg_server.stop("immediate")
            pg_server.start()
        with pytest.raises(ServerGone) as caught, server_translated():
            conn.execute("INSERT INTO entries VALUES (2)")
            conn.commit()
        assert "the last entry may not have reached it" in caught.value.message
        # The next try on the same connection says the same.
        with pytest.raises(ServerGone), server_translated():
            conn.commit()
    finally:
        conn.close()
    with psycopg.connect(server_url) as check:
        assert check.execute("SELECT count(*) FROM entries").fetchone() == (0,)


def test_a_bug_propagates_unchanged(server_url: str) -> None:
    with psycopg.connect(server_url) as conn:
        with pytest.raises(pg_errors.SyntaxError), server_translated():
            conn.execute("SELEC 1")
        conn.rollback()
        with pytest.raises(pg_errors.UndefinedTable), server_translated():
            conn.execute("SELECT * FROM no_such_table")
        conn.rollback()
        with pytest.raises(pg_errors.UniqueViolation), server_translated():
            conn.execute("CREATE TEMP TABLE u (x int UNIQUE)")
            conn.execute("INSERT INTO u VALUES (1), (1)")


def test_other_errors_are_not_touched() -> None:
    with pytest.raises(ValueError, match="not a storage problem"), server_translated():
        raise ValueError("not a storage problem")
    assert classify_server_error(ValueError("x")) is None


def test_every_known_problem_is_a_storage_error() -> None:
    for kind in (ServerDatabaseMissing, ServerLoginRefused):
        assert issubclass(kind, StorageError)
        assert kind().message


def test_a_lock_held_by_another_room_is_busy(server_url: str) -> None:
    from console.storage.errors import DatabaseLocked

    with psycopg.connect(server_url, autocommit=True) as admin:
        admin.execute("CREATE TABLE entries (id int PRIMARY KEY, text text)")
        admin.execute("INSERT INTO entries VALUES (1, 'a')")
    with psycopg.connect(server_url) as room_2, psycopg.connect(server_url) as room_3:
        room_2.execute("UPDATE entries SET text = 'b' WHERE id = 1")  # holds the row
        room_3.execute("SET lock_timeout = '50ms'")
        with pytest.raises(DatabaseLocked) as caught, server_translated():
            room_3.execute("UPDATE entries SET text = 'c' WHERE id = 1")
        assert "another room" in caught.value.message
        room_3.rollback()
        room_2.commit()


def test_a_deadlock_between_two_rooms_is_busy(server_url: str) -> None:
    import threading

    from console.storage.errors import DatabaseLocked

    with psycopg.connect(server_url, autocommit=True) as admin:
        admin.execute("CREATE TABLE entries (id int PRIMARY KEY, text text)")
        admin.execute("INSERT INTO entries VALUES (1, 'a'), (2, 'b')")
    outcomes: list[object] = []
    both_hold_one = threading.Barrier(2)

    def room(first: int, second: int) -> None:
        with psycopg.connect(server_url) as conn:
            conn.execute("SET deadlock_timeout = '20ms'")
            try:
                with server_translated():
                    conn.execute("UPDATE entries SET text = 'x' WHERE id = %s", [first])
                    both_hold_one.wait()
                    conn.execute("UPDATE entries SET text = 'y' WHERE id = %s", [second])
                    conn.commit()
                outcomes.append("saved")
            except DatabaseLocked as error:
                outcomes.append(error)
                conn.rollback()

    rooms = [threading.Thread(target=room, args=pair) for pair in ((1, 2), (2, 1))]
    for thread in rooms:
        thread.start()
    for thread in rooms:
        thread.join()
    assert sorted(map(type, outcomes), key=str) == sorted([str, DatabaseLocked], key=str)


def test_a_read_only_server(server_url: str) -> None:
    from console.storage.errors import ReadOnlyStorage

    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE entries (id int)")
        conn.execute("SET default_transaction_read_only = on")
        with pytest.raises(ReadOnlyStorage, match="read-only"), server_translated():
            conn.execute("INSERT INTO entries VALUES (1)")
