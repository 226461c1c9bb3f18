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
import errno
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from console.storage.errors import DiskFull, ReadOnlyStorage, StorageError
from console.storage.integrity import integrity_problems
from console.storage.repository import Repository
from console.ui.shell.instance_claim import claim_database
from tests.storage_helpers import PLAN, add_patient, make_repo


@dataclass
class Folder:
    path: Path
    real: bool  # a mounted tmpfs; False: failures are injected

    def remount(self, mode: str) -> None:
        subprocess.run(["mount", "-o", f"remount,{mode}", str(self.path)], check=True)


def _mount(path: Path, size: str) -> None:
    """Mount a tmpfs of `size` on `path`, or fail the test saying why."""
    if sys.platform != "linux":
        pytest.fail(f"the real full-disk tests mount a tmpfs: Linux only, not {sys.platform}")
    try:
        result = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
            capture_output=True,
            text=True,
            check=False,
        )
    except FileNotFoundError:
        pytest.fail("the real full-disk tests need the `mount` command")
    if result.returncode != 0:
        who = "root" if os.geteuid() == 0 else f"uid {os.geteuid()} (not root)"
        pytest.fail(
            f"cannot mount a tmpfs for the real full-disk tests as {who}: "
            f"{result.stderr.strip() or result.returncode}; run the suite as root, as CI does"
        )


def _try_mount(path: Path, size: str) -> bool:
    """Mount a tmpfs of `size` on `path`; False where this machine cannot (for tests
    that pick the real or the injected way themselves)."""
    if sys.platform != "linux" or os.geteuid() != 0:
        return False
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
        capture_output=True,
        check=False,
    )
    return result.returncode == 0


@pytest.fixture
def mounted(tmp_path: Path) -> Iterator[Folder]:
    """A real 3 MB filesystem."""
    path = tmp_path / "small"
    path.mkdir()
    _mount(path, "3m")
    try:
        yield Folder(path, real=True)
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


@pytest.fixture
def injected(tmp_path: Path) -> Folder:
    """An ordinary folder: the failures are injected into SQLite."""
    path = tmp_path / "small"
    path.mkdir()
    return Folder(path, real=False)


def _fill(folder: Path) -> Path:
    """Take every free byte of the filesystem."""
    filler = folder / "filler"
    chunk = b"\0" * 65536
    with filler.open("wb") as handle:
        try:
            while True:
                handle.write(chunk)
                handle.flush()
        except OSError as error:
            assert error.errno == errno.ENOSPC
    with contextlib.suppress(OSError), filler.open("ab") as handle:
        while True:  # the last few bytes too
            handle.write(b"\0" * 512)
            handle.flush()
    return filler


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
        filler = _fill(small_folder.path)
    else:
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
