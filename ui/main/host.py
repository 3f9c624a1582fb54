"""What the File-menu flows need of the main window, so that they need not import it.

``MainWindow`` is a ``WindowHost``; ``database_flows`` works on any host (no import cycle).
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QMainWindow, QMessageBox

from ui.controller import AppController
from ui.main.actions import MainActions
from ui.settings import Settings


class WindowHost(QMainWindow):
    """A main window with a controller, settings and the main actions."""

    controller: AppController
    settings: Settings
    actions_: MainActions

    @Slot(str)
    def show_error(self, text: str) -> None:
        """A refusal or failure, as a message box over the window."""
        QMessageBox.warning(self, "AidTracker", text)
