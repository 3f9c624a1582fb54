"""The Distribution tab: received quantities and the remaining balance per line, the handovers
made (D8), and the actions that record them: receipt, a new distribution, a write-off (D9), the
reversal of an act (reversed acts stay listed, struck through)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from aidtracker.domain import (
    Distribution,
    LineItem,
    Organisation,
    OrgRole,
    ShipmentDetail,
    Status,
    WriteOff,
)
from aidtracker.money import format_number, milli_to_decimal
from aidtracker.services.directory import list_organisations
from aidtracker.services.progress import add_distribution, record_receipt
from aidtracker.services.reversal import REVERSIBLE, reverse_act
from aidtracker.services.stock import WRITE_OFF_STATUSES, add_write_off
from aidtracker.workflow import balance_milli
from ui.controller import AppController, Outcome
from ui.dialogs.balance_form import ActModel, SaidModel
from ui.models.records import record_view
from ui.texts.balance_texts import say
from ui.texts.i18n import QT_TRANSLATE_NOOP
from ui.texts.labels import choice_label

RECEIPT_STATES = (Status.AT_BORDER, Status.HELD_AT_CUSTOMS, Status.CLEARED)
DISTRIBUTION_STATES = (Status.DELIVERED, Status.DISTRIBUTING)
T = TypeVar("T")


def qty(milli: int | None) -> str:
    return "" if milli is None else format_number(milli_to_decimal(milli))


class _Balance:
    """One line with what was received and handed over."""

    def __init__(self, line: LineItem, detail: ShipmentDetail) -> None:
        self.line = line
        self.distributed = detail.distributed_milli(line.line_no)
        self.balance = balance_milli(line, detail.distributions, detail.write_offs)
        self.written_off = sum(wl.qty_milli for w in detail.write_offs for wl in w.lines
                               if wl.line_no == line.line_no)


LINE_COLUMNS = (
    (QT_TRANSLATE_NOOP("DistributionTab", "No."), lambda b: b.line.line_no),
    (QT_TRANSLATE_NOOP("DistributionTab", "Description"),
     lambda b: b.line.description or b.line.description_en),
    (QT_TRANSLATE_NOOP("DistributionTab", "Unit"), lambda b: choice_label(b.line.unit)),
    (QT_TRANSLATE_NOOP("DistributionTab", "Sent"), lambda b: qty(b.line.qty_milli)),
    (QT_TRANSLATE_NOOP("DistributionTab", "Received"), lambda b: qty(b.line.received_good_milli)),
    (QT_TRANSLATE_NOOP("DistributionTab", "Damaged"),
     lambda b: qty(b.line.received_damaged_milli or None)),
    (QT_TRANSLATE_NOOP("DistributionTab", "Missing"),
     lambda b: qty(b.line.received_missing_milli or None)),
    (QT_TRANSLATE_NOOP("DistributionTab", "Handed over"), lambda b: qty(b.distributed)),
    ("@col_written_off", lambda b: qty(b.written_off or None)),
    (QT_TRANSLATE_NOOP("DistributionTab", "Balance"), lambda b: qty(b.balance)),
)


def _lines_text(d: Distribution) -> str:
    return ", ".join(f"{dl.line_no}: {qty(dl.qty_milli)}" for dl in d.lines)


DIST_COLUMNS = (
    (QT_TRANSLATE_NOOP("DistributionTab", "Act No."), lambda d: d.act_no),
    (QT_TRANSLATE_NOOP("DistributionTab", "Date"), lambda d: d.on.strftime("%d.%m.%Y")),
    (QT_TRANSLATE_NOOP("DistributionTab", "Kind"), lambda d: choice_label(d.kind)),
    (QT_TRANSLATE_NOOP("DistributionTab", "To"), lambda d: d.to_whom or d.settlement),
    (QT_TRANSLATE_NOOP("DistributionTab", "Lines (No.: quantity)"), _lines_text),
)


WRITE_OFF_COLUMNS = (
    ("@wo_col_act", lambda w: w.act_no),
    ("@wo_date", lambda w: w.on.strftime("%d.%m.%Y")),
    ("@wo_reason", lambda w: say(f"wr_{w.reason.value}")),
    ("@wo_col_lines", lambda w: ", ".join(f"{wl.line_no}: {qty(wl.qty_milli)}"
                                          for wl in w.lines)),
    ("@wo_commission", lambda w: w.commission),
    ("@wo_note", lambda w: w.note),
)


class DistributionTab(QWidget):
    """Signals: ``changed()`` after a receipt or a distribution was saved."""

    changed = Signal()

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.detail: ShipmentDetail | None = None
        self.ensure_saved: Callable[[], bool] = lambda: True
        self.lines = SaidModel("DistributionTab", LINE_COLUMNS, self)
        self.handovers = ActModel("DistributionTab", DIST_COLUMNS, self)
        self.write_offs = ActModel("DistributionTab", WRITE_OFF_COLUMNS, self)
        self.write_offs_view = record_view(self, self.write_offs)
        self.write_offs_view.setObjectName("write_offs")
        self.write_offs_box = QGroupBox(self)
        QVBoxLayout(self.write_offs_box).addWidget(self.write_offs_view)
        self.lines_view = record_view(self, self.lines)
        self.lines_view.setObjectName("balances")
        self.handovers_view = record_view(self, self.handovers)
        self.receipt_button, self.add_button = QPushButton(self), QPushButton(self)
        self.write_off_button = QPushButton(self)
        self.write_off_button.setObjectName("write_off")
        self.lines_box, self.handovers_box = QGroupBox(self), QGroupBox(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.receipt_button)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.write_off_button)
        self._reverse_setup(buttons)
        buttons.addStretch(1)
        QVBoxLayout(self.lines_box).addWidget(self.lines_view)
        QVBoxLayout(self.handovers_box).addWidget(self.handovers_view)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lines_box, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.handovers_box, 1)
        layout.addWidget(self.write_offs_box, 1)
        self.retranslate()
        self.receipt_button.clicked.connect(self.record_receipt)
        self.add_button.clicked.connect(self.add_distribution)
        self.write_off_button.clicked.connect(self.write_off)

    def retranslate(self) -> None:
        self.lines_box.setTitle(self.tr("Lines: received and remaining balance"))
        self.handovers_box.setTitle(self.tr("Handovers to acquirers"))
        self.receipt_button.setText(self.tr("Record rec&eipt…"))
        self.add_button.setText(self.tr("Add &handover (D8)…"))
        self.write_off_button.setText(say("write_off_button"))
        self.lines.retranslate()
        self.handovers.retranslate()
        self.write_offs_box.setTitle(say("write_offs_title"))
        self.write_offs.retranslate()
        self.reverse_action.setText(say("reverse_button"))
        self.reverse_action.setToolTip(say("reverse_tooltip"))
        self.reverse_button.setText(say("reverse_button"))
        self.reverse_button.setToolTip(say("reverse_tooltip"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_detail(self, detail: ShipmentDetail) -> None:
        self.detail = detail
        self.lines.set_rows([_Balance(line, detail) for line in detail.lines])
        self.handovers.set_rows(sorted(detail.distributions + detail.reversed_distributions,
                                       key=lambda d: d.id or 0))
        write_offs = sorted(detail.write_offs + detail.reversed_write_offs,
                            key=lambda w: w.id or 0)
        self.write_offs.set_rows(write_offs)
        self.write_offs_box.setVisible(bool(write_offs))
        for view in (self.lines_view, self.handovers_view, self.write_offs_view):
            view.resizeColumnsToContents()
        status = detail.shipment.status
        self.receipt_button.setEnabled(status in RECEIPT_STATES)
        self.add_button.setEnabled(status in DISTRIBUTION_STATES)
        self.write_off_button.setEnabled(status in WRITE_OFF_STATUSES)
        self._update_reverse()

    def _change(self, fn: Callable[..., T], *args: object, **kwargs: object) -> Outcome[T]:
        assert self.detail is not None
        return self.controller.change(self.detail.shipment.reference, fn, *args, **kwargs)

    @Slot()
    def record_receipt(self) -> None:
        # lazy: the dialog loads when first opened, so the window starts fast
        from ui.dialogs.receipt_dialog import ReceiptDialog

        if self.detail is None or not self.ensure_saved():
            return
        dialog = ReceiptDialog(self.detail, lambda received, on, surplus: self._change(
            record_receipt, received, on=on, surplus=surplus), self)
        if dialog.exec():
            self.changed.emit()

    @Slot()
    def add_distribution(self) -> None:
        # lazy: the dialog loads when first opened, so the window starts fast
        from ui.dialogs.handover_dialogs import DistributionDialog

        if self.detail is None or not self.ensure_saved():
            return
        acquirers = self.controller.read(_acquirers) or []
        dialog = DistributionDialog(self.detail, acquirers, lambda h: self._change(
            add_distribution, on=h.on, kind=h.kind, lines=h.lines, acquirer_id=h.acquirer_id,
            person_name=h.person_name, settlement=h.settlement), self._new_acquirer, self)
        if dialog.exec():
            self.changed.emit()

    def _new_acquirer(self) -> Organisation | None:
        """"Add new…" of the acquirer list: the directory form, saved; the new organisation."""
        # lazy: the directory forms load when first opened
        from ui.editor.add_party import add_acquirer

        settlement = self.detail.recipient.settlement if self.detail is not None else ""
        new_id = add_acquirer(self.controller, settlement, self)
        found = self.controller.read(_organisation, new_id) if new_id is not None else None
        return found

    @Slot()
    def write_off(self) -> None:
        """A write-off act (D9); once issued by the core its numbered original is printed."""
        # lazy: the dialog and the print dialog load when first opened
        from ui.dialogs.print_dialog import print_shipment
        from ui.dialogs.write_off_dialog import WriteOffDialog

        if self.detail is None or not self.ensure_saved():
            return
        reference = self.detail.shipment.reference
        dialog = WriteOffDialog(self.detail, lambda **kw: self._change(add_write_off, **kw), self)
        if not dialog.exec():
            return
        self.changed.emit()
        print_shipment(self, self.controller, reference, kind="writeoff",
                       selector=dialog.act_no, issue=True)

    def _reverse_setup(self, buttons: QHBoxLayout) -> None:
        """"Reverse act…": a button beside the others and the acts' context menu."""
        self.reverse_action = QAction(self)
        self.reverse_action.setObjectName("reverse_act")
        self.reverse_action.triggered.connect(self.reverse_selected)
        self.reverse_button = QPushButton(self)
        self.reverse_button.setObjectName("reverse_act")
        self.reverse_button.clicked.connect(self.reverse_action.trigger)
        buttons.addWidget(self.reverse_button)
        for view, other in ((self.handovers_view, self.write_offs_view),
                            (self.write_offs_view, self.handovers_view)):
            view.addAction(self.reverse_action)
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            view.selectionModel().selectionChanged.connect(
                lambda *_, v=view, o=other: self._picked(v, o))

    def _picked(self, view: QTableView, other: QTableView) -> None:
        """One act is chosen at a time: choosing in one table clears the other."""
        if view.selectionModel().hasSelection():
            other.clearSelection()
        self._update_reverse()

    def selected_act(self) -> Distribution | WriteOff | None:
        """The act chosen in the handovers or the write-offs table."""
        for view, model in ((self.handovers_view, self.handovers),
                            (self.write_offs_view, self.write_offs)):
            rows = view.selectionModel().selectedRows()
            if rows:
                act: Distribution | WriteOff | None = model.row_object(rows[0].row())
                return act
        return None

    def _update_reverse(self) -> None:
        act = self.selected_act()
        can = (act is not None and act.reversed_at is None and self.detail is not None
               and self.detail.shipment.status in REVERSIBLE)
        self.reverse_action.setEnabled(can)
        self.reverse_button.setEnabled(can)

    @Slot()
    def reverse_selected(self) -> None:
        """Ask why and reverse the chosen act (D8 or D9); its goods come back on hand."""
        # lazy: the dialog loads when first opened, so the window starts fast
        from ui.dialogs.reverse_act_dialog import ReverseActDialog

        act = self.selected_act()
        if self.detail is None or act is None or not self.ensure_saved():
            return
        act_no = act.act_no
        dialog = ReverseActDialog(act, lambda reason: self._change(
            reverse_act, act_no, reason=reason), self)
        if dialog.exec():
            self.changed.emit()


def _acquirers(db: Database) -> list[Organisation]:
    return list_organisations(db, OrgRole.ACQUIRER)


def _organisation(db: Database, org_id: int) -> Organisation | None:
    return next((o for o in list_organisations(db) if o.id == org_id), None)
