"""Application-wide event handling: remembered window geometry and everyday shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QWidget

from ui.settings import Settings

# Ctrl+N new shipment, Ctrl+E export the ledger, Ctrl+F find: wherever focus is.
GLOBAL_KEYS = frozenset(QKeySequence(text)[0].toCombined()  # type: ignore[index]  # stub lacks []
                        for text in ("Ctrl+N", "Ctrl+E", "Ctrl+F"))


class AppEvents(QObject):
    """One application-wide filter (one Python call per event, so only one):

    - every top-level window (shipment editor, dialogs) reopens where and as large as it was
      closed: restored on first show, saved when hidden (``geometry/<class name>``); the main
      window keeps its own keys (with its docks); Qt's standard boxes are not remembered;
    - the everyday shortcuts (:data:`GLOBAL_KEYS`) work wherever focus is: a text field never
      takes them for itself (a line edit would read Ctrl+E as "end of line").
    """

    @classmethod
    def install(cls) -> None:
        """Watch every window of the running application (once)."""
        app = QCoreApplication.instance()
        if app is not None and app.findChild(cls) is None:
            app.installEventFilter(cls(app))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.keyCombination().toCombined() in GLOBAL_KEYS:
                event.ignore()  # not the field's: the application-wide shortcut runs
                return True
            return False
        if kind in (QEvent.Type.Show, QEvent.Type.Hide) and isinstance(watched, QWidget) \
                and watched.isWindow() and self._named(watched):
            key = f"geometry/{type(watched).__name__}"
            if kind == QEvent.Type.Show and not watched.property("geometry_restored"):
                watched.setProperty("geometry_restored", True)
                saved = Settings().blob(key)  # read now: the settings file may change
                if saved is not None:
                    watched.restoreGeometry(saved)
            elif kind == QEvent.Type.Hide and watched.property("geometry_restored"):
                Settings().set_blob(key, watched.saveGeometry())
        return False

    def _named(self, widget: QWidget) -> bool:
        return type(widget).__module__.startswith("ui.") and not widget.property(
            "forget_geometry") and not isinstance(
            widget, QMainWindow | QMessageBox | QMenu) and widget.windowType() in (
            Qt.WindowType.Window, Qt.WindowType.Dialog)
