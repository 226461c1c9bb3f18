"""A patient's home program: the exercises, their dosage and who it is for.

A home program is what the patient takes home: a handful of `kind = "home"`
protocols, each with a dosage the therapist set for this patient (pre-filled from the
protocol's `[home]` table), an optional note and an optional extra caution. Each saved
program is one version of that patient's program.

The dosage ranges are those of the protocol file format's `[home]` table, so anything
a protocol file may prescribe a program may too, and nothing else.

The item's `caution` is the therapist's own, written in the patient's language; the
protocol's own caution (a text in several languages) is always printed beside it in the
program's language, so changing the language never leaves a caution untranslated.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictFloat, StrictInt, StrictStr

from console.domain.messages import say
from console.domain.protocol import ID_PATTERN, Protocol, ProtocolFile, dosage_limit

#: More exercises than this and patients do fewer of them; the editor warns gently.
ADHERENCE_LIMIT = 4

#: The dosage of an exercise: the names a protocol's home dosage and an item share.
DOSAGE_KEYS = ("sets", "reps", "hold_s", "per_day", "days_per_week")
#: The keys of one item in its stored (JSON) form, in order.
ITEM_KEYS = ("protocol_id", *DOSAGE_KEYS, "note", "caution")

Language = Literal["en", "es"]


class HomeProgramError(ValueError):
    """A home program that cannot be built or printed as asked."""


class NotAHomeExerciseError(HomeProgramError):
    """A protocol done with the therapist (kind = "pnf") offered as a home exercise."""

    def __init__(self, protocol_id: str) -> None:
        super().__init__(
            say(
                "The protocol “{0}” is done with the therapist, not at home: "
                "it has no home dosage.",
                protocol_id,
            )
        )
        self.protocol_id = protocol_id


class UnknownExerciseError(HomeProgramError, KeyError):
    """The program names an exercise the protocol library does not have."""

    def __init__(self, protocol_ids: list[str]) -> None:
        names = ", ".join(f"“{pid}”" for pid in protocol_ids)
        super().__init__(
            say(
                "The home program names exercises that are not in the protocol library: {0}. "
                "Put their files back in a protocol folder, or take them out of the program.",
                names,
            )
        )
        self.protocol_ids = protocol_ids

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0])


class HomeProgramItem(BaseModel):
    """One exercise of a home program with this patient's dosage."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    protocol_id: Annotated[StrictStr, Field(pattern=ID_PATTERN)]
    sets: Annotated[StrictInt, dosage_limit("sets")]
    reps: Annotated[StrictInt, dosage_limit("reps")]
    hold_s: Annotated[StrictInt | StrictFloat, dosage_limit("hold_s")] | None = None
    per_day: Annotated[StrictInt, dosage_limit("per_day")] = 1
    days_per_week: Annotated[StrictInt, dosage_limit("days_per_week")] = 7
    note: StrictStr = ""
    caution: StrictStr = ""

    @classmethod
    def from_protocol(cls, protocol: ProtocolFile | Protocol) -> HomeProgramItem:
        """The exercise with the dosage its protocol file suggests."""
        if isinstance(protocol, Protocol):
            protocol = protocol.spec
        dosage = protocol.home
        if protocol.kind != "home" or dosage is None:
            raise NotAHomeExerciseError(protocol.id)
        return cls(protocol_id=protocol.id, **{key: getattr(dosage, key) for key in DOSAGE_KEYS})

    def dosage(self) -> dict[str, Any]:
        """Sets, repetitions, hold, times a day and days a week, by ``DOSAGE_KEYS``."""
        return {key: getattr(self, key) for key in DOSAGE_KEYS}

    def to_dict(self) -> dict[str, Any]:
        """The stored form: one entry of the program's JSON items list."""
        return {key: getattr(self, key) for key in ITEM_KEYS}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> HomeProgramItem:
        """Reads the stored form back; missing note and caution read as empty."""
        return cls.model_validate(dict(data))


class HomeProgram(BaseModel):
    """One version of a patient's home program, ready to print."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    patient_name: Annotated[StrictStr, Field(min_length=1)]
    language: Language = "en"
    large_print: StrictBool = False
    therapist_name: StrictStr = ""
    date: dt.date
    version: Annotated[StrictInt, Field(ge=1)] = 1
    items: Annotated[tuple[HomeProgramItem, ...], Field(strict=False)] = ()

    @property
    def too_many_exercises(self) -> bool:
        """More than four exercises: a gentle warning, adherence drops (not an error)."""
        return len(self.items) > ADHERENCE_LIMIT

    @property
    def is_empty(self) -> bool:
        return not self.items

    def protocol_ids(self) -> list[str]:
        return [item.protocol_id for item in self.items]

    def missing_protocols(self, known: Mapping[str, object]) -> list[str]:
        """The item protocol ids not among `known`'s keys, in program order."""
        return [pid for pid in self.protocol_ids() if pid not in known]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; `items` is the stored items list."""
        return {
            "patient_name": self.patient_name,
            "language": self.language,
            "large_print": self.large_print,
            "therapist_name": self.therapist_name,
            "date": self.date.isoformat(),
            "version": self.version,
            "items": [item.to_dict() for item in self.items],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> HomeProgram:
        """Reads `to_dict()`'s form back (the date as an ISO string or a date)."""
        values = dict(data)
        date = values.get("date")
        if isinstance(date, str):
            try:
                values["date"] = dt.date.fromisoformat(date)
            except ValueError as error:
                raise HomeProgramError(
                    say("The saved program's date is not a date: {0}.", date)
                ) from error
        items = values.get("items", ())
        if not isinstance(items, list | tuple):
            raise HomeProgramError(say("The saved program's exercises are not a list."))
        values["items"] = tuple(HomeProgramItem.from_dict(item) for item in items)
        return cls.model_validate(values)
