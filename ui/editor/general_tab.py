"""The General tab: parties, route and crossing, transport, dates and codes of one shipment.

Every change is an undo command (typing in one field merges into one step); Ctrl+Z inside a
field goes to the editor's undo stack, not to the field's private one. A problem the core
reports for a field shows right under that field.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from aidtracker.domain import Problem
from ui.editor.add_party import ADD_NEW
from ui.editor.form_fields import HEADER_CHOICES, HEADER_DATES, HEADER_IDS
from ui.editor.undo import SetField
from ui.texts.i18n import QT_TRANSLATE_NOOP
from ui.texts.messages import field_label, problem_text
from ui.widgets.typed_check import problem_label, watch

GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("GeneralTab", "Parties"),
     ("partnership_id", "donor_id", "recipient_id", "kind", "priority", "currency",
      "consignee_address")),
    (QT_TRANSLATE_NOOP("GeneralTab", "Route and transport"),
     ("route", "crossing", "transport_mode", "carrier", "truck_plate", "trailer_plate",
      "driver_name", "driver_phone")),
    (QT_TRANSLATE_NOOP("GeneralTab", "Dates"),
     ("pledged_on", "consent_date", "consent_signer", "planned_loading", "planned_crossing",
      "planned_arrival", "loaded_on", "crossed_on", "cleared_on", "delivered_on",
      "report_filed_on")),
    (QT_TRANSLATE_NOOP("GeneralTab", "Codes and documents"),
     ("ahars_code", "ahars_created_on", "declaration_no", "declaration_created_on",
      "export_route", "export_mrn", "cmr_no", "clearance_ref", "handover_act_no",
      "council_decision", "report_ref", "notes")),
)
Choices = dict[str, list[tuple[str, str]]]


class _UndoKeys(QObject):
    """Sends Ctrl+Z / Ctrl+Shift+Z in a line edit to the window's undo actions."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)):
            event.ignore()
            return True
        return False


MARKED = "border: 2px solid #c62828;"  # a field with a problem


class GeneralTab(QWidget):
    """The header form; :meth:`values` gives every field as text."""

    def __init__(self, undo: QUndoStack, choices: Choices, parent: QWidget | None = None):
        super().__init__(parent)
        self.undo = undo
        self.widgets: dict[str, QLineEdit | QComboBox] = {}
        self.labels: dict[str, QLabel] = {}
        self.problem_labels: dict[str, QLabel] = {}
        self._values: dict[str, str] = {}
        self.add_new: Callable[[str], str | None] | None = None  # set by the editor
        self._boxes: list[QGroupBox] = []
        self._filter = _UndoKeys(self)
        self._build(choices)
        self.retranslate()

    def _build(self, choices: Choices) -> None:
        inner = QWidget(self)
        grid = QGridLayout(inner)
        for number, (_title, names) in enumerate(GROUPS):
            box = QGroupBox(inner)
            form = QFormLayout(box)
            for name in names:
                form.addRow(self._label(name, box), self._cell(name, choices, box))
            grid.addWidget(box, number // 2 * 2, number % 2)
            self._boxes.append(box)
        grid.setRowStretch(4, 1)
        self._grid = grid
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def add_panel(self, panel: QWidget) -> None:
        """A panel across both columns under the field groups (the loads)."""
        self._grid.addWidget(panel, 3, 0, 1, 2)

    def _cell(self, name: str, choices: Choices, parent: QWidget) -> QWidget:
        """The field with its (normally hidden) problem line underneath."""
        cell = QWidget(parent)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        field = self._field(name, choices, cell)
        column.addWidget(field)
        problem = problem_label(cell)
        problem.setObjectName(f"problem_{name}")
        self.problem_labels[name] = problem
        if isinstance(field, QLineEdit):
            watch(field, name, problem)  # AHARS code, MRN, plates: checked as typed
        column.addWidget(problem)
        return cell

    def _label(self, name: str, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        self.labels[name] = label
        return label

    def _field(self, name: str, choices: Choices, parent: QWidget) -> QWidget:
        widget: QLineEdit | QComboBox
        if name in HEADER_IDS or name in HEADER_CHOICES:
            widget = QComboBox(parent)
            widget.setObjectName(name)
            self.set_choices(widget, choices.get(name, []))
            widget.activated.connect(lambda i, n=name, w=widget: self._chosen(n, w.itemData(i)))
        else:
            widget = QLineEdit(parent)
            widget.setObjectName(name)
            widget.installEventFilter(self._filter)
            widget.textEdited.connect(lambda text, n=name: self._edited(n, text))
        self.labels[name].setBuddy(widget)
        self.widgets[name] = widget
        return widget

    @staticmethod
    def set_choices(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.clear()
        for label, code in items:
            combo.addItem(label, code)
        if current is not None:
            combo.setCurrentIndex(max(combo.findData(current), 0))

    def retranslate(self) -> None:
        for box, (title, _names) in zip(self._boxes, GROUPS, strict=True):
            box.setTitle(QCoreApplication.translate("GeneralTab", title))
        for name, label in self.labels.items():
            label.setText(field_label(name) + ":")
        for name in HEADER_DATES:
            widget = self.widgets[name]
            assert isinstance(widget, QLineEdit)
            widget.setPlaceholderText(self.tr("DD.MM.YYYY"))

    # --- values ---------------------------------------------------------------------------

    def set_values(self, texts: dict[str, str]) -> None:
        """Show a stored header (no undo step)."""
        self._values = dict(texts)
        for name, text in texts.items():
            self._show(name, text)
        self.show_problems([])

    def values(self) -> dict[str, str]:
        return dict(self._values)

    def _chosen(self, name: str, value: object) -> None:
        """A list choice; "Add new…" asks :attr:`add_new` for the new entry's id first."""
        if value == ADD_NEW:
            value = self.add_new(name) if self.add_new is not None else None
            if value is None:  # cancelled: the list shows what it showed before
                self._show(name, self._values.get(name, ""))
                return
        self._edited(name, value)

    def refresh_choices(self, choices: Choices) -> None:
        """New directory entries (saved here or elsewhere) in the lists, values kept."""
        for name, items in choices.items():
            widget = self.widgets.get(name)
            if isinstance(widget, QComboBox):
                self.set_choices(widget, items)
                self._show(name, self._values.get(name, ""))

    def _edited(self, name: str, text: object) -> None:
        new = "" if text is None else str(text)
        old = self._values.get(name, "")
        if new != old:
            self.undo.push(SetField(self._apply, name, old, new, field_label(name)))

    def _apply(self, name: str, text: str) -> None:
        self._values[name] = text
        self._show(name, text)
        self.problem_labels[name].hide()

    def _show(self, name: str, text: str) -> None:
        widget = self.widgets.get(name)
        if isinstance(widget, QLineEdit):
            if widget.text() != text:
                widget.setText(text)
        elif isinstance(widget, QComboBox):
            index = widget.findData(text)
            if index < 0:
                widget.addItem(text, text)
                index = widget.count() - 1
            widget.setCurrentIndex(index)

    def show_problems(self, problems: list[Problem]) -> list[Problem]:
        """Show each problem under its field; returns those that name no field here."""
        for shown in self.problem_labels.values():
            shown.hide()
        for widget in self.widgets.values():
            widget.setStyleSheet("")
        rest: list[Problem] = []
        texts: dict[str, list[str]] = {}
        for problem in problems:
            label = self.problem_labels.get(problem.field)
            if label is None or problem.row is not None:
                rest.append(problem)
                continue
            texts.setdefault(problem.field, []).append(problem_text(problem))
        for name, lines in texts.items():  # every problem of a field, the field marked
            self.problem_labels[name].setText("\n".join(lines))
            self.problem_labels[name].show()
            if name in self.widgets:
                self.widgets[name].setStyleSheet(MARKED)
        return rest
