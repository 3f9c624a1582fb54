"""The blockers of a step, shown in the step's own dialog: every open checklist item that
stops the event, with its rule code and full text; several can be ticked or marked "not
applicable" at once, and the typed step fields stay as they are."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aidtracker.domain import ChecklistItem, CheckState, Event
from aidtracker.rules import blocks_events
from ui.controller import AppController
from ui.texts.i18n import current_language


def open_blockers(checklist: tuple[ChecklistItem, ...], event: Event) -> list[ChecklistItem]:
    """The open blocking items that guard ``event``."""
    return [i for i in checklist if i.is_open_blocker and event.value in blocks_events(i.rule)]


class BlockersBox(QGroupBox):
    """Lists what still blocks ``event`` of ``reference``; hidden when nothing does."""

    def __init__(self, controller: AppController, reference: str, event: Event,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("blockers")
        self.controller, self.reference, self.step = controller, reference, event
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.tick_button = QPushButton(self.tr("&Tick the checked items"), self)
        self.na_button = QPushButton(self.tr("Not a&pplicable…"), self)
        for button in (self.tick_button, self.na_button):
            button.setAutoDefault(False)
        self.tick_button.clicked.connect(self.tick)
        self.na_button.clicked.connect(self.not_applicable)
        buttons = QHBoxLayout()
        buttons.addWidget(self.tick_button)
        buttons.addWidget(self.na_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        """Read the checklist again and show what still blocks the step."""
        outcome = self.controller.detail(self.reference, notify=False)
        items = open_blockers(outcome.value.checklist, self.step) if outcome.value else []
        self.list.clear()
        uk = current_language() == "uk"
        for item in items:
            text = item.rule.item_uk if uk else item.rule.item_en
            entry = QListWidgetItem(f"{item.rule.id} — {text}", self.list)
            entry.setData(Qt.ItemDataRole.UserRole, item.rule.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked)
        self.setTitle(self.tr("Still to do before this step (%n)", "", len(items)))
        self.setVisible(bool(items))

    def checked(self) -> list[str]:
        return [str(self.list.item(r).data(Qt.ItemDataRole.UserRole))
                for r in range(self.list.count())
                if self.list.item(r).checkState() == Qt.CheckState.Checked]

    @Slot()
    def tick(self) -> None:
        for rule in self.checked():  # one refused (proven by the record) does not stop the rest
            self.controller.set_checklist(self.reference, rule, CheckState.DONE)
        self.refresh()

    @Slot()
    def not_applicable(self) -> None:
        rules = self.checked()
        if not rules:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Not applicable"), self.tr("Why do these items not apply? (kept with "
                                                     "each of them)"), QLineEdit.EchoMode.Normal)
        if not ok or not reason.strip():
            return
        for rule in rules:
            self.controller.set_checklist(self.reference, rule, CheckState.OVERRIDDEN,
                                          note=reason.strip())
        self.refresh()
