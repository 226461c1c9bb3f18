"""A protocol as rich text for the browser's detail pane (pure function, testable)."""

from __future__ import annotations

from html import escape

from console.domain.catalogue import N_, date, decimal, plural, text
from console.domain.labels import pattern_name, region_name, side_name, technique_name
from console.domain.plan import PHASE_NAMES, PhaseKind
from console.domain.protocol import Protocol, Review, StepKind, Text

_GRADE_AFTER = {
    "set": N_("after each set"),
    "protocol": N_("at the end"),
    "never": N_("never"),
}


def _t(text: Text | None, lang: str) -> str:
    return escape(text.in_(lang)) if text else ""


def _seconds(value: float, lang: str) -> str:
    return text(lang, "{seconds} s").format(seconds=decimal(lang, value))


def _home_dosage(
    sets: int, reps: int, hold_s: float | None, per_day: int, days: int, lang: str
) -> str:
    """'3 × 10 repetitions, hold 5 s; 2 times a day, 7 days a week'."""
    dosage = plural(lang, "{sets} × {reps} repetition", "{sets} × {reps} repetitions", reps)
    line = dosage.format(sets=decimal(lang, sets), reps=decimal(lang, reps))
    if hold_s:
        line += ", " + text(lang, "hold {hold}").format(hold=_seconds(hold_s, lang))
    per_day_text = plural(lang, "once a day", "{n} times a day", per_day)
    days_text = plural(lang, "{n} day a week", "{n} days a week", days)
    return (
        f"{line}; {per_day_text.format(n=decimal(lang, per_day))}, "
        f"{days_text.format(n=decimal(lang, days))}"
    )


def review_text(review: Review | None, lang: str) -> str:
    """The instructor's sign-off as the file records it (docs/clinical-review.md)."""
    if review is None:
        return text(lang, "Review: not yet reviewed")
    if review.status == "draft" or review.reviewer is None or review.date is None:
        return text(lang, "Review: draft")
    return text(lang, "Reviewed by {reviewer} on {date}").format(
        reviewer=review.reviewer, date=date(lang, review.date)
    )


def protocol_detail_html(protocol: Protocol, lang: str) -> str:
    spec = protocol.spec
    parts = [f"<h2>{_t(spec.title, lang)}</h2>"]
    facts = [region_name(spec.region.value, lang)]
    if spec.pattern:
        facts.append(escape(pattern_name(spec.pattern, lang)))
    if spec.technique and spec.technique.value != "none":
        facts.append(technique_name(spec.technique.value, lang))
    parts.append(f"<p><i>{' · '.join(facts)}</i></p>")
    parts.append(f"<p>{_t(spec.summary, lang)}</p>")
    parts.append(f"<p><b>{escape(review_text(spec.review, lang))}</b></p>")
    rows = [
        (text(lang, "Sides"), ", ".join(side_name(side, lang) for side in spec.sides)),
        (text(lang, "Sets"), decimal(lang, spec.sets)),
        (text(lang, "Rest between sets"), _seconds(spec.rest_between_sets_s, lang)),
        (text(lang, "Grade asked"), text(lang, _GRADE_AFTER[spec.grade_after])),
    ]
    if spec.home is not None:
        home = spec.home
        dosage = _home_dosage(
            home.sets, home.reps, home.hold_s, home.per_day, home.days_per_week, lang
        )
        rows.append((text(lang, "Home dosage"), dosage))
    parts.append("<table cellpadding='3'>")
    parts += [f"<tr><td><b>{k}</b></td><td>{escape(str(v))}</td></tr>" for k, v in rows]
    parts.append("</table>")
    if spec.home is not None and spec.home.caution:
        caution = text(lang, "Caution")
        parts.append(f"<p><b>{caution}:</b> {_t(spec.home.caution, lang)}</p>")
    steps, hands = text(lang, "Steps"), text(lang, "Hands")
    parts.append(f"<h3>{steps}</h3><ol>")
    for step in spec.steps:
        head = text(lang, PHASE_NAMES[PhaseKind(step.kind.value)])
        if step.seconds is not None:
            head += f" · {_seconds(step.seconds, lang)}"
        if step.repeat > 1:
            head += f" · ×{step.repeat}"
        item = [f"<b>{head}</b><br>{_t(step.instruction, lang)}"]
        if step.hands:
            item.append(f"<br><b>{hands}:</b> {_t(step.hands, lang)}")
        if step.command:
            command = text(lang, "Command")
            item.append(f"<br><b>{command}:</b> <i>«{_t(step.command, lang)}»</i>")
        style = " style='color:#0b5394'" if step.kind == StepKind.HOLD else ""
        parts.append(f"<li{style}>{''.join(item)}</li>")
    parts.append("</ol>")
    if spec.references:
        references = text(lang, "References")
        parts.append(f"<h3>{references}</h3><ul>")
        parts += [f"<li>{escape(ref)}</li>" for ref in spec.references]
        parts.append("</ul>")
    source = text(lang, "File")
    parts.append(f"<p><small>{source}: {escape(str(protocol.path))}</small></p>")
    return "\n".join(parts)
