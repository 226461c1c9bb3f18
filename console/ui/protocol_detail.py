"""A protocol as rich text for the browser's detail pane (pure function, testable)."""

from __future__ import annotations

from html import escape

from console.domain.labels import pattern_name, region_name, side_name, technique_name
from console.domain.protocol import Protocol, StepKind, Text

_LABELS = {
    "en": {
        "steps": "Steps",
        "hands": "Hands",
        "command": "Command",
        "references": "References",
        "sets": "Sets",
        "rest": "Rest between sets",
        "grade": "Grade asked",
        "sides": "Sides",
        "dosage": "Home dosage",
        "caution": "Caution",
        "times": "×",
        "s": "s",
        "source": "File",
        "grade_after": {"set": "after each set", "protocol": "at the end", "never": "never"},
        "kinds": {
            "position": "Position",
            "move": "Move",
            "hold": "Hold",
            "relax": "Relax",
            "rest": "Rest",
            "cue": "Cue",
        },
        "reps": "{sets} × {reps} repetitions",
        "hold": "hold {hold} s",
        "per_day": "{n} times a day, {d} days a week",
    },
    "es": {
        "steps": "Pasos",
        "hands": "Manos",
        "command": "Orden verbal",
        "references": "Referencias",
        "sets": "Series",
        "rest": "Descanso entre series",
        "grade": "Se pide la fuerza",
        "sides": "Lados",
        "dosage": "Dosis en casa",
        "caution": "Precaución",
        "times": "×",
        "s": "s",
        "source": "Archivo",
        "grade_after": {"set": "tras cada serie", "protocol": "al final", "never": "nunca"},
        "kinds": {
            "position": "Posición",
            "move": "Movimiento",
            "hold": "Mantener",
            "relax": "Relajar",
            "rest": "Descanso",
            "cue": "Indicación",
        },
        "reps": "{sets} × {reps} repeticiones",
        "hold": "mantener {hold} s",
        "per_day": "{n} veces al día, {d} días a la semana",
    },
}


def _t(text: Text | None, lang: str) -> str:
    return escape(text.in_(lang)) if text else ""


def _seconds(value: float) -> str:
    return f"{value:g}"


def protocol_detail_html(protocol: Protocol, lang: str) -> str:
    labels = _LABELS.get(lang, _LABELS["en"])
    spec = protocol.spec
    parts = [f"<h2>{_t(spec.title, lang)}</h2>"]
    facts = [region_name(spec.region.value, lang)]
    if spec.pattern:
        facts.append(escape(pattern_name(spec.pattern, lang)))
    if spec.technique and spec.technique.value != "none":
        facts.append(technique_name(spec.technique.value, lang))
    parts.append(f"<p><i>{' · '.join(facts)}</i></p>")
    parts.append(f"<p>{_t(spec.summary, lang)}</p>")
    grade_after = labels["grade_after"]
    assert isinstance(grade_after, dict)
    rows = [
        (labels["sides"], ", ".join(side_name(side, lang) for side in spec.sides)),
        (labels["sets"], str(spec.sets)),
        (labels["rest"], f"{_seconds(spec.rest_between_sets_s)} {labels['s']}"),
        (labels["grade"], grade_after[spec.grade_after]),
    ]
    if spec.home is not None:
        home = spec.home
        dosage = str(labels["reps"]).format(sets=home.sets, reps=home.reps)
        if home.hold_s:
            dosage += ", " + str(labels["hold"]).format(hold=_seconds(home.hold_s))
        dosage += "; " + str(labels["per_day"]).format(n=home.per_day, d=home.days_per_week)
        rows.append((labels["dosage"], dosage))
    parts.append("<table cellpadding='3'>")
    parts += [f"<tr><td><b>{k}</b></td><td>{escape(str(v))}</td></tr>" for k, v in rows]
    parts.append("</table>")
    if spec.home is not None and spec.home.caution:
        parts.append(f"<p><b>{labels['caution']}:</b> {_t(spec.home.caution, lang)}</p>")
    parts.append(f"<h3>{labels['steps']}</h3><ol>")
    kinds = labels["kinds"]
    assert isinstance(kinds, dict)
    for step in spec.steps:
        head = kinds[step.kind.value]
        if step.seconds is not None:
            head += f" · {_seconds(step.seconds)} {labels['s']}"
        if step.repeat > 1:
            head += f" · {labels['times']}{step.repeat}"
        item = [f"<b>{head}</b><br>{_t(step.instruction, lang)}"]
        if step.hands:
            item.append(f"<br><b>{labels['hands']}:</b> {_t(step.hands, lang)}")
        if step.command:
            item.append(f"<br><b>{labels['command']}:</b> <i>«{_t(step.command, lang)}»</i>")
        style = " style='color:#0b5394'" if step.kind == StepKind.HOLD else ""
        parts.append(f"<li{style}>{''.join(item)}</li>")
    parts.append("</ol>")
    if spec.references:
        parts.append(f"<h3>{labels['references']}</h3><ul>")
        parts += [f"<li>{escape(ref)}</li>" for ref in spec.references]
        parts.append("</ul>")
    parts.append(f"<p><small>{labels['source']}: {escape(str(protocol.path))}</small></p>")
    return "\n".join(parts)
