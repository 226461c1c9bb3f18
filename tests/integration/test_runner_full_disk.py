"""The runner's session core on a disk that fills up mid-session: the entry the disk
refuses stays on screen, nothing saved before is lost, and once there is room the
retry saves it.

For real on a small tmpfs where this machine lets the tests mount one (root on Linux);
elsewhere SQLite's page limit makes the database full (as tests/integration/
test_full_disk.py does), and the test says which way it ran.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from console.domain.clock import FakeClock
from console.domain.plan import PhaseKind
from console.session import Action
from console.storage.integrity import integrity_problems
from console.storage.repository import Repository
from tests.integration.test_full_disk import _fill, _try_mount
from tests.unit.runner_builders import hold_relax, stored_session


def test_a_note_the_full_disk_refuses_is_kept_and_saved_once_there_is_room(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "small"
    folder.mkdir()
    real = _try_mount(folder, "3m")
    try:
        session = stored_session(
            folder / "console.db", [hold_relax("aa")], ("aa", "left"), clock=FakeClock(10.0)
        )
        repository = session.repository
        session.act(Action.NEXT)
        session.enter_pain(2)
        while session.phase.kind is not PhaseKind.MOVE:
            session.act(Action.NEXT)
        move_at = session.state.index
        if real:
            filler = _fill(folder)
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
        if real:
            filler.unlink()
        else:
            repository.db.execute("PRAGMA max_page_count = 1073741823")
        assert session.act(Action.NEXT)  # Next saves it again, now that there is room
        assert session.unsaved is None and session.problem is None
        after = [(r.kind, r.value) for r in repository.sessions.records(session.session_id)]
        assert after == [*saved, ("note", refused)]
        assert session.state.index == move_at  # a note does not move the runner
        repository.close()
        reopened = Repository.open(folder / "console.db")
        assert integrity_problems(reopened.db) == []
        assert reopened.audit.verify_chain() == []
        reopened.close()
    finally:
        if real:
            subprocess.run(["umount", "-l", str(folder)], check=False)
    print("ran on", "a full tmpfs" if real else "an injected page limit")
