"""A distribution (D8): on hand per line, the quantity handed over and, on serialised lines,
the serials/VINs handed over (ticked); the acquirer list can add a new acquirer.

The dialog stays open until the core accepts (``add_distribution`` refuses more than on hand,
serials not on the line, a date before the receipt): the refusal shows under its line or
field and everything typed stays.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from aidtracker.domain import (
    DistributionKind,
    DistributionLine,
    LineItem,
    Organisation,
    ShipmentDetail,
)
from aidtracker.money import NumberFormatError
from aidtracker.services.edits import Handover, parse_date
from aidtracker.workflow import balance_milli
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

ADD_NEW = "__add_new__"
SaveHandover = Callable[[Handover], Outcome[object]]
AddAcquirer = Callable[[], Organisation | None]


def left_serials(line: LineItem, detail: ShipmentDetail) -> list[str]:
    """The serials/VINs of a line not handed over yet."""
    handed = {s.upper() for d in detail.distributions for dl in d.lines for s in dl.serials}
    return [a.identifier for a in line.assets if a.identifier.upper() not in handed]


class DistributionDialog(QDialog):
    """A handover to one acquirer; :attr:`value` is what ``add_distribution`` records."""

    def __init__(self, detail: ShipmentDetail, acquirers: list[Organisation],
                 save: SaveHandover, add_acquirer: AddAcquirer | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DistributionDialog")
        self.detail, self.save, self.add_acquirer = detail, save, add_acquirer
        self.setWindowTitle(say("handover_title", reference=detail.shipment.reference))
        self.on = QLineEdit(date.today().strftime("%d.%m.%Y"), self)
        self.kind = QComboBox(self)
        for kind in DistributionKind:
            self.kind.addItem(choice_label(kind.value), kind.value)
        self.acquirer = QComboBox(self)
        self.acquirer.setObjectName("acquirer")
        self.acquirer.addItem(say("a_person"), None)
        for org in acquirers:
            self.acquirer.addItem(org.display_name, org.id)
        self.acquirer.addItem(say("add_new"), ADD_NEW)
        self._chosen = 0
        self.person, self.settlement = QLineEdit(self), QLineEdit(self)
        self.all_button = QPushButton(say("fill_all"), self)
        self.edits: dict[int, list[QLineEdit]] = {}
        self.serials: dict[int, QListWidget] = {}
        self.problems: dict[int, QLabel] = {}
        self.fields = {name: problem_label(self, name) for name in ("date", "acquirer")}
        self.general = problem_label(self, "general")
        form = QFormLayout()
        for key, widget in (("h_date", self.on), ("h_kind", self.kind),
                            ("h_acquirer", self.acquirer), ("h_person", self.person),
                            ("h_settlement", self.settlement)):
            form.addRow(say(key) + ":", widget)
            if key == "h_date":
                form.addRow("", self.fields["date"])
            if key == "h_acquirer":
                form.addRow("", self.fields["acquirer"])
        form.addRow("", self.all_button)
        self.ok_button = lines_dialog(self, form, self._grid(), self.general, self._accept)
        self.all_button.clicked.connect(self.fill_remaining)
        self.acquirer.activated.connect(self._acquirer_chosen)
        self.resize(self.fontMetrics().averageCharWidth() * 140,
                    self.fontMetrics().height() * 40)

    def _grid(self) -> QWidget:
        inner = QWidget(self)
        grid = QGridLayout(inner)
        for column, key in enumerate(("rc_line", "on_hand", "to_hand_over", "serials_handed")):
            grid.addWidget(QLabel("<b>" + say(key) + "</b>", inner), 0, column)
        for n, line in enumerate(self.detail.lines):
            row = 1 + 2 * n
            on_hand = balance_milli(line, self.detail.distributions, self.detail.write_offs)
            text = f"{line.line_no}. {(line.description or line.description_en)[:40]}"
            grid.addWidget(QLabel(text, inner), row, 0)
            grid.addWidget(QLabel(f"{qty_text(on_hand)} {choice_label(line.unit.value)}",
                                  inner), row, 1)
            edit = QLineEdit(inner)
            edit.setObjectName(f"qty_{line.line_no}")
            self.edits[line.line_no] = [edit]
            grid.addWidget(edit, row, 2, Qt.AlignmentFlag.AlignTop)
            if left := left_serials(line, self.detail):
                grid.addWidget(self._serial_list(line.line_no, left, inner), row, 3)
            self.problems[line.line_no] = problem_label(inner, f"line_{line.line_no}")
            grid.addWidget(self.problems[line.line_no], row + 1, 0, 1, 4)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(3, 2)
        grid.setRowStretch(1 + 2 * len(self.detail.lines), 1)
        return inner

    def _serial_list(self, line_no: int, serials: list[str], parent: QWidget) -> QListWidget:
        """Tick the units handed over; the quantity follows the ticks."""
        box = QListWidget(parent)
        box.setObjectName(f"serials_{line_no}")
        for serial in serials:
            item = QListWidgetItem(serial, box)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        box.setMaximumHeight(box.fontMetrics().height() * 6)
        box.itemChanged.connect(lambda _item, n=line_no: self._ticked(n))
        self.serials[line_no] = box
        return box

    def ticked(self, line_no: int) -> list[str]:
        box = self.serials.get(line_no)
        if box is None:
            return []
        return [box.item(i).text() for i in range(box.count())
                if box.item(i).checkState() == Qt.CheckState.Checked]

    def tick(self, line_no: int, serials: list[str]) -> None:
        box = self.serials[line_no]
        for i in range(box.count()):
            item = box.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text() in serials
                               else Qt.CheckState.Unchecked)

    def _ticked(self, line_no: int) -> None:
        count = len(self.ticked(line_no))
        self.edits[line_no][0].setText(qty_text(count * 1000) if count else "")

    @Slot(int)
    def _acquirer_chosen(self, index: int) -> None:
        """"Add new…" opens the organisation form; the new acquirer is then chosen."""
        if self.acquirer.itemData(index) != ADD_NEW:
            self._chosen = index
            return
        org = self.add_acquirer() if self.add_acquirer is not None else None
        if org is None:
            self.acquirer.setCurrentIndex(self._chosen)
            return
        self.acquirer.insertItem(index, org.display_name, org.id)
        self.acquirer.setCurrentIndex(index)
        self._chosen = index

    @Slot()
    def fill_remaining(self) -> None:
        """Every line's whole balance, every serial still held ticked."""
        for line in self.detail.lines:
            if line.line_no in self.serials:
                self.tick(line.line_no, left_serials(line, self.detail))
                continue
            balance = balance_milli(line, self.detail.distributions, self.detail.write_offs)
            self.edits[line.line_no][0].setText(qty_text(balance) if balance > 0 else "")

    @property
    def value(self) -> Handover:
        """The handover as typed (quantities must parse: see :meth:`_accept`)."""
        lines = []
        for line_no, (edit,) in self.edits.items():
            if qty := parse_qty(edit.text()):
                lines.append(DistributionLine(line_no, qty, tuple(self.ticked(line_no))))
        acquirer = self.acquirer.currentData()
        return Handover(on=parse_date(self.on.text()),
                        kind=DistributionKind(self.kind.currentData()), lines=tuple(lines),
                        acquirer_id=acquirer if isinstance(acquirer, int) else None,
                        person_name=self.person.text(), settlement=self.settlement.text())

    def _parsed(self) -> bool:
        ok = True
        try:
            parse_date(self.on.text())
        except ValueError:
            show_on(self.fields["date"], [say("date_format")], [self.on])
            ok = False
        for line_no, (edit,) in self.edits.items():
            try:
                parse_qty(edit.text())
            except NumberFormatError as exc:
                show_on(self.problems[line_no], [say("not_a_quantity", value=exc.text)], [edit])
                ok = False
        return ok

    @Slot()
    def _accept(self) -> None:
        for label in (*self.problems.values(), *self.fields.values(), self.general):
            show_on(label, [])
        if not self._parsed():
            return
        outcome = self.save(self.value)
        if outcome.ok:
            self.accept()
            return
        place(outcome.error, self.problems, self.fields, self.general)
        for line_no, (edit,) in self.edits.items():
            edit.setStyleSheet("" if self.problems[line_no].isHidden() else MARKED)
