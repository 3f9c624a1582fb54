"""A load's form (add or change: mode, carrier, plates, driver, CMR/CIM No., seals, loading,
crossing and arrival dates) and the assignment of a line, or part of it, to a load.

Both stay open until the core accepts: a refusal shows beside the field it names and
everything typed stays. Saving is the caller's ``save`` (a controller call).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from aidtracker.domain import Load, ShipmentDetail, TransportMode
from aidtracker.money import NumberFormatError
from aidtracker.reference import crossings
from aidtracker.services.edits import date_text
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

FIELDS = ("mode", "carrier", "truck_plate", "trailer_plate", "driver_name", "driver_phone",
          "cmr_no", "seals", "planned_loading", "loaded_on", "crossing", "planned_crossing",
          "crossed_on", "arrived_on")
DATES = ("planned_loading", "loaded_on", "planned_crossing", "crossed_on", "arrived_on")
SaveLoad = Callable[[dict[str, str]], Outcome[object]]


class LoadDialog(QDialog):
    """A new load (``load`` None) or changes to one; :meth:`values` gives the typed texts."""

    def __init__(self, load: Load | None, number: int, save: SaveLoad,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LoadDialog")
        self.save = save
        self.setWindowTitle(say("load_title", number=number))
        self.widgets: dict[str, QLineEdit | QComboBox] = {}
        self.problems: dict[str, QLabel] = {}
        grid = QGridLayout()
        base = load or Load(id=None, seq=number)
        for row, name in enumerate(FIELDS):
            widget = self._widget(name, base)
            label = QLabel(say(f"load_{name}") + ":", self)
            label.setBuddy(widget)
            self.problems[name] = problem_label(self, name)
            grid.addWidget(label, row, 0)
            grid.addWidget(with_problem(widget, self.problems[name], self), row, 1)
        grid.setColumnStretch(1, 1)
        self.general = problem_label(self, "general")
        self.ok_button = ok_cancel(self, (grid, self.general), self._accept)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 110)

    def _widget(self, name: str, load: Load) -> QLineEdit | QComboBox:
        widget: QLineEdit | QComboBox
        if name == "mode":
            widget = QComboBox(self)
            for mode in TransportMode:
                widget.addItem(choice_label(mode.value), mode.value)
            widget.setCurrentIndex(max(widget.findData(load.mode.value), 0))
        elif name == "crossing":
            widget = QComboBox(self)
            widget.setEditable(True)
            widget.addItems(["", *sorted(crossings())])
            widget.setCurrentText(load.crossing)
        else:
            value = getattr(load, name)
            widget = QLineEdit(date_text(value) if name in DATES else str(value), self)
            if name in DATES:
                widget.setPlaceholderText(say("date_placeholder"))
        widget.setObjectName(name)
        self.widgets[name] = widget
        return widget

    def values(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for name, widget in self.widgets.items():
            if isinstance(widget, QLineEdit):
                out[name] = widget.text()
            elif name == "mode":
                out[name] = str(widget.currentData())
            else:
                out[name] = widget.currentText()
        return out

    @Slot()
    def _accept(self) -> None:
        outcome = self.save(self.values())
        if outcome.ok:
            self.accept()
            return
        place(outcome.error, {}, self.problems, self.general)
        for name, widget in self.widgets.items():
            widget.setStyleSheet("" if self.problems[name].isHidden() else MARKED)


SaveShare = Callable[[int, int, int], Outcome[object]]


class AssignDialog(QDialog):
    """Put a line, or part of its quantity, on a load; shows where the line travels now."""

    def __init__(self, detail: ShipmentDetail, seq: int, save: SaveShare,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AssignDialog")
        self.detail, self.save = detail, save
        self.setWindowTitle(say("assign_title", reference=detail.shipment.reference))
        self.line, self.load = QComboBox(self), QComboBox(self)
        self.line.setObjectName("line")
        self.load.setObjectName("load")
        for ln in detail.lines:
            text = (ln.description or ln.description_en)[:50]
            self.line.addItem(f"{ln.line_no}. {text} ({qty_text(ln.qty_milli)} "
                              f"{choice_label(ln.unit.value)})", ln.line_no)
        for ld in detail.loads:
            self.load.addItem(say("load_n", number=ld.seq), ld.seq)
        self.load.setCurrentIndex(max(self.load.findData(seq), 0))
        self.quantity = QLineEdit(self)
        self.quantity.setObjectName("quantity")
        self.now = QLabel(self)
        self.now.setObjectName("now")
        self.problem, self.general = problem_label(self, "quantity"), problem_label(self, "all")
        grid = QGridLayout()
        for row, (key, widget) in enumerate((("assign_line", self.line),
                                             ("assign_load", self.load),
                                             ("assign_quantity", self.quantity))):
            label = QLabel(say(key) + ":", self)
            label.setBuddy(widget)
            grid.addWidget(label, row, 0)
            grid.addWidget(with_problem(widget, self.problem, self) if widget is self.quantity
                           else widget, row, 1)
        grid.addWidget(self.now, 3, 1)
        grid.setColumnStretch(1, 1)
        self.ok_button = ok_cancel(self, (grid, self.general), self._accept)
        self.line.currentIndexChanged.connect(self._line_chosen)
        self._line_chosen()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)

    @Slot()
    def _line_chosen(self) -> None:
        """The whole line proposed; where it travels now shown below."""
        line_no = self.line.currentData()
        line = next((ln for ln in self.detail.lines if ln.line_no == line_no), None)
        if line is None:
            return
        self.quantity.setText(qty_text(line.qty_milli))
        shares = [say("share", number=ld.seq, quantity=qty_text(s.qty_milli))
                  for ld in self.detail.loads for s in ld.shares if s.line_no == line_no]
        self.now.setText(say("now_on", shares="; ".join(shares) or "—"))

    @Slot()
    def _accept(self) -> None:
        try:
            qty = parse_qty(self.quantity.text())
        except NumberFormatError as exc:
            show_on(self.problem, [say("not_a_quantity", value=exc.text)], [self.quantity])
            return
        outcome = self.save(int(self.load.currentData()), int(self.line.currentData()), qty)
        if outcome.ok:
            self.accept()
            return
        place(outcome.error, {}, {"quantity": self.problem, "line": self.problem},
              self.general)
        self.quantity.setStyleSheet("" if self.problem.isHidden() else MARKED)
