"""The editable goods grid: one row per line draft; every edit goes through the undo stack.

Choosing a category suggests its HS code and unit (as one undoable step). Problems found on
Save mark their cells (background and tooltip).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QUndoCommand, QUndoStack

from aidtracker.domain import Asset, Problem
from aidtracker.services.lines import LineDraft, suggested
from ui.editor.undo import Compound, InsertLine, RemoveLine, SetCell
from ui.texts.i18n import QT_TRANSLATE_NOOP, current_language
from ui.texts.labels import category_label, choice_label
from ui.texts.messages import problem_text

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

COLUMNS: tuple[tuple[str, str], ...] = (  # LineDraft attribute, header
    ("line_no", QT_TRANSLATE_NOOP("LinesModel", "No.")),
    ("category", QT_TRANSLATE_NOOP("LinesModel", "Category")),
    ("description", QT_TRANSLATE_NOOP("LinesModel", "Description (UA)")),
    ("description_en", QT_TRANSLATE_NOOP("LinesModel", "Description (EN)")),
    ("hs_code", QT_TRANSLATE_NOOP("LinesModel", "HS code")),
    ("qty", QT_TRANSLATE_NOOP("LinesModel", "Quantity")),
    ("unit", QT_TRANSLATE_NOOP("LinesModel", "Unit")),
    ("packages", QT_TRANSLATE_NOOP("LinesModel", "Packages")),
    ("net_kg", QT_TRANSLATE_NOOP("LinesModel", "Net, kg")),
    ("gross_kg", QT_TRANSLATE_NOOP("LinesModel", "Gross, kg")),
    ("unit_value", QT_TRANSLATE_NOOP("LinesModel", "Unit value")),
    ("currency", QT_TRANSLATE_NOOP("LinesModel", "Currency")),
    ("condition", QT_TRANSLATE_NOOP("LinesModel", "Condition")),
    ("wear_pct", QT_TRANSLATE_NOOP("LinesModel", "Wear %")),
    ("expiry", QT_TRANSLATE_NOOP("LinesModel", "Expiry")),
    ("assets", QT_TRANSLATE_NOOP("LinesModel", "Serials / VINs")),
)
NAMES = [name for name, _ in COLUMNS]
CHOICE_COLUMNS = {"unit", "condition"}
NUMERIC = {"qty", "packages", "net_kg", "gross_kg", "unit_value", "wear_pct"}
# Problem.field (core names) → grid column
PROBLEM_COLUMNS = {"qty_milli": "qty", "net_g": "net_kg", "gross_g": "gross_kg",
                   "unit_value_minor": "unit_value", "value_minor": "unit_value",
                   "expiry_date": "expiry", "vin": "assets", "serial_no": "assets",
                   "odometer_km": "assets", "national_code": "hs_code"}
_PROBLEM_BRUSH = QBrush(QColor(255, 214, 214))


class LinesModel(QAbstractTableModel):
    """Signals: ``lines_changed()`` after any change (totals, dirty flag)."""

    lines_changed = Signal()

    def __init__(self, undo: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo = undo
        self.drafts: list[LineDraft] = []
        self.problems: dict[tuple[int, str], str] = {}

    def set_drafts(self, drafts: list[LineDraft]) -> None:
        self.beginResetModel()
        self.drafts = [d.copy() for d in drafts]
        self.problems.clear()
        self.endResetModel()
        self.lines_changed.emit()

    # --- Qt model API -------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.drafts)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("LinesModel", COLUMNS[section][1])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if NAMES[index.column()] in ("line_no", "assets"):
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.drafts):
            return None
        name = NAMES[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), name)
        if role == Qt.ItemDataRole.EditRole:
            return getattr(self.drafts[index.row()], name, "")
        if role == Qt.ItemDataRole.TextAlignmentRole and name in NUMERIC:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        problem = self.problems.get((index.row(), name))
        if problem and role == Qt.ItemDataRole.BackgroundRole:
            return _PROBLEM_BRUSH
        if problem and role == Qt.ItemDataRole.ToolTipRole:
            return problem
        return None

    def _display(self, row: int, name: str) -> str:
        draft = self.drafts[row]
        if name == "line_no":
            return str(row + 1)
        if name == "category":
            return category_label(draft.category, current_language())
        if name in CHOICE_COLUMNS:
            return choice_label(getattr(draft, name))
        if name == "assets":
            count = len(draft.assets)
            units = self.tr("%n unit(s)", "", count)
            return units if count else ""
        return str(getattr(draft, name))

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, name = index.row(), NAMES[index.column()]
        if name in ("line_no", "assets"):
            return False
        new = "" if value is None else str(value)
        old = getattr(self.drafts[row], name)
        if new == old:
            return False
        if name == "category":
            self.undo.push(self._category_command(row, old, new))
        else:
            self.undo.push(SetCell(self, row, name, old, new))
        return True

    def _category_command(self, row: int, old: str, new: str) -> QUndoCommand:
        """Category plus its suggested HS code and unit, where they were still the old defaults."""
        draft = self.drafts[row]
        parts: list[QUndoCommand] = [SetCell(self, row, "category", old, new)]
        old_hs, old_unit = suggested(old)
        new_hs, new_unit = suggested(new)
        if new_hs and draft.hs_code in ("", old_hs):
            parts.append(SetCell(self, row, "hs_code", draft.hs_code, new_hs))
        if new_unit and (draft.unit == old_unit or not draft.qty):
            parts.append(SetCell(self, row, "unit", draft.unit, new_unit))
        return Compound(QCoreApplication.translate("LinesModel", "Change category"), parts)

    # --- operations (called by the undo commands) --------------------------------------

    def set_value(self, row: int, name: str, value: object) -> None:
        setattr(self.drafts[row], name, value)
        self.problems.pop((row, name), None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self.lines_changed.emit()

    def insert_line(self, row: int, draft: LineDraft) -> None:
        self.beginInsertRows(_ROOT, row, row)
        self.drafts.insert(row, draft)
        self.endInsertRows()
        self.problems.clear()
        self.lines_changed.emit()

    def remove_line(self, row: int) -> LineDraft:
        self.beginRemoveRows(_ROOT, row, row)
        draft = self.drafts.pop(row)
        self.endRemoveRows()
        self.problems.clear()
        self.lines_changed.emit()
        return draft

    # --- user actions -------------------------------------------------------------------

    def add_line(self, currency: str) -> int:
        row = len(self.drafts)
        self.undo.push(InsertLine(self, row, LineDraft(currency=currency or "EUR")))
        return row

    def delete_line(self, row: int) -> None:
        if 0 <= row < len(self.drafts):
            self.undo.push(RemoveLine(self, row, self.drafts[row].copy()))

    def set_assets(self, row: int, assets: tuple[Asset, ...]) -> None:
        old = self.drafts[row].assets
        if tuple(assets) != tuple(old):
            self.undo.push(SetCell(self, row, "assets", old, tuple(assets)))

    def show_problems(self, problems: list[Problem]) -> list[Problem]:
        """Mark the cells problems name (``row`` = line number); returns the unplaced ones."""
        self.problems.clear()
        rest = []
        for problem in problems:
            name = PROBLEM_COLUMNS.get(problem.field, problem.field)
            if problem.row is not None and name in NAMES and 0 < problem.row <= len(self.drafts):
                self.problems[(problem.row - 1, name)] = problem_text(problem)
            else:
                rest.append(problem)
        if self.drafts:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.drafts) - 1, len(COLUMNS) - 1))
        return rest
