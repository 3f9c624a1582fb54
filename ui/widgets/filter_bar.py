"""The filter bar above the shipments table: search, status, partner city, recipient, dates."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aidtracker.domain import Status
from aidtracker.services.pages import ShipmentQuery
from ui.texts.labels import status_label
from ui.widgets.optional_date import NO_DATE, optional_date, optional_date_edit

SEARCH_DELAY_MS = 250


class FilterBar(QWidget):
    """Signals: ``changed()`` when the user changed any filter (search is debounced)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("search")
        self.search.setMinimumWidth(self.fontMetrics().averageCharWidth() * 24)
        self.status = QComboBox(self)
        self.partner = QComboBox(self)
        self.recipient = QComboBox(self)
        self.date_from, self.date_to = optional_date_edit(self), optional_date_edit(self)
        self.clear_button = QPushButton(self)
        for combo in (self.status, self.partner, self.recipient):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(9)
        self._labels = [QLabel(self) for _ in range(5)]
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._layout()
        self._fill_statuses()
        self.retranslate()
        self.search.textChanged.connect(self._timer.start)
        self._timer.timeout.connect(self.changed)
        self.search.returnPressed.connect(self._search_now)
        for combo in (self.status, self.partner, self.recipient):
            combo.activated.connect(self.changed)
        for edit in (self.date_from, self.date_to):
            edit.editingFinished.connect(self.changed)
        self.clear_button.clicked.connect(self.clear)


    def _layout(self) -> None:
        """Search on the first row, the filters on the second (fits at 150 % scaling)."""
        top, bottom = QHBoxLayout(), QHBoxLayout()
        widgets = (self.status, self.partner, self.recipient, self.date_from, self.date_to)
        top.addWidget(self.search, 1)
        top.addWidget(self.clear_button)
        for label, widget in zip(self._labels, widgets, strict=True):
            label.setBuddy(widget)
            bottom.addWidget(label)
            bottom.addWidget(widget, 0 if isinstance(widget, QDateEdit) else 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addLayout(bottom)

    def _fill_statuses(self) -> None:
        self.status.clear()
        self.status.addItem("", None)
        for status in Status:
            self.status.addItem(status_label(status), status.value)

    def set_choices(self, partners: list[str], recipients: list[str]) -> None:
        """Fill the partner and recipient lists, keeping the current choices."""
        for combo, items in ((self.partner, partners), (self.recipient, recipients)):
            current = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("All"), "")
            for item in items:
                combo.addItem(item, item)
            combo.setCurrentIndex(max(combo.findData(current), 0))

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr(
            "Find: reference, goods, VIN, serial No., AHARS code (Ctrl+F)"))
        texts = (self.tr("S&tatus"), self.tr("&Partner"), self.tr("&Recipient"),
                 self.tr("Fro&m"), self.tr("T&o"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.status.setItemText(0, self.tr("All"))
        for i, status in enumerate(Status, start=1):
            self.status.setItemText(i, status_label(status))
        for combo in (self.partner, self.recipient):
            if combo.count():
                combo.setItemText(0, self.tr("All"))
        for edit in (self.date_from, self.date_to):
            edit.setSpecialValueText(self.tr("any"))
        self.clear_button.setText(self.tr("C&lear filters"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def apply_to(self, query: ShipmentQuery) -> ShipmentQuery:
        """``query`` with this bar's filters (its sort order is kept)."""
        status = self.status.currentData()
        return ShipmentQuery(
            status=Status(status) if status else None,
            partner=self.partner.currentData() or "", recipient=self.recipient.currentData() or "",
            date_from=optional_date(self.date_from), date_to=optional_date(self.date_to),
            search=self.search.text().strip(), sort=query.sort, descending=query.descending)

    @Slot()
    def clear(self) -> None:
        for combo in (self.status, self.partner, self.recipient):
            combo.setCurrentIndex(0)
        for edit in (self.date_from, self.date_to):
            edit.setDate(NO_DATE)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.changed.emit()

    @Slot()
    def _search_now(self) -> None:
        self._timer.stop()
        self.changed.emit()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

