"""Cell editors of the goods grid: lists for category, unit, currency and condition."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from aidtracker.domain import Condition, Unit
from aidtracker.reference import categories, currencies
from ui.texts.i18n import current_language
from ui.texts.labels import category_label, choice_label

Choices = Callable[[], list[tuple[str, str]]]
Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of (label, code) pairs; the model stores the code."""

    def __init__(self, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        for label, code in self._choices():
            combo.addItem(label, code)
        combo.setMaxVisibleItems(20)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        code = index.data(Qt.ItemDataRole.EditRole)
        editor.setCurrentIndex(max(editor.findData(code), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def category_choices() -> list[tuple[str, str]]:
    lang = current_language()
    return [(f"{category_label(code, lang)} ({code})", code) for code in categories()
            if not code.startswith("forbidden")]


def unit_choices() -> list[tuple[str, str]]:
    return [(choice_label(u.value), u.value) for u in Unit]


def currency_choices() -> list[tuple[str, str]]:
    first = ["EUR", "UAH", "PLN", "USD"]
    codes = first + sorted(c for c in currencies() if c not in first)
    return [(c, c) for c in codes if c in currencies()]


def condition_choices() -> list[tuple[str, str]]:
    return [(choice_label(c.value), c.value) for c in Condition]
