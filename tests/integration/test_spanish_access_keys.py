"""No two controls of one window share an Alt letter, in English or in Spanish.

The real screens are built on a demo database with the interface's translator
installed, and the access keys (the letter after ``&``) of every control a person can
reach at that moment are collected: buttons, check boxes, labels that lead to a field,
tabs and checkable group boxes. A hidden control's letter does not count (Qt does not
fire it), so each tab of a page is looked at on its own, with the tab bars around it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from console.domain.settings import Settings
from console.storage.settings_file import LoadedSettings
from console.ui.shell.context import AppContext
from console.ui.shell.i18n import install_language
from console.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("pipewire", "QSoundEffect", "PulseAudio", "text-to-speech")


def access_key(text: str) -> str | None:
    """The letter Alt reaches in `text` ('&Guardar' -> 'g'); '&&' is a plain '&'."""
    found = re.search(r"&(\w)", text.replace("&&", ""))
    return found[1].casefold() if found else None


def access_keys(root: QWidget) -> dict[str, list[str]]:
    """Access letter -> the texts that use it, among the controls shown now on `root`."""
    keys: dict[str, list[str]] = defaultdict(list)

    def add(text: str) -> None:
        key = access_key(text)
        if key is not None:
            keys[key].append(text)

    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        shortcut_label = isinstance(widget, QLabel) and widget.buddy() is not None
        if isinstance(widget, QAbstractButton) or shortcut_label:
            add(widget.text())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    add(widget.tabText(index))
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            add(widget.title())
    return keys


def clashes(root: QWidget) -> list[str]:
    QApplication.processEvents()
    return [
        f"Alt+{key.upper()}: " + " · ".join(texts)
        for key, texts in sorted(access_keys(root).items())
        if len(texts) > 1
    ]


def test_the_check_sees_a_shared_letter(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    field = QLineEdit()
    label = QLabel("&Nombre")
    label.setBuddy(field)
    hidden = QPushButton("&Oculto")
    for widget in (
        QPushButton("&Editar paciente…"),
        QPushButton("Añadir &enmienda…"),
        QPushButton("Fish && &chips"),
        label,
        field,
        QLabel("&Sin campo"),
        hidden,
        QPushButton("Con &otra"),
    ):
        layout.addWidget(widget)
    box.show()
    qtbot.waitExposed(box)
    hidden.hide()
    assert access_key("Fish && &chips") == "c"
    assert clashes(box) == ["Alt+E: &Editar paciente… · Añadir &enmienda…"]


@pytest.fixture(params=["en", "es"])
def demo(
    request: pytest.FixtureRequest, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    """The main window on a filled demo database, in the parameter's language."""
    language = request.param
    monkeypatch.setattr("console.ui.runner.voices.DEFAULT_ENGINE", "mock", raising=False)
    assert install_language(language)
    settings = Settings(interface_language=language, protocol_language=language)
    context = AppContext(db_path=tmp_path / "demo.db", settings=LoadedSettings(settings))
    window = MainWindow(demo=True, context=context)
    qtbot.addWidget(window)
    window.resize(1360, 860)
    window.show()
    qtbot.waitExposed(window)
    window.finish_startup()
    yield window
    install_language("en")


def each_tab(window: QWidget, tabs: QTabWidget, name: str) -> Iterator[str]:
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        yield f"{name}, {tabs.tabText(index).replace('&', '')}"


def test_no_two_controls_of_a_screen_share_an_access_key(qtbot: QtBot, demo: MainWindow) -> None:
    window = demo
    problems: dict[str, list[str]] = {}

    def look(name: str, root: QWidget) -> None:
        found = clashes(root)
        if found:
            problems[name] = found

    offer = window.findChild(QWidget, "resumeOffer")  # the demo leaves a session unfinished
    if offer is not None:
        look("resume offer", offer)
        offer.close()
    for key in ("today", "patients", "protocols", "settings"):
        page = window.show_page(key)
        qtbot.waitUntil(page.isVisible)
        tabs = page.findChild(QTabWidget)
        if key == "settings" and tabs is not None:
            for name in each_tab(window, tabs, "settings"):
                look(name, window)
        else:
            look(key, window)

    repository = window.context.repository
    signed = [
        (patient, session)
        for patient, _ in repository.patients.recent(limit=20)
        for session in repository.sessions.for_patient(patient.id)
        if session.signed_at is not None
    ]
    assert signed, "the demo data has a signed session"
    patient, session = signed[0]
    chart = window.open_chart(patient.id)
    qtbot.waitUntil(chart.isVisible)
    chart.select_session(session.id)
    assert chart.soap.amend_button.isVisible()
    tabs = chart.findChild(QTabWidget)
    assert tabs is not None
    for name in each_tab(window, tabs, "chart"):
        look(name, window)
    tabs.setCurrentIndex(0)
    amendment = chart.soap.open_amendment_dialog()
    assert amendment is not None
    qtbot.waitExposed(amendment)
    look("amendment", amendment)
    amendment.close()

    from console.ui.runner.cues import Cues
    from console.ui.runner.runner_window import start_runner

    unfinished = repository.sessions.unfinished()[0]
    runner = start_runner(
        window.context, unfinished.id, cues=Cues(sound=False, speech=False), full_screen=False
    )
    qtbot.addWidget(runner)
    runner.resize(1280, 800)
    qtbot.waitExposed(runner)
    look("runner", runner)
    runner.leave()
    assert problems == {}


def test_no_two_controls_of_a_dialog_share_an_access_key(qtbot: QtBot, demo: MainWindow) -> None:
    from console.storage.errors import DatabaseCorrupt
    from console.ui.patients.patient_dialog import PatientDialog
    from console.ui.runner.plan_editor import PlanEditor
    from console.ui.settings.passphrase_dialog import PassphraseDialog
    from console.ui.settings.settings_therapists import PinDialog
    from console.ui.shell.damaged_db_dialog import DamagedDatabaseDialog
    from console.ui.shell.first_start import FirstStartDialog

    context = demo.context
    repository = context.repository
    patient = next(p for p, _ in repository.patients.recent(limit=1))
    dialogs: dict[str, QWidget] = {
        "new patient": PatientDialog(repository, None),
        "edit patient": PatientDialog(repository, None, patient),
        "plan editor": PlanEditor(context, patient.id),
        "welcome": FirstStartDialog(context),
        "new passphrase": PassphraseDialog(new=True, database="pnf.db"),
        "PIN": PinDialog("Ana García"),
        "damaged database": DamagedDatabaseDialog(DatabaseCorrupt(), Path("pnf.db"), "1"),
    }
    problems: dict[str, list[str]] = {}
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        found = clashes(dialog)
        if found:
            problems[name] = found
        dialog.close()
    assert problems == {}
