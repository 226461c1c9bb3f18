"""Every Qt item model of the program passes Qt's model tester, while it is changed.

pytest-qt's ``qtmodeltester`` attaches QAbstractItemModelTester (Qt's C++ checker; its
findings are Qt warnings, which fail the test) or, with ``force_py``, pytest-qt's own
checker, which re-checks the whole model after every signal. Each model is filled with
real rows (the built-in library, patients from a real database) and then changed the
ways the screens change it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from console import resources
from console.domain.home_program import HomeProgramItem
from console.domain.library import Library, load_library
from console.ui.home_program.home_program_model import HomeProgramModel
from console.ui.library.protocol_model import (
    ProtocolFilter,
    ProtocolFilterProxy,
    ProtocolTableModel,
)
from console.ui.patients.patient_model import PatientTableModel
from tests.storage_helpers import add_patient, make_repo

TESTERS = [pytest.param(False, id="qt-tester"), pytest.param(True, id="python-tester")]


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library([(resources.protocols_dir(), True)], resources.illustrations_dir())


def home_items(library: Library, count: int) -> list[HomeProgramItem]:
    home = [p for p in library if p.kind == "home"][:count]
    assert len(home) == count
    return [HomeProgramItem.from_protocol(p.spec) for p in home]


@pytest.mark.parametrize("force_py", TESTERS)
def test_home_program_model(qtmodeltester: ModelTester, library: Library, force_py: bool) -> None:
    model = HomeProgramModel()
    titles = {p.id: p.spec.title.en for p in library}
    model.title_of = lambda protocol_id: titles.get(protocol_id, protocol_id)
    qtmodeltester.check(model, force_py=force_py)  # watches every change from here
    items = home_items(library, 5)
    model.set_items(items[:3])
    model.add(items[3])
    model.add(items[4])
    model.remove(1)
    assert model.move(0, 3)
    assert model.move(3, 0)
    assert model.setData(model.index(0, model.COLUMNS.index("sets")), "3")
    assert model.setData(model.index(1, model.COLUMNS.index("hold_s")), "")
    assert not model.setData(model.index(2, model.COLUMNS.index("reps")), "many")
    assert not model.setData(model.index(2, model.COLUMNS.index("reps")), 1000)


@pytest.mark.parametrize("force_py", TESTERS)
def test_home_program_model_drag_and_drop(
    qtmodeltester: ModelTester, library: Library, force_py: bool
) -> None:
    model = HomeProgramModel()
    items = home_items(library, 4)
    model.set_items(items)
    qtmodeltester.check(model, force_py=force_py)
    ids = [item.protocol_id for item in items]
    dragged = model.mimeData([model.index(0, 0), model.index(0, 3)])
    # Dropped before row 3: the first exercise ends up third.
    model.dropMimeData(dragged, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert model.protocol_ids() == [ids[1], ids[2], ids[0], ids[3]]
    dragged = model.mimeData([model.index(3, 0)])
    # Dropped on the first row: the last exercise goes first.
    model.dropMimeData(dragged, Qt.DropAction.MoveAction, -1, -1, model.index(0, 0))
    assert model.protocol_ids() == [ids[3], ids[1], ids[2], ids[0]]
    dragged = model.mimeData([model.index(1, 0)])
    # Dropped below the last row.
    model.dropMimeData(dragged, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert model.protocol_ids() == [ids[3], ids[2], ids[0], ids[1]]
    assert not model.canDropMimeData(
        model.mimeData([]), Qt.DropAction.CopyAction, 0, 0, QModelIndex()
    )


@pytest.mark.parametrize("force_py", TESTERS)
def test_protocol_model_and_its_filter(
    qtmodeltester: ModelTester, library: Library, force_py: bool
) -> None:
    model = ProtocolTableModel()
    qtmodeltester.check(model, force_py=force_py)
    model.set_rows(list(library))
    assert model.rowCount() == len(library.protocols)
    model.set_language("es")

    proxy = ProtocolFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_criteria(ProtocolFilter(kind="home"))
    assert 0 < proxy.rowCount() < model.rowCount()
    proxy.set_criteria(ProtocolFilter(text="no protocol is called this"))
    assert proxy.rowCount() == 0
    proxy.set_criteria(ProtocolFilter())
    proxy.sort(0)
    model.set_rows([p for p in library if p.kind == "home"])
    assert proxy.rowCount() == model.rowCount()


@pytest.mark.parametrize("force_py", TESTERS)
def test_patient_model(qtmodeltester: ModelTester, tmp_path: Path, force_py: bool) -> None:
    repo = make_repo(tmp_path / "console.db")
    try:
        for _ in range(4):
            add_patient(repo)
        patients = repo.patients.all()
    finally:
        repo.close()
    model = PatientTableModel(today=dt.date(2026, 12, 4))
    qtmodeltester.check(model, force_py=force_py)
    model.set_rows(patients)
    model.set_rows(patients[:1], today=dt.date(2027, 1, 1))
    model.set_rows([])
