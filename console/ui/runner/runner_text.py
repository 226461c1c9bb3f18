"""The words the runner shows for a phase, in the therapist's and the patient's language.

Plain functions of the phases, so the texts are tested without a screen. The verbal
command is in the patient's language (it is what the therapist says, and what is
spoken); instructions and hand placement are in the protocol language the therapist
chose in Settings.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from console.domain.catalogue import N_, text
from console.domain.labels import side_name, technique_name
from console.domain.plan import Phase, PhaseKind, coming_next, describe

#: What the runner asks at a prompt phase (content catalogue).
PROMPTS = {
    PhaseKind.GRADE: N_("Resistance grade? 0 to 5, then + or −"),
    PhaseKind.PAIN_START: N_("Pain now, 0 to 10?"),
    PhaseKind.PAIN_END: N_("Pain now, 0 to 10?"),
    # The button shown at this phase is "Finish session ✓": the text names it.
    PhaseKind.DONE: N_("Session complete. Press Finish session to end it."),
}


@dataclass(frozen=True)
class PhaseTexts:
    title: str
    subtitle: str
    counters: str
    command: str
    instruction: str
    hands: str
    hands_title: str
    coming: str
    badge_extra: str
    ring_caption: str


def _hands(phases: Sequence[Phase], phase: Phase, lang: str) -> str:
    """The hand placement in force: the phase's own, else the last one given before it
    in the same protocol (grips are usually written once, at the position step)."""
    if phase.item_index is None:
        return ""
    for earlier in reversed(phases[: phase.index + 1]):
        if earlier.item_index != phase.item_index:
            break
        if earlier.step is not None and earlier.step.hands is not None:
            return earlier.step.hands.in_(lang)
    return ""


def _technique(protocols: Mapping[str, object], protocol_id: str | None, lang: str) -> str:
    protocol = protocols.get(protocol_id or "")
    spec = getattr(protocol, "spec", None)
    technique = getattr(spec, "technique", None)
    if technique is None or getattr(technique, "value", "none") == "none":
        return ""
    return technique_name(str(technique.value), lang)


def phase_texts(
    phases: Sequence[Phase],
    index: int,
    protocols: Mapping[str, object],
    lang: str = "en",
    patient_lang: str = "en",
) -> PhaseTexts:
    phase = phases[index]
    title = phase.title.in_(lang) if phase.title is not None else describe(phase, lang)
    parts = []
    if phase.side is not None:
        parts.append(side_name(phase.side, lang))
    technique = _technique(protocols, phase.protocol_id, lang)
    if technique:
        parts.append(technique)
    counters = []
    if phase.in_protocol:
        counters.append(
            text(lang, "Set {number}/{count}").format(
                number=phase.set_number, count=phase.set_count
            )
        )
        if phase.repeat_count > 1:
            counters.append(
                text(lang, "Rep {number}/{count}").format(
                    number=phase.repeat_number, count=phase.repeat_count
                )
            )
    counters.append(text(lang, "Step {number}/{count}").format(number=index + 1, count=len(phases)))
    command = ""
    instruction = ""
    if phase.step is not None:
        if phase.step.command is not None:
            command = phase.step.command.in_(patient_lang)
        instruction = phase.step.instruction.in_(lang)
    if phase.kind in PROMPTS:
        command = text(lang, PROMPTS[phase.kind])
    if phase.kind is PhaseKind.SET_REST:
        instruction = text(lang, "Rest before set {number}").format(number=phase.set_number + 1)
    following = coming_next(phases, index, lang)
    coming = text(lang, "Next: {next}").format(next=following) if following else ""
    extra = ""
    if phase.repeat_count > 1:
        extra = f"{phase.repeat_number}/{phase.repeat_count}"
    caption = describe(phase, lang).split(" ")[0] if phase.timed else ""
    if phase.to_fatigue:
        caption = text(lang, "To fatigue")
    return PhaseTexts(
        title=title,
        subtitle=" · ".join(parts),
        counters="\n".join(counters),
        command=command,
        instruction=instruction,
        hands=_hands(phases, phase, lang),
        hands_title=text(lang, "Hands"),
        coming=coming,
        badge_extra=extra,
        ring_caption=caption.upper(),
    )
