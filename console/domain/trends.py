"""What a chart draws from a patient's records: grade and pain trends, and the first
draft of a session's SOAP Objective. Pure functions of the chart's values."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from console.domain.chart import GradeTrend, PainTrend, Record, Session
from console.domain.endurance import protocol_tests, ratios_of, session_times
from console.domain.grades import numeric_grade


def _day(timestamp: str | None) -> dt.date | None:
    return dt.date.fromisoformat(timestamp[:10]) if timestamp else None


def grade_trend_of(sessions: Sequence[Session], records: Sequence[Record]) -> GradeTrend:
    """Per (protocol id, side), one point per session: the best grade that session."""
    started = {session.id: _day(session.started_at) for session in sessions}
    best: dict[tuple[str, str], dict[int, float]] = {}
    for record in records:
        day = started.get(record.session_id)
        if record.kind != "grade" or day is None:
            continue
        key = (record.protocol_id or "", record.side or "")
        value = numeric_grade(record.value)
        per_session = best.setdefault(key, {})
        per_session[record.session_id] = max(value, per_session.get(record.session_id, value))
    order = sorted(sessions, key=lambda s: (s.started_at or "", s.id))
    trend: GradeTrend = {}
    for key, per_session in best.items():
        points = []
        for session in order:
            day = started[session.id]
            if session.id in per_session and day is not None:
                points.append((day, per_session[session.id]))
        trend[key] = points
    return trend


def pain_trend_of(sessions: Sequence[Session], records: Sequence[Record]) -> PainTrend:
    """Per moment ('start', 'end', or 'during' when none was given), one score a session."""
    started = {session.id: _day(session.started_at) for session in sessions}
    last: dict[str, dict[int, int]] = {}
    for record in sorted(records, key=lambda r: r.id):
        if record.kind != "pain" or started.get(record.session_id) is None:
            continue
        last.setdefault(record.moment or "during", {})[record.session_id] = int(record.value)
    order = sorted(sessions, key=lambda s: (s.started_at or "", s.id))
    trend: PainTrend = {}
    for moment, per_session in last.items():
        trend[moment] = [
            (day, per_session[s.id])
            for s in order
            if s.id in per_session and (day := started[s.id]) is not None
        ]
    return trend


_OBJECTIVE_WORDS = {
    "en": {
        "pain": "Pain (NPRS)",
        "start": "at start",
        "end": "at end",
        "during": "during the session",
        "grade": "resistance grade",
        "set": "set",
        "sets": "sets",
        "note": "Note",
        "resistance": "Resistance",
        "left": "left",
        "right": "right",
        "bilateral": "both sides",
        "held": "held",
        "ratios": "Endurance ratios",
        "target": "target",
        "outside": "outside the target",
        "flexor/extensor": "flexor/extensor",
        "right/left side bridge": "right/left side bridge",
        "side bridge right/extensor": "right side bridge/extensor",
        "side bridge left/extensor": "left side bridge/extensor",
    },
    "es": {
        "pain": "Dolor (EVN)",
        "start": "al inicio",
        "end": "al final",
        "during": "durante la sesión",
        "grade": "fuerza",
        "set": "serie",
        "sets": "series",
        "note": "Nota",
        "resistance": "Fuerza",
        "left": "izquierdo",
        "right": "derecho",
        "bilateral": "ambos lados",
        "held": "mantenido",
        "ratios": "Cocientes de resistencia",
        "target": "objetivo",
        "outside": "fuera del objetivo",
        "flexor/extensor": "flexores/extensores",
        "right/left side bridge": "puente lateral derecho/izquierdo",
        "side bridge right/extensor": "puente lateral derecho/extensores",
        "side bridge left/extensor": "puente lateral izquierdo/extensores",
    },
}


def objective_text(records: Sequence[Record], titles: Mapping[str, str], lang: str = "en") -> str:
    """'Pain (NPRS): 6/10 at start, 3/10 at end.' then one line of grades per protocol
    and side in the order worked, then the notes; in English or Spanish (`lang`), the
    language of the therapist writing the note."""
    words = _OBJECTIVE_WORDS.get(lang, _OBJECTIVE_WORDS["en"])
    lines: list[str] = []
    pains = [r for r in records if r.kind == "pain"]
    if pains:
        parts = [
            f"{r.value}/10 "
            + (words[r.moment] if r.moment in ("start", "end") else words["during"])
            for r in pains
        ]
        lines.append(f"{words['pain']}: " + ", ".join(parts) + ".")
    grades: dict[tuple[str, str], list[Record]] = {}
    for record in records:
        if record.kind == "grade":
            grades.setdefault((record.protocol_id or "", record.side or ""), []).append(record)
    for (protocol_id, side), entries in grades.items():
        name = titles.get(protocol_id, protocol_id) or words["resistance"]
        label = f"{name}, {words.get(side, side)}" if side else name
        entries = sorted(entries, key=lambda r: (r.set_number or 0, r.id))
        values = ", ".join(r.value for r in entries)
        sets = sorted({r.set_number for r in entries if r.set_number is not None})
        tail = ""
        if len(sets) > 1:
            tail = f" ({words['sets']} {sets[0]}-{sets[-1]})"
        elif sets:
            tail = f" ({words['set']} {sets[0]})"
        lines.append(f"{label}: {words['grade']} {values}{tail}.")
    lines += _endurance_lines(records, titles, words)
    notes = [r for r in records if r.kind == "note"]
    for note in notes:
        where = titles.get(note.protocol_id, note.protocol_id) if note.protocol_id else ""
        prefix = f"{words['note']} ({where}): " if where else f"{words['note']}: "
        lines.append(prefix + note.value)
    return "\n".join(lines)


def _endurance_lines(
    records: Sequence[Record], titles: Mapping[str, str], words: Mapping[str, str]
) -> list[str]:
    """'Side bridge endurance test, right: held 62 s.' per protocol and side, then
    McGill's ratios of the standard tests with their targets (docs/endurance.md)."""
    lines: list[str] = []
    holds: dict[tuple[str, str], list[Record]] = {}
    for record in records:
        if record.kind == "hold":
            holds.setdefault((record.protocol_id or "", record.side or ""), []).append(record)
    for (protocol_id, side), entries in holds.items():
        name = titles.get(protocol_id, protocol_id)
        label = f"{name}, {words.get(side, side)}" if side else name
        values = ", ".join(f"{r.value} s" for r in sorted(entries, key=lambda r: r.id))
        lines.append(f"{label}: {words['held']} {values}.")
    parts = []
    for ratio in ratios_of(session_times(records, protocol_tests())):
        key = ratio.name if ratio.name != "side bridge/extensor" else f"{ratio.numerator}/extensor"
        note = f"{words['target']} {ratio.target}"
        if ratio.outside:
            note += f", {words['outside']}"
        parts.append(f"{words[key]} {ratio.value:.2f} ({note})")
    if parts:
        lines.append(f"{words['ratios']}: " + "; ".join(parts) + ".")
    return lines
