"""Import a partner city's packing list (xlsx or csv) as a new draft shipment or as lines of an
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
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QCloseEvent, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
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
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from aidtracker.domain import LineItem, Organisation, OrgRole, Partnership
from aidtracker.errors import AidTrackerError, ValidationFailed
from aidtracker.importer import ColumnMapping, ImportRejected, ParsedManifest, RowProblem
from aidtracker.money import (
    format_money,
    format_number,
    grams_to_kg,
    milli_to_decimal,
    minor_to_decimal,
)
from aidtracker.services.import_preview import PreviewResult, read_preview
from ui.controller import AppController
from ui.dialogs.mapping_editor import FileHead, MappingEditor, read_head
from ui.texts import messages
from ui.texts.labels import choice_label
from ui.texts.messages import error_text
from ui.workers import JobHandle, Progress, start_job, with_database

FILE_FILTER = "Excel, CSV (*.xlsx *.xlsm *.csv *.txt *.tsv);;* (*)"
COMMON_CURRENCIES = ("EUR", "PLN", "CZK", "RON", "HUF", "BGN", "USD", "GBP", "CHF", "UAH")

def _translate(source: str, context: str = "ImportProblems") -> str:
    return QCoreApplication.translate(context, source)


def problem_text(p: RowProblem) -> str:
    """What is wrong on a row, in the user's language, without the row and column."""
    return messages.problem_text(p.to_problem(), located=False)


def located_text(p: RowProblem) -> str:
    """'row 5, column B: Quantity: 'many' is not a number'."""
    return messages.problem_text(p.to_problem(), sheet=True)


def reject_reason(exc: ImportRejected) -> str:
    """Why a whole file is refused, in the user's language (technical detail in brackets)."""
    return messages.reason_text(exc)


def import_error_text(exc: BaseException) -> str:
    """A refused file, rows with problems or any other core error as sentences."""
    if isinstance(exc, ValidationFailed):
        return "\n".join([_translate("Nothing was imported. Please correct:")]
                         + [f"• {messages.problem_text(p, sheet=True)}" for p in exc.problems])
    if isinstance(exc, AidTrackerError):
        return error_text(exc)
    return str(exc)


QT_TRANSLATE_NOOP("ImportProblems", "Nothing was imported. Please correct:")


# --- the two tables -------------------------------------------------------------------------

_LINE_COLUMNS = (  # (context, source text)
    ("ImportDialog", QT_TRANSLATE_NOOP("ImportDialog", "Row")),
    ("field", QT_TRANSLATE_NOOP("field", "Line")),
    ("field", QT_TRANSLATE_NOOP("field", "Description")),
    ("field", QT_TRANSLATE_NOOP("field", "Quantity")),
    ("field", QT_TRANSLATE_NOOP("field", "Unit")),
    ("ImportDialog", QT_TRANSLATE_NOOP("ImportDialog", "Gross, kg")),
    ("field", QT_TRANSLATE_NOOP("field", "Value")),
    ("field", QT_TRANSLATE_NOOP("field", "Currency")),
    ("field", QT_TRANSLATE_NOOP("field", "HS code")),
    ("field", QT_TRANSLATE_NOOP("field", "Serial numbers / VINs")),
)
_NUMERIC = {0, 1, 3, 5, 6}
_PROBLEM_COLUMNS = (
    ("ImportDialog", QT_TRANSLATE_NOOP("ImportDialog", "Row")),
    ("ImportDialog", QT_TRANSLATE_NOOP("ImportDialog", "Column")),
    ("ImportDialog", QT_TRANSLATE_NOOP("ImportDialog", "Type")),
    ("ImportDialog", QT_TRANSLATE_NOOP("ImportDialog", "Problem")),
)


def _line_cells(line: LineItem, row: int) -> tuple[str, ...]:
    value = line.total_value_minor
    return (
        str(row), str(line.line_no), line.description,
        format_number(milli_to_decimal(line.qty_milli)), choice_label(line.unit.value),
        format_number(grams_to_kg(line.gross_g)) if line.gross_g else "",
        format_number(minor_to_decimal(value, line.currency)) if line.currency and value else "",
        line.currency, line.hs_code,
        ", ".join(a.vin or a.serial_no for a in line.assets),
    )


_ROOT = QModelIndex()


class _TextModel(QAbstractTableModel):
    """Read-only rows of text, formatted once (the preview never changes)."""

    def __init__(self, headers: tuple[tuple[str, str], ...], right: set[int],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.headers, self.right = headers, right
        self.rows: list[tuple[str, ...]] = []
        self.marks: list[bool] = []

    def set_rows(self, rows: list[tuple[str, ...]], marks: list[bool] | None = None) -> None:
        self.beginResetModel()
        self.rows = rows
        self.marks = marks or [False] * len(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self.marks[index.row()]:
            return QBrush(QColor("#b00020"))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(*self.headers[section])
        return None

    def retranslate(self) -> None:
        if self.headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)


def _table(parent: QWidget, model: _TextModel, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setStretchLastSection(True)
    view.setTabKeyNavigation(False)
    return view


# --- the dialog -----------------------------------------------------------------------------


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
        self._auto_recipient = True
        self._partners: list[Partnership] = []
        self._recipients: list[Organisation] = []
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
        self.partner, self.recipient = QComboBox(self), QComboBox(self)
        self.donor, self.currency = QComboBox(self), QComboBox(self)
        self.shipment = QLineEdit(self)
        for name, widget in (("partner", self.partner), ("recipient", self.recipient),
                             ("donor", self.donor), ("currency", self.currency),
                             ("shipment", self.shipment)):
            widget.setObjectName(name)
        for combo in (self.partner, self.recipient, self.donor):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(24)
        self.mapping_button = QPushButton(self)
        self.sheet_info, self.totals, self.report = QLabel(self), QLabel(self), QLabel(self)
        for name, label in (("sheet_info", self.sheet_info), ("totals", self.totals),
                            ("report", self.report)):
            label.setObjectName(name)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines_model = _TextModel(_LINE_COLUMNS, _NUMERIC, self)
        self.problems_model = _TextModel(_PROBLEM_COLUMNS, {0}, self)
        self.lines_view = _table(self, self.lines_model, "lines")
        self.problems_view = _table(self, self.problems_model, "problems")
        self.good_only = QCheckBox(self)
        self.good_only.setObjectName("good_only")
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.import_button, self.close_button = QPushButton(self), QPushButton(self)
        self.import_button.setObjectName("import")
        self.import_button.setDefault(True)
        self.import_button.setAutoDefault(True)
        self._labels = {name: QLabel(self) for name in (
            "file", "partner", "recipient", "donor", "shipment", "currency", "lines",
            "problems")}
        self._layout()

    def _layout(self) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        file_row.addWidget(self.mapping_button)
        file_form, left, right = QFormLayout(), QFormLayout(), QFormLayout()
        file_form.addRow(self._labels["file"], file_row)
        for form, name, widget in ((left, "partner", self.partner),
                                   (left, "recipient", self.recipient),
                                   (right, "donor", self.donor),
                                   (right, "shipment", self.shipment),
                                   (right, "currency", self.currency)):
            self._labels[name].setBuddy(widget)
            form.addRow(self._labels[name], widget)
        self._labels["file"].setBuddy(self.browse_button)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addLayout(right, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        for name, view, info in (("lines", self.lines_view, self.sheet_info),
                                 ("problems", self.problems_view, self.report)):
            box = QWidget(splitter)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            heading = QHBoxLayout()
            self._labels[name].setBuddy(view)
            heading.addWidget(self._labels[name])
            heading.addStretch(1)
            heading.addWidget(info)
            column.addLayout(heading)
            column.addWidget(view, 1)
            if name == "lines":
                column.addWidget(self.totals)
            splitter.addWidget(box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(file_form)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
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
        self.recipient.activated.connect(self._recipient_chosen)
        self.recipient.currentIndexChanged.connect(self._update)
        self.currency.currentIndexChanged.connect(self.refresh_preview)
        self.shipment.textChanged.connect(self._update)
        self.good_only.toggled.connect(self._update)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.close)

    def _fill_choices(self) -> None:
        """Partner cities, recipients and donors from the directories service."""
        from aidtracker.reference import currencies
        from aidtracker.services import directory

        c = self.controller
        self._partners = [p for p in c.read(directory.list_partnerships) or [] if p.active]
        self._recipients = c.read(directory.list_organisations, OrgRole.RECIPIENT) or []
        donors = c.read(directory.list_organisations, OrgRole.DONOR) or []
        for p in self._partners:
            self.partner.addItem(f"{p.partner_city} → {p.own_city}", str(p.id))
        for o in self._recipients:
            self.recipient.addItem(o.display_name, str(o.id))
        self.donor.addItem("", None)
        for o in donors:
            self.donor.addItem(o.display_name, str(o.id))
        self.partner.setCurrentIndex(-1)
        self.recipient.setCurrentIndex(-1)
        self.currency.addItem("", None)
        known = currencies()
        for code in [*COMMON_CURRENCIES, *sorted(set(known) - set(COMMON_CURRENCIES))]:
            if code in known:
                self.currency.addItem(code, code)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import a packing list"))
        texts = {"file": self.tr("File:"), "partner": self.tr("&Partner city:"),
                 "recipient": self.tr("&Recipient:"), "donor": self.tr("&Donor:"),
                 "shipment": self.tr("Add to &shipment:"), "currency": self.tr("C&urrency:"),
                 "lines": self.tr("&Lines to import:"),
                 "problems": self.tr("Ro&ws with problems:")}
        for name, text in texts.items():
            self._labels[name].setText(text)
        self.browse_button.setText(self.tr("&Browse…"))
        self.file_edit.setPlaceholderText(self.tr("an xlsx or csv file from the partner city"))
        self.partner.setPlaceholderText(self.tr("choose…"))
        self.recipient.setPlaceholderText(self.tr("choose…"))
        self.donor.setItemText(0, self.tr("the partner city's usual donor"))
        self.currency.setItemText(0, self.tr("as named in the list"))
        self.shipment.setPlaceholderText(self.tr("empty: a new draft shipment"))
        self.mapping_button.setText(self.tr("Column &mapping…"))
        self.mapping_button.setToolTip(self.tr(
            "Choose which column holds which field, for lists the program does not recognise"))
        self.good_only.setText(self.tr("Import only the &good rows (rows with problems are "
                                       "left out)"))
        self.import_button.setText(self.tr("&Import"))
        self.close_button.setText(self.tr("Close"))
        self.lines_model.retranslate()
        self.problems_model.retranslate()
        self._show_manifest()
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- choices ------------------------------------------------------------------------

    def partner_key(self) -> str | None:
        return self.partner.currentData()

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
        if self.partner.currentIndex() < 0:
            guess = self._partner_from_name(path.stem)
            if guess >= 0:
                self.partner.blockSignals(True)
                self.partner.setCurrentIndex(guess)
                self.partner.blockSignals(False)
                self._choose_recipient()
        self.refresh_preview()

    def _partner_from_name(self, stem: str) -> int:
        words = f" {_folded(stem)} "
        found = [i for i, p in enumerate(self._partners)
                 if _folded(p.partner_city) and f" {_folded(p.partner_city)} " in words]
        both = [i for i in found if f" {_folded(self._partners[i].own_city)} " in words]
        choice = both or found
        return choice[0] if len(choice) == 1 else -1

    @Slot()
    def _partner_changed(self) -> None:
        self._choose_recipient()
        self.refresh_preview()

    def _choose_recipient(self) -> None:
        """The one recipient in the partnership's Ukrainian city, unless the user chose."""
        index = self.partner.currentIndex()
        if index < 0 or not self._auto_recipient:
            return
        city = self._partners[index].own_city.casefold()
        matches = [i for i, o in enumerate(self._recipients)
                   if city and city in " ".join((o.settlement, o.name_en, o.name_uk,
                                                 o.name_native)).casefold()]
        self.recipient.setCurrentIndex(matches[0] if len(matches) == 1 else -1)

    @Slot()
    def _recipient_chosen(self) -> None:
        self._auto_recipient = False

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
        self._show_manifest()
        self._update()

        def job(db: Any, ctx: Any) -> PreviewResult:
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
        self._show_manifest()
        self._update()
        if self.browse_button.hasFocus():  # Enter now imports, it does not browse again
            (self.import_button if self.import_button.isEnabled() else
             self.partner if self.partner.currentIndex() < 0 else self.lines_view).setFocus()

    def _preview_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.manifest, self.failure = None, exc
        self._show_manifest()
        self._update()
        if (isinstance(exc, ImportRejected) and exc.reason == "no_header"
                and self.partner_key() and self._offered != self.path):
            self._offered = self.path
            self.edit_mapping()

    def _show_manifest(self) -> None:
        m = self.manifest
        if m is None:
            self.lines_model.set_rows([])
            self.problems_model.set_rows([])
            for label in (self.sheet_info, self.totals, self.report):
                label.setText("")
            return
        self.lines_model.set_rows([_line_cells(line, row) for line, row in
                                   zip(m.lines, m.line_rows or range(1, len(m.lines) + 1),
                                       strict=False)])
        problems = sorted(m.problems, key=lambda p: (p.row or 0, p.column))
        self.problems_model.set_rows(
            [(str(p.row or ""), p.column,
              self.tr("error") if p.blocking else self.tr("warning"), problem_text(p))
             for p in problems], [p.blocking for p in problems])
        self.lines_view.resizeColumnsToContents()
        self.problems_view.resizeColumnsToContents()
        self._describe(m)

    def _describe(self, m: ParsedManifest) -> None:
        """Where the list was found, its totals, and how many rows have problems."""
        if m.kind == "csv":
            where = self.tr("Header in row %1.").replace("%1", str(m.header_row)) \
                if m.header_row else self.tr("No header row.")
        elif m.header_row:
            where = self.tr("Sheet “%1”, header in row %2.").replace("%1", m.sheet) \
                .replace("%2", str(m.header_row))
        else:
            where = self.tr("Sheet “%1”, no header row.").replace("%1", m.sheet)
        self.sheet_info.setText(where)
        totals = m.totals
        money = " + ".join(format_money(v, c) for c, v in totals.value_by_currency.items())
        self.totals.setText(
            self.tr("Total: %n line(s) · quantity %1 · gross %2 kg · value %3", "", totals.lines)
            .replace("%1", format_number(milli_to_decimal(totals.qty_milli)))
            .replace("%2", format_number(grams_to_kg(totals.gross_g)))
            .replace("%3", money or "—"))
        if m.bad_rows:
            rows = ", ".join(str(r) for r in m.bad_rows[:30])
            rows += "…" if len(m.bad_rows) > 30 else ""
            report = self.tr("%n row(s) with problems: %1.", "", len(m.bad_rows)) \
                .replace("%1", rows)
        elif m.problems:
            report = self.tr("%n warning(s); nothing blocks the import.", "", len(m.problems))
        else:
            report = self.tr("No problems found.")
        self.report.setText(report)
        self.report.setStyleSheet("color: #b00020;" if m.bad_rows else "")

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
        initial = self.mapping or (self.manifest.mapping if self.manifest else None) \
            or self.saved
        editor = MappingEditor(head, initial, self)
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
            return self.tr("Choose the packing list (xlsx or csv).")
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
        for widget in (self.browse_button, self.partner, self.recipient, self.donor,
                       self.shipment, self.currency):
            widget.setEnabled(not self.importing)
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
            from ui.controller import NotReady

            QMessageBox.warning(self, self.tr("Import a packing list"), error_text(NotReady()))
            return
        from aidtracker.services.imports import import_manifest

        kwargs = dict(
            partner=str(self.partner.currentData()), recipient=str(self.recipient.currentData()),
            shipment_ref=self.shipment.text().strip() or None,
            currency=self.currency.currentData(), accept_good_rows=self.good_only.isChecked(),
            actor=self.controller.actor, donor=self.donor.currentData(), mapping=self.mapping)
        path = self.path

        def job(db: Any, ctx: Any) -> Any:
            return import_manifest(db, path, **kwargs)  # type: ignore[arg-type]

        self.importing = True
        self._update()
        handle = start_job(with_database(db_path, job), on_done=self._imported,
                           on_failed=self._import_failed)
        handle.finished.connect(self._import_ended)  # also after an unexpected error
        self._track(handle)

    @Slot()
    def _import_ended(self) -> None:
        self.importing = False
        self._update()

    @Slot(object)
    def _imported(self, result: Any) -> None:
        self.importing = False
        self._update()
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
        self.importing = False
        self._update()
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


def _folded(text: str) -> str:
    """Lower case without accents, words separated by single spaces."""
    import unicodedata

    plain = "".join(c for c in unicodedata.normalize("NFKD", text.casefold())
                    if not unicodedata.combining(c))
    plain = plain.replace("ł", "l").replace("ß", "ss")
    return " ".join("".join(c if c.isalnum() else " " for c in plain).split())

