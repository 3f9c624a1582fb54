"""First run: no database yet — make one in the user's data folder, open the demo, or pick one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget


class FirstRunDialog(QDialog):
    """:attr:`choice` is 'new', 'demo' or 'open' after ``exec()`` returned Accepted."""

    def __init__(self, default: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to AidTracker"))
        self.choice = ""
        text = QLabel(self.tr(
            "There is no database yet. Where should AidTracker keep its records?"), self)
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        for choice, label in (
            ("new", self.tr("Create a &new database in %1").replace("%1", str(default))),
            ("demo", self.tr("Try the &demo data first")),
            ("open", self.tr("&Open an existing database…")),
        ):
            button = QPushButton(label, self)
            button.setObjectName(choice)
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
            layout.addWidget(button)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
