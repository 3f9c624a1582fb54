"""The editable goods grid: one row per line draft; every edit goes through the undo stack.

Choosing a category suggests its HS code and unit (as one undoable step). Problems found on
Save mark their cells (background and tooltip).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QUndoCommand, QUndoStack

from aidtracker.domain import Asset, LineItem, Problem
from aidtracker.services.lines import LineDraft, draft_of, suggested
from ui.editor.undo import Compound, InsertLine, RemoveLine, SetCell
from ui.texts.balance_texts import say
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
_VOIDED_BRUSH = QBrush(QColor(128, 128, 128))


class LinesModel(QAbstractTableModel):
    """Signals: ``lines_changed()`` after any change (totals, dirty flag)."""

    lines_changed = Signal()

    def __init__(self, undo: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo = undo
        self.drafts: list[LineDraft] = []
        self.voided: list[LineDraft] = []  # shown after the drafts: struck through, read-only
        self.problems: dict[tuple[int, str], str] = {}

    def set_drafts(self, drafts: list[LineDraft], voided: Sequence[LineItem] = ()) -> None:
        """The editable lines and the voided ones (kept for the record, out of totals)."""
        self.beginResetModel()
        self.drafts = [d.copy() for d in drafts]
        self.voided = [draft_of(line) for line in voided]
        self.problems.clear()
        self.endResetModel()
        self.lines_changed.emit()

    # --- Qt model API -------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.drafts) + len(self.voided)

    def is_voided(self, row: int) -> bool:
        return len(self.drafts) <= row < len(self.drafts) + len(self.voided)

    def line_no(self, row: int) -> int:
        """The number a row's line has (or will get): voided lines keep theirs."""
        if self.is_voided(row):
            base = self.voided[row - len(self.drafts)].base
            return base.line_no if base else 0
        taken = {d.base.line_no for d in self.voided if d.base}
        free = (n for n in itertools.count(1) if n not in taken)
        return next(itertools.islice(free, row, None))

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
        if NAMES[index.column()] in ("line_no", "assets") or self.is_voided(index.row()):
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        name = NAMES[index.column()]
        if self.is_voided(index.row()):
            return self._voided_data(index.row(), name, role)
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

    def _voided_data(self, row: int, name: str, role: int) -> object:
        """A voided line: struck through, grey, why and by whom in the tooltip."""
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, name)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return _VOIDED_BRUSH
        base = self.voided[row - len(self.drafts)].base
        if role == Qt.ItemDataRole.ToolTipRole and base is not None:
            return say("voided_tip", reason=base.void_reason, by=base.voided_by,
                       on=base.voided_at.strftime("%d.%m.%Y") if base.voided_at else "")
        return None

    def draft(self, row: int) -> LineDraft:
        """The line shown on ``row`` (a voided one too)."""
        return self.drafts[row] if row < len(self.drafts) else self.voided[row - len(
            self.drafts)]

    def _display(self, row: int, name: str) -> str:
        draft = self.draft(row)
        if name == "line_no":
            return str(self.line_no(row))
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
        if name in ("line_no", "assets") or self.is_voided(row):
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
