"""The chart's "Home program" tab: the current version's exercises, read-only.

The home program editor takes this tab's place when it exists; ``show_program`` is
the one slot the chart calls with the current version (or None).
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from console.domain.chart import HomeProgramVersion
from console.ui.patient_model import language_name
from console.ui.session_view import day_and_time


class HomeProgramTab(QWidget):
    """Shows one version of the patient's home program."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.program: HomeProgramVersion | None = None
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Current home program"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)

    def show_program(
        self, program: HomeProgramVersion | None, titles: Mapping[str, str] | None = None
    ) -> None:
        self.program = program
        titles = titles or {}
        if program is None:
            self.text.setHtml(f"<p>{escape(self.tr('No home program yet.'))}</p>")
            return
        heading = self.tr("Version {0}, saved {1}").format(
            program.version, day_and_time(program.created_at)
        )
        facts = [self.tr("Handout in {0}").format(language_name(program.language or "en"))]
        if program.large_print:
            facts.append(self.tr("large print"))
        head = "".join(
            f"<th align='left'>{escape(h)}</th>"
            for h in (
                self.tr("Exercise"),
                self.tr("Sets × reps"),
                self.tr("Hold"),
                self.tr("Times a day"),
                self.tr("Days a week"),
                self.tr("Note"),
            )
        )
        rows = []
        for item in program.items:
            pid = str(item.get("protocol_id", ""))
            hold = item.get("hold_s")
            notes = [str(n) for n in (item.get("note"), item.get("caution")) if n]
            cells = (
                titles.get(pid, pid),
                f"{item.get('sets', '')} × {item.get('reps', '')}",
                self.tr("{0} s").format(hold) if hold else "",
                str(item.get("per_day", "")),
                str(item.get("days_per_week", "")),
                " ".join(notes),
            )
            rows.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in cells) + "</tr>")
        note = f"<p>{escape(program.note)}</p>" if program.note else ""
        self.text.setHtml(
            f"<h3>{escape(heading)}</h3><p>{escape(', '.join(facts))}</p>{note}"
            "<table cellspacing='0' cellpadding='4' border='1'>"
            f"<tr>{head}</tr>{''.join(rows)}</table>"
        )

    def exercise_count(self) -> int:
        return len(self.program.items) if self.program else 0
