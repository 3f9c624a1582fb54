"""A set of File-menu actions added after the window's first paint: placed beside "Back up",
enabled while a database is open, retranslated when the language changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from ui.main.window import MainWindow


class FileMenuExtension(QObject):
    """Subclasses create their actions, call :meth:`attach` once, and define ``retranslate``."""

    def __init__(self, window: MainWindow, name: str) -> None:
        super().__init__(window)
        self.setObjectName(name)
        self.main = window
        self.actions: list[QAction] = []

    def attach(self, actions: list[QAction], *, after_backup: bool) -> None:
        """Place ``actions`` right after (or before) File › Back up, wire language and state."""
        self.actions = actions
        self._place(after_backup)
        self.main.controller.database_opened.connect(self._enable)
        self.main.controller.database_closed.connect(self._enable)
        self.main.installEventFilter(self)
        self.retranslate()
        self._enable()

    def _place(self, after_backup: bool) -> None:
        menu = getattr(getattr(self.main, "actions_", None), "file_menu", None)
        backup = getattr(getattr(self.main, "actions_", None), "backup", None)
        if not isinstance(menu, QMenu):
            self.main.addActions(self.actions)
            return
        items = menu.actions()
        if backup not in items:
            menu.addActions(self.actions)
            return
        at = items.index(backup) + (1 if after_backup else 0)
        if at < len(items):
            menu.insertActions(items[at], self.actions)
        else:
            menu.addActions(self.actions)

    def retranslate(self) -> None:
        raise NotImplementedError

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.main and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    @Slot()
    def _enable(self) -> None:
        for action in self.actions:
            action.setEnabled(self.main.controller.path is not None)
