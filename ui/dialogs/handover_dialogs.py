"""Dialogs that collect a receipt (good / damaged / missing per line) and a distribution (D8).

They only collect and check what they can; the caller saves through the controller and the
core refuses anything beyond the balance.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from aidtracker.domain import DistributionKind, DistributionLine, Organisation, ShipmentDetail
from aidtracker.money import NumberFormatError, format_number, milli_to_decimal, to_milli
from aidtracker.services.edits import Handover, parse_date
from aidtracker.workflow import balance_milli
from ui.texts.labels import choice_label


def _qty_text(milli: int) -> str:
    return format_number(milli_to_decimal(milli)).replace("\u00a0", " ")


def _parse(text: str) -> int:
    return to_milli(text) if text.strip() else 0


class _LinesDialog(QDialog):
    """A grid: one row per goods line, some quantity fields per row, OK/Cancel."""

    def __init__(self, detail: ShipmentDetail, headers: list[str], parent: QWidget | None):
        super().__init__(parent)
        self.detail = detail
        self.edits: dict[int, list[QLineEdit]] = {}
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        inner = QWidget(self)
        self.grid = QGridLayout(inner)
        for column, text in enumerate(headers):
            self.grid.addWidget(QLabel(text, inner), 0, column)
        for row, line in enumerate(detail.lines, start=1):
            text = (line.description or line.description_en)[:60]
            self.grid.addWidget(QLabel(f"{line.line_no}. {text}", inner), row, 0)
            self.edits[line.line_no] = []
            for column in range(1, len(headers)):
                edit = QLineEdit(inner)
                edit.setObjectName(f"qty_{line.line_no}_{column}")
                self.grid.addWidget(edit, row, column)
                self.edits[line.line_no].append(edit)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(self.fontMetrics().averageCharWidth() * 110,
                    self.fontMetrics().height() * 24)

    def _quantities(self) -> dict[int, list[int]] | None:
        try:
            return {no: [_parse(e.text()) for e in edits] for no, edits in self.edits.items()}
        except NumberFormatError as exc:
            self.error.setText(QCoreApplication.translate(
                "LinesDialog", "“%1” is not a quantity.").replace("%1", exc.text))
            return None

    @Slot()
    def _accept(self) -> None:
        if self._quantities() is not None and self._check():
            self.accept()

    def _check(self) -> bool:
        return True


class ReceiptDialog(_LinesDialog):
    """Received quantities; :attr:`value` maps line No. → (good, damaged, missing) thousandths."""

    def __init__(self, detail: ShipmentDetail, parent: QWidget | None = None) -> None:
        super().__init__(detail, ["", QCoreApplication.translate("ReceiptDialog", "Good"),
                                   QCoreApplication.translate("ReceiptDialog", "Damaged"),
                                   QCoreApplication.translate("ReceiptDialog", "Missing")],
                         parent)
        self.setWindowTitle(self.tr("Record receipt — %1").replace(
            "%1", detail.shipment.reference))
        for line in detail.lines:
            good, damaged, missing = self.edits[line.line_no]
            received = line.received_good_milli
            good.setText(_qty_text(line.qty_milli if received is None else received))
            damaged.setText(_qty_text(line.received_damaged_milli))
            missing.setText(_qty_text(line.received_missing_milli))

    @property
    def value(self) -> dict[int, tuple[int, int, int]]:
        quantities = self._quantities() or {}
        return {no: (q[0], q[1], q[2]) for no, q in quantities.items()}


class DistributionDialog(_LinesDialog):
    """A handover to one acquirer; :attr:`value` is what ``add_distribution`` records."""

    def __init__(self, detail: ShipmentDetail, acquirers: list[Organisation],
                 parent: QWidget | None = None) -> None:
        super().__init__(detail, ["", QCoreApplication.translate(
            "DistributionDialog", "Quantity to hand over")], parent)
        self.setWindowTitle(self.tr("New distribution — %1").replace(
            "%1", detail.shipment.reference))
        self.on = QLineEdit(date.today().strftime("%d.%m.%Y"), self)
        self.kind = QComboBox(self)
        for kind in DistributionKind:
            self.kind.addItem(choice_label(kind.value), kind.value)
        self.acquirer = QComboBox(self)
        self.acquirer.setObjectName("acquirer")
        self.acquirer.addItem(self.tr("A person (type the name below)"), None)
        for org in acquirers:
            self.acquirer.addItem(org.display_name, org.id)
        self.person, self.settlement = QLineEdit(self), QLineEdit(self)
        self.all_button = QPushButton(self.tr("Fill in &all remaining"), self)
        for label, widget in ((self.tr("&Date:"), self.on), (self.tr("&Kind:"), self.kind),
                              (self.tr("&Acquirer:"), self.acquirer),
                              (self.tr("&Person:"), self.person),
                              (self.tr("&Settlement:"), self.settlement)):
            self.form.addRow(label, widget)
        self.form.addRow("", self.all_button)
        self.all_button.clicked.connect(self.fill_remaining)

    @Slot()
    def fill_remaining(self) -> None:
        for line in self.detail.lines:
            balance = balance_milli(line, self.detail.distributions, self.detail.write_offs)
            self.edits[line.line_no][0].setText(_qty_text(balance) if balance > 0 else "")

    def _check(self) -> bool:
        try:
            parse_date(self.on.text())
        except ValueError:
            self.error.setText(self.tr("Enter the date as DD.MM.YYYY."))
            return False
        return True

    @property
    def value(self) -> Handover:
        quantities = self._quantities() or {}
        lines = tuple(DistributionLine(no, q[0]) for no, q in quantities.items() if q[0])
        return Handover(on=parse_date(self.on.text()),
                        kind=DistributionKind(self.kind.currentData()), lines=lines,
                        acquirer_id=self.acquirer.currentData(), person_name=self.person.text(),
                        settlement=self.settlement.text())
