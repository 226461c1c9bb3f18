"""Who is at the computer: the therapist who unlocked, else the first profile."""

from __future__ import annotations

from pathlib import Path

from console.storage.repository import Repository
from console.ui.settings.therapist_identity import current_therapist_id


def test_the_acting_therapist_signs_and_writes(db_path: Path, qapp: object) -> None:
    repo = Repository.open(db_path)
    try:
        assert current_therapist_id(repo) == repo.therapists.all()[0].id  # made on demand
        ana = repo.therapists.create("Ana Lozano")
        bea = repo.therapists.create("Beatriz Ortega")
        first = repo.therapists.all()[0].id
        assert current_therapist_id(repo) == first
        repo.acting_therapist_id = bea
        assert current_therapist_id(repo) == bea
        repo.therapists.update(bea, active=False)
        assert current_therapist_id(repo) == first  # a deactivated profile no longer acts
        assert ana in {t.id for t in repo.therapists.all()}
    finally:
        repo.close()
