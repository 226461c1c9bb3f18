"""The patient chart's home program: choose exercises, set their dosage, save versions,
preview, print and save the handout as PDF.

Left, the home exercises of the protocol library (search and region filter); in the
middle, the program being edited, which starts from the current version; right, the
saved versions. Saving keeps a new version (the repository audits it); printing and
saving a PDF are audited too, with the patient's id and never their name. The panes
and the draft table's row editing are built in home_program_draft_view.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QTextBrowser, QWidget

from console.domain.chart import HomeProgramVersion, Patient
from console.domain.endurance import TestName, latest_times, protocol_tests
from console.domain.home_program import (
    ADHERENCE_LIMIT,
    HomeProgramError,
    HomeProgramItem,
    NotAHomeExerciseError,
)
from console.domain.protocol import Protocol
from console.reports.handout import handout_language, stored_items
from console.storage.errors import StorageError
from console.storage.rooms import Conflict
from console.ui.home_program.home_program_draft_view import HomeProgramDraftView
from console.ui.home_program.home_program_output import HandoutOutput
from console.ui.settings.therapist_identity import current_therapist_id
from console.ui.shell.conflict_dialog import Choice, ConflictDialog, ask, plain
from console.ui.shell.context import AppContext

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from console.ui.home_program.home_program_print import HomeProgramPreview

DraftState = tuple[tuple[HomeProgramItem, ...], str, bool]


class HomeProgramPanel(HomeProgramDraftView):
    """One patient's home program: the draft of the next version and the saved ones."""

    saved = Signal(int)  # the new version's number

    def __init__(
        self, context: AppContext, patient_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.model.title_of = self.title
        self.patient_id: int | None = None
        self.patient: Patient | None = None
        self.versions: list[HomeProgramVersion] = []
        self.base_version: int | None = None
        #: The patient's newest version when the draft was started (0: none): a save is
        #: refused if another room has saved a newer one since (console/storage/rooms.py).
        self.latest_seen = 0
        self.conflict_dialog: ConflictDialog | None = None
        self._start: DraftState = ((), "en", False)
        self._picker_filled = False
        self.titles: dict[str, str] = {}
        self.output = HandoutOutput(context, self)

        self.picker.chosen.connect(self.add_protocol)
        context.library_changed.connect(self._library_changed)
        self.output.reported.connect(self.status.setText)
        self.model.edited.connect(self._draft_changed)
        self.model.refused.connect(self.show_message)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.large_print.toggled.connect(self._draft_changed)
        self.preview_button.clicked.connect(self.preview_draft)
        self.save_button.clicked.connect(self.save)
        self.versions_pane.preview_requested.connect(self.preview_version)
        self.versions_pane.print_requested.connect(self.print_version)
        self.versions_pane.handout_requested.connect(
            lambda n: self.output.print_handout(self.version(n))
        )
        self.versions_pane.save_requested.connect(self.save_pdf)
        self.versions_pane.edit_requested.connect(self._edit_from_asked)
        self._shortcut(QKeySequence.StandardKey.Save, self, self.save)
        self._draft_changed()
        if patient_id is not None:
            self.set_patient(patient_id)

    # -- the patient and their versions -----------------------------------------------

    def set_patient(self, patient_id: int) -> None:
        """Show this patient's program; a new patient's draft starts from their current one."""
        if patient_id != self.patient_id:
            self.patient_id = patient_id
            self.patient = None
            self.base_version = None
            self._start = ((), "en", False)
            self.model.set_items(())
            self.status.clear()
            self.show_message("")
        self.refresh()

    def show_program(
        self,
        program: HomeProgramVersion | None,
        titles: Mapping[str, str] | None = None,
        patient_id: int | None = None,
    ) -> None:
        """The chart's slot, called whenever the chart is read again."""
        if titles:
            self.titles = dict(titles)
        if patient_id is None and program is not None:
            patient_id = program.patient_id
        if patient_id is not None:
            self.set_patient(patient_id)

    def refresh(self) -> None:
        """Read the patient and their versions again; an untouched draft follows the
        current version (and the patient's language)."""
        if self.patient_id is None:
            return
        self._fill_picker()
        try:
            repository = self.context.repository
            patient = repository.patients.get(self.patient_id)
            versions = repository.home_programs.versions(self.patient_id)
        except StorageError as error:
            self.status.setText(error.message)
            return
        language_changed = self.patient is not None and patient.language != self.patient.language
        first_read = self.patient is None
        self.patient = patient
        self.versions = versions
        self.hold_suggestion.latest = self._measured_endurance()
        self.output.patient = patient
        self.versions_pane.set_versions(versions, self.titles)
        current = versions[0] if versions else None
        behind = (current.version if current else None) != self.base_version
        if first_read or (not self.is_modified() and (behind or language_changed)):
            self.start_from(current)
        self._draft_changed()
        self._row_changed()  # the hold suggestion follows newly measured endurance

    def _fill_picker(self) -> None:
        if self._picker_filled:
            return
        self._picker_filled = True
        library = self.context.library
        language = self.context.settings.protocol_language or "en"
        if not self.titles:
            self.titles = {p.id: p.title.in_(language) for p in library}
        self.picker.set_protocols(library, language)

    def _library_changed(self) -> None:
        """The protocol folders were read again: new titles and exercises to choose."""
        self._picker_filled = False
        self.titles = {}
        if self.patient_id is not None or self.isVisible():
            self._fill_picker()
            self.model.layoutChanged.emit()

    def _measured_endurance(self) -> dict[tuple[TestName, str], int]:
        """The patient's latest time of each endurance test (and side)."""
        if self.patient_id is None:
            return {}
        try:
            repository = self.context.repository
            sessions = repository.sessions.for_patient(self.patient_id)
            records = [r for s in sessions for r in repository.sessions.records(s.id)]
        except StorageError:
            return {}
        return latest_times(sessions, records, protocol_tests(self.context.library))

    def title(self, protocol_id: str) -> str:
        if protocol_id in self.titles:
            return self.titles[protocol_id]
        return self.tr("{0} (not in the protocol library)").format(protocol_id)

    def current_version(self) -> HomeProgramVersion | None:
        return self.versions[0] if self.versions else None

    def exercise_count(self) -> int:
        """The number of exercises in the current version."""
        current = self.current_version()
        return len(current.items) if current else 0

    @property
    def text(self) -> QTextBrowser:
        """The read-only text of the chosen saved version."""
        return self.versions_pane.viewer

    # -- the draft --------------------------------------------------------------------

    def start_from(self, version: HomeProgramVersion | None) -> None:
        """Put `version`'s exercises in the editor (none: an empty program)."""
        items: tuple[HomeProgramItem, ...] = ()
        if version is not None:
            try:
                items = stored_items(version.items)
            except HomeProgramError as error:
                self.status.setText(str(error))
        language = handout_language(self.patient.language if self.patient else None)
        self.model.set_items(items)
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.blockSignals(False)
        self.large_print.blockSignals(True)
        self.large_print.setChecked(bool(version and version.large_print))
        self.large_print.blockSignals(False)
        self.base_version = version.version if version else None
        current = self.current_version()
        self.latest_seen = current.version if current else 0
        self._start = self.draft_state()
        self.show_message("")
        if items:
            self.select_row(0)
        self._draft_changed()

    def _edit_from_asked(self, number: int) -> None:
        """The Edit-from button: unsaved changes are not dropped without asking."""
        if self.is_modified() and self.differs_from_current():
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr(
                    "The program has changes that are not saved. Start again from version "
                    "{0} and drop them?"
                ).format(number),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        self.edit_from(number)

    def edit_from(self, number: int) -> None:
        version = self.version(number)
        if version is not None:
            self.start_from(version)
            self.status.setText(self.tr("Editing from version {0}.").format(number))

    def draft_state(self) -> DraftState:
        return (self.model.items(), self.draft_language(), self.large_print.isChecked())

    def is_modified(self) -> bool:
        """Changed since the draft was started (reloads then leave it alone)."""
        return self.draft_state() != self._start

    def differs_from_current(self) -> bool:
        current = self.current_version()
        if current is None:
            return True
        try:
            items = stored_items(current.items)
        except HomeProgramError:
            return True
        state = (items, handout_language(current.language), current.large_print)
        return self.draft_state() != state

    def add_protocol(self, protocol: Protocol) -> int | None:
        """Add a home exercise with its file's dosage; returns its row."""
        if protocol.id in self.model.protocol_ids():
            self.show_message(
                self.tr("{0} is already in the program.").format(self.title(protocol.id))
            )
            self.select_row(self.model.protocol_ids().index(protocol.id))
            return None
        try:
            item = HomeProgramItem.from_protocol(protocol)
        except NotAHomeExerciseError:
            self.show_message(self.tr("Only home exercises can be given as a home program."))
            return None
        if isinstance(item.hold_s, float) and item.hold_s.is_integer():
            item = item.model_copy(update={"hold_s": int(item.hold_s)})  # "5 s", not "5.0 s"
        self.titles.setdefault(protocol.id, protocol.title.in_(self.picker.model.language))
        row = self.model.add(item)
        self.select_row(row)
        self.show_message("")
        return row

    def add_exercise(self, protocol_id: str) -> int | None:
        """Add the library's exercise with this id (as the picker would)."""
        protocol = self.context.library.get(protocol_id)
        return None if protocol is None else self.add_protocol(protocol)

    def _language_changed(self) -> None:
        self._row_changed()
        self._draft_changed()

    def _draft_changed(self) -> None:
        count = self.model.rowCount()
        self.warning.setText(
            self.tr(
                "%n exercise(s). Patients tend to do fewer of them when there are more than"
                " {0}; consider keeping the program to the {0} that matter most.",
                "",
                count,
            ).format(ADHERENCE_LIMIT)
        )
        self.warning.setVisible(count > ADHERENCE_LIMIT)
        if self.patient_id is None:
            self.heading.setText("")
        elif self.base_version is None:
            self.heading.setText(self.tr("<b>New home program</b>"))
        else:
            self.heading.setText(
                self.tr("<b>Next version</b>, starting from version {0}").format(self.base_version)
            )
        unsaved = self.patient_id is not None and count > 0 and self.differs_from_current()
        if unsaved and self.is_modified():
            self.heading.setText(self.heading.text() + " · " + self.tr("<i>changed, not saved</i>"))
        self.save_button.setEnabled(unsaved)
        self.preview_button.setEnabled(self.patient_id is not None and count > 0)
        if count == 0 and self.patient_id is not None:
            self.status.setText(
                self.tr("Add exercises from the list on the left (Enter or double-click).")
            )
        self._row_changed()

    # -- saving -----------------------------------------------------------------------

    def save(self) -> int | None:
        """Keep the draft as the patient's next version; returns its number."""
        if self.patient_id is None:
            return None
        if self.table.state() == QAbstractItemView.State.EditingState:
            self.table.setFocus()  # commit the cell being typed in
        items = self.model.items()
        if not items:
            self.show_message(self.tr("Add at least one exercise before saving."))
            return None
        try:
            repository = self.context.repository
            version = repository.home_programs.save(
                self.patient_id,
                [item.to_dict() for item in items],
                language=self.draft_language(),
                large_print=self.large_print.isChecked(),
                therapist_id=current_therapist_id(repository),
                base_version=self.latest_seen,
            )
        except Conflict as conflict:
            self._ask(conflict)
            return None
        except StorageError as error:
            self.show_message(error.message)
            return None
        self.base_version = None  # the refresh starts the next draft from this version
        self._start = self.draft_state()
        self.refresh()
        self.status.setText(self.tr("Saved as version {0}.").format(version))
        self.saved.emit(version)
        return version

    def _ask(self, conflict: Conflict) -> None:
        labels = {
            "items": self.tr("Exercises"),
            "language": self.tr("Handout language"),
            "large_print": self.tr("Large print"),
        }
        self.conflict_dialog = ask(
            conflict,
            labels,
            self,
            self._resolve,
            editable=False,
            as_new_version=True,
            merge_label=self.tr("Merge &by hand"),
            shown=self._shown,
        )

    def _shown(self, value: object) -> str:
        if isinstance(value, list):
            return "\n".join(
                f"{self.title(str(item.get('protocol_id')))}: "
                f"{item.get('sets')} × {item.get('reps')}"
                for item in value
                if isinstance(item, dict)
            )
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        return plain(value)

    def _resolve(self, choice: Choice, values: dict[str, object]) -> None:
        """The therapist's answer to a version saved meanwhile in another room: keep
        it (the draft starts from it), save this draft after it, or merge by hand (the
        draft holds its exercises and those of this draft it lacks, not yet saved)."""
        dialog = self.conflict_dialog
        if dialog is None:
            return
        self.refresh()
        if choice is Choice.KEEP_THEIRS:
            self.start_from(self.current_version())
            return
        self.latest_seen = dialog.conflict.their_version
        if choice is Choice.KEEP_MINE:
            self.save()
            return
        theirs = stored_items(dialog.conflict.theirs["items"])
        known = {item.protocol_id for item in theirs}
        mine = [item for item in self.model.items() if item.protocol_id not in known]
        self.model.set_items((*theirs, *mine))
        self.status.setText(
            self.tr("Merged: the saved version's exercises, then yours it did not have.")
        )
        self._draft_changed()

    # -- preview, print, save as PDF --------------------------------------------------

    def draft_pdf(self) -> bytes | None:
        if self.patient is None:
            return None
        current = self.current_version()
        return self.output.render_items(
            self.model.items(),
            language=self.draft_language(),
            large_print=self.large_print.isChecked(),
            version=(current.version + 1) if current else 1,
        )

    def version(self, number: int) -> HomeProgramVersion | None:
        return next((v for v in self.versions if v.version == number), None)

    def version_pdf(self, number: int) -> bytes | None:
        version = self.version(number)
        return None if version is None else self.output.render_version(version)

    def preview_draft(self) -> HomeProgramPreview | None:
        data = self.draft_pdf()
        title = self.tr("Home program — draft, not saved")
        return None if data is None else self.output.preview(data, title)

    def preview_version(self, number: int) -> HomeProgramPreview | None:
        version, data = self.version(number), self.version_pdf(number)
        if version is None or data is None:
            return None
        title = self.tr("Home program — version {0}").format(number)
        return self.output.preview(data, title, version=version)

    def print_version(self, number: int, printer: QPrinter | None = None) -> bool:
        """Print a saved version (the print dialog unless `printer` is given)."""
        version = self.version(number)
        return False if version is None else self.output.print_version(version, printer)

    def save_pdf(self, number: int, path: Path | None = None) -> Path | None:
        """Save a saved version as a PDF file (a save dialog unless `path` is given)."""
        version = self.version(number)
        return None if version is None else self.output.save_pdf(version, path)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fill_picker()
