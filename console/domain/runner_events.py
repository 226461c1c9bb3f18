"""What the runner is told (events) and what it asks the caller to do (effects).

Both are plain immutable values. Every event carries ``now``: monotonic seconds from the
injected clock. See docs/runner.md for what each one does.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from console.domain.grades import ResistanceGrade
from console.domain.plan import PhaseKind
from console.domain.protocol import Text

#: When a pain score was taken: "start", "end", or None for during the session (as stored).
PainMoment = Literal["start", "end"] | None

#: The EntryKey that opens a pain score (the P key).
PAIN_KEY = "pain"
#: The symbols an EntryKey may carry: the typed digits, + and -, and ``PAIN_KEY``.
ENTRY_KEYS = frozenset({*"0123456789", "+", "-", PAIN_KEY})

# ---------------------------------------------------------------------------- events


@dataclass(frozen=True, slots=True)
class Start:
    """Begin the session at the first phase (ignored once started)."""

    now: float


@dataclass(frozen=True, slots=True)
class Next:
    """Start the timer of an idle timed phase; otherwise move to the next phase."""

    now: float


@dataclass(frozen=True, slots=True)
class Previous:
    """Back one phase, across set and protocol boundaries; its timer is idle."""

    now: float


@dataclass(frozen=True, slots=True)
class SkipProtocol:
    """Jump to the first phase of the next plan item (or the closing pain prompt)."""

    now: float


@dataclass(frozen=True, slots=True)
class StartStopTimer:
    """Idle: start. Running: stop (back to the full length, idle). Paused: resume."""

    now: float


@dataclass(frozen=True, slots=True)
class Pause:
    now: float


@dataclass(frozen=True, slots=True)
class Resume:
    now: float


@dataclass(frozen=True, slots=True)
class TogglePause:
    now: float


@dataclass(frozen=True, slots=True)
class Adjust:
    """Lengthen (positive) or shorten (negative) the current timer by ``seconds``."""

    now: float
    seconds: float


@dataclass(frozen=True, slots=True)
class Tick:
    now: float


@dataclass(frozen=True, slots=True)
class EnterGrade:
    """A resistance grade, as typed (``"4+"``) or already parsed. ``apply`` parses a
    typed one once (EntryError when it is not a grade) and carries the value on."""

    now: float
    value: str | ResistanceGrade


@dataclass(frozen=True, slots=True)
class EnterPain:
    """An NPRS pain score 0 to 10; raises EntryError otherwise."""

    now: float
    score: int


@dataclass(frozen=True, slots=True)
class EnterNote:
    now: float
    text: str


@dataclass(frozen=True, slots=True)
class EndHold:
    """Stop a hold timed to fatigue at ``elapsed_s`` held: a refused hold saved again
    keeps the time it was stopped at, not the time of the retry."""

    now: float
    elapsed_s: float


@dataclass(frozen=True, slots=True)
class Finish:
    """End the session (at any point); every later event is ignored."""

    now: float


@dataclass(frozen=True, slots=True)
class EntryKey:
    """One key of a grade or pain typed on the keyboard (see ``ENTRY_KEYS``).

    Digits 0 to 5 start a grade in a protocol, ``+`` or ``-`` completes it; ``"pain"``
    (the P key) opens a pain entry, whose digits complete it (``1`` waits for a ``0``);
    outside a protocol digits are pain. Next records an entry still open.
    """

    now: float
    key: str


@dataclass(frozen=True, slots=True)
class CancelEntry:
    """Drop a grade or pain entry still open (Esc)."""

    now: float


Event = (
    Start
    | Next
    | Previous
    | SkipProtocol
    | StartStopTimer
    | Pause
    | Resume
    | TogglePause
    | Adjust
    | Tick
    | EnterGrade
    | EnterPain
    | EnterNote
    | EntryKey
    | CancelEntry
    | EndHold
    | Finish
)

# --------------------------------------------------------------------------- effects


@dataclass(frozen=True, slots=True)
class RecordGrade:
    value: ResistanceGrade
    protocol_id: str
    side: str
    set_number: int
    phase_index: int
    item_index: int


@dataclass(frozen=True, slots=True)
class RecordPain:
    """A pain score; the protocol fields are None outside a protocol."""

    score: int
    moment: PainMoment
    phase_index: int
    protocol_id: str | None = None
    side: str | None = None
    set_number: int | None = None


@dataclass(frozen=True, slots=True)
class RecordNote:
    """A note; the protocol fields are None outside a protocol."""

    text: str
    phase_index: int
    protocol_id: str | None = None
    side: str | None = None
    set_number: int | None = None


@dataclass(frozen=True, slots=True)
class RecordHold:
    """A hold timed to fatigue has ended: the whole seconds held (``elapsed_s`` rounded,
    1 to the cap) and where. ``capped``: it ran to its cap, no key stopped it."""

    seconds: int
    elapsed_s: float
    protocol_id: str
    side: str
    set_number: int
    phase_index: int
    item_index: int
    capped: bool = False


@dataclass(frozen=True, slots=True)
class HoldTimed:
    """A hold timed to fatigue started, paused or went on: ``elapsed_s`` held so far.
    Saved with the resume point, so after a crash the hold counts on from there."""

    phase_index: int
    running: bool
    elapsed_s: float


@dataclass(frozen=True, slots=True)
class CursorMoved:
    """The resume point: save it so a restart comes back to this phase."""

    phase_index: int


@dataclass(frozen=True, slots=True)
class Cue:
    """A tone: a timed phase starts, counts down (``n`` = 3, 2, 1) or ends."""

    kind: Literal["start", "countdown", "end"]
    phase_index: int
    phase_kind: PhaseKind
    n: int | None = None


@dataclass(frozen=True, slots=True)
class Speak:
    """The verbal command of a phase that begins; the caller picks the language."""

    text: Text
    phase_index: int


@dataclass(frozen=True, slots=True)
class PhaseEnded:
    """A timed phase ran out: ``actual - target`` is its lateness."""

    phase_index: int
    target: float
    actual: float


@dataclass(frozen=True, slots=True)
class SessionFinished:
    phase_index: int


Effect = (
    RecordGrade
    | RecordPain
    | RecordNote
    | RecordHold
    | HoldTimed
    | CursorMoved
    | Cue
    | Speak
    | PhaseEnded
    | SessionFinished
)


def entry_kind_value(
    entry: RecordGrade | RecordPain | RecordNote | RecordHold,
) -> tuple[str, str]:
    """An entry as its stored kind and value: ("grade", "4+"), ("pain", "6"),
    ("hold", "47"), ("note", …)."""
    if isinstance(entry, RecordGrade):
        return "grade", str(entry.value)
    if isinstance(entry, RecordHold):
        return "hold", str(entry.seconds)
    if isinstance(entry, RecordPain):
        return "pain", str(entry.score)
    return "note", entry.text
