"""The SOAP note of one session: write it (Objective drafted from the records), sign it,
and once signed add amendments, which are shown beside the original text.

A signed session is never edited: the editor turns into a read-only view of what was
signed, with each amendment (dated, by whom, why) in the column beside the part it
amends.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from console.domain.chart import Amendment, SessionDetail, SoapNote
from console.domain.validation import ValidationError
from console.storage.errors import SessionSigned, StorageError
from console.storage.rooms import Conflict
from console.ui.patients.session_view import day_and_time
from console.ui.settings.therapist_identity import current_therapist_id
from console.ui.shell.conflict_dialog import Choice, ConflictDialog, ask
from console.ui.shell.context import AppContext
from console.ui.shell.notices import warn

PARTS = ("subjective", "objective", "assessment", "plan")
ERROR_STYLE = "color: #b00020;"
AMENDMENT_ANCHOR = "amendment"


class SoapEditor(QWidget):
    """Edits the SOAP note of the session given to ``set_session``."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail: SessionDetail | None = None
        self.titles: Mapping[str, str] = {}
        self.therapists: Mapping[int, str] = {}
        self._loaded: dict[str, str] = dict.fromkeys(PARTS, "")
        #: The saved note's version the texts were loaded from (0: none saved yet): a
        #: save on it is refused if another room has saved the note since.
        self._base_version = 0
        self.conflict_dialog: ConflictDialog | None = None
        self.amendment_dialog: AmendmentDialog | None = None

        self.edits: dict[str, QPlainTextEdit] = {}
        grid = QGridLayout()
        names = self.part_names()
        for row, part in enumerate(PARTS):
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setAccessibleName(names[part])
            edit.textChanged.connect(self._show_state)
            self.edits[part] = edit
            label = QLabel(f"<b>{escape(names[part])}</b>")
            grid.addWidget(label, row, 0)
            grid.addWidget(edit, row, 1)
        self.fill_objective_button = QPushButton(self.tr("&Objective from records"))
        self.fill_objective_button.setToolTip(
            self.tr("Write the Objective again from the session's grades, pain scores and notes")
        )
        self.save_button = QPushButton(self.tr("Sa&ve note"))
        self.save_button.setToolTip(self.tr("Save the SOAP note (Ctrl+S)"))
        self.sign_button = QPushButton(self.tr("Si&gn…"))
        self.sign_button.setToolTip(self.tr("Sign the session: it is locked afterwards"))
        self.state = QLabel()
        # The saved-at line stands over the buttons, not beside them: the row of
        # buttons then fits the chart on a 1024-pixel-wide screen.
        self.state.setAlignment(Qt.AlignmentFlag.AlignRight)
        buttons = QHBoxLayout()
        buttons.addWidget(self.fill_objective_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.sign_button)
        editing = QWidget()
        editing_layout = QVBoxLayout(editing)
        editing_layout.setContentsMargins(0, 0, 0, 0)
        editing_layout.addLayout(grid, 1)
        editing_layout.addWidget(self.state)
        editing_layout.addLayout(buttons)

        self.signed_view = QTextBrowser()
        self.signed_view.setAccessibleName(self.tr("Signed note and amendments"))
        self.amend_button = QPushButton(self.tr("Add &amendment…"))
        self.amend_button.setToolTip(
            self.tr("Correct or add to the signed session; the original stays as it was")
        )
        amend_row = QHBoxLayout()
        amend_row.addStretch(1)
        amend_row.addWidget(self.amend_button)
        signed = QWidget()
        signed_layout = QVBoxLayout(signed)
        signed_layout.setContentsMargins(0, 0, 0, 0)
        signed_layout.addWidget(self.signed_view, 1)
        signed_layout.addLayout(amend_row)

        self.pages = QStackedWidget()
        self.pages.addWidget(editing)
        self.pages.addWidget(signed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self.fill_objective_button.clicked.connect(self.fill_objective)
        self.save_button.clicked.connect(self.save)
        self.sign_button.clicked.connect(self.sign)
        self.amend_button.clicked.connect(self.open_amendment_dialog)
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, editing)
        save_shortcut.activated.connect(self.save)
        self.setEnabled(False)

    def part_names(self) -> dict[str, str]:
        return {
            "subjective": self.tr("Subjective"),
            "objective": self.tr("Objective"),
            "assessment": self.tr("Assessment"),
            "plan": self.tr("Plan"),
        }

    # -- which session ------------------------------------------------------------------

    @property
    def session_id(self) -> int | None:
        return self.detail.session.id if self.detail else None

    @property
    def signed(self) -> bool:
        return bool(self.detail and self.detail.session.signed)

    def texts(self) -> dict[str, str]:
        return {part: edit.toPlainText() for part, edit in self.edits.items()}

    def is_dirty(self) -> bool:
        return not self.signed and self.detail is not None and self.texts() != self._loaded

    def set_session(
        self,
        detail: SessionDetail | None,
        titles: Mapping[str, str] | None = None,
        therapists: Mapping[int, str] | None = None,
    ) -> None:
        """Show ``detail``'s note. Unsaved edits of the same session are kept."""
        same = detail is not None and detail.session.id == self.session_id
        keep_edits = same and self.is_dirty()
        self.detail = detail
        self.titles = titles or {}
        self.therapists = therapists or {}
        self.setEnabled(detail is not None)
        if detail is None:
            self._load(dict.fromkeys(PARTS, ""))
            return
        if detail.session.signed:
            self.pages.setCurrentIndex(1)
            self.signed_view.setHtml(self.signed_html(detail))
            if detail.amendments:
                self.signed_view.scrollToAnchor(AMENDMENT_ANCHOR)
            return
        self.pages.setCurrentIndex(0)
        running = detail.session.status == "running"
        self.sign_button.setEnabled(not running)
        self.sign_button.setToolTip(
            self.tr("Finish the session in the runner before signing it")
            if running
            else self.tr("Sign the session: it is locked afterwards")
        )
        if not keep_edits:
            self._load(self._saved_texts(detail.soap, detail.session.id))

    def _saved_texts(self, soap: SoapNote | None, session_id: int) -> dict[str, str]:
        if soap is not None:
            return {part: getattr(soap, part) for part in PARTS}
        texts = dict.fromkeys(PARTS, "")
        texts["objective"] = self._objective_draft(session_id)
        return texts

    def _objective_draft(self, session_id: int) -> str:
        try:
            return self.context.repository.notes.objective_from_records(
                session_id, self.titles, self.context.settings.interface_language
            )
        except StorageError:
            return ""

    def _load(self, texts: Mapping[str, str]) -> None:
        for part, edit in self.edits.items():
            edit.blockSignals(True)
            edit.setPlainText(texts.get(part, ""))
            edit.blockSignals(False)
        soap = self.detail.soap if self.detail else None
        self._base_version = soap.row_version if soap is not None else 0
        # A draft never saved counts as unsaved, so it is not lost by mistake.
        self._loaded = dict(texts) if soap is not None else dict.fromkeys(PARTS, "")
        self._show_state()

    def _show_state(self) -> None:
        if self.detail is None or self.signed:
            self.state.clear()
        elif self.is_dirty():
            self.state.setText(self.tr("Not saved yet"))
        elif self.detail.soap is not None:
            when = day_and_time(self.detail.soap.updated_at)
            self.state.setText(self.tr("Saved {0}").format(when))
        else:
            self.state.clear()

    # -- actions ------------------------------------------------------------------------

    def fill_objective(self) -> None:
        """Replace the Objective with the draft from the records (Ctrl+Z undoes it)."""
        if self.detail is None or self.signed:
            return
        edit = self.edits["objective"]
        cursor = edit.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(self._objective_draft(self.detail.session.id))

    def save(self) -> bool:
        """Save the four parts; refused (with a message) once the session is signed."""
        if self.detail is None:
            return False
        if self.signed:
            self._refuse_signed()
            return False
        texts = self.texts()
        try:
            repository = self.context.repository
            repository.notes.save_soap(
                self.detail.session.id,
                subjective=texts["subjective"],
                objective=texts["objective"],
                assessment=texts["assessment"],
                plan=texts["plan"],
                therapist_id=current_therapist_id(repository),
                base_version=self._base_version,
            )
        except Conflict as conflict:
            self.conflict_dialog = ask(conflict, self.part_names(), self, self._resolve)
            return False
        except SessionSigned:
            self._refuse_signed()
            return False
        except ValidationError as error:
            warn(self, self.tr("Note not saved"), error.message)
            return False
        except StorageError as error:
            warn(self, self.tr("Note not saved"), error.message)
            return False
        self._loaded = texts
        self._base_version += 1
        self._show_state()
        return True

    def _resolve(self, choice: Choice, values: dict[str, str]) -> None:
        """The therapist's answer to a note saved meanwhile in another room."""
        conflict = self.conflict_dialog.conflict if self.conflict_dialog else None
        if conflict is None or self.detail is None:
            return
        for part, edit in self.edits.items():
            edit.setPlainText(str(values.get(part) or ""))
        self._base_version = conflict.their_version
        if choice is Choice.KEEP_THEIRS:
            self._loaded = self.texts()
            self._show_state()
        else:
            self.save()

    def _refuse_signed(self) -> None:
        warn(
            self,
            self.tr("Session is signed"),
            self.tr("A signed session is not changed. Add an amendment instead."),
        )

    def confirm_sign(self) -> bool:
        """Ask before signing (the session cannot be edited afterwards)."""
        answer = QMessageBox.question(
            self,
            self.tr("Sign the session?"),
            self.tr(
                "After signing, this session, its records and its note are locked. "
                "Later corrections are added as amendments beside the original."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def sign(self) -> bool:
        """Save the note, then sign the session (after confirmation). A session still
        running is finished in the runner first."""
        if self.detail is None or self.signed or not self.sign_button.isEnabled():
            return False
        if not self.confirm_sign():
            return False
        if (self.is_dirty() or self.detail.soap is None) and not self.save():
            return False
        try:
            repository = self.context.repository
            repository.sessions.sign(self.detail.session.id, current_therapist_id(repository))
        except StorageError as error:
            warn(self, self.tr("Session not signed"), error.message)
            return False
        return True

    def open_amendment_dialog(self) -> AmendmentDialog | None:
        if self.detail is None or not self.signed:
            return None
        dialog = AmendmentDialog(self.context, self.detail.session.id, self)
        self.amendment_dialog = dialog
        dialog.open()
        return dialog

    # -- the signed view ----------------------------------------------------------------

    def signed_html(self, detail: SessionDetail) -> str:
        session = detail.session
        who = self.therapists.get(session.signed_by or 0, "")
        signed = self.tr("Signed {0}").format(day_and_time(session.signed_at))
        if who:
            signed += f" — {who}"
        soap = detail.soap
        names = self.part_names()
        by_target: dict[str, list[Amendment]] = {}
        for amendment in detail.amendments:
            target = amendment.target or "session"
            if target.startswith("soap."):
                target = target[5:]
            elif target.startswith("record"):
                target = "records"
            by_target.setdefault(target if target in PARTS else "session", []).append(amendment)
        part_head = escape(self.tr("Part"))
        signed_head = escape(self.tr("As signed"))
        amended_head = escape(self.tr("Amendments"))
        head = (
            f"<tr><th align='left'>{part_head}</th>"
            f"<th align='left' width='45%'>{signed_head}</th>"
            f"<th align='left' width='45%'>{amended_head}</th></tr>"
        )
        rows = []
        for part in PARTS:
            original = getattr(soap, part) if soap else ""
            rows.append(self._row(names[part], original or "—", by_target.get(part, [])))
        if "session" in by_target:
            rows.append(self._row(self.tr("Session"), "", by_target["session"]))
        return (
            f"<p><b>{escape(signed)}</b></p>"
            "<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
            f"{head}{''.join(rows)}</table>"
        )

    def _row(self, name: str, original: str, amendments: list[Amendment]) -> str:
        notes = "".join(self.amendment_html(a) for a in amendments)
        if notes:
            notes = f"<a name='{AMENDMENT_ANCHOR}'></a>{notes}"
        text = escape(original).replace("\n", "<br>")
        return (
            f"<tr><td valign='top' style='white-space: nowrap'><b>{escape(name)}</b></td>"
            f"<td valign='top'>{text}</td>"
            + (
                f"<td valign='top' bgcolor='#fff8e1'>{notes}</td></tr>"
                if notes
                else "<td valign='top'></td></tr>"
            )
        )

    def amendment_html(self, amendment: Amendment) -> str:
        who = self.therapists.get(amendment.therapist_id or 0, self.tr("unknown therapist"))
        heading = self.tr("Amended {0} by {1}").format(day_and_time(amendment.created_at), who)
        why = self.tr("Why: {0}").format(amendment.reason)
        body = escape(amendment.text).replace("\n", "<br>")
        return f"<p><b>{escape(heading)}</b><br><i>{escape(why)}</i><br>{body}</p>"


class AmendmentDialog(QDialog):
    """Write an amendment to a signed session: what it amends, why, and the text."""

    def __init__(self, context: AppContext, session_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.session_id = session_id
        self.amendment_id: int | None = None
        self.setWindowTitle(self.tr("Amend the signed session"))
        self.setMinimumWidth(560)
        self.target = QComboBox()
        self.target.setAccessibleName(self.tr("What is amended"))
        self.target.addItem(self.tr("The session as a whole"), None)
        for part, name in (
            ("subjective", self.tr("Subjective")),
            ("objective", self.tr("Objective")),
            ("assessment", self.tr("Assessment")),
            ("plan", self.tr("Plan")),
        ):
            self.target.addItem(name, f"soap.{part}")
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("e.g. late entry, wrong value recorded"))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Amendment"))
        self.text.setTabChangesFocus(True)
        self.reason_error = QLabel()
        self.text_error = QLabel()
        self.problem = QLabel()
        for label in (self.reason_error, self.text_error, self.problem):
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
            label.hide()
        grid = QGridLayout()
        rows: list[tuple[str, QWidget, QLabel | None]] = [
            (self.tr("&Amends"), self.target, None),
            (self.tr("&Why"), self.reason, self.reason_error),
            (self.tr("&Text"), self.text, self.text_error),
        ]
        for row, (text, widget, error) in enumerate(rows):
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, row, 0)
            grid.addWidget(widget, row, 1)
            if error is not None:
                grid.addWidget(error, row, 2)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.reason.setFocus()

    def save(self) -> None:
        errors = {"reason": self.reason_error, "text": self.text_error}
        for label in (*errors.values(), self.problem):
            label.hide()
        try:
            repository = self.context.repository
            self.amendment_id = repository.notes.add_amendment(
                self.session_id,
                self.target.currentData(),
                self.reason.text(),
                self.text.toPlainText(),
                current_therapist_id(repository),
            )
        except ValidationError as error:
            for field, message in error.problems:
                label = errors.get(field, self.problem)
                label.setText(message)
                label.show()
            return
        except StorageError as error:
            self.problem.setText(error.message)
            self.problem.show()
            return
        self.accept()
