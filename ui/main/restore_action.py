"""File › Restore from a backup…: placed right after "Back up", enabled while a file is open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtGui import QAction

from aidtracker.catalogue import Lang, say
from aidtracker.catalogue.reliability import RESTORE_WINDOW
from ui.main.file_menu_extension import FileMenuExtension
from ui.texts.i18n import current_language

if TYPE_CHECKING:
    from ui.main.window import MainWindow


def words(key: str) -> str:
    """The action's texts (the dialog's module loads only when it is opened)."""
    lang: Lang = "uk" if current_language() == "uk" else "en"
    return say(RESTORE_WINDOW[key], lang)


class RestoreAction(FileMenuExtension):
    """The action; it opens :class:`ui.dialogs.restore_dialog.RestoreDialog`."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, "restore_action")
        self.action = QAction(window)
        self.action.setObjectName("restore")
        self.action.triggered.connect(self.open_dialog)
        self.attach([self.action], after_backup=True)

    def retranslate(self) -> None:
        self.action.setText(words("action"))
        self.action.setStatusTip(words("tip"))

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
