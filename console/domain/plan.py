"""A session plan and its expansion into the phases the runner walks through.

A plan is an ordered list of (protocol, side, overrides). ``expand`` turns it into one
flat, immutable tuple of phases: the pain prompt at the start; for each protocol, for
each set, every step as often as it repeats, a grade prompt where the protocol's
``grade_after`` asks for one and a rest between sets; the pain prompt at the end; and a
closing "done" phase. The runner (``console.domain.runner``) only ever moves a cursor
along this tuple.

Plans are stored as JSON: ``SessionPlan.to_dict()`` / ``SessionPlan.from_dict()``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    StrictInt,
    StrictStr,
    field_validator,
    model_serializer,
)

from console.domain.catalogue import N_, decimal, text
from console.domain.messages import say
from console.domain.protocol import (
    ID_PATTERN,
    Number,
    Protocol,
    ProtocolFile,
    Step,
    StepKind,
    Text,
)

Side = Literal["left", "right", "bilateral"]
GradeAfter = Literal["set", "protocol", "never"]

#: The largest repeat multiplier a plan may set (a step repeats at most 50 times in a
#: file; a multiplier of 10 is already far beyond any clinical dose).
MAX_REPEAT_SCALE = 10


class PlanError(ValueError):
    """A plan that cannot be expanded against the loaded protocols."""


class Overrides(BaseModel):
    """What this plan changes in a protocol for this patient; None keeps the file's value.

    - ``sets``, ``rest_between_sets_s``: replace the protocol's values.
    - ``hold_s``, ``relax_s``, ``rest_s``: replace the seconds of every step of that kind.
    - ``repeat``: multiplies the repeat count of every move, hold, relax and rest step
      (position and cue steps are set-up and instructions and are never multiplied).
    - ``step_repeat``: the exact repeat count of single steps, by step index (0-based);
      it wins over ``repeat`` for that step.
    - ``fatigue_steps``: hold steps (by index) timed to fatigue for this patient, switched
      from the runner; they count up to the step's cap instead of counting down.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    sets: Annotated[StrictInt, Field(ge=1, le=20)] | None = None
    rest_between_sets_s: Annotated[Number, Field(ge=0, le=600)] | None = None
    hold_s: Annotated[Number, Field(ge=0.5, le=600)] | None = None
    relax_s: Annotated[Number, Field(ge=0.5, le=600)] | None = None
    rest_s: Annotated[Number, Field(ge=0.5, le=600)] | None = None
    repeat: Annotated[StrictInt, Field(ge=1, le=MAX_REPEAT_SCALE)] | None = None
    step_repeat: dict[
        Annotated[StrictInt, Field(ge=0)], Annotated[StrictInt, Field(ge=1, le=50)]
    ] = Field(default_factory=dict)
    fatigue_steps: tuple[Annotated[StrictInt, Field(ge=0)], ...] = ()

    @field_validator("fatigue_steps", mode="before")
    @classmethod
    def _steps_from_json(cls, value: Any) -> Any:
        """JSON has lists, not tuples: kept sorted, each step once."""
        if isinstance(value, list | tuple):
            return tuple(sorted(set(value)))
        return value

    @field_validator("step_repeat", mode="before")
    @classmethod
    def _keys_from_json(cls, value: Any) -> Any:
        """JSON object keys are strings: accept "2" as step index 2."""
        if isinstance(value, Mapping):
            return {
                int(key) if isinstance(key, str) and key.isdigit() else key: count
                for key, count in value.items()
            }
        return value

    @model_serializer(mode="wrap")
    def _compact(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """``model_dump()`` leaves out what is not overridden, like ``to_dict()``."""
        data: dict[str, Any] = handler(self)
        return {
            key: value
            for key, value in data.items()
            if value is not None and value not in ({}, (), [])
        }

    def seconds_for(self, step: Step) -> float | None:
        """The step's duration with these overrides, or None for an untimed step."""
        if not step.timed or step.seconds is None:
            return None
        override = {"hold": self.hold_s, "relax": self.relax_s, "rest": self.rest_s}.get(
            step.kind.value
        )
        return float(override if override is not None else step.seconds)

    def repeat_for(self, step_index: int, step: Step) -> int:
        """How many times the step runs in a row with these overrides."""
        if step_index in self.step_repeat:
            return self.step_repeat[step_index]
        if self.repeat is not None and step.kind.value in ("move", "hold", "relax", "rest"):
            return step.repeat * self.repeat
        return step.repeat

    def to_dict(self) -> dict[str, Any]:
        """The set values only, as plain JSON-ready data."""
        data: dict[str, Any] = {}
        for name in ("sets", "rest_between_sets_s", "hold_s", "relax_s", "rest_s", "repeat"):
            value = getattr(self, name)
            if value is not None:
                data[name] = value
        if self.step_repeat:
            data["step_repeat"] = {str(k): v for k, v in sorted(self.step_repeat.items())}
        if self.fatigue_steps:
            data["fatigue_steps"] = list(self.fatigue_steps)
        return data

    def to_fatigue(self, step_index: int, step: Step) -> bool:
        """The step is a hold timed to fatigue: in its file, or switched for this patient."""
        return step.kind is StepKind.HOLD and (step.to_fatigue or step_index in self.fatigue_steps)


class PlanItem(BaseModel):
    """One protocol in a plan, on one side, with this patient's overrides."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    protocol_id: Annotated[StrictStr, Field(pattern=ID_PATTERN)]
    side: Side
    overrides: Overrides = Field(default_factory=Overrides)

    def to_dict(self) -> dict[str, Any]:
        return {
            "protocol_id": self.protocol_id,
            "side": self.side,
            "overrides": self.overrides.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PlanItem:
        """Read an item back from its stored form; raises pydantic's ValidationError."""
        return cls.model_validate(dict(data))


class SessionPlan(BaseModel):
    """The ordered protocols of one session. Immutable: edits return a new plan."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    items: tuple[PlanItem, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"items": self.to_items()}

    def to_items(self) -> list[dict[str, Any]]:
        """The items alone, as the storage layer keeps a plan."""
        return [item.to_dict() for item in self.items]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | Sequence[Mapping[str, Any]]) -> SessionPlan:
        """Read a stored plan: ``{"items": [...]}`` or a bare list of items."""
        raw = data.get("items", []) if isinstance(data, Mapping) else data
        if isinstance(data, Mapping) and set(data) - {"items"}:
            unknown = ", ".join(sorted(set(data) - {"items"}))
            raise PlanError(
                say("The saved plan has parts this version does not know: {0}.", unknown)
            )
        return cls(items=tuple(PlanItem.from_dict(item) for item in raw))

    def appended(self, item: PlanItem) -> SessionPlan:
        return SessionPlan(items=(*self.items, item))

    def removed(self, index: int) -> SessionPlan:
        items = list(self.items)
        del items[index]
        return SessionPlan(items=tuple(items))

    def replaced(self, index: int, item: PlanItem) -> SessionPlan:
        items = list(self.items)
        items[index] = item
        return SessionPlan(items=tuple(items))

    def moved(self, index: int, to: int) -> SessionPlan:
        """The item at ``index`` moved to position ``to`` (both 0-based)."""
        items = list(self.items)
        item = items.pop(index)
        items.insert(max(0, min(to, len(items))), item)
        return SessionPlan(items=tuple(items))


class PhaseKind(StrEnum):
    """What the runner shows at one phase. The first six are the protocol step kinds."""

    POSITION = "position"
    MOVE = "move"
    HOLD = "hold"
    RELAX = "relax"
    REST = "rest"
    CUE = "cue"
    PAIN_START = "pain-start"
    GRADE = "grade"
    SET_REST = "set-rest"
    PAIN_END = "pain-end"
    DONE = "done"


#: Phases that belong to no protocol.
SESSION_KINDS = frozenset({PhaseKind.PAIN_START, PhaseKind.PAIN_END, PhaseKind.DONE})


@dataclass(frozen=True, slots=True)
class Phase:
    """One stop of the runner's cursor.

    Outside a protocol (pain prompts, done) the protocol fields are None and the
    counters 0. ``set_number`` is 1-based; a set-rest phase carries the set just
    finished, a grade phase the set it grades. ``repeat_number`` is 1-based for step
    phases and 0 for grade and rest prompts.
    """

    index: int
    kind: PhaseKind
    item_index: int | None = None
    protocol_id: str | None = None
    title: Text | None = None
    side: Side | None = None
    set_number: int = 0
    set_count: int = 0
    repeat_number: int = 0
    repeat_count: int = 0
    step_index: int | None = None
    step: Step | None = None
    duration_s: float | None = None
    #: A hold timed to fatigue: it counts up; ``duration_s`` is its cap.
    to_fatigue: bool = False

    @property
    def timed(self) -> bool:
        return self.duration_s is not None

    @property
    def in_protocol(self) -> bool:
        return self.item_index is not None


Phases = tuple[Phase, ...]


def _spec(value: ProtocolFile | Protocol) -> ProtocolFile:
    return value.spec if isinstance(value, Protocol) else value


def expand(plan: SessionPlan, protocols: Mapping[str, ProtocolFile | Protocol]) -> Phases:
    """The plan as the flat tuple of phases the runner walks through.

    Raises PlanError when a protocol is not loaded, the side is not one the protocol
    offers, or ``step_repeat`` names a step the protocol does not have.
    """
    phases: list[Phase] = [Phase(index=0, kind=PhaseKind.PAIN_START)]
    for item_index, item in enumerate(plan.items):
        if item.protocol_id not in protocols:
            raise PlanError(
                say(
                    "Item {0} of the plan uses the protocol “{1}”, which is not in the library. "
                    "Put its file back in a protocol folder, or change the plan.",
                    item_index + 1,
                    item.protocol_id,
                )
            )
        spec = _spec(protocols[item.protocol_id])
        phases.extend(_protocol_phases(item_index, item, spec, start=len(phases)))
    phases.append(Phase(index=len(phases), kind=PhaseKind.PAIN_END))
    phases.append(Phase(index=len(phases), kind=PhaseKind.DONE))
    return tuple(phases)


def _protocol_phases(
    item_index: int, item: PlanItem, spec: ProtocolFile, start: int
) -> list[Phase]:
    number, name = item_index + 1, item.protocol_id
    if item.side not in spec.sides:
        raise PlanError(
            say(
                "Item {0} of the plan ({1}) asks for the side “{2}”; the protocol has {3}.",
                number,
                name,
                item.side,
                ", ".join(spec.sides),
            )
        )
    over = item.overrides
    named = (*over.step_repeat, *over.fatigue_steps)
    bad_steps = sorted(i for i in named if i >= len(spec.steps))
    if bad_steps:
        raise PlanError(
            say(
                "Item {0} of the plan ({1}) repeats step {2}; the protocol's last step is {3}.",
                number,
                name,
                bad_steps[0] + 1,
                len(spec.steps),
            )
        )
    sets = over.sets if over.sets is not None else spec.sets
    rest_s = float(
        over.rest_between_sets_s
        if over.rest_between_sets_s is not None
        else spec.rest_between_sets_s
    )
    common: dict[str, Any] = {
        "item_index": item_index,
        "protocol_id": spec.id,
        "title": spec.title,
        "side": item.side,
        "set_count": sets,
    }
    phases: list[Phase] = []

    def add(kind: PhaseKind, **fields: Any) -> None:
        phases.append(Phase(index=start + len(phases), kind=kind, **common, **fields))

    setup = setup_steps(spec)
    for set_number in range(1, sets + 1):
        for step_index, step in enumerate(spec.steps):
            if set_number > 1 and step_index < setup and step.kind is StepKind.CUE:
                continue  # the set-up notes were read in the first set
            count = over.repeat_for(step_index, step)
            fatigue = over.to_fatigue(step_index, step)
            seconds = float(step.cap) if fatigue else over.seconds_for(step)
            for repeat_number in range(1, count + 1):
                add(
                    PhaseKind(step.kind.value),
                    set_number=set_number,
                    repeat_number=repeat_number,
                    repeat_count=count,
                    step_index=step_index,
                    step=step,
                    duration_s=seconds,
                    to_fatigue=fatigue,
                )
        last = set_number == sets
        if spec.grade_after == "set" or (spec.grade_after == "protocol" and last):
            add(PhaseKind.GRADE, set_number=set_number)
        if not last and rest_s > 0:
            add(PhaseKind.SET_REST, set_number=set_number, duration_s=rest_s)
    return phases


SETUP_KINDS = frozenset({StepKind.POSITION, StepKind.CUE})


def setup_steps(spec: ProtocolFile) -> int:
    """How many leading steps only set up (position, cues).

    The cue steps among them (start components, stretch and timing notes, cautions)
    are shown in the first set only; the position step stays in every set, as the
    moment to take the grip again before the first timed step. A protocol made only of
    set-up steps is run whole every set.
    """
    for index, step in enumerate(spec.steps):
        if step.kind not in SETUP_KINDS:
            return index
    return 0


def item_starts(phases: Iterable[Phase]) -> dict[int, int]:
    """The index of each plan item's first phase, by item index."""
    starts: dict[int, int] = {}
    for phase in phases:
        if phase.item_index is not None:
            starts.setdefault(phase.item_index, phase.index)
    return starts


#: Each kind of phase named for "what comes next" (content catalogue).
PHASE_NAMES: dict[PhaseKind, str] = {
    PhaseKind.POSITION: N_("Position"),
    PhaseKind.MOVE: N_("Move"),
    PhaseKind.HOLD: N_("Hold"),
    PhaseKind.RELAX: N_("Relax"),
    PhaseKind.REST: N_("Rest"),
    PhaseKind.CUE: N_("Cue"),
    PhaseKind.PAIN_START: N_("Pain score (start)"),
    PhaseKind.GRADE: N_("Resistance grade"),
    PhaseKind.SET_REST: N_("Rest between sets"),
    PhaseKind.PAIN_END: N_("Pain score (end)"),
    PhaseKind.DONE: N_("Session complete"),
}


def phase_key(phase: Phase) -> str:
    """A phase named by what it is (kind, plan item, protocol, side, set, step, repeat),
    not by where it stands in the list.

    The runner's resume point is saved with it. The list is made again from the
    protocol files when a session resumes, so a protocol edited in between (a step
    added), or a newer version that lays out phases differently, moves the index; the
    key still finds the same phase."""
    parts = (
        phase.kind.value,
        phase.item_index,
        phase.protocol_id,
        phase.side,
        phase.set_number,
        phase.step_index,
        phase.repeat_number,
    )
    return "|".join("" if part is None else str(part) for part in parts)


#: What follows this mark in a saved resume point is the state of a hold timed to
#: fatigue that was counting (console/domain/endurance.py); the key is before it.
HOLD_MARK = "#"


def resume_index(phases: Sequence[Phase], cursor: int, key: str | None) -> int:
    """Where a session saved at (`cursor`, `key`) resumes in `phases`.

    The phase with the same key; else, when that phase is gone (the protocol changed),
    the start of the same set of the same plan item, else of the item; else the saved
    index, kept within the list (a resume point saved before keys were kept)."""
    last = len(phases) - 1
    key = key.partition(HOLD_MARK)[0] if key else key
    if key:
        for phase in phases:
            if phase_key(phase) == key:
                return phase.index
        _kind, item, protocol, _side, set_number, *_ = key.split("|")
        if item:
            same_item = [
                p for p in phases if str(p.item_index) == item and p.protocol_id == protocol
            ]
            same_set = [p for p in same_item if str(p.set_number) == set_number]
            for group in (same_set, same_item):
                if group:
                    return group[0].index
    return max(0, min(cursor, last))


def describe(phase: Phase, lang: str = "en") -> str:
    """A short line for "what comes next": ``Hold 6 s``, ``Set 2 of 3: Position``."""
    label = text(lang, PHASE_NAMES[phase.kind])
    if phase.to_fatigue and phase.duration_s is not None:
        label = text(lang, "Hold to fatigue (cap {seconds} s)").format(
            seconds=decimal(lang, phase.duration_s)
        )
    elif phase.duration_s is not None:
        seconds = text(lang, "{seconds} s").format(seconds=decimal(lang, phase.duration_s))
        label = f"{label} {seconds}"
    if phase.kind is PhaseKind.SET_REST:
        return text(lang, "{label}, before set {number}").format(
            label=label, number=phase.set_number + 1
        )
    if phase.kind in SESSION_KINDS or phase.kind is PhaseKind.GRADE:
        return label
    if phase.repeat_count > 1:
        label = f"{label} {phase.repeat_number}/{phase.repeat_count}"
    return label


def coming_next(phases: Sequence[Phase], index: int, lang: str = "en") -> str | None:
    """What comes after phase ``index``; the protocol title is named when it changes."""
    if not 0 <= index + 1 < len(phases):
        return None
    current, following = phases[index], phases[index + 1]
    line = describe(following, lang)
    if following.in_protocol and following.title is not None:
        if following.item_index != current.item_index:
            return f"{following.title.in_(lang)}: {line}"
        if following.set_number != current.set_number:
            return text(lang, "Set {number}/{count}: {next}").format(
                number=following.set_number, count=following.set_count, next=line
            )
    return line
