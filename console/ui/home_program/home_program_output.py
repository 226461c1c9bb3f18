"""Making the handout of a home program and sending it out: preview, print, save as PDF.

Rendering, the print dialog and the file dialog are here; QtPdf and the print support
are imported only when a handout is first shown or printed. Every print and every
saved PDF is audited (entity "home_program", the version in the detail, never a name).

`print_handout` prints a saved version at once on the printer of Settings -> Printing
(console/reports/printing.py), without a dialog; when that fails a message says why,
with Save as PDF instead, Try again and Other printer (console/ui/home_program/print_problem.py).
A print is audited only once the queue accepted the job, with the printer and job id.
The job is then watched for a while: a printer that stops on it (unplugged, out of
paper) brings the same message, and the failed job is cancelled.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from console.domain.chart import HomeProgramVersion, Patient
from console.domain.home_program import HomeProgram, HomeProgramError, HomeProgramItem
from console.reports.handout import handout_language, pdf_name, program_of, render_handout
from console.reports.printing import Paper, PrintFailure, PrintJob, job_done, print_handout
from console.storage.errors import StorageError
from console.ui.settings.therapist_identity import current_therapist_id, therapist_names
from console.ui.shell.context import AppContext
from console.ui.shell.notices import warn

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from console.ui.home_program.home_program_print import HomeProgramPreview
    from console.ui.home_program.print_problem import PrintProblemBox


#: A printed job is looked at every 2 s for 3 minutes.
WATCH_INTERVAL_MS = 2000
WATCH_TICKS = 90


class HandoutOutput(QObject):
    """The handouts of one patient's program, shown and sent out from `widget`."""

    #: A line for the status bar after a print or a save.
    reported = Signal(str)

    def __init__(self, context: AppContext, widget: QWidget) -> None:
        super().__init__(widget)
        self.context = context
        self.widget = widget
        self.patient: Patient | None = None
        self.last_saved: Path | None = None
        self.last_pages = 0
        self.print_dialog: QPrintDialog | None = None
        self.preview_dialog: HomeProgramPreview | None = None
        self.problem_box: PrintProblemBox | None = None
        self.last_job: PrintJob | None = None
        self.watched: tuple[PrintJob, HomeProgramVersion, int] | None = None
        self.watch_timer = QTimer(self)
        self.watch_timer.setInterval(WATCH_INTERVAL_MS)
        self.watch_timer.timeout.connect(self._check_job)

    # -- rendering --------------------------------------------------------------------

    def _render(self, program: HomeProgram, paper: Paper | None = None) -> bytes | None:
        settings = self.context.settings
        if paper is not None:
            settings = settings.model_copy(update={"paper_size": paper})
        try:
            return render_handout(program, self.context.library.protocols, settings)
        except HomeProgramError as error:
            warn(self.widget, self.tr("The handout cannot be made"), str(error))
        except OSError as error:
            warn(
                self.widget,
                self.tr("The handout cannot be made"),
                self.tr("A file it needs cannot be read: {0}").format(error.strerror or error),
            )
        return None

    def therapist_name(self, therapist_id: int | None) -> str:
        try:
            names = therapist_names(self.context.repository)
            if therapist_id is None:
                therapist_id = current_therapist_id(self.context.repository)
        except StorageError:
            return ""
        return names.get(therapist_id, "") if therapist_id is not None else ""

    def render_version(
        self, version: HomeProgramVersion, paper: Paper | None = None
    ) -> bytes | None:
        """The handout of a saved version, as it was saved (on `paper` when given)."""
        if self.patient is None:
            return None
        try:
            program = program_of(
                version,
                self.patient,
                today=self.context.repository.today(),
                therapist_name=self.therapist_name(version.therapist_id),
            )
        except (HomeProgramError, StorageError) as error:
            message = error.message if isinstance(error, StorageError) else str(error)
            warn(self.widget, self.tr("The handout cannot be made"), message)
            return None
        return self._render(program, paper)

    def render_items(
        self,
        items: Sequence[HomeProgramItem],
        *,
        language: str,
        large_print: bool,
        version: int,
    ) -> bytes | None:
        """The handout of a draft that is not saved yet."""
        if self.patient is None:
            return None
        try:
            today = self.context.repository.today()
        except StorageError as error:
            warn(self.widget, self.tr("The handout cannot be made"), error.message)
            return None
        program = HomeProgram(
            patient_name=self.patient.full_name,
            language=handout_language(language),
            large_print=large_print,
            therapist_name=self.therapist_name(None),
            date=today,
            version=version,
            items=tuple(items),
        )
        return self._render(program)

    # -- preview ----------------------------------------------------------------------

    def preview(
        self, data: bytes, title: str, version: HomeProgramVersion | None = None
    ) -> HomeProgramPreview | None:
        """Show the handout; a saved version can be printed or saved from there."""
        from console.ui.home_program.home_program_print import HomeProgramPreview, PdfDocumentError

        try:
            if version is None:
                dialog = HomeProgramPreview(data, title, parent=self.widget)
            else:
                dialog = HomeProgramPreview(
                    data,
                    title,
                    on_print=lambda: self.print_version(version, parent=dialog),
                    on_save=lambda: self.save_pdf(version, parent=dialog),
                    parent=self.widget,
                )
        except PdfDocumentError as error:
            warn(self.widget, self.tr("The handout cannot be shown"), str(error))
            return None
        self.preview_dialog = dialog
        dialog.destroyed.connect(self._preview_closed)
        dialog.open()
        return dialog

    def _preview_closed(self) -> None:
        self.preview_dialog = None

    # -- print ------------------------------------------------------------------------

    def print_version(
        self,
        version: HomeProgramVersion,
        printer: QPrinter | None = None,
        parent: QWidget | None = None,
    ) -> bool:
        """Print a saved version: through the print dialog, or on `printer` at once."""
        data = self.render_version(version)
        if data is None:
            return False
        if printer is not None:
            return self._print(data, version, printer)
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        chosen = QPrinter(QPrinter.PrinterMode.HighResolution)
        chosen.setDocName(self.tr("Home program"))
        dialog = QPrintDialog(chosen, parent or self.widget)
        dialog.setWindowTitle(self.tr("Print the home program"))
        dialog.accepted.connect(lambda: self._print(data, version, chosen))
        self.print_dialog = dialog
        dialog.setModal(True)
        dialog.show()
        return True

    def _print(self, data: bytes, version: HomeProgramVersion, printer: QPrinter) -> bool:
        from console.ui.home_program.home_program_print import PdfDocumentError, print_pdf

        try:
            pages = print_pdf(data, printer)
        except (OSError, PdfDocumentError) as error:
            warn(self.widget, self.tr("Printing failed"), str(error))
            return False
        self.last_pages = pages
        self._audit("print", version, "pdf")
        self.reported.emit(
            self.tr("Version {0} sent to the printer (%n page(s)).", "", pages).format(
                version.version
            )
        )
        return True

    def print_current(self, patient_id: int) -> PrintJob | None:
        """Print the current version of a patient's program on the room's printer."""
        try:
            self.patient = self.context.repository.patients.get(patient_id)
            version = self.context.repository.home_programs.get(patient_id, None)
        except StorageError as error:
            warn(self.widget, self.tr("The handout cannot be made"), error.message)
            return None
        if version is None or not version.items:
            warn(
                self.widget,
                self.tr("No handout to print"),
                self.tr("This patient has no home program yet: write one in the chart."),
            )
            return None
        return self.print_handout(version)

    def print_handout(self, version: HomeProgramVersion | None) -> PrintJob | None:
        """Print a saved version on the printer of Settings -> Printing, without a dialog.

        When it fails, a message says why and offers Save as PDF instead, Try again
        and Other printer; None is returned (the message stays open).
        """
        if version is None:
            return None

        def render(paper: Paper) -> bytes:
            data = self.render_version(version, paper)
            if data is None:  # the reason is already shown
                raise _NotRendered
            return data

        settings = self.context.settings
        try:
            job = print_handout(
                render,
                settings.printing,
                fallback_paper=settings.paper_size,
                title=self.tr("Home program"),
            )
        except _NotRendered:
            return None
        except PrintFailure as failure:
            self._show_problem(failure, version)
            return None
        self.last_job = job
        self.watched = (job, version, WATCH_TICKS)
        self.watch_timer.start()
        self._audit("print", version, f"printer {job.printer}, job {job.job_id}")
        self.reported.emit(
            self.tr("Version {0} sent to {1} (job {2}).").format(
                version.version, job.printer, job.job_id
            )
        )
        return job

    def _check_job(self) -> None:
        """One look at the watched job: printed, failed, or still waiting."""
        if self.watched is None:
            self.watch_timer.stop()
            return
        job, version, ticks = self.watched
        try:
            done = job_done(job)
        except PrintFailure as failure:
            self.watch_timer.stop()
            self.watched = None
            self._show_problem(failure, version)
            return
        if done:
            self.watch_timer.stop()
            self.watched = None
            self.reported.emit(
                self.tr("Version {0} printed on {1}.").format(version.version, job.printer)
            )
        elif ticks <= 1:
            self.watch_timer.stop()
            self.watched = None
        else:
            self.watched = (job, version, ticks - 1)

    def _show_problem(self, failure: PrintFailure, version: HomeProgramVersion) -> None:
        from console.ui.home_program.print_problem import PrintProblemBox

        if self.problem_box is not None:
            self.problem_box.close()
        box = PrintProblemBox(failure, version.version, self.widget)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.save_button.clicked.connect(lambda: self.save_pdf(version))
        box.retry_button.clicked.connect(lambda: self.print_handout(version))
        box.other_button.clicked.connect(lambda: self.print_version(version))
        # Try again may open the next message before this one is gone.
        box.finished.connect(lambda _=None, key=id(box): self._problem_closed(key))
        self.problem_box = box
        box.open()

    def _problem_closed(self, key: int) -> None:
        if self.problem_box is not None and id(self.problem_box) == key:
            self.problem_box = None

    # -- save as PDF ------------------------------------------------------------------

    def choose_path(self, version: HomeProgramVersion, parent: QWidget | None) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        record = self.patient.record_number if self.patient else ""
        suggested = Path(folder) / pdf_name(record, version.version)
        chosen, _ = QFileDialog.getSaveFileName(
            parent or self.widget,
            self.tr("Save the home program as PDF"),
            str(suggested),
            self.tr("PDF files (*.pdf)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def save_pdf(
        self,
        version: HomeProgramVersion,
        path: Path | None = None,
        parent: QWidget | None = None,
    ) -> Path | None:
        """Write a saved version's handout to a PDF file (asks where unless `path`)."""
        if path is None:
            path = self.choose_path(version, parent)
            if path is None:
                return None
        data = self.render_version(version)
        if data is None:
            return None
        try:
            path.write_bytes(data)
        except OSError as error:
            warn(
                parent or self.widget,
                self.tr("Saving failed"),
                self.tr("Cannot write {0}: {1}").format(path, error.strerror or error),
            )
            return None
        self.last_saved = path
        self._audit("export", version, "pdf")
        self.reported.emit(self.tr("Version {0} saved as {1}.").format(version.version, path))
        return path

    def _audit(self, action: str, version: HomeProgramVersion, fmt: str) -> None:
        try:
            repository = self.context.repository
            repository.audit.log(
                action,
                "home_program",
                version.id,
                version.patient_id,
                detail=f"version {version.version}, {fmt}",
                therapist_id=current_therapist_id(repository),
            )
        except StorageError as error:
            warn(self.widget, self.tr("Not recorded in the audit log"), error.message)


class _NotRendered(Exception):
    """The handout could not be made; the reason was shown."""
