"""File › Restore from a backup…: placed right after "Back up", enabled while a file is open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from aidtracker.catalogue import Lang, say
from aidtracker.catalogue.reliability import RESTORE_WINDOW
from ui.texts.i18n import current_language

if TYPE_CHECKING:
    from ui.main.window import MainWindow


def words(key: str) -> str:
    """The action's texts (the dialog's module loads only when it is opened)."""
    lang: Lang = "uk" if current_language() == "uk" else "en"
    return say(RESTORE_WINDOW[key], lang)


class RestoreAction(QObject):
    """The action; it opens :class:`ui.dialogs.restore_dialog.RestoreDialog`."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("restore_action")
        self.main = window
        self.action = QAction(window)
        self.action.setObjectName("restore")
        self._place()
        self.action.triggered.connect(self.open_dialog)
        window.controller.database_opened.connect(self._enable)
        window.controller.database_closed.connect(self._enable)
        window.installEventFilter(self)
        self.retranslate()
        self._enable()

    def _place(self) -> None:
        actions = getattr(self.main, "actions_", None)
        menu = getattr(actions, "file_menu", None)
        backup = getattr(actions, "backup", None)
        if not isinstance(menu, QMenu):
            self.main.addAction(self.action)
            return
        items = menu.actions()
        after = items.index(backup) + 1 if backup in items else len(items)
        if after < len(items):
            menu.insertAction(items[after], self.action)
        else:
            menu.addAction(self.action)

    def retranslate(self) -> None:

        self.action.setText(words("action"))
        self.action.setStatusTip(words("tip"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.main and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    @Slot()
    def _enable(self) -> None:
        self.action.setEnabled(self.main.controller.path is not None)

    @Slot()
    def open_dialog(self) -> None:
        # lazy: the dialog loads when first opened, so the window starts fast
        from ui.dialogs.restore_dialog import RestoreDialog

        if self.main.controller.path is not None:
            RestoreDialog(self.main).exec()


def install(window: MainWindow) -> RestoreAction:
    """Add the action to ``window`` once."""
    existing = window.findChild(RestoreAction, "restore_action")
    return existing if isinstance(existing, RestoreAction) else RestoreAction(window)
