"""A full disk and a read-only data folder: a clear message, nothing saved before lost.

Each check runs twice, as two tests: for real, on a small tmpfs the test mounts (the
suite runs as root on Linux, as in CI; where mounting is impossible these tests fail
and say why, they never pass quietly), and with the failure injected into SQLite (a page
limit for a full disk, ``query_only`` for a read-only file). A read-only start is
checked on the real read-only mount only: root ignores file modes, so it cannot be
injected.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from console.storage.errors import DiskFull, ReadOnlyStorage, StorageError
from console.storage.integrity import integrity_problems
from console.storage.repository import Repository
from console.ui.shell.instance_claim import claim_database
from tests.disk_helpers import Folder, fill, ordinary_folder, small_filesystem
from tests.storage_helpers import PLAN, add_patient, make_repo


@pytest.fixture
def mounted(tmp_path: Path) -> Iterator[Folder]:
    """A real 3 MB filesystem."""
    with small_filesystem(tmp_path, "3m") as folder:
        yield folder


@pytest.fixture
def injected(tmp_path: Path) -> Folder:
    """An ordinary folder: the failures are injected into SQLite."""
    return ordinary_folder(tmp_path)


def _saved(repo: Repository) -> tuple[int, list[int]]:
    patient = add_patient(repo)
    session = repo.sessions.start(patient, PLAN)
    ids = [
        repo.sessions.add_grade(session, g, protocol_id="p", side="left") for g in ("3", "4", "4+")
    ]
    return session, ids


def test_a_full_disk_says_so_and_keeps_everything_saved(mounted: Folder) -> None:
    full_disk_says_so_and_keeps_everything_saved(mounted)


def test_an_injected_full_disk_says_so_and_keeps_everything_saved(injected: Folder) -> None:
    full_disk_says_so_and_keeps_everything_saved(injected)


def full_disk_says_so_and_keeps_everything_saved(small_folder: Folder) -> None:
    db_path = small_folder.path / "console.db"
    repo = make_repo(db_path)
    session, ids = _saved(repo)
    if small_folder.real:
        filler = fill(small_folder.path)
    else:
        repo.db.execute("VACUUM")  # no free pages left over from migrations: truly full
        pages = repo.db.execute("PRAGMA page_count").fetchone()[0]
        repo.db.execute(f"PRAGMA max_page_count = {pages}")
    error: StorageError | None = None
    for n in range(2000):  # notes until the disk has no room left for one
        try:
            ids.append(repo.sessions.add_note(session, f"note {n} " + "x" * 4000))
        except StorageError as raised:
            error = raised
            break
    assert isinstance(error, DiskFull), (type(error), error.detail)
    assert "Everything saved before" in error.message
    assert "full" in error.message or "disk" in error.message
    with pytest.raises(DiskFull):  # still full: the entry is refused, not half-written
        repo.sessions.add_note(session, "the same note again " + "x" * 4000)
    assert [r.id for r in repo.sessions.records(session)] == ids
    with contextlib.suppress(StorageError):
        repo.close()
    if small_folder.real:
        filler.unlink()  # space is freed
    reopened = make_repo(db_path)
    assert integrity_problems(reopened.db) == []
    assert reopened.audit.verify_chain() == []
    assert [r.id for r in reopened.sessions.records(session)] == ids
    again = reopened.sessions.add_grade(session, "5", protocol_id="p", side="left")  # saved now
    assert again > ids[-1]
    reopened.close()


def test_a_read_only_folder_says_so_and_keeps_everything_saved(mounted: Folder) -> None:
    read_only_says_so_and_keeps_everything_saved(mounted)


def test_an_injected_read_only_file_says_so_and_keeps_everything_saved(
    injected: Folder,
) -> None:
    read_only_says_so_and_keeps_everything_saved(injected)


def read_only_says_so_and_keeps_everything_saved(small_folder: Folder) -> None:
    db_path = small_folder.path / "console.db"
    repo = make_repo(db_path)
    session, ids = _saved(repo)
    if small_folder.real:
        repo.close()  # a busy filesystem cannot be remounted
        small_folder.remount("ro")
    else:
        repo.db.execute("PRAGMA query_only = ON")
    try:
        with pytest.raises(StorageError) as raised:
            if small_folder.real:
                make_repo(db_path)
            else:
                repo.sessions.add_grade(session, "5", protocol_id="p", side="left")
        assert isinstance(raised.value, ReadOnlyStorage), raised.value
        assert "read-only" in raised.value.message
        assert "saved before is safe" in raised.value.message
        if small_folder.real:
            # A start on the read-only folder is refused before any window, plainly.
            assert claim_database(db_path, dialogs=False) is None
        else:
            assert [r.id for r in repo.sessions.records(session)] == ids  # reading still works
            repo.close()
    finally:
        if small_folder.real:
            small_folder.remount("rw")
    reopened = make_repo(db_path)
    assert integrity_problems(reopened.db) == []
    assert [r.id for r in reopened.sessions.records(session)] == ids
    reopened.close()


def test_a_read_only_start_is_a_clear_message(
    mounted: Folder, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = mounted.path / "data" / "console.db"
    mounted.remount("ro")
    try:
        assert claim_database(db_path, dialogs=False) is None
        err = capsys.readouterr().err
        assert "cannot be created" in err or "cannot be written" in err
    finally:
        mounted.remount("rw")
