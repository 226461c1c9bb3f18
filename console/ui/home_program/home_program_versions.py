"""The saved versions of a patient's home program: a list, the chosen one read-only,
and what can be done with it (preview, print on the room's printer at once or through
the print dialog, save as PDF, edit from it)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from console.domain.chart import HomeProgramVersion
from console.ui.patients.patient_model import language_name
from console.ui.patients.session_view import day_and_time
from console.ui.shell.panes import split

VersionRole = Qt.ItemDataRole.UserRole + 1


class VersionView(QTextBrowser):
    """One saved version, read-only, narrow enough for the side of the chart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("The chosen version"))
        self.program: HomeProgramVersion | None = None

    def show_program(
        self, program: HomeProgramVersion | None, titles: Mapping[str, str] | None = None
    ) -> None:
        self.program = program
        titles = titles or {}
        if program is None:
            self.setHtml("<p>" + escape(self.tr("No home program yet.")) + "</p>")
            return
        heading = self.tr("Version {0}, saved {1}").format(
            program.version, day_and_time(program.created_at)
        )
        facts = [self.tr("Handout in {0}").format(language_name(program.language or "en"))]
        if program.large_print:
            facts.append(self.tr("large print"))
        rows = []
        for item in program.items:
            pid = str(item.get("protocol_id", ""))
            dosage = [f"{item.get('sets', '')} × {item.get('reps', '')}"]
            if item.get("hold_s"):
                dosage.append(self.tr("hold {0} s").format(f"{item['hold_s']:g}"))
            dosage.append(self.tr("%n time(s) a day", "", int(item.get("per_day", 1))))
            dosage.append(self.tr("%n day(s) a week", "", int(item.get("days_per_week", 7))))
            lines = [f"<b>{escape(titles.get(pid, pid))}</b>", escape(" · ".join(dosage))]
            if item.get("note"):
                lines.append(escape(self.tr("Note: {0}").format(item["note"])))
            if item.get("caution"):
                lines.append(escape(self.tr("Caution: {0}").format(item["caution"])))
            rows.append(f"<li>{'<br>'.join(lines)}</li>")
        self.setHtml(
            f"<h3>{escape(heading)}</h3><p>{escape(' · '.join(facts))}</p><ol>{''.join(rows)}</ol>"
        )


class HomeProgramVersions(QWidget):
    """Every saved version, newest first; the buttons act on the chosen one."""

    preview_requested = Signal(int)
    print_requested = Signal(int)
    #: Print at once on the printer of Settings -> Printing (Ctrl+P).
    handout_requested = Signal(int)
    save_requested = Signal(int)
    edit_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.versions: list[HomeProgramVersion] = []
        self.titles: Mapping[str, str] = {}
        heading = QLabel(self.tr("<b>Saved versions</b>"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Saved versions of the home program"))
        self.list.setSpacing(1)
        self.empty = QLabel(self.tr("Nothing saved yet. The first save makes version 1."))
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        self.viewer = VersionView()
        self.preview_button = QPushButton(self.tr("Preview"))
        self.handout_button = QPushButton(self.tr("Print handout"))
        self.handout_button.setToolTip(
            self.tr("Print this version now on the printer of Settings → Printing (Ctrl+P)")
        )
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Choose the printer in the print dialog"))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.edit_button = QPushButton(self.tr("Edit &from this version"))
        self.edit_button.setToolTip(
            self.tr("Start the next version from this one instead of the current one")
        )
        self.preview_button.setToolTip(self.tr("The handout of this version as it prints"))

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(heading)
        top_layout.addWidget(self.list, 1)
        top_layout.addWidget(self.empty)
        # One column: two made the chart wider than a 1024-pixel-wide screen.
        buttons = QGridLayout()
        for row, button in enumerate(
            (
                self.preview_button,
                self.handout_button,
                self.print_button,
                self.save_button,
                self.edit_button,
            )
        ):
            buttons.addWidget(button, row, 0)
        top_layout.addLayout(buttons)
        panes = split(Qt.Orientation.Vertical, [(top, 2), (self.viewer, 5)])
        self.list.setMinimumHeight(90)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(panes)

        self.list.currentItemChanged.connect(self._chosen)
        self.list.itemActivated.connect(lambda _: self._emit(self.preview_requested))
        self.preview_button.clicked.connect(lambda: self._emit(self.preview_requested))
        self.print_button.clicked.connect(lambda: self._emit(self.print_requested))
        self.handout_button.clicked.connect(lambda: self._emit(self.handout_requested))
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.handout_button.click)
        self.save_button.clicked.connect(lambda: self._emit(self.save_requested))
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self._enable()

    def set_versions(
        self, versions: Sequence[HomeProgramVersion], titles: Mapping[str, str]
    ) -> None:
        """Show `versions` (newest first), keeping the chosen one when it is still there."""
        chosen = self.selected_version()
        newest = versions[0].version if versions else None
        if self.versions and newest != self.versions[0].version:
            chosen = newest  # a new save: show it
        self.versions = list(versions)
        self.titles = titles
        self.list.blockSignals(True)
        self.list.clear()
        for version in versions:
            item = QListWidgetItem(self.version_text(version, version.version == newest))
            item.setData(VersionRole, version.version)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(not versions)
        if versions:
            self.select(chosen if chosen in [v.version for v in versions] else newest)
        else:
            self.viewer.show_program(None, titles)
        self._enable()

    def version_text(self, version: HomeProgramVersion, current: bool) -> str:
        count = len(version.items)
        exercises = self.tr("%n exercise(s)", "", count)
        first = self.tr("Version {0}").format(version.version)
        if current:
            first += " " + self.tr("(current)")
        facts = [exercises, language_name(version.language or "en")]
        if version.large_print:
            facts.append(self.tr("large print"))
        return f"{first} · {day_and_time(version.created_at)}\n" + " · ".join(facts)

    def selected_version(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(VersionRole))

    def version(self, number: int) -> HomeProgramVersion | None:
        return next((v for v in self.versions if v.version == number), None)

    def select(self, number: int | None) -> None:
        if number is None:
            return
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is not None and item.data(VersionRole) == number:
                self.list.setCurrentRow(row)
                self.viewer.show_program(self.version(number), self.titles)
                return

    def _chosen(self, current: QListWidgetItem | None, _: object = None) -> None:
        if current is not None:
            self.viewer.show_program(self.version(int(current.data(VersionRole))), self.titles)
        self._enable()

    def _emit(self, signal: SignalInstance) -> None:
        number = self.selected_version()
        if number is not None:
            signal.emit(number)

    def _enable(self) -> None:
        chosen = self.selected_version() is not None
        for button in (
            self.preview_button,
            self.handout_button,
            self.print_button,
            self.save_button,
            self.edit_button,
        ):
            button.setEnabled(chosen)
