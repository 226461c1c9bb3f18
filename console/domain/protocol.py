"""The protocol file contract, version 1 (docs/protocol-format.md), as typed models.

A protocol describes one PNF pattern worked with one technique, or one home exercise.
These models are both the validator (pydantic, unknown fields forbidden) and the
in-memory form every other layer reads.
"""

from __future__ import annotations

import datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

FORMAT_V1 = "pnf-protocol/1"
ID_PATTERN = r"^[a-z0-9][a-z0-9-]{1,63}$"
LANGUAGES = ("en", "es")


class Region(StrEnum):
    UPPER_EXTREMITY = "upper-extremity"
    LOWER_EXTREMITY = "lower-extremity"
    SCAPULA = "scapula"
    PELVIS = "pelvis"
    TRUNK = "trunk"
    NECK = "neck"
    CORE = "core"


class Technique(StrEnum):
    RHYTHMIC_INITIATION = "rhythmic-initiation"
    COMBINATION_OF_ISOTONICS = "combination-of-isotonics"
    DYNAMIC_REVERSALS = "dynamic-reversals"
    STABILIZING_REVERSALS = "stabilizing-reversals"
    RHYTHMIC_STABILIZATION = "rhythmic-stabilization"
    REPEATED_STRETCH = "repeated-stretch"
    HOLD_RELAX = "hold-relax"
    CONTRACT_RELAX = "contract-relax"
    REPLICATION = "replication"
    NONE = "none"


class StepKind(StrEnum):
    POSITION = "position"
    MOVE = "move"
    HOLD = "hold"
    RELAX = "relax"
    REST = "rest"
    CUE = "cue"


TIMED_KINDS = frozenset({StepKind.HOLD, StepKind.RELAX, StepKind.REST})

Number = StrictFloat
Side = Literal["left", "right", "bilateral"]


def field_rule(field: str, message: str, missing: bool = False) -> PydanticCustomError:
    """An error about one field, raised from a model-level rule.

    The loader reads `field` and `missing` back from the error's context to point at
    the field's line (or, for a missing field, at the line of its table).
    """
    return PydanticCustomError(
        "field_rule", "{message}", {"field": field, "message": message, "missing": missing}
    )


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(_Strict):
    """A text in several languages; English is always present."""

    en: Annotated[StrictStr, Field(min_length=1)]
    es: Annotated[StrictStr, Field(min_length=1)] | None = None

    def in_(self, lang: str) -> str:
        """The text in `lang`, falling back to English where it is missing."""
        if lang == "es" and self.es:
            return self.es
        return self.en

    def languages(self) -> tuple[str, ...]:
        return tuple(code for code in LANGUAGES if getattr(self, code))

    @model_validator(mode="before")
    @classmethod
    def _from_plain_string(cls, value: Any) -> Any:
        if isinstance(value, str):
            return {"en": value}
        return value


#: A hold timed to fatigue stops by itself at its cap: the default and the bounds, in
#: whole seconds (the database keeps a hold of 1 to 600 s, m005_hold_records).
FATIGUE_CAP_DEFAULT_S = 300
FATIGUE_CAP_RANGE_S = (10, 600)


class Step(_Strict):
    kind: StepKind
    instruction: Text
    hands: Text | None = None
    command: Text | None = None
    seconds: Annotated[Number, Field(ge=0.5, le=600)] | None = None
    repeat: Annotated[StrictInt, Field(ge=1, le=50)] = 1
    to_fatigue: StrictBool = False
    cap_s: (
        Annotated[StrictInt, Field(ge=FATIGUE_CAP_RANGE_S[0], le=FATIGUE_CAP_RANGE_S[1])] | None
    ) = None

    @property
    def timed(self) -> bool:
        if self.to_fatigue:
            return True
        return self.seconds is not None and self.kind in (*TIMED_KINDS, StepKind.MOVE)

    @property
    def cap(self) -> int:
        """The cap of a hold timed to fatigue, in whole seconds."""
        return self.cap_s if self.cap_s is not None else FATIGUE_CAP_DEFAULT_S

    @model_validator(mode="after")
    def _seconds_where_needed(self) -> Step:
        for name, message, missing in step_rule_problems(
            self.model_dump(include={"kind", "seconds", "to_fatigue", "cap_s"})
        ):
            raise field_rule(name, message, missing)
        return self


def step_rule_problems(raw: dict[str, Any]) -> list[tuple[str, str, bool]]:
    """Timing rules of one step: (field, message, is_missing).

    Also run on the raw table when other fields fail, so that one check reports all.
    """
    kind, seconds = raw.get("kind"), raw.get("seconds")
    if not isinstance(kind, str):
        return []
    fatigue = raw.get("to_fatigue") is True
    if fatigue and kind != StepKind.HOLD:
        return [("to_fatigue", "only a hold step can be timed to fatigue", False)]
    if raw.get("cap_s") is not None and not fatigue:
        return [("cap_s", "a cap belongs to a hold with to_fatigue = true", False)]
    if fatigue and seconds is not None:
        return [("seconds", "a hold timed to fatigue counts up; use cap_s, not seconds", False)]
    if fatigue:
        return []
    if kind in TIMED_KINDS and seconds is None:
        return [("seconds", f"required for a {kind} step", True)]
    if kind in (StepKind.POSITION, StepKind.CUE) and seconds is not None:
        return [("seconds", f"a {kind} step is untimed; remove 'seconds'", False)]
    return []


#: What a home exercise's dosage may be, (lowest, highest) of each field: the same for
#: a protocol's suggestion, a patient's program and the editor's cells.
DOSAGE_RANGES: dict[str, tuple[int, int]] = {
    "sets": (1, 20),
    "reps": (1, 100),
    "hold_s": (0, 600),
    "per_day": (1, 10),
    "days_per_week": (1, 7),
}


def dosage_limit(name: str) -> Any:
    """The bounds of one dosage field (``DOSAGE_RANGES``) for its pydantic annotation."""
    low, high = DOSAGE_RANGES[name]
    return Field(ge=low, le=high)


class HomeDosage(_Strict):
    reps: Annotated[StrictInt, dosage_limit("reps")]
    sets: Annotated[StrictInt, dosage_limit("sets")]
    hold_s: Annotated[Number, dosage_limit("hold_s")] | None = None
    per_day: Annotated[StrictInt, dosage_limit("per_day")] = 1
    days_per_week: Annotated[StrictInt, dosage_limit("days_per_week")] = 7
    caution: Text | None = None


class Review(_Strict):
    """The clinic's PNF instructor's sign-off of one protocol (docs/clinical-review.md)."""

    status: Literal["draft", "reviewed"]
    reviewer: Annotated[StrictStr, Field(min_length=1, max_length=120)] | None = None
    date: Annotated[datetime.date, Field(strict=True)] | None = None

    @model_validator(mode="after")
    def _reviewed_by_whom_and_when(self) -> Review:
        if self.status == "reviewed":
            for name in ("reviewer", "date"):
                if getattr(self, name) is None:
                    raise field_rule(name, f"a reviewed protocol needs its {name}", missing=True)
        return self


class ProtocolFile(_Strict):
    """One protocol file exactly as written (the validator)."""

    format: Literal["pnf-protocol/1"]
    id: Annotated[StrictStr, Field(pattern=ID_PATTERN)]
    title: Text
    kind: Literal["pnf", "home"]
    region: Region
    pattern: Annotated[StrictStr, Field(min_length=1)] | None = None
    technique: Technique | None = None
    sides: Annotated[list[Side], Field(min_length=1, max_length=3)] = Field(
        default_factory=lambda: list[Side](["left", "right"])
    )
    summary: Text
    sets: Annotated[StrictInt, Field(ge=1, le=20)] = 1
    rest_between_sets_s: Annotated[Number, Field(ge=0, le=600)] = 0
    grade_after: Literal["set", "protocol", "never"] = "set"
    endurance_test: Literal["extensor", "flexor", "side-bridge", "prone-bridge"] | None = None
    illustration: Annotated[StrictStr, Field(min_length=1)] | None = None
    references: list[StrictStr] = Field(default_factory=list)
    tags: list[StrictStr] = Field(default_factory=list)
    home: HomeDosage | None = None
    review: Review | None = None
    steps: Annotated[list[Step], Field(min_length=1, max_length=100)]
    x: dict[str, Any] | None = None

    @field_validator("sides")
    @classmethod
    def _unique_sides(cls, sides: list[str]) -> list[str]:
        if len(set(sides)) != len(sides):
            raise ValueError("each side may be listed once")
        return sides

    @field_validator("illustration")
    @classmethod
    def _illustration_kind(cls, ref: str | None) -> str | None:
        if ref is None or ref.startswith("builtin:"):
            return ref
        if not ref.lower().endswith((".png", ".svg")):
            raise ValueError("expected a .png or .svg file, or builtin:NAME")
        return ref

    @model_validator(mode="after")
    def _kind_rules(self) -> ProtocolFile:
        for name, message in kind_rule_problems(self.model_dump(include={"kind", *KIND_RULES})):
            raise field_rule(name, message, missing=True)
        return self


KIND_RULES = {"pattern": "pnf", "technique": "pnf", "home": "home"}


def kind_rule_problems(raw: dict[str, Any]) -> list[tuple[str, str]]:
    """Fields a protocol of its kind must have and lacks: (field, message).

    Also run on the raw table when other fields fail, so that one check reports all.
    """
    kind = raw.get("kind")
    problems = []
    for name, needed_by in KIND_RULES.items():
        if kind == needed_by and raw.get(name) is None:
            what = "a [home] table with the dosage" if name == "home" else "this field"
            problems.append((name, f"a {kind} protocol needs {what}"))
    return problems


class Protocol(BaseModel):
    """A validated protocol with where it came from."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    spec: ProtocolFile
    path: Path
    builtin: bool = False

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def title(self) -> Text:
        return self.spec.title

    @property
    def kind(self) -> str:
        return self.spec.kind

    @property
    def region(self) -> Region:
        return self.spec.region

    @property
    def steps(self) -> list[Step]:
        return self.spec.steps

    def illustration_path(self, builtin_dir: Path) -> Path | None:
        """The illustration file, or None when the protocol names none."""
        ref = self.spec.illustration
        if not ref:
            return None
        if ref.startswith("builtin:"):
            name = ref.removeprefix("builtin:")
            for suffix in (".svg", ".png"):
                candidate = builtin_dir / f"{name}{suffix}"
                if candidate.exists():
                    return candidate
            return builtin_dir / f"{name}.svg"
        return self.path.parent / ref

    def search_text(self) -> str:
        """Lower-case words a filter box matches against."""
        spec = self.spec
        parts = [spec.id, spec.title.en, spec.title.es or "", spec.region.value]
        parts += [spec.pattern or "", spec.technique.value if spec.technique else ""]
        parts += spec.tags
        return " ".join(parts).lower()
