"""Online backups, rotation, checking a backup and restoring it (storage and CLI)."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from console.cli import main
from console.storage import backup, encryption
from console.storage.errors import StorageError
from console.storage.instance_lock import InstanceLock
from tests.storage_helpers import PLAN, add_patient, make_repo


def _filled(db_path: Path) -> list[int]:
    repo = make_repo(db_path)
    patient = add_patient(repo)
    session = repo.sessions.start(patient, PLAN)
    ids = [
        repo.sessions.add_grade(session, g, protocol_id="p", side="left") for g in ("3", "4+", "5")
    ]
    repo.close()
    return ids


def _record_ids(path: Path) -> list[int]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT id FROM records ORDER BY id")]
    finally:
        conn.close()


def test_a_backup_holds_every_record_and_checks_out(db_path: Path, tmp_path: Path) -> None:
    ids = _filled(db_path)
    repo = make_repo(db_path)
    target = backup.make_backup(repo.db, db_path, tmp_path / "backups")
    repo.close()
    assert target.name.startswith("console-") and target.suffix == ".db"
    assert not list(target.parent.glob("*.partial"))
    assert _record_ids(target) == ids
    assert backup.check_file(target) == []


def test_rotation_keeps_the_newest(db_path: Path, tmp_path: Path) -> None:
    _filled(db_path)
    folder = tmp_path / "backups"
    repo = make_repo(db_path)
    start = dt.datetime(2026, 1, 1, 9, 0)
    made = [
        backup.make_backup(repo.db, db_path, folder, keep=3, now=start + dt.timedelta(days=n))
        for n in range(5)
    ]
    repo.close()
    left = [b.path for b in backup.backups(folder, db_path)]
    assert left == list(reversed(made[2:]))
    (folder / "someone-elses-file.db").write_bytes(b"x")
    cut_short = folder / "console-20260101-090000.db.partial"  # a crash during a backup
    cut_short.write_bytes(b"half")
    backup.rotate(folder, db_path, 1)
    assert (folder / "someone-elses-file.db").exists()
    assert not cut_short.exists()


def test_due_once_a_day(db_path: Path, tmp_path: Path) -> None:
    _filled(db_path)
    folder = tmp_path / "b"
    assert backup.due(folder, db_path, dt.date(2026, 1, 2))
    repo = make_repo(db_path)
    backup.make_backup(repo.db, db_path, folder, now=dt.datetime(2026, 1, 2, 8, 0))
    repo.close()
    assert not backup.due(folder, db_path, dt.date(2026, 1, 2))
    assert backup.due(folder, db_path, dt.date(2026, 1, 3))


def test_restore_checks_first_and_keeps_the_current_database(db_path: Path, tmp_path: Path) -> None:
    ids = _filled(db_path)
    saved = tmp_path / "saved.db"
    repo = make_repo(db_path)
    backup.write_backup(repo.db, saved)
    session = repo.sessions.for_patient(1)[0].id
    later = repo.sessions.add_grade(session, "2", protocol_id="p", side="left")
    repo.close()
    with InstanceLock(db_path):
        done = backup.restore(saved, db_path)
    assert _record_ids(db_path) == ids
    assert done.kept_as is not None and done.kept_as.name.startswith("console.db.before-restore-")
    assert _record_ids(done.kept_as) == [*ids, later]


def _foreign_sqlite(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE other (x)")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 3]),
        lambda p: p.write_bytes(b"not a database at all\n" * 100),
        _foreign_sqlite,
    ],
    ids=["truncated", "text", "someone-elses-sqlite"],
)
def test_a_bad_backup_is_refused_and_nothing_changes(
    db_path: Path, tmp_path: Path, damage: Callable[[Path], object]
) -> None:
    _filled(db_path)
    bad = tmp_path / "bad.db"
    repo = make_repo(db_path)
    backup.write_backup(repo.db, bad)
    repo.close()
    damage(bad)
    before = db_path.read_bytes()
    with pytest.raises(StorageError, match="did not pass the checks"):
        backup.restore(bad, db_path)
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.glob("console.db*")) == ["console.db"]


def test_backup_of_an_encrypted_database_stays_encrypted(db_path: Path, tmp_path: Path) -> None:
    ids = _filled(db_path)
    encryption.convert(db_path, old=None, new="clinic passphrase")
    db = encryption.open_any(db_path, passphrase="clinic passphrase")
    target = backup.make_backup(db, db_path, tmp_path / "backups", passphrase="clinic passphrase")
    db.close()
    assert not target.read_bytes().startswith(encryption.SQLITE_HEADER)
    assert encryption.file_kind(target) == "encrypted"
    assert backup.check_file(target, passphrase="clinic passphrase") == []
    assert backup.check_file(target) != []
    copy = encryption.open_any(target, passphrase="clinic passphrase", migrate=False)
    assert [r[0] for r in copy.execute("SELECT id FROM records ORDER BY id")] == ids
    copy.close()


def test_cli_backup_and_restore(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = _filled(db_path)
    out = tmp_path / "manual.db"
    assert main(["backup", "--db", str(db_path), "--out", str(out)]) == 0
    assert main(["backup", "--db", str(db_path)]) == 0
    assert len(list((db_path.parent / "backups").glob("console-*.db"))) == 1
    db_path.write_bytes(b"\0" * 4096)  # the database is lost
    assert main(["restore", "--db", str(db_path), str(out)]) == 0
    assert _record_ids(db_path) == ids
    text = capsys.readouterr().out
    assert "before-restore" in text and "restored" in text
    assert main(["restore", "--db", str(db_path), str(tmp_path / "missing.db")]) == 1
    assert "no backup at" in capsys.readouterr().err


def test_restore_is_refused_while_the_database_is_open(db_path: Path, tmp_path: Path) -> None:
    _filled(db_path)
    out = tmp_path / "manual.db"
    assert main(["backup", "--db", str(db_path), "--out", str(out)]) == 0
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, pathlib; from console.storage.instance_lock import InstanceLock; "
            "lock = InstanceLock(pathlib.Path(sys.argv[1])); lock.acquire(); "
            "print('held', flush=True); "
            "sys.stdin.read()",
            str(db_path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        result = subprocess.run(
            [sys.executable, "-m", "console.cli", "restore", "--db", str(db_path), str(out)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 1
        assert "already open in another PNF Console" in result.stderr
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)
        assert holder.stdout is not None
        holder.stdout.close()
