"""Therapists, patients, plans and templates, home programs and settings."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import asdict, replace
from typing import Any

from console.domain.chart import HomeProgramVersion, Patient, Plan, Therapist
from console.domain.patients import (
    LANGUAGES,
    PatientDetails,
    fold,
    parse_date_of_birth,
    search_key,
    search_terms,
    sort_name,
)
from console.domain.validation import ValidationError
from console.storage.errors import NotFound
from console.storage.store import (
    RepositoryBase,
    items_json,
    to_home_program,
    to_patient,
    to_plan,
    to_therapist,
)

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


class PatientStore(RepositoryBase):
    # -- therapists -------------------------------------------------------------------

    def create_therapist(
        self, name: str, *, pin_hash: str | None = None, pin_salt: str | None = None
    ) -> int:
        name = " ".join(name.split())
        if not name:
            raise ValidationError("name", "Enter the therapist's name.")
        with self._write("therapists"):
            therapist_id = self._insert(
                "therapists",
                {
                    "name": name,
                    "pin_hash": pin_hash,
                    "pin_salt": pin_salt,
                    "active": 1,
                    "created_at": self.now(),
                },
            )
            self.audit("create", "therapists", therapist_id, therapist_id=therapist_id)
        return therapist_id

    def update_therapist(
        self,
        therapist_id: int,
        *,
        name: str | None = None,
        pin_hash: str | None = None,
        pin_salt: str | None = None,
        clear_pin: bool = False,
        active: bool | None = None,
        by: int | None = None,
    ) -> None:
        """Change a therapist's name, PIN (hash and salt, made by the caller) or status."""
        self.therapist(therapist_id)
        changes: dict[str, Any] = {}
        if name is not None:
            name = " ".join(name.split())
            if not name:
                raise ValidationError("name", "Enter the therapist's name.")
            changes["name"] = name
        if clear_pin:
            changes.update(pin_hash=None, pin_salt=None)
        elif pin_hash is not None:
            changes.update(pin_hash=pin_hash, pin_salt=pin_salt)
        if active is not None:
            changes["active"] = int(active)
        if not changes:
            return
        sets = ", ".join(f"{column} = ?" for column in changes)
        with self._write("therapists"):
            self._exec(
                f"UPDATE therapists SET {sets} WHERE id = ?", [*changes.values(), therapist_id]
            )
            self.audit(
                "update", "therapists", therapist_id, detail=",".join(changes), therapist_id=by
            )

    def therapists(self, *, include_inactive: bool = False) -> list[Therapist]:
        where = "" if include_inactive else "WHERE active = 1"
        rows = self._all(f"SELECT * FROM therapists {where} ORDER BY name, id")
        return [to_therapist(row) for row in rows]

    def therapist(self, therapist_id: int) -> Therapist:
        row = self._one("SELECT * FROM therapists WHERE id = ?", [therapist_id])
        if row is None:
            raise NotFound(f"There is no therapist number {therapist_id}.")
        return to_therapist(row)

    def therapist_pin(self, therapist_id: int) -> tuple[str | None, str | None]:
        """The stored (pin_hash, pin_salt), for the lock screen to check a PIN."""
        row = self._one("SELECT pin_hash, pin_salt FROM therapists WHERE id = ?", [therapist_id])
        if row is None:
            raise NotFound(f"There is no therapist number {therapist_id}.")
        return row["pin_hash"], row["pin_salt"]

    # -- patients ---------------------------------------------------------------------

    def create_patient(
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
        ).validated(self.today())
        with self._write("patients"):
            if not details.record_number:
                details = replace(details, record_number=self._next_record_number())
            self._check_record_number(details.record_number, None)
            now = self.now()
            patient_id = self._insert(
                "patients", {**self._patient_columns(details), "created_at": now, "updated_at": now}
            )
            self.audit("create", "patients", patient_id, patient_id, therapist_id=therapist_id)
        return patient_id

    def update_patient(
        self, patient_id: int, *, therapist_id: int | None = None, **changes: Any
    ) -> None:
        """Change some of a patient's details (the names of ``create_patient``)."""
        unknown = set(changes) - set(PATIENT_FIELDS)
        if unknown:
            raise TypeError(f"unknown patient fields: {sorted(unknown)}")
        current = self.patient(patient_id)
        if "date_of_birth" in changes:
            changes["date_of_birth"] = _dob(changes["date_of_birth"])
        before = PatientDetails(
            given_name=current.given_name,
            family_name=current.family_name,
            record_number=current.record_number,
            date_of_birth=current.date_of_birth,
            language=current.language,
            diagnosis=current.diagnosis,
            notes=current.notes,
        )
        after = replace(before, **changes).validated(self.today())
        if not after.record_number:
            raise ValidationError("record_number", "Enter the record number.")
        changed = [name for name in PATIENT_FIELDS if getattr(after, name) != getattr(before, name)]
        if not changed:
            return
        with self._write("patients"):
            self._check_record_number(after.record_number, patient_id)
            columns = {**self._patient_columns(after), "updated_at": self.now()}
            sets = ", ".join(f"{column} = ?" for column in columns)
            self._exec(f"UPDATE patients SET {sets} WHERE id = ?", [*columns.values(), patient_id])
            self.audit(
                "update",
                "patients",
                patient_id,
                patient_id,
                detail=",".join(changed),
                therapist_id=therapist_id,
            )

    def save_patient(
        self,
        details: PatientDetails,
        patient_id: int | None = None,
        *,
        therapist_id: int | None = None,
    ) -> int:
        """Create (``patient_id`` None) or update a patient from a form's details."""
        fields = {name: getattr(details, name) for name in PATIENT_FIELDS}
        if patient_id is None:
            return self.create_patient(therapist_id=therapist_id, **fields)
        self.update_patient(patient_id, therapist_id=therapist_id, **fields)
        return patient_id

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
        row = self._one("SELECT id FROM patients WHERE record_number = ?", [record_number])
        if row is not None and row["id"] != patient_id:
            raise ValidationError("record_number", "This record number belongs to another patient.")

    def _next_record_number(self) -> str:
        row = self._one("SELECT COALESCE(MAX(id), 0) AS last FROM patients")
        number = int(row["last"] if row else 0) + 1
        while True:
            candidate = f"P{number:06d}"
            if self._one("SELECT 1 FROM patients WHERE record_number = ?", [candidate]) is None:
                return candidate
            number += 1

    def patient(self, patient_id: int) -> Patient:
        return to_patient(self._patient_row(patient_id))

    def patients(self, limit: int | None = None) -> list[Patient]:
        """All patients by family name."""
        tail = "" if limit is None else f"LIMIT {int(limit)}"
        rows = self._all(f"SELECT * FROM patients ORDER BY sort_name, id {tail}")
        return [to_patient(row) for row in rows]

    def search(self, text: str, limit: int = 50) -> list[Patient]:
        """Patients whose name, record number or date of birth (YYYY-MM-DD) match every
        word typed, ignoring case and accents ("jose nu" finds José Núñez).

        Words that start a name or number come first; an empty search lists patients
        by family name.
        """
        terms = search_terms(text)
        if not terms:
            return self.patients(limit)
        where = " AND ".join("search_key LIKE ? ESCAPE '\\'" for _ in terms)
        first = re.sub(r"([\\%_])", r"\\\1", terms[0])
        rows = self._all(
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
            rows = self._all("SELECT * FROM patients WHERE date_of_birth = ?", [dob.isoformat()])
        else:
            rows = self._all(
                "SELECT * FROM patients WHERE search_key LIKE ? ESCAPE '\\'",
                [_like(wanted[1] or wanted[0])],
            )
        return [
            to_patient(row)
            for row in rows
            if (fold(row["given_name"]), fold(row["family_name"])) == wanted
            and row["id"] != exclude_id
        ]

    def recent_patients(self, limit: int = 20) -> list[tuple[Patient, str]]:
        """Patients with their latest session's start, most recently seen first."""
        rows = self._all(
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

    # -- plans and templates ----------------------------------------------------------

    def save_plan(
        self, patient_id: int, items: Sequence[Any], therapist_id: int | None = None
    ) -> int:
        """Keep ``items`` as the patient's latest plan; returns the plan id."""
        text = items_json(items)
        self._patient_row(patient_id)
        with self._write("plans"):
            plan_id = self._insert(
                "plans",
                {
                    "patient_id": patient_id,
                    "is_template": 0,
                    "items": text,
                    "therapist_id": therapist_id,
                    "created_at": self.now(),
                },
            )
            self.audit("create", "plans", plan_id, patient_id, therapist_id=therapist_id)
        return plan_id

    def save_template(
        self, name: str, items: Sequence[Any], therapist_id: int | None = None
    ) -> int:
        """Save a named template; saving under an existing name makes a newer one."""
        name = " ".join(name.split())
        if not name:
            raise ValidationError("name", "Give the template a name.")
        text = items_json(items)
        with self._write("plans"):
            plan_id = self._insert(
                "plans",
                {
                    "name": name,
                    "is_template": 1,
                    "items": text,
                    "therapist_id": therapist_id,
                    "created_at": self.now(),
                },
            )
            self.audit("create", "plans", plan_id, detail="template", therapist_id=therapist_id)
        return plan_id

    def templates(self) -> list[Plan]:
        """The newest template of each name, by name."""
        rows = self._all(
            """
            SELECT * FROM plans WHERE id IN
                (SELECT MAX(id) FROM plans WHERE is_template = 1 GROUP BY name)
            ORDER BY name COLLATE NOCASE
            """
        )
        return [to_plan(row) for row in rows]

    def plan(self, plan_id: int) -> Plan:
        row = self._one("SELECT * FROM plans WHERE id = ?", [plan_id])
        if row is None:
            raise NotFound(f"There is no plan number {plan_id}.")
        return to_plan(row)

    def last_plan(self, patient_id: int) -> Plan | None:
        """The patient's newest plan (the next session starts from it), or None."""
        row = self._one(
            "SELECT * FROM plans WHERE patient_id = ? AND is_template = 0 ORDER BY id DESC LIMIT 1",
            [patient_id],
        )
        return to_plan(row) if row else None

    # -- home programs ----------------------------------------------------------------

    def save_home_program(
        self,
        patient_id: int,
        items: Sequence[Any],
        language: str | None = None,
        large_print: bool = False,
        note: str | None = None,
        therapist_id: int | None = None,
    ) -> int:
        """Keep a new version of the patient's home program; returns its version (1, 2...)."""
        text = items_json(items)
        if language is not None and language not in LANGUAGES:
            raise ValidationError("language", "The handout language is English or Spanish.")
        self._patient_row(patient_id)
        with self._write("home_programs"):
            row = self._one(
                "SELECT COALESCE(MAX(version), 0) AS last FROM home_programs WHERE patient_id = ?",
                [patient_id],
            )
            version = int(row["last"] if row else 0) + 1
            program_id = self._insert(
                "home_programs",
                {
                    "patient_id": patient_id,
                    "version": version,
                    "created_at": self.now(),
                    "therapist_id": therapist_id,
                    "language": language,
                    "large_print": int(bool(large_print)),
                    "items": text,
                    "note": (note or "").strip() or None,
                },
            )
            self.audit(
                "create",
                "home_programs",
                program_id,
                patient_id,
                detail=f"version {version}",
                therapist_id=therapist_id,
            )
        return version

    def home_program(
        self, patient_id: int, version: int | None = None
    ) -> HomeProgramVersion | None:
        """The current version, or the one asked for; None when there is none."""
        if version is None:
            row = self._one(
                "SELECT * FROM home_programs WHERE patient_id = ? ORDER BY version DESC LIMIT 1",
                [patient_id],
            )
        else:
            row = self._one(
                "SELECT * FROM home_programs WHERE patient_id = ? AND version = ?",
                [patient_id, version],
            )
        return to_home_program(row) if row else None

    def home_program_versions(self, patient_id: int) -> list[HomeProgramVersion]:
        """Every version of the patient's home program, newest first."""
        rows = self._all(
            "SELECT * FROM home_programs WHERE patient_id = ? ORDER BY version DESC", [patient_id]
        )
        return [to_home_program(row) for row in rows]

    # -- settings ---------------------------------------------------------------------

    def get_setting(self, key: str, default: Any = None) -> Any:
        row = self._one("SELECT value FROM settings WHERE key = ?", [key])
        return default if row is None else json.loads(row["value"])

    def set_setting(self, key: str, value: Any) -> None:
        """Store any JSON value under ``key``."""
        try:
            text = json.dumps(value, ensure_ascii=False, sort_keys=True)
        except (TypeError, ValueError) as error:
            raise ValidationError(key, f"this setting cannot be saved: {error}") from None
        with self._write("settings"):
            self._exec(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, text],
            )

    def settings(self) -> dict[str, Any]:
        return {row["key"]: json.loads(row["value"]) for row in self._all("SELECT * FROM settings")}
