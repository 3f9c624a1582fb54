"""The column-mapping editor: which column of a partner city's packing list holds which field,
for layouts the importer cannot recognise by itself.

The editor shows the file's columns (letter, header text, a few example values) with a list per
column to choose the field, the header row and the decimal separator. It only collects a
:class:`ColumnMapping`; the import dialog previews with it, and a real import remembers it for
the partner city (``aidtracker.services.imports``).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aidtracker.importer import FIELDS, ColumnMapping, ImportRejected
from aidtracker.importer.headers import classify
from aidtracker.importer.readers import MAX_COLS, Row, column_letter
from aidtracker.importer.sources import open_source
from ui.texts.messages import field_label, reason_text

MAX_SHEETS = 50
EXAMPLES = 3
REQUIRED = ("description", "quantity")
FIELD_COLUMN = 3
FieldRole = Qt.ItemDataRole.UserRole


def field_name(name: str) -> str:
    """An importer field (or a core field) in the user's language."""
    return field_label(name)


def not_imported() -> str:
    """The choice for a column that is not imported."""
    return QCoreApplication.translate("ImportFields", "— (not imported)")


@dataclass(frozen=True)
class FileHead:
    """The first rows of each sheet of a packing list: what the editor shows."""

    sheets: dict[str, list[Row]]


def read_head(path: Path, encoding: str | None = None) -> FileHead:
    """Read the first rows of every sheet (run it on a worker: the file is untrusted).

    Raises:
        ImportRejected: the file cannot be read as a spreadsheet.
    """
    source = open_source(path, encoding=encoding)
    try:
        return FileHead({name: source.head(name) for name in source.names[:MAX_SHEETS]})
    finally:
        source.close()


def _text(value: object) -> str:
    return "" if value is None else " ".join(str(value).split())


class _FieldDelegate(QStyledItemDelegate):
    """A list of the importer's fields for the Field column (type a name, Enter to confirm)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(not_imported(), "")
        for name in FIELDS:
            combo.addItem(field_name(name), name)
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter confirms the field and stops there (it does not also press OK)."""
        if (isinstance(watched, QComboBox) and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._commit(watched)
            return True
        return super().eventFilter(watched, event)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(FieldRole) or ""), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        name = str(editor.currentData() or "")
        model.setData(index, name, FieldRole)
        model.setData(index, field_name(name) if name else not_imported(),
                      Qt.ItemDataRole.DisplayRole)


class MappingEditor(QDialog):
    """Collects a column mapping for one file; read :attr:`value` after ``exec()``."""

    def __init__(self, head: FileHead, mapping: ColumnMapping | None = None,
                 parent: QWidget | None = None, why: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("MappingEditor")
        self.why = QLabel(why, self)  # what the importer found and why (empty: hidden)
        self.why.setObjectName("why")
        self.why.setWordWrap(True)
        self.why.setVisible(bool(why))
        self.head = head
        self.base = mapping or ColumnMapping()
        self.value: ColumnMapping | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.sheet = QComboBox(self)
        self.sheet.setObjectName("sheet")
        for name in head.sheets:
            self.sheet.addItem(name, name)
        self.header_row = QSpinBox(self)
        self.header_row.setObjectName("header_row")
        self.decimal = QComboBox(self)
        self.decimal.setObjectName("decimal")
        for _ in range(3):
            self.decimal.addItem("")
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("columns")
        self.table.setItemDelegateForColumn(FIELD_COLUMN, _FieldDelegate(self.table))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch)
        self.problems = QLabel(self)
        self.problems.setObjectName("problems")
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self._labels = [QLabel(self) for _ in range(4)]
        self._layout()
        self.retranslate()
        self._prefill()
        self.sheet.currentIndexChanged.connect(self._sheet_changed)
        self.header_row.valueChanged.connect(self._show_texts)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        char, line = self.fontMetrics().averageCharWidth(), self.fontMetrics().height()
        self.resize(char * 125, line * 34)

    def _layout(self) -> None:
        form = QFormLayout()
        for label, widget in zip(self._labels[:3], (self.sheet, self.header_row, self.decimal),
                                 strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        self._labels[3].setBuddy(self.table)
        layout = QVBoxLayout(self)
        layout.addWidget(self.why)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self._labels[3])
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.sheet.setEnabled(self.sheet.count() > 1)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Column mapping"))
        self.intro.setText(self.tr(
            "Choose which field each column of the list holds. Description and quantity are "
            "required; columns left at “—” are not imported. A real import remembers the "
            "mapping for the partner city."))
        texts = (self.tr("&Sheet:"), self.tr("&Header row:"), self.tr("&Decimal separator:"),
                 self.tr("&Columns (F2 or type to choose a field):"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.header_row.setSpecialValueText(self.tr("none: data from the first row"))
        for i, text in enumerate((self.tr("detect from the numbers"),
                                  self.tr("comma: 1.640,5"), self.tr("point: 1,640.5"))):
            self.decimal.setItemText(i, text)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Header"), self.tr("Examples"), self.tr("Field")])
        for row in range(self.table.rowCount()):
            item = self.table.item(row, FIELD_COLUMN)
            if item is not None:
                name = str(item.data(FieldRole) or "")
                item.setText(field_name(name) if name else not_imported())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- filling ------------------------------------------------------------------------

    def _prefill(self) -> None:
        base = self.base
        if base.sheet and self.sheet.findData(base.sheet) >= 0:
            self.sheet.setCurrentIndex(self.sheet.findData(base.sheet))
        self.decimal.setCurrentIndex({None: 0, True: 1, False: 2}[base.decimal_comma])
        fields = dict(base.columns) if base.columns else None
        self._load(base.header_row, fields)

    def _rows(self) -> list[Row]:
        return self.head.sheets.get(self.sheet.currentData(), [])

    def _load(self, header_row: int | None, fields: dict[int, str] | None) -> None:
        """Show the current sheet's columns; without ``fields`` guess them from the header."""
        rows = self._rows()
        last = max([n for n, _ in rows] + [header_row or 0, 1])
        self.header_row.blockSignals(True)
        self.header_row.setRange(0, last)
        self.header_row.setValue(_guess_header(rows) if header_row is None else header_row)
        self.header_row.blockSignals(False)
        width = max([len(cells) for _, cells in rows] + [max(fields or {0: ""}) + 1, 1])
        self.table.setRowCount(min(width, MAX_COLS))
        if fields is None:
            fields = self._guess_fields()
        for column in range(self.table.rowCount()):
            letter = QTableWidgetItem(column_letter(column))
            letter.setFlags(letter.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(column, 0, letter)
            for cell in (1, 2):
                item = QTableWidgetItem()
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(column, cell, item)
            self.table.setItem(column, FIELD_COLUMN, QTableWidgetItem())
            self.set_field(column, fields.get(column, ""))
        self._show_texts()
        self.table.resizeColumnToContents(0)
        metrics = self.table.fontMetrics()
        widest = max(metrics.horizontalAdvance(t) for t in
                     [not_imported(), *(field_name(f) for f in FIELDS)])
        self.table.setColumnWidth(FIELD_COLUMN, widest + metrics.averageCharWidth() * 6)
        self.table.setCurrentCell(0, FIELD_COLUMN)

    def _guess_fields(self) -> dict[int, str]:
        labels = self._header_cells()
        found: dict[int, str] = {}
        for column, label in enumerate(labels):
            name = classify(label, self.base.headers) if label is not None else None
            if name and name in FIELDS and name not in found.values():
                found[column] = name
        return found

    def _header_cells(self) -> tuple[object, ...]:
        number = self.header_row.value()
        return next((cells for n, cells in self._rows() if n == number), ()) if number else ()

    @Slot()
    def _show_texts(self) -> None:
        """Header text and example values of each column for the chosen header row."""
        labels = self._header_cells()
        data = [cells for n, cells in self._rows() if n > self.header_row.value()]
        for column in range(self.table.rowCount()):
            label = _text(labels[column]) if column < len(labels) else ""
            examples = [_text(c[column]) for c in data if column < len(c) and c[column] is not None]
            header_item, examples_item = self._cell(column, 1), self._cell(column, 2)
            header_item.setText(label)
            examples_item.setText(" · ".join(e[:40] for e in examples[:EXAMPLES]))
            examples_item.setToolTip("\n".join(examples[:10]))
        self.table.resizeColumnToContents(1)

    @Slot()
    def _sheet_changed(self) -> None:
        self._load(None, None)

    def set_field(self, column: int, name: str) -> None:
        """Choose the field of a column ("" = not imported)."""
        item = self._cell(column, FIELD_COLUMN)
        item.setData(FieldRole, name)
        item.setText(field_name(name) if name else not_imported())

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        """The table's item at (row, column), made when missing (``_load`` makes them all)."""
        item = self.table.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            self.table.setItem(row, column, item)
        return item

    def fields(self) -> dict[int, str]:
        """Column index → field, for the columns that are imported."""
        out = {}
        for column in range(self.table.rowCount()):
            name = str(self._cell(column, FIELD_COLUMN).data(FieldRole) or "")
            if name:
                out[column] = name
        return out

    # --- result -------------------------------------------------------------------------

    def _problems(self, fields: dict[int, str]) -> list[str]:
        problems = [self.tr("Choose the column that holds “%1”.").replace("%1", field_name(f))
                    for f in REQUIRED if f not in fields.values()]
        names = list(fields.values())
        for name in dict.fromkeys(n for n in names if names.count(n) > 1):
            columns = ", ".join(column_letter(c) for c, n in fields.items() if n == name)
            problems.append(self.tr("“%1” is chosen for more than one column: %2.")
                            .replace("%1", field_name(name)).replace("%2", columns))
        return problems

    def accept(self) -> None:
        """Keep the dialog open, with the reasons, while the mapping is not usable."""
        fields = self.fields()
        problems = self._problems(fields)
        if not problems:
            sheet = self.sheet.currentData() if self.sheet.count() > 1 else None
            decimal = (None, True, False)[max(self.decimal.currentIndex(), 0)]
            try:
                self.value = dataclasses.replace(
                    self.base, columns=fields, header_row=self.header_row.value(), sheet=sheet,
                    currency=None, decimal_comma=decimal)  # the import dialog asks the currency
            except ImportRejected as exc:
                problems = [reason_text(exc)]
        if problems:
            self.problems.setText("\n".join(problems))
            return
        super().accept()


def _guess_header(rows: list[Row]) -> int:
    """The first row of two or more texts and no numbers, else 0 (no header)."""
    for number, cells in rows[:20]:
        filled = [c for c in cells if c is not None]
        if len(filled) >= 2 and all(isinstance(c, str) for c in filled):
            return number
    return 0
