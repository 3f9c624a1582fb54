"""Per-unit VINs or serial numbers of one goods line: one per row, pasted or typed.

Make, model, year, body type and rating are shared by the units of a line (a line is one kind
of vehicle or equipment); plates and odometer readings of existing units are kept.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from aidtracker.domain import Asset, AssetKind


class AssetsDialog(QDialog):
    """Collects the units; read :attr:`value` after ``exec()`` returned Accepted."""

    def __init__(self, title: str, kind: AssetKind, assets: tuple[Asset, ...], quantity: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._kind, self._existing, self._quantity = kind, assets, quantity
        first = assets[0] if assets else Asset(id=None, kind=kind)
        self.identifiers = QPlainTextEdit(self)
        self.identifiers.setObjectName("identifiers")
        self.identifiers.setTabChangesFocus(True)
        self.identifiers.setPlainText("\n".join(a.identifier for a in assets))
        self.make, self.model_ = QLineEdit(first.make, self), QLineEdit(first.model, self)
        self.year = QLineEdit("" if first.year is None else str(first.year), self)
        self.body_type = QLineEdit(first.body_type, self)
        self.rating = QLineEdit("" if first.rating_kva is None else str(first.rating_kva), self)
        self.count = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self._layout()
        self.identifiers.textChanged.connect(self._update_count)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update_count()

    def _layout(self) -> None:
        vehicle = self._kind is AssetKind.VEHICLE
        form = QFormLayout()
        form.addRow(self.tr("&VINs, one per line:") if vehicle
                    else self.tr("&Serial numbers, one per line:"), self.identifiers)
        form.addRow(self.tr("&Make:"), self.make)
        form.addRow(self.tr("M&odel:"), self.model_)
        if vehicle:
            form.addRow(self.tr("&Year:"), self.year)
            form.addRow(self.tr("&Body type:"), self.body_type)
        else:
            form.addRow(self.tr("&Rating, kVA:"), self.rating)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self.identifiers.setMinimumHeight(self.fontMetrics().height() * 10)

    def _lines(self) -> list[str]:
        return [t.strip() for t in self.identifiers.toPlainText().splitlines() if t.strip()]

    @Slot()
    def _update_count(self) -> None:
        self.count.setText(self.tr("%n unit(s) entered; line quantity %1", "",
                                   len(self._lines())).replace("%1", self._quantity or "—"))

    @property
    def value(self) -> tuple[Asset, ...]:
        """The units as entered (validation is the core's, on Save)."""
        existing = {a.identifier: a for a in self._existing}
        out = []
        for text in self._lines():
            vehicle = self._kind is AssetKind.VEHICLE
            ident = text.upper() if vehicle else text
            base = existing.get(ident) or Asset(id=None, kind=self._kind)
            base = (dataclasses.replace(base, vin=ident) if vehicle
                    else dataclasses.replace(base, serial_no=ident))
            out.append(dataclasses.replace(
                base, make=self.make.text().strip(), model=self.model_.text().strip(),
                body_type=self.body_type.text().strip(), year=_int(self.year.text()),
                rating_kva=_decimal(self.rating.text())))
        return tuple(out)


def _int(text: str) -> int | None:
    text = text.strip()
    return int(text) if text.isdigit() else None


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text.strip().replace(",", ".")) if text.strip() else None
    except InvalidOperation:
        return None
