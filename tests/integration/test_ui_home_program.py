"""The home program editor in the patient chart: choosing exercises, dosage, order, the
adherence warning, versions, preview, printing and saving as PDF, and their audit."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from console.domain.home_program import HomeProgramItem
from console.ui.home_program.home_program_editor import HomeProgramPanel
from console.ui.home_program.home_program_print import load_pdf, paint_pages
from console.ui.patients.chart_page import ChartPage
from console.ui.shell.context import AppContext
from tests.integration.home_program_fixtures import context, patient_id, shown_panel
from tests.integration.ui_helpers import patient_with_history

__all__ = ["context", "patient_id"]  # fixtures used by name

HOME = ["home-bird-dog", "home-bridge", "home-dead-bug", "home-side-plank", "home-pelvic-tilt"]


@pytest.fixture
def panel(qtbot: QtBot, context: AppContext, patient_id: int) -> HomeProgramPanel:
    return shown_panel(qtbot, context, patient_id)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_the_picker_offers_only_home_exercises_and_searches(panel: HomeProgramPanel) -> None:
    ids = panel.picker.visible_ids()
    assert len(ids) >= 10 and all(pid.startswith("home-") for pid in ids)
    panel.picker.search.setText("bird")
    assert panel.picker.visible_ids() == ["home-bird-dog"]
    panel.picker.search.clear()
    region = panel.picker.region
    assert region.count() >= 2  # all regions and at least one region
    region.setCurrentIndex(1)
    wanted = region.currentData()
    assert all(
        panel.context.library.protocols[pid].region.value == wanted
        for pid in panel.picker.visible_ids()
    )


def test_an_added_exercise_has_its_files_dosage(qtbot: QtBot, panel: HomeProgramPanel) -> None:
    panel.picker.search.setText("bird dog")
    qtbot.keyClick(panel.picker.search, Qt.Key.Key_Return)  # one match: Enter adds it
    assert panel.model.protocol_ids() == ["home-bird-dog"]
    expected = HomeProgramItem.from_protocol(panel.context.library.protocols["home-bird-dog"])
    assert panel.model.item(0) == expected
    assert panel.model.index(0, 0).data() == "Bird dog"
    # The same exercise twice is refused with a word, not added again.
    assert panel.add_exercise("home-bird-dog") is None
    assert panel.model.rowCount() == 1 and "already" in panel.message.text()


def test_dosage_is_edited_and_invalid_values_are_refused(panel: HomeProgramPanel) -> None:
    panel.add_exercise("home-bridge")
    assert panel.set_dosage(0, "sets", 4)
    assert panel.set_dosage(0, "reps", "12")
    assert panel.set_dosage(0, "hold_s", "")
    assert panel.set_dosage(0, "per_day", 2)
    assert panel.set_dosage(0, "days_per_week", 5)
    item = panel.model.item(0)
    assert (item.sets, item.reps, item.hold_s, item.per_day, item.days_per_week) == (
        4,
        12,
        None,
        2,
        5,
    )
    for field, value, words in (
        ("sets", 0, "Sets: a whole number from 1 to 20"),
        ("reps", 101, "Repetitions: a whole number from 1 to 100"),
        ("days_per_week", 8, "Days a week: a whole number from 1 to 7"),
        ("per_day", "twice", "Times a day"),
        ("sets", 2.5, "Sets"),
        ("hold_s", 601, "Hold: a number of seconds from 0 to 600"),
    ):
        assert not panel.set_dosage(0, field, value)
        assert words in panel.message.text()
        assert not panel.message.isHidden()
    assert panel.model.item(0) == item  # nothing refused was kept
    assert panel.set_dosage(0, "hold_s", "7,5")
    assert panel.model.item(0).hold_s == 7.5
    assert panel.message.isHidden()


def test_note_and_caution_are_kept_per_exercise(qtbot: QtBot, panel: HomeProgramPanel) -> None:
    panel.add_exercise("home-bridge")
    panel.add_exercise("home-side-plank")
    panel.select_row(0)
    qtbot.keyClicks(panel.note, "Slowly")
    qtbot.keyClicks(panel.caution, "Not after meals")
    panel.select_row(1)
    assert panel.note.text() == "" and panel.caution.text() == ""
    assert panel.protocol_caution.toPlainText()  # the side plank's own caution, read-only
    assert panel.protocol_caution.isReadOnly()
    panel.select_row(0)
    assert panel.note.text() == "Slowly"
    assert (panel.model.item(0).note, panel.model.item(0).caution) == ("Slowly", "Not after meals")


def test_exercises_are_reordered_with_buttons_and_keys(
    qtbot: QtBot, panel: HomeProgramPanel
) -> None:
    for pid in HOME[:3]:
        panel.add_exercise(pid)
    panel.select_row(2)
    panel.up_button.click()
    assert panel.model.protocol_ids() == [HOME[0], HOME[2], HOME[1]]
    assert panel.current_row() == 1
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert panel.model.protocol_ids() == [HOME[2], HOME[0], HOME[1]]
    assert not panel.up_button.isEnabled()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    panel.down_button.click()
    assert panel.model.protocol_ids() == [HOME[0], HOME[1], HOME[2]]
    assert panel.current_row() == 2
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert panel.model.protocol_ids() == [HOME[0], HOME[1]]


def test_dragging_a_row_moves_it(panel: HomeProgramPanel) -> None:
    for pid in HOME[:3]:
        panel.add_exercise(pid)
    model = panel.model
    data = model.mimeData([model.index(0, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, model.index(-1, -1))
    assert model.protocol_ids() == [HOME[1], HOME[2], HOME[0]]


def test_more_than_four_exercises_shows_a_gentle_warning(panel: HomeProgramPanel) -> None:
    for pid in HOME[:4]:
        panel.add_exercise(pid)
    assert not panel.warning_shown()
    panel.add_exercise(HOME[4])
    assert panel.warning_shown()
    assert "5 exercises" in panel.warning.text()
    assert panel.save_button.isEnabled()  # a warning, not an error
    panel.remove_current()
    assert not panel.warning_shown()


def test_saving_makes_versions_and_the_next_edit_starts_from_the_current(
    qtbot: QtBot, context: AppContext, panel: HomeProgramPanel, patient_id: int
) -> None:
    assert panel.draft_language() == "es"  # the patient's language
    assert not panel.save_button.isEnabled()
    assert panel.save() is None and "at least one" in panel.message.text()
    panel.add_exercise("home-bird-dog")
    panel.add_exercise("home-bridge")
    panel.set_dosage(1, "reps", 15)
    with qtbot.waitSignal(panel.saved) as saved:
        panel.save_button.click()
    assert saved.args == [1]
    assert not panel.save_button.isEnabled()  # nothing new to keep
    panel.large_print.setChecked(True)
    panel.select_row(1)
    panel.remove_current()
    assert panel.save() == 2

    repository = context.repository
    versions = repository.home_programs.versions(patient_id)
    assert [v.version for v in versions] == [2, 1]
    assert [i["protocol_id"] for i in versions[1].items] == ["home-bird-dog", "home-bridge"]
    assert versions[1].items[1]["reps"] == 15 and versions[1].language == "es"
    assert [i["protocol_id"] for i in versions[0].items] == ["home-bird-dog"]
    assert versions[0].large_print
    created = [e for e in repository.audit.entries(patient_id) if e["action"] == "create"]
    assert [e["detail"] for e in created if e["entity"] == "home_programs"] == [
        "version 1",
        "version 2",
    ]
    assert panel.versions_pane.list.count() == 2
    assert panel.versions_pane.selected_version() == 2
    assert "(current)" in panel.versions_pane.list.item(0).text()

    # A fresh panel (the next visit) starts from the current version.
    again = HomeProgramPanel(context, patient_id)
    qtbot.addWidget(again)
    assert again.base_version == 2
    assert again.model.protocol_ids() == ["home-bird-dog"]
    assert again.large_print.isChecked()
    assert "version 2" in again.heading.text()
    # Editing from an older version puts its exercises back.
    again.edit_from(1)
    assert again.model.protocol_ids() == ["home-bird-dog", "home-bridge"]
    assert again.save() == 3


def test_an_untouched_draft_follows_a_version_saved_elsewhere(
    context: AppContext, panel: HomeProgramPanel, patient_id: int
) -> None:
    item = HomeProgramItem.from_protocol(context.library.protocols["home-dead-bug"])
    context.repository.home_programs.save(patient_id, [item.to_dict()], language="en")
    panel.show_program(context.repository.home_programs.get(patient_id), patient_id=patient_id)
    assert panel.model.protocol_ids() == ["home-dead-bug"]
    # An edited draft is left alone.
    panel.add_exercise("home-bridge")
    context.repository.home_programs.save(patient_id, [item.to_dict()], language="en")
    panel.show_program(context.repository.home_programs.get(patient_id), patient_id=patient_id)
    assert panel.model.protocol_ids() == ["home-dead-bug", "home-bridge"]


def test_preview_shows_the_draft_and_saved_versions(qtbot: QtBot, panel: HomeProgramPanel) -> None:
    panel.add_exercise("home-bird-dog")
    draft = panel.preview_draft()
    assert draft is not None
    qtbot.addWidget(draft)
    assert draft.page_count() > 0
    assert draft.print_button.isHidden()  # a draft is saved before it is printed
    draft.close()
    panel.save()
    preview = panel.preview_version(1)
    assert preview is not None
    qtbot.addWidget(preview)
    assert preview.page_count() > 0
    assert preview.view.document() is preview.document
    assert not preview.print_button.isHidden() and not preview.save_button.isHidden()
    assert preview.pages.text() == f"Page 1 of {preview.page_count()}"
    preview.next_button.click()
    assert preview.current_page() == 1 and preview.previous_button.isEnabled()
    assert preview.pages.text().startswith("Page 2 of")
    preview.close()


def test_an_old_version_is_printed_again_and_audited(
    context: AppContext, panel: HomeProgramPanel, patient_id: int, tmp_path: Path
) -> None:
    panel.add_exercise("home-bird-dog")
    panel.save()
    panel.add_exercise("home-bridge")
    panel.language.setCurrentIndex(panel.language.findData("en"))
    panel.save()
    out = tmp_path / "printed.pdf"
    assert panel.print_version(1, pdf_printer(out))
    text = pdf_text(out)
    assert "José Núñez" in text
    assert "Su programa de ejercicios en casa" in text  # version 1 was in Spanish
    assert "cuatro patas" in text and "Puente" not in text  # and had the bird dog only
    assert "Version 1 sent to the printer" in panel.status.text()
    entries = context.repository.audit.entries(patient_id)
    printed = [e for e in entries if e["action"] == "print"]
    assert [(e["entity"], e["detail"]) for e in printed] == [("home_program", "version 1, pdf")]
    assert all("Núñez" not in (e["detail"] or "") for e in entries)


def test_save_as_pdf_writes_the_version_and_is_audited(
    context: AppContext, panel: HomeProgramPanel, patient_id: int, tmp_path: Path
) -> None:
    panel.add_exercise("home-side-plank")
    panel.large_print.setChecked(True)
    panel.save()
    path = panel.save_pdf(1, tmp_path / "program.pdf")
    assert path == tmp_path / "program.pdf"
    text = pdf_text(path)
    assert "José Núñez" in text and "Plancha lateral" in text
    exported = [e for e in context.repository.audit.entries(patient_id) if e["action"] == "export"]
    assert [(e["entity"], e["patient_id"], e["detail"]) for e in exported] == [
        ("home_program", patient_id, "version 1, pdf")
    ]


def test_pages_are_painted_on_a_printer_one_sheet_each(
    qtbot: QtBot, panel: HomeProgramPanel, tmp_path: Path
) -> None:
    for pid in HOME:
        panel.add_exercise(pid)
    panel.save()
    data = panel.version_pdf(1)
    assert data is not None
    document = load_pdf(data)
    out = tmp_path / "painted.pdf"
    printer = pdf_printer(out)
    printer.setResolution(96)  # a quick raster; the app prints at up to 300 dpi
    assert paint_pages(document, printer) == document.pageCount() > 1
    reader = PdfReader(out)
    assert len(reader.pages) == document.pageCount()
    box = reader.pages[0].mediabox
    width, height = document.pagePointSize(0).width(), document.pagePointSize(0).height()
    assert abs(float(box.width) - width) < 2 and abs(float(box.height) - height) < 2


def test_the_chart_tab_is_the_editor_and_follows_saves(
    qtbot: QtBot, db_path: Path, context: AppContext
) -> None:
    patient, _ = patient_with_history(db_path)
    chart = ChartPage(context)
    qtbot.addWidget(chart)
    chart.show_patient(patient)
    panel = chart.home_program
    assert isinstance(panel, HomeProgramPanel)
    assert panel.model.protocol_ids() == ["home-bird-dog"]  # from the current version
    assert panel.model.item(0).note == ""  # stored as null, read as empty
    panel.add_exercise("home-bridge")
    assert panel.save() == 2
    qtbot.waitUntil(lambda: chart.home_program.exercise_count() == 2)
    assert "Version 2" in chart.home_program.text.toPlainText()
    assert panel.model.protocol_ids() == ["home-bird-dog", "home-bridge"]
    assert not panel.save_button.isEnabled()


def test_unsaved_changes_are_not_dropped_without_asking(
    qtbot: QtBot, panel: HomeProgramPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    panel.add_exercise("home-bird-dog")
    assert panel.save() == 1
    panel.add_exercise("home-bridge")  # a change, not saved
    asked: list[str] = []

    def answer(choice: QMessageBox.StandardButton) -> object:
        def question(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
            asked.append(str(args[2]))
            return choice

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    panel.versions_pane.edit_requested.emit(1)
    assert len(asked) == 1 and "not saved" in asked[0]
    assert panel.model.protocol_ids() == ["home-bird-dog", "home-bridge"]  # kept
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    panel.versions_pane.edit_requested.emit(1)
    assert panel.model.protocol_ids() == ["home-bird-dog"]
