"""Home programs: every printed or saved program is a new version of that patient's
program; any version can be read (and printed) again."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from console.domain.chart import HomeProgramVersion
from console.domain.patients import LANGUAGES
from console.domain.validation import ValidationError
from console.storage.rooms import Conflict, last_saved
from console.storage.rows import items_json, to_home_program
from console.storage.transactions import Transactions


class HomeProgramStore:
    def __init__(self, tx: Transactions) -> None:
        self._tx = tx

    def save(
        self,
        patient_id: int,
        items: Sequence[Any],
        language: str | None = None,
        large_print: bool = False,
        note: str | None = None,
        therapist_id: int | None = None,
        base_version: int | None = None,
    ) -> int:
        """Keep a new version of the patient's home program; returns its version (1, 2...).

        ``base_version`` is the version the editor started from (0: none yet); when
        another room has saved a newer one since, ``Conflict`` (console/storage/rooms.py)
        and nothing is written: saving again on ``their_version`` keeps both."""
        text = items_json(items)
        if language is not None and language not in LANGUAGES:
            raise ValidationError("language", "The handout language is English or Spanish.")
        self._tx.patient_row(patient_id)
        tx = self._tx
        with tx.write("home_programs"):
            row = self._tx.one(
                "SELECT COALESCE(MAX(version), 0) AS last FROM home_programs WHERE patient_id = ?",
                [patient_id],
            )
            latest = int(row["last"] if row else 0)
            if base_version is not None and base_version != latest:
                self._conflict(patient_id, latest, items, language, large_print, note)
            version = latest + 1
            program_id = tx.insert(
                "home_programs",
                {
                    "patient_id": patient_id,
                    "version": version,
                    "created_at": tx.now(),
                    "therapist_id": therapist_id,
                    "language": language,
                    "large_print": int(bool(large_print)),
                    "items": text,
                    "note": (note or "").strip() or None,
                },
            )
            tx.audit(
                "create",
                "home_programs",
                program_id,
                patient_id,
                detail=f"version {version}",
                therapist_id=therapist_id,
            )
        return version

    def _conflict(
        self,
        patient_id: int,
        latest: int,
        items: Sequence[Any],
        language: str | None,
        large_print: bool,
        note: str | None,
    ) -> None:
        theirs = self.get(patient_id, latest)
        assert theirs is not None  # the latest version exists
        raise Conflict(
            "home_programs",
            patient_id,
            mine={
                "items": list(items),
                "language": language,
                "large_print": bool(large_print),
                "note": (note or "").strip() or None,
            },
            theirs={
                "items": list(theirs.items),
                "language": theirs.language,
                "large_print": theirs.large_print,
                "note": theirs.note,
            },
            their_version=latest,
            saved=last_saved(self._tx, "home_programs", theirs.id),
        )

    def get(self, patient_id: int, version: int | None = None) -> HomeProgramVersion | None:
        """The current version, or the one asked for; None when there is none."""
        if version is None:
            row = self._tx.one(
                "SELECT * FROM home_programs WHERE patient_id = ? ORDER BY version DESC LIMIT 1",
                [patient_id],
            )
        else:
            row = self._tx.one(
                "SELECT * FROM home_programs WHERE patient_id = ? AND version = ?",
                [patient_id, version],
            )
        return to_home_program(row) if row else None

    def versions(self, patient_id: int) -> list[HomeProgramVersion]:
        """Every version of the patient's home program, newest first."""
        rows = self._tx.all(
            "SELECT * FROM home_programs WHERE patient_id = ? ORDER BY version DESC", [patient_id]
        )
        return [to_home_program(row) for row in rows]
