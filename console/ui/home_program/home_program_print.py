"""Showing, printing and saving a home program handout that is already a PDF.

The preview is QtPdf's `QPdfView` on the rendered bytes (read from a `QBuffer`).
Printing draws each page, rendered by `QPdfDocument` at up to 300 dpi, into the
printer's painter on paper of the handout's size. When the print dialog's "print to
file" is chosen (a PDF printer with a file name) the handout itself is written there,
so the file keeps its text, fonts and metadata instead of pictures of the pages.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QObject,
    QPointF,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

#: Pages are rendered for the printer at no more than this resolution.
PRINT_DPI = 300


class PdfDocumentError(RuntimeError):
    """The bytes could not be read as a PDF (QtPdf's own status is in the message)."""


def load_pdf(data: bytes, parent: QObject | None = None) -> QPdfDocument:
    """A QPdfDocument of `data`; the buffer it reads from lives as long as it does."""
    document = QPdfDocument(parent) if parent is not None else QPdfDocument()
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        error = document.error()
        document.deleteLater()
        raise PdfDocumentError(f"the handout could not be read as a PDF ({error.name})")
    return document


def fit_printer_to(document: QPdfDocument, printer: QPrinter) -> None:
    """Paper of the handout's first page, no margins: each page fills one sheet."""
    size = document.pagePointSize(0)
    page = QPageSize(size, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    printer.setFullPage(True)
    printer.setPageLayout(
        QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    )


def paint_pages(document: QPdfDocument, printer: QPrinter) -> int:
    """Draw every page of `document` on its own sheet; returns the number of pages."""
    fit_printer_to(document, printer)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        count = document.pageCount()
        dpi = min(printer.resolution(), PRINT_DPI)
        for page in range(count):
            if page and not printer.newPage():
                raise OSError("the printer refused the next page")
            points = document.pagePointSize(page)
            pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(page, pixels)
            target: QRect = painter.viewport()
            painter.drawImage(target, image)
    finally:
        painter.end()
    return document.pageCount()


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Print the handout on `printer`; returns the number of pages."""
    document = load_pdf(data)
    try:
        target = printer.outputFileName()
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and target:
            Path(target).write_bytes(data)
            return document.pageCount()
        return paint_pages(document, printer)
    finally:
        document.deleteLater()


class HomeProgramPreview(QDialog):
    """The handout as it will print, with Print and Save as PDF when it may be printed.

    A draft that is not saved yet is shown without them: every printed program is a
    saved version.
    """

    def __init__(
        self,
        data: bytes,
        title: str,
        *,
        on_print: Callable[[], object] | None = None,
        on_save: Callable[[], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.document = load_pdf(data, self)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Handout preview"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setDocument(self.document)

        self.pages = QLabel()
        self.previous_button = QPushButton(self.tr("◀ P&revious page"))
        self.next_button = QPushButton(self.tr("&Next page ▶"))
        self.fit_width = QPushButton(self.tr("Fit &width"))
        self.whole_page = QPushButton(self.tr("W&hole page"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.print_button.setVisible(on_print is not None)
        self.save_button.setVisible(on_save is not None)
        self.draft = on_print is None

        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.pages, 1)
        for button in (
            self.fit_width,
            self.whole_page,
            self.print_button,
            self.save_button,
            self.close_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self.fit_width.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.whole_page.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        if on_print is not None:
            self.print_button.clicked.connect(on_print)
            shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
            shortcut.activated.connect(on_print)
        if on_save is not None:
            self.save_button.clicked.connect(on_save)
        self.close_button.clicked.connect(self.accept)
        navigator = self.view.pageNavigator()
        navigator.currentPageChanged.connect(self._show_page_number)
        self.previous_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self._show_page_number()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(900, screen.width() - 40), max(400, screen.height() - 80))

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        """Show page `page` (from 0) from its top."""
        page = max(0, min(page, self.page_count() - 1))
        navigator = self.view.pageNavigator()
        navigator.jump(page, QPointF(0, 0), navigator.currentZoom())

    def _show_page_number(self) -> None:
        page = self.current_page()
        text = self.tr("Page {0} of {1}").format(page + 1, self.page_count())
        if self.draft:
            text += " · " + self.tr("Draft: save the program to print it")
        self.pages.setText(text)
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < self.page_count() - 1)
