"""The interface in Spanish, the switch between languages, and room for longer texts."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from console.domain.settings import Settings
from console.storage.settings_file import LoadedSettings
from console.ui.shell.context import AppContext
from console.ui.shell.i18n import StretchTranslator, compiled_file, install_language, source_file
from console.ui.shell.main_window import MainWindow


@pytest.fixture
def english_afterwards() -> Iterator[None]:
    yield
    install_language("en")


def nav_labels(window: MainWindow) -> list[str]:
    return [window.nav.item(row).text() for row in range(window.nav.count())]


def test_spanish_catalogue_compiles() -> None:
    compiled = compiled_file("es")
    assert compiled is not None and compiled.stat().st_size > 0


def test_switching_language_relabels_and_rebuilds(
    qtbot: QtBot, tmp_path: Path, english_afterwards: None
) -> None:
    window = MainWindow(context=AppContext(db_path=tmp_path / "db.sqlite"))
    qtbot.addWidget(window)
    window.show_page("protocols")
    assert nav_labels(window) == ["Today", "Patients", "Protocols", "Settings"]
    window.set_interface_language("es")
    qtbot.waitUntil(lambda: nav_labels(window) == ["Hoy", "Pacientes", "Protocolos", "Ajustes"])
    window.set_interface_language("en")
    qtbot.waitUntil(lambda: nav_labels(window)[0] == "Today")


def test_language_saved_in_settings_is_remembered_for_start_up(tmp_path: Path) -> None:
    from console.domain.settings import Settings
    from console.storage.settings_file import LoadedSettings
    from console.ui.shell.language_memory import remember_language, remembered_language

    remember_language("en")
    context = AppContext(db_path=tmp_path / "db.sqlite", settings=LoadedSettings(Settings()))
    context.settings.interface_language = "es"
    context.save_settings()
    assert remembered_language() == "es"
    remember_language("xx")
    assert remembered_language() == "en"


def test_a_hand_edited_settings_file_wins_after_the_first_paint(
    qtbot: QtBot, tmp_path: Path, english_afterwards: None
) -> None:
    from console.domain.settings import Settings
    from console.storage.settings_file import LoadedSettings
    from console.ui.shell.language_memory import remember_language, remembered_language

    remember_language("en")
    settings = Settings(interface_language="es", first_start_done=True)
    context = AppContext(db_path=tmp_path / "db.sqlite", settings=LoadedSettings(settings))
    window = MainWindow(context=context)
    qtbot.addWidget(window)
    window.finish_startup()
    qtbot.waitUntil(lambda: nav_labels(window)[0] == "Hoy")
    assert remembered_language() == "es"
    window.close()


def clipped(root: QWidget) -> list[str]:
    """Visible texts wider than the room their widget has."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 1:
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap():
            text = widget.text()
            if not text or "<" in text:  # rich text wraps and is measured by Qt itself
                continue
            shown = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
            needed = widget.fontMetrics().horizontalAdvance(shown)
            if needed > widget.contentsRect().width() + 1:
                problems.append(f"label {text!r}: needs {needed}, has {widget.width()}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.sizeHint().width() > widget.width() + 1:
                problems.append(
                    f"{type(widget).__name__} {widget.text()!r}: needs"
                    f" {widget.sizeHint().width()}, has {widget.width()}"
                )
        elif isinstance(widget, QTabWidget):
            bar = widget.tabBar()
            for index in range(bar.count()):
                if bar.tabRect(index).width() < bar.tabSizeHint(index).width():
                    problems.append(f"tab {bar.tabText(index)!r} is cut")
    return problems


def show_main_window(
    qtbot: QtBot, context: AppContext, size: tuple[int, int], *, demo: bool = False
) -> MainWindow:
    window = MainWindow(demo=demo, context=context)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.finish_startup()
    return window


def cut_on_main_screens(
    qtbot: QtBot, window: MainWindow, *, settings_tabs: bool = False
) -> dict[str, list[str]]:
    """The cut texts of each main screen (and, if asked, each Settings tab) by name."""
    problems: dict[str, list[str]] = {}
    for key in ("today", "patients", "protocols", "settings"):
        page = window.show_page(key)
        qtbot.waitUntil(page.isVisible)
        tabs = page.findChild(QTabWidget) if key == "settings" and settings_tabs else None
        for index in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(index)
            QApplication.processEvents()
            found = clipped(window)
            if found:
                problems[f"{key} {index}"] = found
    return problems


def test_stretched_texts_fit_on_the_main_screens(qtbot: QtBot, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    stretch = StretchTranslator(0.3)
    app.installTranslator(stretch)
    try:
        assert QCoreApplication.translate("MainWindow", "Today") == "Today··"
        context = AppContext(db_path=tmp_path / "db.sqlite")
        window = show_main_window(qtbot, context, (1360, 860))
        assert cut_on_main_screens(qtbot, window) == {}
    finally:
        app.removeTranslator(stretch)


def test_the_clipping_check_sees_a_cut_text(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QHBoxLayout, QPushButton

    box = QWidget()
    qtbot.addWidget(box)
    layout = QHBoxLayout(box)
    button = QPushButton("A long button text that cannot fit")
    button.setFixedWidth(60)
    label = QLabel("A long label text that cannot fit either")
    label.setFixedWidth(60)
    layout.addWidget(button)
    layout.addWidget(label)
    box.show()
    qtbot.waitExposed(box)
    assert len(clipped(box)) == 2


# Words of the English interface that no Spanish screen should show. Whole words with
# their capital, so that patient data (names, lower-case diagnoses) does not count.
ENGLISH_WORDS = frozenset(
    {
        "Save",
        "Cancel",
        "Patients",
        "Patient",
        "Search",
        "Settings",
        "Start",
        "Sign",
        "Signed",
        "Today",
        "Edit",
        "Open",
        "Resume",
        "Next",
        "Back",
        "Pause",
        "Close",
        "Remove",
        "Add",
        "Print",
        "Preview",
        "Export",
        "Help",
        "Hold",
        "Relax",
        "Rest",
        "Pain",
        "Grade",
        "Note",
        "Notes",
        "Leave",
        "Keys",
        "Skip",
        "Entries",
        "Sessions",
        "Session",
        "Trends",
        "Compare",
        "Revert",
        "Therapist",
        "Therapists",
        "Clinic",
        "Language",
        "Sound",
        "Security",
        "Folders",
        "Name",
        "Age",
        "Record",
        "Diagnosis",
        "Unfinished",
        "Region",
        "Technique",
        "Pattern",
        "Kind",
        "Title",
        "Version",
        "Exercise",
        "Sets",
        "Reps",
        "Step",
        "Side",
        "Left",
        "Right",
        "Home",
        "Welcome",
        "Encryption",
        "Reload",
        "Library",
        "Rejected",
        "Seen",
        "Recently",
        "Choose",
        "Unlock",
        "Amend",
        "Subjective",
        "Objective",
        "Assessment",
        "Correct",
        "Finish",
        "Timer",
    }
)


def shown_texts(root: QWidget) -> list[str]:
    """The texts a user reads on `root` now: window title, labels, buttons, tabs, group
    titles, placeholders and column headers of the visible widgets."""
    texts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(index) for index in range(widget.count())]
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            count = model.columnCount() if widget.orientation() == Qt.Orientation.Horizontal else 0
            texts += [
                str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                for column in range(count)
            ]
    return texts


def english_in(texts: list[str]) -> list[str]:
    """The texts that still hold a word of the English interface."""
    found = []
    for text in texts:
        plain = re.sub(r"<[^>]*>", " ", text).replace("&&", " ").replace("&", "")
        if ENGLISH_WORDS.intersection(re.findall(r"[A-Za-z]+", plain)):
            found.append(plain.strip())
    return found


def test_the_english_word_check_sees_english(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    for text in ("&Guardar", "<b>Save</b> plan", "Dolor al inicio", "José García, lumbalgia"):
        layout.addWidget(QPushButton(text) if "&" in text else QLabel(text))
    box.show()
    qtbot.waitExposed(box)
    assert english_in(shown_texts(box)) == ["Save  plan"]


@pytest.fixture
def spanish_demo(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    """The main window in Spanish (interface and protocols) on a filled demo database;
    the Sound section asks Qt's mock speech engine, not the computer's."""
    monkeypatch.setattr("console.ui.runner.voices.DEFAULT_ENGINE", "mock", raising=False)
    assert install_language("es")
    settings = Settings(interface_language="es", protocol_language="es")
    context = AppContext(db_path=tmp_path / "demo.db", settings=LoadedSettings(settings))
    window = MainWindow(demo=True, context=context)
    qtbot.addWidget(window)
    window.resize(1360, 860)
    window.show()
    qtbot.waitExposed(window)
    window.finish_startup()
    yield window
    install_language("en")


@pytest.mark.qt_log_ignore("pipewire", "QSoundEffect", "PulseAudio", "text-to-speech")
def test_the_main_screens_show_no_english_in_spanish(
    qtbot: QtBot, spanish_demo: MainWindow
) -> None:
    window = spanish_demo
    problems: dict[str, list[str]] = {}

    def look(name: str, root: QWidget) -> None:
        QApplication.processEvents()
        found = english_in(shown_texts(root))
        if found:
            problems[name] = found

    offer = window.findChild(QWidget, "resumeOffer")  # the demo leaves a session unfinished
    if offer is not None:
        look("resume offer", offer)
        offer.close()
    for key in ("today", "patients", "protocols", "settings"):
        page = window.show_page(key)
        qtbot.waitUntil(page.isVisible)
        if key == "settings":
            tabs = page.findChild(QTabWidget)
            assert tabs is not None
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                look(f"settings, {tabs.tabText(index)}", window)
        else:
            look(key, window)

    repository = window.context.repository
    patient = next(p for p, _ in repository.patients.recent(limit=1))
    chart = window.open_chart(patient.id)
    qtbot.waitUntil(chart.isVisible)
    tabs = chart.findChild(QTabWidget)
    assert tabs is not None
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        look(f"chart, {tabs.tabText(index)}", window)

    from console.ui.runner.cues import Cues
    from console.ui.runner.runner_window import start_runner

    unfinished = repository.sessions.unfinished()[0]
    runner = start_runner(
        window.context, unfinished.id, cues=Cues(sound=False, speech=False), full_screen=False
    )
    qtbot.addWidget(runner)
    runner.resize(1280, 800)
    qtbot.waitExposed(runner)
    # The verbal command is in the patient's own language (the demo patient may read
    # English); everything else on the runner is in the therapist's.
    runner.command.hide()
    look("runner", runner)
    runner.overlay.show()
    look("runner keys", runner.overlay)
    runner.leave()
    assert problems == {}


def test_the_dialogs_show_no_english_in_spanish(qtbot: QtBot, spanish_demo: MainWindow) -> None:
    from console.storage.errors import DatabaseCorrupt
    from console.ui.patients.patient_dialog import PatientDialog
    from console.ui.runner.plan_editor import PlanEditor
    from console.ui.settings.keymap_editor import KeyCaptureDialog
    from console.ui.settings.lock_screen import LockOverlay
    from console.ui.settings.passphrase_dialog import PassphraseDialog
    from console.ui.settings.settings_therapists import PinDialog
    from console.ui.shell.damaged_db_dialog import DamagedDatabaseDialog
    from console.ui.shell.first_start import FirstStartDialog

    context = spanish_demo.context
    repository = context.repository
    patient = next(p for p, _ in repository.patients.recent(limit=1))
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(1000, 700)
    dialogs: dict[str, QWidget] = {
        "new patient": PatientDialog(repository, None),
        "edit patient": PatientDialog(repository, None, patient),
        "plan editor": PlanEditor(context, patient.id),
        "welcome": FirstStartDialog(context),
        "new passphrase": PassphraseDialog(new=True, database="pnf.db"),
        "passphrase": PassphraseDialog(database="pnf.db"),
        "damaged database": DamagedDatabaseDialog(DatabaseCorrupt(), Path("pnf.db"), "1"),
        "key capture": KeyCaptureDialog("Paso siguiente"),
        "PIN": PinDialog("Ana García"),
        "lock screen": LockOverlay(host, [(1, "Ana García", False)]),
    }
    problems: dict[str, list[str]] = {}
    for name, dialog in dialogs.items():
        if dialog.parent() is None:
            qtbot.addWidget(dialog)
        else:
            host.show()
        dialog.show()
        qtbot.waitExposed(dialog)
        found = english_in(shown_texts(dialog))
        if found:
            problems[name] = found
        dialog.close()
    assert problems == {}


PLACEHOLDERS = re.compile(r"\{[^{}]*\}|%n|%\d|</?[a-z0-9]+[^>]*>")


def test_every_message_of_the_spanish_catalogue_is_finished() -> None:
    root = ET.parse(source_file("es")).getroot()
    problems = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            where = f"{name}: {source!r}"
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                problems.append(f"{where} is {translation.get('type')}")
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if message.get("numerus") != "yes":
                forms = [translation.text or ""]
            for text in forms:
                if not text.strip():
                    problems.append(f"{where} has an empty translation")
                elif sorted(PLACEHOLDERS.findall(text)) != sorted(PLACEHOLDERS.findall(source)):
                    problems.append(f"{where}: placeholders differ in {text!r}")
                elif source.replace("&&", "").count("&") != text.replace("&&", "").count("&"):
                    problems.append(f"{where}: access key differs in {text!r}")
                elif source.count("\n") != text.count("\n"):
                    problems.append(f"{where}: lines differ in {text!r}")
    assert problems == []


def test_plan_and_home_program_messages_follow_the_interface_language(
    qtbot: QtBot, english_afterwards: None
) -> None:
    from console.domain.home_program import UnknownExerciseError
    from console.domain.plan import PlanError, PlanItem, SessionPlan, expand

    assert install_language("es")
    with pytest.raises(PlanError) as caught:
        expand(SessionPlan(items=(PlanItem(protocol_id="gone", side="left"),)), {})
    assert str(caught.value) == (
        "El elemento 1 del plan usa el protocolo «gone», que no está en la biblioteca. "
        "Vuelva a poner su archivo en una carpeta de protocolos o cambie el plan."
    )
    assert str(UnknownExerciseError(["home-x"])).startswith(
        "El programa de ejercicios en casa nombra ejercicios que no están en la biblioteca de "
        "protocolos: "
        "“home-x”."
    )


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_main_screens_fit_a_1024_pixel_wide_screen(
    qtbot: QtBot, tmp_path: Path, language: str, english_afterwards: None, product_style: None
) -> None:
    """No screen makes the window wider than an old 1024 x 768 screen, and none cuts a
    label, button or tab there, in English or Spanish."""
    assert install_language(language)
    settings = Settings(interface_language=language, protocol_language=language)
    context = AppContext(db_path=tmp_path / "demo.db", settings=LoadedSettings(settings))
    window = show_main_window(qtbot, context, (1024, 740), demo=True)
    problems = cut_on_main_screens(qtbot, window, settings_tabs=True)
    # The window kept its width, and no screen needed the page scroller to fit it.
    assert window.width() == 1024
    assert window.scroller.horizontalScrollBar().maximum() == 0
    # A patient's chart, each of its tabs (the home program's three panes included).
    chart = window.open_chart(context.repository.patients.all()[0].id)
    chart_tabs = chart.findChild(QTabWidget)
    assert chart_tabs is not None
    for index in range(chart_tabs.count()):
        chart_tabs.setCurrentIndex(index)
        QApplication.processEvents()
        found = clipped(window)
        if found:
            problems[f"chart {chart_tabs.tabText(index)}"] = found
        QApplication.processEvents()
        assert window.scroller.horizontalScrollBar().maximum() == 0, chart_tabs.tabText(index)
    assert problems == {}
