"""The Timeline tab: status events, overrides and amendments, oldest first (append-only)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from aidtracker.domain import ShipmentDetail, StatusEvent
from ui.models.records import RecordModel, record_view
from ui.texts.i18n import QT_TRANSLATE_NOOP
from ui.texts.labels import choice_label, event_label, status_label


def _at(value: datetime | None) -> str:
    return value.astimezone().strftime("%d.%m.%Y %H:%M") if value else ""


def _reason(event: StatusEvent) -> str:
    return choice_label(event.reason) if event.reason else ""


COLUMNS = (
    (QT_TRANSLATE_NOOP("TimelineTab", "When"), lambda e: _at(e.occurred_at)),
    (QT_TRANSLATE_NOOP("TimelineTab", "Event"), lambda e: event_label(e.event)),
    (QT_TRANSLATE_NOOP("TimelineTab", "From"), lambda e: status_label(e.from_status)),
    (QT_TRANSLATE_NOOP("TimelineTab", "To"), lambda e: status_label(e.to_status)),
    (QT_TRANSLATE_NOOP("TimelineTab", "Who"), lambda e: e.actor),
    (QT_TRANSLATE_NOOP("TimelineTab", "Reason"), _reason),
    (QT_TRANSLATE_NOOP("TimelineTab", "Note"), lambda e: e.note),
    (QT_TRANSLATE_NOOP("TimelineTab", "Recorded"), lambda e: _at(e.recorded_at)),
)


class TimelineTab(QWidget):
    """Read-only history of one shipment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RecordModel("TimelineTab", COLUMNS, self)
        self.view = record_view(self, self.model)
        self.view.setObjectName("timeline")
        char = self.fontMetrics().averageCharWidth()
        for column, width in enumerate((17, 28, 15, 15, 12, 22, 30)):
            self.view.horizontalHeader().resizeSection(column, width * char)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)

    def show_detail(self, detail: ShipmentDetail) -> None:
        self.model.set_rows(detail.events)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.model.retranslate()
        super().changeEvent(event)
