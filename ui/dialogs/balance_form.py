"""Pieces shared by the goods-balance dialogs: quantities as text, a problem line beside a
field, a table whose headers come from the catalogue, a table of acts with the reversed ones
struck through, and the refusal shown in place."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from aidtracker.domain import Problem
from aidtracker.errors import AidTrackerError, ValidationFailed
from aidtracker.money import format_number, milli_to_decimal, to_milli
from ui.models.records import Index, RecordModel
from ui.texts.balance_texts import say
from ui.texts.messages import error_text, problem_text

MARKED = "border: 2px solid #c62828;"  # a field the refusal names


def qty_text(milli: int | None) -> str:
    """Thousandths as the user types them ('1 000', '2,5'); '' for None."""
    if milli is None:
        return ""
    return format_number(milli_to_decimal(milli)).replace("\u00a0", " ")


def parse_qty(text: str) -> int:
    """Typed quantity in thousandths ('' is 0); NumberFormatError when not a number."""
    return to_milli(text) if text.strip() else 0


def problem_label(parent: QWidget, name: str) -> QLabel:
    """A hidden red line that shows what is wrong with one field or row."""
    label = QLabel(parent)
    label.setObjectName(f"problem_{name}")
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.hide()
    return label


def with_problem(field: QWidget, problem: QLabel, parent: QWidget) -> QWidget:
    """The field with its (normally hidden) problem line underneath, as one cell."""
    cell = QWidget(parent)
    column = QVBoxLayout(cell)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    column.addWidget(field)
    column.addWidget(problem)
    return cell


def show_on(label: QLabel, texts: Sequence[str], fields: Sequence[QWidget] = ()) -> None:
    """Show ``texts`` on ``label`` (hidden when empty) and mark ``fields``."""
    label.setText("\n".join(texts))
    label.setVisible(bool(texts))
    for field in fields:
        field.setStyleSheet(MARKED if texts else "")


def ok_cancel(dialog: QDialog, parts: Sequence[QWidget | QLayout],
              accept: Callable[[], object], stretch: QWidget | None = None) -> QPushButton:
    """Lay out ``dialog``: ``parts`` one under another (``stretch`` takes the spare height),
    then OK / Cancel (OK calls ``accept``, Cancel rejects). Returns the OK button."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, dialog)
    layout = QVBoxLayout(dialog)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part, 1 if part is stretch else 0)
    layout.addWidget(buttons)
    buttons.accepted.connect(accept)
    buttons.rejected.connect(dialog.reject)
    return buttons.button(QDialogButtonBox.StandardButton.Ok)


def lines_dialog(dialog: QDialog, form: QFormLayout, grid: QWidget, general: QLabel,
                 accept: Callable[[], object]) -> QPushButton:
    """Lay out a dialog over goods lines: ``form`` on top, the lines' ``grid`` scrolling, the
    general problem, OK / Cancel (OK calls ``accept``). Returns the OK button."""
    scroll = QScrollArea(dialog)
    scroll.setWidgetResizable(True)
    scroll.setWidget(grid)
    return ok_cancel(dialog, (form, scroll, general), accept, stretch=scroll)


def grow(dialog: QWidget) -> None:
    """Make a shown dialog tall enough for the problem lines that just appeared."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    width = max(dialog.width(), dialog.sizeHint().width())
    height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else \
        dialog.sizeHint().height()
    dialog.resize(width, max(dialog.height(), height))


def refusal_texts(error: AidTrackerError | None) -> list[tuple[Problem | None, str]]:
    """Each problem of a refusal with its sentence (row-less for other errors)."""
    if isinstance(error, ValidationFailed):
        return [(p, problem_text(p)) for p in error.problems]
    return [(None, error_text(error))] if error is not None else []


def place(error: AidTrackerError | None, rows: Mapping[int, QLabel],
          fields: Mapping[str, QLabel], general: QLabel) -> None:
    """Put each sentence of a refusal beside its row (``Problem.row``), its field, or else on
    ``general``; every label first cleared."""
    found: dict[QLabel, list[str]] = {label: [] for label in (*rows.values(),
                                                               *fields.values(), general)}
    for problem, text in refusal_texts(error):
        label = general
        if problem is not None and problem.row is not None and problem.row in rows:
            label = rows[problem.row]
        elif problem is not None and problem.field in fields:
            label = fields[problem.field]
        found[label].append(text)
    for label, texts in found.items():
        show_on(label, texts)
    grow(general.window())


class SaidModel(RecordModel):
    """A record table whose column titles are catalogue keys (``say``); other titles are
    translated in the model's Qt context as :class:`RecordModel` does."""

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        title = super().headerData(section, orientation, role)
        if isinstance(title, str) and title.startswith("@"):
            return say(title[1:])
        return title


class ActModel(SaidModel):
    """Acts (D8 or D9) in force and reversed: a reversed act is struck through and grey, with
    when, by whom and why in its tooltip."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        act: Any = self.row_object(index.row()) if index.isValid() else None
        at = getattr(act, "reversed_at", None)
        if at is None or role == Qt.ItemDataRole.DisplayRole:
            return super().data(index, role)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#808080"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return say("reversed_tip", on=at.strftime("%d.%m.%Y %H:%M"), by=act.reversed_by,
                       reason=act.reverse_reason)
        return super().data(index, role)
