"""Unexpected errors: a dialog with the details to send, while the data stays safe.

``install_excepthook`` replaces ``sys.excepthook``: the hook first rolls back any open write
transaction (so nothing half-done can be committed later), logs the traceback to stderr, then
shows :class:`CrashDialog` with the traceback and the versions.
"""

from __future__ import annotations

import sqlite3
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6 import __version__ as pyside
from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

_showing = False


def versions() -> str:
    import platform  # lazy: only for a report (its start-up cost is not paid by every start)

    return (f"AidTracker 0.1.0 · Python {platform.python_version()} · PySide6 {pyside} · "
            f"Qt {qVersion()} · SQLite {sqlite3.sqlite_version} · {platform.platform()}")


class CrashDialog(QDialog):
    """Says what happened in plain words, with the technical details to copy."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        # lazy: the dialog's widget classes load on the first crash, not at every start
        from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

        super().__init__(parent)
        self.setWindowTitle(self.tr("AidTracker — unexpected error"))
        text = QLabel(self.tr(
            "Something unexpected went wrong. Your saved records are safe: an unfinished "
            "change was rolled back, nothing half-saved. Unsaved edits in open windows are "
            "still there. Please copy the details below to whoever supports AidTracker."), self)
        text.setWordWrap(True)
        self.details = QPlainTextEdit(details, self)
        self.details.setReadOnly(True)
        self.details.setObjectName("details")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(self.tr("&Copy details"),
                                 QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 100,
                    self.fontMetrics().height() * 24)


def crash_report(kind: type[BaseException], value: BaseException,
                 tb: TracebackType | None) -> str:
    return "".join(traceback.format_exception(kind, value, tb)) + "\n" + versions()


def install_excepthook(rollback: Callable[[], None]) -> None:
    """Route uncaught exceptions to the crash dialog (after rolling back)."""

    def hook(kind: type[BaseException], value: BaseException,
             tb: TracebackType | None) -> None:
        global _showing
        try:
            rollback()
        except Exception as exc:  # the report matters more than a failed rollback
            print(f"aidtracker: rollback after crash failed: {exc}", file=sys.stderr)
        report = crash_report(kind, value, tb)
        print(report, file=sys.stderr)
        if _showing or QApplication.instance() is None or issubclass(kind, KeyboardInterrupt):
            return
        _showing = True
        try:
            CrashDialog(report, QApplication.activeWindow()).exec()
        finally:
            _showing = False

    sys.excepthook = hook
