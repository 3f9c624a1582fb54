"""The "Needs attention" side panel: deadlines, blocking paperwork, customs holds, counts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from aidtracker.domain import Status
from ui.texts.i18n import current_language
from ui.texts.labels import choice_label, event_label, status_label

if TYPE_CHECKING:
    from aidtracker.services.listing import Attention, AttentionItem

REFERENCE_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_ITEMS = 200


class AttentionPanel(QWidget):
    """Signals: ``open_requested(str)`` with a shipment reference (Enter or double-click)."""

    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setObjectName("attention")

        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        layout.addWidget(self.note)
        self._attention: Attention | None = None
        self.tree.itemActivated.connect(self._activated)
        self.show_attention(None)

    def show_attention(self, attention: Attention | None) -> None:
        """Rebuild the tree (None: nothing loaded yet)."""
        self._attention = attention
        self.tree.clear()
        if attention is None:
            self.note.setText(self.tr("Checking deadlines and paperwork…"))
            return
        self._group(self.tr("Deadlines overdue or at risk (%n)", "", len(attention.deadlines)),
                    [(self._deadline_text(i), i) for i in attention.deadlines])
        self._blockers(attention.blockers)
        self._group(self.tr("Held at customs (%n)", "", len(attention.held)),
                    [(self._held_text(i), i) for i in attention.held])
        self._counts(attention.counts)
        partial = self.tr("Only the %n most recently changed active shipments were checked.",
                          "", attention.checked)
        self.note.setText(partial if attention.partial else "")

    def _group(self, title: str, rows: list[tuple[str, AttentionItem]],
               parent: QTreeWidgetItem | None = None) -> QTreeWidgetItem:
        top = QTreeWidgetItem([title]) if parent is None else QTreeWidgetItem(parent, [title])
        if parent is None:
            self.tree.addTopLevelItem(top)
        for text, item in rows[:MAX_ITEMS]:
            child = QTreeWidgetItem(top, [text])
            child.setData(0, REFERENCE_ROLE, item.reference)
            child.setToolTip(0, text if item.due is None
                             else f"{text}\n{item.due.strftime('%d.%m.%Y')}")
        top.setExpanded(bool(rows))
        return top

    def _blockers(self, items: list[AttentionItem]) -> None:
        """One node per shipment, its open blocking items under it."""
        by_ref: dict[str, list[AttentionItem]] = {}
        for item in items:
            by_ref.setdefault(item.reference, []).append(item)
        top = QTreeWidgetItem([self.tr("Blocking paperwork (%n)", "", len(items))])
        self.tree.addTopLevelItem(top)
        for reference, own in list(by_ref.items())[:MAX_ITEMS]:
            node = self._group(f"{reference} · {status_label(own[0].status)}",
                               [(self._blocker_text(i), i) for i in own], top)
            node.setData(0, REFERENCE_ROLE, reference)
            node.setExpanded(False)
        top.setExpanded(bool(items))

    def _counts(self, counts: dict[Status, int]) -> None:
        top = QTreeWidgetItem(self.tree, [self.tr("Shipments per status")])
        for status in Status:
            if counts.get(status):
                QTreeWidgetItem(top, [f"{status_label(status)}: {counts[status]}"])
        top.setExpanded(True)

    def _deadline_text(self, item: AttentionItem) -> str:
        days = item.days_left or 0
        left = (self.tr("%n day(s) overdue", "", -days) if days < 0
                else self.tr("%n day(s) left", "", days))
        return f"{item.reference} · {choice_label(item.code)} · {left}"

    def _blocker_text(self, item: AttentionItem) -> str:
        text = item.text_uk if current_language() == "uk" else item.text_en
        events = ", ".join(event_label(e) for e in item.state.split(",") if e)
        return f"{item.code}: {text} → {events}"

    def _held_text(self, item: AttentionItem) -> str:
        reason = item.detail or self.tr("no reason recorded")
        return f"{item.reference} · {reason}"

    @Slot(QTreeWidgetItem, int)
    def _activated(self, item: QTreeWidgetItem, column: int) -> None:
        reference = item.data(0, REFERENCE_ROLE)
        if reference:
            self.open_requested.emit(str(reference))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.show_attention(self._attention)
        super().changeEvent(event)
