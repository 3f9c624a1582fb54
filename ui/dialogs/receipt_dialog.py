"""Record what arrived, per line (and load): shipped, already received and the balance shown;
good, damaged, missing typed (a surplus only with its reason).

The dialog stays open until the core accepts: an over-receipt is refused by the service
(``record_receipt``) and its sentence shows under that line, the figures kept as typed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from aidtracker.domain import LineItem, ShipmentDetail
from aidtracker.money import NumberFormatError
from aidtracker.services.edits import parse_date
from ui.controller import Outcome
from ui.dialogs.balance_form import (
    MARKED,
    lines_dialog,
    parse_qty,
    place,
    problem_label,
    qty_text,
    show_on,
)
from ui.texts.balance_texts import say
from ui.texts.labels import choice_label

Received = dict[int, tuple[int, int, int]]
Surplus = dict[int, tuple[int, str]]
SaveReceipt = Callable[[Received, date, Surplus], Outcome[object]]
EDITS = ("good", "damaged", "missing", "surplus", "reason")
HEADERS = ("rc_line", "rc_shipped", "rc_so_far", "rc_balance", "rc_good", "rc_damaged",
           "rc_missing", "rc_surplus", "rc_reason")


def _so_far(line: LineItem) -> str:
    if line.received_good_milli is None:
        return "—"
    return say("so_far", good=qty_text(line.received_good_milli),
               damaged=qty_text(line.received_damaged_milli),
               missing=qty_text(line.received_missing_milli))


def _balance(line: LineItem) -> int:
    return line.qty_milli - (line.received_good_milli or 0) - line.received_damaged_milli \
        - line.received_missing_milli


class ReceiptDialog(QDialog):
    """``edits[line_no][name]`` are the fields of a line (good, damaged, missing, surplus,
    reason); ``problems[line_no]`` shows what the core refused on it."""

    def __init__(self, detail: ShipmentDetail, save: SaveReceipt,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReceiptDialog")
        self.detail, self.save = detail, save
        self.setWindowTitle(say("receipt_title", reference=detail.shipment.reference))
        self.on = QLineEdit(date.today().strftime("%d.%m.%Y"), self)
        self.on.setObjectName("received_on")
        self.on_problem = problem_label(self, "received_on")
        self.load = QComboBox(self)
        self.load.setObjectName("load")
        self.load.addItem(say("all_loads"), 0)
        for ld in detail.loads:
            self.load.addItem(say("load_n", number=ld.seq), ld.seq)
        self.edits: dict[int, dict[str, QLineEdit]] = {}
        self.problems: dict[int, QLabel] = {}
        self._rows: dict[int, list[QWidget]] = {}
        self.general = problem_label(self, "general")
        form = QFormLayout()
        form.addRow(say("receipt_date") + ":", self.on)
        form.addRow("", self.on_problem)
        form.addRow(say("receipt_load") + ":", self.load)
        self.ok_button = lines_dialog(self, form, self._grid(), self.general, self._accept)
        self.load.currentIndexChanged.connect(self._filter)
        self.resize(self.fontMetrics().averageCharWidth() * 190,
                    self.fontMetrics().height() * (14 + 3 * min(len(detail.lines), 12)))

    def _grid(self) -> QWidget:
        inner = QWidget(self)
        grid = QGridLayout(inner)
        for column, key in enumerate(HEADERS):
            grid.addWidget(QLabel("<b>" + say(key) + "</b>", inner), 0, column)
        for n, line in enumerate(self.detail.lines):
            row = 1 + 2 * n
            text = f"{line.line_no}. {(line.description or line.description_en)[:40]}"
            unit = choice_label(line.unit.value)
            cells: list[QWidget] = [QLabel(text, inner),
                                    QLabel(f"{qty_text(line.qty_milli)} {unit}", inner),
                                    QLabel(_so_far(line), inner),
                                    QLabel(qty_text(_balance(line)), inner)]
            self.edits[line.line_no] = {}
            received = line.received_good_milli
            values = (qty_text(line.qty_milli if received is None else received),
                      qty_text(line.received_damaged_milli),
                      qty_text(line.received_missing_milli),
                      qty_text(line.received_surplus_milli or None), line.surplus_reason)
            for name, value in zip(EDITS, values, strict=True):
                edit = QLineEdit(value, inner)
                edit.setObjectName(f"{name}_{line.line_no}")
                self.edits[line.line_no][name] = edit
                cells.append(edit)
            for column, cell in enumerate(cells):
                grid.addWidget(cell, row, column)
            self.problems[line.line_no] = problem_label(inner, f"line_{line.line_no}")
            grid.addWidget(self.problems[line.line_no], row + 1, 0, 1, len(HEADERS))
            self._rows[line.line_no] = [*cells, self.problems[line.line_no]]
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(len(HEADERS) - 1, 2)
        grid.setRowStretch(1 + 2 * len(self.detail.lines), 1)
        return inner

    @Slot()
    def _filter(self) -> None:
        """Only the lines the chosen load carries (all of them for "All loads")."""
        seq = self.load.currentData()
        carried = {s.line_no for ld in self.detail.loads if ld.seq == seq for s in ld.shares}
        for line_no, widgets in self._rows.items():
            shown = not seq or line_no in carried
            for widget in widgets:
                widget.setVisible(shown and (widget is not self.problems[line_no]
                                             or bool(widget.text())))

    def shown_lines(self) -> list[int]:
        return [no for no, edits in self.edits.items() if not edits["good"].isHidden()]

    def values(self) -> tuple[Received, Surplus] | None:
        """What changed on the shown lines; None (and the row says why) when a figure is not a
        number."""
        received: Received = {}
        surplus: Surplus = {}
        stored = {ln.line_no: ln for ln in self.detail.lines}
        ok = True
        for line_no in self.shown_lines():
            edits, line = self.edits[line_no], stored[line_no]
            try:
                good, damaged, missing, extra = (parse_qty(edits[n].text()) for n in EDITS[:4])
            except NumberFormatError as exc:
                show_on(self.problems[line_no], [say("not_a_quantity", value=exc.text)])
                ok = False
                continue
            why = edits["reason"].text()
            if (good, damaged, missing) != (line.received_good_milli, line.received_damaged_milli,
                                            line.received_missing_milli):
                received[line_no] = (good, damaged, missing)
            if (extra, why.strip()) != (line.received_surplus_milli, line.surplus_reason):
                received.setdefault(line_no, (good, damaged, missing))
                surplus[line_no] = (extra, why)
        return (received, surplus) if ok else None

    @Slot()
    def _accept(self) -> None:
        for label in (*self.problems.values(), self.on_problem, self.general):
            show_on(label, [])
        try:
            on = parse_date(self.on.text())
        except ValueError:
            show_on(self.on_problem, [say("date_format")], [self.on])
            return
        values = self.values()
        if values is None:
            return
        if not values[0]:
            self.accept()  # nothing changed
            return
        outcome = self.save(values[0], on, values[1])
        if outcome.ok:
            self.accept()
            return
        place(outcome.error, self.problems, {"received_on": self.on_problem}, self.general)
        self.on.setStyleSheet("" if self.on_problem.isHidden() else MARKED)
        for line_no, edits in self.edits.items():
            refused = not self.problems[line_no].isHidden()
            for edit in edits.values():
                edit.setStyleSheet(MARKED if refused else "")
