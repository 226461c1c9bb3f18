"""Patients: their details, search as you type, likely duplicates, recently seen."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, replace
from typing import Any

from console.domain.chart import Patient
from console.domain.patients import (
    PatientDetails,
    fold,
    parse_date_of_birth,
    search_key,
    search_terms,
    sort_name,
)
from console.domain.validation import ValidationError
from console.storage.rooms import Conflict, last_saved
from console.storage.rows import to_patient
from console.storage.transactions import Transactions

PATIENT_FIELDS = (
    "record_number",
    "given_name",
    "family_name",
    "date_of_birth",
    "language",
    "diagnosis",
    "notes",
)


def _dob(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return parse_date_of_birth(value)


def _like(term: str) -> str:
    return "%" + re.sub(r"([\\%_])", r"\\\1", term) + "%"


class PatientStore:
    def __init__(self, tx: Transactions) -> None:
        self._tx = tx

    # -- patients ---------------------------------------------------------------------

    def create(
        self,
        *,
        given_name: str,
        family_name: str,
        record_number: str = "",
        date_of_birth: dt.date | str | None = None,
        language: str = "en",
        diagnosis: str | None = None,
        notes: str | None = None,
        therapist_id: int | None = None,
    ) -> int:
        """Add a patient; an empty record number gets the next free one (P000001...).

        Raises ValidationError (with the field) for a missing name, a date of birth in
        the future or a record number already in use.
        """
        details = PatientDetails(
            given_name=given_name,
            family_name=family_name,
            record_number=record_number,
            date_of_birth=_dob(date_of_birth),
            language=language,
            diagnosis=diagnosis,
            notes=notes,
        ).validated(self._tx.today())
        with self._tx.write("patients"):
            if not details.record_number:
                details = replace(details, record_number=self._next_record_number())
            self._check_record_number(details.record_number, None)
            now = self._tx.now()
            patient_id = self._tx.insert(
                "patients", {**self._patient_columns(details), "created_at": now, "updated_at": now}
            )
            self._tx.audit("create", "patients", patient_id, patient_id, therapist_id=therapist_id)
        return patient_id

    def update(
        self,
        patient_id: int,
        *,
        therapist_id: int | None = None,
        base_version: int | None = None,
        **changes: Any,
    ) -> None:
        """Change some of a patient's details (the names of ``create``).

        ``base_version`` is the ``row_version`` the changes were made on (a form's);
        when another room has saved since, ``Conflict`` (console/storage/rooms.py) and
        nothing is written. Each save moves the version on."""
        unknown = set(changes) - set(PATIENT_FIELDS)
        if unknown:
            raise TypeError(f"unknown patient fields: {sorted(unknown)}")
        current = self.get(patient_id)
        if "date_of_birth" in changes:
            changes["date_of_birth"] = _dob(changes["date_of_birth"])
        before = PatientDetails(**{name: getattr(current, name) for name in PATIENT_FIELDS})
        after = replace(before, **changes).validated(self._tx.today())
        if not after.record_number:
            raise ValidationError("record_number", "Enter the record number.")
        changed = [name for name in PATIENT_FIELDS if getattr(after, name) != getattr(before, name)]
        if not changed:  # also when another room saved these same details meanwhile
            return
        with self._tx.write("patients"):
            self._check_version(patient_id, base_version, after)
            self._check_record_number(after.record_number, patient_id)
            columns = {**self._patient_columns(after), "updated_at": self._tx.now()}
            sets = ", ".join(f"{column} = ?" for column in columns)
            self._tx.execute(
                f"UPDATE patients SET {sets}, row_version = row_version + 1 WHERE id = ?",
                [*columns.values(), patient_id],
            )
            self._tx.audit(
                "update",
                "patients",
                patient_id,
                patient_id,
                detail=",".join(changed),
                therapist_id=therapist_id,
            )

    def save(
        self,
        details: PatientDetails,
        patient_id: int | None = None,
        *,
        therapist_id: int | None = None,
        base_version: int | None = None,
    ) -> int:
        """Create (``patient_id`` None) or update a patient from a form's details
        (``base_version``: see ``update``)."""
        fields = {name: getattr(details, name) for name in PATIENT_FIELDS}
        if patient_id is None:
            return self.create(therapist_id=therapist_id, **fields)
        self.update(patient_id, therapist_id=therapist_id, base_version=base_version, **fields)
        return patient_id

    def _check_version(self, patient_id: int, base: int | None, mine: PatientDetails) -> None:
        """``Conflict`` when the saved row is no longer version ``base`` (in the write)."""
        if base is None:
            return
        row = self._tx.patient_row(patient_id)
        if int(row["row_version"]) == base:
            return
        theirs = to_patient(row)
        raise Conflict(
            "patients",
            patient_id,
            mine={name: getattr(mine, name) for name in PATIENT_FIELDS},
            theirs={name: getattr(theirs, name) for name in PATIENT_FIELDS},
            their_version=theirs.row_version,
            saved=last_saved(self._tx, "patients", patient_id),
        )

    @staticmethod
    def _patient_columns(details: PatientDetails) -> dict[str, Any]:
        columns = asdict(details)
        dob = details.date_of_birth
        columns["date_of_birth"] = dob.isoformat() if dob else None
        columns["search_key"] = search_key(
            details.given_name, details.family_name, details.record_number, dob
        )
        columns["sort_name"] = sort_name(details.given_name, details.family_name)
        return columns

    def _check_record_number(self, record_number: str, patient_id: int | None) -> None:
        row = self._tx.one("SELECT id FROM patients WHERE record_number = ?", [record_number])
        if row is not None and row["id"] != patient_id:
            raise ValidationError("record_number", "This record number belongs to another patient.")

    def _next_record_number(self) -> str:
        row = self._tx.one("SELECT COALESCE(MAX(id), 0) AS last FROM patients")
        number = int(row["last"] if row else 0) + 1
        while True:
            candidate = f"P{number:06d}"
            if self._tx.one("SELECT 1 FROM patients WHERE record_number = ?", [candidate]) is None:
                return candidate
            number += 1

    def get(self, patient_id: int) -> Patient:
        return to_patient(self._tx.patient_row(patient_id))

    def all(self, limit: int | None = None) -> list[Patient]:
        """All patients by family name."""
        tail = "" if limit is None else f"LIMIT {int(limit)}"
        rows = self._tx.all(f"SELECT * FROM patients ORDER BY sort_name, id {tail}")
        return [to_patient(row) for row in rows]

    def search(self, text: str, limit: int = 50) -> list[Patient]:
        """Patients whose name, record number or date of birth (YYYY-MM-DD) match every
        word typed, ignoring case and accents ("jose nu" finds José Núñez).

        Words that start a name or number come first; an empty search lists patients
        by family name.
        """
        terms = search_terms(text)
        if not terms:
            return self.all(limit)
        where = " AND ".join("search_key LIKE ? ESCAPE '\\'" for _ in terms)
        first = re.sub(r"([\\%_])", r"\\\1", terms[0])
        rows = self._tx.all(
            f"""
            SELECT * FROM patients WHERE {where}
            ORDER BY (search_key LIKE ? ESCAPE '\\' OR search_key LIKE ? ESCAPE '\\') DESC,
                     sort_name, id
            LIMIT ?
            """,
            [*(_like(term) for term in terms), first + "%", "% " + first + "%", limit],
        )
        return [to_patient(row) for row in rows]

    def likely_duplicates(
        self,
        given_name: str,
        family_name: str,
        date_of_birth: dt.date | str | None,
        *,
        exclude_id: int | None = None,
    ) -> list[Patient]:
        """Patients with the same name (ignoring case and accents) and date of birth."""
        dob = _dob(date_of_birth)
        wanted = (fold(given_name), fold(family_name))
        if dob is not None:
            rows = self._tx.all("SELECT * FROM patients WHERE date_of_birth = ?", [dob.isoformat()])
        else:
            rows = self._tx.all(
                "SELECT * FROM patients WHERE search_key LIKE ? ESCAPE '\\'",
                [_like(wanted[1] or wanted[0])],
            )
        return [
            to_patient(row)
            for row in rows
            if (fold(row["given_name"]), fold(row["family_name"])) == wanted
            and row["id"] != exclude_id
        ]

    def recent(self, limit: int = 20) -> list[tuple[Patient, str]]:
        """Patients with their latest session's start, most recently seen first."""
        rows = self._tx.all(
            """
            SELECT p.*, last.started AS last_seen
            FROM (SELECT patient_id, MAX(started_at) AS started FROM sessions
                  GROUP BY patient_id ORDER BY started DESC LIMIT ?) AS last
            JOIN patients p ON p.id = last.patient_id
            ORDER BY last.started DESC
            """,
            [limit],
        )
        return [(to_patient(row), row["last_seen"]) for row in rows]
