"""Reading --db / PNF_CONSOLE_DB / Settings: a file path or a PostgreSQL URL."""

from __future__ import annotations

from pathlib import Path

import psycopg.conninfo
import pytest

from console.storage.errors import StorageError
from console.storage.location import (
    FileLocation,
    ServerLocation,
    is_server_url,
    parse_location,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("postgresql://clinic-server/pnf", True),
        ("postgres://clinic-server/pnf", True),
        ("PostgreSQL://clinic-server/pnf", True),
        ("  postgresql:///pnf?host=/run/postgresql", True),
        ("postgresql:pnf", False),
        ("/home/ana/console.db", False),
        ("C:\\Users\\ana\\console.db", False),
        ("console.db", False),
        ("mysql://clinic-server/pnf", False),
    ],
)
def test_which_texts_are_server_urls(text: str, expected: bool) -> None:
    assert is_server_url(text) is expected


def test_a_path_is_a_file_location() -> None:
    assert parse_location(Path("/data/console.db")) == FileLocation(Path("/data/console.db"))
    assert parse_location("/data/console.db") == FileLocation(Path("/data/console.db"))
    assert parse_location("~/console.db") == FileLocation(Path.home() / "console.db")


def test_a_path_object_is_never_read_as_a_url() -> None:
    assert isinstance(parse_location(Path("postgresql:/x")), FileLocation)


def test_a_url_gives_its_parts() -> None:
    location = parse_location("postgresql://pnf_console@clinic-server:5433/pnf?sslmode=verify-full")
    assert isinstance(location, ServerLocation)
    assert (location.dbname, location.user, location.host, location.port) == (
        "pnf",
        "pnf_console",
        "clinic-server",
        "5433",
    )
    assert location.describe() == "PostgreSQL: pnf on clinic-server:5433"
    assert not location.has_password


def test_the_conninfo_keeps_every_parameter() -> None:
    location = parse_location("postgresql://ana:s3cret@clinic-server/pnf?sslmode=verify-full")
    assert isinstance(location, ServerLocation)
    assert psycopg.conninfo.conninfo_to_dict(location.conninfo()) == {
        "user": "ana",
        "password": "s3cret",
        "host": "clinic-server",
        "dbname": "pnf",
        "sslmode": "verify-full",
    }


def test_conninfo_overrides_replace_parameters() -> None:
    location = parse_location("postgresql://ana@clinic-server/pnf")
    assert isinstance(location, ServerLocation)
    parts = psycopg.conninfo.conninfo_to_dict(location.conninfo(password="typed", dbname="x"))
    assert parts["password"] == "typed"
    assert parts["dbname"] == "x"


def test_the_default_port_is_shown() -> None:
    assert parse_location("postgres://clinic-server/pnf").describe() == (
        "PostgreSQL: pnf on clinic-server:5432"
    )


def test_a_socket_is_described_by_its_folder() -> None:
    location = parse_location("postgresql:///pnf?host=/run/x&port=5433&user=pnf")
    assert location.describe() == "PostgreSQL: pnf (socket /run/x)"
    assert parse_location("postgresql:///pnf").describe() == "PostgreSQL: pnf (local socket)"


def test_several_hosts_and_ipv6_are_described() -> None:
    location = parse_location("postgresql://a:5432,b:5433/pnf")
    assert location.describe() == "PostgreSQL: pnf on a:5432, b:5433"
    assert parse_location("postgresql://[::1]/pnf").describe() == "PostgreSQL: pnf on [::1]:5432"


def test_without_a_dbname_the_user_names_the_database() -> None:
    assert parse_location("postgresql://ana@h").describe() == "PostgreSQL: ana on h:5432"
    assert parse_location("postgresql://h").describe() == "PostgreSQL: (default database) on h:5432"


@pytest.mark.parametrize(
    ("url", "stored"),
    [
        ("postgresql://ana:s3cret@clinic-server/pnf", "postgresql://ana@clinic-server/pnf"),
        ("postgresql://ana:p%40ss@h:5432/pnf?sslmode=require", "postgresql://ana@h:5432/pnf?sslmode=require"),
        ("postgresql://:s3cret@h/pnf", "postgresql://h/pnf"),
        (
            "postgresql:///pnf?host=/run/x&password=s3cret&user=ana",
            "postgresql:///pnf?host=/run/x&user=ana",
        ),
        ("postgresql://ana@h/pnf", "postgresql://ana@h/pnf"),
        ("postgresql:///pnf?host=/run/x&port=5433", "postgresql:///pnf?host=/run/x&port=5433"),
    ],
)  # fmt: skip
def test_the_stored_url_has_no_password(url: str, stored: str) -> None:
    location = parse_location(url)
    assert isinstance(location, ServerLocation)
    assert location.has_password != (url == stored)
    assert location.without_password() == stored
    assert "s3cret" not in location.describe()
    assert "s3cret" not in repr(location)
    assert "s3cret" not in str(location)


def test_the_stored_url_reads_back_the_same_but_the_password() -> None:
    location = parse_location("postgresql://ana:pw@h:5433/pnf?sslmode=verify-full&host=/x")
    assert isinstance(location, ServerLocation)
    again = parse_location(location.without_password())
    assert isinstance(again, ServerLocation)
    assert dict(again.params) == {k: v for k, v in location.params if k != "password"}


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("postgresql://h/pnf?colour=blue", "invalid URI query parameter"),
        ("postgresql://h:port/pnf", "port that is not a number"),
        ("postgresql://h:70000/pnf", "port that is not a number"),
        ("postgresql://ana:s3cret@h/pnf?colour=blue", "postgresql://ana@h/pnf"),
    ],
)
def test_a_bad_url_gets_a_readable_message(url: str, words: str) -> None:
    with pytest.raises(StorageError) as caught:
        parse_location(url)
    assert words in caught.value.message
    assert "s3cret" not in caught.value.message


def test_an_empty_value_is_refused() -> None:
    with pytest.raises(StorageError, match="No database was given"):
        parse_location("  ")


@pytest.mark.parametrize(
    ("admin_url", "room_url"),
    [
        (
            "postgresql://postgres:adminpw@clinic-server:5433/pnf?sslmode=verify-full",
            "postgresql://pnf_console@clinic-server:5433/pnf?sslmode=verify-full",
        ),
        ("postgresql://postgres@clinic-server/pnf", "postgresql://pnf_console@clinic-server/pnf"),
        (
            "postgresql:///pnf?host=/run/x&port=5433&user=pnf",
            "postgresql:///pnf?host=/run/x&port=5433&user=pnf_console",
        ),
        ("postgresql://postgres@[::1]/pnf", "postgresql://pnf_console@[::1]/pnf"),
    ],
)
def test_the_rooms_url_after_server_init(admin_url: str, room_url: str) -> None:
    location = parse_location(admin_url)
    assert isinstance(location, ServerLocation)
    assert location.for_role("pnf_console") == room_url
    again = parse_location(room_url)
    assert isinstance(again, ServerLocation)
    assert (again.user, again.dbname, again.host) == ("pnf_console", "pnf", location.host)


def test_a_service_names_the_database() -> None:
    location = parse_location("postgresql://?service=pnf")
    assert isinstance(location, ServerLocation)
    assert location.describe() == "PostgreSQL: service pnf"
    assert psycopg.conninfo.conninfo_to_dict(location.conninfo()) == {"service": "pnf"}
