"""A session as the chart shows it: plan, every record with its time, notes, and
corrections shown as such (the original value struck through, never hidden)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

from PySide6.QtWidgets import QTextBrowser, QWidget

from console.domain.chart import Record, Session, SessionDetail
from console.ui.shell.i18n import QT_TRANSLATE_NOOP

#: A changed dose as the plan lists it (translated where it is shown).
OVERRIDE_WORDS = {
    "rest_between_sets_s": QT_TRANSLATE_NOOP("SessionDetailView", "{0} s between sets"),
    "hold_s": QT_TRANSLATE_NOOP("SessionDetailView", "hold {0} s"),
    "relax_s": QT_TRANSLATE_NOOP("SessionDetailView", "relax {0} s"),
    "rest_s": QT_TRANSLATE_NOOP("SessionDetailView", "rest {0} s"),
    "repeat": QT_TRANSLATE_NOOP("SessionDetailView", "repeats ×{0}"),
}
SIDE_WORDS = {
    "left": QT_TRANSLATE_NOOP("SessionDetailView", "left"),
    "right": QT_TRANSLATE_NOOP("SessionDetailView", "right"),
    "bilateral": QT_TRANSLATE_NOOP("SessionDetailView", "both sides"),
}


def _number(value: object) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def clock_time(timestamp: str | None) -> str:
    """'2026-11-20T09:12:33.120+01:00' -> '09:12'."""
    return timestamp[11:16] if timestamp and len(timestamp) >= 16 else ""


def day_and_time(timestamp: str | None) -> str:
    """'2026-11-20T09:12:33.120+01:00' -> '2026-11-20 09:12'."""
    if not timestamp:
        return ""
    return f"{timestamp[:10]} {clock_time(timestamp)}".strip()


class SessionDetailView(QTextBrowser):
    """Read-only text of one session; ``show_session`` fills it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setAccessibleName(self.tr("Session detail"))

    def status_text(self, session: Session, therapists: Mapping[int, str]) -> str:
        if session.status == "signed":
            who = therapists.get(session.signed_by or 0, "")
            text = self.tr("Signed {0}").format(day_and_time(session.signed_at))
            return f"{text} ({who})" if who else text
        if session.status == "running":
            return self.tr("Unfinished (can be resumed)")
        return self.tr("Finished, not signed")

    def show_session(
        self,
        detail: SessionDetail | None,
        history: Sequence[Record] = (),
        titles: Mapping[str, str] | None = None,
        therapists: Mapping[int, str] | None = None,
    ) -> None:
        """Show ``detail``; ``history`` (all records including replaced ones) shows
        corrections, otherwise the current records are listed."""
        if detail is None:
            self.setHtml("<p>" + escape(self.tr("Choose a session in the timeline.")) + "</p>")
            return
        self.setHtml(self.session_html(detail, history, titles or {}, therapists or {}))

    def session_html(
        self,
        detail: SessionDetail,
        history: Sequence[Record],
        titles: Mapping[str, str],
        therapists: Mapping[int, str],
    ) -> str:
        session = detail.session
        heading = self.tr("Session of {0}").format(day_and_time(session.started_at))
        if session.ended_at:
            heading += f" – {clock_time(session.ended_at)}"
        parts = [f"<h3>{escape(heading)}</h3>"]
        facts = [self.status_text(session, therapists)]
        if session.therapist_id in therapists:
            facts.append(self.tr("Therapist: {0}").format(therapists[session.therapist_id or 0]))
        parts.append("<p>" + " · ".join(escape(f) for f in facts) + "</p>")
        if detail.changed_after_signing:
            parts.append(self.changed_html(detail.changed_after_signing))
        parts.append("<h4>" + escape(self.tr("Plan")) + "</h4>")
        parts.append(self.plan_html(session.plan_snapshot, titles))
        parts.append("<h4>" + escape(self.tr("Records")) + "</h4>")
        parts.append(self.records_html(list(history) or detail.records, titles))
        return "".join(parts)

    def changed_html(self, changes: Sequence[str]) -> str:
        """A signed session that no longer matches its seal: said first, in red, with
        what the audit trail says each change was."""
        title = self.tr("Changed after signing")
        explain = self.tr(
            "This session was signed, but what is stored now differs from what was "
            "signed. The audit trail says:"
        )
        items = "".join(f"<li>{escape(line)}</li>" for line in changes)
        return (
            f'<div style="color:#b00020"><h4>⚠ {escape(title)}</h4>'
            f"<p>{escape(explain)}</p><ul>{items}</ul></div>"
        )

    def plan_html(self, items: Sequence[Mapping[str, Any]], titles: Mapping[str, str]) -> str:
        if not items:
            return "<p>" + escape(self.tr("No plan was kept for this session.")) + "</p>"
        rows = []
        for item in items:
            pid = str(item.get("protocol_id", ""))
            title = titles.get(pid, pid)
            side = self.side_text(str(item.get("side") or ""))
            overrides = item.get("overrides") or {}
            changed = ", ".join(
                self.tr("%n set(s)", "", int(v))
                if k == "sets"
                else self.tr(OVERRIDE_WORDS[k]).format(_number(v))
                if k in OVERRIDE_WORDS
                else f"{k} {v}"
                for k, v in sorted(overrides.items())
            )
            text = escape(title) + (f" — {escape(side)}" if side else "")
            if changed:
                text += f" <i>({escape(changed)})</i>"
            rows.append(f"<li>{text}</li>")
        return "<ol>" + "".join(rows) + "</ol>"

    def side_text(self, side: str) -> str:
        return self.tr(SIDE_WORDS[side]) if side in SIDE_WORDS else side

    def kind_text(self, record: Record) -> str:
        if record.kind == "grade":
            return self.tr("Grade")
        if record.kind == "pain":
            moments = {"start": self.tr("Pain at start"), "end": self.tr("Pain at end")}
            return moments.get(record.moment or "", self.tr("Pain"))
        if record.kind == "hold":
            return self.tr("Held to fatigue")
        return self.tr("Note")

    def records_html(self, records: Sequence[Record], titles: Mapping[str, str]) -> str:
        if not records:
            return "<p>" + escape(self.tr("Nothing was recorded in this session.")) + "</p>"
        by_id = {r.id: r for r in records}
        replaced_by = {r.replaces_id: r for r in records if r.replaces_id is not None}
        head = "".join(
            f"<th align='left'>{escape(h)}</th>"
            for h in (
                self.tr("Time"),
                self.tr("What"),
                self.tr("Pattern, side"),
                self.tr("Set"),
                self.tr("Value"),
            )
        )
        rows = []
        for record in records:
            where = titles.get(record.protocol_id or "", record.protocol_id or "")
            if record.side:
                side = self.side_text(record.side)
                where = f"{where}, {side}" if where else side
            value = escape(record.value)
            if record.kind == "pain":
                value += "/10"
            elif record.kind == "hold":
                value += " s"
            newer = replaced_by.get(record.id)
            if newer is not None:
                corrected = escape(self.tr("corrected"))
                value = f"<s>{value}</s> <i>{corrected}</i>"
            older = by_id.get(record.replaces_id or 0)
            if older is not None:
                note = self.tr("correction of {0} entered {1}").format(
                    older.value, clock_time(older.recorded_at)
                )
                value += f" <i>({escape(note)})</i>"
            cells = (
                escape(clock_time(record.recorded_at)),
                escape(self.kind_text(record)),
                escape(where),
                "" if record.set_number is None else str(record.set_number),
                value,
            )
            rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        return (
            "<table cellspacing='0' cellpadding='3' border='0'>"
            f"<tr>{head}</tr>{''.join(rows)}</table>"
        )
