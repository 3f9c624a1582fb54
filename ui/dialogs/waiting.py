"""Shown while the file is locked by someone else: "Waiting for the file…" with Cancel. The
window stays responsive; the action is retried until the file is free or the user cancels."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class WaitingDialog(QDialog):
    """Modal while it waits; accepted by the caller once the action went through."""

    def __init__(self, who: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WaitingDialog")
        self.setWindowTitle(self.tr("Waiting for the file…"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        text = self.tr("Waiting for the file… Someone else is saving to it. Your action runs "
                       "as soon as it is free; nothing has been written yet.")
        if who:
            text += "\n" + self.tr("Also open on: %1").replace("%1", who)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(buttons)
