"""Import a partner city's packing list (xlsx, xls or csv) as a new draft shipment or as lines of an
existing one.

The user chooses the file, the partner city and the recipient; the list is read and checked off
the UI thread (``aidtracker.services.imports.preview``) and shown with its row report. Nothing
is written before Import is pressed, and a list with bad rows is imported only when the user
ticks "Import only the good rows". A layout the importer cannot recognise goes to the column
mapping editor; the import itself (one transaction) also runs on a worker.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
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

from aidtracker.domain import OrgRole
from aidtracker.importer import ColumnMapping, ImportRejected, ParsedManifest
from aidtracker.services import directory
from aidtracker.services.import_preview import PreviewResult, read_preview
from aidtracker.services.imports import ImportResult, import_manifest
from ui.controller import AppController, NotReady
from ui.dialogs.mapping_editor import FileHead, MappingEditor, read_head
from ui.texts import import_texts
from ui.texts.import_texts import import_error_text, reject_reason
from ui.texts.messages import error_text
from ui.widgets.import_choices import ImportChoices
from ui.widgets.manifest_preview import ManifestPreview
from ui.workers import JobContext, JobHandle, Progress, start_job, with_database

FILE_FILTER = "Excel, CSV (*.xlsx *.xlsm *.xls *.csv *.txt *.tsv);;* (*)"

class ImportDialog(QDialog):
    """Preview and import one packing list. Signals: ``imported(str)`` with the reference of
    the shipment created or extended."""

    imported = Signal(str)

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportDialog")
        self.controller = controller
        self.path: Path | None = None
        self.mapping: ColumnMapping | None = None  # made in the mapping editor
        self.manifest: ParsedManifest | None = None
        self.saved: ColumnMapping | None = None
        self.failure: BaseException | None = None
        self.jobs: list[JobHandle] = []
        self.importing = False
        self._generation = 0
        self._offered: Path | None = None
        self._build()
        self._fill_choices()
        self.retranslate()
        self._connect()
        self._update()
        char, line = self.fontMetrics().averageCharWidth(), self.fontMetrics().height()
        self.resize(char * 150, line * 40)

    # --- construction -------------------------------------------------------------------

    def _build(self) -> None:
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("file")
        self.file_edit.setReadOnly(True)
        self.browse_button = QPushButton(self)
        self.choices = c = ImportChoices(self)
        self.partner, self.recipient, self.donor = c.partner, c.recipient, c.donor
        self.shipment, self.currency = c.shipment, c.currency
        self.mapping_button = QPushButton(self)
        self.preview = ManifestPreview(self)
        p = self.preview
        self.lines_model, self.problems_model = p.lines_model, p.problems_model
        self.lines_view, self.problems_view = p.lines_view, p.problems_view
        self.sheet_info, self.totals, self.report = p.sheet_info, p.totals, p.report
        self.good_only = QCheckBox(self)
        self.good_only.setObjectName("good_only")
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.import_button, self.close_button = QPushButton(self), QPushButton(self)
        self.import_button.setObjectName("import")
        self.import_button.setDefault(True)
        self.import_button.setAutoDefault(True)
        self._labels = {"file": QLabel(self), **c.labels}
        self._layout()

    def _layout(self) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        file_row.addWidget(self.mapping_button)
        file_form = QFormLayout()
        file_form.addRow(self._labels["file"], file_row)
        self._labels["file"].setBuddy(self.browse_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(file_form)
        layout.addWidget(self.choices)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.good_only)
        layout.addLayout(buttons)
        chain = (self.file_edit, self.browse_button, self.mapping_button, self.partner,
                 self.recipient, self.donor, self.shipment, self.currency, self.lines_view,
                 self.problems_view, self.good_only, self.import_button, self.close_button)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.browse_button.setFocus()

    def _connect(self) -> None:
        self.browse_button.clicked.connect(self.choose_file)
        self.mapping_button.clicked.connect(self.edit_mapping)
        self.partner.currentIndexChanged.connect(self._partner_changed)
        self.recipient.currentIndexChanged.connect(self._update)
        self.currency.currentIndexChanged.connect(self.refresh_preview)
        self.shipment.textChanged.connect(self._update)
        self.good_only.toggled.connect(self._update)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.close)

    def _fill_choices(self) -> None:
        """Partner cities, recipients and donors from the directories service."""
        read = self.controller.read
        self.choices.fill(read(directory.list_partnerships) or [],
                          read(directory.list_organisations, OrgRole.RECIPIENT) or [],
                          read(directory.list_organisations, OrgRole.DONOR) or [])

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import a packing list"))
        self._labels["file"].setText(self.tr("File:"))
        self.choices.retranslate()
        self.browse_button.setText(self.tr("&Browse…"))
        self.file_edit.setPlaceholderText(self.tr("an xlsx, xls or csv file from the partner city"))
        self.mapping_button.setText(self.tr("Column &mapping…"))
        self.mapping_button.setToolTip(self.tr(
            "Choose which column holds which field, for lists the program does not recognise"))
        self.good_only.setText(self.tr("Import only the &good rows (rows with problems are "
                                       "left out)"))
        self.import_button.setText(self.tr("&Import"))
        self.close_button.setText(self.tr("Close"))
        self.preview.retranslate()
        self.preview.show_manifest(self.manifest)
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- choices ------------------------------------------------------------------------

    def partner_key(self) -> str | None:
        return self.choices.partner_key()

    @Slot()
    def choose_file(self) -> None:
        start = str(self.path.parent) if self.path else ""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the packing list"), start, FILE_FILTER)
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path) -> None:
        """Take ``path``, guess the partner city from its name, and preview it."""
        self.path, self.mapping, self._offered = path, None, None
        self.file_edit.setText(str(path))
        self.choices.guess_partner(path.stem)
        self.refresh_preview()

    @Slot()
    def _partner_changed(self) -> None:
        self.choices.choose_recipient()
        self.refresh_preview()

    # --- preview ------------------------------------------------------------------------

    @Slot()
    def refresh_preview(self) -> None:
        """Read and check the file again on a worker (file, partner, currency or mapping
        changed); an older preview still running is ignored when it ends."""
        db_path = self.controller.path
        if self.path is None or db_path is None:
            return
        self._generation += 1
        generation = self._generation
        path, partner, mapping = self.path, self.partner_key(), self.mapping
        currency = self.currency.currentData()
        self.manifest, self.failure = None, None
        self.preview.show_manifest(self.manifest)
        self._update()

        def job(db: Database, ctx: JobContext) -> PreviewResult:
            return read_preview(db, path, partner, currency, mapping)

        self._track(start_job(
            with_database(db_path, job),
            on_done=lambda result: self._previewed(generation, result),
            on_failed=lambda exc: self._preview_failed(generation, exc),
            progress=Progress(self, self.tr("Reading the packing list…"))))

    def _track(self, handle: JobHandle) -> None:
        self.jobs = [h for h in self.jobs if h.running] + [handle]
        handle.finished.connect(self._update)

    @property
    def busy(self) -> bool:
        return self.importing or any(h.running for h in self.jobs)

    def _previewed(self, generation: int, result: PreviewResult) -> None:
        if generation != self._generation:
            return
        self.manifest, self.saved, self.failure = result.manifest, result.saved, None
        if not self.manifest.blocking:
            self.good_only.setChecked(False)
        self.preview.show_manifest(self.manifest)
        self._update()
        if self.browse_button.hasFocus():  # Enter now imports, it does not browse again
            (self.import_button if self.import_button.isEnabled() else
             self.partner if self.partner.currentIndex() < 0 else self.lines_view).setFocus()

    def _preview_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.manifest, self.failure = None, exc
        self.preview.show_manifest(self.manifest)
        self._update()
        if (isinstance(exc, ImportRejected) and exc.reason == "no_header"
                and self.partner_key() and self._offered != self.path):
            self._offered = self.path
            self.edit_mapping()

    # --- mapping ------------------------------------------------------------------------

    @Slot()
    def edit_mapping(self) -> None:
        """Read the file's first rows on a worker, then open the mapping editor."""
        if self.path is None:
            return
        generation, path = self._generation, self.path
        current = self.mapping or self.saved
        encoding = current.encoding if current is not None else None
        self._track(start_job(
            lambda ctx: read_head(path, encoding),
            on_done=lambda head: self._edit_with(generation, head),
            on_failed=lambda exc: self._preview_failed(generation, exc),
            progress=Progress(self, self.tr("Reading the packing list…"))))

    def _edit_with(self, generation: int, head: FileHead) -> None:
        if generation != self._generation:
            return
        initial = self.mapping or (self.manifest.mapping if self.manifest else None) or self.saved
        why = import_texts.why_text(self.failure, self.manifest)
        editor = MappingEditor(head, initial, self, why=why)
        try:
            if editor.exec() and editor.value is not None:
                self.mapping = editor.value
                self.refresh_preview()
        finally:
            editor.deleteLater()

    # --- import -------------------------------------------------------------------------

    def _blocker(self) -> str:
        """Why Import cannot be pressed yet ('' when it can)."""
        m = self.manifest
        if self.importing:
            return self.tr("Importing…")
        if self.path is None:
            return self.tr("Choose the packing list (xlsx, xls or csv).")
        if m is None:
            if isinstance(self.failure, ImportRejected):
                return self.tr("This file cannot be read as a packing list: %1.").replace(
                    "%1", reject_reason(self.failure))
            if self.failure is not None:
                return import_error_text(self.failure)
            return self.tr("Reading the packing list…")
        if self.partner.currentIndex() < 0 or self.recipient.currentIndex() < 0:
            return self.tr("Choose the partner city and the recipient.")
        if not m.lines:
            return self.tr("The list has no lines that can be imported.")
        if m.blocking and not self.good_only.isChecked():
            return self.tr("Rows with problems block the import: correct the file and choose "
                           "it again, or import only the good rows.")
        return ""

    @Slot()
    def _update(self) -> None:
        m = self.manifest
        bad = bool(m is not None and m.blocking)
        self.good_only.setEnabled(bad and not self.importing)
        if not bad and self.good_only.isChecked():
            self.good_only.setChecked(False)
        blocker = self._blocker()
        self.import_button.setEnabled(not blocker)
        self.mapping_button.setEnabled(self.path is not None and not self.importing)
        self.browse_button.setEnabled(not self.importing)
        self.choices.setEnabled(not self.importing)
        error = self.failure is not None and m is None
        self.status.setStyleSheet("color: #b00020;" if error else "")
        if blocker:
            self.status.setText(blocker)
        elif m is not None:
            reference = self.shipment.text().strip()
            self.status.setText(
                self.tr("Ready: %n line(s) will be added to shipment %1.", "", len(m.lines))
                .replace("%1", reference) if reference else
                self.tr("Ready: %n line(s) will make a new draft shipment.", "", len(m.lines)))

    @Slot()
    def start_import(self) -> None:
        """Import on a worker (one transaction); the dialog stays until it ends."""
        db_path = self.controller.path
        if self._blocker() or self.path is None or db_path is None:
            return
        if not self.controller.is_verified:
            QMessageBox.warning(self, self.tr("Import a packing list"), error_text(NotReady()))
            return
        path, mapping, actor = self.path, self.mapping, self.controller.actor
        partner, recipient = str(self.partner.currentData()), str(self.recipient.currentData())
        shipment_ref = self.shipment.text().strip() or None
        currency, donor = self.currency.currentData(), self.donor.currentData()
        good_only = self.good_only.isChecked()

        def job(db: Database, ctx: JobContext) -> ImportResult:
            return import_manifest(db, path, partner=partner, recipient=recipient,
                                   shipment_ref=shipment_ref, currency=currency,
                                   accept_good_rows=good_only, actor=actor, donor=donor,
                                   mapping=mapping, check=ctx.check, progress=ctx.progress)

        self.importing = True
        self._update()
        handle = start_job(with_database(db_path, job), on_done=self._imported,
                           on_failed=self._import_failed,
                           progress=Progress(self, import_texts.importing_text()))
        self._track(handle)  # then, also after Cancel or an unexpected error, the end:
        handle.finished.connect(lambda: self._import_ended(handle.ctx.cancelled))

    @Slot()
    def _import_ended(self, cancelled: bool = False) -> None:
        self.importing = False
        self._update()
        if cancelled:  # Cancel pressed while the list was read: nothing was written
            self.status.setText(import_texts.import_cancelled_text())

    @Slot(object)
    def _imported(self, result: ImportResult) -> None:
        self._import_ended()
        reference = str(result.reference)
        if result.created:
            text = self.tr("Shipment %1 was created as a draft with %n line(s).", "",
                           result.lines).replace("%1", reference)
        else:
            text = self.tr("%n line(s) were added to shipment %1.", "",
                           result.lines).replace("%1", reference)
        if result.skipped_rows:
            text += "\n" + self.tr("Rows left out: %1.").replace(
                "%1", ", ".join(str(r) for r in result.skipped_rows))
        self.imported.emit(reference)
        QMessageBox.information(self, self.tr("Packing list imported"), text)
        self.accept()

    @Slot(object)
    def _import_failed(self, exc: BaseException) -> None:
        self._import_ended()
        QMessageBox.warning(self, self.tr("Import a packing list"), import_error_text(exc))

    # --- closing ------------------------------------------------------------------------

    def reject(self) -> None:
        if not self.importing:  # an import in progress is never abandoned half-way
            self._generation += 1
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.importing:
            event.ignore()
            return
        self._generation += 1
        super().closeEvent(event)

