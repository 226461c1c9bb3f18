"""Synthetic, deterministic demo data: patients, sessions, records, notes, programs.

Nothing here is a real person. Names are English and Spanish (with their accents),
diagnoses the everyday ones of a PNF practice, and grades improve over the weeks
with some noise, so trend charts look like a caseload. The same seed and ``today``
give the same database.

Rows are inserted in bulk (``insert_all`` in batches, one transaction per group of
patients), fast enough to build a million records for the benchmarks. Each group is
written through the repository's ``Transactions``: one write transaction whose audit
entries join the same hash chain as every other write, and listeners hear the tables
after the commit.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from console.domain.patients import search_key, sort_name
from console.domain.trends import objective_text
from console.domain.validation import ValidationError
from console.storage import seals
from console.storage.demo_endurance import ENDURANCE_PROTOCOLS, endurance_plan, endurance_times
from console.storage.demo_library import FALLBACK_HOME, FALLBACK_PNF, Library, builtin_library
from console.storage.demo_texts import (
    DEMO_LANGUAGES,
    FAMILY_EN,
    FAMILY_ES,
    GIVEN_EN,
    GIVEN_ES,
    TEXTS,
    THERAPISTS,
    demo_text,
)
from console.storage.rows import timestamp, to_record
from console.storage.transactions import Transactions

__all__ = [
    "DEMO_LANGUAGES",
    "FALLBACK_HOME",
    "FALLBACK_PNF",
    "TEXTS",
    "DemoSummary",
    "Library",
    "builtin_library",
    "demo_text",
    "generate",
]

GRADES = ("1", "1+", "2-", "2", "2+", "3-", "3", "3+", "4-", "4", "4+", "5-", "5")
SIDES_FOR_RECORD = {"left": "left", "right": "right", "bilateral": "bilateral"}


@dataclass(frozen=True)
class DemoSummary:
    therapists: int
    patients: int
    sessions: int
    records: int
    audit_entries: int


def _next_id(db: Database, table: str) -> int:
    return int(db.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0]) + 1


def _grade_of(level: float) -> str:
    index = round((min(max(level, 1.0), 5.0) - 1.0) * 3)
    return GRADES[min(max(index, 0), len(GRADES) - 1)]


def generate(
    target: Transactions | Database,
    *,
    patients: int,
    sessions: int,
    seed: int = 1,
    records_per_session: int | None = None,
    today: dt.date | None = None,
    library: Library | None = None,
    patients_per_batch: int = 250,
    language: str = "en",
) -> DemoSummary:
    """Add ``patients`` synthetic patients with ``sessions`` sessions each.

    ``target`` is the repository's ``repository.transactions`` (so its listeners hear
    the change) or a database opened by ``open_database``.

    ``language`` ("en" or "es") is the language the clinical texts are written in:
    diagnoses, notes and SOAP notes, as a therapist working in it would write them.

    ``records_per_session`` fixes the number of records of every session (at least
    3: pain at start and end and a grade); by default it follows the plan (grades per
    protocol and set, the two pain scores and now and then a note).
    """
    if patients < 0 or sessions < 0:
        raise ValidationError("patients", "The numbers of patients and sessions are 0 or more.")
    if records_per_session is not None and records_per_session < 3:
        raise ValidationError("records_per_session", "A session has at least 3 records.")
    tx = target if isinstance(target, Transactions) else Transactions(target)
    rng = random.Random(seed)
    today = today or dt.date.today()
    library = library or builtin_library()
    counts = {"therapists": 0, "patients": 0, "sessions": 0, "records": 0, "audit": 0}
    therapist_ids = _therapists(tx, counts)
    first_patient = _next_id(tx.db, "patients")
    done = 0
    while done < patients:
        size = min(patients_per_batch, patients - done)
        batch = _Batch(tx, rng, today, library, therapist_ids, records_per_session, language)
        for offset in range(size):
            batch.patient(first_patient + done + offset, sessions)
        batch.write(counts)
        done += size
    return DemoSummary(
        therapists=counts["therapists"],
        patients=counts["patients"],
        sessions=counts["sessions"],
        records=counts["records"],
        audit_entries=counts["audit"],
    )


def _therapists(tx: Transactions, counts: dict[str, int]) -> list[int]:
    rows = tx.all("SELECT id FROM therapists ORDER BY id")
    if rows:
        return [int(row["id"]) for row in rows]
    created = timestamp(dt.datetime(2024, 1, 8, 8, 0).astimezone())
    with tx.write("therapists"):
        ids = [
            tx.insert("therapists", {"name": name, "active": 1, "created_at": created})
            for name in THERAPISTS
        ]
        tx.audit_all(
            [
                {
                    "at": created,
                    "therapist_id": therapist_id,
                    "action": "create",
                    "entity": "therapists",
                    "entity_id": str(therapist_id),
                    "detail": "demo data",
                    "content_hash": seals.content_hash(
                        "therapists", {"name": name, "active": 1, "pin_hash": None}
                    ),
                }
                for therapist_id, name in zip(ids, THERAPISTS, strict=True)
            ]
        )
    counts["therapists"] = len(THERAPISTS)
    counts["audit"] += len(ids)
    return ids


class _Batch:
    """The rows of a group of patients, written in one transaction."""

    def __init__(
        self,
        tx: Transactions,
        rng: random.Random,
        today: dt.date,
        library: Library,
        therapist_ids: list[int],
        records_per_session: int | None,
        language: str = "en",
    ) -> None:
        self.tx = tx
        db = tx.db
        self.language = language
        self.titles = library.titles_in(language)
        self.rng = rng
        self.today = today
        self.library = library
        self.therapists = therapist_ids
        self.fixed = records_per_session
        self.next_session = _next_id(db, "sessions")
        self.next_record = _next_id(db, "records")
        self.next_plan = _next_id(db, "plans")
        self.next_amendment = _next_id(db, "amendments")
        self.next_program = _next_id(db, "home_programs")
        self.rows: dict[str, list[dict[str, Any]]] = {
            name: []
            for name in ("patients", "plans", "sessions", "records", "soap_notes", "amendments")
        }
        self.rows["home_programs"] = []
        self.sign: list[int] = []
        self.audit: list[dict[str, Any]] = []

    def text(self, what: str) -> tuple[str, ...]:
        return demo_text(self.language, what)

    def patient(self, patient_id: int, sessions: int) -> None:
        rng = self.rng
        spanish = rng.random() < 0.45
        given = rng.choice(GIVEN_ES if spanish else GIVEN_EN)
        family = rng.choice(FAMILY_ES if spanish else FAMILY_EN)
        if spanish and rng.random() < 0.5:
            family = f"{family} {rng.choice(FAMILY_ES)}"
        dob = dt.date(rng.randint(1936, 2008), rng.randint(1, 12), rng.randint(1, 28))
        record_number = f"D{patient_id:07d}"
        first_day = self.today - dt.timedelta(days=7 * sessions + rng.randint(3, 40))
        created = timestamp(dt.datetime.combine(first_day, dt.time(8, 30)).astimezone())
        therapist = rng.choice(self.therapists)
        self.rows["patients"].append(
            {
                "id": patient_id,
                "record_number": record_number,
                "given_name": given,
                "family_name": family,
                "date_of_birth": dob.isoformat(),
                "language": "es" if spanish else "en",
                "diagnosis": rng.choice(self.text("diagnosis")),
                "notes": self.text("patient note")[0] if rng.random() < 0.2 else None,
                "search_key": search_key(given, family, record_number, dob),
                "sort_name": sort_name(given, family),
                "created_at": created,
                "updated_at": created,
            }
        )
        self._audit(
            created,
            therapist,
            "create",
            "patients",
            patient_id,
            patient_id,
            seals.content_hash("patients", self.rows["patients"][-1]),
        )
        if sessions:
            self._sessions(patient_id, sessions, first_day, therapist)
            self._home_programs(patient_id, spanish, therapist, sessions)

    def _sessions(self, patient_id: int, count: int, first_day: dt.date, therapist: int) -> None:
        rng = self.rng
        chosen = rng.sample(self.library.pnf, k=min(len(self.library.pnf), rng.randint(3, 4)))
        items: list[dict[str, Any]] = [
            {"protocol_id": pid, "side": rng.choice(sides), "overrides": {}}
            for pid, sides in chosen
        ]
        sets = {item["protocol_id"]: rng.randint(2, 3) for item in items}
        plan_id = self.next_plan
        self.next_plan += 1
        tests = self._tests_for(patient_id)
        snapshot = json.dumps(items + tests, ensure_ascii=False, sort_keys=True)
        self.rows["plans"].append(
            {
                "id": plan_id,
                "patient_id": patient_id,
                "name": None,
                "is_template": 0,
                "items": snapshot,
                "therapist_id": therapist,
                "created_at": timestamp(
                    dt.datetime.combine(first_day, dt.time(8, 45)).astimezone()
                ),
            }
        )
        levels = {item["protocol_id"]: rng.uniform(1.7, 3.4) for item in items}
        pain = rng.uniform(4, 8)
        for number in range(count):
            day = first_day + dt.timedelta(days=7 * number + rng.randint(0, 2))
            start = dt.datetime.combine(day, dt.time(rng.randint(8, 17), rng.choice((0, 30))))
            session_id = self.next_session
            self.next_session += 1
            last = number == count - 1
            status = "finished" if last or rng.random() < 0.3 else "signed"
            records = self._records(session_id, items, sets, levels, pain, start, therapist)
            if tests:
                records += self._holds(session_id, patient_id, number, start, therapist)
            end = start + dt.timedelta(minutes=45)
            self.rows["sessions"].append(
                {
                    "id": session_id,
                    "patient_id": patient_id,
                    "therapist_id": therapist,
                    "plan_id": plan_id,
                    "plan_snapshot": snapshot,
                    "status": "finished",
                    "started_at": timestamp(start.astimezone()),
                    "ended_at": timestamp(end.astimezone()),
                    "cursor": 0,
                    "cursor_at": timestamp(end.astimezone()),
                    "signed_at": None,
                    "signed_by": None,
                }
            )
            self.rows["soap_notes"].append(
                {
                    "session_id": session_id,
                    "subjective": rng.choice(self.text("subjective")),
                    "objective": objective_text(
                        [to_record(r) for r in records], self.titles, self.language
                    ),
                    "assessment": rng.choice(self.text("assessment")),
                    "plan": rng.choice(self.text("plan")),
                    "therapist_id": therapist,
                    "updated_at": timestamp(end.astimezone()),
                }
            )
            if status == "signed":
                self.sign.append(session_id)
                signed = timestamp((end + dt.timedelta(minutes=5)).astimezone())
                self.rows["sessions"][-1]["signed_at"] = signed
                self.rows["sessions"][-1]["signed_by"] = therapist
                seal = seals.session_seal(
                    self.rows["sessions"][-1], records, self.rows["soap_notes"][-1], therapist
                )
                self._audit(signed, therapist, "sign", "sessions", session_id, patient_id, seal)
                if rng.random() < 0.05:
                    amended = timestamp((end + dt.timedelta(days=1)).astimezone())
                    amendment_id = self.next_amendment
                    amendment: dict[str, Any] = {
                        "id": amendment_id,
                        "session_id": session_id,
                        "therapist_id": therapist,
                        "created_at": amended,
                        "target": "soap.assessment",
                        "reason": rng.choice(self.text("amendment reason")),
                        "text": self.text("amendment")[0],
                    }
                    self.next_amendment += 1
                    self.rows["amendments"].append(amendment)
                    self._audit(
                        amended,
                        therapist,
                        "amend",
                        "amendments",
                        amendment_id,
                        patient_id,
                        seals.content_hash("amendments", amendment),
                        seals.amendment_detail(session_id, seal),
                    )
            for pid in levels:
                levels[pid] = min(5.0, levels[pid] + rng.uniform(-0.1, 0.25))
            pain = max(0.0, pain - rng.uniform(-0.3, 0.6))

    def _records(
        self,
        session_id: int,
        items: list[dict[str, Any]],
        sets: dict[str, int],
        levels: dict[str, float],
        pain: float,
        start: dt.datetime,
        therapist: int,
    ) -> list[dict[str, Any]]:
        rng = self.rng
        notes = 1 if rng.random() < 0.4 else 0
        per_item = {item["protocol_id"]: sets[item["protocol_id"]] for item in items}
        if self.fixed is not None:
            notes = notes if self.fixed >= 4 else 0
            wanted = self.fixed - 2 - notes
            for index, item in enumerate(items):
                per_item[item["protocol_id"]] = wanted // len(items) + (
                    1 if index < wanted % len(items) else 0
                )
        grades: list[tuple[str, str, int, str]] = []
        for item in items:
            pid = item["protocol_id"]
            for set_number in range(1, per_item[pid] + 1):
                level = levels[pid] + rng.uniform(-0.35, 0.35) - 0.1 * (set_number - 1)
                grades.append((pid, item["side"], set_number, _grade_of(level)))
        moment = start.astimezone()  # aware once; records follow minutes apart
        out: list[dict[str, Any]] = []

        def add(kind: str, value: str, **fields: Any) -> None:
            nonlocal moment
            moment += dt.timedelta(seconds=rng.randint(40, 120))
            row = {
                "id": self.next_record,
                "session_id": session_id,
                "kind": kind,
                "value": value,
                "protocol_id": None,
                "side": None,
                "set_number": None,
                "phase_index": None,
                "moment": None,
                "therapist_id": therapist,
                "recorded_at": timestamp(moment),
                "replaces_id": None,
            }
            row.update(fields)
            self.next_record += 1
            out.append(row)

        start_pain = round(min(10.0, max(0.0, pain + rng.uniform(-1, 1))))
        add("pain", str(start_pain), moment="start", phase_index=0)
        for index, (pid, side, set_number, value) in enumerate(grades, start=1):
            add(
                "grade",
                value,
                protocol_id=pid,
                side=side,
                set_number=set_number,
                phase_index=index * 6,
            )
        if notes and grades:
            pid, side, set_number, _ = grades[0]
            note = rng.choice(self.text("note"))
            add("note", note, protocol_id=pid, side=side, set_number=set_number)
        end_pain = max(0, start_pain - rng.randint(0, 3))
        add("pain", str(end_pain), moment="end", phase_index=len(grades) * 6 + 1)
        self.rows["records"].extend(out)
        return out

    def _tests_for(self, patient_id: int) -> list[dict[str, Any]]:
        """The endurance tests in a tested patient's plan. None where benchmarks ask for
        an exact number of records, or the library has no test protocols."""
        tested = self.fixed is None and set(self.titles) >= ENDURANCE_PROTOCOLS
        return endurance_plan(patient_id) if tested else []

    def _holds(
        self, session_id: int, patient_id: int, number: int, start: dt.datetime, therapist: int
    ) -> list[dict[str, Any]]:
        """The endurance tests of this session, if the patient is one who is tested."""
        out = []
        moment = (start + dt.timedelta(minutes=30)).astimezone()
        for index, (pid, side, seconds) in enumerate(endurance_times(patient_id, number)):
            moment += dt.timedelta(minutes=3)
            out.append(
                {
                    "id": self.next_record,
                    "session_id": session_id,
                    "kind": "hold",
                    "value": str(seconds),
                    "protocol_id": pid,
                    "side": side,
                    "set_number": 1,
                    "phase_index": 2 + 3 * index,
                    "moment": None,
                    "therapist_id": therapist,
                    "recorded_at": timestamp(moment),
                    "replaces_id": None,
                }
            )
            self.next_record += 1
        self.rows["records"].extend(out)
        return out

    def _home_programs(self, patient_id: int, spanish: bool, therapist: int, sessions: int) -> None:
        rng = self.rng
        versions = 1 if sessions < 4 else 2
        for version in range(1, versions + 1):
            chosen = rng.sample(self.library.home, k=min(len(self.library.home), 3 + version - 1))
            items = [
                {
                    "protocol_id": exercise["protocol_id"],
                    "sets": exercise["sets"],
                    "reps": exercise["reps"],
                    "hold_s": exercise["hold_s"],
                    "per_day": rng.choice((1, 2)),
                    "days_per_week": rng.choice((5, 7)),
                    "note": None,
                    "caution": None,
                }
                for exercise in chosen
            ]
            day = self.today - dt.timedelta(days=7 * (versions - version) * 3 + 1)
            created = timestamp(dt.datetime.combine(day, dt.time(12, 0)).astimezone())
            self.next_program += 1
            self.rows["home_programs"].append(
                {
                    "id": self.next_program - 1,
                    "patient_id": patient_id,
                    "version": version,
                    "created_at": created,
                    "therapist_id": therapist,
                    "language": "es" if spanish else "en",
                    "large_print": int(rng.random() < 0.15),
                    "items": json.dumps(items, ensure_ascii=False, sort_keys=True),
                    "note": None,
                }
            )

    def _audit(
        self,
        at: str,
        therapist: int,
        action: str,
        entity: str,
        entity_id: int,
        patient_id: int | None,
        content_hash: str | None = None,
        detail: str = "demo data",
    ) -> None:
        self.audit.append(
            {
                "at": at,
                "therapist_id": therapist,
                "action": action,
                "entity": entity,
                "entity_id": str(entity_id),
                "patient_id": patient_id,
                "detail": detail,
                "content_hash": content_hash,
            }
        )

    def _audit_rows(self) -> None:
        """An entry with its content hash for every row written without one so far."""
        patient_of = {row["id"]: row["patient_id"] for row in self.rows["sessions"]}
        for table, action, at in _ROW_ENTRIES:
            key = seals.key_of(table)
            for row in self.rows[table]:
                patient = row.get("patient_id") or patient_of.get(row.get("session_id"))
                self._audit(
                    row[at],
                    row["therapist_id"],
                    action,
                    table,
                    row[key],
                    patient,
                    seals.content_hash(table, row),
                )

    def write(self, counts: dict[str, int]) -> None:
        db = self.tx.db
        tables = [name for name, rows in self.rows.items() if rows]
        with self.tx.write(*tables, "audit_log"):
            for name in (
                "patients",
                "plans",
                "sessions",
                "records",
                "soap_notes",
                "home_programs",
            ):
                rows = self.rows[name]
                if rows:
                    _insert_all(db, name, rows)
            for chunk in _chunks(self.sign, 500):
                marks = ", ".join("?" for _ in chunk)
                db.execute(f"UPDATE sessions SET status = 'signed' WHERE id IN ({marks})", chunk)
            if self.rows["amendments"]:
                _insert_all(db, "amendments", self.rows["amendments"])
            self._audit_rows()
            self.audit.sort(key=lambda row: row["at"])
            self.tx.audit_all(self.audit)
        counts["patients"] += len(self.rows["patients"])
        counts["sessions"] += len(self.rows["sessions"])
        counts["records"] += len(self.rows["records"])
        counts["audit"] += len(self.audit)


#: The rows demo data writes, each audited as the program would: (table, action, time).
_ROW_ENTRIES = (
    ("plans", "create", "created_at"),
    ("sessions", "create", "started_at"),
    ("records", "record", "recorded_at"),
    ("soap_notes", "update", "updated_at"),
    ("home_programs", "create", "created_at"),
)


def _insert_all(db: Database, table: str, rows: list[dict[str, Any]]) -> None:
    db.table(table).insert_all(rows, batch_size=2000)


def _chunks(values: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]
