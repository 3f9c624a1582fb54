"""Export the Excel ledger: the filters (those of the main window by default), the HXL hashtag
row, then where to save it. The ledger is written on a worker with progress and Cancel; the
core writes a temporary file and renames it, so a cancelled or failed export leaves the previous
file exactly as it was."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from aidtracker.domain import Status
from aidtracker.errors import AidTrackerError
from aidtracker.services import directory
from aidtracker.services.ledger import LedgerFilters
from ui.controller import AppController
from ui.texts.labels import status_label
from ui.texts.messages import error_text
from ui.widgets.optional_date import NO_DATE, optional_date, optional_date_edit
from ui.workers import JobContext, JobHandle, Progress, start_job, with_database

if TYPE_CHECKING:  # types only: openpyxl loads on first export
    from aidtracker.ledger import LedgerResult


def default_name(today: date | None = None) -> str:
    return f"aidtracker-ledger-{(today or date.today()).isoformat()}.xlsx"


class ExportDialog(QDialog):
    """Filters and options of one ledger export; Export asks for the file and writes it."""

    def __init__(self, controller: AppController, filters: LedgerFilters | None = None,
                 parent: QWidget | None = None, *, search: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("ExportDialog")
        self.controller = controller
        self.job: JobHandle | None = None
        self.out_path: Path | None = None
        self._search = search
        self.status, self.partner, self.recipient = QComboBox(self), QComboBox(self), \
            QComboBox(self)
        self.date_from, self.date_to = optional_date_edit(self), optional_date_edit(self)
        self.hxl = QCheckBox(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.export_button, self.close_button = QPushButton(self), QPushButton(self)
        self.export_button.setDefault(True)
        for name, widget in (("status", self.status), ("partner", self.partner),
                             ("recipient", self.recipient), ("date_from", self.date_from),
                             ("date_to", self.date_to), ("hxl", self.hxl),
                             ("export", self.export_button)):
            widget.setObjectName(name)
        self._labels = [QLabel(self) for _ in range(5)]
        self._layout()
        self._fill()
        self.retranslate()
        self.set_filters(filters or LedgerFilters())
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.close)


    def _layout(self) -> None:
        form = QFormLayout()
        for label, widget in zip(self._labels, (self.status, self.partner, self.recipient,
                                                self.date_from, self.date_to), strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.hxl)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addLayout(buttons)

    def _fill(self) -> None:
        self.status.addItem("", None)
        for status in Status:
            self.status.addItem(status_label(status), status.value)
        for combo, items in ((self.partner, self.controller.read(directory.partner_cities)),
                             (self.recipient, self.controller.read(directory.recipient_names))):
            combo.addItem("", "")
            for item in items or []:
                combo.addItem(item, item)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export the ledger"))
        texts = (self.tr("S&tatus:"), self.tr("&Partner city:"), self.tr("&Recipient:"),
                 self.tr("&From:"), self.tr("&To:"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        for combo in (self.status, self.partner, self.recipient):
            combo.setItemText(0, self.tr("All"))
        for i, status in enumerate(Status, start=1):
            self.status.setItemText(i, status_label(status))
        for edit in (self.date_from, self.date_to):
            edit.setSpecialValueText(self.tr("any"))
        self.hxl.setText(self.tr("Add the &HXL hashtag row under the headers"))
        self.hxl.setToolTip(self.tr("For humanitarian data tools that read HXL (#item, "
                                    "#org, #adm1 …)"))
        texts_note = [self.tr("Sheets: Shipments, Items, Distributions, Summary. The dates "
                              "select by planned loading (else pledge, else creation) date.")]
        if self._search:
            texts_note.append(self.tr("The search text “%1” of the main window does not apply "
                                      "to the ledger.").replace("%1", self._search))
        self.note.setText(" ".join(texts_note))
        self.export_button.setText(self.tr("&Export…"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- values -------------------------------------------------------------------------

    def set_filters(self, f: LedgerFilters) -> None:
        self.status.setCurrentIndex(max(self.status.findData(f.status.value if f.status
                                                             else None), 0))
        for combo, value in ((self.partner, f.partner), (self.recipient, f.recipient)):
            if value and combo.findData(value) < 0:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(combo.findData(value), 0))
        for edit, day in ((self.date_from, f.date_from), (self.date_to, f.date_to)):
            edit.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)

    def filters(self) -> LedgerFilters:
        status = self.status.currentData()
        return LedgerFilters(status=Status(status) if status else None,
                             partner=self.partner.currentData() or "",
                             recipient=self.recipient.currentData() or "",
                             date_from=optional_date(self.date_from),
                             date_to=optional_date(self.date_to))

    # --- export -------------------------------------------------------------------------

    @Slot()
    def export(self) -> None:
        """Ask where to save, then write the ledger on a worker."""
        source = self.controller.path
        if source is None or (self.job is not None and self.job.running):
            return
        folder = self.out_path.parent if self.out_path else source.parent
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the ledger"), str(folder / default_name()), "Excel (*.xlsx)")
        if not name:
            return
        out = Path(name)
        if out.suffix.lower() != ".xlsx":
            out = out.with_name(out.name + ".xlsx")
        self.out_path = out
        existed = out.exists()
        filters, hxl = self.filters(), self.hxl.isChecked()

        def job(db: Database, ctx: JobContext) -> LedgerResult:
            # lazy: openpyxl loads on first export, not at start-up
            from aidtracker.services.ledger import export_ledger_file

            return export_ledger_file(
                db, out, filters, hxl=hxl,
                progress=lambda done, total: ctx.progress(done, total or 0),
                cancelled=lambda: ctx.cancelled)

        self.export_button.setEnabled(False)
        self.job = start_job(
            with_database(source, job), on_done=self._done,
            on_failed=lambda exc: self._failed(exc, out, existed),
            progress=Progress(self, self.tr("Writing the ledger…")))
        self.job.finished.connect(lambda: self.export_button.setEnabled(True))

    @Slot(object)
    def _done(self, result: LedgerResult) -> None:
        counts = [self.tr("%n shipment(s)", "", result.shipments),
                  self.tr("%n goods line(s)", "", result.lines),
                  self.tr("%n distribution line(s)", "", result.distribution_lines)]
        text = self.tr("The ledger was written: %1.").replace("%1", ", ".join(counts))
        QMessageBox.information(self, self.tr("Export the ledger"),
                                f"{text}\n{result.path}")
        self.accept()

    def _failed(self, exc: BaseException, out: Path, existed: bool) -> None:
        code = getattr(exc, "code", "")
        if code == "export_cancelled":
            text = (self.tr("The export was cancelled. The previous file is unchanged:")
                    + f"\n{out}") if existed else self.tr(
                "The export was cancelled. No file was written.")
            QMessageBox.information(self, self.tr("Export the ledger"), text)
            return
        text = error_text(exc) if isinstance(exc, AidTrackerError) else str(exc)
        QMessageBox.warning(self, self.tr("Export the ledger"), text)

    def reject(self) -> None:
        if self.job is not None and self.job.running:
            return  # Cancel in the progress dialog stops the export
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job is not None and self.job.running:
            event.ignore()
            return
        super().closeEvent(event)



