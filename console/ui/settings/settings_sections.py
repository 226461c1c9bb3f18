"""The sections of the Settings screen that edit the settings file.

Each section shows part of the settings (`load`), writes what is on screen into the
draft the page validates (`collect`), and shows a validation message under the field
it is about (`errors`, keyed by the setting's dotted name, e.g. "clinic.phone").
Nothing is stored until the page's Save.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from console.domain.settings import Settings
from console.ui.runner.voices import VoiceSearch

FONT_SCALES = (0.75, 0.9, 1.0, 1.15, 1.25, 1.5, 1.75, 2.0)


class FieldError(QLabel):
    """A validation message shown under its field; hidden while there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def note(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("muted")
    label.setWordWrap(True)
    return label


class Section(QWidget):
    """One part of the Settings screen; `edited` is emitted on every change."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors: dict[str, FieldError] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)

    def row(
        self,
        text: str,
        field: QWidget,
        key: str,
        *,
        layout: QHBoxLayout | None = None,
        hint: str = "",
    ) -> QLabel | None:
        """A labelled field, the label its buddy, with the field's message below it."""
        label = QLabel(text)
        label.setBuddy(field)
        field.setAccessibleName(text.replace("&", ""))
        error = FieldError()
        self.errors[key] = error
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if layout is not None:
            column.addLayout(layout)
        elif isinstance(field, QComboBox | QSpinBox):
            # Choices and numbers keep their own width; text fields take the row.
            field.setMinimumWidth(220)
            column.addWidget(field, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            column.addWidget(field)
        column.addWidget(error)
        explanation = note(hint) if hint else None
        if explanation is not None:
            column.addWidget(explanation)
        self.form.addRow(label, cell)
        return explanation

    def add_note(self, text: str) -> QLabel:
        """A line of explanation under the last field."""
        label = note(text)
        self.form.addRow("", label)
        return label

    def finish(self) -> None:
        self.layout_.addStretch(1)

    def show_errors(self, problems: dict[str, str]) -> None:
        for key, error in self.errors.items():
            error.say(problems.get(key, ""))

    def problems(self) -> dict[str, str]:
        """Checks the settings model cannot make (files that must exist...)."""
        return {}

    def load(self, settings: Settings) -> None:
        raise NotImplementedError

    def collect(self, data: dict[str, Any]) -> None:
        raise NotImplementedError


def _combo(items: Sequence[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    for text, data in items:
        combo.addItem(text, data)
    return combo


def _select(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(max(index, 0))


class ClinicSection(Section):
    """The clinic as printed on handouts: name, address, phone and logo."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_.insertWidget(
            0, note(self.tr("Printed at the top of every home program handout."))
        )
        self.name = QLineEdit()
        self.name.setMaxLength(120)
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 16)
        self.phone = QLineEdit()
        self.logo = QLineEdit()
        self.logo.setPlaceholderText(self.tr("No logo"))
        self.choose_logo = QPushButton(self.tr("Choose…"))
        self.choose_logo.setAccessibleName(self.tr("Choose a logo picture"))
        self.clear_logo = QPushButton(self.tr("No logo"))
        self.clear_logo.setAccessibleName(self.tr("Remove the logo"))
        self.preview = QLabel()
        self.preview.setAccessibleName(self.tr("Logo preview"))
        self.preview.setFixedHeight(64)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(self.choose_logo)
        logo_row.addWidget(self.clear_logo)

        self.row(self.tr("Clinic &name"), self.name, "clinic.name")
        self.row(self.tr("&Address"), self.address, "clinic.address")
        self.row(self.tr("&Phone"), self.phone, "clinic.phone")
        self.row(self.tr("&Logo"), self.logo, "clinic.logo", layout=logo_row)
        self.form.addRow("", self.preview)
        self.finish()

        for line in (self.name, self.phone, self.logo):
            line.textEdited.connect(self.edited)
        self.address.textChanged.connect(self.edited)
        self.logo.textChanged.connect(self._show_logo)
        self.choose_logo.clicked.connect(self._choose_logo)
        self.clear_logo.clicked.connect(self._clear_logo)

    def load(self, settings: Settings) -> None:
        clinic = settings.clinic
        self.name.setText(clinic.name)
        self.address.blockSignals(True)
        self.address.setPlainText(clinic.address)
        self.address.blockSignals(False)
        self.phone.setText(clinic.phone)
        self.logo.setText(clinic.logo or "")

    def collect(self, data: dict[str, Any]) -> None:
        data["clinic"] = {
            "name": self.name.text(),
            "address": self.address.toPlainText(),
            "phone": self.phone.text(),
            "logo": self.logo.text().strip() or None,
        }

    def problems(self) -> dict[str, str]:
        logo = self.logo.text().strip()
        if logo and not Path(logo).is_file():
            return {"clinic.logo": self.tr("There is no file at {0}.").format(logo)}
        return {}

    def _show_logo(self, path: str) -> None:
        pixmap = QPixmap(path) if path.strip() else QPixmap()
        if pixmap.isNull():
            self.preview.clear()
        else:
            self.preview.setPixmap(
                pixmap.scaledToHeight(64, Qt.TransformationMode.SmoothTransformation)
            )

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Clinic logo"), "", self.tr("Pictures (*.png *.jpg *.jpeg *.svg)")
        )
        if path:
            self.logo.setText(path)
            self.edited.emit()

    def _clear_logo(self) -> None:
        self.logo.clear()
        self.edited.emit()


class LanguageSection(Section):
    """Interface and protocol language, handout paper and text size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        languages = [("English", "en"), ("Español", "es")]
        self.interface_language = _combo(languages)
        self.protocol_language = _combo(languages)
        self.paper_size = _combo([(self.tr("A4"), "A4"), (self.tr("Letter"), "Letter")])
        self.font_scale = _combo([(f"{round(s * 100)} %", s) for s in FONT_SCALES])
        self.row(
            self.tr("&Interface language"),
            self.interface_language,
            "interface_language",
            hint=self.tr("Every screen changes language when the settings are saved."),
        )
        self.row(self.tr("Pr&otocol language"), self.protocol_language, "protocol_language")
        self.row(self.tr("Handout &paper"), self.paper_size, "paper_size")
        self.row(
            self.tr("&Text size"),
            self.font_scale,
            "font_scale",
            hint=self.tr("Relative to the computer's own text size; applied on Save."),
        )
        self.finish()
        for combo in (
            self.interface_language,
            self.protocol_language,
            self.paper_size,
            self.font_scale,
        ):
            combo.activated.connect(self.edited)

    def load(self, settings: Settings) -> None:
        _select(self.interface_language, settings.interface_language)
        _select(self.protocol_language, settings.protocol_language)
        _select(self.paper_size, settings.paper_size)
        if self.font_scale.findData(settings.font_scale) < 0:
            self.font_scale.addItem(f"{round(settings.font_scale * 100)} %", settings.font_scale)
        _select(self.font_scale, settings.font_scale)

    def collect(self, data: dict[str, Any]) -> None:
        data["interface_language"] = self.interface_language.currentData()
        data["protocol_language"] = self.protocol_language.currentData()
        data["paper_size"] = self.paper_size.currentData()
        data["font_scale"] = self.font_scale.currentData()


class SoundSection(Section):
    """Tones, spoken commands, a voice for each language and the volume."""

    def __init__(self, parent: QWidget | None = None, *, engine: str | None = None) -> None:
        super().__init__(parent)
        self.sound = QCheckBox(self.tr("Play &tones at the start, 3-2-1 and end of a timer"))
        self.speech = QCheckBox(self.tr("Speak the verbal command &aloud"))
        # One voice per language the console speaks: the patient's language decides.
        self.voice_boxes: dict[str, QComboBox] = {}
        for language in ("en", "es"):
            box = QComboBox()
            box.addItem(self.tr("The engine's own voice"), "")
            self.voice_boxes[language] = box
        self.volume = QSpinBox()
        self.volume.setRange(0, 100)
        self.volume.setSuffix(" %")
        self.form.addRow(self.sound)
        self.form.addRow(self.speech)
        self.row(self.tr("&English voice"), self.voice_boxes["en"], "voices.en")
        status = self.row(
            self.tr("S&panish voice"),
            self.voice_boxes["es"],
            "voices.es",
            hint=self.tr("Looking for voices…"),
        )
        assert status is not None
        self.voice_status = status
        self.row(self.tr("V&olume"), self.volume, "volume")
        self.finish()
        self.sound.setAccessibleName(self.sound.text().replace("&", ""))
        self.speech.setAccessibleName(self.speech.text().replace("&", ""))
        self.search = VoiceSearch(self, engine=engine)
        self.search.found.connect(self._voices_found)
        self.search.unavailable.connect(self._no_voices)
        self.sound.toggled.connect(self.edited)
        self.speech.toggled.connect(self.edited)
        for box in self.voice_boxes.values():
            box.activated.connect(self.edited)
        self.volume.valueChanged.connect(self.edited)

    def showEvent(self, event: QShowEvent) -> None:
        # The engine is asked only when the section is first shown: it can be slow.
        self.search.start()
        super().showEvent(event)

    def _voices_found(self, by_language: dict[str, list[str]]) -> None:
        for language, box in self.voice_boxes.items():
            chosen = box.currentData()
            for name in by_language.get(language, []):
                if box.findData(name) < 0:
                    box.addItem(name, name)
            _select(box, chosen)
        english = self.tr("%n English voice(s)", "", len(by_language.get("en", [])))
        spanish = self.tr("%n Spanish voice(s)", "", len(by_language.get("es", [])))
        found = self.tr("{0} and {1} on this computer.").format(english, spanish)
        self.voice_status.setText(found)

    def _no_voices(self, reason: str) -> None:
        self.voice_status.setText(
            self.tr("{0} No voice is available; commands are shown, not spoken.").format(reason)
        )

    def load(self, settings: Settings) -> None:
        for box, value in ((self.sound, settings.sound), (self.speech, settings.speech)):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)
        chosen = {str(language): voice for language, voice in settings.voices.items()}
        for language, combo in self.voice_boxes.items():
            voice = chosen.get(language, "")
            if voice and combo.findData(voice) < 0:
                combo.addItem(voice, voice)  # chosen here before, not offered now: kept
            _select(combo, voice)
        self.volume.blockSignals(True)
        self.volume.setValue(settings.volume)
        self.volume.blockSignals(False)

    def collect(self, data: dict[str, Any]) -> None:
        data["sound"] = self.sound.isChecked()
        data["speech"] = self.speech.isChecked()
        data["voices"] = {
            language: box.currentData()
            for language, box in self.voice_boxes.items()
            if box.currentData()
        }
        data["volume"] = self.volume.value()
