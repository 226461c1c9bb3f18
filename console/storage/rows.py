"""Rows to the chart's values, plan and program items to and from JSON, and the
timestamps every stored row carries."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import MISSING, fields
from typing import Any, TypeVar

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
T = TypeVar("T")


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


_FIELD_NAMES: dict[type[Any], tuple[str, ...]] = {}


#: Fields with a default, by kind: a query that does not select them gets the default.
_DEFAULTED: dict[type[Any], frozenset[str]] = {}


def _names(kind: type[Any]) -> tuple[str, ...]:
    if kind not in _FIELD_NAMES:
        _FIELD_NAMES[kind] = tuple(item.name for item in fields(kind))
        _DEFAULTED[kind] = frozenset(
            item.name for item in fields(kind) if item.default is not MISSING
        )
    return _FIELD_NAMES[kind]


def _from_row(kind: type[T], row: Row, **converted: Any) -> T:
    """``kind`` built from the row's columns of its field names; ``converted`` gives the
    fields that need more than a copy of their column."""
    values = {
        name: row[name]
        for name in _names(kind)
        if name not in converted and (name in row or name not in _DEFAULTED[kind])
    }
    return kind(**values, **converted)


def to_therapist(row: Row) -> Therapist:
    return _from_row(Therapist, row, active=bool(row["active"]), has_pin=bool(row["pin_hash"]))


def to_patient(row: Row) -> Patient:
    dob = row["date_of_birth"]
    return _from_row(Patient, row, date_of_birth=dt.date.fromisoformat(dob) if dob else None)


def to_plan(row: Row) -> Plan:
    return _from_row(
        Plan, row, is_template=bool(row["is_template"]), items=load_items(row["items"])
    )


def to_session(row: Row) -> Session:
    return _from_row(Session, row, plan_snapshot=load_items(row["plan_snapshot"]))


#: The records columns in the order of ``Record``'s fields.
RECORD_COLUMNS = ", ".join(Record._fields)


def to_record(row: Row) -> Record:
    return Record._make([row[name] for name in Record._fields])


def to_soap(row: Row) -> SoapNote:
    return _from_row(SoapNote, row)


def to_amendment(row: Row) -> Amendment:
    return _from_row(Amendment, row)


def to_home_program(row: Row) -> HomeProgramVersion:
    items = load_items(row["items"])
    return _from_row(HomeProgramVersion, row, large_print=bool(row["large_print"]), items=items)
