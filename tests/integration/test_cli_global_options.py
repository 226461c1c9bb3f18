"""Global options (`--db`) work before and after every command, and no command opens
the app's window."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from console import resources
from console.cli import COMMANDS, main, parse_arguments
from console.commands import resolve_db

ORDERS = ("before", "after")


def argv(order: str, db: Path, *command: str) -> list[str]:
    """`--db DB COMMAND ...` or `COMMAND ... --db DB`."""
    if order == "before":
        return ["--db", str(db), *command]
    return [*command, "--db", str(db)]


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    db = tmp_path / "demo.db"
    assert main(["demo-data", "--patients", "2", "--sessions", "1", "--db", str(db)]) == 0
    return db


def patients_in(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT COUNT(*) FROM patients").fetchone()[0])
    finally:
        conn.close()


COMMAND_LINES: dict[str, list[str]] = {
    "protocols": ["protocols", "list"],
    "export": ["export", "--patient", "all", "--format", "json", "--out", "x.json"],
    "demo-data": ["demo-data", "--patients", "1", "--sessions", "1"],
    "check-db": ["check-db"],
    "backup": ["backup", "--out", "x.bak"],
    "restore": ["restore", "x.bak"],
    "encrypt": ["encrypt"],
    "decrypt": ["decrypt"],
    "home-program": ["home-program", "--patient", "1", "--out", "x.pdf"],
    "server": ["server", "init", "postgresql://admin@clinic-server/pnf"],
    "migrate": ["migrate", "--from", "room.db", "--to", "postgresql://clinic-server/pnf"],
    "journal": ["journal"],
}


def test_every_command_has_a_command_line_here() -> None:
    assert set(COMMAND_LINES) == set(COMMANDS)


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("command", sorted(COMMAND_LINES))
def test_every_command_is_parsed_to_its_handler_in_both_orders(
    command: str, order: str, tmp_path: Path
) -> None:
    db = tmp_path / "given.db"
    args = parse_arguments(argv(order, db, *COMMAND_LINES[command]))
    assert args.command == command
    assert resolve_db(args) == db
    # A handler means the command runs, never the window.
    assert callable(args.handler)


@pytest.mark.parametrize("order", ORDERS)
def test_demo_data_fills_the_database_given_in_either_order(order: str, tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    assert main(argv(order, db, "demo-data", "--patients", "5", "--sessions", "2")) == 0
    assert patients_in(db) == 5


@pytest.mark.parametrize("order", ORDERS)
def test_check_db_checks_the_database_given_in_either_order(
    order: str, demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv(order, demo_db, "check-db")) == 0
    assert f"{demo_db}: ok" in capsys.readouterr().out


@pytest.mark.parametrize("order", ORDERS)
def test_check_db_of_a_missing_database_fails_in_either_order(
    order: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.db"
    assert main(argv(order, missing, "check-db")) == 1
    assert f"no database at {missing}" in capsys.readouterr().err
    assert not missing.exists()


@pytest.mark.parametrize("order", ORDERS)
def test_export_reads_the_database_given_in_either_order(
    order: str, demo_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "all.json"
    command = ["export", "--patient", "all", "--format", "json", "--out", str(out)]
    assert main(argv(order, demo_db, *command)) == 0
    assert out.stat().st_size > 0


@pytest.mark.parametrize("order", ORDERS)
def test_home_program_reads_the_database_given_in_either_order(
    order: str, demo_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "handout.pdf"
    assert main(argv(order, demo_db, "home-program", "--patient", "1", "--out", str(out))) == 0
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("order", ORDERS)
def test_backup_and_restore_use_the_database_given_in_either_order(
    order: str, demo_db: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.bak"
    assert main(argv(order, demo_db, "backup", "--out", str(copy))) == 0
    assert copy.is_file()
    target = tmp_path / "restored.db"
    assert main(argv(order, target, "restore", str(copy))) == 0
    assert patients_in(target) == 2


@pytest.mark.parametrize("order", ORDERS)
def test_encrypt_and_decrypt_use_the_database_given_in_either_order(
    order: str, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PNF_CONSOLE_PASSPHRASE", "correct horse battery staple")
    assert main(argv(order, demo_db, "encrypt")) == 0
    with pytest.raises(sqlite3.DatabaseError):
        patients_in(demo_db)
    assert main(argv(order, demo_db, "decrypt")) == 0
    assert patients_in(demo_db) == 2


@pytest.mark.parametrize("order", ORDERS)
def test_protocols_commands_take_the_global_options_in_either_order(
    order: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "unused.db"
    assert main(argv(order, db, "protocols", "list")) == 0
    assert capsys.readouterr().out.strip()
    folder = resources.protocols_dir()
    assert main(argv(order, db, "protocols", "check", str(folder))) == 0


@pytest.mark.parametrize("flag", ["--demo", "--smoke-test"])
def test_app_options_with_a_command_are_refused(
    flag: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main([flag, "--db", str(tmp_path / "x.db"), "check-db"])
    assert stop.value.code == 2
    assert f"{flag}: for the app only, not with check-db" in capsys.readouterr().err


def test_an_unknown_option_before_the_command_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--no-such-option", "check-db", "--db", str(tmp_path / "x.db")])
    assert stop.value.code == 2
    assert "unrecognized arguments: --no-such-option" in capsys.readouterr().err


def test_the_app_alone_gets_no_handler(tmp_path: Path) -> None:
    args = parse_arguments(["--db", str(tmp_path / "x.db"), "--demo"])
    assert args.command is None
    assert getattr(args, "handler", None) is None
    assert args.demo


def test_the_command_help_names_the_global_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--db", "x.db", "check-db", "--help"])
    assert "--db" in capsys.readouterr().out
