"""The words the runner shows for a phase, in the therapist's and the patient's language.

Plain functions of the phases, so the texts are tested without a screen. The verbal
command is in the patient's language (it is what the therapist says, and what is
spoken); instructions and hand placement are in the protocol language the therapist
chose in Settings.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from console.domain.labels import technique_name
from console.domain.plan import Phase, PhaseKind, coming_next, describe

SIDES = {
    "left": ("Left side", "Lado izquierdo"),
    "right": ("Right side", "Lado derecho"),
    "bilateral": ("Both sides", "Ambos lados"),
}

PROMPTS = {
    PhaseKind.GRADE: (
        "Resistance grade? 0 to 5, then + or −",
        "¿Grado de resistencia? 0 a 5, luego + o −",
    ),
    PhaseKind.PAIN_START: ("Pain now, 0 to 10?", "¿Dolor ahora, de 0 a 10?"),
    PhaseKind.PAIN_END: ("Pain now, 0 to 10?", "¿Dolor ahora, de 0 a 10?"),
    PhaseKind.DONE: (
        "Session complete. Next finishes it.",
        "Sesión completa. Siguiente la cierra.",
    ),
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


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "es" else pair[0]


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
    es = lang == "es"
    title = phase.title.in_(lang) if phase.title is not None else describe(phase, lang)
    parts = []
    if phase.side is not None:
        parts.append(_pick(SIDES[phase.side], lang))
    technique = _technique(protocols, phase.protocol_id, lang)
    if technique:
        parts.append(technique)
    counters = []
    if phase.in_protocol:
        counters.append(f"{'Serie' if es else 'Set'} {phase.set_number}/{phase.set_count}")
        if phase.repeat_count > 1:
            counters.append(f"{'Rep.' if es else 'Rep'} {phase.repeat_number}/{phase.repeat_count}")
    counters.append(f"{'Paso' if es else 'Step'} {index + 1}/{len(phases)}")
    command = ""
    instruction = ""
    if phase.step is not None:
        if phase.step.command is not None:
            command = phase.step.command.in_(patient_lang)
        instruction = phase.step.instruction.in_(lang)
    if phase.kind in PROMPTS:
        command = _pick(PROMPTS[phase.kind], lang)
    if phase.kind is PhaseKind.SET_REST:
        instruction = (
            f"Descanso antes de la serie {phase.set_number + 1}"
            if es
            else f"Rest before set {phase.set_number + 1}"
        )
    following = coming_next(phases, index, lang)
    coming = f"{'Después' if es else 'Next'}: {following}" if following else ""
    extra = ""
    if phase.repeat_count > 1:
        extra = f"{phase.repeat_number}/{phase.repeat_count}"
    caption = describe(phase, lang).split(" ")[0] if phase.timed else ""
    return PhaseTexts(
        title=title,
        subtitle=" · ".join(parts),
        counters="\n".join(counters),
        command=command,
        instruction=instruction,
        hands=_hands(phases, phase, lang),
        hands_title="Manos" if es else "Hands",
        coming=coming,
        badge_extra=extra,
        ring_caption=caption.upper(),
    )
