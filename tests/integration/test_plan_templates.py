"""Built-in plan templates in the plan editor: listed on a new database, loadable, read-only."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from console.domain.settings import Settings
from console.storage.settings_file import LoadedSettings
from console.ui.runner.plan_editor import BUILTIN_TEMPLATE, PlanEditor, open_plan_editor
from console.ui.shell.context import AppContext

pytestmark = pytest.mark.qt_log_ignore("pipewire")

LOW_BACK = "Low-back spasm: stabiliser endurance"


def listed(editor: PlanEditor) -> list[tuple[str, object]]:
    combo = editor.templates
    return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]


def editor_on_new_database(qtbot: QtBot, db_path: Path, language: str = "en") -> PlanEditor:
    settings = Settings(sound=False, protocol_language=language)
    context = AppContext(db_path=db_path, settings=LoadedSettings(settings))
    editor = open_plan_editor(context, None, None)
    qtbot.addWidget(editor)
    return editor


def test_builtin_templates_are_listed_and_load_with_their_home_program(
    qtbot: QtBot, db_path: Path
) -> None:
    editor = editor_on_new_database(qtbot, db_path)
    rows = listed(editor)
    builtin = [text for text, data in rows if str(data).startswith(BUILTIN_TEMPLATE)]
    assert len(builtin) >= 4
    assert f"{LOW_BACK} (built-in)" in builtin
    assert editor.load_template_button.isEnabled()

    editor.templates.setCurrentIndex(editor.templates.findText(f"{LOW_BACK} (built-in)"))
    editor.load_template()
    template = editor.context.library.template_named(LOW_BACK)
    assert template is not None
    assert editor.plan == template.plan()
    assert editor.list.count() == len(template.spec.items)
    assert "pelvis-anterior-elevation-rhythmic-stabilization" in {
        item.protocol_id for item in editor.plan.items
    }
    message = editor.message.text()
    assert message.startswith("Home program for this plan:")
    assert "Pallof press" in message


def test_builtin_templates_cannot_be_overwritten_but_own_ones_still_save(
    qtbot: QtBot, db_path: Path
) -> None:
    editor = editor_on_new_database(qtbot, db_path)
    editor.templates.setCurrentIndex(editor.templates.findText(f"{LOW_BACK} (built-in)"))
    editor.load_template()
    before = listed(editor)

    assert editor.save_template("  low-back SPASM:  stabiliser endurance ") is None
    assert "built-in template" in editor.message.text()
    assert editor.save_template("Espasmo lumbar: resistencia de los estabilizadores") is None
    assert listed(editor) == before

    assert editor.save_template("Our low-back plan") is not None
    rows = listed(editor)
    assert rows[: len(before)] == before
    own = [(text, data) for text, data in rows if text == "Our low-back plan"]
    assert len(own) == 1 and isinstance(own[0][1], int)

    # The clinic's own template loads as before.
    editor.set_plan(type(editor.plan)())
    editor.templates.setCurrentIndex(editor.templates.findText("Our low-back plan"))
    editor.load_template()
    template = editor.context.library.template_named(LOW_BACK)
    assert template is not None
    assert editor.plan == template.plan()


def test_builtin_template_names_follow_the_protocol_language(qtbot: QtBot, db_path: Path) -> None:
    editor = editor_on_new_database(qtbot, db_path, language="es")
    texts = [text for text, data in listed(editor) if str(data).startswith(BUILTIN_TEMPLATE)]
    assert any(t.startswith("Espasmo lumbar: resistencia de los estabilizadores") for t in texts)
    assert texts == sorted(texts, key=str.casefold)
