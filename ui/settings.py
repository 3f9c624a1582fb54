"""What the window remembers between runs (QSettings): language, databases, layout.

``AIDTRACKER_SETTINGS`` names an ini file to use instead of the per-user store (tests, portable).
"""

from __future__ import annotations

import getpass
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtWidgets import QWidget

MAX_RECENT = 8
LANGUAGES = ("uk", "en")


class Settings:
    """Typed access to the few keys AidTracker keeps."""

    def __init__(self, path: str | None = None) -> None:
        path = path or os.environ.get("AIDTRACKER_SETTINGS")
        if path:
            self._q = QSettings(path, QSettings.Format.IniFormat)
        else:
            self._q = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                "AidTracker", "AidTracker")

    def language(self) -> str | None:
        value = str(self._q.value("language", "") or "")
        return value if value in LANGUAGES else None

    def set_language(self, lang: str) -> None:
        self._q.setValue("language", lang)

    def last_database(self) -> Path | None:
        value = str(self._q.value("last_database", "") or "")
        return Path(value) if value else None

    def recent_files(self) -> list[Path]:
        value = self._q.value("recent_files", []) or []
        items = [value] if isinstance(value, str) else list(value)  # type: ignore[call-overload]
        return [Path(str(v)) for v in items if v]

    def remember_database(self, path: Path) -> None:
        """Make ``path`` the last database and the first recent file."""
        text = str(path.resolve())
        recent = [str(p) for p in self.recent_files() if str(p) != text]
        self._q.setValue("recent_files", [text, *recent][:MAX_RECENT])
        self._q.setValue("last_database", text)

    def actor(self) -> str:
        """Who is working (recorded in the audit trail)."""
        value = str(self._q.value("user_name", "") or "")
        return value or os.environ.get("AIDTRACKER_USER") or _login()

    def set_actor(self, name: str) -> None:
        self._q.setValue("user_name", name.strip())

    def blob(self, key: str) -> QByteArray | None:
        value = self._q.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_blob(self, key: str, value: QByteArray) -> None:
        self._q.setValue(key, value)

    def sync(self) -> None:
        self._q.sync()


def _login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "user"


def share_of_screen(widget: QWidget, area: float) -> QSize:
    """A size covering ``area`` (0–1) of the available screen, in the screen's proportions."""
    screen = widget.screen().availableGeometry()
    side = area ** 0.5
    return QSize(int(screen.width() * side), int(screen.height() * side))
