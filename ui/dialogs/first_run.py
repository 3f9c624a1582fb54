"""First start: nothing is written until the user chooses — a new database (office code and
side), an existing one, or the demo in a separate file marked as demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

FILTER = "AidTracker (*.db *.sqlite *.aidtracker);;* (*)"


class FirstRunDialog(QDialog):
    """After ``exec()`` returned Accepted: :attr:`choice` is 'new', 'open' or 'demo';
    for 'new' also :attr:`path`, :attr:`office_code` and :attr:`side` ('recipient'/'donor')."""

    def __init__(self, default: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FirstRunDialog")
        self.setProperty("forget_geometry", True)  # nothing is written before the choice
        self.setWindowTitle(self.tr("Welcome to AidTracker"))
        self.choice = ""
        self.path = default
        intro = QLabel(self.tr(
            "There is no database yet. Nothing has been written: choose how to start."), self)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self._new_box())
        for name, text in (
            ("open", self.tr("&Open an existing database…")),
            ("demo", self.tr("Explore the &demo (a separate file with sample records, "
                             "marked as demo)")),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(lambda _=False, c=name: self._choose(c))
            layout.addWidget(button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _new_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Start your own records"), self)
        form = QFormLayout(box)
        self.office = QLineEdit("KYV", box)
        self.office.setObjectName("office_code")
        self.office.setValidator(QRegularExpressionValidator(
            QRegularExpression("[A-Za-z]{2,5}"), self.office))
        self.office.setToolTip(self.tr("2–5 letters that start every shipment reference, "
                                       "e.g. KYV-2026-0001"))
        form.addRow(self.tr("Office &code:"), self.office)
        self.side_box = QComboBox(box)
        self.side_box.setObjectName("side")
        self.side_box.addItem(self.tr("the receiving side (a Ukrainian city office)"),
                              "recipient")
        self.side_box.addItem(self.tr("the donor side (a partner city office)"), "donor")
        form.addRow(self.tr("We &are:"), self.side_box)
        self.path_label = QLabel(str(self.path), box)
        self.path_label.setWordWrap(True)
        change = QPushButton(self.tr("C&hange…"), box)
        change.clicked.connect(self._pick_path)
        row = QHBoxLayout()
        row.addWidget(self.path_label, 1)
        row.addWidget(change)
        form.addRow(self.tr("File:"), row)
        create = QPushButton(self.tr("Create the &new database"), box)
        create.setObjectName("new")
        create.setDefault(True)
        create.clicked.connect(lambda: self._choose("new"))
        form.addRow(create)
        return box

    def _pick_path(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("New database"), str(self.path), FILTER,
            options=QFileDialog.Option.DontConfirmOverwrite)
        if name:
            self.path = Path(name)
            self.path_label.setText(name)

    @property
    def office_code(self) -> str:
        return self.office.text().strip().upper() or "KYV"

    @property
    def side(self) -> str:
        return str(self.side_box.currentData())

    def _choose(self, choice: str) -> None:
        if choice == "new" and not self.office.hasAcceptableInput():
            self.office.setFocus()
            self.office.setStyleSheet("border: 2px solid #c62828;")
            return
        self.choice = choice
        self.accept()
