"""The Settings screen: every setting of the program in sections, with Save and Revert.

What is on screen is a draft: it is validated as a whole against the settings model
(console/domain/settings.py) and each message is shown under its field; Save writes
the file (atomically) and tells the other screens (AppContext.settings_changed);
Revert puts back what is saved. Therapists are the exception: they live in the
database and each change to them is saved at once.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.domain.settings import Settings
from console.ui.settings.keymap_editor import KeyMapEditor
from console.ui.settings.settings_folders import FoldersSection, SecuritySection
from console.ui.settings.settings_printing import PrintingSection
from console.ui.settings.settings_sections import (
    ClinicSection,
    FieldError,
    LanguageSection,
    Section,
    SoundSection,
)
from console.ui.settings.settings_therapists import TherapistsSection
from console.ui.shell.context import AppContext
from console.ui.shell.i18n import QT_TRANSLATE_NOOP

# The settings model's own messages (console/domain/settings.py), for the catalogue:
# they are shown through self.tr() under the field they are about.
MODEL_MESSAGES = (
    QT_TRANSLATE_NOOP("SettingsPage", "Use digits, spaces and + ( ) - . / only."),
    QT_TRANSLATE_NOOP("SettingsPage", "The logo must be a PNG, JPEG or SVG picture."),
    QT_TRANSLATE_NOOP("SettingsPage", "A protocol folder cannot be blank."),
    QT_TRANSLATE_NOOP("SettingsPage", "A printer name has no spaces, / or #."),
)


class KeysSection(Section):
    """The runner's keys (see console/ui/settings/keymap_editor.py)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = KeyMapEditor(self)
        self.layout_.addWidget(self.editor, 1)
        error = FieldError()
        self.errors["key_map"] = error
        self.layout_.addWidget(error)
        self.editor.changed.connect(self.edited)

    def load(self, settings: Settings) -> None:
        self.editor.load(settings.key_map)

    def collect(self, data: dict[str, Any]) -> None:
        data["key_map"] = self.editor.overrides()


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


class SettingsPage(QWidget):
    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        speech_engine: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.clinic = ClinicSection()
        self.therapists = TherapistsSection(context)
        self.language = LanguageSection()
        self.printing = PrintingSection()
        self.keys = KeysSection()
        self.sound = SoundSection(engine=speech_engine)
        self.security = SecuritySection(context)
        self.folders = FoldersSection(context.db_path, current=context.database_name())
        self.sections: list[Section] = [
            self.clinic,
            self.language,
            self.printing,
            self.keys,
            self.sound,
            self.security,
            self.folders,
        ]
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Settings sections"))
        self.tabs.setDocumentMode(True)
        for widget, title in (
            (self.clinic, self.tr("Clinic")),
            (self.therapists, self.tr("Therapists")),
            (self.language, self.tr("Language and print")),
            (self.printing, self.tr("Printing")),
            (self.keys, self.tr("Runner keys")),
            (self.sound, self.tr("Sound and speech")),
            (self.security, self.tr("Security")),
            (self.folders, self.tr("Folders")),
        ):
            self.tabs.addTab(widget if widget is self.keys else _scrolled(widget), title)

        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setAccessibleName(self.tr("Settings status"))
        self.revert_button = QPushButton(self.tr("&Revert"))
        self.revert_button.setToolTip(self.tr("Put back the settings as they were saved"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.revert_button)
        bar.addWidget(self.save_button)

        heading = QLabel("<h1>" + self.tr("Settings") + "</h1>")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bar)

        for section in self.sections:
            section.edited.connect(self._edited)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.revert()

    # -- the draft ----------------------------------------------------------------

    def draft(self) -> dict[str, Any]:
        """The settings as on screen, as the model's plain data."""
        data = self.context.settings.model_dump()
        for section in self.sections:
            section.collect(data)
        return data

    def is_changed(self) -> bool:
        return self.draft() != self.context.settings.model_dump()

    def problems(self) -> dict[str, str]:
        """Every problem of the draft, by setting name ("clinic.phone": "...")."""
        problems: dict[str, str] = {}
        for section in self.sections:
            problems.update(section.problems())
        try:
            Settings.model_validate(self.draft())
        except ValidationError as error:
            for item in error.errors():
                key = ".".join(str(part) for part in item["loc"][:2] if isinstance(part, str))
                message = str(item["msg"]).removeprefix("Value error, ")
                problems.setdefault(key, self.tr(message))
        return problems

    def _show(self, problems: dict[str, str]) -> None:
        for section in self.sections:
            section.show_errors(problems)

    def _edited(self) -> None:
        problems = self.problems()
        self._show(problems)
        changed = self.is_changed()
        self.save_button.setEnabled(changed)
        self.revert_button.setEnabled(changed)
        if problems:
            self.status.setText(self.tr("Some settings need attention before they can be saved."))
        else:
            self.status.setText(self.tr("Unsaved changes.") if changed else "")

    # -- Save and Revert --------------------------------------------------------------

    def save(self) -> bool:
        problems = self.problems()
        self._show(problems)
        if problems:
            self.status.setText(self.tr("Not saved: some settings need attention."))
            self._show_first_problem(problems)
            return False
        new = Settings.model_validate(self.draft())
        old = self.context.settings
        folders_changed = new.protocol_folders != old.protocol_folders
        language_changed = new.interface_language != old.interface_language
        database_changed = new.database != old.database
        for name in Settings.model_fields:
            setattr(old, name, getattr(new, name))
        try:
            self.context.save_settings()
        except OSError as error:
            self.status.setText(self.tr("Not saved: {0}").format(error.strerror or error))
            return False
        if folders_changed:
            self.context.reload_library()
        self.save_button.setEnabled(False)
        self.revert_button.setEnabled(False)
        self.status.setText(
            self.tr("Saved. The console opens the new database at its next start.")
            if database_changed
            else self.tr("Saved.")
        )
        if language_changed:
            # The main window shows every screen in the new language (console/ui/shell/i18n.py).
            switch = getattr(self.window(), "set_interface_language", None)
            if callable(switch):
                switch(new.interface_language)
        return True

    def revert(self) -> None:
        settings = self.context.settings
        for section in self.sections:
            section.blockSignals(True)
            section.load(settings)
            section.blockSignals(False)
        self._show({})
        self.save_button.setEnabled(False)
        self.revert_button.setEnabled(False)
        self.status.setText("")

    def _show_first_problem(self, problems: dict[str, str]) -> None:
        for section in self.sections:
            if any(key in problems for key in section.errors):
                index = self._tab_of(section)
                if index >= 0:
                    self.tabs.setCurrentIndex(index)
                return

    def _tab_of(self, section: QWidget) -> int:
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is section or (isinstance(page, QScrollArea) and page.widget() is section):
                return index
        return -1

    def show_section(self, section: QWidget) -> None:
        self.tabs.setCurrentIndex(self._tab_of(section))
        section.setFocus(Qt.FocusReason.OtherFocusReason)
