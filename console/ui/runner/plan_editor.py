"""The plan editor: which protocols a session runs, on which side, with what dosage.

``open_plan_editor(context, patient_id, parent)`` opens it for a patient, starting from
the patient's last plan. Protocols are found with the library's search and filters
(the Protocols screen's model), added with a double click, Enter or Add, ordered by
drag and drop or Ctrl+Up / Ctrl+Down, removed with Delete. Each item's side and its
overrides (sets, rest between sets, hold / relax / rest seconds, repeats) are set
beside the list; a value left at "file" keeps the protocol's own. A plan can be saved
as a named template and a template loaded into the editor. "Start session" saves the
plan as the patient's latest and opens the runner.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.domain.plan import Overrides, PlanError, PlanItem, SessionPlan, expand
from console.domain.protocol import Protocol
from console.domain.validation import ValidationError
from console.storage.errors import StorageError
from console.ui.library.protocol_model import (
    ProtocolFilter,
    ProtocolFilterProxy,
    ProtocolTableModel,
    fit_columns,
)
from console.ui.settings.therapist_identity import current_therapist_id
from console.ui.shell.context import AppContext
from console.ui.shell.i18n import QT_TRANSLATE_NOOP
from console.ui.shell.panes import split

log = logging.getLogger(__name__)

ItemRole = Qt.ItemDataRole.UserRole + 7
SIDE_NAMES = {
    "left": QT_TRANSLATE_NOOP("PlanEditor", "Left"),
    "right": QT_TRANSLATE_NOOP("PlanEditor", "Right"),
    "bilateral": QT_TRANSLATE_NOOP("PlanEditor", "Both sides"),
}
#: How a changed value reads in the plan list (translated where it is shown).
OVERRIDE_WORDS = {
    "rest_between_sets_s": QT_TRANSLATE_NOOP("PlanEditor", "{:g} s between sets"),
    "hold_s": QT_TRANSLATE_NOOP("PlanEditor", "hold {:g} s"),
    "relax_s": QT_TRANSLATE_NOOP("PlanEditor", "relax {:g} s"),
    "rest_s": QT_TRANSLATE_NOOP("PlanEditor", "rest {:g} s"),
    "repeat": QT_TRANSLATE_NOOP("PlanEditor", "repeats ×{}"),
}
#: Item data of a built-in template in the template list: this prefix and its id.
BUILTIN_TEMPLATE = "builtin:"
#: Seconds an untimed step (position, move, cue, prompt) is assumed to take in the
#: estimate of the session's length.
UNTIMED_ESTIMATE_S = 8.0


class PlanList(QListWidget):
    """The plan's items; drag to reorder, Ctrl+Up / Ctrl+Down move, Delete removes."""

    move_requested = Signal(int)
    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(self.tr("Plan"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() == Qt.Key.Key_Up:
            self.move_requested.emit(-1)
        elif ctrl and event.key() == Qt.Key.Key_Down:
            self.move_requested.emit(1)
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_requested.emit()
        else:
            super().keyPressEvent(event)


class PlanEditor(QDialog):
    """Edit one patient's plan (or a template when ``patient_id`` is None)."""

    session_started = Signal(int)
    plan_saved = Signal(int)

    def __init__(
        self, context: AppContext, patient_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.patient_id = patient_id
        self.plan = SessionPlan()
        self.runner: QWidget | None = None
        self._protocols: dict[str, Protocol] = {p.id: p for p in context.library}
        self._updating = False
        self.setWindowTitle(self.tr("Session plan"))
        self._build()
        self._load_start()
        room = self.screen().availableSize()  # the protocol table's columns need the width
        self.resize(min(1440, room.width() - 40), min(820, room.height() - 40))

    # -- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self.model = ProtocolTableModel(self)
        self.model.set_language(self.context.settings.protocol_language)
        self.model.set_rows(list(self.context.library))
        self.proxy = ProtocolFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(placeholderText=self.tr("Search protocols…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search protocols"))
        self.region = self._combo(
            self.tr("All regions"), {p.region.value for p in self.model_rows()}
        )
        self.technique = self._combo(
            self.tr("All techniques"),
            {p.spec.technique.value for p in self.model_rows() if p.spec.technique},
        )
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        fit_columns(self.table)
        self.table.setAccessibleName(self.tr("Protocols"))
        self.table.doubleClicked.connect(lambda _: self.add_selected())
        self.table.activated.connect(lambda _: self.add_selected())
        self.add_button = QPushButton(self.tr("&Add to plan →"))
        self.add_button.clicked.connect(self.add_selected)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.region, 1)
        filters.addWidget(self.technique, 1)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.add_button)

        self.list = PlanList()
        self.list.currentRowChanged.connect(self._show_item)
        self.list.model().rowsMoved.connect(self._rows_dragged)
        self.list.move_requested.connect(self.move_current)
        self.list.remove_requested.connect(self.remove_current)
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button.clicked.connect(self.remove_current)
        order = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            order.addWidget(button)

        self.side = QComboBox()
        self.side.setAccessibleName(self.tr("Side"))
        self.sets = self._spin(0, 20, self.tr("Sets"))
        self.repeat = self._spin(0, 10, self.tr("Repeats (times the file's)"))
        self.hold = self._seconds(self.tr("Hold seconds"))
        self.relax = self._seconds(self.tr("Relax seconds"))
        self.rest = self._seconds(self.tr("Rest seconds"))
        self.set_rest = QDoubleSpinBox()
        self.set_rest.setRange(-1, 600)
        self.set_rest.setDecimals(0)
        self.set_rest.setAccessibleName(self.tr("Rest between sets, seconds"))
        form = QFormLayout()
        form.addRow(self.tr("Side"), self.side)
        form.addRow(self.tr("Sets"), self.sets)
        form.addRow(self.tr("Rest between sets (s)"), self.set_rest)
        form.addRow(self.tr("Hold (s)"), self.hold)
        form.addRow(self.tr("Relax (s)"), self.relax)
        form.addRow(self.tr("Rest (s)"), self.rest)
        form.addRow(self.tr("Repeats ×"), self.repeat)
        self.side.currentIndexChanged.connect(self._item_edited)
        for box in (self.sets, self.repeat, self.hold, self.relax, self.rest, self.set_rest):
            box.valueChanged.connect(self._item_edited)
        self.item_box = QWidget()
        self.item_box.setLayout(form)

        fit = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon  # long names
        self.templates = QComboBox(sizeAdjustPolicy=fit, minimumContentsLength=16)
        self.templates.setAccessibleName(self.tr("Templates"))
        self.load_template_button = QPushButton(self.tr("Load template"))
        self.save_template_button = QPushButton(self.tr("Save as template…"))
        self.load_template_button.clicked.connect(self.load_template)
        self.save_template_button.clicked.connect(self.ask_template_name)
        template_row = QHBoxLayout()
        template_row.addWidget(self.templates, 1)
        template_row.addWidget(self.load_template_button)
        template_row.addWidget(self.save_template_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(QLabel(self.tr("<b>Plan</b> (drag or Ctrl+↑/↓ to reorder)")))
        right_layout.addWidget(self.list, 2)
        right_layout.addLayout(order)
        right_layout.addWidget(self.item_box)
        right_layout.addLayout(template_row)

        splitter = split(Qt.Orientation.Horizontal, [(left, 3), (right, 2)])

        self.summary = QLabel()
        self.message = QLabel(wordWrap=True)
        self.save_button = QPushButton(self.tr("Sa&ve plan"))
        self.start_button = QPushButton(self.tr("&Start session"))
        self.start_button.setAutoDefault(False)
        self.save_button.setAutoDefault(False)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_plan)
        self.start_button.clicked.connect(self.start_session)
        self.close_button.clicked.connect(self.reject)
        self.save_button.setEnabled(self.patient_id is not None)
        self.start_button.setEnabled(self.patient_id is not None)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.start_button)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self.search.textChanged.connect(self._filter)
        self.region.currentIndexChanged.connect(self._filter)
        self.technique.currentIndexChanged.connect(self._filter)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus)
        self._filter()
        self._fill_templates()

    def _tell(self, text: str, *, problem: bool = True) -> None:
        """A line under the lists: problems in red, confirmations in the normal colour."""
        self.message.setStyleSheet("color: #8e0000;" if problem else "")
        self.message.setText(text)

    def model_rows(self) -> list[Protocol]:
        return [self.model.protocol(row) for row in range(self.model.rowCount())]

    def _combo(self, everything: str, values: set[str]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, "")
        for value in sorted(values):
            combo.addItem(value.replace("-", " "), value)
        return combo

    def _spin(self, low: int, high: int, name: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(low, high)
        box.setAccessibleName(name)
        return box

    def _seconds(self, name: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(0, 600)
        box.setDecimals(1)
        box.setSingleStep(1.0)
        box.setAccessibleName(name)
        return box

    # -- loading ------------------------------------------------------------------------

    def _load_start(self) -> None:
        if self.patient_id is None:
            self.set_plan(SessionPlan())
            return
        try:
            last = self.context.repository.plans.last(self.patient_id)
        except StorageError as error:
            self._tell(error.message)
            return
        if last is not None:
            self.set_plan(self._readable(last.items))
        else:
            self.set_plan(SessionPlan())

    def _readable(self, items: list[dict[str, Any]]) -> SessionPlan:
        """The stored items that still name a loaded protocol (others are reported)."""
        plan = SessionPlan.from_dict(items)
        missing = [i.protocol_id for i in plan.items if i.protocol_id not in self._protocols]
        if missing:
            self._tell(
                self.tr("Not in the library any more, left out: {0}").format(", ".join(missing))
            )
        return SessionPlan(items=tuple(i for i in plan.items if i.protocol_id in self._protocols))

    def _fill_templates(self) -> None:
        """The built-in templates (read-only, by name), then the clinic's own."""
        self.templates.clear()
        lang = self.context.settings.protocol_language
        for builtin in self.context.library.templates_by_name(lang):
            text = self.tr("{0} (built-in)").format(builtin.name.in_(lang))
            self.templates.addItem(text, BUILTIN_TEMPLATE + builtin.id)
        self.load_template_button.setEnabled(self.templates.count() > 0)
        try:
            templates = self.context.repository.plans.templates()
        except StorageError as error:
            self._tell(error.message)
            return
        for template in templates:
            self.templates.addItem(template.name or "", template.id)
        self.load_template_button.setEnabled(self.templates.count() > 0)

    # -- the plan -----------------------------------------------------------------------

    def set_plan(self, plan: SessionPlan, current: int | None = None) -> None:
        self.plan = plan
        self._updating = True
        self.list.clear()
        for number, item in enumerate(plan.items, start=1):
            entry = QListWidgetItem(self._item_text(number, item))
            entry.setData(ItemRole, item.to_dict())
            self.list.addItem(entry)
        self._updating = False
        if plan.items:
            row = len(plan.items) - 1 if current is None else current
            self.list.setCurrentRow(max(0, min(row, len(plan.items) - 1)))
        else:
            self._show_item(-1)
        self._summarise()

    def _item_text(self, number: int, item: PlanItem) -> str:
        protocol = self._protocols.get(item.protocol_id)
        lang = self.context.settings.protocol_language
        title = protocol.title.in_(lang) if protocol is not None else item.protocol_id
        changed = ", ".join(
            self.tr("%n set(s)", "", int(value))
            if key == "sets"
            else self.tr(OVERRIDE_WORDS[key]).format(value)
            for key, value in item.overrides.to_dict().items()
            if key in OVERRIDE_WORDS or key == "sets"
        )
        side = self.tr(SIDE_NAMES[item.side])
        return f"{number}. {title} — {side}" + (f"  ({changed})" if changed else "")

    def _summarise(self) -> None:
        try:
            phases = expand(self.plan, self._protocols)
        except PlanError as error:
            self.summary.setText(str(error))
            return
        seconds = sum(
            p.duration_s if p.duration_s is not None else UNTIMED_ESTIMATE_S for p in phases[:-1]
        )
        parts = [self.tr("%n protocol(s)", "", len(self.plan.items))]
        parts.append(self.tr("%n step(s)", "", len(phases)))
        minutes = self.tr("about %n min", "", max(1, round(seconds / 60)))
        self.summary.setText(" · ".join([*parts, minutes]))
        has_items = bool(self.plan.items)
        self.start_button.setEnabled(self.patient_id is not None and has_items)
        self.save_button.setEnabled(self.patient_id is not None and has_items)
        self.save_template_button.setEnabled(has_items)

    def selected_protocol(self) -> Protocol | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        source: QModelIndex = self.proxy.mapToSource(indexes[0])
        return self.model.protocol(source.row())

    def add_protocol(self, protocol: Protocol, side: str | None = None) -> None:
        sides = protocol.spec.sides
        chosen = side if side in sides else sides[0]
        item = PlanItem(protocol_id=protocol.id, side=chosen)
        self.set_plan(self.plan.appended(item))

    def add_selected(self) -> None:
        protocol = self.selected_protocol()
        if protocol is None:
            self._tell(self.tr("Choose a protocol in the list first."))
            return
        self.message.clear()
        self.add_protocol(protocol)

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < len(self.plan.items):
            return
        self.set_plan(self.plan.moved(row, target), current=target)

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.set_plan(self.plan.removed(row), current=row)

    def _rows_dragged(self, *_: object) -> None:
        """Dropped in a new place: read the order back from the list."""
        if self._updating:
            return
        items = []
        for row in range(self.list.count()):
            data = self.list.item(row).data(ItemRole)
            items.append(PlanItem.from_dict(data))
        row = self.list.currentRow()
        self.set_plan(SessionPlan(items=tuple(items)), current=row)

    # -- one item -----------------------------------------------------------------------

    def _show_item(self, row: int) -> None:
        valid = 0 <= row < len(self.plan.items)
        self.item_box.setEnabled(valid)
        if not valid:
            return
        item = self.plan.items[row]
        spec = self._protocols[item.protocol_id].spec
        over = item.overrides
        self._updating = True
        self.side.clear()
        for side in spec.sides:
            self.side.addItem(self.tr(SIDE_NAMES[side]), side)
        self.side.setCurrentIndex(max(0, self.side.findData(item.side)))
        self.sets.setSpecialValueText(self.tr("file: {0}").format(spec.sets))
        self.sets.setValue(over.sets or 0)
        self.set_rest.setSpecialValueText(self.tr("file: {0:g}").format(spec.rest_between_sets_s))
        self.set_rest.setValue(-1 if over.rest_between_sets_s is None else over.rest_between_sets_s)
        self.repeat.setSpecialValueText(self.tr("file"))
        self.repeat.setValue(over.repeat or 0)
        for box, kind, value in (
            (self.hold, "hold", over.hold_s),
            (self.relax, "relax", over.relax_s),
            (self.rest, "rest", over.rest_s),
        ):
            seconds = sorted({s.seconds for s in spec.steps if s.kind.value == kind and s.seconds})
            text = "/".join(f"{s:g}" for s in seconds) if seconds else "—"
            box.setSpecialValueText(self.tr("file: {0}").format(text))
            box.setValue(value or 0)
            box.setEnabled(bool(seconds))
        self._updating = False

    def _item_edited(self, *_: object) -> None:
        row = self.list.currentRow()
        if self._updating or not 0 <= row < len(self.plan.items):
            return
        old = self.plan.items[row]

        def seconds(box: QDoubleSpinBox) -> float | None:
            return max(0.5, box.value()) if box.value() > 0 else None

        try:
            overrides = Overrides(
                sets=self.sets.value() or None,
                rest_between_sets_s=None if self.set_rest.value() < 0 else self.set_rest.value(),
                hold_s=seconds(self.hold),
                relax_s=seconds(self.relax),
                rest_s=seconds(self.rest),
                repeat=self.repeat.value() or None,
                step_repeat=dict(old.overrides.step_repeat),
                # Holds timed to fatigue for this patient (the runner's F) stay so.
                fatigue_steps=old.overrides.fatigue_steps,
            )
        except ValueError as error:
            self._tell(str(error))
            return
        side = self.side.currentData() or old.side
        item = PlanItem(protocol_id=old.protocol_id, side=side, overrides=overrides)
        self.plan = self.plan.replaced(row, item)
        entry = self.list.item(row)
        entry.setText(self._item_text(row + 1, item))
        entry.setData(ItemRole, item.to_dict())
        self._summarise()

    # -- filters ------------------------------------------------------------------------

    def _filter(self) -> None:
        self.proxy.set_criteria(
            ProtocolFilter(
                text=self.search.text(),
                region=self.region.currentData() or "",
                technique=self.technique.currentData() or "",
                kind="pnf",
            )
        )
        if self.proxy.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    # -- saving -------------------------------------------------------------------------

    def save_plan(self) -> int | None:
        """Keep the plan as the patient's latest; returns its id."""
        if self.patient_id is None or not self.plan.items:
            return None
        try:
            repository = self.context.repository
            plan_id = repository.plans.save(
                self.patient_id, self.plan.to_items(), current_therapist_id(repository)
            )
        except (StorageError, ValidationError) as error:
            self._tell(error.message)
            return None
        self._tell(self.tr("Plan saved."), problem=False)
        self.plan_saved.emit(plan_id)
        return plan_id

    def ask_template_name(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save as template"), self.tr("Template name"))
        if ok:
            self.save_template(name)

    def save_template(self, name: str) -> int | None:
        if self.context.library.template_named(name) is not None:
            self._tell(self.tr("“{0}” is a built-in template; choose another name.").format(name))
            return None
        try:
            repository = self.context.repository
            template_id = repository.plans.save_template(
                name, self.plan.to_items(), current_therapist_id(repository)
            )
        except (StorageError, ValidationError) as error:
            self._tell(error.message)
            return None
        self._tell(self.tr("Template “{0}” saved.").format(name.strip()), problem=False)
        self._fill_templates()
        return template_id

    def load_template(self) -> None:
        template_id = self.templates.currentData()
        if template_id is None:
            return
        if isinstance(template_id, str) and template_id.startswith(BUILTIN_TEMPLATE):
            self._load_builtin_template(template_id.removeprefix(BUILTIN_TEMPLATE))
            return
        try:
            template = self.context.repository.plans.get(int(template_id))
        except StorageError as error:
            self._tell(error.message)
            return
        self.set_plan(self._readable(template.items))

    def _load_builtin_template(self, template_id: str) -> None:
        """Load a built-in template's clinic protocols; name its home exercises."""
        self._tell("")
        builtin = self.context.library.templates[template_id]
        self.set_plan(self._readable(builtin.plan().to_items()))
        home = self.context.library.titles(builtin.home, self.context.settings.protocol_language)
        if home and not self.message.text():  # a left-out protocol's message stays
            text = self.tr("Home program for this plan: {0}").format("; ".join(home))
            self._tell(text, problem=False)

    def start_session(self) -> int | None:
        """Start a session running this plan (kept as the patient's latest) and open
        the runner on it; returns the session id."""
        if self.patient_id is None or not self.plan.items:
            return None
        from console.ui.runner.runner_window import start_runner

        try:
            repository = self.context.repository
            session_id = repository.sessions.start(
                self.patient_id, self.plan.to_items(), current_therapist_id(repository)
            )
            self.runner = start_runner(self.context, session_id, self.parentWidget())
        except (StorageError, ValidationError) as error:
            self._tell(error.message)
            return None
        except PlanError as error:
            self._tell(str(error))
            return None
        self.session_started.emit(session_id)
        self.accept()
        return session_id


def open_plan_editor(
    context: AppContext, patient_id: int | None, parent: QWidget | None = None
) -> PlanEditor:
    """Open the plan editor for a patient (from their last plan), not modal."""
    editor = PlanEditor(context, patient_id, parent)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.show()
    # The keyboard goes to the editor, also where no window manager would give it.
    editor.activateWindow()
    return editor
