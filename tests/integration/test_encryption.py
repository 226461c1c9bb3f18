"""Encryption at rest: SQLCipher files, the verified conversion both ways, the passphrase."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from console.cli import main
from console.domain.settings import Settings
from console.storage import encryption
from console.storage.errors import DatabaseCorrupt, PassphraseNeeded, StorageError, WrongPassphrase
from console.storage.repository import Repository
from console.storage.settings_file import LoadedSettings
from console.ui.shell.context import AppContext
from console.ui.shell.damaged_db_dialog import Choice
from console.ui.shell.storage_startup import StorageOpener
from tests.storage_helpers import PLAN, add_patient, make_repo

PASSPHRASE = "blue heron at dawn"


def _filled(db_path: Path) -> dict[str, int]:
    repo = make_repo(db_path)
    patient = add_patient(repo)
    session = repo.sessions.start(patient, PLAN)
    for grade in ("3", "4", "4+"):
        repo.sessions.add_grade(session, grade, protocol_id="p", side="left")
    repo.sessions.add_note(session, "Núñez tolerated the hold well")
    counts = encryption.counts(repo.db.conn)
    repo.close()
    return counts


def test_encrypt_and_decrypt_keep_every_row(db_path: Path) -> None:
    counts = _filled(db_path)
    done = encryption.convert(db_path, old=None, new=PASSPHRASE)
    assert done.tables == counts
    data = db_path.read_bytes()
    assert not data.startswith(encryption.SQLITE_HEADER)
    assert "Núñez".encode() not in data and b"tolerated" not in data
    assert encryption.file_kind(db_path) == "encrypted"
    leftovers = sorted(p.name for p in db_path.parent.iterdir() if p.name.startswith("console"))
    assert leftovers == ["console.db", "console.db.encrypted"]
    repo = Repository(encryption.open_any(db_path, passphrase=PASSPHRASE))
    assert repo.audit.verify_chain() == []
    assert len(repo.sessions.records(1)) == 4
    repo.sessions.add_grade(1, "5", protocol_id="p", side="left")  # it stays usable
    repo.close()
    counts["records"] += 1
    counts["audit_log"] += 1
    encryption.convert(db_path, old=PASSPHRASE, new=None)
    assert encryption.file_kind(db_path) == "plain"
    conn = sqlite3.connect(db_path)
    assert encryption.counts(conn)["records"] == counts["records"]
    conn.close()
    assert not encryption.marker_path(db_path).exists()


def test_without_or_with_a_wrong_passphrase_nothing_changes(db_path: Path) -> None:
    _filled(db_path)
    encryption.convert(db_path, old=None, new=PASSPHRASE)
    before = db_path.read_bytes()
    with pytest.raises(PassphraseNeeded):
        encryption.open_any(db_path)
    with pytest.raises(WrongPassphrase) as wrong:
        encryption.open_any(db_path, passphrase="not it")
    assert "passphrase does not open" in wrong.value.message
    assert db_path.read_bytes() == before


def test_a_wrong_passphrase_does_not_convert(db_path: Path) -> None:
    _filled(db_path)
    encryption.convert(db_path, old=None, new=PASSPHRASE)
    before = db_path.read_bytes()
    with pytest.raises(WrongPassphrase):
        encryption.convert(db_path, old="not it", new=None)
    assert db_path.read_bytes() == before
    assert not list(db_path.parent.glob("*.converting-*"))


def test_garbage_without_the_note_is_damage_not_encryption(db_path: Path) -> None:
    db_path.write_bytes(bytes(range(256)) * 64)
    assert encryption.file_kind(db_path) == "unknown"
    with pytest.raises(DatabaseCorrupt):
        encryption.open_any(db_path)


def test_a_new_database_with_a_passphrase_is_encrypted_from_the_start(db_path: Path) -> None:
    db = encryption.open_any(db_path, passphrase=PASSPHRASE)
    db.close()
    assert encryption.file_kind(db_path) == "encrypted"


def test_a_failed_check_leaves_the_database_as_it_was(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _filled(db_path)
    before = db_path.read_bytes()
    monkeypatch.setattr(encryption, "verify_copy", lambda *args: ["row counts differ"])
    with pytest.raises(StorageError, match="did not check out"):
        encryption.convert(db_path, old=None, new=PASSPHRASE)
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.glob("console*")) == ["console.db"]


def test_cli_encrypt_check_decrypt(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _filled(db_path)
    monkeypatch.setenv("PNF_CONSOLE_PASSPHRASE", PASSPHRASE)
    assert main(["encrypt", "--db", str(db_path)]) == 0
    assert "encrypted" in capsys.readouterr().out
    assert main(["check-db", "--db", str(db_path)]) == 0
    monkeypatch.setenv("PNF_CONSOLE_PASSPHRASE", "not it")
    assert main(["check-db", "--db", str(db_path)]) == 1
    assert "passphrase does not open" in capsys.readouterr().out
    assert main(["decrypt", "--db", str(db_path)]) == 1
    assert "passphrase does not open" in capsys.readouterr().err
    monkeypatch.setenv("PNF_CONSOLE_PASSPHRASE", PASSPHRASE)
    assert main(["decrypt", "--db", str(db_path)]) == 0
    assert encryption.file_kind(db_path) == "plain"


class PassphraseOpener(StorageOpener):
    def __init__(self, context: AppContext, answers: list[str | None]) -> None:
        super().__init__(context)
        self.answers = answers
        self.messages: list[str] = []

    def ask_passphrase(self, message: str) -> str | None:
        self.messages.append(message)
        return self.answers.pop(0)

    def ask_damaged(self, error: StorageError, backup_label: str | None) -> Choice:
        raise AssertionError("an encrypted file is not reported as damaged")


def test_the_app_asks_until_the_passphrase_is_right(qtbot: QtBot, db_path: Path) -> None:
    _filled(db_path)
    encryption.convert(db_path, old=None, new=PASSPHRASE)
    context = AppContext(db_path=db_path, settings=LoadedSettings(Settings()))
    opener = PassphraseOpener(context, ["not it", PASSPHRASE])
    assert opener.open()
    assert opener.messages[0] == ""
    assert "passphrase does not open" in opener.messages[1]
    assert len(context.repository.sessions.records(1)) == 4
    context.close()


def test_quitting_at_the_passphrase_leaves_the_file(qtbot: QtBot, db_path: Path) -> None:
    _filled(db_path)
    encryption.convert(db_path, old=None, new=PASSPHRASE)
    before = db_path.read_bytes()
    context = AppContext(db_path=db_path, settings=LoadedSettings(Settings()))
    assert not PassphraseOpener(context, [None]).open()
    assert db_path.read_bytes() == before


class DamagedEncryptedOpener(PassphraseOpener):
    def __init__(self, context: AppContext, answers: list[str | None]) -> None:
        super().__init__(context, answers)
        self.offered: list[str | None] = []

    def ask_damaged(self, error: StorageError, backup_label: str | None) -> Choice:
        self.offered.append(backup_label)
        return Choice.RESTORE


def test_a_damaged_encrypted_file_offers_its_encrypted_backup(qtbot: QtBot, db_path: Path) -> None:
    from console.storage import backup

    _filled(db_path)
    encryption.convert(db_path, old=None, new=PASSPHRASE)
    db = encryption.open_any(db_path, passphrase=PASSPHRASE)
    backup.make_backup(db, db_path, backup.default_folder(db_path), passphrase=PASSPHRASE)
    db.close()
    db_path.write_bytes(bytes(4096) + db_path.read_bytes()[4096:])  # the first page is gone
    context = AppContext(db_path=db_path, settings=LoadedSettings(Settings()))
    opener = DamagedEncryptedOpener(context, [PASSPHRASE] * 3)
    assert opener.open()
    assert len(opener.offered) == 1 and opener.offered[0] is not None
    assert len(context.repository.sessions.records(1)) == 4
    context.close()
    assert list(db_path.parent.glob("console.db.before-restore-*"))


def test_an_encrypted_database_reports_a_full_disk_like_a_plain_one(db_path: Path) -> None:
    from console.storage.errors import DiskFull

    _filled(db_path)
    encryption.convert(db_path, old=None, new=PASSPHRASE)
    repo = Repository(encryption.open_any(db_path, passphrase=PASSPHRASE))
    before = [r.id for r in repo.sessions.records(1)]
    pages = repo.db.execute("PRAGMA page_count").fetchone()[0]
    repo.db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFull):
        for n in range(500):
            repo.sessions.add_note(1, f"note {n} " + "x" * 3000)
    repo.db.execute("PRAGMA max_page_count = 1073741823")
    assert [r.id for r in repo.sessions.records(1)][: len(before)] == before
    assert repo.audit.verify_chain() == []
    repo.close()


def test_a_new_database_after_a_damaged_encrypted_one_is_plain(qtbot: QtBot, db_path: Path) -> None:
    _filled(db_path)
    encryption.convert(db_path, old=None, new=PASSPHRASE)
    db_path.write_bytes(bytes(4096) + db_path.read_bytes()[4096:])
    damaged = db_path.read_bytes()
    context = AppContext(db_path=db_path, settings=LoadedSettings(Settings()))
    opener = DamagedEncryptedOpener(context, [PASSPHRASE] * 3)
    opener.ask_damaged = lambda error, label: Choice.NEW  # type: ignore[method-assign]
    assert opener.open()
    assert context.repository.therapists.all() == []
    context.close()
    assert encryption.file_kind(db_path) == "plain"
    (aside,) = db_path.parent.glob("console.db.damaged-*[0-9]")
    assert aside.read_bytes() == damaged
    assert encryption.file_kind(aside) == "encrypted"  # its note went with it
