"""Reports › Donor report…: for a partner city's council, what it sent and where it went.

Partner, period, language and where to save the PDF (and, if wanted, the workbook); the report
is written on a worker by the same service as ``aidtracker donor-report``, and each file
replaces an existing one only when complete. The packing-list template for a partner (from the
partner's directory entry) is written here too, by the service of ``aidtracker template``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from aidtracker.domain import Partnership
from aidtracker.errors import AidTrackerError
from aidtracker.services import directory
from aidtracker.services.donor_report import REPORT_LANGS, default_lang
from ui.controller import AppController
from ui.texts.messages import error_text
from ui.widgets.optional_date import optional_date, optional_date_edit
from ui.workers import JobContext, JobHandle, Progress, start_job, with_database

if TYPE_CHECKING:  # types only: ReportLab loads on the first report
    from aidtracker.services.donor_report import DonorReportResult

LANG_NAMES = {"uk-en": "українська + English", "uk-de": "українська + Deutsch",
              "uk-pl": "українська + polski"}


def pair_name(p: Partnership) -> str:
    """The partnership as the name lookup takes it whole: 'München → Kyiv'."""
    return f"{p.partner_city} → {p.own_city}"


def file_stem(p: Partnership) -> str:
    return "".join(c if c.isalnum() else "-" for c in p.partner_city).strip("-") or "partner"


class DonorReportDialog(QDialog):
    """Partner, period, language and files of one donor report; Write makes it."""

    def __init__(self, controller: AppController, parent: QWidget | None = None, *,
                 partner: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("DonorReportDialog")
        self.controller = controller
        self.job: JobHandle | None = None
        self.result_: DonorReportResult | None = None
        self.partnerships = [p for p in controller.read(directory.list_partnerships) or []]
        self.partner = QComboBox(self)
        for p in self.partnerships:
            self.partner.addItem(pair_name(p), pair_name(p))
        self.date_from, self.date_to = optional_date_edit(self), optional_date_edit(self)
        self.lang = QComboBox(self)
        for code in REPORT_LANGS:
            self.lang.addItem(LANG_NAMES[code], code)
        self.pdf_path, self.xlsx_path = QLineEdit(self), QLineEdit(self)
        self.browse_pdf, self.browse_xlsx = QPushButton(self), QPushButton(self)
        self.with_xlsx = QCheckBox(self)
        self.write_button, self.close_button = QPushButton(self), QPushButton(self)
        self.write_button.setDefault(True)
        self._labels = [QLabel(self) for _ in range(6)]
        self._layout()
        self.retranslate()
        if partner:
            self.partner.setCurrentIndex(max(self.partner.findData(partner), 0))
        self._partner_changed()
        self.partner.currentIndexChanged.connect(self._partner_changed)
        self.with_xlsx.toggled.connect(self._xlsx_toggled)
        self._xlsx_toggled(False)
        self.browse_pdf.clicked.connect(lambda: self._browse(self.pdf_path, "PDF (*.pdf)"))
        self.browse_xlsx.clicked.connect(lambda: self._browse(self.xlsx_path, "Excel (*.xlsx)"))
        self.write_button.clicked.connect(self.write)
        self.close_button.clicked.connect(self.close)


    def _layout(self) -> None:
        form = QFormLayout()
        rows: list[QWidget | QHBoxLayout] = [self.partner, self.date_from, self.date_to,
                                             self.lang, _row(self.pdf_path, self.browse_pdf),
                                             _row(self.xlsx_path, self.browse_xlsx)]
        for label, item in zip(self._labels, rows, strict=True):
            form.addRow(label, item)
            if isinstance(item, QWidget):
                label.setBuddy(item)
        self._labels[4].setBuddy(self.pdf_path)
        self._labels[5].setBuddy(self.xlsx_path)
        form.insertRow(5, "", self.with_xlsx)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Donor report"))
        texts = (self.tr("&Partner city:"), self.tr("&From:"), self.tr("&To:"),
                 self.tr("&Language:"), self.tr("P&DF file:"), self.tr("&Workbook:"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        for edit in (self.date_from, self.date_to):
            edit.setSpecialValueText(self.tr("any"))
            edit.setToolTip(self.tr("Shipments are selected by their loading day"))
        self.with_xlsx.setText(self.tr("Also write the tables as an Excel &workbook"))
        self.browse_pdf.setText(self.tr("Browse…"))
        self.browse_xlsx.setText(self.tr("Browse…"))
        self.write_button.setText(self.tr("&Write the report"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- values -------------------------------------------------------------------------

    def current(self) -> Partnership | None:
        index = self.partner.currentIndex()
        return self.partnerships[index] if 0 <= index < len(self.partnerships) else None

    @Slot()
    def _partner_changed(self) -> None:
        """The partner's language and file names beside the database, as a start."""
        p = self.current()
        source = self.controller.path
        if p is None or source is None:
            return
        self.lang.setCurrentIndex(max(self.lang.findData(default_lang(p)), 0))
        stem = f"donor-report-{file_stem(p)}-{date.today().isoformat()}"
        self.pdf_path.setText(str(source.parent / f"{stem}.pdf"))
        self.xlsx_path.setText(str(source.parent / f"{stem}.xlsx"))

    @Slot(bool)
    def _xlsx_toggled(self, on: bool) -> None:
        self.xlsx_path.setEnabled(on)
        self.browse_xlsx.setEnabled(on)

    def _browse(self, edit: QLineEdit, kinds: str) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), edit.text(), kinds)
        if name:
            edit.setText(name)

    # --- writing ------------------------------------------------------------------------

    @Slot()
    def write(self) -> None:
        """Write the report (and workbook) on a worker; the result or the error in a box."""
        source = self.controller.path
        p = self.current()
        if source is None or p is None or (self.job is not None and self.job.running):
            return
        pdf = Path(self.pdf_path.text().strip())
        xlsx = Path(self.xlsx_path.text().strip()) if self.with_xlsx.isChecked() else None
        partner, lang = pair_name(p), str(self.lang.currentData())
        start, end = optional_date(self.date_from), optional_date(self.date_to)

        def job(db: Database, ctx: JobContext) -> DonorReportResult:
            # lazy: ReportLab loads on the first report, not at start-up
            from aidtracker.services.donor_report import write_donor_report

            return write_donor_report(db, partner, pdf, xlsx=xlsx, lang=lang, date_from=start,
                                      date_to=end, db_path=source)

        self.write_button.setEnabled(False)
        self.job = start_job(with_database(source, job), on_done=self._done,
                             on_failed=self._failed,
                             progress=Progress(self, self.tr("Writing the donor report…")))
        self.job.finished.connect(lambda: self.write_button.setEnabled(True))

    @Slot(object)
    def _done(self, result: DonorReportResult) -> None:
        self.result_ = result
        text = self.tr("The donor report was written: %1 shipment(s), %2 page(s).") \
            .replace("%1", str(len(result.report.shipments))).replace("%2", str(result.pages))
        paths = "\n".join(str(x) for x in (result.pdf, result.xlsx) if x is not None)
        QMessageBox.information(self, self.tr("Donor report"), f"{text}\n{paths}")

    def _failed(self, exc: BaseException) -> None:
        text = error_text(exc) if isinstance(exc, AidTrackerError) else str(exc)
        QMessageBox.warning(self, self.tr("Donor report"), text)

    def reject(self) -> None:
        if self.job is not None and self.job.running:
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job is not None and self.job.running:
            event.ignore()
            return
        super().closeEvent(event)


def _row(edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row



def write_template(controller: AppController, parent: QWidget, p: Partnership) -> Path | None:
    """Directories › Partner cities › Packing-list template…: ask where, write it (the service
    of ``aidtracker template``), say where it went; None when cancelled or refused."""
    source = controller.path
    if source is None:
        return None
    start = source.parent / f"packing-list-{file_stem(p)}.xlsx"
    title = QCoreApplication.translate("DonorReportDialog", "Packing-list template")
    name, _ = QFileDialog.getSaveFileName(parent, title, str(start), "Excel (*.xlsx)")
    if not name:
        return None
    out = Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")
    # lazy: openpyxl loads on the first template, not at start-up
    from aidtracker.services.exchange import partner_template

    result = controller.read(partner_template, pair_name(p), out)
    if result is None:
        return None
    QMessageBox.information(parent, title, f"{result.partner.partner_city} ({result.lang})\n"
                            f"{result.path}")
    return result.path


def open_donor_report(controller: AppController, parent: QWidget, partner: str = ""
                      ) -> DonorReportDialog | None:
    """Show the dialog (the one already open, if any); None when no file is open."""
    if controller.path is None:
        return None
    dialog = parent.findChild(DonorReportDialog)
    if dialog is None or not dialog.isVisible():
        dialog = DonorReportDialog(controller, parent, partner=partner)
        dialog.show()
        return dialog
    if partner:
        dialog.partner.setCurrentIndex(max(dialog.partner.findData(partner), 0))
    dialog.raise_()
    dialog.activateWindow()
    return dialog
