"""Print: choose a document and language, render the PDF off the UI thread, preview it, then
print it or save a copy. ``aidtracker.documents`` (and ReportLab) load only when used."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Slot
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from aidtracker.domain import ShipmentDetail
from aidtracker.errors import AidTrackerError
from aidtracker.services.maintenance import save_file
from ui.controller import AppController
from ui.texts.messages import error_text
from ui.widgets.document_register import document_name, say
from ui.workers import JobContext, Progress, start_job, with_database

if TYPE_CHECKING:  # types only: ReportLab loads on first print
    from aidtracker.services.documents import IssuedDocument


def documents_available() -> bool:
    try:
        # lazy: ReportLab and the documents load on first print, not at start-up
        import aidtracker.documents  # noqa: F401
    except ImportError:
        return False
    return True


def print_shipment(parent: QWidget, controller: AppController, reference: str, *,
                   kind: str | None = None, selector: str | None = None,
                   issue: bool = False) -> PrintDialog | None:
    """The print dialog of a shipment, optionally showing ``kind`` (and one load or act:
    ``selector``) chosen; ``issue`` issues that numbered original at once."""
    if not documents_available():
        QMessageBox.information(parent, "AidTracker", QCoreApplication.translate(
            "PrintDialog", "Printing is not available in this installation."))
        return None
    outcome = controller.detail(reference)
    if outcome.ok and outcome.value is not None:
        dialog = PrintDialog(outcome.value, controller, parent)
        if kind is not None:
            dialog.choose(kind, selector)
        dialog.show()
        if issue:
            dialog.issue()
        return dialog
    return None


class PrintDialog(QDialog):
    """Preview of one document of one shipment, with Print and Save as."""

    def __init__(self, detail: ShipmentDetail, controller: AppController,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        # lazy: Qt's PDF modules load on first print, not at start-up
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.detail = detail
        self.setWindowTitle(self.tr("Print — %1").replace("%1", detail.shipment.reference))
        self._folder = tempfile.TemporaryDirectory(prefix="aidtracker-print-")
        self.pdf_path: Path | None = None
        self.kind, self.lang = QComboBox(self), QComboBox(self)
        self.kind.setObjectName("kind")
        self.select = QComboBox(self)
        self.select.setObjectName("select")
        self._fill_choices()
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.make_button, self.print_button = QPushButton(self), QPushButton(self)
        self.issue_button = QPushButton(self)
        self.save_button, self.close_button = QPushButton(self), QPushButton(self)
        self.status = QLabel(self)
        self._layout()
        self.kind.currentIndexChanged.connect(self._fill_select)
        self._fill_select()
        self.make_button.clicked.connect(self.make_pdf)
        self.issue_button.clicked.connect(self.issue)
        self.print_button.clicked.connect(self.print_pdf)
        self.save_button.clicked.connect(self.save_as)
        self.close_button.clicked.connect(self.close)
        self._enable(False)
        self.resize(self.fontMetrics().averageCharWidth() * 120,
                    self.fontMetrics().height() * 45)

    def _fill_choices(self) -> None:
        """Every document kind (those not possible yet greyed out) and language variant."""
        # lazy: ReportLab and the documents load on first print, not at start-up
        from aidtracker.documents import KINDS, LANGS, applicable_kinds

        possible = set(applicable_kinds(self.detail))
        for kind in KINDS:
            self.kind.addItem(document_name(kind), kind)
            item = self.kind.model().item(self.kind.count() - 1)  # type: ignore[attr-defined]
            item.setEnabled(kind in possible)
        first = next((k for k in KINDS if k in possible), "")
        self.kind.setCurrentIndex(max(self.kind.findData(first), 0))
        for lang in LANGS:
            self.lang.addItem(lang, lang)
        self.lang.setCurrentIndex(max(self.lang.findData("uk-en"), 0))

    @Slot()
    def _fill_select(self) -> None:
        """One vehicle or act of several: each has its own numbered original."""
        # lazy: the documents package loads on first print, not at start-up
        from aidtracker.documents import policy

        self.select.clear()
        choices = policy.selectors(self.detail, str(self.kind.currentData()))
        for choice in choices:
            self.select.addItem(choice, choice)
        self.select.setVisible(len(choices) > 1)

    def choose(self, kind: str, selector: str | None = None) -> None:
        """Show ``kind`` chosen, and ``selector`` (a load, an act) when it has several."""
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        if selector is not None:
            self.select.setCurrentIndex(max(self.select.findData(selector), 0))

    @property
    def selector(self) -> str | None:
        value = self.select.currentData()
        return str(value) if value else None

    def _layout(self) -> None:
        row = QHBoxLayout()
        for label, widget in ((self.tr("&Document:"), self.kind), ("", self.select),
                              (self.tr("&Language:"), self.lang)):
            text = QLabel(label, self)
            text.setBuddy(widget)
            row.addWidget(text)
            row.addWidget(widget)
        row.addWidget(self.make_button)
        row.addWidget(self.issue_button)
        row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.make_button.setText(self.tr("&Preview draft"))
        self.issue_button.setText(self.tr("&Issue numbered document"))
        self.issue_button.setToolTip(self.tr(
            "Takes the next document number and keeps the PDF's fingerprint on record"))
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("&Save as PDF…"))
        self.close_button.setText(self.tr("&Close"))

    def _enable(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    @Slot()
    def make_pdf(self) -> None:
        """Build the PDF on a worker (ReportLab loads there, on first use)."""
        # lazy: ReportLab and the documents load on first print, not at start-up
        from aidtracker.documents import DocumentContext

        kind, lang = self.kind.currentData(), self.lang.currentData()
        out = Path(self._folder.name) / f"{self.detail.shipment.reference}-{kind}-{lang}.pdf"
        context = DocumentContext(self.detail, kind, lang=lang, selector=self.selector)

        def job(ctx: JobContext) -> Path:
            # lazy: ReportLab and the documents load on first print, not at start-up
            from aidtracker.documents import render_document

            render_document(context, out)
            return out

        self._enable(False)
        self.status.setText(self.tr("Preparing the document…"))
        start_job(job, on_done=self._rendered, on_failed=self._failed,
                  progress=Progress(self, self.tr("Preparing the document…")))

    @Slot()
    def issue(self) -> None:
        """Number, render and record the document (a write, on a worker connection); when an
        original is already issued for it, ask: reprint as a copy, or supersede with a reason."""
        path = self.controller.path
        if path is None:
            return
        kind, lang = self.kind.currentData(), self.lang.currentData()
        reference, actor = self.detail.shipment.reference, self.controller.actor
        out = Path(self._folder.name) / f"{reference}-{kind}-{lang}-issued.pdf"
        options = self._second_original(kind)
        if options is None:
            return
        options.setdefault("selector", self.selector)

        def job(db: Database, ctx: JobContext) -> IssuedDocument:
            # lazy: ReportLab and the documents load on first print, not at start-up
            from aidtracker.services.documents import issue_document

            return issue_document(db, reference, kind, out, actor=actor, lang=lang, **options)

        self._enable(False)
        start_job(with_database(path, job), on_done=self._issued, on_failed=self._failed,
                  progress=Progress(self, self.tr("Preparing the document…")))

    def _second_original(self, kind: str) -> dict[str, Any] | None:
        """{} to issue a first original; copy/supersede options when one exists; None: cancel."""
        # lazy: the documents package loads on first print, not at start-up
        from aidtracker.documents import policy
        from aidtracker.services.documents import valid_original

        try:
            scope = policy.scope_of(self.detail, kind, self.selector)
        except AidTrackerError:
            return {}  # the service refuses with the full message
        reference = self.detail.shipment.reference
        existing = self.controller.read(valid_original, reference, kind, scope)
        if existing is None:
            return {}
        box = QMessageBox(QMessageBox.Icon.Question, say("already_title"),
                          say("already", name=document_name(kind), number=existing.number),
                          QMessageBox.StandardButton.Cancel, self)
        copy = box.addButton(say("copy").replace("&", ""), QMessageBox.ButtonRole.AcceptRole)
        replace = box.addButton(say("supersede").replace("&", ""),
                                QMessageBox.ButtonRole.DestructiveRole)
        box.exec()
        if box.clickedButton() is copy:
            return {"copy_of": existing.number}
        if box.clickedButton() is replace:
            reason, ok = QInputDialog.getText(
                self, say("supersede_title", number=existing.number),
                say("supersede_reason", number=existing.number))
            if ok and reason.strip():
                return {"supersede": reason.strip()}
        return None

    @Slot(object)
    def _issued(self, issued: IssuedDocument) -> None:
        self._show(Path(issued.path))
        self.status.setText(self.tr("Issued No. %1 · %n page(s)", "", issued.pages)
                            .replace("%1", issued.number))

    @Slot(object)
    def _rendered(self, path: object) -> None:
        self._show(Path(str(path)))
        self.status.setText(self.tr("Draft preview, not numbered · %n page(s)", "",
                                    self.document.pageCount()))

    def _show(self, path: Path) -> None:
        self.pdf_path = path
        self.document.load(str(path))
        self._enable(True)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText("")
        self._enable(self.pdf_path is not None)
        QMessageBox.warning(self, "AidTracker", error_text(exc))  # type: ignore[arg-type]

    @Slot()
    def print_pdf(self) -> None:
        # lazy: Qt's print support loads on first print, not at start-up
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        painter = QPainter(printer)
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                rect = painter.viewport()
                image = self.document.render(page, QSize(rect.width(), rect.height()))
                painter.drawImage(rect, image)
        finally:
            painter.end()

    @Slot()
    def save_as(self) -> None:
        """Write a copy atomically (temporary file, then rename), readable by colleagues."""
        if self.pdf_path is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the PDF"),
                                              self.pdf_path.name, "PDF (*.pdf)")
        if not name:
            return

        try:
            save_file(Path(name), self.pdf_path.read_bytes(), action="pdf")
        except AidTrackerError as exc:
            QMessageBox.warning(self, "AidTracker", error_text(exc))

    def closeEvent(self, event: Any) -> None:
        self.document.close()
        self._folder.cleanup()
        super().closeEvent(event)

