"""The Paperwork tab: the generated checklist (tick, override with a reason, reopen) and the
attachments (add a scan, photo or signed act; open it)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QEvent, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aidtracker.domain import Attachment, ChecklistItem, CheckState, ShipmentDetail
from aidtracker.money import format_number
from aidtracker.services.attachments import KINDS
from ui.controller import AppController
from ui.models.records import RecordModel, record_view
from ui.texts.i18n import QT_TRANSLATE_NOOP, current_language
from ui.texts.labels import choice_label, event_label


def _when(value: datetime | None) -> str:
    return value.astimezone().strftime("%d.%m.%Y %H:%M") if value else ""


def _item_text(item: ChecklistItem) -> str:
    return item.rule.item_uk if current_language() == "uk" else item.rule.item_en


CHECKLIST_COLUMNS = (
    (QT_TRANSLATE_NOOP("PaperworkTab", "Rule"), lambda i: i.rule.id),
    (QT_TRANSLATE_NOOP("PaperworkTab", "Item"), _item_text),
    (QT_TRANSLATE_NOOP("PaperworkTab", "Owner"),
     lambda i: ", ".join(choice_label(o) for o in i.rule.owner.split(","))),
    (QT_TRANSLATE_NOOP("PaperworkTab", "When"), lambda i: choice_label(i.rule.when)),
    (QT_TRANSLATE_NOOP("PaperworkTab", "Severity"), lambda i: choice_label(i.rule.severity)),
    (QT_TRANSLATE_NOOP("PaperworkTab", "Blocks"),
     lambda i: ", ".join(event_label(e) for e in i.rule.blocks_event.split(",") if e)),
    (QT_TRANSLATE_NOOP("PaperworkTab", "State"), lambda i: choice_label(i.state)),
    (QT_TRANSLATE_NOOP("PaperworkTab", "By"), lambda i: i.by),
    (QT_TRANSLATE_NOOP("PaperworkTab", "At"), lambda i: _when(i.at)),
    (QT_TRANSLATE_NOOP("PaperworkTab", "Note"), lambda i: i.note),
)
ATTACHMENT_COLUMNS = (
    (QT_TRANSLATE_NOOP("PaperworkTab", "Kind"), lambda a: choice_label(a.kind)),
    (QT_TRANSLATE_NOOP("PaperworkTab", "File"), lambda a: a.original_name),
    (QT_TRANSLATE_NOOP("PaperworkTab", "Size, KB"),
     lambda a: format_number(Decimal(a.size) / 1024, 1)),
    (QT_TRANSLATE_NOOP("PaperworkTab", "Added by"), lambda a: a.added_by),
    (QT_TRANSLATE_NOOP("PaperworkTab", "Added"), lambda a: _when(a.added_at)),
)


class PaperworkTab(QWidget):
    """Signals: ``changed()`` after a tick, override or attachment was saved."""

    changed = Signal()

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.reference = ""
        self.checklist = RecordModel("PaperworkTab", CHECKLIST_COLUMNS, self)
        self.attachments = RecordModel("PaperworkTab", ATTACHMENT_COLUMNS, self)
        self.checklist_view = record_view(self, self.checklist)
        self.checklist_view.setObjectName("checklist")
        self.attachments_view = record_view(self, self.attachments)
        self.attachments_view.setObjectName("attachments")
        self.tick_button, self.override_button, self.reopen_button = (
            QPushButton(self) for _ in range(3))
        self.add_button, self.open_button = QPushButton(self), QPushButton(self)
        self.checklist_box, self.attachments_box = QGroupBox(self), QGroupBox(self)
        self._build()
        self.retranslate()
        self.tick_button.clicked.connect(lambda: self._set(CheckState.DONE))
        self.override_button.clicked.connect(lambda: self._set(CheckState.OVERRIDDEN))
        self.reopen_button.clicked.connect(lambda: self._set(CheckState.OPEN))
        self.add_button.clicked.connect(self.add_attachment)
        self.open_button.clicked.connect(self.open_attachment)
        self.attachments_view.activated.connect(self.open_attachment)

    def _build(self) -> None:
        for box, view, buttons in (
            (self.checklist_box, self.checklist_view,
             (self.tick_button, self.override_button, self.reopen_button)),
            (self.attachments_box, self.attachments_view, (self.add_button, self.open_button)),
        ):
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            column = QVBoxLayout(box)
            column.addWidget(view)
            column.addLayout(row)
        char = self.fontMetrics().averageCharWidth()
        for section, width in enumerate((12, 60, 12, 14, 10, 18, 10, 10, 15)):  # "CL-M05" whole
            self.checklist_view.horizontalHeader().resizeSection(section, width * char)
        layout = QVBoxLayout(self)
        layout.addWidget(self.checklist_box, 3)
        layout.addWidget(self.attachments_box, 1)

    def retranslate(self) -> None:
        self.checklist_box.setTitle(self.tr("Checklist"))
        self.attachments_box.setTitle(self.tr("Attachments"))
        self.tick_button.setText(self.tr("Tic&k as done"))
        self.override_button.setText(self.tr("O&verride…"))
        self.reopen_button.setText(self.tr("R&eopen"))
        self.add_button.setText(self.tr("Add &file…"))
        self.open_button.setText(self.tr("Open fi&le"))
        self.checklist.retranslate()
        self.attachments.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_detail(self, detail: ShipmentDetail) -> None:
        self.reference = detail.shipment.reference
        self.checklist.set_rows(detail.checklist)
        self.attachments.set_rows(detail.attachments)

    def select_rule(self, rule_id: str) -> bool:
        for row, item in enumerate(self.checklist.rows()):
            if item.rule.id == rule_id:
                self.checklist_view.selectRow(row)
                return True
        return False

    def _current_item(self) -> ChecklistItem | None:
        index = self.checklist_view.currentIndex()
        return self.checklist.row_object(index.row()) if index.isValid() else None

    def _set(self, state: CheckState) -> None:
        item = self._current_item()
        if item is None or not self.reference:
            return
        note = ""
        if state is CheckState.OVERRIDDEN:
            note, ok = QInputDialog.getText(
                self, self.tr("Override %1").replace("%1", item.rule.id),
                self.tr("Why can this item be passed over? (kept in the event log)"),
                QLineEdit.EchoMode.Normal, "")
            if not ok or not note.strip():
                return
        if self.controller.set_checklist(self.reference, item.rule.id, state, note).ok:
            self.changed.emit()

    @Slot()
    def add_attachment(self) -> None:
        if not self.reference:
            return
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
        if not name:
            return
        labels = [choice_label(k) for k in KINDS]
        label, ok = QInputDialog.getItem(self, self.tr("Attach a file"),
                                         self.tr("What is this document?"), labels, 0, False)
        if not ok:
            return
        kind = KINDS[labels.index(label)] if label in labels else "other"
        if self.controller.add_attachment(self.reference, Path(name), kind).ok:
            self.changed.emit()

    @Slot()
    def open_attachment(self) -> None:
        index = self.attachments_view.currentIndex()
        attachment: Attachment | None = (self.attachments.row_object(index.row())
                                         if index.isValid() else None)
        if attachment is None:
            return
        outcome = self.controller.attachment_path(attachment)
        if outcome.ok and outcome.value is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(outcome.value)))
