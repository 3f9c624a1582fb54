"""The import dialog's two read-only tables: the lines that will be imported and the row
report (rows of text formatted once; the preview never changes)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from aidtracker.domain import LineItem
from aidtracker.money import format_number, grams_to_kg, milli_to_decimal, minor_to_decimal
from ui.texts.i18n import QT_TRANSLATE_NOOP
from ui.texts.labels import choice_label

Header = tuple[str, str]  # (translation context, source text)
LINE_COLUMNS: tuple[Header, ...] = (
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
LINE_NUMERIC = {0, 1, 3, 5, 6}
PROBLEM_COLUMNS: tuple[Header, ...] = (
    ("ImportDialog", QT_TRANSLATE_NOOP("ImportDialog", "Row")),
    ("ImportDialog", QT_TRANSLATE_NOOP("ImportDialog", "Column")),
    ("ImportDialog", QT_TRANSLATE_NOOP("ImportDialog", "Type")),
    ("ImportDialog", QT_TRANSLATE_NOOP("ImportDialog", "Problem")),
)
_ROOT = QModelIndex()


def line_cells(line: LineItem, row: int) -> tuple[str, ...]:
    """One imported line as the table shows it (``row``: its row in the sheet)."""
    value = line.total_value_minor
    return (
        str(row), str(line.line_no), line.description or line.description_en,
        format_number(milli_to_decimal(line.qty_milli)), choice_label(line.unit.value),
        format_number(grams_to_kg(line.gross_g)) if line.gross_g else "",
        format_number(minor_to_decimal(value, line.currency)) if line.currency and value else "",
        line.currency, line.hs_code,
        ", ".join(a.vin or a.serial_no for a in line.assets),
    )


class TextTableModel(QAbstractTableModel):
    """Read-only rows of text; ``right`` columns are right-aligned, marked rows shown red."""

    def __init__(self, headers: tuple[Header, ...], right: set[int],
                 parent: QObject | None = None) -> None:
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
