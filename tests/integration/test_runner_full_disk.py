"""The runner's session core on a disk that fills up mid-session: the entry the disk
refuses stays on screen, nothing saved before is lost, and once there is room the
retry saves it.

It runs twice, as two tests, like tests/integration/test_full_disk.py: for real, on a
small tmpfs the test mounts (the suite runs as root on Linux, as in CI; where mounting
is impossible the test fails and says why, it never passes quietly), and with SQLite's
page limit making the database full.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from console.domain.clock import FakeClock
from console.domain.plan import PhaseKind
from console.session import Action
from console.storage.integrity import integrity_problems
from console.storage.repository import Repository
from tests.disk_helpers import Folder, fill, ordinary_folder, small_filesystem
from tests.unit.runner_builders import hold_relax, stored_session


@pytest.fixture
def mounted(tmp_path: Path) -> Iterator[Folder]:
    """A real 3 MB filesystem."""
    with small_filesystem(tmp_path, "3m") as folder:
        yield folder


@pytest.fixture
def injected(tmp_path: Path) -> Folder:
    """An ordinary folder: the database is made full by SQLite's page limit."""
    return ordinary_folder(tmp_path)


def test_a_note_the_full_disk_refuses_is_kept_and_saved_once_there_is_room(
    mounted: Folder,
) -> None:
    note_refused_for_room_is_kept_and_saved_once_there_is_room(mounted)


def test_a_note_an_injected_full_database_refuses_is_kept_and_saved_once_there_is_room(
    injected: Folder,
) -> None:
    note_refused_for_room_is_kept_and_saved_once_there_is_room(injected)


def note_refused_for_room_is_kept_and_saved_once_there_is_room(small_folder: Folder) -> None:
    db_path = small_folder.path / "console.db"
    session = stored_session(db_path, [hold_relax("aa")], ("aa", "left"), clock=FakeClock(10.0))
    repository = session.repository
    session.act(Action.NEXT)
    session.enter_pain(2)
    while session.phase.kind is not PhaseKind.MOVE:
        session.act(Action.NEXT)
    move_at = session.state.index
    if small_folder.real:
        filler = fill(small_folder.path)
    else:
        pages = repository.db.execute("PRAGMA page_count").fetchone()[0]
        repository.db.execute(f"PRAGMA max_page_count = {pages}")
    refused = None
    for n in range(2000):  # notes until the disk has no room left for one
        text = f"note {n} " + "x" * 4000
        if not session.enter_note(text):
            refused = text
            break
    assert refused is not None
    saved = [(r.kind, r.value) for r in repository.sessions.records(session.session_id)]
    assert saved[0] == ("pain", "2") and len(saved) == len(session.saved)
    # Refused: on screen with the reason, the runner where it was.
    assert session.unsaved is not None and session.unsaved.value == refused
    assert session.problem is not None and "full" in session.problem
    assert session.state.index == move_at
    assert not session.key("4")  # other entries wait until it is saved
    assert not session.retry()  # still full: still kept
    assert session.unsaved is not None
    if small_folder.real:
        filler.unlink()
    else:
        repository.db.execute("PRAGMA max_page_count = 1073741823")
    assert session.act(Action.NEXT)  # Next saves it again, now that there is room
    assert session.unsaved is None and session.problem is None
    after = [(r.kind, r.value) for r in repository.sessions.records(session.session_id)]
    assert after == [*saved, ("note", refused)]
    assert session.state.index == move_at  # a note does not move the runner
    repository.close()
    reopened = Repository.open(db_path)
    assert integrity_problems(reopened.db) == []
    assert reopened.audit.verify_chain() == []
    reopened.close()
