"""`pnf-console export`, `demo-data` and `check-db`: output and exit codes."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from console.cli import main


def _demo(db: Path, patients: int = 3, sessions: int = 2) -> None:
    code = main(
        ["demo-data", "--patients", str(patients), "--sessions", str(sessions), "--db", str(db)]
    )
    assert code == 0


def test_demo_data_fills_a_new_database(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert not db_path.exists()
    _demo(db_path, 4, 3)
    out = capsys.readouterr().out
    assert "added 4 patients, 12 sessions" in out
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT COUNT(*) FROM patients").fetchone()[0] == 4
    finally:
        conn.close()


def test_demo_data_in_spanish(db_path: Path) -> None:
    args = ["demo-data", "--patients", "2", "--sessions", "1", "--language", "es"]
    assert main([*args, "--db", str(db_path)]) == 0
    conn = sqlite3.connect(db_path)
    try:
        objective = conn.execute("SELECT objective FROM soap_notes LIMIT 1").fetchone()[0]
    finally:
        conn.close()
    assert objective.startswith("Dolor (EVN)")


def test_demo_data_uses_the_environment_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "env.db"
    monkeypatch.setenv("PNF_CONSOLE_DB", str(target))
    assert main(["demo-data", "--patients", "1", "--sessions", "1"]) == 0
    assert target.is_file()


@pytest.mark.parametrize(
    "args",
    [
        ["--patients", "-1", "--sessions", "1"],
        ["--patients", "x", "--sessions", "1"],
        ["--sessions", "1"],
    ],
)
def test_demo_data_usage_errors_exit_2(db_path: Path, args: list[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["demo-data", *args, "--db", str(db_path)])
    assert caught.value.code == 2


def test_demo_data_records_per_session_minimum(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["demo-data", "--patients", "1", "--sessions", "1", "--records-per-session", "2"]
    assert main([*args, "--db", str(db_path)]) == 2
    assert "at least 3" in capsys.readouterr().err


def test_check_db_ok(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _demo(db_path)
    capsys.readouterr()
    assert main(["check-db", "--db", str(db_path)]) == 0
    assert "ok" in capsys.readouterr().out


def test_check_db_reports_a_tampered_audit_log(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _demo(db_path)
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET action = 'view' WHERE id = 2")
    conn.close()
    capsys.readouterr()
    assert main(["check-db", "--db", str(db_path)]) == 1
    *lines, head, summary = capsys.readouterr().out.splitlines()
    # Row 2 recorded the first therapist's creation: with it changed, that therapist's
    # row no longer has the entry that sealed it either.
    assert lines == [
        "audit log: row 2 was changed after it was written",
        "therapist 2 has no audit entry: it was not saved by the program",
    ]
    assert head.startswith("audit chain head: entry ")
    assert summary.startswith(f"{db_path}: 2 problems found; nothing was changed (checked in ")


def test_check_db_reports_a_damaged_file(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path.write_bytes(b"\x00garbage" * 1000)
    assert main(["check-db", "--db", str(db_path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2 and "damaged" in out[0] and "1 problem found" in out[1]
    assert db_path.read_bytes() == b"\x00garbage" * 1000


def test_check_db_without_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-db", "--db", str(tmp_path / "none.db")]) == 1
    assert "no database at" in capsys.readouterr().err
    assert not (tmp_path / "none.db").exists()


def test_export_json_to_stdout_and_to_a_file(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _demo(db_path)
    capsys.readouterr()
    assert main(["export", "--patient", "2", "--db", str(db_path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["format"] == "pnf-console-export/2" and data["patient"]["id"] == 2
    out = tmp_path / "all.json"
    assert main(["export", "--patient", "all", "--out", str(out), "--db", str(db_path)]) == 0
    everything = json.loads(out.read_text(encoding="utf-8"))
    assert [p["patient"]["id"] for p in everything["patients"]] == [1, 2, 3]
    conn = sqlite3.connect(db_path)
    try:
        exports = conn.execute(
            "SELECT patient_id, detail FROM audit_log WHERE action = 'export' ORDER BY id"
        ).fetchall()
    finally:
        conn.close()
    assert exports == [(2, "json"), (1, "json"), (2, "json"), (3, "json")]


def test_export_csv_zip(db_path: Path, tmp_path: Path) -> None:
    _demo(db_path)
    out = tmp_path / "p1.zip"
    assert (
        main(
            ["export", "--patient", "1", "--format", "csv", "--out", str(out), "--db", str(db_path)]
        )
        == 0
    )
    with zipfile.ZipFile(out) as archive:
        assert "records.csv" in archive.namelist()
        header = archive.read("records.csv").decode().splitlines()[0]
    assert header.startswith("id,session_id,kind,value")


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--patient", "99"], 1, "no patient number 99"),
        (["--patient", "abc"], 2, "patient number or 'all'"),
        (["--patient", "0"], 2, "patient number or 'all'"),
        (["--patient", "1", "--format", "csv"], 2, "--out"),
    ],
)
def test_export_user_errors(
    db_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], code: int, message: str
) -> None:
    _demo(db_path)
    capsys.readouterr()
    assert main(["export", *args, "--db", str(db_path)]) == code
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_export_without_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--patient", "1", "--db", str(tmp_path / "none.db")]) == 1
    assert "no database" in capsys.readouterr().err


def test_export_of_a_newer_database_is_a_clear_error(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _demo(db_path)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    capsys.readouterr()
    assert main(["export", "--patient", "1", "--db", str(db_path)]) == 1
    assert "newer version" in capsys.readouterr().err


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _scribble(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 8192] = bytes((i * 37) % 251 for i in range(8192))
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", [_truncate, _scribble])
def test_check_db_finds_a_database_damaged_in_place(
    db_path: Path, capsys: pytest.CaptureFixture[str], damage: object
) -> None:
    _demo(db_path, 30, 5)
    damage(db_path)  # type: ignore[operator]
    damaged = db_path.read_bytes()
    capsys.readouterr()
    assert main(["check-db", "--db", str(db_path)]) == 1
    out = capsys.readouterr().out
    assert out.strip() and "Traceback" not in out
    assert db_path.read_bytes() == damaged
