"""Settings -> Printing: the printer this computer prints handouts on, without a dialog.

The printers are the print system's queues as console/reports/printing.py lists them
(through the CUPS tools that print the handout too); the first choice is the system's
default printer, whichever it is when the handout prints. Two-sided printing can be
ticked only when the chosen printer offers it. The choices are in the settings file of
this computer, so the treatment room and the front desk each keep their own printer.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QPushButton, QSpinBox, QWidget

from console.domain.settings import Settings
from console.reports.printing import (
    PrintFailure,
    QueueOffer,
    default_printer,
    printers,
    queue_offer,
)
from console.ui.settings.settings_sections import Section


class PrintingSection(Section):
    """The printer for handouts, its paper, two-sided printing and copies."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.printer = QComboBox()
        self.printer.setMinimumWidth(260)
        self.refresh_button = QPushButton(self.tr("&Look for printers"))
        self.refresh_button.setToolTip(
            self.tr("List the printers installed on this computer again")
        )
        printer_row = QHBoxLayout()
        printer_row.addWidget(self.printer, 1)
        printer_row.addWidget(self.refresh_button)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("The paper in the printer"), "printer")
        self.paper.addItem(self.tr("A4"), "A4")
        self.paper.addItem(self.tr("Letter"), "Letter")
        self.duplex = QCheckBox(self.tr("Print on &both sides of the sheet"))
        self.copies = QSpinBox()
        self.copies.setRange(1, 20)
        self.row(
            self.tr("&Printer for handouts"),
            self.printer,
            "printing.printer",
            layout=printer_row,
            hint=self.tr(
                "‘Print handout’ prints here at once, without a dialog. Each computer "
                "keeps its own printer."
            ),
        )
        self.printer.setAccessibleName(self.tr("Printer for handouts"))
        self.row(self.tr("P&aper"), self.paper, "printing.paper")
        self.row(self.tr("Two-sided"), self.duplex, "printing.duplex")
        self.row(self.tr("&Copies"), self.copies, "printing.copies")
        self.finish()
        self._saved_printer = ""
        self._default = ""
        self._listed = False
        self.offer = QueueOffer()
        self.printer.activated.connect(self._printer_chosen)
        self.paper.activated.connect(self.edited)
        self.duplex.toggled.connect(self.edited)
        self.copies.valueChanged.connect(self.edited)
        self.refresh_button.clicked.connect(self.list_printers)

    # -- the print system's queues ---------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._listed:
            self.list_printers()

    def list_printers(self) -> None:
        """Fill the printer list from the print system, keeping the choice."""
        chosen = self.printer.currentData() if self.printer.count() else self._saved_printer
        self._listed = True
        try:
            names, default = printers(), default_printer() or ""
        except PrintFailure:
            names, default = [], ""
        self._fill(names, default)
        self._choose(chosen if isinstance(chosen, str) else "")

    def _fill(self, names: list[str], default: str) -> None:
        self._default = default
        self.printer.blockSignals(True)
        self.printer.clear()
        if default:
            self.printer.addItem(self.tr("The system's default printer ({0})").format(default), "")
        else:
            self.printer.addItem(self.tr("The system's default printer"), "")
        for name in names:
            self.printer.addItem(name, name)
        self.printer.blockSignals(False)

    def _choose(self, name: str) -> None:
        index = self.printer.findData(name)
        if index < 0:
            # A printer of the settings file that this computer does not have (now).
            self.printer.addItem(self.tr("{0} (not installed)").format(name), name)
            index = self.printer.count() - 1
        self.printer.setCurrentIndex(index)
        self._show_offer()

    def _printer_chosen(self) -> None:
        self._show_offer()
        self.edited.emit()

    def _show_offer(self) -> None:
        """Two-sided printing only where the chosen printer offers it."""
        name = self.printer.currentData() or self._default
        offer = QueueOffer()
        if name and self._listed:
            with contextlib.suppress(PrintFailure):
                offer = queue_offer(name)
        self.offer = offer
        offered = offer.duplex
        self.duplex.setEnabled(offered)
        if not offered:
            self.duplex.setToolTip(self.tr("This printer prints on one side only."))
        else:
            self.duplex.setToolTip("")
        self.paper.setItemText(
            0,
            self.tr("The paper in the printer ({0})").format(offer.default_paper)
            if offer.default_paper
            else self.tr("The paper in the printer"),
        )

    # -- Section ----------------------------------------------------------------------

    def load(self, settings: Settings) -> None:
        printing = settings.printing
        self._saved_printer = printing.printer
        if not self._listed:
            self._fill([], "")
        self._choose(printing.printer)
        self.paper.setCurrentIndex(max(self.paper.findData(printing.paper), 0))
        self.duplex.setChecked(printing.duplex)
        self.copies.setValue(printing.copies)

    def collect(self, data: dict[str, Any]) -> None:
        data["printing"] = {
            "printer": self.printer.currentData() or "",
            "paper": self.paper.currentData(),
            # Printing asks the printer again: ticked on one that cannot, it prints one-sided.
            "duplex": self.duplex.isChecked(),
            "copies": self.copies.value(),
        }

    def choices(self) -> list[str]:
        """The printers on the list ("" is the system's default)."""
        return [self.printer.itemData(i) for i in range(self.printer.count())]
