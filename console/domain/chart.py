"""What a patient's chart holds, as the storage layer hands it out.

Plain, frozen values: the UI and the reports read them; only the repository makes
them. Times are ISO 8601 texts with their UTC offset (local time when written), so
the first ten characters are the local date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

from console.domain.patients import age_on

JsonItems = list[dict[str, Any]]
SessionStatus = Literal["running", "finished", "signed"]
RecordKind = Literal["grade", "pain", "note", "hold"]


@dataclass(frozen=True)
class Therapist:
    id: int
    name: str
    active: bool
    has_pin: bool
    created_at: str | None


@dataclass(frozen=True)
class Patient:
    id: int
    record_number: str
    given_name: str
    family_name: str
    date_of_birth: dt.date | None
    language: str
    diagnosis: str | None
    notes: str | None
    created_at: str | None
    updated_at: str | None
    #: Moves on with each save: a save based on an older one is refused (several rooms).
    row_version: int = 1

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}"

    def age(self, on: dt.date) -> int | None:
        return age_on(self.date_of_birth, on) if self.date_of_birth else None


@dataclass(frozen=True)
class Plan:
    """An ordered list of {"protocol_id", "side", "overrides"} items.

    A patient's plan has ``patient_id``; a template has ``is_template`` and a ``name``.
    """

    id: int
    patient_id: int | None
    name: str | None
    is_template: bool
    items: JsonItems
    therapist_id: int | None
    created_at: str | None


@dataclass(frozen=True)
class Session:
    """One treatment session. ``cursor`` is the runner's phase index, for resume, and
    ``cursor_key`` the same phase named by what it is (``console.domain.plan.phase_key``;
    None when saved by a version before it was kept)."""

    id: int
    patient_id: int
    therapist_id: int | None
    plan_id: int | None
    plan_snapshot: JsonItems
    status: SessionStatus
    started_at: str | None
    ended_at: str | None
    cursor: int
    cursor_at: str | None
    signed_at: str | None
    signed_by: int | None
    cursor_key: str | None = None
    #: The room the session runs (or ran) in; None on a console alone on its file.
    room: str | None = None

    @property
    def signed(self) -> bool:
        return self.status == "signed"

    @property
    def date(self) -> dt.date | None:
        return dt.date.fromisoformat(self.started_at[:10]) if self.started_at else None


class Record(NamedTuple):
    """A grade, pain score, note or hold timed to fatigue (whole seconds) taken during a
    session.

    A correction is a new record with ``replaces_id`` pointing at the one it corrects;
    the original is kept. (A named tuple: a chart holds hundreds, made quickly.)
    """

    id: int
    session_id: int
    kind: RecordKind
    value: str
    protocol_id: str | None
    side: str | None
    set_number: int | None
    phase_index: int | None
    moment: str | None
    therapist_id: int | None
    recorded_at: str
    replaces_id: int | None


@dataclass(frozen=True)
class SoapNote:
    session_id: int
    subjective: str
    objective: str
    assessment: str
    plan: str
    therapist_id: int | None
    updated_at: str | None
    #: Moves on with each save of the unsigned note (see ``Patient.row_version``).
    row_version: int = 1


@dataclass(frozen=True)
class Amendment:
    """A dated correction of a signed session, by whom and why; the original stays."""

    id: int
    session_id: int
    therapist_id: int | None
    created_at: str
    target: str | None
    reason: str
    text: str


@dataclass(frozen=True)
class HomeProgramVersion:
    """One saved version of a patient's home program (items as stored JSON)."""

    id: int
    patient_id: int
    version: int
    created_at: str | None
    therapist_id: int | None
    language: str | None
    large_print: bool
    items: JsonItems
    note: str | None


@dataclass(frozen=True)
class SessionDetail:
    """A session with its current records, SOAP note and amendments.

    ``changed_after_signing``: for a signed session that no longer matches its seal,
    one line for each change the audit trail shows (empty when it is intact).
    """

    session: Session
    records: list[Record]
    soap: SoapNote | None
    amendments: list[Amendment]
    changed_after_signing: tuple[str, ...] = ()


TrendPoint = tuple[dt.date, float]
GradeTrend = dict[tuple[str, str], list[TrendPoint]]
PainTrend = dict[str, list[tuple[dt.date, int]]]


@dataclass(frozen=True)
class PatientChart:
    """Everything the chart screen shows for one patient, read in one go."""

    patient: Patient
    sessions: list[SessionDetail]
    grade_trend: GradeTrend = field(default_factory=dict)
    pain_trend: PainTrend = field(default_factory=dict)
    home_program: HomeProgramVersion | None = None
