"""Rows to the chart's values, plan and program items to and from JSON, and the
timestamps every stored row carries."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from typing import Any

from console.domain.chart import (
    Amendment,
    HomeProgramVersion,
    JsonItems,
    Patient,
    Plan,
    Record,
    Session,
    SoapNote,
    Therapist,
)
from console.domain.validation import ValidationError

Row = dict[str, Any]


def timestamp(moment: dt.datetime) -> str:
    """ISO 8601 with milliseconds and the UTC offset: sorts, and its [:10] is the date."""
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.isoformat(timespec="milliseconds")


# -- JSON items -----------------------------------------------------------------------


def items_json(items: Sequence[Any], *, field: str = "items") -> str:
    """Plan or program items as stored JSON; pydantic models are dumped first."""
    plain: JsonItems = []
    for index, item in enumerate(items):
        dump = getattr(item, "model_dump", None)
        if callable(dump):
            item = dump(mode="json")
        if not isinstance(item, Mapping):
            raise ValidationError(field, f"item {index + 1} is not a set of named values")
        if not isinstance(item.get("protocol_id"), str) or not item["protocol_id"]:
            raise ValidationError(field, f"item {index + 1} has no protocol id")
        plain.append(dict(item))
    try:
        return json.dumps(plain, ensure_ascii=False, sort_keys=True)
    except (TypeError, ValueError) as error:
        raise ValidationError(field, f"items cannot be saved: {error}") from None


def load_items(text: str | None) -> JsonItems:
    value = json.loads(text) if text else []
    return list(value) if isinstance(value, list) else []


# -- rows to values -------------------------------------------------------------------


def to_therapist(row: Row) -> Therapist:
    return Therapist(
        id=row["id"],
        name=row["name"],
        active=bool(row["active"]),
        has_pin=bool(row["pin_hash"]),
        created_at=row["created_at"],
    )


def to_patient(row: Row) -> Patient:
    dob = row["date_of_birth"]
    return Patient(
        id=row["id"],
        record_number=row["record_number"],
        given_name=row["given_name"],
        family_name=row["family_name"],
        date_of_birth=dt.date.fromisoformat(dob) if dob else None,
        language=row["language"],
        diagnosis=row["diagnosis"],
        notes=row["notes"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def to_plan(row: Row) -> Plan:
    return Plan(
        id=row["id"],
        patient_id=row["patient_id"],
        name=row["name"],
        is_template=bool(row["is_template"]),
        items=load_items(row["items"]),
        therapist_id=row["therapist_id"],
        created_at=row["created_at"],
    )


def to_session(row: Row) -> Session:
    return Session(
        id=row["id"],
        patient_id=row["patient_id"],
        therapist_id=row["therapist_id"],
        plan_id=row["plan_id"],
        plan_snapshot=load_items(row["plan_snapshot"]),
        status=row["status"],
        started_at=row["started_at"],
        ended_at=row["ended_at"],
        cursor=row["cursor"],
        cursor_at=row["cursor_at"],
        signed_at=row["signed_at"],
        signed_by=row["signed_by"],
        cursor_key=row["cursor_key"],
    )


#: The records columns in the order of ``Record``'s fields.
RECORD_COLUMNS = ", ".join(Record._fields)


def to_record(row: Row) -> Record:
    return Record(
        id=row["id"],
        session_id=row["session_id"],
        kind=row["kind"],
        value=row["value"],
        protocol_id=row["protocol_id"],
        side=row["side"],
        set_number=row["set_number"],
        phase_index=row["phase_index"],
        moment=row["moment"],
        therapist_id=row["therapist_id"],
        recorded_at=row["recorded_at"],
        replaces_id=row["replaces_id"],
    )


def to_soap(row: Row) -> SoapNote:
    return SoapNote(
        session_id=row["session_id"],
        subjective=row["subjective"],
        objective=row["objective"],
        assessment=row["assessment"],
        plan=row["plan"],
        therapist_id=row["therapist_id"],
        updated_at=row["updated_at"],
    )


def to_amendment(row: Row) -> Amendment:
    return Amendment(
        id=row["id"],
        session_id=row["session_id"],
        therapist_id=row["therapist_id"],
        created_at=row["created_at"],
        target=row["target"],
        reason=row["reason"],
        text=row["text"],
    )


def to_home_program(row: Row) -> HomeProgramVersion:
    return HomeProgramVersion(
        id=row["id"],
        patient_id=row["patient_id"],
        version=row["version"],
        created_at=row["created_at"],
        therapist_id=row["therapist_id"],
        language=row["language"],
        large_print=bool(row["large_print"]),
        items=load_items(row["items"]),
        note=row["note"],
    )
