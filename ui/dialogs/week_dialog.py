"""View › This week: deadlines, planned loadings and crossings due in the next seven days,
overdue ones first and in red; a double click (or Enter) opens the shipment."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.texts.i18n import current_language
from ui.texts.labels import choice_label, status_label
from ui.texts.messages import field_label

OVERDUE = QColor("#c62828")


class WeekDialog(QDialog):
    """Shows a :class:`aidtracker.services.week.Week`; ``open_requested(reference)``."""

    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WeekDialog")
        self.note = QLabel(self)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("week")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemActivated.connect(self._activated)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.week: Any = None
        self.retranslate()
        char = self.fontMetrics().averageCharWidth()
        self.resize(char * 110, self.fontMetrics().height() * 30)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("This week"))
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Shipment"),
                                              self.tr("What"), self.tr("Status"),
                                              self.tr("Note")])
        self.show_week(self.week)

    def show_week(self, week: Any) -> None:
        """Fill the table (None: still being computed)."""
        self.week = week
        self.table.setRowCount(0)
        if week is None:
            self.note.setText(self.tr("Checking deadlines and plans…"))
            return
        late = sum(1 for i in week.items if i.overdue)
        self.note.setText(self.tr("%n item(s) due in the next 7 days", "", len(week.items))
                          + (" · " + self.tr("%n overdue", "", late) if late else ""))
        for item in week.items:
            row = self.table.rowCount()
            self.table.insertRow(row)
            what = field_label(item.kind) if item.kind.startswith("planned_") \
                else choice_label(item.kind)
            day = QLocale(current_language()).dayName(item.due.isoweekday(),
                                                       QLocale.FormatType.ShortFormat)
            cells = (f"{day} {item.due:%d.%m.%Y}", item.reference, what,
                     status_label(item.status), item.detail)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.reference)
                if item.overdue:
                    cell.setForeground(OVERDUE)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(
            4, QHeaderView.ResizeMode.Stretch)

    @Slot()
    def refresh(self) -> None:
        """Show the parent window's newest ``week``."""
        self.show_week(getattr(self.parent(), "week", None))

    @Slot(QTableWidgetItem)
    def _activated(self, item: QTableWidgetItem) -> None:
        self.open_requested.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
