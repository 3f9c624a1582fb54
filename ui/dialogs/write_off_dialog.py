"""A write-off act (D9): line, quantity (what is held shown), reason, date, commission, note.

It stays open until the core accepts (``add_write_off`` refuses more than is held, naming both
numbers, and a date before the receipt); the refusal shows beside the field, typed data stays.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from aidtracker.domain import ShipmentDetail, WriteOffReason
from aidtracker.money import NumberFormatError
from aidtracker.services.edits import parse_date
from aidtracker.workflow import line_balance
from ui.controller import Outcome
from ui.dialogs.balance_form import (
    MARKED,
    ok_cancel,
    parse_qty,
    place,
    problem_label,
    qty_text,
    show_on,
    with_problem,
)
from ui.texts.balance_texts import say
from ui.texts.labels import choice_label

SaveWriteOff = Callable[..., Outcome[str]]


class WriteOffDialog(QDialog):
    """After OK, :attr:`act_no` is the number of the act the core issued."""

    def __init__(self, detail: ShipmentDetail, save: SaveWriteOff,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WriteOffDialog")
        self.detail, self.save = detail, save
        self.act_no = ""
        self.setWindowTitle(say("wo_title", reference=detail.shipment.reference))
        self.line, self.reason = QComboBox(self), QComboBox(self)
        self.line.setObjectName("line")
        self.reason.setObjectName("reason")
        for ln in detail.lines:
            text = (ln.description or ln.description_en)[:50]
            self.line.addItem(f"{ln.line_no}. {text}", ln.line_no)
        for reason in WriteOffReason:
            self.reason.addItem(say(f"wr_{reason.value}"), reason.value)
        self.held = QLabel(self)
        self.held.setObjectName("held")
        self.held.setWordWrap(True)
        self.quantity = QLineEdit(self)
        self.on = QLineEdit(date.today().strftime("%d.%m.%Y"), self)
        self.commission, self.note = QLineEdit(self), QLineEdit(self)
        for name, widget in (("quantity", self.quantity), ("date", self.on),
                             ("commission", self.commission), ("note", self.note)):
            widget.setObjectName(name)
        self.commission.setPlaceholderText(say("wo_commission_hint"))
        self.fields = {name: problem_label(self, name) for name in ("quantity", "date")}
        self.general = problem_label(self, "general")
        self._layout()
        self.line.currentIndexChanged.connect(self._show_held)
        self.reason.currentIndexChanged.connect(self._show_held)
        self._show_held()

    def _layout(self) -> None:
        grid = QGridLayout()
        rows = (("wo_line", self.line, None), ("", self.held, None),
                ("wo_reason", self.reason, None), ("wo_quantity", self.quantity, "quantity"),
                ("wo_date", self.on, "date"), ("wo_commission", self.commission, None),
                ("wo_note", self.note, None))
        for row, (key, widget, problem) in enumerate(rows):
            if key:
                label = QLabel(say(key) + ":", self)
                label.setBuddy(widget)
                grid.addWidget(label, row, 0)
            grid.addWidget(with_problem(widget, self.fields[problem], self) if problem
                           else widget, row, 1)
        grid.setColumnStretch(1, 1)
        self.ok_button = ok_cancel(self, (grid, self.general), self._accept)
        self.ok_button.setText(say("wo_issue"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 100)

    @Slot()
    def _show_held(self) -> None:
        """What can be written off of the chosen line for the chosen reason."""
        line = next((ln for ln in self.detail.lines if ln.line_no == self.line.currentData()),
                    None)
        if line is None:
            return
        bal = line_balance(line, self.detail.distributions, self.detail.write_offs)
        damaged = self.reason.currentData() == WriteOffReason.DAMAGED.value
        held = bal.on_hand + (bal.damaged_open if damaged else 0)
        unit = choice_label(line.unit.value)
        self.held.setText(say("wo_held", on_hand=qty_text(bal.on_hand),
                              damaged=qty_text(bal.damaged_open), held=qty_text(held),
                              unit=unit))

    @Slot()
    def _accept(self) -> None:
        for label in (*self.fields.values(), self.general):
            show_on(label, [])
        try:
            qty = parse_qty(self.quantity.text())
        except NumberFormatError as exc:
            show_on(self.fields["quantity"], [say("not_a_quantity", value=exc.text)],
                    [self.quantity])
            return
        try:
            on = parse_date(self.on.text())
        except ValueError:
            show_on(self.fields["date"], [say("date_format")], [self.on])
            return
        outcome = self.save(line_no=int(self.line.currentData()), qty_milli=qty,
                            reason=WriteOffReason(self.reason.currentData()), on=on,
                            note=self.note.text(), commission=self.commission.text())
        if outcome.ok:
            self.act_no = str(outcome.value)
            self.accept()
            return
        line_no = int(self.line.currentData())
        place(outcome.error, {line_no: self.fields["quantity"]}, self.fields, self.general)
        for name, widget in (("quantity", self.quantity), ("date", self.on)):
            widget.setStyleSheet("" if self.fields[name].isHidden() else MARKED)
