"""The message shown when a handout could not be printed: which problem, what to do,
and the ways on: Save as PDF instead, Try again, another printer.

The handout is never lost: the version is saved in the chart, so it can be printed or
saved at any time. The message says so.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from console.reports.printing import PrintFailure, PrintProblem


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrintProblemBox", text)


def problem_text(failure: PrintFailure) -> tuple[str, str]:
    """What went wrong and what to do, in the interface language."""
    printer = failure.printer
    reason = f" ({failure.detail})" if failure.detail else ""
    match failure.problem:
        case PrintProblem.NO_PRINT_SYSTEM:
            return (
                _tr("This computer's print service is not running or not installed."),
                _tr(
                    "Ask whoever looks after the computers to install or start CUPS. "
                    "Meanwhile, save the handout as a PDF."
                ),
            )
        case PrintProblem.NO_PRINTER:
            return (
                _tr("No printer is installed on this computer."),
                _tr(
                    "Add the printer in the system's printer settings, then choose it "
                    "in Settings → Printing."
                ),
            )
        case PrintProblem.UNKNOWN_PRINTER:
            return (
                _tr("The printer {0} is not installed on this computer.").format(printer),
                _tr("Choose an installed printer in Settings → Printing, or another printer."),
            )
        case PrintProblem.STOPPED:
            return (
                _tr("The printer {0} is stopped{1}.").format(printer, reason),
                _tr(
                    "Check that it is switched on, has paper and no paper jam, and resume "
                    "it in the system's printer settings. Then try again."
                ),
            )
        case PrintProblem.REJECTING:
            return (
                _tr("The printer {0} is not accepting jobs{1}.").format(printer, reason),
                _tr(
                    "Let it accept jobs again in the system's printer settings, or print "
                    "on another printer."
                ),
            )
        case PrintProblem.JOB_FAILED:
            return (
                _tr("The printer {0} could not print the handout{1}.").format(printer, reason),
                _tr("Check the printer, then try again."),
            )
        case PrintProblem.NOT_FINISHED:
            return (
                _tr("The printer {0} took the handout but has not printed it.").format(printer),
                _tr("Check that it is switched on and connected."),
            )


class PrintProblemBox(QMessageBox):
    """Not printed: the problem, what to do, and Save as PDF instead / Try again."""

    def __init__(self, failure: PrintFailure, version: int, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.failure = failure
        what, todo = problem_text(failure)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("The handout was not printed"))
        self.setText(what)
        kept = self.tr(
            "Nothing is lost: version {0} is saved in the chart and can be printed or "
            "saved at any time."
        ).format(version)
        self.setInformativeText(f"{todo}\n\n{kept}")
        self.save_button: QPushButton = self.addButton(
            self.tr("&Save as PDF instead…"), QMessageBox.ButtonRole.AcceptRole
        )
        self.retry_button: QPushButton = self.addButton(
            self.tr("&Try again"), QMessageBox.ButtonRole.AcceptRole
        )
        self.other_button: QPushButton = self.addButton(
            self.tr("&Other printer…"), QMessageBox.ButtonRole.AcceptRole
        )
        self.close_button: QPushButton = self.addButton(
            self.tr("&Close"), QMessageBox.ButtonRole.RejectRole
        )
        retry = failure.problem in (
            PrintProblem.STOPPED,
            PrintProblem.REJECTING,
            PrintProblem.JOB_FAILED,
            PrintProblem.NOT_FINISHED,
            PrintProblem.NO_PRINT_SYSTEM,
        )
        self.setDefaultButton(self.retry_button if retry else self.save_button)
        self.setEscapeButton(self.close_button)
