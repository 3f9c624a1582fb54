"""The loads of a shipment on the General tab: one row per vehicle trip with what it carries,
and the actions Add load…, Edit…, Assign lines… and Print (D2 / CMR / driver letter of the
chosen load). Every action calls the same service as the command line (``services.loads``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from aidtracker.domain import Load, ShipmentDetail
from aidtracker.services.edits import date_text
from aidtracker.services.loads import add_load, assign, update_load
from ui.controller import AppController, Outcome
from ui.dialogs.balance_form import SaidModel, qty_text
from ui.models.records import record_view
from ui.texts.balance_texts import say
from ui.texts.labels import choice_label

PRINTABLE = ("specification", "cmr", "driver-letter")  # one original per load


def _pair(first: str, second: str) -> str:
    return " / ".join(t for t in (first, second) if t)


def _dates(planned: date | None, actual: date | None) -> str:
    """'01.03.2026 → 02.03.2026' (planned → actual), or whichever is known."""
    return " → ".join(t for t in (date_text(planned), date_text(actual)) if t)


COLUMNS = (
    ("@col_load", lambda ld: ld.seq),
    ("@col_mode", lambda ld: choice_label(ld.mode.value)),
    ("@col_carrier", lambda ld: ld.carrier),
    ("@col_plates", lambda ld: _pair(ld.truck_plate, ld.trailer_plate)),
    ("@col_driver", lambda ld: _pair(ld.driver_name, ld.driver_phone)),
    ("@col_cmr", lambda ld: ld.cmr_no),
    ("@col_seals", lambda ld: ld.seals),
    ("@col_loading", lambda ld: _dates(ld.planned_loading, ld.loaded_on)),
    ("@col_crossing", lambda ld: _pair(ld.crossing, _dates(ld.planned_crossing, ld.crossed_on))),
    ("@col_arrival", lambda ld: date_text(ld.arrived_on)),
    ("@col_lines", lambda ld: "; ".join(f"{s.line_no}: {qty_text(s.qty_milli)}"
                                        for s in ld.shares if s.qty_milli) or "—"),
)


class LoadsPanel(QGroupBox):
    """Signals: ``changed()`` after a load was added, changed or given lines."""

    changed = Signal()

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loads")
        self.controller = controller
        self.detail: ShipmentDetail | None = None
        self.ensure_saved: Callable[[], bool] = lambda: True
        self.model = SaidModel("LoadsPanel", COLUMNS, self)
        self.view = record_view(self, self.model)
        self.view.setObjectName("loads_table")
        self.view.setMinimumHeight(self.view.fontMetrics().height() * 12)
        self.add_button, self.edit_button = QPushButton(self), QPushButton(self)
        self.assign_button, self.print_button = QPushButton(self), QPushButton(self)
        self.document = QComboBox(self)
        self.document.setObjectName("load_document")
        buttons = QHBoxLayout()
        for widget in (self.add_button, self.edit_button, self.assign_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.document)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_load)
        self.edit_button.clicked.connect(self.edit_load)
        self.assign_button.clicked.connect(self.assign_lines)
        self.print_button.clicked.connect(self.print_load)
        self.view.doubleClicked.connect(self.edit_load)
        self.retranslate()

    def retranslate(self) -> None:
        # lazy: the documents' names (and their catalogue) load with the first editor only
        from ui.widgets.document_register import document_name

        self.setTitle(say("loads_title"))
        self.add_button.setText(say("add_load"))
        self.edit_button.setText(say("edit_load"))
        self.assign_button.setText(say("assign_lines"))
        self.print_button.setText(say("print_load"))
        current = self.document.currentData()
        self.document.clear()
        for kind in PRINTABLE:
            self.document.addItem(document_name(kind), kind)
        self.document.setCurrentIndex(max(self.document.findData(current), 0))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_detail(self, detail: ShipmentDetail) -> None:
        self.detail = detail
        self.model.set_rows(detail.loads)
        self.view.resizeColumnsToContents()
        if detail.loads and not self.view.selectionModel().hasSelection():
            self.view.selectRow(0)

    @property
    def current(self) -> Load | None:
        """The selected load (the only one when there is one)."""
        index = self.view.currentIndex()
        row = index.row() if index.isValid() else 0
        load = self.model.row_object(row)
        return load if isinstance(load, Load) else None

    def _ready(self) -> ShipmentDetail | None:
        return self.detail if self.detail is not None and self.ensure_saved() else None

    def _run(self, dialog: object) -> None:
        if dialog.exec():  # type: ignore[attr-defined]
            self.changed.emit()

    @Slot()
    def add_load(self) -> None:
        # lazy: the dialog loads when first opened, so the window starts fast
        from ui.dialogs.load_dialogs import LoadDialog

        if (detail := self._ready()) is None:
            return
        number = max((ld.seq for ld in detail.loads), default=0) + 1
        self._run(LoadDialog(None, number, partial(self._save, add_load), self))

    @Slot()
    def edit_load(self) -> None:
        # lazy: the dialog loads when first opened, so the window starts fast
        from ui.dialogs.load_dialogs import LoadDialog

        if (detail := self._ready()) is None or (load := self.current) is None:
            return
        del detail
        self._run(LoadDialog(load, load.seq, lambda fields: self._save(
            update_load, load.seq, fields), self))

    def _save(self, fn: Callable[..., object], *args: object) -> Outcome[object]:
        assert self.detail is not None
        return self.controller.change(self.detail.shipment.reference, fn, *args)

    @Slot()
    def assign_lines(self) -> None:
        # lazy: the dialog loads when first opened, so the window starts fast
        from ui.dialogs.load_dialogs import AssignDialog

        if (detail := self._ready()) is None:
            return
        load = self.current
        self._run(AssignDialog(detail, load.seq if load else 1, lambda seq, line, qty: (
            self._save(assign, seq, line, qty)), self))

    @Slot()
    def print_load(self) -> None:
        """The chosen document of the selected load (of the shipment when there is one load)."""
        # lazy: the print dialog (and ReportLab) load on first print
        from ui.dialogs.print_dialog import print_shipment

        if (detail := self._ready()) is None:
            return
        load = self.current
        selector = f"load:{load.seq}" if load is not None and len(detail.loads) > 1 else None
        print_shipment(self, self.controller, detail.shipment.reference,
                       kind=str(self.document.currentData()), selector=selector)
